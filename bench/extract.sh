#!/usr/bin/env bash
# Extraction throughput benchmark in one command (see docs/benchmarks.md):
#   bench/extract.sh [--docs N | --corpus DIR] [--threads T] [--out DIR] [--seed S] [--repeat R] [--warmup SECONDS]
#                    [--json FILE] [--rules-only] [--by-format]
# Builds target/specmirror.jar when it is missing or stale (through ./specmirror), generates the
# synthetic corpus and prints the table on stdout. Extra JVM flags: BENCH_JAVA_OPTS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/specmirror" --version >/dev/null
exec java ${BENCH_JAVA_OPTS:-} -cp "$root/target/specmirror.jar" org.specmirror.bench.ExtractBenchmark "$@"
