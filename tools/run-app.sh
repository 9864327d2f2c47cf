#!/usr/bin/env bash
# README command (1): set up, build and run the app. It starts the embedded
# central service (pouchdb-server on 127.0.0.1:5985, data in
# ./intake-data/central), seeds it with Gothenburg's config, counselling slots
# and shelter beds, and runs intake-app as a demo device that syncs with it.
#
#   tools/run-app.sh [--role kiosk|reception|counselling|outreach] [intake-app options]
#
# Each role is its own demo device under ./intake-data/<role>/ (keys in plain
# development files there: a demo, which the app says at every start). With
# no display ($DISPLAY / $WAYLAND_DISPLAY unset) the window is served over VNC
# on 127.0.0.1:5900. INTAKE_CENTRAL_URL points the devices at another server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${INTAKE_DATA_DIR:-$root/intake-data}"

role=kiosk
args=()
while (($#)); do
  case "$1" in
    --role) role="$2"; shift 2 ;;
    --role=*) role="${1#--role=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
case "$role" in kiosk|reception|counselling|outreach) ;; *) echo "run-app: unknown role $role" >&2; exit 2 ;; esac

"$root/tools/setup.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DINTAKE_WERROR=ON >/dev/null
cmake --build "$root/build" --target intake-app intake-seed-central

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
  central="http://127.0.0.1:$port"
  "$root/build/tools/intake-seed-central" --central "$central" --data "$data/central-seed"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  export QT_QPA_PLATFORM="vnc:size=1280x800:port=${INTAKE_VNC_PORT:-5900}"
  echo "run-app: no display here; the $role screen is served over VNC on 127.0.0.1:${INTAKE_VNC_PORT:-5900}"
fi
"$root/build/qml/intake-app" --data "$data/$role" --role "$role" --central "$central" \
  --development-keys "$data/$role/keys" "${args[@]}"
