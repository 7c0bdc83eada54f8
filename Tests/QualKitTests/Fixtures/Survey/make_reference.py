#!/usr/bin/env python3
"""Makes reference.json: survey statistics computed by scipy, numpy, pandas
and pingouin, which the Survey tests compare QualKit's own values with.

Run from the repository root (needs numpy, scipy, pandas, pingouin):
    pip install numpy scipy pandas pingouin
    python3 Tests/QualKitTests/Fixtures/Survey/make_reference.py
"""
import json
import os
import random

import numpy as np
import pandas as pd
import pingouin as pg
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7)


def mwu_case(x, y):
    result = stats.mannwhitneyu(x, y, alternative="two-sided")  # method="auto", continuity
    u1 = float(result.statistic)
    n1, n2 = len(x), len(y)
    ties = len(set(x + y)) < len(x + y)
    exact = (n1 <= 8 or n2 <= 8) and not ties
    case = {"x": x, "y": y, "U": u1, "p": float(result.pvalue), "method": "exact" if exact else "asymptotic",
            "rankBiserial": float(pg.mwu(np.array(x), np.array(y))["RBC"].iloc[0])}
    if not exact:
        asymptotic = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic")
        sign = 1 if u1 > n1 * n2 / 2 else -1
        # z from the asymptotic p-value, independently of the formula: |z| = isf(p/2).
        case["z"] = sign * float(stats.norm.isf(asymptotic.pvalue / 2)) if asymptotic.pvalue < 1 else 0.0
    return case


def mann_whitney():
    cases = [
        mwu_case([1.0, 4.0, 7.0], [2.0, 3.0, 5.0, 6.0, 8.0]),
        mwu_case([3.1, 5.2, 8.4, 9.9, 12.0], [1.0, 2.2, 2.9, 4.0]),
        mwu_case([10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0], [1.0, 2.0, 3.0]),
        mwu_case([float(v) for v in range(1, 9)], [float(v) + 0.5 for v in range(1, 21)]),
        mwu_case([1.0, 2.0, 2.0, 3.0], [2.0, 3.0, 4.0, 4.0, 4.0]),
    ]
    for n1, n2 in [(30, 35), (90, 88), (12, 200)]:
        x = [float(rng.choice([1, 2, 3, 4])) for _ in range(n1)]
        y = [float(rng.choice([1, 2, 2, 3, 3, 4])) for _ in range(n2)]
        cases.append(mwu_case(x, y))
    x = [rng.gauss(0.3, 1) for _ in range(40)]
    y = [rng.gauss(0, 1) for _ in range(45)]
    cases.append(mwu_case(x, y))
    return cases


def kruskal_wallis():
    samples = [
        [[1.0, 1.0], [3.0, 2.0], [4.0, 3.0]],
        [[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]],
    ]
    for sizes in [(40, 35, 50), (12, 9, 20, 30)]:
        samples.append([[float(rng.choice([1, 2, 3, 4] + [4] * i)) for _ in range(n)]
                        for i, n in enumerate(sizes)])
    out = []
    for groups in samples:
        result = stats.kruskal(*groups)
        out.append({"samples": groups, "H": float(result.statistic), "p": float(result.pvalue)})
    return out


def quantiles():
    arrays = [[4.0], [1.0, 2.0], [3.0, 1.0, 2.0], [1, 2, 3, 4], [1, 1, 2, 3, 4, 4, 4],
              [2.5, 7.1, 3.3, 9.0, 4.4, 1.2, 8.8, 6.0, 5.5, 3.9]]
    arrays += [[float(rng.choice([1, 2, 3, 4])) for _ in range(n)] for n in (5, 17, 101)]
    out = []
    for values in arrays:
        values = [float(v) for v in values]
        case = {"values": values, "mean": float(np.mean(values))}
        if len(values) > 1:
            case["sd"] = float(pd.Series(values).std())  # ddof = 1
        for name, method in (("type6", "weibull"), ("type7", "linear")):
            case[name] = [float(np.quantile(values, p, method=method)) for p in (0.25, 0.5, 0.75)]
        out.append(case)
    return out


def cronbach():
    out = []
    datasets = [
        [[4, 3, 4], [2, 2, 3], [3, 3, 3], [4, 4, 4], [1, 2, 1]],
        [[1, 2], [2, 1], [3, 3], [4, 4], [2, 3], [3, 2]],
    ]
    latent = [rng.gauss(0, 1) for _ in range(60)]
    datasets.append([[float(min(4, max(1, round(2.5 + t + rng.gauss(0, 0.8))))) for _ in range(4)] for t in latent])
    for rows in datasets:
        frame = pd.DataFrame(rows, dtype=float)
        alpha, _ = pg.cronbach_alpha(data=frame)
        out.append({"cases": [[float(v) for v in row] for row in rows], "alpha": float(alpha)})
    return out


def sample_survey():
    spec = json.load(open("Surveys/tki2.survey.json", encoding="utf-8"))
    scales = {
        "da4": ["I meget høj grad", "I nogen grad", "Kun i ringe grad", "Slet ikke"],
        "da5-agree": ["Helt enig", "Delvist enig", "Hverken enig eller uenig", "Delvist uenig", "Helt uenig"],
    }
    frame = pd.read_csv("Surveys/tki2.csv", sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    groups = list(dict.fromkeys(frame["arm"]))
    items = []
    values = {}
    for item in spec["items"]:
        labels = scales[item["scale"]]
        mapping = {label: float(len(labels) - i) for i, label in enumerate(labels)}
        column = frame[item["column"]].map(mapping)  # blanks and "Ved ikke" become NaN
        values[item["column"]] = column
        summary = {"column": item["column"], "groups": []}
        for group in groups + ["all"]:
            part = column if group == "all" else column[frame["arm"] == group]
            valid = part.dropna()
            top = set(sorted(mapping.values())[-2:])
            summary["groups"].append({
                "group": group, "N": int(len(part)), "n": int(len(valid)),
                "mean": float(valid.mean()), "sd": float(valid.std()),
                "median": float(valid.median()), "q1": float(valid.quantile(0.25)),
                "q3": float(valid.quantile(0.75)),
                "topTwoBox": float(valid.isin(top).mean() * 100),
            })
        first = column[frame["arm"] == groups[0]].dropna().tolist()
        second = column[frame["arm"] == groups[1]].dropna().tolist()
        summary["test"] = mwu_case(first, second)
        del summary["test"]["x"], summary["test"]["y"]
        items.append(summary)
    constructs = []
    for construct in dict.fromkeys(i["construct"] for i in spec["items"] if i.get("construct")):
        members = [i for i in spec["items"] if i.get("construct") == construct]
        columns = []
        for item in members:
            column = values[item["column"]]
            columns.append(5 - column if item.get("reverse") else column)  # da4: 1 + 4 - value
        scores = pd.concat(columns, axis=1)
        complete = scores.dropna()
        entry = {"id": construct, "groups": []}
        for group in groups + ["all"]:
            part = complete if group == "all" else complete[frame.loc[complete.index, "arm"] == group]
            alpha, _ = pg.cronbach_alpha(data=part)
            mean_scores = part.mean(axis=1)
            entry["groups"].append({"group": group, "nComplete": int(len(part)), "alpha": float(alpha),
                                    "mean": float(mean_scores.mean()), "sd": float(mean_scores.std())})
        per = complete.mean(axis=1)
        arm = frame.loc[complete.index, "arm"]
        entry["test"] = mwu_case(per[arm == groups[0]].tolist(), per[arm == groups[1]].tolist())
        del entry["test"]["x"], entry["test"]["y"]
        constructs.append(entry)
    return {"groups": groups, "items": items, "constructs": constructs}


def main():
    reference = {
        "tools": {"scipy": __import__("scipy").__version__, "numpy": np.__version__,
                  "pandas": pd.__version__, "pingouin": pg.__version__},
        "mannWhitney": mann_whitney(), "quantiles": quantiles(), "cronbach": cronbach(),
        "kruskalWallis": kruskal_wallis(),
        "sampleSurvey": sample_survey(),
    }
    with open(os.path.join(HERE, "reference.json"), "w", encoding="utf-8") as out:
        json.dump(reference, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
