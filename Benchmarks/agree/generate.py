#!/usr/bin/env python3
"""Writes a synthetic project for the agree benchmark (deterministic, seeded).

    generate.py DIR TRANSCRIPTS CHARS CODES

DIR gets Transcripts/ (TRANSCRIPTS plain-text interviews of about CHARS
characters each, ASCII, alternating I:/B: turns of 200-800 characters) and
Codings/anna.jsonl and Codings/bo.jsonl: for each code, about one coding per
ten turns per coder; bo copies 60% of anna's spans (a third of them shifted
by up to 40 characters) and adds as many of his own.
"""
import json
import os
import random
import sys

directory, transcripts, chars, codes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(20261124)
words = "arbejde plan samtale hverdag overskud jobkonsulent traening ryg stress ro tryg".split()
os.makedirs(os.path.join(directory, "Transcripts"), exist_ok=True)
os.makedirs(os.path.join(directory, "Codings"), exist_ok=True)
coders = {"anna": [], "bo": []}
for number in range(transcripts):
    tid = f"T{number:04d}"
    lines, turns, offset = [], [], 0
    speaker = "I"
    while offset < chars:
        body = " ".join(rng.choice(words) for _ in range(rng.randint(30, 120)))
        line = f"{speaker}: {body}"
        turns.append((len(lines) + 1, offset + 3, offset + len(line)))
        lines.append(line)
        offset += len(line) + 1
        speaker = "B" if speaker == "I" else "I"
    text = "\n".join(lines) + "\n"
    with open(os.path.join(directory, "Transcripts", f"{tid}.txt"), "w") as file:
        file.write(text)

    def coding(coder, code, line, start, end):
        return {"transcript": tid, "code": code, "coder": coder, "firstLine": line, "lastLine": line,
                "start": start, "end": end, "origin": "manual", "status": "accepted",
                "memo": None, "text": None, "hash": None}

    for code in range(codes):
        name = f"code{code:02d}"
        for line, start, end in turns:
            if rng.random() < 0.1:
                a = rng.randint(start, end - 10)
                b = rng.randint(a + 5, end)
                coders["anna"].append(coding("anna", name, line, a, b))
                if rng.random() < 0.6:
                    if rng.random() < 0.33:
                        a = max(start, a - rng.randint(0, 40))
                    coders["bo"].append(coding("bo", name, line, a, b))
            if rng.random() < 0.04:
                a = rng.randint(start, end - 10)
                coders["bo"].append(coding("bo", name, line, a, rng.randint(a + 5, end)))
for coder, items in coders.items():
    with open(os.path.join(directory, "Codings", f"{coder}.jsonl"), "w") as file:
        for item in items:
            file.write(json.dumps(item, separators=(",", ":")) + "\n")
