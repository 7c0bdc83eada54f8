#!/usr/bin/env bash
# Survey benchmark: `qualkit survey describe --by arm --format json` (release
# build) against the same statistics in pandas + numpy + scipy (peer.py), end to
# end (process start, CSV read, label mapping, statistics, JSON output), on a
# generated survey of ROWS respondents x ITEMS da4 items (`;`, BOM, CRLF).
#
#   Benchmarks/survey/run.sh                       # 100,000 x 40, 3 runs each
#   ROWS=20000 RUNS=1 Benchmarks/survey/run.sh
#
# Prints each side's median wall time and peak memory, the ratio, and whether
# the two agree on every item's U, p, mean and SD and every construct's alpha (to 1e-9).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${ROWS:-100000}"
items="${ITEMS:-40}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -c "import pandas, scipy" 2>/dev/null || python3 -m pip install --quiet pandas scipy
(cd "$root" && swift build -c release --product qualkit >/dev/null)
qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"
python3 "$here/generate.py" "$work" "$rows" "$items"
size_mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$work/survey.csv")

# measure NAME COMMAND...: RUNS runs; one "seconds rss_kb" line per run in NAME.times.
measure() {
  local name="$1"; shift
  : >"$work/$name.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out"
    cat "$work/$name.time" >>"$work/$name.times"
  done
}
median() {
  python3 - "$work/$1.times" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
print(f"{statistics.median(r[0] for r in rows):.3f} {max(r[1] for r in rows) / 1024:.0f}")
PY
}

measure qualkit "$qualkit" survey describe "$work/survey.csv" --spec "$work/survey.survey.json" --by arm --format json
measure peer python3 "$here/peer.py" "$work/survey.csv" "$work/survey.survey.json"
read -r q_s q_mb <<<"$(median qualkit)"
read -r p_s p_mb <<<"$(median peer)"
agreement=$(python3 - "$work/qualkit.out" "$work/peer.out" <<'PY'
import json, sys
ours, theirs = (json.load(open(path)) for path in sys.argv[1:3])
def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 1e-9 * max(1, abs(b)))
bad = 0
for mine, peer in zip(ours["items"], theirs["items"]):
    bad += not close(mine["test"]["U"], peer["test"]["U"]) + (not close(mine["test"]["p"], peer["test"]["p"]))
    for g, h in zip(mine["groups"], peer["groups"]):
        bad += (not close(g["mean"], h["mean"])) + (not close(g["sd"], h["sd"])) + (g["n"] != h["n"])
        bad += (not close(g["q1"], h["q1"])) + (not close(g["median"], h["median"])) + (g["blank"] != h["blank"])
for mine, peer in zip(ours["constructs"], theirs["constructs"]):
    for g, h in zip(mine["groups"], peer["groups"]):
        bad += (not close(g["alpha"], h["alpha"])) + (g["nComplete"] != h["nComplete"])
print("all figures agree" if bad == 0 else f"{bad} figures differ")
PY
)
printf 'survey: %s respondents x %s items, %s MB\n' "$rows" "$items" "$size_mb"
printf '  qualkit survey describe  %7.3f s  %5s MB\n' "$q_s" "$q_mb"
printf '  pandas + scipy           %7.3f s  %5s MB\n' "$p_s" "$p_mb"
python3 -c "import sys; print(f'  ratio: qualkit is {float(sys.argv[2]) / float(sys.argv[1]):.1f}x faster')" "$q_s" "$p_s"
printf '  check: %s\n' "$agreement"
