#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, see fuzz/README.md) with Debian's
# clang 14 in build-fuzz/ and runs each for SECONDS (default 30), starting
# from a scratch copy of its seed corpus and past crashes, so that the repo's
# corpus is not flooded. Prints per target the runs executed and the
# coverage; exits non-zero on any crash, leak, timeout or out-of-memory and
# says where the input that caused it was written.
#   tools/run-fuzz.sh [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
dir="$root/build-fuzz"
jobs="$(nproc)"
targets=(fuzz-replication-response fuzz-sync-document fuzz-config fuzz-user-input fuzz-sealed-envelope fuzz-record-import)

if ! command -v clang++-14 >/dev/null; then
  echo "run-fuzz: clang++-14 is missing (tools/setup.sh installs clang-14 and libclang-rt-14-dev)" >&2
  exit 2
fi
# A build folder configured with another compiler cannot be switched in place.
if [ -f "$dir/CMakeCache.txt" ] && ! grep -q "^CMAKE_CXX_COMPILER:.*clang++-14" "$dir/CMakeCache.txt"; then
  rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
fi
echo "=== build-fuzz: configure and build (clang 14, libFuzzer, ASan, UBSan)"
# -O1 and line tables only: as OSS-Fuzz builds, quicker to compile under the
# sanitizers; no NDEBUG, so that the project's assertions are checked too.
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$dir" -G Ninja -DINTAKE_FUZZ=ON -DINTAKE_WERROR=ON -DINTAKE_BUILD_TESTS=OFF \
  -DINTAKE_BUILD_APP=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" >/dev/null
cmake --build "$dir" --target "${targets[@]}" --parallel "$jobs"

# Stacks for UBSan findings too.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
failed=()
printf '%-28s %10s %9s %8s %8s %s\n' target runs "runs/s" cov ft result
for target in "${targets[@]}"; do
  work="$dir/fuzz-run/$target"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp "$root/fuzz/corpus/$target/"* "$work/corpus/"
  if compgen -G "$root/fuzz/regressions/$target/*" >/dev/null; then
    cp "$root/fuzz/regressions/$target/"* "$work/corpus/"
  fi
  status=0
  # libFuzzer's log (it may quote input bytes) stays in the file; only counts,
  # the first lines of a report and stack frames are printed here.
  (cd "$work" && "$dir/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1) || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)"
  speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)"
  last="$(grep -E '^#[0-9]+' "$work/log" | tail -1 || true)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
  result=ok
  artifacts=("$work/artifacts/"*)
  if [ "$status" -ne 0 ] || [ -e "${artifacts[0]}" ]; then
    result="FAILED (exit $status)"
    failed+=("$target")
  fi
  printf '%-28s %10s %9s %8s %8s %s\n' "$target" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$result"
  if [ "$result" != ok ]; then
    # The report's first lines, and the stack frames in the project's own code.
    grep -E 'ERROR: |SUMMARY: |runtime error: |fuzz invariant broken|ALARM|out-of-memory' "$work/log" \
      | sed -n '1,8p' | cut -c1-240 | sed 's/^/    /' || true
    grep -E "^ +#[0-9]+ 0x.* $root/(core|sync|platform|fuzz|tools)/" "$work/log" \
      | sed -E 's/^ +(#[0-9]+) 0x[0-9a-f]+ in (.*) (\/[^ ]+)$/\1 \3/' | uniq -f1 | sed -n '1,12p' | cut -c1-240 | sed 's/^/      /' || true
    for artifact in "$work/artifacts/"*; do
      [ -e "$artifact" ] && echo "    input: $artifact"
    done
    echo "    full log: $work/log"
    echo "    minimise: $dir/fuzz/$target -minimize_crash=1 -runs=20000 <input>; then copy the result to fuzz/regressions/$target/"
  fi
done

if ((${#failed[@]})); then
  echo "=== fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "=== fuzzing: no crash, leak or timeout in ${seconds} s per target"
