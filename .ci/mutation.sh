#!/usr/bin/env bash
# Mutation testing of the rule packages (docs/adr/0024): PIT mutates the rule packages of core and the
# spi module's packages (-Pmutation, configured in the POMs), then .ci/MutationScore.java holds every
# package to the threshold on its own. Run once per CI run, on the default JDK, after `mvn -B verify`.
# Usage: .ci/mutation.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
threshold="${MUTATION_THRESHOLD:-85}"
start=$(date +%s)
mvn -B -Pmutation -pl core,municipalities/register,spi test -Dmaven.javadoc.skip=true -Dcyclonedx.skip=true "$@"
echo "== Mutation testing took $(( $(date +%s) - start )) s"
exec java .ci/MutationScore.java "$threshold" --floors .ci/mutation-floors core/target/pit-reports/mutations.xml spi/target/pit-reports/mutations.xml
