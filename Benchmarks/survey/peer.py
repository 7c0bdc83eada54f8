#!/usr/bin/env python3
"""The peer of `qualkit survey describe --by arm --format json`: the same
statistics with pandas, numpy and scipy, end to end (read the CSV, map the
labels, describe every item per group and overall, Mann-Whitney U per item
and construct, construct scores and Cronbach's alpha per group), printing
the result as JSON.

    python3 peer.py survey.csv survey.survey.json
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats

LEVELS = {"I meget høj grad": 4.0, "I nogen grad": 3.0, "Kun i ringe grad": 2.0, "Slet ikke": 1.0}


def describe(values):
    valid = values.dropna()
    n = len(valid)
    counts = valid.value_counts()
    return {
        "N": int(len(values)), "n": n,
        "counts": {label: int(counts.get(value, 0)) for label, value in LEVELS.items()},
        "percent": {label: (float(counts.get(value, 0)) / n * 100 if n else None)
                    for label, value in LEVELS.items()},
        "median": float(valid.median()) if n else None,
        "q1": float(valid.quantile(0.25)) if n else None,
        "q3": float(valid.quantile(0.75)) if n else None,
        "mean": float(valid.mean()) if n else None,
        "sd": float(valid.std()) if n > 1 else None,
        "topTwoBox": float(valid.isin([3.0, 4.0]).mean() * 100) if n else None,
    }


def mwu(first, second):
    result = stats.mannwhitneyu(first, second, alternative="two-sided")
    return {"U": float(result.statistic), "p": float(result.pvalue),
            "rankBiserial": 2 * float(result.statistic) / (len(first) * len(second)) - 1}


def alpha(frame):
    k = frame.shape[1]
    if k < 2 or len(frame) < 2:
        return None
    total = frame.sum(axis=1).var(ddof=1)
    return float(k / (k - 1) * (1 - frame.var(ddof=1).sum() / total)) if total > 0 else None


def main():
    frame = pd.read_csv(sys.argv[1], sep=";", encoding="utf-8-sig", dtype=str,
                        keep_default_na=False)
    spec = json.load(open(sys.argv[2], encoding="utf-8"))
    groups = list(dict.fromkeys(frame["arm"]))
    masks = [frame["arm"] == g for g in groups]
    values = {}
    items = []
    for item in spec["items"]:
        raw = frame[item["column"]]
        column = raw.map(LEVELS)
        values[item["column"]] = 5 - column if item.get("reverse") else column
        summaries = []
        for name, mask in zip(groups + ["all"], masks + [None]):
            part = column if mask is None else column[mask]
            summary = describe(part)
            summary["group"] = name
            summary["blank"] = int((raw if mask is None else raw[mask]).eq("").sum())
            summary["dontKnow"] = int((raw if mask is None else raw[mask]).eq("Ved ikke").sum())
            summaries.append(summary)
        test = mwu(column[masks[0]].dropna(), column[masks[1]].dropna())
        items.append({"column": item["column"], "groups": summaries, "test": test})
    constructs = []
    for construct in dict.fromkeys(i["construct"] for i in spec["items"]):
        columns = [i["column"] for i in spec["items"] if i["construct"] == construct]
        scores = pd.concat([values[c] for c in columns], axis=1).dropna()
        entry = {"id": construct, "groups": []}
        for name, mask in zip(groups + ["all"], masks + [None]):
            part = scores if mask is None else scores[mask.loc[scores.index]]
            mean = part.mean(axis=1)
            entry["groups"].append({"group": name, "alpha": alpha(part), "nComplete": len(part),
                                    "mean": float(mean.mean()), "sd": float(mean.std())})
        score = scores.mean(axis=1)
        arm = frame.loc[scores.index, "arm"]
        entry["test"] = mwu(score[arm == groups[0]], score[arm == groups[1]])
        constructs.append(entry)
    json.dump({"respondents": len(frame), "items": items, "constructs": constructs}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
