/* rewrite.c — the optional stages --era and --numbers (spec §1), applied to
 * normalized text.
 *
 * Both work on mentions found by the scanner, so context decides: an era
 * year is rewritten only inside a date (令和5年3月期 → 2023年3月期,
 * 2000(平成12)年4月1日 → 2000年4月1日, 令和元年 → 2019年), and a kanji or
 * mixed numeral only inside a date or an amount, where it is a quantity
 * (12億39百万円 → 1239000000円, 一ヶ月前 → 1ヶ月前). A bare numeral is left
 * alone: 架空 三十五 is a name. */
#include "rewrite.h"

#include <string.h>

#include "ctx.h"
#include "numeral.h"
#include "scan.h"
#include "utf8.h"

typedef struct editor {
  const jn_ctx *ctx;
  const uint8_t *s;
  unsigned opts;
  jn_buf *out;
  jn_rewrite_piece_fn piece;
  void *payload;
  size_t done; /* s[0..done) is written */
} editor;

/* Copies s[done..to) unchanged. */
static int keep(editor *ed, size_t to) {
  if (to <= ed->done)
    return JN_OK;
  size_t at = ed->out->len;
  if (jn__buf_put(ed->out, ed->s + ed->done, to - ed->done) != JN_OK)
    return JN_ENOMEM;
  if (ed->piece && ed->piece(at, to - ed->done, ed->done, to, 1, ed->payload))
    return JN_ENOMEM;
  ed->done = to;
  return JN_OK;
}

/* Writes `text` in place of s[from..to). */
static int replace(editor *ed, size_t from, size_t to, const char *text, size_t n) {
  if (keep(ed, from) != JN_OK)
    return JN_ENOMEM;
  size_t at = ed->out->len;
  if (jn__buf_put(ed->out, text, n) != JN_OK)
    return JN_ENOMEM;
  if (ed->piece && ed->piece(at, n, from, to, 0, ed->payload))
    return JN_ENOMEM;
  ed->done = to;
  return JN_OK;
}

static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* An era year at s[i] (name or, at a word start, letter) within [i, end):
 * the bytes it spans (name, year, and a "(YYYY)" that repeats it) and the
 * Gregorian year. */
static size_t era_year_at(const editor *ed, size_t i, size_t end, int *year) {
  const jn_lexicon *lx = &ed->ctx->lex;
  size_t en;
  const jn_era *e = jn__era_at(lx, ed->s + i, end - i, &en);
  if (!e && is_digit(i + 1 < end ? ed->s[i + 1] : 0) &&
      (i == 0 || !(ed->s[i - 1] >= 'A' && ed->s[i - 1] <= 'z'))) {
    e = jn__era_by_letter(lx, (char)ed->s[i]);
    en = 1;
  }
  if (!e)
    return 0;
  size_t j = i + en;
  int n = 0;
  if (j + 3 <= end && memcmp(ed->s + j, "元", 3) == 0) {
    n = 1;
    j += 3;
  } else if (j < end && is_digit(ed->s[j])) {
    while (j < end && is_digit(ed->s[j]) && n < 100)
      n = n * 10 + (ed->s[j++] - '0');
    if (n < 1 || n > 99)
      return 0;
  } else {
    jn_numeral num; /* 令和五年 */
    size_t len = jn__numeral_parse(ed->s + j, end - j, &num);
    if (!len || num.arabic || num.value < 1 || num.value > 99)
      return 0;
    n = (int)num.value;
    j += len;
  }
  *year = e->first_year + n - 1;
  /* 平成12(2000)年: the Gregorian year in parentheses wins. */
  if (j + 6 <= end && ed->s[j] == '(' && is_digit(ed->s[j + 1]) && ed->s[j + 5] == ')') {
    *year = (ed->s[j + 1] - '0') * 1000 + (ed->s[j + 2] - '0') * 100 +
            (ed->s[j + 3] - '0') * 10 + (ed->s[j + 4] - '0');
    j += 6;
  }
  return j - i;
}

/* One mention s[from..to): with --era (dates only) era years become
 * Gregorian years and a parenthesized era after a Gregorian year goes; with
 * --numbers every numeral with kanji in it becomes Arabic. One pass, left to
 * right, so the two never overlap. */
static int rewrite_mention(editor *ed, size_t from, size_t to, int eras,
                           int numerals) {
  for (size_t i = from; i < to;) {
    int year;
    size_t n;
    if (eras && (n = era_year_at(ed, i, to, &year))) {
      char digits[8];
      int len = 0;
      for (int d = 1000; d > 0; d /= 10)
        digits[len++] = (char)('0' + (year / d) % 10);
      if (replace(ed, i, i + n, digits, (size_t)len) != JN_OK)
        return JN_ENOMEM;
      i += n;
      continue;
    }
    if (eras && ed->s[i] == '(' && i >= from + 4 && is_digit(ed->s[i - 1])) {
      size_t close = i + 1; /* 2000(平成12)年: the era in parentheses goes */
      while (close < to && ed->s[close] != ')')
        close++;
      if (close < to && era_year_at(ed, i + 1, close, &year) == close - i - 1) {
        if (replace(ed, i, close + 1, "", 0) != JN_OK)
          return JN_ENOMEM;
        i = close + 1;
        continue;
      }
    }
    jn_numeral num;
    n = jn__numeral_parse(ed->s + i, to - i, &num);
    if (n && numerals && (num.kanji || num.multiplier)) {
      char digits[48];
      size_t len = jn__format_number(num.value, digits, sizeof digits);
      if (replace(ed, i, i + n, digits, len) != JN_OK)
        return JN_ENOMEM;
    }
    if (!n)
      jn__utf8_decode(ed->s + i, to - i, &n);
    i += n ? n : 1;
  }
  return JN_OK;
}

int jn__rewrite(const jn_ctx *ctx, const uint8_t *s, size_t len, unsigned opts,
                jn_buf *out, jn_rewrite_piece_fn piece, void *payload) {
  jn_mentions *ms;
  int rc = jn__scan_normalized(ctx, s, len, &ms);
  if (rc != JN_OK)
    return rc;
  editor ed = {ctx, s, opts, out, piece, payload, 0};
  for (size_t k = 0; k < jn_mentions_count(ms) && rc == JN_OK; k++) {
    const jn_mention *m = jn_mentions_at(ms, k);
    size_t from = (size_t)m->start, to = (size_t)m->end;
    int is_date = m->type == JN_MENTION_DATE || m->type == JN_MENTION_PERIOD;
    rc = rewrite_mention(&ed, from, to, (opts & JN_OPT_ERA) && is_date,
                         (opts & JN_OPT_NUMBERS) && m->type != JN_MENTION_NUMBER);
  }
  if (rc == JN_OK)
    rc = keep(&ed, len);
  jn_mentions_free(ms);
  return rc;
}
