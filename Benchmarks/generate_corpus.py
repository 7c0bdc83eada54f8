#!/usr/bin/env python3
"""Writes a deterministic corpus of Danish interview-like transcripts.

Each file is a QualKit plain-text transcript: front matter between `---`
lines with an `id:`, then one turn per line, `I: ...` (interviewer) or
`B: ...` (citizen). The text mixes function words, made-up Danish-looking
filler words (about half), the keyword vocabulary (about a tenth), phrases,
æ/ø/å with the old spellings ae/oe/aa, capitalised words, punctuation and
hyphenated compounds. With the seed-1 lists from generate_keywords.py, 500
patterns hit about once per 55 bytes (1.8 million hits in 100 MB) and 50
patterns once per 640 bytes: denser than most real codebooks, so a
conservative load for the matcher's per-hit work.

    python3 Benchmarks/generate_corpus.py --megabytes 100 --out /tmp/corpus
"""

import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # importing the vocabulary leaves no __pycache__ behind

from danish_vocabulary import (DANISH_TO_ASCII, FUNCTION_WORDS, PHRASES, content_words,
                               filler_words)


def sentence(rng, words, fillers):
    parts = []
    for _ in range(rng.randint(4, 18)):
        roll = rng.random()
        if roll < 0.40:
            word = rng.choice(FUNCTION_WORDS)
        elif roll < 0.88:
            word = rng.choice(fillers)
        elif roll < 0.975:
            word = rng.choice(words)
        elif roll < 0.985:
            word = rng.choice(PHRASES)
        else:
            word = rng.choice(words + fillers) + "-" + rng.choice(words + fillers)
        if rng.random() < 0.06:
            word = word.translate(DANISH_TO_ASCII)
        if rng.random() < 0.03:
            word = word.capitalize()
        if rng.random() < 0.08:
            word += rng.choice([",", ",", "...", ":"])
        parts.append(word)
    text = " ".join(parts)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!", " ..."])


def transcript(rng, number, target_bytes, words, fillers):
    lines = ["---", f"id: B{number:04d}", f"role: {rng.choice(['citizen', 'professional'])}",
             "---"]
    size = sum(len(line.encode()) + 1 for line in lines)
    speaker = "I"
    while size < target_bytes:
        count = rng.randint(1, 2) if speaker == "I" else rng.randint(1, 7)
        line = f"{speaker}: " + " ".join(sentence(rng, words, fillers) for _ in range(count))
        lines.append(line)
        size += len(line.encode()) + 1
        speaker = "B" if speaker == "I" else "I"
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100, help="total size, 10 to 500")
    parser.add_argument("--file-kilobytes", type=int, default=200, help="size of each file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder to write the .txt files into")
    args = parser.parse_args()
    if not 10 <= args.megabytes <= 500:
        parser.error("--megabytes must be between 10 and 500")
    rng = random.Random(args.seed)
    words = content_words()
    fillers = filler_words(rng, 20000)
    os.makedirs(args.out, exist_ok=True)
    total = int(args.megabytes * 1_000_000)
    written = 0
    number = 1
    while written < total:
        target = min(args.file_kilobytes * 1000, total - written)
        text = transcript(rng, number, target, words, fillers)
        data = text.encode()
        with open(os.path.join(args.out, f"interview_{number:04d}.txt"), "wb") as file:
            file.write(data)
        written += len(data)
        number += 1
    print(f"wrote {number - 1} files, {written} bytes, to {args.out}")


if __name__ == "__main__":
    main()
