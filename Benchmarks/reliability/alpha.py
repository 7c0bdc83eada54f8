"""Krippendorff's alpha (nominal) with the PyPI `krippendorff` package, end to end:
load the CSV with pandas (C parser), turn the category labels into numeric codes
(pandas.factorize; empty cells become NaN), compute alpha, print it with repr().

    python3 alpha.py units.csv
"""
import sys

import krippendorff
import numpy as np
import pandas as pd

frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
coders = frame.columns[1:] if frame.columns[0].lower() == "unit" else frame.columns
values = frame[coders].to_numpy()
codes, _ = pd.factorize(values.ravel())
data = codes.astype(float).reshape(values.shape)
data[values == ""] = np.nan
# factorize also gives "" a code; those cells are NaN now, so it is never counted.
alpha = krippendorff.alpha(reliability_data=data.T, level_of_measurement="nominal")
print(repr(float(alpha)))
