#!/usr/bin/env python3
"""The scikit-learn peer of the assisted-coding benchmark.

Reads the units learn-harness wrote (QualKit's terms for each unit, its
fold and the codes the coders gave it) and does what QualKit does with them,
with scikit-learn (1.9.1 when measured): `TfidfVectorizer(min_df=2,
max_features=5000)` on the same terms, then per code with at least 3 coded
units `LogisticRegression(C=1, class_weight="balanced", tol=1e-4,
max_iter=1000)` and, apart, `MultinomialNB(alpha=1, fit_prior=False)`;
cross-validated on the same folds, proposing where the probability is at
least 0.5; and times fitting on all units (median of --runs). Prints JSON.

    python3 Benchmarks/learn/sklearn_peer.py features.jsonl qualkit.json --runs 5
"""

import argparse
import json
import statistics
import time
import warnings

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import cohen_kappa_score
from sklearn.naive_bayes import MultinomialNB

warnings.filterwarnings("ignore")  # kappa of constant columns: reported as null


def identity(document):
    return document


def vectorizer():
    return TfidfVectorizer(analyzer=identity, min_df=2, max_features=5000)


def logistic():
    return LogisticRegression(C=1.0, class_weight="balanced", tol=1e-4, max_iter=1000)


def bayes():
    return MultinomialNB(alpha=1.0, fit_prior=False)


def kappa(truth, predicted):
    value = cohen_kappa_score(truth, predicted)
    return None if np.isnan(value) else float(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("features")
    parser.add_argument("qualkit", help="learn-harness's JSON, for the codes in order")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with open(args.features, encoding="utf-8") as f:
        units = [json.loads(line) for line in f]
    with open(args.qualkit, encoding="utf-8") as f:
        codes = [entry["code"] for entry in json.load(f)["codes"]]
    documents = [unit["terms"] for unit in units]
    folds = np.array([unit["fold"] for unit in units])
    labels = {code: np.array([code in unit["codes"] for unit in units], dtype=int) for code in codes}

    models = {"logistic": logistic, "naiveBayes": bayes}
    predicted = {name: {code: np.zeros(len(units), dtype=int) for code in codes} for name in models}
    for fold in sorted(set(folds.tolist())):
        train = np.where(folds != fold)[0]
        test = np.where(folds == fold)[0]
        features = vectorizer()
        x_train = features.fit_transform([documents[i] for i in train])
        x_test = features.transform([documents[i] for i in test])
        for code in codes:
            y = labels[code][train]
            if y.sum() < 3 or y.sum() == len(y):
                continue
            for name, make in models.items():
                probability = make().fit(x_train, y).predict_proba(x_test)[:, 1]
                predicted[name][code][test] = probability >= 0.5

    result = {"codes": [], "pooled": {}, "seconds": {}}
    for code in codes:
        entry = {"code": code, "coded": int(labels[code].sum())}
        for name in models:
            guess = predicted[name][code]
            both = int((guess & labels[code]).sum())
            proposed = int(guess.sum())
            total = proposed + int(labels[code].sum())
            entry[name] = {"proposed": proposed, "both": both,
                           "f1": 2 * both / total if total else None,
                           "kappa": kappa(labels[code], guess)}
        result["codes"].append(entry)
    truth = np.concatenate([labels[code] for code in codes])
    for name in models:
        guess = np.concatenate([predicted[name][code] for code in codes])
        both = int((guess & truth).sum())
        result["pooled"][name + "Kappa"] = kappa(truth, guess)
        result["pooled"][name + "F1"] = 2 * both / (int(guess.sum()) + int(truth.sum()))

    trained = [code for code in codes if labels[code].sum() >= 3]
    times = {"features": [], "logistic": [], "naiveBayes": []}
    iterations = []
    for _ in range(args.runs):
        start = time.perf_counter()
        features = vectorizer()
        x = features.fit_transform(documents)
        times["features"].append(time.perf_counter() - start)
        start = time.perf_counter()
        iterations = [int(logistic().fit(x, labels[code]).n_iter_[0]) for code in trained]
        times["logistic"].append(time.perf_counter() - start)
        start = time.perf_counter()
        for code in trained:
            bayes().fit(x, labels[code])
        times["naiveBayes"].append(time.perf_counter() - start)
    result["terms"] = len(features.vocabulary_)
    result["seconds"] = {name: statistics.median(values) for name, values in times.items()}
    result["iterations"] = iterations
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
