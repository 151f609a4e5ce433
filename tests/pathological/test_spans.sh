#!/usr/bin/env bash
# test_spans.sh JNORM RSS_RUN — tables whose cells span rows are expanded
# (a rowspan's text repeated on each row it covers), so a document can ask
# for far more than its size: 200 cells of 9 KB each spanning 1000 rows of
# an HTML table, and a box-drawn table of 40 000 rows whose rules do not
# line up (one cell would span them all), and a tab-separated row followed
# by 20 000 lines a browser's copy would write for one cell. All must parse
# with peak RSS under 400 MiB: the readers bound what they expand to a few
# times the input.
set -eu
JNORM=$1 RSS_RUN=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
cells = ''.join('<tr><td rowspan="1000">' + '長い文' * 3000 + '</td><td>x</td></tr>'
                for i in range(200))
open(d + '/rowspan.html', 'w').write('<html><body><table>' + cells + '</table></body></html>')
box = '┌──┬──┐\n' + ''.join('│%d │項目%d│\n├──┼──┤\n' % (i, i) for i in range(40000)) + '└──┴──┘\n'
open(d + '/box.txt', 'w').write(box)
# a tab-separated row and 20 000 lines with no tab after it: a copied
# cell's lines go on from its answer, a few at most (each joined once)
lines = '1\t事業者名\t必須\t架空ネット株式会社\n' + 'サービスの説明文の続きの行\n' * 20000
open(d + '/cell_lines.tsv', 'w').write(lines)
PY
for f in rowspan.html box.txt cell_lines.tsv; do
  if "$RSS_RUN" 409600 "$JNORM" parse "$tmp/$f" >/dev/null; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $f: jnorm parse failed or went over 400 MiB" >&2
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
