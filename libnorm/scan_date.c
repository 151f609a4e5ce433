/* scan_date.c — dates and periods (spec §5): Western (2023/11/1,
 * 2023-11-01, 2023年7月27日, 2008.05.16, year-month, year), era dates
 * (令和5年, 令和元年, 令和五年, H30.3.31, R5/3/31, S63), the mixed form
 * 2000(平成12)年4月1日, fiscal periods (令和5年3月期, 2023年3月末現在: the
 * closing month), fiscal years (2023年度: April to March) and periods
 * (date ~ date, date から date まで). Era years come from dict/eras.tsv. */
#include <stdio.h>
#include <string.h>

#include "ctx.h"
#include "numeral.h"
#include "scan.h"
#include "utf8.h"

typedef struct ymd {
  int y, m, d; /* m, d: 0 when not written */
} ymd;

static const char warn_era_range[] = "date outside its era (converted)";
static const char warn_era_mismatch[] =
    "Gregorian year and era year disagree (the Gregorian year is kept)";

static int days_in(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return days[m - 1];
}

static int valid(ymd d) {
  if (d.m == 0)
    return d.d == 0;
  if (d.m < 1 || d.m > 12)
    return 0;
  return d.d == 0 || (d.d >= 1 && d.d <= days_in(d.y, d.m));
}

static void format(ymd d, char out[11]) {
  char tmp[48]; /* years are four digits here; the compiler cannot know */
  if (d.m == 0)
    snprintf(tmp, sizeof tmp, "%04d", d.y);
  else if (d.d == 0)
    snprintf(tmp, sizeof tmp, "%04d-%02d", d.y, d.m);
  else
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", d.y, d.m, d.d);
  memcpy(out, tmp, 10);
  out[10] = '\0';
}

/* One blank at s[i], which a PDF's text puts between a figure and the
 * kanji around it ("令和 8 年 3 月 31 日": the digits set in a Latin font):
 * 1 when there is one, else 0. */
static size_t pdf_blank(const jn_scan_text *t, size_t i) {
  return i < t->len && t->s[i] == ' ';
}

/* The literal word at s[i], after one such blank or none; its length with
 * the blank, 0 when it is not there. */
static size_t spaced_lit(const jn_scan_text *t, size_t i, const char *word) {
  size_t b = pdf_blank(t, i), k = jn__scan_lit(t, i + b, word);
  return k ? b + k : 0;
}

/* A month or day number: 1-2 digits, or a kanji numeral (三, 十二, 三十一). */
static size_t small_number(const jn_scan_text *t, size_t i, int *v) {
  if (i < t->len && t->s[i] >= '0' && t->s[i] <= '9')
    return jn__scan_digits(t, i, 2, v);
  jn_numeral num;
  size_t n = jn__numeral_parse(t->s + i, t->len - i, &num);
  if (!n || num.arabic || num.value > 31)
    return 0;
  *v = (int)num.value;
  return n;
}

/* "M月" then optionally "D日", after a year; returns the bytes. */
static size_t month_day(const jn_scan_text *t, size_t i, ymd *d) {
  int m, dd;
  size_t b = pdf_blank(t, i), n = small_number(t, i + b, &m), k;
  if (!n || !(k = spaced_lit(t, i + b + n, "月")))
    return 0;
  size_t j = i + b + n + k;
  d->m = m;
  size_t b2 = pdf_blank(t, j), n2 = small_number(t, j + b2, &dd), k2;
  if (n2 && (k2 = spaced_lit(t, j + b2 + n2, "日"))) {
    d->d = dd;
    j += b2 + n2 + k2;
  }
  return j - i;
}

/* "/M[/D]", "-M[-D]" or ".M[.D]" after a year; the separator must repeat. */
static size_t sep_month_day(const jn_scan_text *t, size_t i, ymd *d) {
  if (i >= t->len)
    return 0;
  uint8_t sep = t->s[i];
  if (sep != '/' && sep != '-' && sep != '.')
    return 0;
  int m, dd;
  size_t n = jn__scan_digits(t, i + 1, 2, &m);
  if (!n)
    return 0;
  size_t j = i + 1 + n;
  d->m = m;
  if (j < t->len && t->s[j] == sep) {
    size_t n2 = jn__scan_digits(t, j + 1, 2, &dd);
    if (n2) {
      d->d = dd;
      j += 1 + n2;
    }
  }
  if (j < t->len && (jn__scan_is_alnum(t->s[j]) || t->s[j] == sep))
    return 0; /* 2023/11/1/5, 1.2.3.4: not a date */
  return j - i;
}

/* The era year after an era name: 元, digits, or a kanji numeral. */
static size_t era_year(const jn_scan_text *t, size_t i, int *n) {
  size_t k = jn__scan_lit(t, i, "元");
  if (k) {
    *n = 1;
    return k;
  }
  if (i < t->len && t->s[i] >= '0' && t->s[i] <= '9') {
    size_t len = jn__scan_digits(t, i, 2, n);
    return *n >= 1 ? len : 0;
  }
  jn_numeral num; /* 令和五年, 平成三十一年 */
  size_t len = jn__numeral_parse(t->s + i, t->len - i, &num);
  if (!len || num.arabic || num.value < 1 || num.value > 99)
    return 0;
  *n = (int)num.value;
  return len;
}

/* Gregorian year of era year n, and whether the date lies outside the era. */
static int era_to_year(const jn_era *e, int n) { return e->first_year + n - 1; }

static int outside_era(const jn_era *e, ymd d) {
  int m = d.m ? d.m : 12, dd = d.d ? d.d : 31;
  long v = (long)d.y * 10000 + m * 100 + dd;
  int m0 = d.m ? d.m : 1, d0 = d.d ? d.d : 1;
  long v0 = (long)d.y * 10000 + m0 * 100 + d0;
  long first = (long)e->first_year * 10000 + e->first_month * 100 + e->first_day;
  long last = e->last_year
                  ? (long)e->last_year * 10000 + e->last_month * 100 + e->last_day
                  : 99999999L;
  return v < first || v0 > last;
}

/* 年 then the month and day; `years` = what was read before 年. */
static size_t year_tail(const jn_scan_text *t, size_t i, ymd *d) {
  size_t k = spaced_lit(t, i, "年");
  if (!k)
    return 0;
  return k + month_day(t, i + k, d);
}

/* "(令和元年)" after "2019年": its length (0 when it is not one); *warn
 * when its year is not y. */
static size_t era_note(const jn_scan_text *t, size_t i, int y, const char **warn) {
  size_t en, yn, k;
  int ey;
  size_t b = pdf_blank(t, i), open = i + b; /* "2008 年 ( 平成 20 年 )6 月" */
  if (open >= t->len || t->s[open] != '(')
    return 0;
  open += 1 + pdf_blank(t, open + 1);
  const jn_era *e = jn__era_at(&t->ctx->lex, t->s + open, t->len - open, &en);
  if (e && pdf_blank(t, open + en))
    en++;
  if (!e || !(yn = era_year(t, open + en, &ey)) || !(k = spaced_lit(t, open + en + yn, "年")))
    return 0;
  size_t close = open + en + yn + k;
  close += pdf_blank(t, close);
  if (close >= t->len || t->s[close] != ')')
    return 0;
  if (era_to_year(e, ey) != y)
    *warn = warn_era_mismatch;
  return close + 1 - i;
}

/* A Western date at s[i]; returns its length. */
static size_t western(const jn_scan_text *t, size_t i, ymd *d,
                      const char **warn) {
  int y;
  size_t n = jn__scan_digits(t, i, 4, &y);
  if (n != 4 || (i + n < t->len && t->s[i + n] >= '0' && t->s[i + n] <= '9') ||
      y < 1000 || y > 2999)
    return 0;
  memset(d, 0, sizeof *d);
  d->y = y;
  size_t j = i + n, k;
  if ((k = sep_month_day(t, j, d)))
    return n + k;
  /* 2000(平成12)年: the era in parentheses must agree. */
  if (j < t->len && t->s[j] == '(') {
    size_t en;
    const jn_era *e = jn__era_at(&t->ctx->lex, t->s + j + 1, t->len - j - 1, &en);
    int ey;
    size_t yn = e ? era_year(t, j + 1 + en, &ey) : 0;
    if (yn && j + 1 + en + yn < t->len && t->s[j + 1 + en + yn] == ')') {
      if (era_to_year(e, ey) != y)
        *warn = warn_era_mismatch;
      j += 1 + en + yn + 1;
    }
  }
  if ((k = year_tail(t, j, d)) && !d->m && (k += era_note(t, j + k, y, warn))) {
    /* 2019年(令和元年)7月: the era note between the year and the month */
    return j - i + k + month_day(t, j + k, d);
  }
  if (k)
    return j - i + k;
  return 0;
}

/* "(2003年)" after "平成15年": its length (0 when it is not one). When it
 * is not *y, *warn, and the Gregorian year is kept as in 平成12(2000)年. */
static size_t western_note(const jn_scan_text *t, size_t i, int *y, const char **warn) {
  int gy;
  size_t k;
  if (i >= t->len || t->s[i] != '(' || jn__scan_digits(t, i + 1, 4, &gy) != 4 ||
      !(k = jn__scan_lit(t, i + 5, "年")) || i + 5 + k >= t->len || t->s[i + 5 + k] != ')')
    return 0;
  if (gy != *y)
    *warn = warn_era_mismatch;
  *y = gy;
  return 5 + k + 1;
}

/* An era date at s[i] (名 or letter form); returns its length. */
static size_t era(const jn_scan_text *t, size_t i, ymd *d, const char **warn) {
  const jn_lexicon *lx = &t->ctx->lex;
  size_t en = 0, yn, k;
  int n;
  const jn_era *e = jn__era_at(lx, t->s + i, t->len - i, &en);
  int letter = 0;
  if (!e && i < t->len && (i == 0 || !jn__scan_is_alnum(t->s[i - 1]))) {
    e = jn__era_by_letter(lx, (char)t->s[i]);
    en = 1;
    letter = 1;
  }
  if (e && !letter && pdf_blank(t, i + en))
    en++; /* 令和 8 年 */
  if (!e || !(yn = era_year(t, i + en, &n)))
    return 0;
  if (letter && (t->s[i + en] < '0' || t->s[i + en] > '9'))
    return 0; /* H三十 is not a date */
  memset(d, 0, sizeof *d);
  d->y = era_to_year(e, n);
  size_t j = i + en + yn;
  /* 平成12(2000)年: the Gregorian year in parentheses must agree. */
  if (j < t->len && t->s[j] == '(') {
    int gy;
    size_t gn = jn__scan_digits(t, j + 1, 4, &gy);
    if (gn == 4 && j + 5 < t->len && t->s[j + 5] == ')') {
      if (gy != d->y)
        *warn = warn_era_mismatch;
      d->y = gy;
      j += 6;
    }
  }
  if ((k = year_tail(t, j, d))) {
    j += k;
    size_t wn; /* 平成15年(2003年)4月: the Gregorian year between */
    if (!d->m && (wn = western_note(t, j, &d->y, warn)))
      j += wn + month_day(t, j + wn, d);
  } else if (letter && (k = sep_month_day(t, j, d))) {
    j += k;
  } else if (letter) {
    if (j < t->len && jn__scan_is_alnum(t->s[j]))
      return 0;
  } else {
    return 0; /* 令和5 alone */
  }
  if (outside_era(e, *d))
    *warn = warn_era_range;
  return j - i;
}

/* A single date at s[i], with what may follow it: 期 (a fiscal period: the
 * closing month), 末, 現在, 時点, 頃. Sets *fiscal_year for 年度. */
static size_t one_date(const jn_scan_text *t, size_t i, ymd *d,
                       const char **warn, int *fiscal_year) {
  size_t n = western(t, i, d, warn);
  if (!n)
    n = era(t, i, d, warn);
  if (!n || !valid(*d))
    return 0;
  size_t j = i + n, k;
  *fiscal_year = 0;
  if (d->m == 0 && j >= i + 3 && (k = jn__scan_lit(t, j - 3, "年")) &&
      jn__scan_lit(t, j, "度")) {
    *fiscal_year = 1;
    j += jn__scan_lit(t, j, "度");
  }
  static const char *const after[] = {"期末", "期", "末日", "末", "現在", "時点"};
  for (size_t a = 0; a < sizeof after / sizeof after[0]; a++)
    if ((k = jn__scan_lit(t, j, after[a]))) {
      j += k;
      if ((a == 2 || a == 3) && (k = jn__scan_lit(t, j, "現在")))
        j += k;
      break;
    }
  return j - i;
}

/* The end of a period after "~" or "から": a full date, or a month (and day)
 * in the start's year, or a day in its month. */
static size_t period_end(const jn_scan_text *t, size_t i, ymd from, ymd *to,
                         const char **warn) {
  int fy;
  size_t n = one_date(t, i, to, warn, &fy);
  if (n)
    return n;
  memset(to, 0, sizeof *to);
  to->y = from.y;
  if ((n = month_day(t, i, to)) && valid(*to))
    return n;
  int dd;
  size_t k;
  if (from.m && (n = jn__scan_digits(t, i, 2, &dd)) &&
      (k = jn__scan_lit(t, i + n, "日"))) {
    to->m = from.m;
    to->d = dd;
    if (valid(*to))
      return n + k;
  }
  return 0;
}

size_t jn__scan_date(const jn_scan_text *t, size_t i, jn_mention *m) {
  ymd from, to;
  const char *warn = NULL;
  int fiscal;
  size_t n = one_date(t, i, &from, &warn, &fiscal);
  if (!n)
    return 0;
  memset(m, 0, sizeof *m);
  m->warning = warn;
  if (fiscal) { /* 2023年度: April to March */
    m->type = JN_MENTION_PERIOD;
    format((ymd){from.y, 4, 0}, m->date);
    format((ymd){from.y + 1, 3, 0}, m->date_to);
    return n;
  }
  size_t j = i + n, k;
  if (j < t->len && t->s[j] == ' ')
    j++;
  if ((k = jn__scan_lit(t, j, "~")) || (k = jn__scan_lit(t, j, "から"))) {
    size_t e = j + k;
    if (e < t->len && t->s[e] == ' ')
      e++;
    size_t n2 = period_end(t, e, from, &to, &warn);
    if (n2) {
      e += n2;
      e += jn__scan_lit(t, e, "まで");
      m->type = JN_MENTION_PERIOD;
      m->warning = warn;
      format(from, m->date);
      format(to, m->date_to);
      return e - i;
    }
  }
  m->type = JN_MENTION_DATE;
  format(from, m->date);
  return n;
}
