/* scan_words.c — mentions made of words: polarity (有り/無し and their
 * variants, dict/polarity.tsv) and intervals (5分間隔, 10分毎, 1時間に一度,
 * 1日1回, 月一回, 2回/月, 年4回, 毎日).
 *
 * Interval values: {"value":N,"unit":U} means every N units;
 * {"value":N,"unit":U,"times":M} means M times every N units (年4回 →
 * {"value":1,"unit":"y","times":4}); {"min":A,"max":B,"unit":U} every A to B
 * units (5~10分毎). "times" is left out when it is 1. */
#include <string.h>

#include "ctx.h"
#include "numeral.h"
#include "scan.h"
#include "utf8.h"

static int is_ideograph_at(const jn_scan_text *t, size_t i, int before) {
  size_t n;
  int32_t cp;
  if (before) {
    if (i == 0)
      return 0;
    size_t at = jn__utf8_last_start(t->s, i);
    cp = jn__utf8_decode(t->s + at, i - at, &n);
  } else {
    if (i >= t->len)
      return 0;
    cp = jn__utf8_decode(t->s + i, t->len - i, &n);
  }
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

size_t jn__scan_polarity(const jn_scan_text *t, size_t i, jn_mention *m) {
  const jn_polar_word *w = jn__polar_at(&t->ctx->lex, t->s + i, t->len - i);
  if (!w)
    return 0;
  if (w->alone && (is_ideograph_at(t, i, 1) || is_ideograph_at(t, i + w->word_len, 0)))
    return 0;
  /* Yes, No: English words stand between non-letters (not Notes, No.3) */
  size_t end = i + w->word_len;
  if (((w->word[0] | 0x20) >= 'a' && (w->word[0] | 0x20) <= 'z') &&
      ((i > 0 && (jn__scan_is_alnum(t->s[i - 1]) || t->s[i - 1] == '.')) ||
       (end < t->len && (jn__scan_is_alnum(t->s[end]) || t->s[end] == '.' || t->s[end] == '-'))))
    return 0;
  /* "ない" and "〇" also end or start other words: alone means no kana
   * either, for the words that are kana or a numeral themselves. */
  if (w->alone && (uint8_t)w->word[0] == 0xE3 && i >= 3 &&
      (t->s[i - 3] == 0xE3))
    return 0;
  /* 500KVA×6: a multiplication sign between amounts, not "no". */
  if (w->word_len == 2 && (uint8_t)w->word[0] == 0xC3 && i > 0 &&
      jn__scan_is_alnum(t->s[i - 1]) && i + 2 < t->len && t->s[i + 2] >= '0' &&
      t->s[i + 2] <= '9')
    return 0;
  /* 補給なしで運転: "without", not an answer; but 無しです, なしでございます,
   * 不要である answer no */
  size_t after = i + w->word_len;
  if (!w->positive &&
      ((jn__scan_lit(t, after, "で") && !jn__scan_lit(t, after, "です") &&
        !jn__scan_lit(t, after, "でし") && !jn__scan_lit(t, after, "でござ") &&
        !jn__scan_lit(t, after, "であ")) ||
       jn__scan_lit(t, after, "に")))
    return 0;
  /* 不要な通信, 必要な措置: a word that qualifies a noun answers nothing */
  if (jn__scan_lit(t, i + w->word_len, "な") && !jn__scan_lit(t, i + w->word_len, "ない") &&
      !jn__scan_lit(t, i + w->word_len, "なし"))
    return 0;
  memset(m, 0, sizeof *m);
  m->type = JN_MENTION_POLARITY;
  m->value = w->positive;
  return w->word_len;
}

/* A period word (日 月 週 年 時間 時) and its unit. */
static size_t period_word(const jn_scan_text *t, size_t i, const char **unit) {
  static const struct {
    const char *word, *unit;
  } words[] = {{"時間", "h"}, {"日", "d"}, {"週", "wk"}, {"月", "mo"},
               {"年", "y"},   {"時", "h"}, {"分", "min"}};
  for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
    size_t n = jn__scan_lit(t, i, words[k].word);
    if (n) {
      *unit = words[k].unit;
      return n;
    }
  }
  return 0;
}

/* "N回" or "N度" (N a numeral, 一 included): the count. */
static size_t times_at(const jn_scan_text *t, size_t i, double *times) {
  jn_numeral num;
  size_t n = jn__numeral_parse(t->s + i, t->len - i, &num), k;
  if (!n || num.value < 1)
    return 0;
  if ((k = jn__scan_lit(t, i + n, "回")) || (k = jn__scan_lit(t, i + n, "度"))) {
    *times = num.value;
    return n + k;
  }
  return 0;
}

static void interval(jn_mention *m, double value, const char *unit, double times) {
  memset(m, 0, sizeof *m);
  m->type = JN_MENTION_INTERVAL;
  m->value = value;
  m->unit = unit;
  m->times = times == 1 ? 0 : times;
}

size_t jn__scan_interval(const jn_scan_text *t, size_t i, jn_mention *m) {
  static const struct {
    const char *word;
    double value;
    const char *unit;
  } every[] = {{"毎日", 1, "d"},       {"毎時", 1, "h"},       {"毎週", 1, "wk"},
               {"毎月", 1, "mo"},      {"毎年", 1, "y"},       {"日次", 1, "d"},
               {"週次", 1, "wk"},      {"月次", 1, "mo"},      {"年次", 1, "y"},
               {"毎分", 1, "min"},     {"日毎", 1, "d"},       {"月毎", 1, "mo"},
               {"四半期毎", 3, "mo"},  {"四半期ごと", 3, "mo"}, {"毎四半期", 3, "mo"},
               {"四半期に一度", 3, "mo"}, {"四半期に1回", 3, "mo"}, {"半期毎", 6, "mo"},
               {"半期ごと", 6, "mo"},  {"毎半期", 6, "mo"},     {"毎朝", 1, "d"},
               {"毎晩", 1, "d"},       {"毎夕", 1, "d"},       {"毎夜", 1, "d"}};
  size_t k, n;
  const char *unit;
  double times = 1;
  /* 月一回, 年4回, 週1回, 日に1回 */
  if ((k = period_word(t, i, &unit)) && !is_ideograph_at(t, i, 1)) {
    size_t j = i + k;
    j += jn__scan_lit(t, j, "に");
    if ((n = times_at(t, j, &times))) {
      interval(m, 1, unit, times);
      return j + n - i;
    }
  }
  for (size_t w = 0; w < sizeof every / sizeof every[0]; w++)
    if ((k = jn__scan_lit(t, i, every[w].word))) {
      interval(m, every[w].value, every[w].unit, 1);
      return k;
    }
  /* An amount of time, then 毎/ごと/おき/間隔/に一度/N回. */
  jn_mention q;
  n = jn__scan_amount(t, i, &q);
  if (n && q.type == JN_MENTION_QUANTITY && jn__time_unit_seconds(q.unit) > 0 && !q.bound) {
    size_t j = i + n;
    if (jn__scan_lit(t, j - 3, "間") && (k = jn__scan_lit(t, j, "隔"))) {
      /* 5分間隔: the unit word took the 間 of 間隔 */
      *m = q;
      m->type = JN_MENTION_INTERVAL;
      return j + k - i;
    }
    static const char *const after[] = {"間隔", "毎", "ごと", "おき"};
    for (size_t a = 0; a < sizeof after / sizeof after[0]; a++)
      if ((k = jn__scan_lit(t, j, after[a]))) {
        *m = q;
        m->type = JN_MENTION_INTERVAL;
        return j + k - i;
      }
    size_t at = j + jn__scan_lit(t, j, "に");
    if ((k = times_at(t, at, &times))) {
      interval(m, q.value, q.unit, times);
      return at + k - i;
    }
    return 0;
  }
  /* 2回/月 */
  if ((n = times_at(t, i, &times)) && jn__scan_lit(t, i + n, "/") &&
      (k = period_word(t, i + n + 1, &unit))) {
    interval(m, 1, unit, times);
    return n + 1 + k;
  }
  return 0;
}
