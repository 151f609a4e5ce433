/* sheet_despace.c — the blanks a PDF's text puts between figures and the
 * Japanese around them, taken out, line for line.
 *
 * pdftotext writes a run of Latin glyphs (a figure set in another font)
 * apart from the Japanese before and after it: "2024 年 4 月 1 日", "24 時間
 * 365 日", "第 3 条", "7 日前まで", "60 分以内". Read as written, "24 時間"
 * starts like an item's number and its label, and "60 分" is no length of
 * time (one kanji after a blank may start a word: 5 分散). A text that
 * writes its dates so (a digit, a blank and 年, 月 or 日, five times or
 * more, and more often than without the blank) is such a text: there every
 * single blank between a digit and the Japanese after it is taken out, and
 * the blank before a figure that goes on a figure or 第 or 約. A
 * text that writes 2024年 whole keeps its blanks ("1 開示情報の日付": an
 * item's number and its label, as lynx prints a row). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { SPACED_DATES_MIN = 5 };

static int digit(char c) { return c >= '0' && c <= '9'; }

/* A Japanese character starts at s: kana, kanji, full-width forms (the
 * lead bytes E3–E9 and EF of UTF-8). */
static int japanese_at(const char *s, size_t n) {
  unsigned char c = (unsigned char)s[0];
  return n >= 3 && ((c >= 0xE3 && c <= 0xE9) || c == 0xEF);
}

static int date_word_at(const char *s, size_t n) {
  return n >= 3 && (!memcmp(s, "年", 3) || !memcmp(s, "月", 3) || !memcmp(s, "日", 3));
}

/* Dates written with blanks ("4 月") and without ("4月"). */
static void count_dates(const char *in, size_t len, size_t *spaced, size_t *whole) {
  *spaced = *whole = 0;
  for (size_t i = 1; i + 3 < len; i++) {
    if (!digit(in[i - 1]))
      continue;
    if (in[i] == ' ' && date_word_at(in + i + 1, len - i - 1))
      (*spaced)++;
    else if (date_word_at(in + i, len - i))
      (*whole)++;
  }
}

/* Does the text so far (b) end with a word that a figure after a blank
 * goes on: 第 or 約 before it (第 3 条, 約 1,200 社), or a figure's own 年,
 * 月, 億, 万 or 兆 (2025年 4 月, 4億 9,800 万円)? */
static int joins_next_figure(const jn_buf *b) {
  static const char *const lead[] = {"第", "約"}, *const part[] = {"年", "月", "億", "万", "兆"};
  if (b->len < 3)
    return 0;
  const char *end = b->data + b->len - 3;
  for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
    if (!memcmp(end, lead[k], 3))
      return 1;
  for (size_t k = 0; b->len >= 4 && k < sizeof part / sizeof part[0]; k++)
    if (!memcmp(end, part[k], 3) && digit(end[-1]))
      return 1;
  return 0;
}

char *jn__sheet_despace(const char *in, size_t len, size_t *out_len) {
  size_t spaced, whole;
  count_dates(in, len, &spaced, &whole);
  if (spaced < SPACED_DATES_MIN || spaced <= whole)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < len; i++) {
    if (in[i] == ' ' && i > 0 && i + 1 < len && in[i - 1] != ' ' && in[i + 1] != ' ') {
      int after_digit = digit(in[i - 1]) && japanese_at(in + i + 1, len - i - 1);
      /* before a figure, a blank after any other word parts a label from
       * its value (初期費用 30,000 円, as pdftotext -raw writes a row) */
      int before_digit = digit(in[i + 1]) && joins_next_figure(&b);
      if (after_digit || before_digit)
        continue;
    }
    jn__buf_put(&b, in + i, 1);
  }
  if (b.failed) {
    jn__buf_free(&b);
    return NULL;
  }
  *out_len = b.len;
  return jn__buf_detach(&b);
}
