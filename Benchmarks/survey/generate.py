#!/usr/bin/env python3
"""Writes a survey of ROWS respondents x ITEMS Likert items (da4 labels) as
Danish Excel does (`;`, BOM, CRLF), and its spec, into DIR.

    python3 generate.py DIR [ROWS] [ITEMS]
"""
import json
import random
import sys

LEVELS = ["I meget høj grad", "I nogen grad", "Kun i ringe grad", "Slet ikke"]


def main():
    folder = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    items = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    rng = random.Random(42)
    columns = [f"Q{i + 1}" for i in range(items)]
    with open(f"{folder}/survey.csv", "w", encoding="utf-8-sig", newline="") as out:
        out.write(";".join(["Respondent", "arm", "Alder"] + columns) + "\r\n")
        for row in range(rows):
            arm = "TKI2" if row % 2 == 0 else "Sædvanlig"
            latent = rng.gauss(0.3 if arm == "TKI2" else 0, 1)
            cells = []
            for _ in columns:
                roll = rng.random()
                if roll < 0.03:
                    cells.append("")
                elif roll < 0.07:
                    cells.append("Ved ikke")
                else:
                    level = latent + rng.gauss(0, 1)
                    cells.append(LEVELS[sum(1 for cut in (1.0, 0.0, -1.0) if level < cut)])
            out.write(";".join([f"R{row:06d}", arm, str(rng.randint(20, 65))] + cells) + "\r\n")
    spec = {
        "format": "qualkit-survey", "version": 1, "respondentId": "Respondent", "groups": ["arm"],
        "items": [{"column": c, "scale": "da4", "reverse": i % 5 == 4,
                   "construct": f"construct{i // 5 + 1}"} for i, c in enumerate(columns)],
        "ignoredColumns": ["Alder"],
    }
    with open(f"{folder}/survey.survey.json", "w", encoding="utf-8") as out:
        json.dump(spec, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
