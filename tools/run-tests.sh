#!/usr/bin/env bash
# README command (2): set up, build and run every test, twice: a normal build,
# then one with AddressSanitizer and UndefinedBehaviorSanitizer (any report
# fails); then each libFuzzer target for 30 s (tools/run-fuzz.sh). The
# benchmarks are built (so they keep compiling) but not run.
# INTAKE_TORTURE=1 turns the crash and fault tests up to 1,000 rounds (or
# tools/run-torture.sh on a finished build; see docs/reliability.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"
"$root/tools/setup.sh"

run_suite() {
  local dir="$1"; shift
  echo "=== $(basename "$dir"): configure and build"
  cmake -S "$root" -B "$dir" -G Ninja -DINTAKE_WERROR=ON "$@" >/dev/null
  cmake --build "$dir" --parallel "$jobs"
  cmake --build "$dir" --target benchmarks --parallel "$jobs"
  echo "=== $(basename "$dir"): tests"
  (cd "$dir" && ctest --parallel "$jobs" --output-on-failure --timeout 600)
}

run_suite "$root/build"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite "$root/build-sanitize" -DINTAKE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
"$root/tools/run-fuzz.sh" 30
echo "=== all tests passed"
