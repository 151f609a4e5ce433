#!/usr/bin/env bash
# rss_normalize.sh [GIB] — streams one line of GIB gibibytes (default 1)
# through `jnorm normalize` and prints the time, throughput and peak RSS.
# Build first (bash scripts/dev.sh demo, or cmake --build build).
set -eu
cd "$(dirname "$0")/.."
GIB=${1:-1}
JNORM=build/cli/jnorm RSS_RUN=build/tests/rss_run
unit='ｻｰﾊﾞｰ（株）漢字テスト１２３〜ﾃﾞｰﾀ　の 稼働率は99.9%以上です。'
unit_bytes=$(printf '%s' "$unit" | wc -c)
count=$(( GIB * 1024 * 1024 * 1024 / unit_bytes ))
start=$(date +%s.%N)
out=$( (yes "$unit" | head -n "$count" | tr -d '\n') |
  "$RSS_RUN" 1048576 "$JNORM" normalize | wc -c)
end=$(date +%s.%N)
in=$((count * unit_bytes))
awk -v in_="$in" -v out="$out" -v s="$start" -v e="$end" 'BEGIN {
  printf "input %d bytes on one line, output %d bytes, %.1f s wall (%.0f MB/s including the generator)\n",
    in_, out, e - s, in_ / (e - s) / 1e6 }'
