#!/usr/bin/env python3
"""Makes the fictional sample exports in Surveys/exports/ from Surveys/tki2.csv.

They hold the same 180 respondents as the tools would export them, for the
README's `qualkit survey import` examples:

- tki2-qualtrics.csv: Qualtrics' CSV export with choice texts: three header
  rows (export tags, question texts, {"ImportId": ...}), its metadata columns,
  the participant id as embedded data (`participant`), plus two responses
  that are not real answers (a survey preview and an unfinished response).
- tki2-surveyxact.csv: SurveyXact's dataset as Danish Excel saves it:
  `;`-separated, Windows-1252, CRLF, a `respondentid` column, and the
  common wording "Delvis enig / Delvis uenig" on the agreement item.

Deterministic: run from the repository root to regenerate
    python3 Surveys/tools/make_sample_exports.py
"""
import csv
import json
import os

with open("Surveys/tki2.csv", encoding="utf-8-sig", newline="") as source:
    rows = list(csv.reader(source, delimiter=";"))
header, data = rows[0], rows[1:]
spec = json.load(open("Surveys/tki2.survey.json", encoding="utf-8"))
texts = {item["column"]: item["text"] for item in spec["items"]}
items = [column for column in header if column in texts]
index = {column: position for position, column in enumerate(header)}
os.makedirs("Surveys/exports", exist_ok=True)

# Qualtrics
tags = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
        "Finished", "RecordedDate", "ResponseId", "DistributionChannel", "UserLanguage"]
tag_texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress",
             "Duration (in seconds)", "Finished", "Recorded Date", "Response ID",
             "Distribution Channel", "User Language"]
imports = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
           "recordedDate", "_recordId", "distributionChannel", "userLanguage"]
question_tags = ["Q%d" % (n + 1) for n in range(len(items))]
out = [
    tags + question_tags + ["arm", "gender", "comment", "participant"],
    tag_texts + [texts[c] for c in items] + ["arm", "Køn", "Kommentar", "participant"],
    ['{"ImportId":"%s"}' % i for i in imports]
    + ['{"ImportId":"QID%d"}' % (n + 1) for n in range(len(items))]
    + ['{"ImportId":"arm"}', '{"ImportId":"QID13"}', '{"ImportId":"QID14_TEXT"}',
       '{"ImportId":"participant"}'],
]


def qualtrics_row(number, row, status="IP Address", finished="True", progress="100"):
    day = 1 + number % 28
    return [
        "2026-05-%02d 09:%02d:00" % (day, number % 60),
        "2026-05-%02d 09:%02d:30" % (day, (number + 7) % 60),
        status, "" if status != "IP Address" else "192.0.2.%d" % (number % 250 + 1), progress,
        str(300 + number), finished, "2026-05-%02d 10:00:00" % day,
        "R_%015d" % (7919 * (number + 1)), "anonymous", "DA",
    ] + [row[index[c]] for c in items] + [
        row[index["arm"]], row[index["Køn"]], row[index["Kommentar"]], row[index["Respondent"]]]


for number, row in enumerate(data):
    out.append(qualtrics_row(number, row))
out.append(qualtrics_row(900, data[0], status="Survey Preview")[:-1] + ["preview"])
out.append(qualtrics_row(901, data[1], finished="False", progress="25")[:-1] + ["B900"])
with open("Surveys/exports/tki2-qualtrics.csv", "w", encoding="utf-8", newline="") as target:
    csv.writer(target, lineterminator="\r\n").writerows(out)

# SurveyXact
out = [["respondentid"] + header[1:]]
for row in data:
    copy = list(row)
    for position, value in enumerate(copy):
        copy[position] = value.replace("Delvist enig", "Delvis enig").replace(
            "Delvist uenig", "Delvis uenig")
    out.append(copy)
with open("Surveys/exports/tki2-surveyxact.csv", "w", encoding="cp1252", newline="") as target:
    csv.writer(target, delimiter=";", lineterminator="\r\n").writerows(out)
