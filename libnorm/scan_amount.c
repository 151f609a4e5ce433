/* scan_amount.c — numbers and what they measure (spec §5): money (円, ¥,
 * 万円, 百万円, 億円), percentages (%, パーセント, 割), quantities with a unit
 * from dict/units.tsv (durations, counts, ages, electrical, bandwidth),
 * seismic intensity (震度6強 → "6+"), ranges (5~10分, 1日から365日) and
 * bounds (以上 以下 以内 未満 超 まで から 約 程度 およそ 最大 最低 and "~"
 * after a price). Anything else numeric is a bare number. */
#include <string.h>

#include "ctx.h"
#include "numeral.h"
#include "scan.h"
#include "utf8.h"

int jn__scan_is_alnum(uint8_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 'a' && c <= 'z');
}

int jn__scan_is_numeral_start(uint32_t cp) {
  return cp == 0x5341 || cp == 0x767E || cp == 0x5343 || cp == 0x62FE;
}


size_t jn__scan_digits(const jn_scan_text *t, size_t i, size_t max, int *value) {
  size_t n = 0;
  int v = 0;
  while (i + n < t->len && n < max && t->s[i + n] >= '0' && t->s[i + n] <= '9')
    v = v * 10 + (t->s[i + n++] - '0');
  if (i + n < t->len && t->s[i + n] >= '0' && t->s[i + n] <= '9')
    return 0; /* more digits than allowed */
  *value = v;
  return n;
}

/* Words before an amount, with the bound they give. */
static const struct {
  const char *word;
  const char *bound;
} prefixes[] = {
    {"約", "approx"}, {"およそ", "approx"}, {"概ね", "approx"},
    {"最大", "max"},  {"最低", "min"},      {"最小", "min"},
    {"少なくとも", "min"},
};

/* Words after an amount, with the bound they give. */
static const struct {
  const char *word;
  const char *bound;
} suffixes[] = {
    {"以上", "min"},  {"以下", "max"}, {"以内", "max"},    {"未満", "max"},
    {"を超える", "min"}, {"超え", "min"}, {"超", "min"},  {"を突破", "min"}, {"突破", "min"},
    {"程度", "approx"},
    {"前後", "approx"}, {"くらい", "approx"}, {"ぐらい", "approx"},
};

double jn__time_unit_seconds(const char *unit) {
  static const struct {
    const char *unit;
    double seconds;
  } time[] = {{"s", 1},         {"min", 60},      {"h", 3600},         {"d", 86400},
              {"wk", 604800},   {"mo", 2629746},  {"y", 31556952}};
  for (size_t i = 0; unit && i < sizeof time / sizeof time[0]; i++)
    if (strcmp(unit, time[i].unit) == 0)
      return time[i].seconds;
  return 0;
}

const char *jn__scan_prefix_word(size_t i) {
  return i < sizeof prefixes / sizeof prefixes[0] ? prefixes[i].word : NULL;
}

static int ideograph_before(const uint8_t *s, size_t i) {
  if (i < 3)
    return 0;
  size_t at = jn__utf8_last_start(s, i), n;
  int32_t cp = jn__utf8_decode(s + at, i - at, &n);
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* Does the prefix that ends at `end` end a word instead (契約 10, 予約 3:
 * dict/words.tsv bound_in_word)? Another kanji before it is a noun the
 * figure is about (電力供給時間約10分). Without the lexicon, any kanji. */
static int prefix_in_word(const jn_lexicon *lx, const uint8_t *s, size_t start, size_t end) {
  if (!ideograph_before(s, start))
    return 0;
  return !lx || jn__words_end(lx, JN_WORDS_BOUND_IN_WORD, (const char *)s, end) != 0;
}

const char *jn__scan_bound_before(const jn_lexicon *lx, const char *text, size_t at) {
  if (at && text[at - 1] == ' ')
    at--;
  for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++) {
    size_t k = strlen(prefixes[p].word);
    if (at < k || memcmp(text + at - k, prefixes[p].word, k))
      continue;
    if (prefix_in_word(lx, (const uint8_t *)text, at - k, at))
      continue;
    return prefixes[p].bound;
  }
  return NULL;
}


/* Is the character before s[i] a CJK ideograph? */

/* What follows a number: 円, a unit, or nothing. */
typedef struct measure {
  jn_mention_type type;
  const char *unit;
  double factor;
  size_t len;
} measure;

/* A unit of yen in brackets right after an amount, as tables print
 * figures: (円), (千円), (百万円). Its length, the scale in *scale. */
static size_t yen_unit_note(const jn_scan_text *t, size_t i, double *scale) {
  jn_numeral mult = {0};
  size_t j = i + 1, n = 0, k;
  if (i >= t->len || t->s[i] != '(')
    return 0;
  if (!jn__scan_lit(t, j, "円")) {
    n = jn__numeral_parse(t->s + j, t->len - j, &mult);
    if (!n || mult.arabic || mult.kanji) /* 千, 百万, 万 alone: a multiplier, no digit */
      return 0;
  }
  j += n;
  if (!(k = jn__scan_lit(t, j, "円")) || j + k >= t->len || t->s[j + k] != ')')
    return 0;
  *scale = n ? mult.value : 1;
  return j + k + 1 - i;
}

static measure measure_at(const jn_scan_text *t, size_t i, int yen_prefix) {
  measure r = {JN_MENTION_NUMBER, NULL, 1, 0};
  size_t k;
  /* One space may stand before 円, % and units in Latin letters (41.9 %,
   * 100 円, 6.6 kV); before a kanji unit it would join words (3 人材). */
  if (i + 1 < t->len && t->s[i] == ' ' &&
      (jn__scan_lit(t, i + 1, "円") || t->s[i + 1] == '%' ||
       jn__scan_lit(t, i + 1, "パーセント") ||
       (t->s[i + 1] >= 'A' && t->s[i + 1] <= 'z'))) {
    measure spaced = measure_at(t, i + 1, 0);
    if (spaced.type != JN_MENTION_NUMBER) {
      spaced.len += 1;
      return spaced;
    }
  }
  /* A length of time written in two kanji or more (6 時間, 3 ヶ月) names
   * itself: no word starts so; a one-kanji unit might (5 分散, 3 日本). */
  if (i + 1 < t->len && t->s[i] == ' ' && (uint8_t)t->s[i + 1] >= 0x80) {
    measure spaced = measure_at(t, i + 1, 0);
    if (spaced.type == JN_MENTION_QUANTITY && spaced.len >= 6 &&
        jn__time_unit_seconds(spaced.unit) > 0) {
      spaced.len += 1;
      return spaced;
    }
  }
  if ((k = jn__scan_lit(t, i, "円"))) {
    r.type = JN_MENTION_MONEY;
    r.unit = "JPY";
    r.len = k;
    return r;
  }
  if ((k = yen_unit_note(t, i, &r.factor))) { /* 3,182,450(千円): the unit in brackets */
    r.type = JN_MENTION_MONEY;
    r.unit = "JPY";
    r.len = k;
    return r;
  }
  if (yen_prefix) {
    r.type = JN_MENTION_MONEY;
    r.unit = "JPY";
    return r;
  }
  const jn_unit *u = jn__unit_at(&t->ctx->lex, t->s + i, t->len - i);
  if (!u)
    return r;
  /* A unit of ASCII letters must end there: "5A" but not "2Aプラン". */
  uint8_t last = (uint8_t)u->word[u->word_len - 1];
  if (jn__scan_is_alnum(last) && i + u->word_len < t->len &&
      jn__scan_is_alnum(t->s[i + u->word_len]))
    return r;
  r.type = strcmp(u->kind, "percent") == 0 ? JN_MENTION_PERCENT
                                           : JN_MENTION_QUANTITY;
  r.unit = u->unit;
  r.factor = u->factor;
  r.len = u->word_len;
  return r;
}

/* Seismic intensity after 震度: 0-7 (digits or a kanji numeral: 震度七),
 * with 弱 (-) or 強 (+) for 5 and 6. */
static size_t shindo(const jn_scan_text *t, size_t i, jn_mention *m) {
  int v;
  size_t n = jn__scan_digits(t, i, 1, &v), k;
  if (!n) {
    jn_numeral num;
    n = jn__numeral_parse(t->s + i, t->len - i, &num);
    v = n && !num.arabic && num.value >= 0 && num.value <= 7 && num.value == (int)num.value
            ? (int)num.value : 99;
  }
  if (!n || v > 7)
    return 0;
  m->shindo[0] = (char)('0' + v);
  if ((v == 5 || v == 6) && (k = jn__scan_lit(t, i + n, "弱"))) {
    m->shindo[1] = '-';
    n += k;
  } else if ((v == 5 || v == 6) && (k = jn__scan_lit(t, i + n, "強"))) {
    m->shindo[1] = '+';
    n += k;
  }
  m->type = JN_MENTION_QUANTITY;
  m->unit = "shindo";
  return n;
}

static size_t bound_suffix(const jn_scan_text *t, size_t i, const char **bound) {
  for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++) {
    size_t n = jn__scan_lit(t, i, suffixes[k].word);
    if (n) {
      *bound = suffixes[k].bound;
      return n;
    }
  }
  return 0;
}

/* "(税別)", "(税込)", "(税抜)" right after an amount: its length, or 0. */
static size_t tax_note(const jn_scan_text *t, size_t j) {
  static const char *const notes[] = {"(税別)", "(税込)", "(税抜)", "(税抜き)", "(税込み)"};
  for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
    size_t k = jn__scan_lit(t, j, notes[i]);
    if (k)
      return k;
  }
  return 0;
}

/* Bounds after an amount ending at s[j]; `bound` is one a prefix gave.
 * Returns the new end. */
static size_t bound_after(const jn_scan_text *t, size_t j, jn_mention *m,
                          const char *bound) {
  size_t k;
  const char *after = NULL;
  if ((k = bound_suffix(t, j, &after))) {
    bound = after;
    j += k;
  } else if (j < t->len && t->s[j] == ' ' && (k = bound_suffix(t, j + 1, &after))) {
    bound = after; /* 1.5Mbps 以上: a space the writer put before the word */
    j += 1 + k;
  } else if ((k = jn__scan_lit(t, j, "前まで"))) {
    j += k; /* a lead time (3か月前まで) is a deadline, not a bound */
  } else if ((k = jn__scan_lit(t, j, "まで"))) {
    bound = "max";
    j += k;
  } else if ((k = jn__scan_lit(t, j, "から")) && !jn__scan_lit(t, j + k, "も")) {
    bound = "min"; /* 10ユーザーから; not 約40社からも(購入できます), a source */
    j += k;
  } else if (m->type == JN_MENTION_MONEY && (k = jn__scan_lit(t, j, "~"))) {
    bound = "min"; /* 20万円~ */
    j += k;
  } else if (m->type == JN_MENTION_MONEY && (k = tax_note(t, j)) &&
             (jn__scan_lit(t, j + k, "~") || jn__scan_lit(t, j + k, "から"))) {
    bound = "min"; /* ¥150,000(税別)~, 500,000円(税別)から: the note sits between */
  }
  m->bound = bound;
  return j;
}

/* 半年 (half a year), 半日 (half a day): a quantity with no digits. */
static size_t half_unit(const jn_scan_text *t, size_t i, jn_mention *m) {
  size_t k = jn__scan_lit(t, i, "半");
  if (!k)
    return 0;
  static const struct {
    const char *word, *unit;
  } halves[] = {{"年", "y"}, {"日", "d"}, {"時間", "h"}};
  for (size_t h = 0; h < sizeof halves / sizeof halves[0]; h++) {
    size_t n = jn__scan_lit(t, i + k, halves[h].word);
    if (n && !jn__scan_lit(t, i + k + n, "度")) { /* 半年度 is not a duration */
      memset(m, 0, sizeof *m);
      m->type = JN_MENTION_QUANTITY;
      m->unit = halves[h].unit;
      m->value = 0.5;
      return k + n;
    }
  }
  return 0;
}

/* Is a number written only in kanji a number here? Kanji digits are also
 * words (一般, 一部, 十分な, 四日市): alone they count only when they are
 * two or more numeral characters, or measure something. */
static int kanji_ok(const jn_scan_text *t, size_t i, const jn_numeral *num,
                    const measure *ms) {
  if (num->arabic)
    return 1;
  if (jn__scan_lit(t, i, "十分") && !jn__scan_lit(t, i, "十分間"))
    return 0; /* 十分 = enough */
  if (jn__scan_lit(t, i, "四日市") || jn__scan_lit(t, i, "一日中"))
    return 0;
  return ms->type != JN_MENTION_NUMBER || num->kanji_chars >= 2;
}

size_t jn__scan_amount(const jn_scan_text *t, size_t i, jn_mention *m) {
  memset(m, 0, sizeof *m);
  size_t j = i, k;
  /* AES-256, SHA-2, COVID-19: digits hyphenated to a word of letters are
   * part of a name (spec §1, numerals in names stay text) */
  if (i >= 2 && t->s[i - 1] == '-' && ((t->s[i - 2] | 0x20) >= 'a' && (t->s[i - 2] | 0x20) <= 'z'))
    return 0;
  const char *bound = NULL;
  for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++)
    if ((k = jn__scan_lit(t, j, prefixes[p].word))) {
      if (prefix_in_word(&t->ctx->lex, t->s, j, j + k))
        return 0; /* 契約, 予約, 規約: the end of a word, not "about" */
      bound = prefixes[p].bound;
      j += k;
      break;
    }
  /* -¥88,600,000, ▲¥1,200: a sign before the yen mark */
  double sign = 1;
  if ((((k = jn__scan_lit(t, j, "-")) && (j == 0 || !jn__scan_is_alnum(t->s[j - 1]))) ||
       (k = jn__scan_lit(t, j, "▲")) || (k = jn__scan_lit(t, j, "△"))) &&
      jn__scan_lit(t, j + k, "¥")) {
    sign = -1;
    j += k;
  }
  int yen_prefix = 0;
  if ((k = jn__scan_lit(t, j, "¥"))) {
    yen_prefix = 1;
    j += k;
    if (j < t->len && t->s[j] == ' ')
      j++;
  }
  /* A sign: マイナス, the accounting marks ▲ △, or "-" that follows no
   * letter or digit (so 5-10 stays a range and 03-1234 a phone). */
  if (sign > 0 && ((k = jn__scan_lit(t, j, "マイナス")) || (k = jn__scan_lit(t, j, "▲")) ||
      (k = jn__scan_lit(t, j, "△")) ||
      ((k = jn__scan_lit(t, j, "-")) && (j == 0 || !jn__scan_is_alnum(t->s[j - 1]))))) {
    if (j + k < t->len && t->s[j + k] >= '0' && t->s[j + k] <= '9') {
      sign = -1;
      j += k;
    } else if (t->s[j] != '-') {
      jn_numeral probe; /* マイナス五 */
      if (jn__numeral_parse(t->s + j + k, t->len - j - k, &probe) && probe.kanji) {
        sign = -1;
        j += k;
      }
    }
  }
  size_t hk;
  if ((hk = half_unit(t, j, m))) /* 半年, 半日 */
    return bound_after(t, j + hk, m, bound) - i;
  if ((k = jn__scan_lit(t, j, "震度"))) {
    size_t n = shindo(t, j + k, m);
    if (!n)
      return 0;
    j += k + n;
  } else {
    jn_numeral num;
    size_t n = jn__numeral_parse(t->s + j, t->len - j, &num);
    if (!n)
      return 0;
    num.value *= sign;
    size_t start = j;
    j += n;
    /* A fraction: 三分の一, 4分の3. */
    jn_numeral numer;
    size_t fk = jn__scan_lit(t, j, "分の"), fn;
    if (fk && num.value != 0 &&
        (fn = jn__numeral_parse(t->s + j + fk, t->len - j - fk, &numer))) {
      m->type = JN_MENTION_NUMBER;
      m->value = numer.value / num.value;
      return j + fk + fn - i;
    }
    measure ms = measure_at(t, j, yen_prefix);
    if (start >= 3 && !memcmp(t->s + start - 3, "第", 3))
      ms = (measure){JN_MENTION_NUMBER, NULL, 1, 0}; /* 第3日曜日, 第2条: an ordinal */
    /* A range: 5~10分, 1日から365日, and 5-10分 when a unit follows the
     * second number and none the first (03-1234-5678 has no unit). */
    size_t r;
    int hyphen = 0;
    if (ms.type != JN_MENTION_MONEY &&
        ((r = jn__scan_lit(t, j + ms.len, "~")) ||
         (r = jn__scan_lit(t, j + ms.len, "から")) ||
         (!ms.unit && num.arabic && (r = jn__scan_lit(t, j + ms.len, "-")) && (hyphen = 1)))) {
      jn_numeral hi;
      size_t at = j + ms.len + r;
      size_t n2 = jn__numeral_parse(t->s + at, t->len - at, &hi);
      measure ms2 = n2 ? measure_at(t, at + n2, 0) : ms;
      if (n2 && ms2.unit && (!ms.unit || strcmp(ms.unit, ms2.unit) == 0) &&
          hi.value >= num.value && (!hyphen || (hi.arabic && ms2.type == JN_MENTION_QUANTITY))) {
        m->is_range = 1;
        m->min = num.value * ms2.factor;
        m->max = hi.value * ms2.factor;
        ms = ms2;
        j = at + n2;
      }
    }
    if (!kanji_ok(t, start, &num, &ms) && sign > 0)
      return 0;
    if (ms.type == JN_MENTION_NUMBER && !m->is_range && (yen_prefix || bound) &&
        t->yen_scale <= 0)
      return 0; /* 約5: the number alone is found at its own start */
    if (ms.type == JN_MENTION_NUMBER && t->yen_scale > 0 && num.arabic) {
      ms.type = JN_MENTION_MONEY; /* a bare amount under "(単位:千円)" */
      ms.unit = "JPY";
      ms.factor = t->yen_scale;
    }
    j += ms.len;
    m->type = ms.type;
    m->unit = ms.unit;
    m->value = num.value * ms.factor;
    if (ms.type == JN_MENTION_QUANTITY && !m->is_range && (k = jn__scan_lit(t, j, "半")) &&
        jn__time_unit_seconds(ms.unit) > 0) {
      m->value += 0.5 * ms.factor; /* 1年半, 3時間半 */
      j += k;
    }
    if (ms.type == JN_MENTION_QUANTITY && !m->is_range && ms.unit && !strcmp(ms.unit, "y")) {
      jn_numeral mo; /* 19年6ヶ月: years and months, one length */
      size_t mn = jn__numeral_parse(t->s + j, t->len - j, &mo);
      measure mm = mn ? measure_at(t, j + mn, 0) : ms;
      if (mn && mm.type == JN_MENTION_QUANTITY && mm.unit && !strcmp(mm.unit, "mo") &&
          mo.value < 12) {
        m->value += mo.value * mm.factor / 12;
        j += mn + mm.len;
      }
    }
    if (ms.type == JN_MENTION_PERCENT && ms.factor == 10) {
      jn_numeral bu; /* 3割5分 */
      size_t bn = jn__numeral_parse(t->s + j, t->len - j, &bu);
      if (bn && (k = jn__scan_lit(t, j + bn, "分")) && bu.value < 10) {
        m->value += bu.value;
        j += bn + k;
      }
    }
    if (num.malformed)
      m->warning = "digit grouping out of place (read as one number)";
    if (ms.type == JN_MENTION_NUMBER && !m->is_range) {
      m->bound = NULL;
      return j - i; /* bounds describe amounts, not bare numbers */
    }
  }
  return bound_after(t, j, m, bound) - i;
}
