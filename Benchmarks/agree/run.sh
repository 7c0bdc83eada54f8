#!/usr/bin/env bash
# agree benchmark: `qualkit agree` (release build) on a synthetic project of
# TRANSCRIPTS interviews of CHARS characters with CODES codes and two coders,
# for --unit turn, line and char. Prints wall time and peak memory (max RSS
# from /usr/bin/time -v) for each.
#
#   Benchmarks/agree/run.sh                                   # 40 x 60,000 chars, 30 codes
#   TRANSCRIPTS=10 CHARS=20000 CODES=10 Benchmarks/agree/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
transcripts="${TRANSCRIPTS:-40}"
chars="${CHARS:-60000}"
codes="${CODES:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && swift build -c release --product qualkit >/dev/null)
qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"
python3 "$here/generate.py" "$work" "$transcripts" "$chars" "$codes"
echo "project: $transcripts transcripts x ~$chars chars, $codes codes," \
  "$(wc -l <"$work/Codings/anna.jsonl") + $(wc -l <"$work/Codings/bo.jsonl") codings"
for unit in turn line char; do
  (cd "$work" && /usr/bin/time -v "$qualkit" agree Codings/anna.jsonl Codings/bo.jsonl \
    --unit "$unit" --format json >"$work/out-$unit.json" 2>"$work/time-$unit.txt") || {
    cat "$work/time-$unit.txt"; exit 1; }
  wall=$(grep "Elapsed (wall clock)" "$work/time-$unit.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/time-$unit.txt" | awk '{printf "%.0f", $NF / 1024}')
  pooled=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['pooled']['units'], [r['value'] for r in d['pooled']['results']])" "$work/out-$unit.json")
  echo "unit $unit: wall $wall, peak ${rss} MB, pooled units and values: $pooled"
done
