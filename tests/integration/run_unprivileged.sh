#!/usr/bin/env bash
# Runs integration test programs as an unprivileged user, so that the harness's user-layer
# install (unopkg add into a profile started once) is tested even when the test command runs as
# root, as CI does. The build tree may be unreadable to that user (a clone under /root), so the
# programs and what they load are copied into a folder it owns.
# usage: run_unprivileged.sh OXT RDB GUARDIAN LO_PROGRAM_DIR PROGRAM[:GTEST_FILTER]...
set -euo pipefail
oxt=$1 rdb=$2 guardian=$3 program_dir=$4; shift 4
user=nobody
work=$(mktemp -d /tmp/prevent-unprivileged-XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cp "$oxt" "$rdb" "$guardian" "$work/"
cat >"$work/uno-client.ini" <<INI
[Bootstrap]
URE_INTERNAL_LIB_DIR=file://$program_dir
LO_LIB_DIR=file://$program_dir
UNO_TYPES=file://$program_dir/types.rdb file://$program_dir/types/offapi.rdb file://$work/$(basename "$rdb")
UNO_SERVICES=file://$program_dir/services.rdb
INI
for spec in "$@"; do cp "${spec%%:*}" "$work/"; done
chown -R "$user" "$work"
cd "$work"  # ctest's folder may be unreadable to that user; soffice changes into the current one
status=0
for spec in "$@"; do
  program=$(basename "${spec%%:*}")
  filter=*; [[ $spec == *:* ]] && filter=${spec#*:}
  echo "== $program as $user (filter $filter)"
  runuser -u "$user" -- /usr/bin/env HOME="$work" \
      PREVENT_OXT="$work/$(basename "$oxt")" \
      PREVENT_CLIENT_INI="$work/uno-client.ini" \
      PREVENT_GUARDIAN="$work/$(basename "$guardian")" \
      "$work/$program" "--gtest_filter=$filter" || status=1
done
exit $status
