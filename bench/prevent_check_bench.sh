#!/usr/bin/env bash
# prevent-check on 500 assessments (not in ctest), against two baselines in the same run:
#  - the office: soffice --headless --convert-to txt on the same files in one office run, what a
#    clerk would otherwise script (and it checks nothing);
#  - the floor: bench/odf_floor, which only unzips and tokenises content.xml, styles.xml and
#    meta.xml (the three parts the checker reads).
# And prevent-check with --jobs 1, 2, ... up to the cores, against the ceiling this machine gives
# to parallel work: as many independent prevent-check processes, each on its share of the files.
# prevent-check is timed with its default text report and with --format json (which writes about
# as many bytes as content.xml holds). Five interleaved rounds; medians. Prints times and ratios.
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

rounds=5
cores=$(nproc)
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
# The files dealt out to `cores` processes, each checking its own share at the same time.
processes() {
  local p pids=()
  for ((p = 0; p < cores; p++)); do
    "$build/prevent-check" --jobs 1 --fail-on never "${files[@]:p*${#files[@]}/cores:${#files[@]}/cores}" \
      > /dev/null 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
}
declare -A runs
for r in $(seq 1 "$rounds"); do
  runs[floor]+=" $("$build/bench/odf_floor" "${files[@]}" | cut -d' ' -f1)"
  for j in $(seq 1 "$cores"); do
    runs[text$j]+=" $(seconds "$build/prevent-check" --jobs "$j" --fail-on never "$work/files")"
    runs[json$j]+=" $(seconds "$build/prevent-check" --jobs "$j" --format json --fail-on never "$work/files")"
  done
  runs[processes]+=" $(seconds processes)"
done
declare -A check json
floor=$(median ${runs[floor]})
for j in $(seq 1 "$cores"); do
  check[$j]=$(median ${runs[text$j]})
  json[$j]=$(median ${runs[json$j]})
done
apart=$(median ${runs[processes]})
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
for j in $(seq 1 "$cores"); do
  printf 'prevent-check --jobs %d: %.3f s (text), %.3f s (--format json)\n' "$j" "${check[$j]}" "${json[$j]}"
done
printf '%d processes side by side, each --jobs 1 on 1/%d of the files: %.3f s\n' "$cores" "$cores" "$apart"
printf 'soffice --convert-to txt, 200 files a run (%d converted): %.3f s\n' "$converted" "$office"
echo "office / prevent-check --jobs 1 = $(ratio "$office" "${check[1]}")x"
echo "prevent-check --jobs 1 / floor = $(ratio "${check[1]}" "$floor")x (text), $(ratio "${json[1]}" "$floor")x (json)"
for j in $(seq 2 "$cores"); do
  echo "speed-up with --jobs $j = $(ratio "${check[1]}" "${check[$j]}")x (text), $(ratio "${json[1]}" "${json[$j]}")x (json)"
done
echo "the machine's ceiling for $cores at once: $(ratio "${check[1]}" "$apart")x ($cores processes against --jobs 1)"
