#!/usr/bin/env bash
# Reliability benchmark: Krippendorff's alpha (nominal) over UNITS units x 3 coders
# read from CSV, end to end (process start, CSV load, computation, output), for
# `qualkit reliability` (release build) and the PyPI `krippendorff` package
# (CSV loaded with pandas.read_csv, labels coded with pandas.factorize; see alpha.py).
#
#   Benchmarks/reliability/run.sh            # 1,000,000 units, 3 runs each
#   UNITS=200000 RUNS=1 Benchmarks/reliability/run.sh
#
# Prints wall time (median of RUNS, from the clock around each run), peak
# memory (max RSS from /usr/bin/time -v),
# throughput, the speed ratio, whether the two values agree to 1e-9, and Swift's
# time per unit at 1/4, 1/2, 1 and 2 times UNITS to show the cost is linear.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
units="${UNITS:-1000000}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -c "import krippendorff, pandas" 2>/dev/null || python3 -m pip install --quiet krippendorff pandas
(cd "$root" && swift build -c release --product qualkit >/dev/null)
qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"

python3 "$here/generate.py" "$units" >"$work/units.csv"
size_mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$work/units.csv")

# measure NAME COMMAND...: runs COMMAND $runs times; sets last_out, median wall seconds, max RSS MB.
measure() {
  local name="$1"; shift
  : >"$work/$name.times"
  for _ in $(seq "$runs"); do
    # Wall time from the clock in nanoseconds (/usr/bin/time rounds it to
    # 10 ms, a seventh of qualkit's time); peak memory from /usr/bin/time.
    local start end
    start=$(date +%s%N)
    /usr/bin/time -v "$@" >"$work/$name.out" 2>"$work/$name.err"
    end=$(date +%s%N)
    python3 - "$work/$name.err" "$start" "$end" >>"$work/$name.times" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
seconds = (int(sys.argv[3]) - int(sys.argv[2])) / 1e9
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(seconds, rss)
PY
  done
}

summary() {  # NAME -> "median_seconds max_rss_mb"
  python3 - "$work/$1.times" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
print(f"{statistics.median(r[0] for r in rows):.3f} {max(r[1] for r in rows) / 1024:.1f}")
PY
}

# One untimed run of each first: the file was just written and the binaries
# may not be in memory yet.
"$qualkit" reliability "$work/units.csv" --statistic alpha --format json >/dev/null
python3 "$here/alpha.py" "$work/units.csv" >/dev/null
measure swift "$qualkit" reliability "$work/units.csv" --statistic alpha --format json
measure python python3 "$here/alpha.py" "$work/units.csv"
read -r swift_s swift_mb <<<"$(summary swift)"
read -r python_s python_mb <<<"$(summary python)"
swift_value=$(python3 -c "import json,sys; print(repr(json.load(open(sys.argv[1]))['value']))" "$work/swift.out")
python_value=$(tail -n 1 "$work/python.out")

echo "Krippendorff's alpha (nominal), $units units x 3 coders, CSV $size_mb MB, median of $runs run(s)"
python3 - "$units" "$size_mb" "$swift_s" "$swift_mb" "$python_s" "$python_mb" "$swift_value" "$python_value" <<'PY'
import sys
units, size = int(sys.argv[1]), float(sys.argv[2])
swift_s, swift_mb, python_s, python_mb = map(float, sys.argv[3:7])
swift_v, python_v = float(sys.argv[7]), float(sys.argv[8])
for name, s, mb in (("qualkit", swift_s, swift_mb), ("python krippendorff", python_s, python_mb)):
    print(f"  {name:<20} {s:7.3f} s  {mb:8.1f} MB peak  {units / s / 1e6:6.2f} M units/s  {size / s:7.1f} MB/s")
print(f"  speed-up: {python_s / swift_s:.1f}x")
print(f"  values: qualkit {swift_v!r}, python {python_v!r}, |difference| {abs(swift_v - python_v):.1e}"
      f" ({'agree' if abs(swift_v - python_v) <= 1e-9 else 'DISAGREE'} to 1e-9)")
PY

echo "Linearity (qualkit only, median of $runs):"
for factor in 0.25 0.5 1 2; do
  n=$(python3 -c "print(int($units * $factor))")
  python3 "$here/generate.py" "$n" >"$work/scaled.csv"
  measure scaled "$qualkit" reliability "$work/scaled.csv" --statistic alpha --format json
  read -r s mb <<<"$(summary scaled)"
  python3 -c "import sys; n, s, mb = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]); print(f'  {n:>9} units  {s:6.3f} s  {s / n * 1e9:6.0f} ns/unit  {mb:7.1f} MB peak')" "$n" "$s" "$mb"
done
