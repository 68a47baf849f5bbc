#!/usr/bin/env bash
# Runs integration test programs as an unprivileged user (nobody), so that the harness's
# user-layer install (unopkg add into a profile started once) is tested even when the test
# command runs as root, as CI does. The build tree may be unreadable to that user (a clone
# under /root), so the programs and every file they load are copied into a folder it owns, and
# the environment points the programs there (tests/support/build_paths.hxx).
# usage: run_unprivileged.sh OXT RDB GUARDIAN CRASHING_CLIENT CATALOGUE_XCU LO_PROGRAM_DIR PROGRAM...
set -euo pipefail
oxt=$1 rdb=$2 guardian=$3 crashing_client=$4 catalogue=$5 program_dir=$6; shift 6
# Where / itself is closed to other users (the fresh-machine check's chroot has / at mode 700),
# no unprivileged program can run at all (LibreOffice needs /tmp): say so, and let ctest count
# the test as not run.
root_mode=$(stat -c %a /)
if (( (8#$root_mode & 1) == 0 )); then
  echo "not run: / is mode $root_mode here, so no unprivileged user can run LibreOffice on this machine"
  exit 77
fi
user=nobody
work=$(mktemp -d /tmp/prevent-unprivileged-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$oxt" "$rdb" "$guardian" "$crashing_client" "$catalogue" "$@" "$work/"
cat >"$work/uno-client.ini" <<INI
[Bootstrap]
URE_INTERNAL_LIB_DIR=file://$program_dir
LO_LIB_DIR=file://$program_dir
UNO_TYPES=file://$program_dir/types.rdb file://$program_dir/types/offapi.rdb file://$work/$(basename "$rdb")
UNO_SERVICES=file://$program_dir/services.rdb
INI
chmod 755 "$work"
chown -R "$user" "$work"
cd "$work"  # soffice changes into the current folder
status=0
for program in "$@"; do
  echo "== $(basename "$program") as $user"
  runuser -u "$user" -- /usr/bin/env HOME="$work" \
      PREVENT_OXT="$work/$(basename "$oxt")" \
      PREVENT_CLIENT_INI="$work/uno-client.ini" \
      PREVENT_GUARDIAN="$work/$(basename "$guardian")" \
      PREVENT_CRASHING_CLIENT="$work/$(basename "$crashing_client")" \
      PREVENT_CATALOGUE_XCU="$work/$(basename "$catalogue")" \
      "$work/$(basename "$program")" || status=1
done
exit $status
