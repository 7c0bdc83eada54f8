#!/usr/bin/env python3
"""Writes two coders' coding files for one transcript (deterministic, seeded).

    generate_codings.py TRANSCRIPT OUT_DIR

The transcript is a plain-text QualKit transcript with front matter and one
turn a line (as generate_corpus.py writes them). For each of five codes,
anna codes about one turn in ten (a part of it) and bo copies 60% of her
codings and adds a few of his own, as hand coding would: offsets are Unicode
scalars, `text` and `hash` are null, so the files stay small next to the
transcript (the memory measured is the transcript's).
"""
import json
import os
import random
import sys

path, out = sys.argv[1], sys.argv[2]
rng = random.Random(20261202)
with open(path, encoding="utf-8") as file:
    lines = file.read().split("\n")
tid = next(line[4:] for line in lines[:4] if line.startswith("id: "))
turns, offset, in_front, number = [], 0, True, 0
for number, line in enumerate(lines, start=1):
    if not in_front and len(line) > 10 and line[1] == ":":
        turns.append((number, offset + 3, offset + len(line)))
    if number > 1 and line == "---":
        in_front = False
    offset += len(line) + 1
os.makedirs(out, exist_ok=True)
codings = {"anna": [], "bo": []}
seen = set()


def add(coder, code, line, start, end):
    """Adds a coding unless the coder already has one on exactly that span."""
    if (coder, code, start, end) in seen:
        return
    seen.add((coder, code, start, end))
    codings[coder].append(coding(coder, code, line, start, end))


def coding(coder, code, line, start, end):
    return {"transcript": tid, "code": code, "coder": coder, "firstLine": line, "lastLine": line,
            "start": start, "end": end, "origin": "manual", "status": "accepted", "memo": None,
            "text": None, "hash": None}


for code in [f"code{n}" for n in range(5)]:
    for line, start, end in turns:
        if rng.random() < 0.1:
            a = rng.randint(start, end - 5)
            b = rng.randint(a + 1, end)
            add("anna", code, line, a, b)
            if rng.random() < 0.6:
                add("bo", code, line, a, b)
        if rng.random() < 0.03:
            a = rng.randint(start, end - 5)
            add("bo", code, line, a, rng.randint(a + 1, end))
for coder, items in codings.items():
    with open(os.path.join(out, f"{coder}.jsonl"), "w", encoding="utf-8") as file:
        for item in items:
            file.write(json.dumps(item, separators=(",", ":")) + "\n")
