#!/usr/bin/env bash
# Sets up, builds and serves the app on http://127.0.0.1:${PORT:-8080}/ with
# the example region loaded. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
port="${PORT:-8080}"
echo "== De planner draait op http://127.0.0.1:$port/ (stoppen met Ctrl+C)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
