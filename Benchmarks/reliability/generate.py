"""Writes the reliability benchmark input: 1,000,000 units x 3 coders (about 23 MB).

Deterministic (seeded Mersenne Twister); the standard library only.
Each unit has a true category among cat1..cat5; each coder reports it with
probability 0.7, else a random category; 5% of cells are empty (missing).

    python3 generate.py [UNITS] > units.csv
"""
import random
import sys

units = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(20261124)
out = sys.stdout
out.write("unit,coder_a,coder_b,coder_c\n")
lines = []
for unit in range(1, units + 1):
    truth = rng.randrange(1, 6)
    cells = []
    for _ in range(3):
        if rng.random() < 0.05:
            cells.append("")
        elif rng.random() < 0.7:
            cells.append(f"cat{truth}")
        else:
            cells.append(f"cat{rng.randrange(1, 6)}")
    lines.append(f"u{unit:07d},{cells[0]},{cells[1]},{cells[2]}\n")
    if len(lines) == 10_000:
        out.write("".join(lines))
        lines.clear()
out.write("".join(lines))
