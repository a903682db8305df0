#!/bin/sh
# Installs the npm packages that the web example's tests use, pinned by package-lock.json, into
# examples/web/node_modules (git-ignored): axe-core (MPL-2.0), which the browser test injects into the
# page to check WCAG 2.1 AA, and @digdir/designsystemet-css (MIT), against which DesignSystemUpToDateTest
# checks the copy in src/main/resources/static/ds. Needs npm and the npm registry; runs no package scripts.
set -eu
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends npm
fi
npm ci --ignore-scripts --no-audit --no-fund
