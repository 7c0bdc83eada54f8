#!/usr/bin/env bash
# Auto-coding benchmark: `qualkit autocode --scope hit` against ripgrep on the
# same generated corpus and keyword list, in one run.
#
#   Benchmarks/autocode/run.sh                     # 100 MB, 500 patterns, 3 runs
#   SIZE_MB=500 PATTERNS=500 RUNS=1 Benchmarks/autocode/run.sh
#
# Env: SIZE_MB (10 to 500, default 100), PATTERNS (50 to 1000, default 500),
# RUNS (default 3), PYTHON_MB (size of the corpus the Python `re` alternation
# runs on, default 10; 0 skips it), HITS=1 (also compare hit counts with
# ripgrep on the words whose meaning is the same for both, see patterns.py),
# REGEX=0 (skip the slow `rg` run with stems as regexes), NOHIT=1 (append
# `qz` to every pattern, so nothing hits: the cost of the scan alone).
#
# Corpora and keyword lists are generated once (deterministic, seed 1) into
# Benchmarks/corpus/ (ignored by git) and reused. Both tools write to
# /dev/null, so the disk does not bound them. Times are wall clock from
# /usr/bin/time, the median of RUNS; peak memory is the largest maximum
# resident set size of the runs. The last line (`RESULT ...`) is for curves.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size="${SIZE_MB:-100}"
count="${PATTERNS:-500}"
runs="${RUNS:-3}"
python_mb="${PYTHON_MB:-10}"
cache="$root/Benchmarks/corpus"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

install() {  # COMMAND PACKAGE: installs PACKAGE from Debian if COMMAND is missing
  command -v "$1" >/dev/null && return
  apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }
}
install rg ripgrep
[ -x /usr/bin/time ] || install /usr/bin/time time

(cd "$root" && swift build -c release --product qualkit >/dev/null)
qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"

corpus() {  # MB -> folder of the seed-1 corpus of that size, generated once
  local folder="$cache/corpus-${1}mb"
  if [ ! -d "$folder" ]; then
    rm -rf "$folder.tmp"
    python3 "$root/Benchmarks/generate_corpus.py" --megabytes "$1" --out "$folder.tmp" >/dev/null
    mv "$folder.tmp" "$folder"
  fi
  echo "$folder"
}
keywords="$cache/keywords-$count"
if [ ! -f "$keywords/codebook.json" ]; then
  python3 "$root/Benchmarks/generate_keywords.py" --count "$count" --out "$keywords" >/dev/null
fi
if [ "${NOHIT:-0}" = 1 ]; then
  python3 "$here/patterns.py" --no-hits "$keywords" "$keywords-nohit"
  keywords="$keywords-nohit"
fi
python3 "$here/patterns.py" "$keywords"
corpus_dir="$(corpus "$size")"
folder_bytes() { find "$1" -type f -printf '%s\n' | awk '{ total += $1 } END { print total }'; }
bytes=$(folder_bytes "$corpus_dir")

# measure NAME COMMAND...: runs COMMAND $runs times, output to /dev/null;
# prints "median_seconds max_rss_mb cpu_seconds".
measure() {
  local name="$1"; shift
  : >"$work/$name.times"
  for _ in $(seq "$runs"); do
    # ripgrep exits with 1 when nothing matched (NOHIT=1); that is no failure.
    local status=0
    /usr/bin/time -o "$work/$name.time" -f "%e %M %U %S" "$@" >/dev/null || status=$?
    if [ "$status" -gt 1 ]; then echo "$name failed (exit $status)" >&2; exit 1; fi
    tail -n 1 "$work/$name.time" >>"$work/$name.times"
  done
  python3 - "$work/$name.times" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1]) if line.strip()]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[2] + r[3] for r in rows)
print(f"{wall:.3f} {max(r[1] for r in rows) / 1024:.0f} {cpu:.2f}")
PY
}

echo "corpus: $corpus_dir ($bytes bytes, $(ls "$corpus_dir" | wc -l) files); patterns: $count; runs: $runs"
echo "load before: $(uptime | sed 's/.*load average: //')"
cat "$corpus_dir"/* >/dev/null  # warm the page cache
read -r qk_s qk_mb qk_cpu < <(measure qualkit "$qualkit" autocode "$corpus_dir" \
  --codebook "$keywords/codebook.json" --scope hit)
read -r lit_s lit_mb lit_cpu < <(measure rg-literal rg -F -i -w -o -f "$keywords/literals.txt" "$corpus_dir")
re_s=0 re_mb=- re_cpu=-
if [ "${REGEX:-1}" = 1 ]; then
  read -r re_s re_mb re_cpu < <(measure rg-regex rg -i -w -o -f "$keywords/regex.txt" "$corpus_dir")
fi
py_s=""
if [ "$python_mb" != 0 ]; then
  py_dir="$(corpus "$python_mb")"
  py_bytes=$(folder_bytes "$py_dir")
  read -r py_s py_mb py_cpu < <(runs=1 measure python python3 "$here/python_re.py" "$keywords" "$py_dir")
fi
echo "load after: $(uptime | sed 's/.*load average: //')"

python3 - "$bytes" "$qk_s" "$qk_mb" "$qk_cpu" "$lit_s" "$lit_mb" "$lit_cpu" "$re_s" "$re_mb" "$re_cpu" \
  "${py_s:-0}" "${py_mb:-0}" "${py_bytes:-1}" "$python_mb" "$size" "$count" <<'PY'
import sys
a = sys.argv[1:]
size = int(a[0]) / 1e6
rows = [("qualkit autocode --scope hit", float(a[1]), a[2], a[3]),
        ("rg -F -i -w -o (literals)", float(a[4]), a[5], a[6]),
        ("rg -i -w -o (stems as \\w*)", float(a[7]), a[8], a[9])]
print(f"\n| {size:.0f} MB, {a[15]} patterns | wall | MB/s | peak memory | CPU |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, wall, mem, cpu in rows:
    if wall:
        print(f"| {name} | {wall:.3f} s | {size / wall:.0f} | {mem} MB | {cpu} s |")
py = float(a[10])
if py:
    py_size = int(a[12]) / 1e6
    rate = py_size / py
    print(f"| Python re alternation ({a[13]} MB slice, extrapolated) | {size / rate:.1f} s "
          f"| {rate:.1f} | {a[11]} MB (slice) | |")
qk = float(a[1])
regex = f"{qk / float(a[7]):.2f}" if float(a[7]) else "-"
print(f"\nqualkit / rg literal: {qk / float(a[4]):.2f}; qualkit / rg regex: {regex}"
      + (f"; Python re / qualkit: {size / rate / qk:.0f}x" if py else ""))
print("RESULT", a[14], a[15], a[1], a[2], a[4], a[5], a[7], a[8], f"{size / rate / qk:.1f}" if py else "-")
PY

if [ "${HITS:-0}" = 1 ]; then
  qk_hits=$("$qualkit" autocode "$corpus_dir" --codebook "$keywords/codebook-words.json" --scope hit | wc -l)
  rg_hits=$(rg -F -i -w -o -f "$keywords/words.txt" "$corpus_dir" | wc -l)
  echo "hits on $(wc -l <"$keywords/words.txt") plain ASCII words: qualkit $qk_hits, rg -F -i -w -o $rg_hits"
  words=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["codes"][0]["keywords"]))' \
    "$keywords/codebook-spellings.json")
  qk_hits=$("$qualkit" autocode "$corpus_dir" --codebook "$keywords/codebook-spellings.json" --scope hit | wc -l)
  rg_plain=$(python3 -c 'import json, sys; print("\n".join(json.load(open(sys.argv[1]))["codes"][0]["keywords"]))' \
    "$keywords/codebook-spellings.json" | rg -F -i -w -o -f - "$corpus_dir" | wc -l)
  rg_hits=$(rg -F -i -w -o -f "$keywords/spellings.txt" "$corpus_dir" | wc -l)
  echo "hits on all $words single words: qualkit $qk_hits, rg -F -i -w -o $rg_plain as written," \
    "$rg_hits with every æ/ae, ø/oe, å/aa spelling ($(wc -l <"$keywords/spellings.txt") patterns)"
fi
