#!/usr/bin/env python3
"""Derives ripgrep pattern files and a words-only codebook from keywords.txt.

    python3 patterns.py KEYWORDS_DIR
    python3 patterns.py --no-hits KEYWORDS_DIR NEW_DIR

writes into KEYWORDS_DIR (with --no-hits, first copies its keywords.txt and
codebook.json to NEW_DIR with `qz` appended to every pattern, then works on
NEW_DIR):

- `literals.txt`: every pattern as a literal for `rg -F -i -w`, stems
  without their `*` (so the same number of patterns as the codebook);
- `regex.txt`: every pattern as a regular expression for `rg -i -w`, stems
  as `stem\\w*`, everything else escaped;
- `words.txt` and `codebook-words.json`: the patterns whose meaning is the
  same for qualkit and ripgrep: single whole words (no stems, no phrases),
  ASCII letters only and without `ae`, `oe` or `aa` (which qualkit also
  matches as æ, ø, å), distinct ignoring case, all in one code so that every
  span is reported once.
"""

import json
import os
import re
import sys


def escaped(pattern):
    """Escapes the characters that are special in ripgrep's (Rust) syntax."""
    return re.sub(r"([\\.+*?()|\[\]{}^$#&~-])", r"\\\1", pattern)


def without_hits(source, target):
    """Copies keywords.txt and codebook.json with `qz` appended to every
    pattern (before a stem's `*`), so that nothing in the corpus hits."""
    def changed(pattern):
        return pattern[:-1] + "qz*" if pattern.endswith("*") else pattern + "qz"
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(source, "keywords.txt"), encoding="utf-8") as file:
        lines = [changed(line.strip()) for line in file if line.strip()]
    with open(os.path.join(target, "keywords.txt"), "w", encoding="utf-8") as file:
        file.write("".join(line + "\n" for line in lines))
    with open(os.path.join(source, "codebook.json"), encoding="utf-8") as file:
        codebook = json.load(file)
    for code in codebook["codes"]:
        code["keywords"] = [changed(pattern) for pattern in code["keywords"]]
    with open(os.path.join(target, "codebook.json"), "w", encoding="utf-8") as file:
        json.dump(codebook, file, ensure_ascii=False, indent=2)


FOLDS = (("æ", "ae"), ("ø", "oe"), ("å", "aa"))


def folded(word):
    word = word.lower()
    for letter, pair in FOLDS:
        word = word.replace(letter, pair)
    return word


def spellings(word):
    """Every string whose folded form is that of `word`."""
    word = folded(word)
    if not word:
        return {""}
    result = set()
    for letter, pair in FOLDS:
        if word.startswith(pair):
            result |= {letter + rest for rest in spellings(word[2:])}
    result |= {word[0] + rest for rest in spellings(word[1:])}
    return result


def main():
    if sys.argv[1] == "--no-hits":
        without_hits(sys.argv[2], sys.argv[3])
        folder = sys.argv[3]
    else:
        folder = sys.argv[1]
    with open(os.path.join(folder, "keywords.txt"), encoding="utf-8") as file:
        patterns = [line.strip() for line in file if line.strip()]
    literals, regexes, words, seen = [], [], [], set()
    all_words, all_spellings, seen_folded = [], [], set()
    for pattern in patterns:
        if pattern.endswith("*"):
            literals.append(pattern[:-1])
            regexes.append(escaped(pattern[:-1]) + r"\w*")
            continue
        literals.append(pattern)
        regexes.append(escaped(pattern))
        lower = pattern.lower()
        if " " not in pattern and folded(pattern) not in seen_folded:
            seen_folded.add(folded(pattern))
            all_words.append(pattern)
            all_spellings += sorted(spellings(pattern))
        if (re.fullmatch(r"[a-z]+", lower) and not re.search("ae|oe|aa", lower)
                and lower not in seen):
            seen.add(lower)
            words.append(pattern)
    for name, lines in (("literals.txt", literals), ("regex.txt", regexes), ("words.txt", words),
                        ("spellings.txt", all_spellings)):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
            file.write("".join(line + "\n" for line in lines))
    codebook = {"format": "qualkit-codebook", "version": 1, "name": "Benchmark words",
                "codes": [{"id": "w", "label": "Words", "keywords": words}]}
    with open(os.path.join(folder, "codebook-words.json"), "w", encoding="utf-8") as file:
        json.dump(codebook, file, ensure_ascii=False, indent=2)
    codebook["codes"][0]["keywords"] = all_words
    with open(os.path.join(folder, "codebook-spellings.json"), "w", encoding="utf-8") as file:
        json.dump(codebook, file, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
