#!/usr/bin/env bash
# README command (1): set up, build, and run the main job. Until the Qt app
# exists (issue #6) that is intake-smoke: it creates or reopens an encrypted
# vault under ./intake-data, writes a record, reads it back, and syncs it with
# the embedded central service: pouchdb-server on loopback, its data kept in
# ./intake-data/central (INTAKE_CENTRAL_URL points it at another one instead).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${INTAKE_DATA_DIR:-$root/intake-data}"
"$root/tools/setup.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DINTAKE_WERROR=ON >/dev/null
cmake --build "$root/build" --target intake-smoke

central="${INTAKE_CENTRAL_URL:-}"
if [ -z "$central" ]; then
  port="${INTAKE_CENTRAL_PORT:-5985}"
  mkdir -p "$data/central"
  # Its own config and log in the data folder; stopped when this script ends.
  (cd "$data/central" && exec node "$root/tests/node_modules/pouchdb-server/bin/pouchdb-server" \
      --host 127.0.0.1 --port "$port" --dir "$data/central" --config "$data/central/config.json" \
      --no-color >"$data/central/server.log" 2>&1) &
  server=$!
  trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then
      echo "run-app: the central service did not start; see $data/central/server.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  central="http://127.0.0.1:$port/welcome-house-centrum"
fi
"$root/build/tools/intake-smoke" --data-dir "$data" --central "$central" "$@"
