#!/usr/bin/env bash
# test_big_line.sh JNORM RSS_RUN [MIB] — one line of MIB mebibytes (default
# 256) with no line break, streamed through `jnorm normalize`: the output
# must be exactly the normalized units and the peak RSS under 100 MiB.
set -eu
JNORM=$1 RSS_RUN=$2 MIB=${3:-256}
unit='ｻｰﾊﾞｰ（株）漢字テスト１２３〜ﾃﾞｰﾀ'
want_unit='サーバー(株)漢字テスト123~データ'
unit_bytes=$(printf '%s' "$unit" | wc -c)
count=$(( MIB * 1024 * 1024 / unit_bytes ))
got=$( (yes "$unit" | head -n "$count" | tr -d '\n') |
  "$RSS_RUN" 102400 "$JNORM" normalize | wc -c)
want=$(( count * $(printf '%s' "$want_unit" | wc -c) ))
echo "in: $((count * unit_bytes)) bytes on one line; out: $got bytes (want $want)"
[ "$got" -eq "$want" ]
echo "1 passed, 0 failed"
