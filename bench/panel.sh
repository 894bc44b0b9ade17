#!/usr/bin/env bash
# Panel benchmark in one command (see docs/benchmarks.md, section 4): `specmirror score` of a ~100-page
# standard against 50 vendor datasheets of ~5 pages, cold and warm cache, against plain Tika text
# extraction of the same files, every step in a fresh JVM:
#   bench/panel.sh [--vendors 50] [--standard-pages 100] [--vendor-pages 5] [--standard-format pdf]
#                  [--threads 2] [--seed 42] [--repeat 1] [--phases] [--java-opts "..."]
#                  [--keep DIR] [--json FILE]
# Builds target/specmirror.jar when it is missing or stale (through ./specmirror) and prints the
# figures on stdout (progress on stderr). JVM flags for the benchmark process itself: BENCH_JAVA_OPTS;
# for the measured child processes use --java-opts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/specmirror" --version >/dev/null
exec java ${BENCH_JAVA_OPTS:-} -cp "$root/target/specmirror.jar" org.specmirror.bench.PanelBenchmark "$@"
