#!/usr/bin/env bash
# test_corpus.sh ROOT JNORM — the committed corpus: the generator reproduces
# corpus/generated/ and its gold byte for byte from seed 42, and
# corpus/generated_docs/ (the other document kinds, --kinds) from seed 7 (so
# the samples are what the generator makes, deterministically); every gold
# value's evidence is in its sheet (corpus/tools/check_gold.py, a second
# independent pass); `jnorm parse` reads every sheet and `jnorm extract`
# every document. Prints "N passed, N failed".
set -u
. "$(dirname "$0")/../lib/harness.sh"
ROOT=$1 JNORM=$2
n=$(ls "$ROOT/corpus/generated" | wc -l)
python3 "$ROOT/corpus/gen/gen_sheets.py" --seed 42 --count "$n" --out "$tmp/gen" \
  --gold "$tmp/gold.jsonl" >/dev/null
check "the generator reproduces corpus/generated" diff -r -q "$tmp/gen" "$ROOT/corpus/generated"
check "the generator reproduces corpus/gold/generated.jsonl" \
  cmp -s "$tmp/gold.jsonl" "$ROOT/corpus/gold/generated.jsonl"
python3 "$ROOT/corpus/gen/gen_sheets.py" --seed 7 --count 9 --out "$tmp/a" --gold "$tmp/a.jsonl" >/dev/null
python3 "$ROOT/corpus/gen/gen_sheets.py" --seed 7 --count 9 --out "$tmp/b" --gold "$tmp/b.jsonl" >/dev/null
check "the same seed gives the same sheets" diff -r -q "$tmp/a" "$tmp/b"
check "gold evidence is in the sheets" \
  python3 "$ROOT/corpus/tools/check_gold.py" "$ROOT/corpus/gold/generated.jsonl" "$ROOT/corpus/generated"
kinds=certifier_page,meti_checklist,sla_page,slo_page
nd=$(ls "$ROOT/corpus/generated_docs" | wc -l)
python3 "$ROOT/corpus/gen/gen_sheets.py" --seed 7 --count "$nd" --kinds "$kinds" --out "$tmp/docs" \
  --gold "$tmp/docs.jsonl" 2>/dev/null
check "the generator reproduces corpus/generated_docs" diff -r -q "$tmp/docs" "$ROOT/corpus/generated_docs"
check "the generator reproduces corpus/gold/generated_docs.jsonl" \
  cmp -s "$tmp/docs.jsonl" "$ROOT/corpus/gold/generated_docs.jsonl"
check "gold evidence is in the documents" \
  python3 "$ROOT/corpus/tools/check_gold.py" "$ROOT/corpus/gold/generated_docs.jsonl" "$ROOT/corpus/generated_docs"
gen_check() { # the generator's own checks of the document kinds (quiet unless they fail)
  python3 "$ROOT/corpus/gen/gen_sheets.py" --seed 11 --count 48 --kinds "$kinds" --out "$tmp/chk" --check \
    2>"$tmp/chk.log" || { cat "$tmp/chk.log" >&2; return 1; }
}
check "the document kinds pass the generator's --check" gen_check
docs_read() {
  "$JNORM" extract "$ROOT"/corpus/generated_docs/*.txt >"$tmp/docs.pred" || return 1
  [ "$(wc -l <"$tmp/docs.pred")" -eq "$nd" ]
}
check "jnorm extract reads every document" docs_read
bad=0
for f in "$ROOT"/corpus/generated/*.txt "$ROOT"/corpus/sheets/*.txt; do
  rows=$("$JNORM" parse "$f" | head -1 | sed 's/.*"rows":\([0-9]*\)}.*/\1/')
  [ "${rows:-0}" -ge 60 ] || { echo "  $f: $rows rows" >&2; bad=$((bad + 1)); }
done
check "jnorm parse finds the rows of every sheet" test "$bad" -eq 0
finish
