#!/usr/bin/env python3
"""Writes a synthetic project for the report benchmark (deterministic, seeded).

    generate.py DIR TRANSCRIPTS

DIR gets the sample codebook (Codebooks/tki2.json), TRANSCRIPTS plain-text
interviews (about 30 alternating I:/B: turns of 150-600 characters, Danish
words, front matter with id, role and group) with Transcripts/participants.csv,
and two coders' files, Codings/anna.jsonl and Codings/bo.jsonl: anna codes
about 12 turns per transcript with random codable codes; bo copies 60% of
her codings (a third of them with a shifted end) and adds 4 of his own.
"""
import json
import os
import random
import shutil
import sys

directory, transcripts = sys.argv[1], int(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
rng = random.Random(20261202)
words = ("arbejde plan samtale hverdag overskud jobkonsulent træning ryg stress ro tryg "
         "sammenhæng forløb mål møde fysioterapeut kommune sygemeldt igen godt svært").split()
os.makedirs(os.path.join(directory, "Codebooks"), exist_ok=True)
os.makedirs(os.path.join(directory, "Transcripts"), exist_ok=True)
os.makedirs(os.path.join(directory, "Codings"), exist_ok=True)
shutil.copy(os.path.join(root, "Codebooks", "tki2.json"), os.path.join(directory, "Codebooks"))
with open(os.path.join(root, "Codebooks", "tki2.json")) as file:
    codebook = json.load(file)
codable = []
def visit(code):
    if code.get("codable", True):
        codable.append(code["id"])
    for child in code.get("children", []):
        visit(child)
for code in codebook["codes"]:
    visit(code)

coders = {"anna": [], "bo": []}
participants = ["id,role,group"]
for number in range(transcripts):
    tid = f"T{number:04d}"
    role = "citizen" if rng.random() < 0.8 else "professional"
    group = "TKI2" if rng.random() < 0.6 else "sædvanlig praksis"
    participants.append(f"{tid},{role},{group}")
    header = ["---", f"id: {tid}", "speakers: I=interviewer, B=" + role, "---"]
    lines = list(header)
    offset = sum(len(line) + 1 for line in header)
    turns = []
    for index in range(30):
        speaker = "I" if index % 2 == 0 else "B"
        body = " ".join(rng.choice(words) for _ in range(rng.randint(25, 90))).capitalize() + "."
        line = f"{speaker}: {body}"
        if speaker == "B":
            turns.append((len(lines) + 1, offset + 3, offset + len(line), body))
        lines.append(line)
        lines.append("")
        offset += len(line) + 2
    with open(os.path.join(directory, "Transcripts", f"{tid}.txt"), "w") as file:
        file.write("\n".join(lines))

    def coding(coder, code, line, start, end, text):
        return {"transcript": tid, "code": code, "coder": coder, "firstLine": line, "lastLine": line,
                "start": start, "end": end, "origin": "manual", "status": "accepted",
                "memo": None, "text": text, "hash": None}

    for line, start, end, body in rng.sample(turns, 12):
        code = rng.choice(codable)
        coders["anna"].append(coding("anna", code, line, start, end, body))
        if rng.random() < 0.6:
            shifted = end - rng.randint(0, 20) if rng.random() < 0.33 else end
            coders["bo"].append(coding("bo", code, line, start, shifted, body[: shifted - start]))
    for line, start, end, body in rng.sample(turns, 4):
        coders["bo"].append(coding("bo", rng.choice(codable), line, start, end, body))
with open(os.path.join(directory, "Transcripts", "participants.csv"), "w") as file:
    file.write("\n".join(participants) + "\n")
for coder, items in coders.items():
    # One coding per code and span: bo's own codings may repeat a copied one.
    unique = {(c["transcript"], c["code"], c["start"], c["end"]): c for c in items}
    items = list(unique.values())
    items.sort(key=lambda c: (c["transcript"], c["start"], c["end"], c["code"]))
    with open(os.path.join(directory, "Codings", f"{coder}.jsonl"), "w") as file:
        file.write('{"format":"qualkit-codings","version":1}\n')
        for item in items:
            file.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n")
