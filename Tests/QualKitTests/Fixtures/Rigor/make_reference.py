#!/usr/bin/env python3
"""Reference values for the rigor statistics, computed independently of QualKit.

Run once; the tests state the values it prints (with the versions below):
    python3 make_reference.py > reference.txt

Python 3.11.7, numpy 1.26.4, scipy 1.12.0, statsmodels 0.14.4.
Unitizing alpha, saturation and the Fugard & Potts search are written out
here from their papers' definitions, in the plainest form (every pair of
sections, exact fractions; every run rebuilt from sets), not translated from
QualKit's code.
"""
from fractions import Fraction
import random

import numpy as np
import scipy
import statsmodels
from scipy.stats import binom, norm
from statsmodels.stats.inter_rater import cohens_kappa
from statsmodels.stats.proportion import proportion_confint

print(f"# numpy {np.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}")

# 1. Normal quantiles (scipy.stats.norm.ppf).
print("# quantiles")
for p in [1e-12, 1e-6, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999, 1 - 1e-9]:
    print(f"({p!r}, {norm.ppf(p)!r}),")

# 2. Wilson intervals (statsmodels proportion_confint, method='wilson').
print("# wilson")
for x, n, level in [(81, 263, 0.95), (15, 148, 0.95), (0, 20, 0.95), (1, 29, 0.95),
                    (131, 134, 0.95), (2395, 2412, 0.9), (7, 9, 0.99), (50, 50, 0.95)]:
    lo, hi = proportion_confint(x, n, alpha=1 - level, method="wilson")
    print(f"({x}, {n}, {level}, {lo!r}, {hi!r}),")

# 3. 2 x 2 tables: kappa from statsmodels, PI, BI, PABAK by definition, AC1 by Gwet (2008).
print("# twoByTwo (a, b, c, d, kappa, PI, BI, PABAK, AC1)")
rng = np.random.default_rng(24)
tables = [(40, 9, 6, 45), (80, 10, 5, 5), (20, 5, 10, 15), (45, 15, 25, 15), (25, 35, 5, 35)]
tables += [tuple(int(v) for v in rng.integers(0, 60, 4)) for _ in range(6)]
for a, b, c, d in tables:
    n = a + b + c + d
    kappa = cohens_kappa(np.array([[a, b], [c, d]]), return_results=False)
    pi = (a - d) / n
    bi = (b - c) / n
    pabak = 2 * (a + d) / n - 1
    coded = (2 * a + b + c) / (2 * n)
    pe = 2 * coded * (1 - coded)
    ac1 = ((a + d) / n - pe) / (1 - pe)
    print(f"({a}, {b}, {c}, {d}, {kappa!r}, {pi!r}, {bi!r}, {pabak!r}, {ac1!r}),")

# 4. Unitizing alpha: Krippendorff (2004, pp. 251-256), every pair of sections, exact.
def sections(units, length):
    out, pos = [], 0
    for s, e in sorted(units):
        if s > pos:
            out.append((pos, s - pos, 0))
        out.append((s, e - s, 1))
        pos = e
    if pos < length:
        out.append((pos, length - pos, 0))
    return out

def delta(g, h):
    (bg, lg, wg), (bh, lh, wh) = g, h
    if wg and wh and -lg < bg - bh < lh:
        return (bg - bh) ** 2 + (bg + lg - bh - lh) ** 2
    if wg and not wh and lh - lg >= bg - bh >= 0:
        return lg ** 2
    if not wg and wh and lg - lh >= bh - bg >= 0:
        return lh ** 2
    return 0

def unitizing(coders, length):
    m, L = len(coders), length
    secs = [sections(u, L) for u in coders]
    do = Fraction(0)
    for i in range(m):
        for j in range(m):
            if i != j:
                for g in secs[i]:
                    for h in secs[j]:
                        do += delta(g, h)
    do /= m * (m - 1) * L * L
    units = [s for c in secs for s in c if s[2]]
    gaps = [s for c in secs for s in c if not s[2]]
    N = len(units)
    num = Fraction(0)
    for (_, l, _) in units:
        num += Fraction((N - 1) * (2 * l ** 3 - 3 * l ** 2 + l), 3)
        num += l * l * sum(gl - l + 1 for (_, gl, _) in gaps if gl >= l)
    den = m * L * (m * L - 1) - sum(l * (l - 1) for (_, l, _) in units)
    de = Fraction(2, L) * num / den
    return do, de

print("# unitizing: Krippendorff (2004) example, category c and k")
example_c = [[(225, 295), (370, 400)], [(220, 300), (355, 375), (400, 420)]]
example_k = [[(180, 240), (300, 350)], [(180, 240), (300, 350)]]
shift = lambda coders: [[(s - 150, e - 150) for s, e in u] for u in coders]
for name, coders in [("c", example_c), ("k", example_k)]:
    do, de = unitizing(shift(coders), 300)
    print(name, float(do), float(de), float(1 - do / de))

print("# unitizing random (length, coders' units, Do, De)")
random.seed(24)
for case in range(5):
    length = random.randint(200, 900)
    m = random.choice([2, 2, 3, 4])
    coders = []
    for _ in range(m):
        units, pos = [], random.randint(0, 20)
        while True:
            start = pos + random.randint(1, 60)
            end = start + random.randint(1, 80)
            if end > length:
                break
            units.append((start, end))
            pos = end
        coders.append(units)
    do, de = unitizing(coders, length)
    print(f"({length}, {coders}, {float(do)!r}, {float(de)!r}),")

# 5. Binomial upper tails (scipy) and Fugard & Potts sample sizes (the smallest n, by search).
print("# binomial tails (k, n, p, P(X >= k))")
for k, n, p in [(2, 29, 0.1), (2, 28, 0.1), (1, 8, 0.2), (10, 21, 0.54), (5, 200, 0.06),
                (3, 1000, 0.001), (40, 60, 0.7)]:
    print(f"({k}, {n}, {p}, {binom.sf(k - 1, n, p)!r}),")
print("# Fugard & Potts (p, k, power, n)")
for p, k, power in [(0.1, 2, 0.8), (0.2, 1, 0.8), (0.25, 1, 0.9), (0.54, 10, 0.8),
                    (0.06, 5, 0.99), (0.01, 5, 0.8), (0.5, 3, 0.95)]:
    n = k
    while binom.sf(k - 1, n, p) < power:
        n += 1
    print(f"({p}, {k}, {power}, {n}),")

# 6. Donner & Eliasziw (1992): n = (z_(1-a/s) + z_power)^2 / sum (P(k1) - P(k0))^2 / P(k0).
print("# Donner-Eliasziw (k0, k1, pi, alpha, power, sides, n)")
def outcomes(k, pi):
    return [pi * pi + pi * (1 - pi) * k, 2 * pi * (1 - pi) * (1 - k), (1 - pi) ** 2 + pi * (1 - pi) * k]
for k0, k1, pi, alpha, power, sides in [(0.4, 0.7, 0.3, 0.05, 0.8, 1), (0.4, 0.7, 0.5, 0.05, 0.8, 1),
                                          (0.4, 0.7, 0.5, 0.05, 0.8, 2), (0.6, 0.8, 0.1, 0.05, 0.9, 1),
                                          (0.0, 0.4, 0.2, 0.05, 0.8, 2), (0.4, 0.6, 0.3, 0.01, 0.8, 1)]:
    p0, p1 = outcomes(k0, pi), outcomes(k1, pi)
    dist = sum((b - a) ** 2 / a for a, b in zip(p0, p1))
    z = norm.ppf(1 - alpha / sides) + norm.ppf(power)
    print(f"({k0}, {k1}, {pi}, {alpha}, {power}, {sides}, {z * z / dist!r}),")

# 7. Saturation (Guest, Namey & Chen 2020) with sets, and its spread over orders shuffled
#    by SplitMix64 (Steele et al. 2014) with Lemire's multiply-shift index, Fisher-Yates.
def assess(interviews, base, run, threshold):
    if len(interviews) < base + run:
        return ("tooFew",)
    base_codes = set().union(*interviews[:base])
    if not base_codes:
        return ("noBase",)
    last = None
    for start in range(base, len(interviews) - run + 1):
        before = set().union(*interviews[:start])
        new = len(set().union(*interviews[start:start + run]) - before)
        if new <= threshold * len(base_codes) + 1e-12:
            return ("reached", start + run, new, len(base_codes))
        last = ("notReached", start + 1, new, len(base_codes))
    return last

MASK = (1 << 64) - 1
class SplitMix64:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)
    def index(self, bound):
        return (bound * self.next()) >> 64

def spread(interviews, base, run, threshold, resamples, seed):
    g = SplitMix64(seed)
    points = []
    for _ in range(resamples):
        order = list(interviews)
        for i in range(len(order) - 1, 0, -1):
            j = g.index(i + 1)
            order[i], order[j] = order[j], order[i]
        result = assess(order, base, run, threshold)
        if result[0] == "reached":
            points.append(result[1])
    points.sort()
    return points

print("# saturation (interviews, base, run, threshold, assessment, reached, median, q025, q975)")
random.seed(2020)
codes = [f"c{i}" for i in range(40)]
weights = [1 / (i + 1) for i in range(40)]
for case in range(4):
    count = random.randint(8, 16)
    interviews = [set(random.choices(codes, weights, k=random.randint(3, 12))) for _ in range(count)]
    base, run, threshold = random.choice([(4, 2, 0.05), (6, 3, 0.05), (4, 2, 0.0), (5, 2, 0.1)])
    points = spread(interviews, base, run, threshold, 200, 7)
    med = float(np.quantile(points, 0.5)) if points else None
    lo = float(np.quantile(points, 0.025)) if points else None
    hi = float(np.quantile(points, 0.975)) if points else None
    print([sorted(s) for s in interviews], base, run, threshold, assess(interviews, base, run, threshold),
          len(points), med, lo, hi)
