#!/usr/bin/env bash
# After `mvn verify`: every published module has its jar, sources and javadoc jars, a CycloneDX SBOM and a
# flattened POM with Central's metadata; no unpublished module produced any of them. See
# .ci/CheckPublishable.java for the rules and docs/release.md for the release they guard.
# Usage: .ci/check-publishable.sh [--offline]   (--offline after `mvn -o verify`, which skips the SBOMs)
set -euo pipefail
cd "$(dirname "$0")/.."
exec java .ci/CheckPublishable.java "$@" .
