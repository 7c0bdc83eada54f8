#!/usr/bin/env python3
"""Prints QualKit's and scikit-learn's figures side by side, with the ratios.

    python3 Benchmarks/learn/compare.py qualkit.json sklearn.json [--name NAME]
"""

import argparse
import json


def number(value, decimals=3):
    return "n/a" if value is None else "%.*f" % (decimals, value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("qualkit")
    parser.add_argument("sklearn")
    parser.add_argument("--name", default="")
    args = parser.parse_args()
    with open(args.qualkit, encoding="utf-8") as f:
        ours = json.load(f)
    with open(args.sklearn, encoding="utf-8") as f:
        theirs = json.load(f)
    print("%s: %d units in %d transcripts, %d terms (scikit-learn %d), %d codes trained, language %s"
          % (args.name, ours["units"], ours["transcripts"], ours["terms"], theirs["terms"],
             ours["codesTrained"], ours["language"]))
    print()
    header = "%-30s %6s | %-23s | %-23s | %-23s | %-23s" % (
        "code", "coded", "F1 logistic qk / sk", "kappa logistic qk / sk",
        "F1 naive Bayes qk / sk", "kappa naive Bayes qk / sk")
    print(header)
    print("-" * len(header))
    largest = {"logistic": 0.0, "naiveBayes": 0.0}
    for mine, peer in zip(ours["codes"], theirs["codes"]):
        cells = []
        for name in ("logistic", "naiveBayes"):
            a, b = mine[name] or {}, peer[name]
            for key in ("f1", "kappa"):
                cells.append("%9s / %-11s" % (number(a.get(key)), number(b.get(key))))
                if a.get(key) is not None and b.get(key) is not None:
                    largest[name] = max(largest[name], abs(a[key] - b[key]))
        print("%-30s %6d | %s" % (mine["code"], mine["coded"], " | ".join(cells)))
    pooled = ours["pooled"]
    peer = theirs["pooled"]
    print("%-30s %6s | %9s / %-11s | %9s / %-11s | %9s / %-11s | %9s / %-11s" % (
        "pooled", "", number(pooled["logisticF1"]), number(peer["logisticF1"]),
        number(pooled["logisticKappa"]), number(peer["logisticKappa"]),
        number(pooled["naiveBayesF1"]), number(peer["naiveBayesF1"]),
        number(pooled["naiveBayesKappa"]), number(peer["naiveBayesKappa"])))
    print("largest difference of a code's F1 or kappa: logistic %.3f, naive Bayes %.3f"
          % (largest["logistic"], largest["naiveBayes"]))
    print()
    mine, peer = ours["seconds"], theirs["seconds"]
    print("fitting on all units (median):      qualkit          scikit-learn   ratio (sk / qk)")
    rows = [("tf-idf features", mine["features"], peer["features"]),
            ("logistic regression, every code", mine["logistic"], peer["logistic"]),
            ("  the same on all cores (qualkit)", mine["logisticAllCores"], peer["logistic"]),
            ("naive Bayes, every code", mine["naiveBayes"], peer["naiveBayes"])]
    for label, a, b in rows:
        print("  %-34s %8.3f s     %8.3f s     %6.1f x" % (label, a, b, b / a if a else float("inf")))
    print("  (qualkit's term extraction, which the peer is given done: %.3f s)" % mine["extractTerms"])
    print("  L-BFGS iterations per code: qualkit %s, scikit-learn %s" % (
        summary(ours["iterations"]), summary(theirs["iterations"])))


def summary(values):
    if not values:
        return "none"
    values = sorted(values)
    return "median %d (%d-%d)" % (values[len(values) // 2], values[0], values[-1])


if __name__ == "__main__":
    main()
