#!/usr/bin/env bash
# Sets up what the tests need (skipping what is already there) and runs all
# tests: formatting and lints, the engine, CLI and app shell natively
# (cargo test), then the release build of the app in headless Chromium
# (tests/e2e).
# .ci/run runs exactly this script; README.md gives it to new users.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser

echo "== opmaak (rustfmt) en lints (clippy, waarschuwingen zijn fouten)"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== engine, CLI en app: cargo test"
cargo test --workspace --locked

echo "== de rekenkern blijft zuiver: geen webcrate in zijn afhankelijkheden"
if cargo tree -p jeugdscenario-engine -e normal --prefix none | grep -Eq '^(leptos|web-sys|js-sys|wasm-bindgen|gloo)'; then
  echo "FOUT: jeugdscenario-engine hangt af van een webcrate" >&2
  exit 1
fi

echo "== app bouwen (release)"
bash scripts/build.sh

echo "== browsertests (headless Chromium)"
cd tests/e2e
npm test
