#!/usr/bin/env python3
"""Writes transcripts whose turns are each one very long line.

Long lines are what Word paragraphs and one speaker's long runs give. Each
transcript is a QualKit plain-text transcript (front matter with `id:`,
then `I: ...` and `B: ...` turns, one line each) whose `--turns` turns
(default 2) are each one line of about `--kilobytes` KB of the corpus
generator's sentences (so the seed-1 keyword lists hit them as densely as
the auto-coding corpus: with 50 patterns about once per 640 bytes).

    python3 Benchmarks/sentence/generate.py --kilobytes 1000 --out /tmp/long/long-1000kb.txt
"""

import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # importing the generator leaves no __pycache__ behind
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from danish_vocabulary import content_words, filler_words  # noqa: E402
from generate_corpus import sentence  # noqa: E402


def turn_line(rng, speaker, target_bytes, words, fillers):
    parts = [f"{speaker}:"]
    size = len(parts[0])
    while size < target_bytes:
        text = sentence(rng, words, fillers)
        parts.append(text)
        size += len(text.encode()) + 1
    return " ".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kilobytes", type=int, required=True, help="bytes of each turn / 1000")
    parser.add_argument("--turns", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="the .txt file to write")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words = content_words()
    fillers = filler_words(rng, 20000)
    name = os.path.splitext(os.path.basename(args.out))[0]
    lines = ["---", f"id: {name}", "role: citizen", "---"]
    for index in range(args.turns):
        speaker = "I" if index % 2 == 0 else "B"
        lines.append(turn_line(rng, speaker, args.kilobytes * 1000, words, fillers))
    data = ("\n".join(lines) + "\n").encode()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as file:
        file.write(data)
    print(f"wrote {len(data)} bytes to {args.out}")


if __name__ == "__main__":
    main()
