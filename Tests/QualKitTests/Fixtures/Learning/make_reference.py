"""Reference values for Tests/QualKitTests/Learning/*ReferenceTests.swift.

Computed once with scikit-learn 1.9.1, scipy 1.17.1 and numpy 2.4.6
(pip install scikit-learn); the tests state the printed numbers. Run:

    python3 Tests/QualKitTests/Fixtures/Learning/make_reference.py
"""
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import MultinomialNB

# Eight small documents of terms (already extracted), and whether each is coded.
DOCUMENTS = [
    ["plan", "mål", "plan", "job"],
    ["mål", "egne mål", "plan"],
    ["træt", "søvn", "stress"],
    ["stress", "træt", "job"],
    ["plan", "job", "møde"],
    ["søvn", "træt", "overskud"],
    ["mål", "møde", "egne mål"],
    ["overskud", "stress", "søvn", "træt"],
]
LABELS = [1, 1, 0, 0, 1, 0, 0, 0]

vectorizer = TfidfVectorizer(analyzer=lambda d: d, min_df=2)
X = vectorizer.fit_transform(DOCUMENTS)
print("terms", list(vectorizer.get_feature_names_out()))
print("idf", [float(round(v, 12)) for v in vectorizer.idf_])
print("row0", [(int(j), float(round(v, 12))) for j, v in zip(X[0].indices, X[0].data)])

for balanced in (True, False):
    model = LogisticRegression(
        C=1.0, class_weight="balanced" if balanced else None, tol=1e-12, max_iter=100000)
    model.fit(X, LABELS)
    print("logistic balanced" if balanced else "logistic plain",
          [float(round(v, 8)) for v in model.coef_[0]], float(round(model.intercept_[0], 8)))
    print("  probabilities", [float(round(p, 8)) for p in model.predict_proba(X)[:, 1]])

model = LogisticRegression(C=0.1, class_weight="balanced", tol=1e-12, max_iter=100000)
model.fit(X, LABELS)
print("logistic C=0.1", [float(round(v, 8)) for v in model.coef_[0]],
      float(round(model.intercept_[0], 8)))

nb = MultinomialNB(alpha=1.0, fit_prior=False).fit(X, LABELS)
print("naive bayes", [float(round(v, 10)) for v in (nb.feature_log_prob_[1] - nb.feature_log_prob_[0])])
print("  probabilities", [float(round(p, 10)) for p in nb.predict_proba(X)[:, 1]])
