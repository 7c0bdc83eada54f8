#!/usr/bin/env python3
"""Writes a deterministic keyword list for the auto-coding benchmark.

A third of the patterns are stems (`mestr*`), about a sixth two- or
three-word phrases, the rest words, all drawn from the corpus generator's
vocabulary; some are written with ae/oe/aa or capitals. Two files are
written: `keywords.txt` (one pattern per line) and `codebook.json`, a
QualKit codebook with 10 patterns per code.

    python3 Benchmarks/generate_keywords.py --count 500 --out /tmp/keywords
"""

import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # importing the vocabulary leaves no __pycache__ behind

from danish_vocabulary import DANISH_TO_ASCII, FUNCTION_WORDS, PHRASES, STEMS, content_words


def patterns(rng, count):
    words = content_words()
    stem_count = count // 3
    phrase_count = count // 6
    chosen = []
    seen = set()

    def add(pattern):
        if pattern.casefold() not in seen:
            seen.add(pattern.casefold())
            chosen.append(pattern)
            return True
        return False

    stems = [stem + suffix for stem in STEMS for suffix in ["", "", "e", "n"]]
    while len(chosen) < stem_count:
        stem = rng.choice(stems)
        add(stem[: max(3, len(stem) - rng.randint(0, 2))] + "*")
    while len(chosen) < stem_count + phrase_count:
        if rng.random() < 0.3:
            phrase = rng.choice(PHRASES)
        else:
            phrase = " ".join([rng.choice(FUNCTION_WORDS), rng.choice(words)]
                              + ([rng.choice(words)] if rng.random() < 0.3 else []))
        add(phrase)
    while len(chosen) < count:
        word = rng.choice(words)
        if rng.random() < 0.1:
            word = word.translate(DANISH_TO_ASCII)
        if rng.random() < 0.1:
            word = word.capitalize()
        add(word)
    rng.shuffle(chosen)
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="number of patterns, 50 to 1000")
    parser.add_argument("--per-code", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder for keywords.txt and codebook.json")
    args = parser.parse_args()
    if not 50 <= args.count <= 1000:
        parser.error("--count must be between 50 and 1000")
    chosen = patterns(random.Random(args.seed), args.count)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "keywords.txt"), "w", encoding="utf-8") as file:
        file.write("\n".join(chosen) + "\n")
    codes = []
    for start in range(0, len(chosen), args.per_code):
        number = start // args.per_code + 1
        codes.append({"id": f"c{number:03d}", "label": f"Code {number}",
                      "keywords": chosen[start:start + args.per_code]})
    codebook = {"format": "qualkit-codebook", "version": 1, "name": "Benchmark", "codes": codes}
    with open(os.path.join(args.out, "codebook.json"), "w", encoding="utf-8") as file:
        json.dump(codebook, file, ensure_ascii=False, indent=2)
        file.write("\n")
    print(f"wrote {len(chosen)} patterns in {len(codes)} codes to {args.out}")


if __name__ == "__main__":
    main()
