#!/usr/bin/env bash
# test_extract_options.sh JNORM ROOT — the options of `jnorm extract`:
# -j N gives the same bytes in input order, a slow sheet holds back at most
# a window of others, --fields keeps exactly those ids, --format csv is a
# valid RFC 4180 table that agrees with the JSON records, --pretty parses
# back to the same objects, and a missing sheet is reported while the
# others print. Checks only what the options guarantee, never extracted
# values. Prints "N passed, N failed".
set -u
. "$(dirname "$0")/../lib/harness.sh"
JNORM=${1:?usage: test_extract_options.sh PATH/TO/jnorm ROOT}
ROOT=${2:?usage: test_extract_options.sh PATH/TO/jnorm ROOT}

# The sheets, in an order that is not the directory's: reversed.
sheets=()
for f in "$ROOT"/corpus/generated/*.txt "$ROOT"/corpus/sheets/*.txt; do
  sheets=("$f" "${sheets[@]}")
done
n=${#sheets[@]}
printf '%s\n' "${sheets[@]}" >"$tmp/order"

run() { # run ARGS... : sets code; output in $tmp/out, $tmp/err
  "$JNORM" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
}

py() { python3 -c "$@"; }

# --- help and version
run extract --help
check "--help exits 0" test "$code" -eq 0
for opt in --fields --format --pretty --jobs '\[undisclosed\]' 'RFC 4180'; do
  check "--help documents $opt" grep -q -- "$opt" "$tmp/out"
done
run extract -V
check "-V exits 0 and names jnorm" grep -q "^jnorm " "$tmp/out"

# --- -j: same bytes, input order
"$JNORM" extract -j 1 "${sheets[@]}" >"$tmp/j1" 2>"$tmp/err1"
c1=$?
"$JNORM" extract -j 4 "${sheets[@]}" >"$tmp/j4" 2>"$tmp/err4"
c4=$?
"$JNORM" extract --jobs 0 "${sheets[@]}" >"$tmp/j0" 2>/dev/null
check "-j 1 exits 0" test "$c1" -eq 0
check "-j 4 exits 0" test "$c4" -eq 0
check "-j 1 prints one record per sheet" test "$(wc -l <"$tmp/j1")" -eq "$n"
check "-j 4 and -j 1 give the same bytes" cmp -s "$tmp/j1" "$tmp/j4"
check "-j 0 (one per CPU) gives the same bytes" cmp -s "$tmp/j1" "$tmp/j0"
check "-j 4 and -j 1 say the same on stderr" cmp -s "$tmp/err1" "$tmp/err4"
check "records come in input order" py '
import json, os, sys
order = [os.path.basename(l.rstrip("\n")) for l in open(sys.argv[1])]
got = [json.loads(l)["sheet"] for l in open(sys.argv[2])]
sys.exit(got != order)' "$tmp/order" "$tmp/j4"

# A slow first sheet (a FIFO nobody writes yet) holds back the others: with
# -j 2 at most 4 sheets are claimed, so the sixth, another FIFO, is not
# opened until the first has been written.
mkfifo "$tmp/slow.fifo" "$tmp/probe.fifo"
timeout 20 "$JNORM" extract -j 2 "$tmp/slow.fifo" "${sheets[@]:0:4}" "$tmp/probe.fifo" \
  "${sheets[@]:4:3}" >"$tmp/slow.out" 2>"$tmp/slow.err" &
pid=$!
sleep 0.5
check "a slow first sheet: nothing printed yet" test ! -s "$tmp/slow.out"
check "a slow first sheet: the window is not passed" py '
import errno, os, sys
try:
    os.close(os.open(sys.argv[1], os.O_WRONLY | os.O_NONBLOCK))
    sys.exit(1)                     # a reader: the sheet was claimed
except OSError as e:
    sys.exit(e.errno != errno.ENXIO)' "$tmp/probe.fifo"
feed() { timeout 10 sh -c 'cat "$1" >"$2"' sh "$@"; } # never hangs the test
feed "${sheets[0]}" "$tmp/slow.fifo"
feed "${sheets[1]}" "$tmp/probe.fifo"
wait "$pid"
check "a slow first sheet: all printed once it comes" test "$(wc -l <"$tmp/slow.out")" -eq 9

# --- --fields
run extract -j 2 --fields revenue,certifications,support_hours "${sheets[@]}"
check "--fields exits 0" test "$code" -eq 0
check "--fields keeps exactly those ids, and the rest of the record" py '
import json, sys
want = {"revenue", "certifications", "support_hours"}
full = [json.loads(l) for l in open(sys.argv[1])]
cut = [json.loads(l) for l in open(sys.argv[2])]
ok = len(full) == len(cut)
for f, c in zip(full, cut):
    ok &= set(c["fields"]) == want & set(f["fields"])
    ok &= all(c["fields"][k] == f["fields"][k] for k in c["fields"])
    ok &= {k: v for k, v in c.items() if k != "fields"} == {k: v for k, v in f.items() if k != "fields"}
sys.exit(not ok)' "$tmp/j1" "$tmp/out"
run extract --fields revenue,no_such_field "${sheets[0]}"
check "--fields with an unknown id exits 64" test "$code" -eq 64
check "--fields names the unknown id" grep -q "no_such_field" "$tmp/err"
check "--fields with an unknown id prints nothing" test ! -s "$tmp/out"

# --- --format csv
run extract --format csv -j 3 "${sheets[@]}"
cp "$tmp/out" "$tmp/all.csv"
check "csv exits 0" test "$code" -eq 0
check "csv: a header, one row per sheet, every row as wide, cells agree with the JSON" py '
import csv, json, sys
ids = [l.split("\t")[0] for l in open(sys.argv[3], encoding="utf-8")
       if l.strip() and not l.startswith("#")]
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
recs = [json.loads(l) for l in open(sys.argv[2])]
ok = rows[0] == ["sheet"] + ids and len(rows) == 1 + len(recs)
ok &= all(len(r) == 1 + len(ids) for r in rows)
for r, rec in zip(rows[1:], recs):
    ok &= r[0] == rec["sheet"]
    for cell, i in zip(r[1:], ids):
        f = rec["fields"].get(i)
        if f is None:
            ok &= cell == ""
        elif f["status"] != "value":
            ok &= cell == "[%s]" % f["status"]
        else:
            ok &= cell != "" or f["value"] in ("", [])
sys.exit(not ok)' "$tmp/all.csv" "$tmp/j1" "$ROOT/dict/fields.tsv"
check "csv rows end with CRLF" py '
import sys
d = open(sys.argv[1], "rb").read()
sys.exit(not (d.endswith(b"\r\n") and d.count(b"\n") == d.count(b"\r\n")))' "$tmp/all.csv"
odd="$tmp/a,\"quoted\""$'\n'"line.txt"
cp "${sheets[0]}" "$odd"
run extract --format csv --fields service_name,revenue "${sheets[1]}" "$odd"
check "csv --fields: columns in the order given" test "$(head -n 1 "$tmp/out")" = $'sheet,service_name,revenue\r'
check "csv quotes a cell with a comma, a quote and a newline" py '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
sys.exit(not (len(rows) == 3 and all(len(r) == 3 for r in rows)
              and rows[2][0] == "a,\"quoted\"\nline.txt"))' "$tmp/out"
check "csv writes the quoted cell as RFC 4180 says" grep -q '^"a,""quoted""$' "$tmp/out"
run extract --pretty --format csv "${sheets[0]}"
check "--pretty with csv exits 64" test "$code" -eq 64
run extract --format xml "${sheets[0]}"
check "an unknown --format exits 64" test "$code" -eq 64
run extract -j many "${sheets[0]}"
check "a bad -j exits 64" test "$code" -eq 64

# --- --pretty
run extract --pretty -j 2 "${sheets[@]}"
check "--pretty exits 0" test "$code" -eq 0
check "--pretty is indented" grep -q '^  "fields": {$' "$tmp/out"
check "--pretty parses back to the compact records, keys in order" py '
import json, sys
text = open(sys.argv[1]).read()
dec, pos, pretty = json.JSONDecoder(object_pairs_hook=list), 0, []
while pos < len(text.rstrip()):
    while text[pos].isspace():
        pos += 1
    obj, pos = dec.raw_decode(text, pos)
    pretty.append(obj)
compact = [dec.decode(l) for l in open(sys.argv[2])]
sys.exit(pretty != compact)' "$tmp/out" "$tmp/j1"

# --- a missing sheet among good ones
run extract -j 4 "${sheets[0]}" "$tmp/missing.txt" "${sheets[1]}" "${sheets[2]}"
check "a missing sheet exits 66" test "$code" -eq 66
check "a missing sheet is named" grep -q "missing.txt" "$tmp/err"
check "the other records still print, in order" py '
import json, os, sys
got = [json.loads(l)["sheet"] for l in open(sys.argv[1])]
sys.exit(got != [os.path.basename(p) for p in sys.argv[2:]])' "$tmp/out" "${sheets[0]}" "${sheets[1]}" "${sheets[2]}"

# --- stdin
"$JNORM" extract --fields revenue - <"${sheets[0]}" >"$tmp/out" 2>/dev/null
check "'-' reads stdin as (stdin)" py '
import json, sys
sys.exit(json.loads(open(sys.argv[1]).read())["sheet"] != "(stdin)")' "$tmp/out"

finish
