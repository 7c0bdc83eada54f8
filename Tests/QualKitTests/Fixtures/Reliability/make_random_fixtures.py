"""Writes random reliability data sets and the values that independent
implementations give for them (krippendorff 0.9, statsmodels 0.15, irrCAC 0.4).

Run once with those packages installed:  python3 make_random_fixtures.py
The tests read the CSV files and random-expected.csv; they do not need Python.
"""
import csv

import krippendorff
import numpy as np
import pandas as pd
from irrCAC.raw import CAC
from statsmodels.stats.inter_rater import cohens_kappa

rng = np.random.default_rng(20261124)


def make(units, coders, categories, missing, truth_weight=0.6):
    """Units x coders integers in 1..categories (NaN = missing), with some agreement."""
    truth = rng.integers(1, categories + 1, size=units)
    data = np.empty((units, coders))
    for c in range(coders):
        noise = rng.integers(1, categories + 1, size=units)
        keep = rng.random(units) < truth_weight
        data[:, c] = np.where(keep, truth, noise)
    data[rng.random((units, coders)) < missing] = np.nan
    return data


def write_csv(name, data, decimals=0):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["unit"] + [f"coder{c + 1}" for c in range(data.shape[1])])
        for u, row in enumerate(data):
            cells = ["" if np.isnan(v) else (f"{v:.{decimals}f}" if decimals else str(int(v)))
                     for v in row]
            w.writerow([f"u{u + 1}"] + cells)


rows = []


def expect(file, statistic, level, weights, categories, value):
    rows.append([file, statistic, level, weights, categories, repr(float(value))])


def alpha_all(file, data, declared=None, levels=("nominal", "ordinal", "interval", "ratio")):
    for level in levels:
        domain = declared if (declared and level in ("nominal", "ordinal")) else None
        value = krippendorff.alpha(reliability_data=data.T, level_of_measurement=level,
                                   value_domain=domain)
        expect(file, "alpha", level, "none", cats(declared), value)


def cats(declared):
    return " ".join(str(c) for c in declared) if declared else ""


def gwet_family(file, data, declared=None):
    frame = pd.DataFrame(data)
    cac = CAC(frame, categories=declared, digits=15)
    fleiss = cac.fleiss()["est"]
    expect(file, "percent", "nominal", "none", cats(declared), fleiss["pa"])
    expect(file, "fleiss", "nominal", "none", cats(declared), fleiss["coefficient_value"])
    cac = CAC(frame, categories=declared, digits=15)
    expect(file, "ac1", "nominal", "none", cats(declared), cac.gwet()["est"]["coefficient_value"])
    cac = CAC(frame, categories=declared, digits=15)
    expect(file, "bp", "nominal", "none", cats(declared), cac.bp()["est"]["coefficient_value"])


def two_coder(file, data, declared):
    complete = data[~np.isnan(data).any(axis=1)]
    q = len(declared)
    table = np.zeros((q, q))
    for a, b in complete:
        table[declared.index(int(a)), declared.index(int(b))] += 1
    for wt in ("none", "linear", "quadratic"):
        res = cohens_kappa(table, wt=None if wt == "none" else wt)
        expect(file, "cohen", "nominal", wt, cats(declared), res.kappa)
    # For two coders with no missing values, Fleiss' kappa is Scott's pi.
    cac = CAC(pd.DataFrame(complete), categories=declared, digits=15)
    expect(file, "scott", "nominal", "none", cats(declared),
           cac.fleiss()["est"]["coefficient_value"])


d1 = make(60, 2, 4, 0.1)
write_csv("random-2coders.csv", d1)
two_coder("random-2coders.csv", d1, [1, 2, 3, 4])
alpha_all("random-2coders.csv", d1)
gwet_family("random-2coders.csv", d1)

d2 = make(200, 5, 3, 0.2)
write_csv("random-5coders.csv", d2)
alpha_all("random-5coders.csv", d2)
gwet_family("random-5coders.csv", d2)

d3 = make(80, 3, 6, 0.15)
declared = [1, 2, 3, 4, 5, 6, 7]  # 7 is never used
write_csv("random-declared.csv", d3)
alpha_all("random-declared.csv", d3, declared=declared, levels=("nominal", "ordinal"))
gwet_family("random-declared.csv", d3, declared=declared)

d4 = np.round(make(300, 4, 100, 0.1) / 10.0, 1)
write_csv("random-interval.csv", d4, decimals=1)
alpha_all("random-interval.csv", d4, levels=("interval", "ratio"))

with open("random-expected.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "statistic", "level", "weights", "categories", "value"])
    w.writerows(rows)
print(len(rows), "expected values")
