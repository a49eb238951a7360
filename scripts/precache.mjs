// Writes the service worker of a built app: DIR/sw.js from public/sw.js with
// the list of every built file to precache and a VERSION that is a hash of
// all of them, and the same VERSION into DIR/index.html's
// <meta name="jeugdhulp-versie"> (the app compares it with the last visit's
// and says "Nieuwe versie geladen"). Runs as trunk's post_build hook on
// TRUNK_STAGING_DIR (Trunk.toml), or by hand: node scripts/precache.mjs DIR.
// Running it again on the same folder gives the same result.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('gebruik: node scripts/precache.mjs DIST_MAP (of als trunk-hook)');
  process.exit(2);
}
const WORKER = 'sw.js';
const META = /<meta name="jeugdhulp-versie" content="[^"]*"\s*\/?>/;
const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'public', WORKER), 'utf8');

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [relative(dir, path).split(sep).join('/')];
  });
}

const indexPath = join(dir, 'index.html');
const index = readFileSync(indexPath, 'utf8');
if (!META.test(index)) {
  console.error('index.html mist <meta name="jeugdhulp-versie" content="">');
  process.exit(1);
}
const files = filesUnder(dir).filter((file) => file !== WORKER).sort();
const hash = createHash('sha256');
for (const file of files) {
  // index.html as it is before its VERSION is filled in.
  const bytes = file === 'index.html'
    ? Buffer.from(index.replace(META, '<meta name="jeugdhulp-versie" content="" />'))
    : readFileSync(join(dir, file));
  hash.update(`${file}\0${bytes.length}\0`).update(bytes);
}
const version = hash.digest('hex').slice(0, 16);

const worker = template
  .replace(/^const VERSION = .*;$/m, `const VERSION = '${version}';`)
  .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};`);
if (!worker.includes(version) || worker.includes("const FILES = ['./'];")) {
  console.error('public/sw.js: de regels "const VERSION" en "const FILES" zijn niet gevonden');
  process.exit(1);
}
writeFileSync(join(dir, WORKER), worker);
writeFileSync(indexPath, index.replace(META, `<meta name="jeugdhulp-versie" content="${version}" />`));
console.log(`service worker: ${files.length} bestanden, versie ${version}`);
