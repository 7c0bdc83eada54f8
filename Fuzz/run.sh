#!/usr/bin/env bash
# Runs one fuzz target with libFuzzer for a number of seconds.
#
#   Fuzz/run.sh TARGET SECONDS [extra libFuzzer options]
#   Fuzz/run.sh list
#
# Builds Fuzz/ (release, -sanitize=fuzzer,address; Linux) on first use, seeds
# Fuzz/corpus/TARGET from the repository's fixtures, and runs the target with
# a 10 s limit per input and 2 GB of memory. Crashes are written to
# Fuzz/crashes/TARGET/. The last lines of libFuzzer's output (executions,
# coverage) are kept in Fuzz/logs/TARGET.log.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
target=${1:?usage: Fuzz/run.sh TARGET SECONDS}

cd "$here"
if [ ! -x .build/release/qualkit-fuzz ] || [ -n "${REBUILD:-}" ]; then
  swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -g >&2
fi
binary=$here/.build/release/qualkit-fuzz
if [ "$target" = list ]; then
  QUALKIT_FUZZ_TARGET=list "$binary" -runs=0 2>&1 | { grep 'one of' || true; } | sed 's/.*one of: //' | tr ' ' '\n'
  exit 0
fi
seconds=${2:?usage: Fuzz/run.sh TARGET SECONDS}
shift 2

corpus=$here/corpus/$target
crashes=$here/crashes/$target
mkdir -p "$corpus" "$crashes" "$here/logs"
# Seeds: the files the target names (see Targets.swift), copied once.
if [ -z "$(ls -A "$corpus")" ]; then
  seeds=$(QUALKIT_FUZZ_TARGET=$target QUALKIT_FUZZ_SEEDS=1 "$binary" -runs=0 2>/dev/null || true)
  (cd "$root" && for pattern in $seeds; do
    for file in $pattern; do [ -f "$file" ] && cp "$file" "$corpus/$(echo "$file" | tr / _)"; done
  done)
  [ -n "$(ls -A "$corpus")" ] || printf 'x' > "$corpus/empty"
fi
cd "$root"
QUALKIT_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 "$binary" "$corpus" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "$@" 2>&1 | tee "$here/logs/$target.log" | tail -n 25
