#!/usr/bin/env bash
# Two-thread scaling of bulk eligibility, measured in interleaved pairs: each round runs
# BulkEligibilityBenchmark.oneThread and then .twoThreads in fresh JMH forks (3 warm-up and 5 measured
# iterations of 2 s) and prints the ratio; the median of the ratios is the result. Pairs, rather than
# all one-thread forks followed by all two-thread forks, keep a slow drift of a shared machine from
# landing on one side only. Target: ratio >= 1.7.
# Usage: benchmarks/scaling.sh [rounds]   (default 6; build first: mvn -B -q -pl benchmarks -am package -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
rounds="${1:-6}"
java="${JAVA:-java}"
[ -f "$jar" ] || { echo "missing $jar: build it first" >&2; exit 2; }
score() { "$java" -jar "$jar" "BulkEligibilityBenchmark.$1\$" -f 1 -wi 3 -i 5 -w 2s -r 2s </dev/null 2>&1 \
  | awk -v b="BulkEligibilityBenchmark.$1" '$1 == b {print $4}'; }
ratios=()
for ((r = 1; r <= rounds; r++)); do
  one=$(score oneThread)
  two=$(score twoThreads)
  ratio=$(awk -v a="$one" -v b="$two" 'BEGIN {printf "%.2f", b / a}')
  ratios+=("$ratio")
  printf 'round %d: one thread %.1f M/s, two threads %.1f M/s, ratio %s\n' "$r" \
    "$(awk -v a="$one" 'BEGIN {print a / 1e6}')" "$(awk -v a="$two" 'BEGIN {print a / 1e6}')" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f", (a[NR/2]+a[NR/2+1])/2}')
awk -v m="$median" 'BEGIN { printf "median ratio %.2f; target >= 1.70: %s\n", m, (m >= 1.7 ? "met" : "MISSED") }'
