#!/usr/bin/env bash
# README command (1): set up, build, and run the main job. Until the Qt app
# exists (issue #6) that is intake-smoke: it creates or reopens an encrypted
# vault under ./intake-data, writes a record, reads it back and reports.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/setup.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DINTAKE_WERROR=ON >/dev/null
cmake --build "$root/build" --target intake-smoke
exec "$root/build/tools/intake-smoke" --data-dir "${INTAKE_DATA_DIR:-$root/intake-data}" "$@"
