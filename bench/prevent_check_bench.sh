#!/usr/bin/env bash
# prevent-check on 500 assessments (not in ctest), against two baselines in the same run:
#  - the office: soffice --headless --convert-to txt on the same files in one office run, what a
#    clerk would otherwise script (and it checks nothing);
#  - the floor: bench/odf_floor, which only unzips and tokenises content.xml, styles.xml and
#    meta.xml (the three parts the checker reads).
# And prevent-check with --jobs 1, 2, ... up to the cores. Prints times and the ratios.
# Usage: bench/prevent_check_bench.sh [build folder] [number of files]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
count=${2:-500}
work=$(mktemp -d /tmp/prevent-check-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/files" "$work/txt"

# 500 assessments: the sample, each with its own first heading, so no two files are the same.
sample="$build/samples/he-prevent-risk-assessment.odt"
mkdir -p "$work/unpacked" && (cd "$work/unpacked" && unzip -q "$sample")
for i in $(seq 1 "$count"); do
  sed "s/Prevent risk assessment/Prevent risk assessment $i/" "$here/samples/he-prevent-risk-assessment/content.xml" \
    > "$work/unpacked/content.xml"
  (cd "$work/unpacked" && rm -f "$work/files/a$i.odt" && zip -q -X -0 "$work/files/a$i.odt" mimetype \
     && zip -q -X -r -D "$work/files/a$i.odt" . -x mimetype)
done
files=("$work"/files/*.odt)
echo "files: ${#files[@]} of $(du -k "$sample" | cut -f1) KiB"

seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); awk "BEGIN{print $e - $s}"; }
ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }

floor=$("$build/bench/odf_floor" "${files[@]}" | cut -d' ' -f1)
cores=$(nproc)
declare -A check
for j in $(seq 1 "$cores"); do
  check[$j]=$(seconds "$build/prevent-check" --jobs "$j" --format json --fail-on never "$work/files")
done
# The office's first start in a new profile initialises it and restarts: done before the clock.
/usr/bin/soffice -env:UserInstallation="file://$work/profile" --headless --norestore --terminate_after_init \
  > /dev/null 2>&1 || true
# LibreOffice 7.4 converts about 246 files of one command line and ignores the rest, so the
# office gets them 200 at a time (each run one office start, as a clerk's script would do).
convert_all() {
  local i
  for ((i = 0; i < ${#files[@]}; i += 200)); do
    /usr/bin/soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
      --convert-to txt:Text --outdir "$work/txt" "${files[@]:i:200}"
  done
}
office=$(seconds convert_all)
converted=$(ls "$work/txt" | wc -l)

printf 'floor (unzip + tokenise, one process): %.3f s\n' "$floor"
for j in $(seq 1 "$cores"); do printf 'prevent-check --jobs %d: %.3f s\n' "$j" "${check[$j]}"; done
printf 'soffice --convert-to txt, 200 files a run (%d converted): %.3f s\n' "$converted" "$office"
echo "office / prevent-check --jobs 1 = $(ratio "$office" "${check[1]}")x"
echo "prevent-check --jobs 1 / floor = $(ratio "${check[1]}" "$floor")x"
for j in $(seq 2 "$cores"); do
  echo "speed-up with --jobs $j = $(ratio "${check[1]}" "${check[$j]}")x"
done
