#!/usr/bin/env bash
# Everything .ci/run does, plus the checks too slow for it: the test suite
# under AddressSanitizer and under ThreadSanitizer (each in its own build
# folder, so the normal build is kept), and a short run of every fuzz
# target (FUZZ_SECONDS each, default 60; see Fuzz/README.md).
#
#   Scripts/check-all.sh            # all of it
#   SKIP_FUZZ=1 Scripts/check-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/run
# Leaks inside the toolchain's XCTest and Foundation are suppressed (see the
# file); any other leak, and every AddressSanitizer error, fails the run.
LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0" \
  swift test --sanitize=address --scratch-path .build/asan
swift test --sanitize=thread --scratch-path .build/tsan
if [ -z "${SKIP_FUZZ:-}" ]; then
  for target in $(Fuzz/run.sh list); do
    Fuzz/run.sh "$target" "${FUZZ_SECONDS:-60}"
    if [ -n "$(ls -A "Fuzz/crashes/$target" 2>/dev/null)" ]; then
      echo "fuzz target $target found a crash: see Fuzz/crashes/$target" >&2
      exit 1
    fi
  done
fi
