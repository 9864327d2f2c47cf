#!/usr/bin/env bash
# The crash and fault tests at 1,000 rounds each (INTAKE_TORTURE=1), on an
# existing build (default: build/, made by tools/run-tests.sh). Prints each
# test's own summary line (rounds, faults that landed, what survived).
#   tools/run-torture.sh [build-dir] [seed]
# The seed makes a run repeatable (INTAKE_TEST_SEED); without one each test
# draws its own and prints it on failure. Takes about an hour on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
export INTAKE_TORTURE=1
if [ -n "${2:-}" ]; then export INTAKE_TEST_SEED="$2"; fi
tests="$build/tests"

run() {
  local binary="$1" tags="$2" started=$SECONDS
  echo "=== $binary $tags"
  # -s would print every assertion; the summaries are Catch2 WARN lines.
  if ! "$tests/$binary" "$tags" > "$build/torture-$binary.log" 2>&1; then
    tail -60 "$build/torture-$binary.log"
    echo "=== FAILED: $binary $tags (log: $build/torture-$binary.log)"
    exit 1
  fi
  grep -A3 "warning:" "$build/torture-$binary.log" | grep -v -e "warning:" -e "^--" -e "^$" | sed 's/^ */    /' || true
  echo "    ($((SECONDS - started)) s)"
}

run intake-store-integration-tests "[durability],[rounds]"   # kill -9 while writing; random damage
run intake-unit-tests "[rekey][crash]"                       # kill -9 during a key change
run intake-replication-tests "[crash]"                       # kill -9 during push and pull
run intake-replication-tests "[rounds]"                      # a faulty network, round after round
run intake-replication-tests "[full]"                        # the disk fills during sync
echo "=== torture: all passed"
