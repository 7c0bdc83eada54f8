#!/usr/bin/env bash
# Sentence-scope benchmark: `qualkit autocode --scope sentence` on transcripts
# whose turns are single very long lines, beside a Python `re` peer that does
# the same widening (peer.py), to show that the time grows linearly with the
# length of a line.
#
#   Benchmarks/sentence/run.sh                      # turns of 0.25, 0.5, 1 and 2 MB, 3 runs
#   SIZES_KB="250 500" RUNS=1 QUALKIT=/tmp/old/qualkit Benchmarks/sentence/run.sh
#
# Env: SIZES_KB (the length of each turn's line in KB, default "250 500 1000
# 2000"), TURNS (turns per transcript, default 2), PATTERNS (keyword-list
# size, 50 to 1000, default 50), RUNS (default 3), QUALKIT (a qualkit binary
# to time instead of building this checkout's), PEER=0 (skip the Python peer).
#
# Transcripts and the keyword list are generated once (deterministic, seed 1)
# into Benchmarks/corpus/ (ignored by git). Output goes to /dev/null; times
# are wall clock (`date +%s%N` around the run, which /usr/bin/time wraps for
# the peak memory), the median of RUNS. The unit counts of
# both (one coding per code and sentence) are printed and must agree.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${SIZES_KB:-250 500 1000 2000}"
turns="${TURNS:-2}"
count="${PATTERNS:-50}"
runs="${RUNS:-3}"
cache="$root/Benchmarks/corpus"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
if [ -n "${QUALKIT:-}" ]; then
  qualkit="$QUALKIT"
else
  (cd "$root" && swift build -c release --product qualkit >/dev/null)
  qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"
fi

keywords="$cache/keywords-$count"
if [ ! -f "$keywords/codebook.json" ]; then
  python3 "$root/Benchmarks/generate_keywords.py" --count "$count" --out "$keywords" >/dev/null
fi
mkdir -p "$cache/sentence"

# measure NAME COMMAND...: runs COMMAND $runs times, output to /dev/null;
# prints the median wall time in seconds, the largest peak RSS in MB and the
# median CPU time (user + system) in seconds.
measure() {
  local name="$1"; shift
  : >"$work/$name.times"
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -o "$work/$name.time" -f "%M %U %S" "$@" >/dev/null 2>"$work/$name.err" \
      || { echo "$name failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 ))e-6 $(tail -n 1 "$work/$name.time")" >>"$work/$name.times"
  done
  python3 - "$work/$name.times" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1]) if line.strip()]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[2] + r[3] for r in rows)
print(f"{wall:.3f} {max(r[1] for r in rows) / 1024:.0f} {cpu:.2f}")
PY
}

echo "qualkit: $qualkit; patterns: $count; turns per transcript: $turns; runs: $runs"
echo "load before: $(uptime | sed 's/.*load average: //')"
: >"$work/rows"
for kb in $sizes; do
  file="$cache/sentence/long-${kb}kb-${turns}turns.txt"
  if [ ! -f "$file" ]; then
    python3 "$here/generate.py" --kilobytes "$kb" --turns "$turns" --out "$file" >/dev/null
  fi
  cat "$file" >/dev/null  # warm the page cache
  units=$("$qualkit" autocode "$file" --codebook "$keywords/codebook.json" --scope sentence | wc -l)
  read -r qk_s qk_mb qk_cpu < <(measure qualkit "$qualkit" autocode "$file" \
    --codebook "$keywords/codebook.json" --scope sentence)
  read -r hit_s _ _ < <(measure hit "$qualkit" autocode "$file" \
    --codebook "$keywords/codebook.json" --scope hit)
  peer_s=0 peer_units=-
  if [ "${PEER:-1}" = 1 ]; then
    read -r peer_s _ _ < <(measure peer python3 "$here/peer.py" "$keywords/codebook.json" "$file")
    peer_units=$(python3 "$here/peer.py" "$keywords/codebook.json" "$file" 2>&1 >/dev/null)
  fi
  echo "$kb $(stat -c %s "$file") $qk_s $qk_mb $hit_s $units $peer_s $peer_units $qk_cpu" >>"$work/rows"
  echo "  ${kb} KB turns done: qualkit ${qk_s} s, peer ${peer_s} s (load $(uptime | sed 's/.*load average: //'))"
done
echo "load after: $(uptime | sed 's/.*load average: //')"

python3 - "$work/rows" "$turns" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
print(f"\n| turn line | transcript | sentence scope | per MB | CPU | memory | hit scope "
      f"| codings | Python peer | peer units | peer / qualkit |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
first = None
for kb, size, qk, mem, hit, units, peer, peer_units, cpu in rows:
    size, qk, hit, peer = int(size) / 1e6, float(qk), float(hit), float(peer)
    peer_columns = f"{peer:.3f} s | {peer_units} | {peer / qk:.1f}" if peer and qk else "- | - | -"
    print(f"| {int(kb) / 1000:g} MB | {size:.2f} MB | {qk:.3f} s | {qk / size:.3f} s | {cpu} s "
          f"| {mem} MB | {hit:.3f} s | {units} | {peer_columns} |")
    first = first or (size, qk)
last = rows[-1]
size, qk = int(last[1]) / 1e6, float(last[2])
if first and size > first[0] and first[1] > 0:
    print(f"\nline {size / first[0]:.0f}x longer: qualkit {qk / first[1]:.1f}x the time "
          f"(linear: {size / first[0]:.0f}x, quadratic: {(size / first[0]) ** 2:.0f}x)")
PY
