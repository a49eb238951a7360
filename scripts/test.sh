#!/usr/bin/env bash
# Sets up what the tests need (skipping what is already there) and runs all
# tests: the engine and CLI natively, then the app in headless Chromium.
# .ci/run runs exactly this script; README.md gives it to new users.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== engine en CLI: cargo test =="
cargo test --workspace --locked
