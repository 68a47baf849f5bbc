#!/usr/bin/env bash
# Runs one fuzzer for a time, from the seed documents, and fails on any finding.
# usage: run_fuzzer.sh FUZZER SEEDS WORK SECONDS [package|content]
#   package: the seeds are the documents themselves; content: their content.xml, unpacked here.
# The corpus grows in WORK/corpus-<name> (kept between runs of the same build folder); a crash,
# leak, timeout or sanitizer report leaves its input in WORK/findings/ and the run fails.
# A long run, as docs/testing.md says: run_fuzzer.sh build/fuzz/odf_package_fuzzer tests/fuzz/seeds build/fuzz 3600
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4 kind=${5:-package}
name=$(basename "$fuzzer")
corpus=$work/corpus-$name
findings=$work/findings
mkdir -p "$corpus" "$findings"
seed_dir=$seeds
if [[ $kind == content ]]; then
  seed_dir=$work/seeds-content
  rm -rf "$seed_dir" && mkdir -p "$seed_dir"
  for doc in "$seeds"/*; do
    unzip -p "$doc" content.xml >"$seed_dir/$(basename "$doc").content.xml"
  done
fi
(( $(ls "$seed_dir" | wc -l) > 0 )) || { echo "no seeds in $seed_dir" >&2; exit 1; }
# -timeout: one input taking 10 s is a hang; -rss_limit_mb: the package limits must hold memory
# well below 2 GiB; -max_len: room for inputs larger than the seeds.
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=200000 \
  -print_final_stats=1 -artifact_prefix="$findings/$name-" "$corpus" "$seed_dir"
