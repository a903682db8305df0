#!/usr/bin/env bash
# Start-up with and without the national register, side by side in one run (docs/adr/0023):
#   (n) StartupProbe national: discover the bundled plugins, validate them, and answer one eligibility
#       question about Bergen, which no plugin supplies (loads the register and builds Bergen's baseline);
#   (p) StartupProbe plugins-only: the same registry built with nationalRegister(false), the question about
#       Sandnes (start-up without the register);
#   (f) the class-loading floor of (n): a JVM that only loads the application classes (n) loads, recorded
#       from one run of (n) with -Xlog:class+load (no.rusomsorg.benchmarks.ClassLoadingFloor).
# Targets: median (n) <= 1.2 x median (p), and median (n) <= 2 x median (f).
#
# Usage: benchmarks/national.sh [runs] [extra JVM flags...]   (build first:
#   mvn -B -q -pl benchmarks -am package -DskipTests). Runs alternate (n), (p), (f) so that machine load
#   affects all three alike. JAVA=/path/to/java chooses the JVM.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
runs="${1:-15}"
shift || true
java="${JAVA:-java}"
[ -f "$jar" ] || { echo "missing $jar: build it first" >&2; exit 2; }
[ "$runs" -ge 10 ] || { echo "use at least 10 runs" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$java" "$@" -Xlog:class+load:file="$work/classes.log" -cp "$jar" no.rusomsorg.benchmarks.StartupProbe national \
  </dev/null >/dev/null
grep -F "source: file:" "$work/classes.log" | awk '{print $2}' | grep -v -e '\$\$Lambda' -e '^no\.rusomsorg\.benchmarks\.' \
  > "$work/classes.txt"

ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$java" "$@" </dev/null >/dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

ms "$@" -cp "$jar" no.rusomsorg.benchmarks.StartupProbe national >/dev/null   # warm the file cache
n=(); p=(); f=()
for ((i = 0; i < runs; i++)); do
  n+=("$(ms "$@" -cp "$jar" no.rusomsorg.benchmarks.StartupProbe national)")
  p+=("$(ms "$@" -cp "$jar" no.rusomsorg.benchmarks.StartupProbe plugins-only)")
  f+=("$(ms "$@" -cp "$jar" no.rusomsorg.benchmarks.ClassLoadingFloor "$work/classes.txt")")
done
mn=$(printf '%s\n' "${n[@]}" | median)
mp=$(printf '%s\n' "${p[@]}" | median)
mf=$(printf '%s\n' "${f[@]}" | median)
echo "JVM: $("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(n) with the register, question about Bergen: median ${mn} ms  runs: ${n[*]}"
echo "(p) without the register, question about Sandnes: median ${mp} ms  runs: ${p[*]}"
echo "(f) only load the $(wc -l < "$work/classes.txt") application classes (n) loads: median ${mf} ms  runs: ${f[*]}"
awk -v n="$mn" -v p="$mp" -v f="$mf" 'BEGIN {
  printf "ratio (n)/(p) = %.2f; target <= 1.20: %s\n", n / p, (n / p <= 1.2 ? "met" : "MISSED");
  printf "ratio (n)/(f) = %.2f; target <= 2.00: %s\n", n / f, (n / f <= 2.0 ? "met" : "MISSED") }'
