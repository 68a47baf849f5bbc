#!/usr/bin/env bash
# Refreshes tests/fuzz/seeds from the integration tests' corpus (tests/integration/
# one_answer_test.cxx builds it in a real office: headings of every kind, risk tables of each
# style, fields, tracked changes, approvals, an action plan, templates, the sample). Run after
# changing that corpus; commit the result. usage: refresh_seeds.sh [build folder]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
seeds=$here/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
PREVENT_KEEP_CORPUS=$seeds "$build/tests/integration/one_answer_test"
ls -l "$seeds"
