#!/usr/bin/env bash
# test_blank_runs.sh JNORM [KIB] — runs of KIB kibibytes (default 4096) of
# spaces, tabs and U+3000 after an answer, at the start of the next line and
# at the end of the document, through every command that reads text:
# normalize (64 KiB feeds), scan (1 MiB blocks cut at a blank) and
# scan --lines, parse, extract. Checks the output only (issue 11: such runs
# were read again blank by blank, quadratic; at this size that would take
# hours, so a regression is a test that does not end). The C API's side is
# tests/test_blank_runs.c.
set -u
. "$(dirname "$0")/../lib/harness.sh"
JNORM=${1:?usage: test_blank_runs.sh PATH/TO/jnorm [KIB]}
RUN=$((${2:-4096} * 1024))

run_of() { # UNIT: RUN bytes of it (whole units)
  local bytes
  bytes=$(printf '%s' "$1" | wc -c)
  yes "$1" | head -n $((RUN / bytes)) | tr -d '\n'
}

want_scan='{"type":"percent","start":START,"end":END,"text":"99.99%以上","value":{"value":99.99,"unit":"%","bound":"min"}}'
want_field='"availability_target":{"status":"value","value":{"value":99.99,"unit":"%","bound":"min"}'

for name in space tab ideographic; do
  case $name in
  space) unit=' ' ;;
  tab) unit=$(printf '\t') ;;
  ideographic) unit='　' ;;
  esac
  f=$tmp/$name.txt
  {
    printf '稼働率: 99.99%%以上'
    run_of "$unit"
    printf '\n'
    run_of "$unit"
    printf '目標値'
    run_of "$unit"
  } >"$f"

  "$JNORM" normalize "$f" >"$tmp/out"
  check "$name: normalize" test "$(cat "$tmp/out")" = "$(printf '稼働率: 99.99%%以上\n目標値')"
  "$JNORM" normalize <"$f" >"$tmp/out"
  check "$name: normalize from stdin" test "$(cat "$tmp/out")" = "$(printf '稼働率: 99.99%%以上\n目標値')"

  "$JNORM" scan "$f" >"$tmp/out"
  check "$name: scan" test "$(cat "$tmp/out")" = "$(echo "$want_scan" | sed 's/START/11/; s/END/23/')"
  "$JNORM" scan --lines "$f" >"$tmp/out"
  check "$name: scan --lines" test "$(cat "$tmp/out")" = "[$(echo "$want_scan" | sed 's/START/11/; s/END/23/')]
[]"

  "$JNORM" parse "$f" >"$tmp/out"
  check "$name: parse" grep -q '"answer":"99.99%以上"' "$tmp/out"
  "$JNORM" extract "$f" >"$tmp/out"
  check "$name: extract" grep -qF "$want_field" "$tmp/out"
done
finish
