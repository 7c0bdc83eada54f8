#!/usr/bin/env bash
# The two curves for the auto-coding benchmark, each point from run.sh:
# cost against corpus size (10 to 500 MB at 500 patterns) and against the
# number of patterns (50 to 1,000 at 100 MB), the latter also with `qz`
# appended to every pattern so that nothing hits (the scan alone).
#
#   Benchmarks/autocode/curves.sh            # RUNS=3 per point
#   SIZES="10 50 100" COUNTS="50 1000" Benchmarks/autocode/curves.sh
#
# Skips the slow ripgrep regex run and the Python alternation (run.sh has them).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sizes="${SIZES:-10 50 100 200 500}"
counts="${COUNTS:-50 100 250 500 1000}"
export RUNS="${RUNS:-3}" REGEX=0 PYTHON_MB=0

point() {  # prints one table row from run.sh's RESULT line
  local line
  line="$("$here/run.sh" | grep '^RESULT')"
  # shellcheck disable=SC2086  # the fields are split on purpose
  python3 - $line <<'PY'
import sys
_, size, count, qk, qk_mb, rg, rg_mb = sys.argv[1:8]
mb = float(size)
print(f"| {size} MB | {count} | {qk} s | {mb / float(qk):.0f} MB/s | {qk_mb} MB "
      f"| {rg} s | {rg_mb} MB | {float(qk) / float(rg):.2f} |")
PY
}

header() {
  echo
  echo "$1"
  echo
  echo "| corpus | patterns | qualkit | throughput | qualkit memory | rg -F -i -w | rg memory | ratio |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
}

echo "load: $(uptime | sed 's/.*load average: //')"
header "Corpus size (500 patterns):"
for size in $sizes; do SIZE_MB=$size PATTERNS=500 point; done
header "Number of patterns (100 MB):"
for count in $counts; do SIZE_MB=100 PATTERNS=$count point; done
header "Number of patterns, nothing hits (100 MB, \`qz\` appended to every pattern):"
for count in $counts; do SIZE_MB=100 PATTERNS=$count NOHIT=1 point; done
echo
echo "load: $(uptime | sed 's/.*load average: //')"
