#!/usr/bin/env bash
# Proves docs/plugin-authors.md on a fresh machine: installs the published rusomsorg modules, builds and
# tests the guide's plugin (examples/standalone-plugin) as a separate Maven project against them, exactly
# as the guide says, then runs the small application (examples/standalone-plugin/app) on the class path
# and on the module path and checks that both found the plugin.
#
# Optional environment:
#   RUSOMSORG_REPO_LOCAL  a Maven local repository to use instead of ~/.m2/repository
#   RUSOMSORG_MVN_FLAGS   extra Maven flags, such as -o
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

mvn_flags=(-B)
if [ -n "${RUSOMSORG_REPO_LOCAL:-}" ]; then mvn_flags+=("-Dmaven.repo.local=$RUSOMSORG_REPO_LOCAL"); fi
# shellcheck disable=SC2206
if [ -n "${RUSOMSORG_MVN_FLAGS:-}" ]; then mvn_flags+=($RUSOMSORG_MVN_FLAGS); fi

echo "== Installing the published modules and the BOM"
# Only the artifacts a plugin needs: no tests, no javadoc, no API comparison or SBOM (verify did those).
mvn "${mvn_flags[@]}" -q install -DskipTests -Dmaven.javadoc.skip=true -Djapicmp.skip=true -Dcyclonedx.skip=true \
  -pl bom,core,spi,municipalities/register,municipalities/conformance -am

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
fail() { echo "standalone plugin: $*" >&2; exit 1; }

echo "== The guide's plugin: mvn install (the conformance kit runs on the module path, surefire's default)"
cd "$root/examples/standalone-plugin"
mvn "${mvn_flags[@]}" clean install | tee "$log" | grep -E "Tests run:|BUILD|ERROR" || true
grep -q "BUILD SUCCESS" "$log" || fail "the plugin's build failed"
grep -Eq "Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0" "$log" || fail "the kit did not run"
grep -q "Running no.example.rusomsorg.ExampleConformanceTest" "$log" || fail "ExampleConformanceTest did not run"

echo "== The same tests on the class path"
mvn "${mvn_flags[@]}" surefire:test -Dsurefire.useModulePath=false | tee "$log" | grep -E "Tests run:|BUILD|ERROR" || true
grep -Eq "Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0" "$log" || fail "the kit failed on the class path"

echo "== The application"
cd "$root/examples/standalone-plugin/app"
mvn "${mvn_flags[@]}" -q clean package
expected_cp="class path: Example (1190), 1 service(s)"
expected_mp="module path: Example (1190), 1 service(s)"
out_cp="$(java -cp "target/app.jar:target/lib/*" no.example.app.Main)"
echo "$out_cp"
out_mp="$(java -p "target/app.jar:target/lib" -m no.example.app/no.example.app.Main)"
echo "$out_mp"
[ "$out_cp" = "$expected_cp" ] || fail "on the class path the app printed '$out_cp', expected '$expected_cp'"
[ "$out_mp" = "$expected_mp" ] || fail "on the module path the app printed '$out_mp', expected '$expected_mp'"
echo "== The standalone plugin works on the class path and on the module path"
