#!/usr/bin/env bash
# Builds a QualKit project from a real coded corpus: the 21 interviews of the
# University of Idaho Library's Hispanic Oral History Project (1991), as the
# Oral History as Data CSVs (one row a turn, a `tags` column) in the
# `hohp_ohd_2025` branch of github.com/uidaholib/oral-history-collections-template.
#
#   Benchmarks/learn/real_corpus.sh OUT_DIR          # needs network (git clone)
#   OHD_GIT_DIR=/path/to/clone/.git Benchmarks/learn/real_corpus.sh OUT_DIR
#
# The transcripts are "In Copyright - Educational Use Permitted"
# (rightsstatements.org InC-EDU): they are downloaded for the benchmark, never
# committed. The tags become a codebook (one code a tag of `_data/filters.csv`,
# spaces as -), `qualkit transcript import-tags` makes them proposals, and
# `qualkit review --accept-all --reviewer archive` makes the archive's tagging
# one coder, `archive`. Not part of CI.
set -euo pipefail
out="${1:?usage: real_corpus.sh OUT_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
qualkit="${QUALKIT:-$root/.build/release/qualkit}"
branch=hohp_ohd_2025
git_dir="${OHD_GIT_DIR:-}"
if [ -z "$git_dir" ]; then
  clone="$root/Benchmarks/corpus/ohd-template"
  if [ ! -d "$clone/.git" ]; then
    git clone --quiet --depth 1 --branch "$branch" \
      https://github.com/uidaholib/oral-history-collections-template.git "$clone"
  fi
  git_dir="$clone/.git"
fi
rm -rf "$out"
mkdir -p "$out/Codebooks" "$out/Transcripts" "$out/Codings"
git --git-dir="$git_dir" archive "$branch" _data/transcripts _data/filters.csv | tar -x -C "$out"
mv "$out"/_data/transcripts/*.csv "$out/Transcripts/"
python3 - "$out/_data/filters.csv" "$out/Codebooks/hohp.json" <<'PY'
import csv, json, sys
codes = []
with open(sys.argv[1], encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        tag = (row.get("tag") or "").strip()
        if not tag:
            continue
        code = {"id": tag.replace(" ", "-"), "label": tag}
        if (row.get("description") or "").strip():
            code["definition"] = row["description"].strip()
        codes.append(code)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump({"format": "qualkit-codebook", "version": 1,
               "name": "Hispanic Oral History Project tags", "codes": codes}, f, indent=2)
PY
rm -rf "$out/_data"
cd "$out"
"$qualkit" transcript import-tags Transcripts/*.csv --coder tags 2>/dev/null | tail -1
"$qualkit" review --coder tags --reviewer archive --accept-all
