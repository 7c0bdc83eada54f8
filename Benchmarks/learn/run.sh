#!/usr/bin/env bash
# Assisted-coding benchmark: QualKit's training against scikit-learn's
# LogisticRegression and MultinomialNB on the same features (the terms
# QualKit extracts), for quality (F1 and Cohen's kappa per code,
# cross-validated on the same folds by transcript) and speed (fitting every
# code on all units), side by side in one run; and `qualkit learn` and
# `learn --evaluate` end to end.
#
#   Benchmarks/learn/run.sh                         # both corpora, 5 runs
#   CORPUS=generated INTERVIEWS=100 RUNS=3 Benchmarks/learn/run.sh
#   OHD_GIT_DIR=/path/to/clone/.git CORPUS=real Benchmarks/learn/run.sh
#
# Env: CORPUS ("generated real" by default), INTERVIEWS (generated corpus,
# default 100), RUNS (default 5), OHD_GIT_DIR (see real_corpus.sh).
# The corpora go to Benchmarks/corpus/ (ignored by git); scikit-learn is
# installed with pip when missing. Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpora="${CORPUS:-generated real}"
runs="${RUNS:-5}"
interviews="${INTERVIEWS:-100}"
cache="$root/Benchmarks/corpus"
mkdir -p "$cache"
python3 -c "import sklearn" 2>/dev/null || pip install --quiet scikit-learn

(cd "$root" && swift build -c release --product qualkit >/dev/null)
qualkit="$(cd "$root" && swift build -c release --show-bin-path)/qualkit"
(cd "$here/Harness" && swift build -c release >/dev/null)
harness="$(cd "$here/Harness" && swift build -c release --show-bin-path)/learn-harness"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall() {  # seconds of one run of "$@", output dropped
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

for corpus in $corpora; do
  project="$cache/learn-$corpus"
  coders=()
  case "$corpus" in
    generated)
      project="$cache/learn-generated-$interviews"
      [ -d "$project" ] || python3 "$here/generate.py" --interviews "$interviews" --out "$project"
      ;;
    real)
      [ -d "$project" ] || QUALKIT="$qualkit" "$here/real_corpus.sh" "$project"
      coders=(--coders archive)
      ;;
    *) echo "unknown corpus '$corpus' (generated or real)" >&2; exit 64 ;;
  esac
  echo "== $corpus corpus: $project"
  learn=$(for _ in $(seq "$runs"); do (cd "$project" && wall "$qualkit" learn "${coders[@]}" --out /tmp/learn-bench-model.json); done | median)
  evaluate=$(for _ in $(seq "$runs"); do (cd "$project" && wall "$qualkit" learn --evaluate "${coders[@]}"); done | median)
  echo "qualkit learn (read, terms, features, every code, write the model): $learn s; learn --evaluate (5 folds and the learning curve): $evaluate s"
  "$harness" "$project" "$cache/learn-$corpus-features.jsonl" "${coders[@]}" --runs "$runs" > "$cache/learn-$corpus-qualkit.json"
  python3 "$here/sklearn_peer.py" "$cache/learn-$corpus-features.jsonl" "$cache/learn-$corpus-qualkit.json" --runs "$runs" > "$cache/learn-$corpus-sklearn.json"
  python3 "$here/compare.py" "$cache/learn-$corpus-qualkit.json" "$cache/learn-$corpus-sklearn.json" --name "$corpus"
  echo
done
