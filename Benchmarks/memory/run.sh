#!/usr/bin/env bash
# Memory benchmark: the peak resident memory of `qualkit autocode` (each
# scope), `transcript show` and `agree` on one generated transcript of
# 20 MB and one of 200 MB, printed beside the transcript's size and the
# bound each should stay under (issue: autocode at most the largest
# transcript + 100 MB at every scope; transcript show and agree under three
# times the largest transcript).
#
#   Benchmarks/memory/run.sh               # 20 and 200 MB
#   SIZES="20" Benchmarks/memory/run.sh
#   QUALKIT=/path/to/other/qualkit Benchmarks/memory/run.sh   # another build
#
# Transcripts are generated once (generate_corpus.py, seed 1, one file per
# size) into Benchmarks/corpus/memory-N/ (ignored by git), with the seed-1
# list of 50 keywords and two coders' hand-coding-like files
# (generate_codings.py). Everything writes to /dev/null; peak memory is the
# maximum resident set size from /usr/bin/time -v, compared in bytes with
# the bound (MB here are 10^6 bytes, as the transcript's size is given).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${SIZES:-20 200}"
cache="$root/Benchmarks/corpus"
[ -x /usr/bin/time ] || { apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }; }

if [ -n "${QUALKIT:-}" ]; then
  qualkit="$QUALKIT"  # another build to compare, e.g. an older commit's
else
  (cd "$root" && swift build -c release --product qualkit >/dev/null)
  qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"
fi
[ -f "$cache/keywords-50/codebook.json" ] ||
  python3 "$root/Benchmarks/generate_keywords.py" --count 50 --out "$cache/keywords-50" >/dev/null

peak() {  # LABEL BOUND_BYTES COMMAND...: prints the peak RSS of COMMAND in MB (10^6 bytes)
  local label="$1" bound="$2"
  shift 2
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  local rss verdict="ok"
  rss=$(awk '/Maximum resident set size/ {printf "%.0f", $NF * 1024}' "$work/time.txt")
  if [ "$bound" = "-" ]; then
    verdict="no bound"
  elif [ "$rss" -gt "$bound" ]; then
    verdict="OVER"
  fi
  printf "  %-30s peak %6.1f MB  (%.2f x transcript; bound %s: %s)\n" "$label" \
    "$(echo "$rss / 1000000" | bc -l)" "$(echo "$rss / $bytes" | bc -l)" \
    "$([ "$bound" = "-" ] && echo "-" || printf "%.1f MB" "$(echo "$bound / 1000000" | bc -l)")" \
    "$verdict"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf "baseline: qualkit --version peaks at %s MB\n" \
  "$(/usr/bin/time -f %M "$qualkit" --version 2>&1 >/dev/null | awk '{printf "%.0f", $1 / 1024}')"
for size in $sizes; do
  corpus="$cache/memory-$size"
  if [ ! -f "$corpus/Transcripts/interview_0001.txt" ]; then
    python3 "$root/Benchmarks/generate_corpus.py" --megabytes "$size" \
      --file-kilobytes $((size * 1000 + 1000)) --out "$corpus/Transcripts" >/dev/null
    python3 "$here/generate_codings.py" "$corpus/Transcripts/interview_0001.txt" "$corpus/Codings"
  fi
  transcript="$corpus/Transcripts/interview_0001.txt"
  bytes=$(stat -c %s "$transcript")
  megabytes=$(echo "$bytes / 1000000" | bc -l)
  whole=$(printf "%.0f" "$megabytes")
  printf "transcript: %s MB (%s bytes, %s lines); codings: anna %s, bo %s\n" "$whole" "$bytes" \
    "$(wc -l <"$transcript")" "$(wc -l <"$corpus/Codings/anna.jsonl")" \
    "$(wc -l <"$corpus/Codings/bo.jsonl")"
  for scope in hit sentence turn; do
    peak "autocode --scope $scope" $((bytes + 100000000)) \
      "$qualkit" autocode "$transcript" --codebook "$cache/keywords-50/codebook.json" --scope "$scope"
  done
  peak "transcript show" $((bytes * 3)) "$qualkit" transcript show "$transcript"
  for unit in turn line; do
    peak "agree --unit $unit" $((bytes * 3)) \
      sh -c "cd '$corpus' && exec '$qualkit' agree Codings/anna.jsonl Codings/bo.jsonl --unit $unit"
  done
  # Listing the disagreements keeps the text of each (the list's own size).
  peak "agree --disagreements" - \
    sh -c "cd '$corpus' && exec '$qualkit' agree Codings/anna.jsonl Codings/bo.jsonl --disagreements"
done
