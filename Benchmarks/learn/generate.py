#!/usr/bin/env python3
"""Writes a deterministic, coded QualKit project for the assisted-coding benchmark.

`--interviews` transcripts (default 100) of Danish interview-like text, each
an interviewer question before every participant turn, a codebook of
`--codes` codes (default 20) and two coders' coding files, `anna` and `bo`:

- each code has its own words (stems of the shared vocabulary with endings);
  a coded turn says two to four of them among function words and made-up
  filler words, and one uncoded turn in ten says one of some code's words
  too, so the words point to a code without giving it away;
- codes are used unevenly (the first in about one turn in seven, the last
  in one in a hundred or fewer), like a real codebook's;
- anna and bo code what a turn is about, each missing one coded turn in ten
  and each coding one other turn in a hundred by mistake, so that they agree
  about as well as trained coders do (kappa about 0.85).

Offsets are Unicode-scalar offsets into the text (Python's str indices), as
QualKit's coding files store them; the coded text is stored, the hash is
left out.

    python3 Benchmarks/learn/generate.py --interviews 100 --out /tmp/learn-corpus
"""

import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from danish_vocabulary import FUNCTION_WORDS, STEMS, SUFFIXES, filler_words  # noqa: E402


def code_words(rng, codes):
    """Each code's own words: six stems each (disjoint while they last), with endings."""
    stems = list(STEMS)
    rng.shuffle(stems)
    words = []
    for index in range(codes):
        chosen = [stems[(index * 6 + k) % len(stems)] for k in range(6)]
        words.append([stem + rng.choice(SUFFIXES) for stem in chosen for _ in range(2)])
    return words


def sentence(rng, fillers, extra):
    parts = [rng.choice(FUNCTION_WORDS) if rng.random() < 0.6 else rng.choice(fillers)
             for _ in range(rng.randint(6, 14))]
    for word in extra:
        parts.insert(rng.randrange(len(parts) + 1), word)
    text = " ".join(parts)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interviews", type=int, default=100)
    parser.add_argument("--turns", type=int, default=40, help="participant turns per interview")
    parser.add_argument("--codes", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    fillers = filler_words(rng, 3000)
    words = code_words(rng, args.codes)
    rates = [0.15 / (1 + index * 0.6) for index in range(args.codes)]

    for folder in ("Codebooks", "Transcripts", "Codings"):
        os.makedirs(os.path.join(args.out, folder), exist_ok=True)
    codebook = {
        "format": "qualkit-codebook", "version": 1, "name": "Generated codes",
        "codes": [{"id": "code%02d" % (index + 1), "label": "Code %d" % (index + 1),
                   "definition": "Turns that use words like " + ", ".join(words[index][:3])}
                  for index in range(args.codes)],
    }
    with open(os.path.join(args.out, "Codebooks", "generated.json"), "w", encoding="utf-8") as f:
        json.dump(codebook, f, ensure_ascii=False, indent=2)

    codings = {"anna": [], "bo": []}
    for number in range(1, args.interviews + 1):
        ident = "G%03d" % number
        lines = []
        offset = 0
        for turn in range(args.turns):
            question = "I: " + sentence(rng, fillers, [])
            lines.append(question)
            offset += len(question) + 1
            true_codes = [c for c in range(args.codes) if rng.random() < rates[c]][:2]
            extra = []
            for code in true_codes:
                extra += rng.sample(words[code], rng.randint(2, 4))
            if not true_codes and rng.random() < 0.1:
                extra.append(rng.choice(words[rng.randrange(args.codes)]))
            sentences = [sentence(rng, fillers, []) for _ in range(rng.randint(2, 5))]
            sentences[rng.randrange(len(sentences))] = sentence(rng, fillers, extra)
            text = " ".join(sentences)
            line = "B: " + text
            start = offset + 3
            end = start + len(text)
            for coder in ("anna", "bo"):
                applied = [c for c in true_codes if rng.random() >= 0.1]
                if rng.random() < 0.01:
                    applied.append(rng.randrange(args.codes))
                for code in sorted(set(applied)):
                    codings[coder].append((ident, start, end, "code%02d" % (code + 1),
                                           len(lines) + 1, text))
            lines.append(line)
            offset += len(line) + 1
        with open(os.path.join(args.out, "Transcripts", ident + ".txt"), "w",
                  encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    for coder, rows in codings.items():
        rows.sort(key=lambda row: (row[0], row[1], row[2], row[3]))
        with open(os.path.join(args.out, "Codings", coder + ".jsonl"), "w",
                  encoding="utf-8") as f:
            f.write('{"format":"qualkit-codings","version":1,"kind":"coder"}\n')
            for ident, start, end, code, line, text in rows:
                f.write(json.dumps({
                    "transcript": ident, "code": code, "coder": coder, "firstLine": line,
                    "lastLine": line, "start": start, "end": end, "origin": "manual",
                    "status": "accepted", "memo": None, "text": text, "hash": None,
                }, ensure_ascii=False, separators=(",", ":")) + "\n")
    total = sum(len(rows) for rows in codings.values())
    print("wrote %d interviews, %d codes, %d codings to %s" % (
        args.interviews, args.codes, total, args.out))


if __name__ == "__main__":
    main()
