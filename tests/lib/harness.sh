# harness.sh — sourced by the shell tests: a scratch directory $tmp removed
# on exit, `check NAME COMMAND...` counting COMMAND's success, and `finish`,
# the last line of a test, printing "N passed, N failed" and failing when
# any check did.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

check() { # NAME COMMAND...
  local name=$1
  shift
  if "$@"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name" >&2
  fi
}

finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
