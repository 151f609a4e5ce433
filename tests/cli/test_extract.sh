#!/usr/bin/env bash
# test_extract.sh JNORM ROOT MIN — `jnorm extract` over the bundled corpus
# (corpus/generated and the hand-written corpus/sheets), each scored by
# `jnorm eval` against its gold: the overall accuracy must reach MIN (a
# floor that only rises); the held-out sets must reach 0.97. The five real sheets of ../shared, when present,
# must reach it too. Then the record's warnings: a date outside its era
# and an amount with its digits grouped out of place are kept and said.
set -u
. "$(dirname "$0")/../lib/harness.sh"
JNORM=$1 ROOT=$2 MIN=$3

reaches() { # NAME GOLD SHEET...   (the floor is $floor, MIN unless set)
  local name=$1 gold=$2 floor=${floor:-$MIN}
  shift 2
  "$JNORM" extract "$@" >"$tmp/$name.jsonl" || return 1
  "$JNORM" eval --json --gold "$gold" "$tmp/$name.jsonl" >"$tmp/$name.score" || return 1
  local acc
  acc=$(sed 's/.*"overall":{[^}]*"accuracy":\([0-9.eE+-]*\).*/\1/' "$tmp/$name.score")
  echo "overall accuracy on $name: $acc (floor $floor)"
  awk -v a="$acc" -v m="$floor" 'BEGIN { exit !(a >= m) }'
}

check "corpus/generated reaches the floor" \
  reaches generated "$ROOT/corpus/gold/generated.jsonl" "$ROOT"/corpus/generated/*.txt
check "corpus/sheets reaches the floor" \
  reaches handwritten "$ROOT/corpus/gold/handwritten.jsonl" "$ROOT"/corpus/sheets/s0*.txt
# Other document kinds (the certifier's page, METI checklists, SLA and SLO
# pages: corpus/gen/gen_docs.py): their own floor, the level the reader
# reaches today (0.90), to rise as it does.
floor=0.87 check "corpus/generated_docs reaches 0.87" \
  reaches generated_docs "$ROOT/corpus/gold/generated_docs.jsonl" "$ROOT"/corpus/generated_docs/*
# The held-out sets were measured blind once each (corpus/README.md) and
# are regression sets since: a lower floor, as some of their misses are
# judgement calls the extractor does not make.
for set in heldout heldout2 heldout3 heldout4; do
  floor=0.97 check "corpus/$set reaches 0.97" \
    reaches "$set" "$ROOT/corpus/$set/gold.jsonl" "$ROOT"/corpus/$set/[hbcd]0*.txt
done
real="$ROOT/../shared/corpus/real"
if [ -d "$real" ] && [ -f "$ROOT/../shared/spec/gold/real.jsonl" ]; then
  check "the real sheets reach the floor" \
    reaches real "$ROOT/../shared/spec/gold/real.jsonl" "$real"/*.txt
else
  echo "$real absent: the real sheets are not scored"
fi
other="$ROOT/../shared/corpus/real-other"
if [ -d "$other" ] && [ -f "$ROOT/../shared/spec/gold/real-other.jsonl" ]; then
  floor=0.80 check "the real excerpts of other documents reach 0.80" \
    reaches real-other "$ROOT/../shared/spec/gold/real-other.jsonl" "$other"/*.txt
else
  echo "$other absent: the real excerpts of other documents are not scored"
fi

printf '1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t必須\t平成31年5月1日\n11\t資本金\t資本金\t資本金(単独ベース)\t必須\t¥100,000,00\n' \
  >"$tmp/warn.txt"
"$JNORM" extract "$tmp/warn.txt" >"$tmp/warn.jsonl"
check "a date outside its era is converted and warned about" \
  grep -q '"disclosure_date":{"status":"value","value":"2019-05-01".*"warnings":\[.*"field":"disclosure_date","line":1,"message":"date outside its era' "$tmp/warn.jsonl"
check "an amount with digits grouped out of place is warned about" \
  grep -q '"field":"capital","line":2,"message":"digit grouping out of place' "$tmp/warn.jsonl"
finish
