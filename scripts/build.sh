#!/usr/bin/env bash
# Release build of the app into dist/ with trunk (offline, wasm-opt 132).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/scripts/node_modules/.bin:$PATH"
trunk build --release
