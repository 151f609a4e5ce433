#!/usr/bin/env bash
# test_cli.sh JNORM — the command-line contract of `jnorm normalize`: help,
# version, exit codes (sysexits), stdin/stdout, messages that name the file
# and line, and output errors. Prints "N passed, N failed".
set -u
. "$(dirname "$0")/../lib/harness.sh"
JNORM=${1:?usage: test_cli.sh PATH/TO/jnorm}


run() { # run ARGS... : sets out, err, code
  "$JNORM" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
  out=$(cat "$tmp/out")
  err=$(cat "$tmp/err")
}

run --help
check "--help exits 0" test "$code" -eq 0
check "--help lists normalize" grep -q "normalize" "$tmp/out"
check "--help writes nothing to stderr" test -z "$err"
run normalize --help
check "normalize --help exits 0" test "$code" -eq 0
check "normalize --help names --strict" grep -q -- "--strict" "$tmp/out"
run --version
check "--version exits 0" test "$code" -eq 0
check "--version says jnorm and ICU" grep -q "jnorm .*ICU" "$tmp/out"
run
check "no command exits 64" test "$code" -eq 64
run frobnicate
check "unknown command exits 64" test "$code" -eq 64
check "unknown command is named" grep -q "frobnicate" "$tmp/err"
run normalize --frob
check "unknown option exits 64" test "$code" -eq 64
check "unknown option is named" grep -q -- "--frob" "$tmp/err"

printf 'ＡＢＣ　ｶﾞ\r\n２行目\n' >"$tmp/a.txt"
printf '\xef\xbb\xbfﾊﾟｿｺﾝ\n' >"$tmp/b.txt"
run normalize "$tmp/a.txt" "$tmp/b.txt"
check "two files exit 0" test "$code" -eq 0
check "two files normalized in order" test "$out" = "$(printf 'ABC ガ\n2行目\nパソコン')"

printf 'ｶﾞ\n' | "$JNORM" normalize >"$tmp/out" 2>"$tmp/err"
check "stdin to stdout" test "$(cat "$tmp/out")" = "ガ"
printf 'ｶﾞ\n' | "$JNORM" normalize - >"$tmp/out" 2>"$tmp/err"
check "'-' is stdin" test "$(cat "$tmp/out")" = "ガ"

run normalize "$tmp/a.txt" "$tmp/missing.txt" "$tmp/b.txt"
check "missing file exits 66" test "$code" -eq 66
check "missing file is named" grep -q "missing.txt" "$tmp/err"
check "files after a missing one are still done" grep -q "パソコン" "$tmp/out"
run normalize "$tmp"
check "a directory exits 66" test "$code" -eq 66

: >"$tmp/empty.txt"
run normalize "$tmp/empty.txt"
check "empty file exits 0 with no output" test "$code" -eq 0 -a -z "$out"

printf 'ok\nb\xffc\nd\xfe\n' >"$tmp/bad.txt"
run normalize "$tmp/bad.txt"
check "invalid UTF-8 exits 0 by default" test "$code" -eq 0
check "invalid UTF-8 replaced by U+FFFD" grep -q $'b\xef\xbf\xbdc' "$tmp/out"
check "warning names file, line, count, offset" \
  grep -q "bad.txt:2: warning: 2 invalid UTF-8 sequences replaced by U+FFFD (first at byte 4)" "$tmp/err"
run normalize --strict "$tmp/bad.txt"
check "--strict exits 65" test "$code" -eq 65
check "--strict names file and line" grep -q "bad.txt:2:" "$tmp/err"

if [ -w /dev/full ]; then
  "$JNORM" normalize "$tmp/a.txt" >/dev/full 2>"$tmp/err"
  code=$?
  check "a full disk exits 74" test "$code" -eq 74
  check "a full disk is reported" grep -q "error writing output" "$tmp/err"
fi

printf '<p>R&amp;D <a href="https://example.jp/">詳細</a></p>\n' >"$tmp/h.html"
run normalize --html "$tmp/h.html"
check "--html strips tags and keeps the link target" test "$out" = "R&D 詳細 (https://example.jp/)"
printf 'a\tb\n' >"$tmp/t.txt"
run normalize --keep-tabs "$tmp/t.txt"
check "--keep-tabs keeps the tab" test "$out" = "$(printf 'a\tb')"

run normalize "$tmp/bad.txt" --strict
check "options after file names still apply" test "$code" -eq 65
printf 'x\xff\n' >"$tmp/bad1.txt"
run normalize "$tmp/bad1.txt" "$tmp/a.txt" "$tmp/bad.txt"
check "invalid UTF-8 counted per file" \
  grep -q "bad.txt:2: warning: 2 invalid UTF-8 sequences replaced by U+FFFD (first at byte 4)" "$tmp/err"
check "a clean file after a bad one gets no warning" test "$(grep -c "a.txt" "$tmp/err")" -eq 0
run help normalize
check "'help COMMAND' shows the command's help" grep -q "usage: jnorm normalize" "$tmp/out"
run --frob
check "unknown top-level option exits 64" test "$code" -eq 64
check "unknown top-level option is called an option" grep -q "unknown option '--frob'" "$tmp/err"
if [ -w /dev/full ]; then
  printf 'hi\n' | "$JNORM" normalize >/dev/full 2>"$tmp/err"
  code=$?
  check "a full disk from stdin exits 74" test "$code" -eq 74
  check "a full disk from stdin names the cause" grep -q "No space left" "$tmp/err"
fi

# jnorm scan
printf '売上高 ２０，１０９百万円(令和5年3月期)\n特記事項\n震度6強\n' >"$tmp/s.txt"
run scan "$tmp/s.txt"
check "scan exits 0" test "$code" -eq 0
check "scan prints one object per mention" test "$(wc -l <"$tmp/out")" -eq 3
check "scan gives money with its span in the original bytes" \
  grep -qF '{"type":"money","start":10,"end":37,"text":"２０，１０９百万円","value":{"value":20109000000,"unit":"JPY"}}' "$tmp/out"
check "scan gives the fiscal period as a date" grep -qF '"text":"令和5年3月期","value":"2023-03"' "$tmp/out"
check "scan counts offsets from the start of the file" grep -qF '"start":70,' "$tmp/out"
run scan --lines "$tmp/s.txt"
check "scan --lines prints one line per input line" test "$(wc -l <"$tmp/out")" -eq 3
check "scan --lines prints [] for a line without mentions" test "$(sed -n 2p "$tmp/out")" = "[]"
check "scan --lines counts offsets from the line start" \
  test "$(sed -n 3p "$tmp/out")" = '[{"type":"quantity","start":0,"end":10,"text":"震度6強","value":{"value":"6+","unit":"shindo"}}]'
printf 'a\n\n2023年' | "$JNORM" scan --lines >"$tmp/out"
check "scan --lines keeps empty lines and a last line without a break" \
  test "$(cat "$tmp/out")" = "$(printf '[]\n[]\n[{"type":"date","start":0,"end":7,"text":"2023年","value":"2023"}]')"
run scan "$tmp/missing.txt"
check "scan: a missing file exits 66" test "$code" -eq 66

printf '20,109\n' >"$tmp/u.txt"
run scan --unit '(単位:千円)' "$tmp/u.txt"
check "scan --unit scales bare amounts" grep -qF '"value":{"value":20109000,"unit":"JPY"}' "$tmp/out"
run scan --unit foo "$tmp/u.txt"
check "scan --unit with no unit exits 64" test "$code" -eq 64

# normalize --era / --numbers
printf '令和5年3月期 12億39百万円 架空 三十五\n' >"$tmp/e.txt"
run normalize --era --numbers "$tmp/e.txt"
check "normalize --era --numbers" test "$out" = "2023年3月期 1239000000円 架空 三十五"

# jnorm parse
printf '認定番号: 0001-0001, サービス名称: テスト, 事業者名称: 株式会社テスト\n1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t必須 2023/11/1\n' >"$tmp/p.txt"
run parse "$tmp/p.txt"
check "parse exits 0" test "$code" -eq 0
check "parse prints the header first" \
  test "$(head -1 "$tmp/out")" = '{"sheet":"p.txt","format":"flat","cert_number":"0001-0001","service_name":"テスト","company_name":"株式会社テスト","pages":0,"encoding":"utf-8","rows":1}'
check "parse prints the row" \
  test "$(sed -n 2p "$tmp/out")" = '{"item":"1","section":null,"label":"開示情報の日付","question":"開示情報の年月日(西暦)","required":"必須","answer":"2023/11/1","line":2}'
if command -v iconv >/dev/null; then
  iconv -f UTF-8 -t CP932 "$tmp/p.txt" >"$tmp/p932.txt"
  run parse "$tmp/p932.txt"
  check "parse reads a CP932 sheet" grep -qF '"encoding":"cp932"' "$tmp/out"
  check "parse converts CP932 answers" grep -qF '"answer":"2023/11/1"' "$tmp/out"
fi
run parse "$tmp/missing.txt"
check "parse: a missing sheet exits 66" test "$code" -eq 66

# No sheet: empty or binary input is an error naming the file (65), and
# the good sheets beside it still come out; bytes that are not UTF-8 are
# read as U+FFFD and the record says where.
printf '1\t開示情報の日付\t開示情報の年月日(西暦)\t必須\t2023/11/1\n' >"$tmp/good.txt"
printf 'abc\000def\n' >"$tmp/binary.txt"
printf ' \n\n' >"$tmp/blank.txt"
run extract "$tmp/blank.txt" "$tmp/binary.txt" "$tmp/good.txt"
check "extract: empty and binary input exit 65" test "$code" -eq 65
check "extract: the empty file is named" grep -q "blank.txt: empty: not a sheet" "$tmp/err"
check "extract: the binary file is named with its line" \
  grep -q "binary.txt: binary data (a NUL byte at line 1)" "$tmp/err"
check "extract: the good sheet still comes out" grep -q '"sheet":"good.txt"' "$tmp/out"
printf '1\t開示情報の日付\t開示情報の年月日(西暦)\t必須\t2023/11/1\n2\t事業者名\t事業者の正式名称\t必須\t\377\376株式会社\n' \
  >"$tmp/latin.txt"
run extract "$tmp/latin.txt"
check "extract: bytes that are not UTF-8 are a warning with their line" \
  grep -q '"warnings":\[{"line":2,"message":"bytes that are not UTF-8' "$tmp/out"
check "extract: ... and on stderr, with the file and line" \
  grep -q "latin.txt:2: warning: bytes that are not UTF-8 (nor CP932) read as U+FFFD" "$tmp/err"
check "extract: ... a warning only (exit 0)" test "$code" -eq 0
# Sixty required markers in a row are read in linear time, not 2^60.
{ printf '1\t事業者名\t質問\t'; for i in $(seq 60); do printf '必須 '; done; printf '回答\n'; } \
  >"$tmp/markers.txt"
check "sixty markers in one cell parse at once" timeout 10 "$JNORM" parse "$tmp/markers.txt"
run parse "$tmp/latin.txt"
check "parse: the header names the first line that is not UTF-8" \
  grep -q '"invalid_utf8_line":2' "$tmp/out"

finish
