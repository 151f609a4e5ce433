#!/usr/bin/env bash
# test_parse_golden.sh JNORM SHEETS_DIR — `jnorm parse` on the project's own
# sheets against their reviewed expected rows (corpus/sheets/expected/), and
# the same content in other layouts against the table version: s005 (CP932)
# against s002, s008 (a flattened HTML table) against s001, compared row by
# row without line numbers. Prints "N passed, N failed".
set -u
. "$(dirname "$0")/../lib/harness.sh"
JNORM=$1 DIR=$2

same() { # NAME FILE_A FILE_B
  if diff -q "$2" "$3" >/dev/null; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $1" >&2
    diff "$2" "$3" | head -10 >&2
  fi
}

rows_only() { # the answer rows, without their line numbers
  tail -n +2 "$1" | sed 's/,"line":[0-9]*}$/}/'
}

# The rows of the form, as reviewed: rows made from the text around the
# tables (pairs, blocks, sentences: "anchor" is set) are checked by
# tests/extract, and the header's row count includes them.
form_rows() { # FILE
  grep -v -e '"anchor":"pair"' -e '"anchor":"block"' -e '"anchor":"sentence"' -e '^{"columns":' "$1" |
    sed '1s/,"rows":[0-9]*}$/}/'
}

for s in s001_tsv s002_markdown s003_html s004_messy; do
  "$JNORM" parse "$DIR/$s.txt" >"$tmp/$s.all.jsonl"
  form_rows "$tmp/$s.all.jsonl" >"$tmp/$s.jsonl"
  same "$s: rows as reviewed" "$tmp/$s.jsonl" <(form_rows "$DIR/expected/$s.rows.jsonl")
done
"$JNORM" parse "$DIR/s005_cp932.txt" | form_rows /dev/stdin >"$tmp/s005.jsonl"
same "s005 (CP932) reads as s002" <(rows_only "$tmp/s005.jsonl") \
  <(rows_only "$DIR/expected/s002_markdown.rows.jsonl")
"$JNORM" parse "$DIR/s008_html_table.txt" | form_rows /dev/stdin >"$tmp/s008.jsonl"
same "s008 (one-line HTML table) reads as s001" <(rows_only "$tmp/s008.jsonl" | sed 's/"section":[^,]*,//') \
  <(rows_only "$DIR/expected/s001_tsv.rows.jsonl" | sed 's/"section":[^,]*,//')
finish
