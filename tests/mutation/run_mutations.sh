#!/usr/bin/env bash
# The long mutation run: more rounds (each later round chains several mutations per mutant)
# and 100 text and 100 format edits on each of the 20 approved documents, as the issue asks.
# usage: run_mutations.sh [build folder] [rounds] [edits]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
PREVENT_MUTATION_ROUNDS=${2:-4} PREVENT_APPROVAL_EDITS=${3:-100} exec "$build/tests/mutation/mutation_test"
