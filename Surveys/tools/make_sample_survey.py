#!/usr/bin/env python3
"""Makes the fictional sample survey Surveys/tki2.csv (180 respondents).

The file is written as SurveyXact and Danish Excel write them: `;`-separated,
UTF-8 with a byte-order mark, CRLF line ends, answers as labels on the
Danish scale "I meget høj grad / I nogen grad / Kun i ringe grad / Slet ikke"
plus "Ved ikke", some blanks, and a free-text comment column whose quoted
fields hold line breaks. Respondents B01-B05 are the sample project's
interviewed citizens (same arms as Transcripts/participants.csv).

Deterministic (fixed seed): run from the repository root to regenerate
    python3 Surveys/tools/make_sample_survey.py
"""
import csv
import random

rng = random.Random(20260312)

DA4 = ["I meget høj grad", "I nogen grad", "Kun i ringe grad", "Slet ikke"]
DA5 = ["Helt enig", "Delvist enig", "Hverken enig eller uenig", "Delvist uenig", "Helt uenig"]

# (column, construct, reverse, scale, TKI2 shift)
ITEMS = [
    ("Q1 Sammenhængende forløb", "coherence", False, DA4, 0.9),
    ("Q2 Samarbejde jobcenter-sundhed", "coherence", False, DA4, 0.8),
    ("Q3 Fortælle forfra", "coherence", True, DA4, 0.7),
    ("Q4 Egne mål", "person-centredness", False, DA4, 0.6),
    ("Q5 Livssituation", "person-centredness", False, DA4, 0.5),
    ("Q6 Blive hørt", "person-centredness", False, DA4, 0.5),
    ("Q7 Håndtere hverdagen", "mastery", False, DA4, 0.3),
    ("Q8 Overskud", "mastery", False, DA4, 0.2),
    ("Q9 Tryghed", "mastery", False, DA4, 0.3),
    ("Q10 Klar til arbejde", "readiness", False, DA4, 0.2),
    ("Q11 Kontakt til arbejdsplads", "readiness", False, DA4, 0.4),
    ("Q12 Samlet tilfredshed", None, False, DA5, 0.6),
]

COMMENTS = [
    "",
    "",
    "",
    "Det var rart at møde jobkonsulenten i huset.",
    "Jeg savnede at blive ringet op.\nMen ellers fint.",
    "For mange møder i starten.",
    "Min sagsbehandler skiftede to gange;\nså skulle jeg fortælle det hele igen.",
    "Godt forløb, tak.",
    "Jeg ved ikke, om det hjalp \"rigtigt\".",
    "Mødet med arbejdspladsen gjorde en forskel.",
]

INTERVIEWED = {"B01": "TKI2", "B02": "TKI2", "B03": "sædvanlig praksis",
               "B04": "sædvanlig praksis", "B05": "TKI2"}


def answer(latent, shift, reverse, scale, arm):
    """A label on `scale` from a latent trait; reverse items run the other way."""
    level = latent + (shift if arm == "TKI2" else 0) + rng.gauss(0, 0.8)
    if reverse:
        level = -level
    # Thresholds for DA4 (index 0 = highest); DA5 gets one more cut.
    cuts = [1.0, 0.0, -1.0] if len(scale) == 4 else [1.2, 0.4, -0.4, -1.2]
    index = sum(1 for cut in cuts if level < cut)
    return scale[index]


def main():
    header = ["Respondent", "arm", "Køn", "Alder"] + [item[0] for item in ITEMS] + [
        "Kommentar", "Besvaret"]
    rows = []
    ids = list(INTERVIEWED) + [f"R{n:03d}" for n in range(6, 181)]
    for number, rid in enumerate(ids):
        arm = INTERVIEWED.get(rid) or ("TKI2" if number % 2 == 0 else "sædvanlig praksis")
        latent = rng.gauss(0.1, 0.9)
        answers = []
        for column, construct, reverse, scale, shift in ITEMS:
            roll = rng.random()
            if roll < 0.03:
                answers.append("")
            elif roll < 0.07:
                answers.append("Ved ikke")
            else:
                answers.append(answer(latent, shift, reverse, scale, arm))
        age = rng.randint(23, 64)
        gender = rng.choice(["Kvinde", "Mand"])
        comment = rng.choice(COMMENTS)
        day = 1 + number % 28
        rows.append([rid, arm, gender, str(age)] + answers + [comment, f"2026-05-{day:02d}"])
    with open("Surveys/tki2.csv", "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
