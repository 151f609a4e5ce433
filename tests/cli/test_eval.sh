#!/usr/bin/env bash
# test_eval.sh JNORM — the command-line contract of `jnorm eval`: usage
# errors, a malformed file named with its line, a missing file, and the
# score of a prediction that is the gold itself. Prints "N passed, N failed".
set -u
. "$(dirname "$0")/../lib/harness.sh"
JNORM=$1
printf '{"sheet":"a.txt","fields":{"founded":{"status":"value","value":"1983"},"revenue":{"status":"value","value":{"value":1000000,"unit":"JPY","as_of":"2023-03"}}}}\n' >"$tmp/gold.jsonl"
printf '{"sheet":"a.txt","fields":{"founded":{"status":"value","value":"1983"},"revenue":{"status":"value","value":{"value":1000000,"unit":"JPY"}}}}\n' >"$tmp/pred.jsonl"
"$JNORM" eval --gold "$tmp/gold.jsonl" "$tmp/gold.jsonl" >"$tmp/out" 2>"$tmp/err"
check "gold against itself exits 0" test $? -eq 0
check "gold against itself is all correct" grep -qE '^OVERALL +2 +2 +1\.0000' "$tmp/out"
"$JNORM" eval --json --gold "$tmp/gold.jsonl" "$tmp/pred.jsonl" >"$tmp/out" 2>"$tmp/err"
check "a missing as_of is a miss" grep -qF '"overall":{"gold":2,"correct":1,"accuracy":0.5' "$tmp/out"
check "--json lists the miss" grep -qF '"misses":[{"sheet":"a.txt","field":"revenue"' "$tmp/out"
"$JNORM" eval "$tmp/pred.jsonl" >/dev/null 2>"$tmp/err"
check "no --gold exits 64" test $? -eq 64
printf '{"sheet":"a.txt","fields":{}}\n\n{"sheet":"b.txt"}\n' >"$tmp/bad.jsonl"
"$JNORM" eval --gold "$tmp/bad.jsonl" "$tmp/pred.jsonl" >/dev/null 2>"$tmp/err"
check "a malformed gold file exits 65" test $? -eq 65
check "the message names the file and line" grep -q 'bad.jsonl:3: expected a "fields" object' "$tmp/err"
"$JNORM" eval --gold "$tmp/gold.jsonl" "$tmp/none.jsonl" >/dev/null 2>"$tmp/err"
check "a missing prediction file exits 66" test $? -eq 66
CASES=$(dirname "$0")/../eval/cases
"$JNORM" eval --gold "$CASES/bad_json.jsonl" "$CASES/pred_1.jsonl" >/dev/null 2>"$tmp/err"
check "invalid JSON in gold exits 65" test $? -eq 65
check "invalid JSON is named at line 3" grep -q 'bad_json.jsonl:3:' "$tmp/err"
"$JNORM" eval --gold "$CASES/gold_1.jsonl" "$CASES/bad_shape.jsonl" >/dev/null 2>"$tmp/err"
check "a prediction without fields exits 65" test $? -eq 65
check "the bad prediction is named at line 2" grep -q 'bad_shape.jsonl:2:' "$tmp/err"
finish
