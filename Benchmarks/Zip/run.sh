#!/usr/bin/env bash
# Builds the ZIP benchmark with -O from the library sources and runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${TMPDIR:-/tmp}/qualkit-zip-benchmark"
swiftc -O -module-name ZipBenchmark -o "$out" \
  Sources/QualKit/Support/*.swift Sources/QualKit/Formats/*.swift Benchmarks/Zip/main.swift
"$out" "$@"
