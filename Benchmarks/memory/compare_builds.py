#!/usr/bin/env python3
"""Times two qualkit builds on the memory benchmark's corpora, interleaved.

    compare_builds.py OLD_QUALKIT NEW_QUALKIT      # RUNS=5 by default

Run Benchmarks/memory/run.sh once first (it generates the corpora), and
Benchmarks/autocode/run.sh for the 500-file corpus. Prints
the median wall and user time of each job for each build, and whether both
builds wrote the same bytes.
"""
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import time

builds = {"old": os.path.abspath(sys.argv[1]), "new": os.path.abspath(sys.argv[2])}
jobs = [
 ("autocode hit 20MB", ["autocode","memory-20/Transcripts/interview_0001.txt","--codebook","keywords-50/codebook.json","--scope","hit"], "."),
 ("autocode sentence 20MB", ["autocode","memory-20/Transcripts/interview_0001.txt","--codebook","keywords-50/codebook.json","--scope","sentence"], "."),
 ("autocode turn 200MB", ["autocode","memory-200/Transcripts/interview_0001.txt","--codebook","keywords-50/codebook.json","--scope","turn"], "."),
 ("transcript show 20MB", ["transcript","show","memory-20/Transcripts/interview_0001.txt"], "."),
 ("agree turn 20MB", ["agree","Codings/anna.jsonl","Codings/bo.jsonl"], "memory-20"),
 ("agree char 20MB", ["agree","Codings/anna.jsonl","Codings/bo.jsonl","--unit","char","--disagreements"], "memory-20"),
]
runs = int(os.environ.get("RUNS","5"))
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus"))
if os.path.isdir("corpus-100mb") and os.path.isdir("keywords-500"):
    # The auto-coding benchmark's corpus (Benchmarks/autocode/run.sh): 500 files.
    jobs.insert(0, ("autocode hit 100MB/500", ["autocode", "corpus-100mb", "--codebook",
                                               "keywords-500/codebook.json", "--scope", "hit"], "."))
def digest(command, cwd):
    """The SHA-256 of what `command` writes (read as it comes; not timed)."""
    sha = hashlib.sha256()
    with subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL) as process:
        for block in iter(lambda: process.stdout.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


for name, args, cwd in jobs:
    res = {b: [] for b in builds}
    for i in range(runs):
        for b, path in builds.items():
            t0 = time.perf_counter(); r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([path] + args, cwd=cwd, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            t1 = time.perf_counter(); r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            res[b].append((t1 - t0, r1.ru_utime - r0.ru_utime))
    same = len({digest([path] + args, cwd) for path in builds.values()}) == 1
    line = f"{name:24s}"
    for b in builds:
        w = statistics.median(x[0] for x in res[b]); u = statistics.median(x[1] for x in res[b])
        line += f"  {b}: wall {w:.3f} s user {u:.3f} s"
    print(line, "same output" if same else "OUTPUT DIFFERS", flush=True)
