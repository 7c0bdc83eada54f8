#!/usr/bin/env bash
# report benchmark: `qualkit report` (release build, all five formats) on
# generated projects of 10, 100 and 1,000 transcripts with two coders, and a
# plain-Python peer that computes only the prevalence tables (CSV and
# Markdown) of the 1,000-transcript project. Prints wall time and peak
# memory (max RSS from /usr/bin/time -v), the growth from 100 to 1,000
# (linear: about 10 x; the goal is within 12 x) and the ratio to the peer.
#
#   Benchmarks/report/run.sh
#   SIZES="10 100 1000 5000" Benchmarks/report/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${SIZES:-10 100 1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && swift build -c release --product qualkit >/dev/null)
qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"
declare -A seconds
for size in $sizes; do
  project="$work/p$size"
  python3 "$here/generate.py" "$project" "$size"
  # The best of three runs.
  best=""
  for _ in 1 2 3; do
    (cd "$project" && /usr/bin/time -v "$qualkit" report >"$work/out.txt" 2>"$work/time.txt") || {
      cat "$work/time.txt"; exit 1; }
    wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{print $(NF-1)*60 + $NF}')
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{printf "%.0f", $NF / 1024}')
    if [ -z "$best" ] || awk "BEGIN {exit !($wall < $best)}"; then best=$wall; bestrss=$rss; fi
  done
  seconds[$size]=$best
  echo "$size transcripts ($(($(wc -l <"$project/Codings/anna.jsonl") + $(wc -l <"$project/Codings/bo.jsonl") - 2)) codings): report in 5 formats ${best} s, peak ${bestrss} MB; $(cat "$work/out.txt")"
done
if [ -n "${seconds[100]:-}" ] && [ -n "${seconds[1000]:-}" ]; then
  echo "growth 100 -> 1000 transcripts: $(awk "BEGIN {printf \"%.1f\", ${seconds[1000]} / ${seconds[100]}}") x (linear is 10 x)"
fi
if [ -d "$work/p1000" ]; then
  start=$(date +%s.%N)
  python3 "$here/peer.py" "$work/p1000" "$work/peer"
  end=$(date +%s.%N)
  peer=$(awk "BEGIN {printf \"%.2f\", $end - $start}")
  echo "peer (Python, prevalence tables only, 1000 transcripts): ${peer} s; qualkit / peer: $(awk "BEGIN {printf \"%.2f\", ${seconds[1000]} / $peer}")"
fi
