"""Writes published worked examples as reliability-data CSV files (one row per
unit, one column per coder, empty cell = missing). Needs only the standard library.

Sources:
- krippendorff2011.csv: Krippendorff, K. (2011). Computing Krippendorff's
  Alpha-Reliability, section "C. Nominal data, any number of observers, missing
  values" (4 observers x 12 units). Printed alpha: nominal .743, ordinal .815,
  interval .849, ratio .797.
- fleiss-wikipedia.csv: the worked example of the Wikipedia article "Fleiss'
  kappa" (10 subjects, 14 raters, 5 categories), given there as counts per
  category; raters are expanded in category order. Printed: P-bar 0.378,
  P-bar_e 0.213, kappa 0.210.
- fleiss1971.csv: Fleiss (1971), Table 1 (30 patients, 6 psychiatrists,
  5 diagnoses), as in R irr's `diagnoses` and statsmodels' tests. Printed
  kappa .430 (R irr::kappam.fleiss: 0.4302445).
- cohen-sas.csv: the SAS PROC FREQ AGREE example copied into statsmodels'
  tests (3x3 table [[0,4,1],[0,8,0],[0,1,5]], rows = rater 1): simple kappa
  0.4842, weighted kappa (Cicchetti-Allison, i.e. linear) 0.4701.
- anxiety.csv: R irr's `anxiety` data (20 subjects, 3 raters); for raters 2
  and 3, irr::kappa2 gives unweighted -0.006289308, "equal" (linear) 0.1459075
  and "squared" 0.2520325.
- wikipedia-cohen-*.csv: the 2x2 examples of the Wikipedia article "Cohen's
  kappa": yes/yes 20, yes/no 5, no/yes 10, no/no 15 gives kappa 0.4; the
  table [[45,15],[25,15]] (same percent agreement as another) gives 0.1304.
"""
import csv

MISSING = None


def write(name, header, rows):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(["" if v is MISSING else v for v in row])


k = [  # observers A-D (rows) x units 1-12 (columns)
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
write("krippendorff2011.csv", ["unit", "A", "B", "C", "D"],
      [[u + 1] + [k[o][u] for o in range(4)] for u in range(12)])

fleiss_counts = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]
write("fleiss-wikipedia.csv", [f"r{i + 1}" for i in range(14)],
      [[c + 1 for c in range(5) for _ in range(counts[c])] for counts in fleiss_counts])

diagnoses = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4], [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5], [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5], [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]
write("fleiss1971.csv", [f"psychiatrist{i + 1}" for i in range(6)], diagnoses)


def expand(table):
    return [[i + 1, j + 1] for i, row in enumerate(table) for j, n in enumerate(row)
            for _ in range(n)]


write("cohen-sas.csv", ["rater1", "rater2"], expand([[0, 4, 1], [0, 8, 0], [0, 1, 5]]))

anxiety = [
    [3, 3, 2], [3, 6, 1], [3, 4, 4], [4, 6, 4], [5, 2, 3], [5, 4, 2], [2, 2, 1],
    [3, 4, 6], [5, 3, 1], [2, 3, 1], [2, 2, 1], [6, 3, 2], [1, 3, 3], [5, 3, 3],
    [2, 2, 1], [2, 2, 1], [1, 1, 3], [2, 3, 3], [4, 3, 2], [3, 4, 2],
]
write("anxiety.csv", ["rater2", "rater3"], [row[1:] for row in anxiety])

yes_no = [["yes", "no"][i] for i in range(2)]
for name, table in [("a", [[20, 5], [10, 15]]), ("b", [[45, 15], [25, 15]])]:
    write(f"wikipedia-cohen-{name}.csv", ["A", "B"],
          [[yes_no[i - 1], yes_no[j - 1]] for i, j in expand(table)])
