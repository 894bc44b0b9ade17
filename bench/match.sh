#!/usr/bin/env bash
# Matching benchmark in one command (see docs/benchmarks.md):
#   bench/match.sh [--sources N] [--sizes N,...] [--semantic-sizes N,...] [--modes lexical,semantic] [--threads T]
#                  [--warmup N] [--repeat R] [--seed S] [--json FILE]
# Builds target/specmirror.jar when it is missing or stale (through ./specmirror), times JVM start on
# its own (median of 5 starts that only print the usage), then runs the benchmark with the target's
# heap limit, -Xmx2g, and prints the tables on stdout. Extra JVM flags: BENCH_JAVA_OPTS (placed after
# -Xmx2g, so an -Xmx there wins).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/specmirror" --version >/dev/null
bench=(java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$root/target/specmirror.jar" org.specmirror.bench.MatchBenchmark)
starts=()
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  "${bench[@]}" --help >/dev/null
  starts+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
start=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)
exec "${bench[@]}" --jvm-start-ms "$start" "$@"
