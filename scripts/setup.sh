#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) the app needs, from
# the package registries only, and skips every step that is already done:
# the wasm target, clippy and rustfmt, trunk 0.21.14, the wasm-bindgen CLI matching Cargo.lock,
# wasm-opt 132 from npm, the crates (cargo fetch), Debian's Chromium and
# poppler-utils (pdftotext), and
# playwright-core, axe-core and jsqr (reads the QR code back) from npm (tests).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130 # = the pin in Cargo.toml and Trunk.toml
with_browser=false
[ "${1:-}" = "--browser" ] && with_browser=true

say() { printf '== %s\n' "$*"; }
# One-off tool installs build faster without LTO; the app's own build keeps it.
fast_install() { CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-doel installeren"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "$component installeren"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION installeren (eenmalig, ongeveer 9 minuten)"
  fast_install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION installeren (eenmalig, ongeveer 4 minuten)"
  # Without --locked: with it this version does not resolve here.
  fast_install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x scripts/node_modules/.bin/wasm-opt ]; then
  say "wasm-opt 132 (npm binaryen) installeren"
  (cd scripts && npm ci --no-audit --no-fund)
fi

say "crates ophalen"
cargo fetch --locked

if $with_browser; then
  if [ ! -x /usr/bin/chromium ]; then
    say "Chromium (Debian) installeren"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  fi
  # pdftotext reads the printed report's text layer (print.test.js).
  if ! command -v pdftotext >/dev/null; then
    say "pdftotext (Debian poppler-utils) installeren"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq poppler-utils >/dev/null
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -f tests/e2e/node_modules/axe-core/axe.min.js ] \
    || [ ! -f tests/e2e/node_modules/jsqr/dist/jsQR.js ]; then
    say "playwright-core, axe-core en jsqr installeren"
    (cd tests/e2e && npm ci --no-audit --no-fund)
  fi
fi
