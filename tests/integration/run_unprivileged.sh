#!/usr/bin/env bash
# Runs integration test programs as an unprivileged user (nobody), so that the harness's
# user-layer install (unopkg add into a profile started once) is tested even when the test
# command runs as root, as CI does.
# The user keeps one capability, CAP_DAC_READ_SEARCH (read and traverse, never write): the build
# tree may sit where nobody cannot read it (a clone under /root, or a chroot whose / is mode
# 700), and what is tested here is an install by a non-root uid, not file permissions.
# usage: run_unprivileged.sh PROGRAM[:GTEST_FILTER]...
set -euo pipefail
home=$(mktemp -d /tmp/prevent-unprivileged-XXXXXX)
trap 'rm -rf "$home"' EXIT
chown nobody "$home"
cd "$home"  # soffice changes into the current folder
status=0
for spec in "$@"; do
  program=${spec%%:*}
  filter=*; [[ $spec == *:* ]] && filter=${spec#*:}
  echo "== $(basename "$program") as nobody (filter $filter)"
  setpriv --reuid=nobody --regid=nogroup --clear-groups \
          --inh-caps=+dac_read_search --ambient-caps=+dac_read_search \
          /usr/bin/env HOME="$home" "$program" "--gtest_filter=$filter" || status=1
done
exit $status
