#!/usr/bin/env bash
# test_extract.sh JNORM ROOT MIN — `jnorm extract` over the generated corpus,
# scored by `jnorm eval` against its gold: the overall accuracy must reach
# MIN (a floor that only rises; the target is far above it).
set -u
JNORM=$1 ROOT=$2 MIN=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$JNORM" extract "$ROOT"/corpus/generated/*.txt >"$tmp/records.jsonl" || exit 1
"$JNORM" eval --json --gold "$ROOT/corpus/gold/generated.jsonl" "$tmp/records.jsonl" >"$tmp/score.json" || exit 1
acc=$(sed 's/.*"overall":{[^}]*"accuracy":\([0-9.eE+-]*\).*/\1/' "$tmp/score.json")
echo "overall accuracy on corpus/generated: $acc (floor $MIN)"
if awk -v a="$acc" -v m="$MIN" 'BEGIN { exit !(a >= m) }'; then
  echo "1 passed, 0 failed"
else
  echo "0 passed, 1 failed"
  exit 1
fi
