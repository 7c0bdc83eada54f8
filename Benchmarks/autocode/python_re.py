#!/usr/bin/env python3
"""The Python `re` alternative: one case-insensitive alternation of all
patterns (whole words; stems extended by `\\w*`; a phrase's spaces match any
whitespace), run with `finditer` over every file of a folder. Prints the
number of hits and the megabytes read.

    python3 python_re.py KEYWORDS_DIR CORPUS_DIR
"""

import os
import re
import sys


def main():
    keywords, corpus = sys.argv[1], sys.argv[2]
    with open(os.path.join(keywords, "keywords.txt"), encoding="utf-8") as file:
        patterns = [line.strip() for line in file if line.strip()]
    whole = sorted((p for p in patterns if not p.endswith("*")), key=len, reverse=True)
    stems = sorted((p[:-1] for p in patterns if p.endswith("*")), key=len, reverse=True)
    def escaped(pattern):
        return r"\s+".join(re.escape(word) for word in pattern.split(" "))
    expression = (r"(?<!\w)(?:(?:" + "|".join(map(escaped, whole)) + r")(?!\w)|(?:"
                  + "|".join(map(escaped, stems)) + r")\w*)")
    regex = re.compile(expression, re.IGNORECASE)
    hits = 0
    size = 0
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), encoding="utf-8") as file:
            text = file.read()
        size += len(text.encode())
        for _ in regex.finditer(text):
            hits += 1
    print(hits, size / 1e6)


if __name__ == "__main__":
    main()
