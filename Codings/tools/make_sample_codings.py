#!/usr/bin/env python3
"""Makes the fictional sample coders' files Codings/anna.jsonl and Codings/bo.jsonl.

Every coding is made with `qualkit tag`, so spans, text and hashes are the
tool's own. A whole line is tagged by its line number; part of a line is
tagged with --span, its offsets found by first tagging the whole line in a
scratch copy of the project and locating the phrase in the coding's text
(Python string indices are Unicode scalars, as QualKit's offsets are).

Run from the repository root after `swift build`:
    python3 Codings/tools/make_sample_codings.py
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.getcwd()
QUALKIT = os.path.join(ROOT, ".build", "debug", "qualkit")

# (coder, transcript, line, code, phrase start, phrase end, memo); no phrase = whole line.
PLAN = [
    # B01
    ("anna", "B01", 26, "tripartite-meeting", None, None, None),
    ("bo", "B01", 26, "tripartite-meeting", None, None, None),
    ("anna", "B01", 30, "own-goals", "Jeg sagde", "hvis du forstår.", None),
    ("bo", "B01", 30, "own-goals", "Det var mine mål", "hvis du forstår.", None),
    ("anna", "B01", 34, "plan-adjusted", None, None, None),
    ("bo", "B01", 34, "plan-adjusted", None, None, None),
    ("anna", "B01", 38, "co-location", None, None, None),
    ("bo", "B01", 38, "co-location", "Fordi efter holdtræningen", "banke på.", None),
    ("anna", "B01", 43, "single-entry", None, None,
     "Contrast with an earlier sick leave: now 'one course, not three'."),
    ("anna", "B01", 47, "life-situation", None, None, None),
    ("bo", "B01", 47, "life-situation", None, None, None),
    ("anna", "B01", 51, "coping-strategies", "jeg har lært at holde pauser", "Man skal dosere.", None),
    ("bo", "B01", 51, "coping-strategies", None, None, None),
    ("bo", "B01", 51, "energy", "Jeg har fået mere overskud", "bekymre mig.", None),
    ("anna", "B01", 55, "feeling-safe", None, None, None),
    ("bo", "B01", 55, "feeling-safe", None, None, None),
    ("anna", "B01", 59, "workplace-contact", None, None, None),
    ("bo", "B01", 59, "workplace-contact", None, None, None),
    ("anna", "B01", 67, "timing-of-return", None, None, None),
    ("bo", "B01", 67, "work-motivation", None, None, None),
    ("bo", "B01", 75, "being-heard", None, None, "'Seen as a whole person, not just a case.'"),
    # B02
    ("anna", "B02", 10, "tripartite-meeting", None, None, None),
    ("bo", "B02", 10, "tripartite-meeting", None, None, None),
    ("anna", "B02", 14, "own-goals", None, None, None),
    ("bo", "B02", 14, "own-goals", None, None, None),
    ("anna", "B02", 16, "agreed-collaboration", None, None, None),
    ("bo", "B02", 16, "co-location", "Hun er jo lige her i huset", "meget praktisk.", None),
    ("anna", "B02", 18, "co-location", None, None, None),
    ("bo", "B02", 18, "co-location", None, None, None),
    ("anna", "B02", 22, "energy", None, None, None),
    ("bo", "B02", 22, "energy", None, None, None),
    ("anna", "B02", 24, "coping-strategies", None, None, None),
    ("bo", "B02", 24, "coping-strategies", None, None, None),
    ("anna", "B02", 28, "workplace-contact", None, None, None),
    ("bo", "B02", 28, "workplace-contact", None, None, None),
    ("anna", "B02", 30, "timing-of-return", None, None, None),
    ("bo", "B02", 30, "timing-of-return", None, None, None),
    ("anna", "B02", 32, "work-motivation", None, None, None),
    ("bo", "B02", 32, "work-motivation", "Jeg glæder mig", "med hænderne.", None),
    ("anna", "B02", 34, "single-entry", None, None, None),
    ("bo", "B02", 34, "single-entry", None, None, None),
    ("bo", "B02", 34, "being-heard", "Og at de har set mig", "ikke bare diagnosen.", None),
    # B03
    ("anna", "B03", 6, "single-entry", None, None, "Negative case: three caseworkers, starting over."),
    ("bo", "B03", 6, "single-entry", None, None, None),
    ("anna", "B03", 12, "continuous-collaboration", None, None, None),
    ("bo", "B03", 12, "continuous-collaboration", None, None, None),
    ("anna", "B03", 14, "stress", None, None, None),
    ("bo", "B03", 14, "stress", None, None, None),
    ("anna", "B03", 18, "workplace-contact", None, None, None),
    ("bo", "B03", 18, "workplace-contact", None, None, None),
    ("anna", "B03", 22, "coping-strategies", None, None, None),
    ("bo", "B03", 22, "coping-strategies", None, None, None),
    ("anna", "B03", 22, "energy", "Jeg har ikke så meget overskud", "i seng.", None),
    ("anna", "B03", 26, "work-motivation", None, None, None),
    ("bo", "B03", 26, "work-motivation", None, None, None),
    ("bo", "B03", 26, "job-clarification", "Så måske skal jeg noget andet.", "undersøge.", None),
    ("anna", "B03", 28, "timing-of-return", None, None, None),
    # B05
    ("anna", "B05", 14, "stress", None, None, None),
    ("bo", "B05", 14, "stress", None, None, None),
    ("anna", "B05", 22, "tripartite-meeting", None, None, None),
    ("bo", "B05", 22, "tripartite-meeting", None, None, None),
    ("anna", "B05", 22, "being-heard", "Jeg foelte mig hoert", "ikke ogsaa.", None),
    ("anna", "B05", 26, "joint-plan", None, None, None),
    ("bo", "B05", 26, "joint-plan", None, None, None),
    ("anna", "B05", 30, "own-goals", None, None, None),
    ("bo", "B05", 30, "own-goals", None, None, None),
    ("anna", "B05", 30, "life-situation", "Det var hele min livssituation.", None, None),
    ("bo", "B05", 30, "life-situation", "Det var hele min livssituation.", None, None),
    ("anna", "B05", 38, "plan-adjusted", None, None, None),
    ("bo", "B05", 38, "plan-adjusted", None, None, None),
    ("anna", "B05", 42, "continuous-collaboration", None, None, None),
    ("bo", "B05", 42, "continuous-collaboration", None, None, None),
    ("anna", "B05", 46, "coping-strategies", None, None, None),
    ("bo", "B05", 46, "coping-strategies", None, None, None),
    ("bo", "B05", 46, "energy", "Og jeg har fået mere energi.", "i efteråret.", None),
    ("anna", "B05", 54, "workplace-contact", None, None, None),
    ("bo", "B05", 54, "stress", None, None, None),
    ("anna", "B05", 58, "job-clarification", None, None, None),
    ("bo", "B05", 58, "job-clarification", None, None, None),
    ("anna", "B05", 62, "timing-of-return", None, None, None),
    ("bo", "B05", 62, "timing-of-return", None, None, None),
    ("anna", "B05", 62, "work-motivation", "Jeg vil gerne tilbage.", "det er det, jeg kan.", None),
]


def qualkit(args, cwd):
    result = subprocess.run([QUALKIT] + args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"qualkit {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")


def line_coding(scratch, transcript, line, code, cache={}):
    """The coding `qualkit tag` makes for a whole line (start offset and text)."""
    key = (transcript, line)
    if key not in cache:
        probe = f"probe{len(cache)}"
        qualkit(["tag", transcript, str(line), code, "--coder", probe], scratch)
        with open(os.path.join(scratch, "Codings", f"{probe}.jsonl"), encoding="utf-8") as file:
            cache[key] = json.loads(file.readline())
    return cache[key]


def main():
    for coder in ("anna", "bo"):
        path = os.path.join(ROOT, "Codings", f"{coder}.jsonl")
        if os.path.exists(path):
            os.remove(path)
    scratch = tempfile.mkdtemp()
    try:
        for folder in ("Codebooks", "Transcripts"):
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(scratch, folder))
        for coder, transcript, line, code, first, last, memo in PLAN:
            args = ["tag", transcript]
            if first is None:
                args += [str(line), code]
            else:
                coding = line_coding(scratch, transcript, line, code)
                text = coding["text"]
                begin = text.index(first)
                end = begin + len(first) if last is None else text.index(last, begin) + len(last)
                args += [code, "--span", f"{coding['start'] + begin}-{coding['start'] + end}"]
            args += ["--coder", coder]
            if memo:
                args += ["--memo", memo]
            qualkit(args, ROOT)
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
