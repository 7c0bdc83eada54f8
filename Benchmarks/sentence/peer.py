#!/usr/bin/env python3
"""The Python peer of `qualkit autocode --scope sentence`: keyword hits with
`re`, each widened to its sentence, one line per code and sentence.

    python3 peer.py CODEBOOK.json TRANSCRIPT.txt...

The rules follow qualkit's as far as `re` allows (see Benchmarks/README.md):
per code one case-insensitive alternation of its patterns (whole words with
`(?<!\\w)...(?!\\w)`, stems `stem\\w*`, a phrase's spaces `\\s+`, æ/ø/å also
as ae/oe/aa); only turn texts are searched (the text after `LABEL: ` on each
line after the front matter). A sentence ends after `.`, `!`, `?` or `…`
followed by whitespace or the end of the turn, or between the two line
breaks of a blank line; whitespace at its edges is trimmed, but never into
the hit. The sentence ends of a turn are found once, and each hit's
sentence by binary search, so the cost is linear in the length of a turn.
Each code-and-sentence unit is written as a JSON line to standard output;
the number of units goes to standard error.
"""

import bisect
import json
import re
import sys

FOLDS = [("ae", "æ"), ("oe", "ø"), ("aa", "å")]
LABEL = re.compile(r"([^\s:][^:\n]{0,40}):\s?")
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n(?=\n)")


def pattern_expression(pattern):
    """The `re` source of one codebook pattern."""
    if pattern.startswith("re:"):
        return pattern[3:], False
    stem = pattern.endswith("*")
    body = pattern[:-1] if stem else pattern
    body = body.casefold()
    for ascii_form, letter in FOLDS:
        body = body.replace(letter, ascii_form)
    words = []
    for word in body.split(" "):
        escaped = re.escape(word)
        for ascii_form, letter in FOLDS:
            escaped = escaped.replace(ascii_form, f"(?:{ascii_form}|{letter})")
        words.append(escaped)
    source = r"\s+".join(words)
    return (r"(?<!\w)" + source + (r"\w*" if stem else r"(?!\w)")), True


def code_expressions(codebook):
    """One compiled alternation per code that has patterns (exclusions are left out)."""
    result = []

    def walk(codes):
        for code in codes:
            parts = [pattern_expression(p)[0] for p in code.get("keywords", [])
                     if not p.startswith("-")]
            if parts and code.get("codable", True):
                result.append((code["id"], re.compile("|".join(parts), re.IGNORECASE)))
            walk(code.get("children", []))

    walk(codebook["codes"])
    return result


def turns(text):
    """(start, end) of each turn's text: after the label, to the end of its line."""
    lines = text.split("\n")
    offset = 0
    in_front = lines and lines[0] == "---"
    for index, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        if in_front:
            if index > 0 and line == "---":
                in_front = False
            continue
        match = LABEL.match(line)
        if match and match.end() < len(line):
            yield start + match.end(), start + len(line)


def widen(turn, ends, hit_start, hit_end):
    """The sentence of `turn` around the hit, as offsets into `turn`."""
    index = bisect.bisect_right(ends, hit_start)
    start = ends[index - 1] if index else 0
    while start < hit_start and turn[start].isspace():
        start += 1
    stop_from = max(hit_end, hit_start)
    index = bisect.bisect_left(ends, stop_from)
    end = ends[index] if index < len(ends) else len(turn)
    while end > hit_end and turn[end - 1].isspace():
        end -= 1
    return start, end


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        codes = code_expressions(json.load(file))
    out = sys.stdout
    units = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as file:
            text = file.read()
        for turn_start, turn_end in turns(text):
            turn = text[turn_start:turn_end]
            ends = [match.end() for match in SENTENCE_END.finditer(turn)]
            seen = set()
            lines = []
            for code, expression in codes:
                for match in expression.finditer(turn):
                    if match.end() == match.start():
                        continue
                    start, end = widen(turn, ends, match.start(), match.end())
                    key = (start, end, code)
                    if key in seen:
                        continue
                    seen.add(key)
                    lines.append((start, end, code, json.dumps(
                        {"code": code, "start": turn_start + start, "end": turn_start + end,
                         "text": turn[start:end]}, ensure_ascii=False)))
            lines.sort()
            out.write("".join(line[3] + "\n" for line in lines))
            units += len(lines)
    print(units, file=sys.stderr)


if __name__ == "__main__":
    main()
