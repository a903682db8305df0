#!/usr/bin/env bash
# Start-up of the command-line tool as a user meets it: the ./rusomsorg launcher answering one question
# (deadline --rule fvl --from 2026-03-12), median wall time over N rounds (default 7) of
#   first   the first run with this jar and JVM: the launcher records its class-data archive (JDK 17-24)
#           or ahead-of-time cache (JDK 25+) on the way out
#   second  the next run, which reuses it
#   off     the same question without the archive (RUSOMSORG_STARTUP_CACHE=off)
#   bare    a bare JVM: java -Xshare:auto -version
# Target (issue 17): second <= 2 x bare.
#
# Usage: benchmarks/startup-cli.sh [runs] [path/to/rusomsorg]   (JAVA_HOME chooses the JDK, as for the launcher)
# Each round deletes the archive first, so every round has a real first run. Rounds interleave the four
# measurements so that machine load affects all of them alike. Reads no standard input.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-7}"
launcher="${2:-$here/../rusomsorg}"
root="$(cd "$(dirname "$launcher")" && pwd)"
cache="$root/examples/cli/target/startup-cache"
java_cmd="java"
if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
question=(deadline --rule fvl --from 2026-03-12)
"$launcher" "${question[@]}" </dev/null >/dev/null   # builds the jar if needed

ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" </dev/null >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
cpu() { # user + system CPU time of one run in milliseconds: less distorted than wall time on a loaded machine
  local TIMEFORMAT='%3U %3S'
  { time "$@" </dev/null >/dev/null 2>&1; } 2>&1 | awk '{printf "%d\n", ($1 + $2) * 1000}'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

first=(); second=(); off=(); bare=(); c2=(); cb=()
for ((i = 0; i < runs; i++)); do
  rm -rf "$cache"
  first+=("$(ms "$launcher" "${question[@]}")")
  second+=("$(ms "$launcher" "${question[@]}")")
  off+=("$(ms env RUSOMSORG_STARTUP_CACHE=off "$launcher" "${question[@]}")")
  bare+=("$(ms "$java_cmd" -Xshare:auto -version)")
  c2+=("$(cpu "$launcher" "${question[@]}")")
  cb+=("$(cpu "$java_cmd" -Xshare:auto -version)")
done
m1=$(printf '%s\n' "${first[@]}" | median)
m2=$(printf '%s\n' "${second[@]}" | median)
mo=$(printf '%s\n' "${off[@]}" | median)
mb=$(printf '%s\n' "${bare[@]}" | median)
echo "JVM: $("$java_cmd" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}'); load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "first run (records the archive): median ${m1} ms  runs: ${first[*]}"
echo "second run (reuses it):          median ${m2} ms  runs: ${second[*]}"
echo "without the archive:             median ${mo} ms  runs: ${off[*]}"
echo "bare JVM (java -version):        median ${mb} ms  runs: ${bare[*]}"
m2c=$(printf '%s\n' "${c2[@]}" | median)
mbc=$(printf '%s\n' "${cb[@]}" | median)
echo "CPU time (user+sys), second run: median ${m2c} ms; bare JVM: median ${mbc} ms"
awk -v a="$m2c" -v b="$mbc" 'BEGIN { printf "CPU second/bare = %.2f\n", a / b }'
awk -v a="$m2" -v b="$mb" -v o="$mo" 'BEGIN { printf "second/bare = %.2f (target <= 2.00: %s); without archive/bare = %.2f\n", a / b, (a / b <= 2 ? "met" : "MISSED"), o / b }'
