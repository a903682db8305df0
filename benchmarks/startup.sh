#!/usr/bin/env bash
# Start-up cost of the library: median wall time over N runs (default 15) of
#   (a) a JVM that discovers every bundled plugin, validates them and answers one eligibility question
#       (no.rusomsorg.benchmarks.StartupProbe), and
#   (b) the same JVM with the same flags that only prints a line (no.rusomsorg.benchmarks.StartupBaseline).
# Target: median (a) <= 1.5 x median (b).
#
# Usage: benchmarks/startup.sh [runs] [--cds | --aot | --floor] [extra JVM flags...]
#   (build first: mvn -B -q -pl benchmarks -am package -DskipTests)
#   --cds  first records an application class-data archive with one training run of (a)
#          (-XX:ArchiveClassesAtExit, JDK 13+), then runs (a) and (b) with -XX:SharedArchiveFile
#   --aot  the same with an ahead-of-time cache (-XX:AOTCacheOutput / -XX:AOTCache, JDK 25+)
#   --floor replaces (a) by a JVM that only loads the application classes (a) loads, recorded from one
#          run of (a) with -Xlog:class+load, without running them (no.rusomsorg.benchmarks.ClassLoadingFloor):
#          the least (a) could cost whatever the library's code does
#   JAVA=/path/to/java chooses the JVM (default: java on the PATH).
# Reads no standard input. Runs alternate (a) and (b) so that machine load affects both alike.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
runs="${1:-15}"
shift || true
java="${JAVA:-java}"
[ -f "$jar" ] || { echo "missing $jar: build it first" >&2; exit 2; }
[ "$runs" -ge 10 ] || { echo "use at least 10 runs" >&2; exit 2; }

archive_flags=()
probe=(no.rusomsorg.benchmarks.StartupProbe)
label="(a) discover + validate + one eligibility question"
if [ "${1:-}" = "--floor" ]; then
  shift
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  "$java" "$@" -Xlog:class+load:file="$work/classes.log" -cp "$jar" no.rusomsorg.benchmarks.StartupProbe </dev/null >/dev/null
  # application classes only (from the jar), not the JDK's and not hidden classes
  grep -F "source: file:" "$work/classes.log" | awk '{print $2}' | grep -v -e '\$\$Lambda' -e '^no\.rusomsorg\.benchmarks\.' > "$work/classes.txt"
  probe=(no.rusomsorg.benchmarks.ClassLoadingFloor "$work/classes.txt")
  label="(a') only load the $(wc -l < "$work/classes.txt") application classes (a) loads"
elif [ "${1:-}" = "--cds" ] || [ "${1:-}" = "--aot" ]; then
  mode="$1"
  shift
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  if [ "$mode" = "--cds" ]; then
    "$java" "$@" -XX:ArchiveClassesAtExit="$work/app.jsa" -cp "$jar" no.rusomsorg.benchmarks.StartupProbe \
      </dev/null >/dev/null 2>"$work/training.log" || { cat "$work/training.log" >&2; exit 1; }
    archive_flags=(-XX:SharedArchiveFile="$work/app.jsa")
  else
    "$java" "$@" -XX:AOTCacheOutput="$work/app.aot" -cp "$jar" no.rusomsorg.benchmarks.StartupProbe \
      </dev/null >/dev/null 2>"$work/training.log" || { cat "$work/training.log" >&2; exit 1; }
    archive_flags=(-XX:AOTCache="$work/app.aot")
  fi
  echo "archive: $mode, recorded from one training run of (a); both (a) and (b) run with ${archive_flags[*]}"
fi
flags=("${archive_flags[@]}" "$@")

ms() { # wall time of one run in milliseconds
  local t0 t1
  t0=$(date +%s%N)
  "$java" "$@" </dev/null >/dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# one untimed run of each, to warm the file cache
"$java" "${flags[@]}" -cp "$jar" "${probe[@]}" </dev/null >/dev/null
"$java" "${flags[@]}" -cp "$jar" no.rusomsorg.benchmarks.StartupBaseline </dev/null >/dev/null

a=(); b=()
for ((i = 0; i < runs; i++)); do
  a+=("$(ms "${flags[@]}" -cp "$jar" "${probe[@]}")")
  b+=("$(ms "${flags[@]}" -cp "$jar" no.rusomsorg.benchmarks.StartupBaseline)")
done
ma=$(printf '%s\n' "${a[@]}" | median)
mb=$(printf '%s\n' "${b[@]}" | median)
echo "JVM: $("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}'); flags: ${flags[*]:-(none)}"
echo "$label: median ${ma} ms  runs: ${a[*]}"
echo "(b) print a line: median ${mb} ms  runs: ${b[*]}"
awk -v a="$ma" -v b="$mb" 'BEGIN { r = a / b; printf "ratio (a)/(b) = %.2f; target <= 1.50: %s\n", r, (r <= 1.5 ? "met" : "MISSED") }'
