#!/usr/bin/env python3
"""The peer of the report benchmark: what a researcher's script does without
qualkit, in plain Python: read the transcripts' attributes and both coders'
files, count segments and participants per code overall and per group (a
code's sub-codes included), and write the tables as CSV and Markdown.

    peer.py PROJECT OUT
"""
import csv
import json
import os
import sys

project, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
with open(os.path.join(project, "Codebooks", "tki2.json")) as file:
    codebook = json.load(file)
subtree, order = {}, []
def visit(code):
    order.append(code)
    ids = [code["id"]]
    for child in code.get("children", []):
        ids += visit(child)
    subtree[code["id"]] = ids
    return ids
for code in codebook["codes"]:
    visit(code)
with open(os.path.join(project, "Transcripts", "participants.csv")) as file:
    rows = list(csv.DictReader(file))
groups = {}
for row in rows:
    for attribute in ("role", "group"):
        groups.setdefault((attribute, row[attribute]), set()).add(row["id"])
# Transcripts are read (as qualkit reads them) to count only those present.
present = {name[:-4] for name in os.listdir(os.path.join(project, "Transcripts")) if name.endswith(".txt")}
for name in present:
    with open(os.path.join(project, "Transcripts", name + ".txt")) as file:
        file.read()
segments = {}
for coder in ("anna", "bo"):
    with open(os.path.join(project, "Codings", f"{coder}.jsonl")) as file:
        for line in file:
            item = json.loads(line)
            if item.get("status") == "accepted" and item["transcript"] in present:
                segments.setdefault((item["transcript"], item["code"], item["start"], item["end"]), set()).add(coder)
own = {}
for (transcript, code, _, _) in segments:
    count = own.setdefault(code, [0, set()])
    count[0] += 1
    count[1].add(transcript)
keys = sorted(groups)
table = [["code", "segments", "participants"] + [f"{a}={v}" for a, v in keys]]
for code in order:
    n, people = 0, set()
    for id in subtree[code["id"]]:
        if id in own:
            n += own[id][0]
            people |= own[id][1]
    table.append([code["label"], n, len(people)] + [len(people & groups[key]) for key in keys])
with open(os.path.join(out, "prevalence.csv"), "w", encoding="utf-8-sig", newline="") as file:
    csv.writer(file).writerows(table)
with open(os.path.join(out, "prevalence.md"), "w") as file:
    file.write("| " + " | ".join(map(str, table[0])) + " |\n")
    file.write("|" + " --- |" * len(table[0]) + "\n")
    for row in table[1:]:
        file.write("| " + " | ".join(map(str, row)) + " |\n")
