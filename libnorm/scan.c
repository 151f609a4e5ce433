/* scan.c — jn_scan(): typed mentions in any text (spec §2).
 *
 * The text is normalized first (with its offset map), so the recognizers
 * read one spelling of everything: ASCII digits, `~` for every wave dash,
 * `(株)`, `平成` for `㍻`. Each position where a mention may start is offered
 * to every recognizer (scan_date.c, scan_amount.c); the longest reading
 * wins, a date winning a tie, and scanning goes on after it, so a number
 * inside a larger mention is not reported again. Spans are mapped back to
 * the original input through the offset map. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "error.h"
#include "numeral.h"
#include "scan.h"
#include "utf8.h"

struct jn_mentions {
  jn_mention *v;
  size_t n, cap;
};

const char *jn_mention_type_name(jn_mention_type type) {
  static const char *const names[] = {
      "number", "date",  "period", "money",       "percent",          "quantity",
      "phone",  "email", "url",    "postal_code", "corporate_number", "choice",
      "polarity", "interval", "hours"};
  return (unsigned)type < sizeof names / sizeof names[0] ? names[type]
                                                         : "unknown";
}

size_t jn_mentions_count(const jn_mentions *ms) { return ms ? ms->n : 0; }

const jn_mention *jn_mentions_at(const jn_mentions *ms, size_t i) {
  return ms && i < ms->n ? &ms->v[i] : NULL;
}

void jn_mentions_free(jn_mentions *ms) {
  if (!ms)
    return;
  for (size_t i = 0; i < ms->n; i++)
    free(ms->v[i].str);
  free(ms->v);
  free(ms);
}

static int push(jn_mentions *ms, const jn_mention *m) {
  if (ms->n == ms->cap) {
    size_t cap = ms->cap ? ms->cap * 2 : 16;
    jn_mention *p = realloc(ms->v, cap * sizeof *p);
    if (!p)
      return JN_ENOMEM;
    ms->v = p;
    ms->cap = cap;
  }
  ms->v[ms->n++] = *m;
  return JN_OK;
}

static void mark(jn_lexicon *lx, const char *utf8, unsigned bits) {
  size_t n;
  int32_t cp = jn__utf8_decode((const uint8_t *)utf8, strlen(utf8), &n);
  if (cp > 0 && cp < 0x10000)
    lx->starts[cp] |= (uint8_t)bits;
}

void jn__scan_fill_starts(jn_lexicon *lx) {
  static const char *const fixed[] = {"¥", "〒", "震", "十", "百", "千", "拾",
                                      "マ", "▲", "△", "半", "-"};
  static const char *const periods[] = {"毎", "日", "週", "月", "年", "時", "分"};
  memset(lx->starts, 0, sizeof lx->starts);
  for (uint32_t c = '0'; c <= 'z'; c++)
    if (jn__scan_is_alnum((uint8_t)c))
      lx->starts[c] = JN_START_AMOUNT | JN_START_INTERVAL;
  lx->starts['('] = JN_START_AMOUNT;
  for (uint32_t cp = 0x80; cp < 0x10000; cp++)
    if (jn__kanji_digit(cp) >= 0 || (cp >= 0x2460 && cp <= 0x2473) ||
        (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x32B1 && cp <= 0x32BF))
      lx->starts[cp] |= JN_START_AMOUNT | JN_START_INTERVAL;
  for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
    mark(lx, fixed[i], JN_START_AMOUNT | JN_START_INTERVAL);
  for (size_t i = 0; i < lx->n_eras; i++)
    mark(lx, lx->eras[i].name, JN_START_AMOUNT);
  for (size_t i = 0; jn__scan_prefix_word(i); i++)
    mark(lx, jn__scan_prefix_word(i), JN_START_AMOUNT | JN_START_INTERVAL);
  for (size_t i = 0; i < lx->n_polar; i++)
    mark(lx, lx->polar[i].word, JN_START_POLARITY);
  for (size_t i = 0; i < sizeof periods / sizeof periods[0]; i++)
    mark(lx, periods[i], JN_START_INTERVAL);
  static const char *const hour_starts[] = {"月", "火", "水", "木", "金", "土", "日", "平",
                                            "毎", "(", "祝", "午", "一", "二", "三", "四",
                                            "五", "六", "七", "八", "九", "十",
                                            "M", "T", "W", "F", "S"}; /* Mon–Fri, Weekdays */
  for (size_t i = 0; i < sizeof hour_starts / sizeof hour_starts[0]; i++)
    mark(lx, hour_starts[i], JN_START_HOURS);
  for (uint32_t c = '0'; c <= '9'; c++)
    lx->starts[c] |= JN_START_HOURS;
}

/* Which recognizers may start at s[i] (JN_START_* bits): one look-up for
 * most characters. */
static unsigned may_start(const jn_scan_text *t, size_t i) {
  uint8_t c = t->s[i];
  if (c < 0x80)
    return t->ctx->lex.starts[c];
  size_t n;
  int32_t cp = jn__utf8_decode(t->s + i, t->len - i, &n);
  if (cp >= 0x10000)
    return JN_START_AMOUNT; /* rare: let the recognizers look */
  return cp > 0 ? t->ctx->lex.starts[cp] : 0;
}

/* The recognizers, in the order that breaks ties, with the start bit each
 * needs. */
static const struct {
  unsigned starts;
  size_t (*read)(const jn_scan_text *t, size_t i, jn_mention *m);
} recognizers[] = {
    {JN_START_AMOUNT, jn__scan_contact},     {JN_START_AMOUNT, jn__scan_date},
    {JN_START_AMOUNT, jn__scan_amount},      {JN_START_INTERVAL, jn__scan_interval},
    {JN_START_HOURS, jn__scan_hours},        {JN_START_POLARITY, jn__scan_polarity},
};

static int scan_normalized(const jn_scan_text *t, jn_mentions *ms,
                           const jn_text *norm) {
  size_t i = 0;
  while (i < t->len) {
    jn_mention best, m;
    size_t best_end = 0, n;
    best.str = NULL;
    unsigned can = may_start(t, i);
    if (!can) {
      jn__utf8_decode(t->s + i, t->len - i, &n);
      i += n ? n : 1;
      continue;
    }
    /* Every recognizer that may start here; the longest reading wins (the
     * first one on a tie: a contact or date before an amount). */
    for (size_t r = 0; r < sizeof recognizers / sizeof recognizers[0]; r++) {
      if (!(can & recognizers[r].starts))
        continue;
      m.str = NULL;
      n = recognizers[r].read(t, i, &m);
      if (n && i + n > best_end) {
        free(best.str);
        best_end = i + n, best = m;
      } else {
        free(m.str);
      }
    }
    if (best_end > i) {
      uint64_t a = i, b = best_end;
      if (norm && jn_text_source(norm, i, best_end, &a, &b) != JN_OK) {
        free(best.str);
        return JN_ERANGE;
      }
      best.start = a;
      best.end = b;
      if (push(ms, &best) != JN_OK) {
        free(best.str);
        return JN_ENOMEM;
      }
      i = best_end;
      continue;
    }
    /* Skip the whole character, or the whole ASCII word/number: a mention
     * does not start in the middle of "ISO27001". */
    if (jn__scan_is_alnum(t->s[i])) {
      while (i < t->len && (jn__scan_is_alnum(t->s[i]) || t->s[i] == '.'))
        i++;
      continue;
    }
    jn__utf8_decode(t->s + i, t->len - i, &n);
    i += n ? n : 1;
  }
  return JN_OK;
}

static int by_start(const void *a, const void *b) {
  const jn_mention *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end ? 1 : 0;
}

/* Normalized order is not always input order (--html writes a link's target
 * after its text, but the target comes from the <a> tag before it), so the
 * mentions are sorted by their span in the input, and one that overlaps an
 * earlier one there is dropped. */
static void in_input_order(jn_mentions *ms) {
  if (ms->n > 1)
    qsort(ms->v, ms->n, sizeof *ms->v, by_start);
  size_t k = 0;
  for (size_t i = 0; i < ms->n; i++) {
    if (k > 0 && ms->v[i].start < ms->v[k - 1].end) {
      free(ms->v[i].str);
      continue;
    }
    ms->v[k++] = ms->v[i];
  }
  ms->n = k;
}

int jn__scan_normalized(const jn_ctx *ctx, const uint8_t *s, size_t len,
                        jn_mentions **out) {
  jn_mentions *ms = calloc(1, sizeof *ms);
  if (!ms)
    return JN_ENOMEM;
  jn_scan_text t = {ctx, s, len, pcre2_match_data_create(1, NULL), 0};
  int rc = t.match ? scan_normalized(&t, ms, NULL) : JN_ENOMEM;
  pcre2_match_data_free(t.match);
  if (rc != JN_OK) {
    jn_mentions_free(ms);
    return rc;
  }
  *out = ms;
  return JN_OK;
}

int jn_scan(jn_mentions **out, const jn_ctx *ctx, const char *in, size_t len,
            unsigned opts, jn_error *err) {
  jn_scan_options o = JN_SCAN_OPTIONS_INIT;
  o.opts = opts;
  return jn_scan_ex(out, ctx, in, len, &o, err);
}

int jn_scan_ex(jn_mentions **out, const jn_ctx *ctx, const char *in, size_t len,
               const jn_scan_options *opts, jn_error *err) {
  if (!out || !ctx || (!in && len) || !opts || opts->version != 1)
    return jn__error(err, JN_EINVAL, 0, 0, "jn_scan: bad argument");
  *out = NULL;
  jn_text *norm;
  int rc = jn_normalize(&norm, ctx, in, len,
                        (opts->opts & (JN_OPT_HTML | JN_OPT_STRICT)) | JN_OPT_OFFSETS,
                        err);
  if (rc != JN_OK)
    return rc;
  jn_mentions *ms = calloc(1, sizeof *ms);
  if (!ms) {
    jn_text_free(norm);
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  }
  jn_scan_text t;
  t.ctx = ctx;
  t.s = (const uint8_t *)jn_text_data(norm, &t.len);
  t.yen_scale = opts->yen_scale;
  t.match = pcre2_match_data_create(1, NULL);
  rc = t.match ? scan_normalized(&t, ms, norm) : JN_ENOMEM;
  pcre2_match_data_free(t.match);
  if (rc == JN_OK)
    in_input_order(ms);
  jn_text_free(norm);
  if (rc != JN_OK) {
    jn_mentions_free(ms);
    return jn__error(err, rc, 0, 0, NULL);
  }
  *out = ms;
  return JN_OK;
}

double jn_yen_scale(const jn_ctx *ctx, const char *label, size_t len) {
  static const struct {
    const char *word;
    double scale;
  } units[] = {{"百万円", 1e6}, {"千円", 1e3}, {"万円", 1e4}, {"億円", 1e8}, {"円", 1}};
  jn_text *t;
  if (!ctx || (!label && len) || jn_normalize(&t, ctx, label, len, 0, NULL) != JN_OK)
    return 0;
  size_t n;
  const char *s = jn_text_data(t, &n);
  double scale = 0;
  /* A unit word announced, not an amount: after "(", ":", "/" or 単位, as in
   * "(単位:千円)", "(千円)", "単位 百万円"; never after a number. */
  for (size_t i = 0; i < n && scale == 0; i++)
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
      size_t wl = strlen(units[u].word);
      if (i + wl > n || memcmp(s + i, units[u].word, wl) != 0)
        continue;
      size_t b = i > 0 && s[i - 1] == ' ' ? i - 1 : i;
      int announced = (b > 0 && (s[b - 1] == '(' || s[b - 1] == ':' || s[b - 1] == '/')) ||
                      (b >= 6 && memcmp(s + b - 6, "単位", 6) == 0);
      if (announced)
        scale = units[u].scale;
      break; /* the longest word at i decides */
    }
  jn_text_free(t);
  return scale;
}

/* ------------------------------------------------------------ JSON value */

typedef struct jbuf {
  char *p;
  size_t cap, len;
} jbuf;

static void put(jbuf *b, const char *s) {
  size_t n = strlen(s);
  if (b->len < b->cap) {
    size_t room = b->cap - b->len - 1;
    memcpy(b->p + b->len, s, n < room ? n : room);
    b->p[b->len + (n < room ? n : room)] = '\0';
  }
  b->len += n;
}

static void put_num(jbuf *b, double v) {
  char tmp[48];
  jn__format_number(v, tmp, sizeof tmp);
  put(b, tmp);
}

/* A string that may hold anything (a URL, an e-mail address): escaped. */
static void put_json_string(jbuf *b, const char *s) {
  put(b, "\"");
  char one[8];
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') {
      one[0] = '\\', one[1] = (char)c, one[2] = '\0';
    } else if (c < 0x20) {
      snprintf(one, sizeof one, "\\u%04x", c);
    } else {
      one[0] = (char)c, one[1] = '\0';
    }
    put(b, one);
  }
  put(b, "\"");
}

static void put_str(jbuf *b, const char *s) {
  put(b, "\"");
  put(b, s); /* values here never need escaping: dates, unit names */
  put(b, "\"");
}

size_t jn_mention_value_json(const jn_mention *m, char *buf, size_t cap) {
  char dummy[1];
  jbuf b = {cap ? buf : dummy, cap ? cap : 1, 0};
  b.p[0] = '\0';
  switch (m->type) {
  case JN_MENTION_DATE:
    put_str(&b, m->date);
    return b.len;
  case JN_MENTION_PHONE:
  case JN_MENTION_EMAIL:
  case JN_MENTION_URL:
  case JN_MENTION_POSTAL_CODE:
  case JN_MENTION_CORPORATE_NUMBER:
    put_json_string(&b, m->str ? m->str : "");
    return b.len;
  case JN_MENTION_CHOICE:
    put_num(&b, m->value);
    return b.len;
  case JN_MENTION_POLARITY:
    put(&b, m->value != 0 ? "true" : "false");
    return b.len;
  case JN_MENTION_HOURS:
    put_str(&b, m->hours);
    return b.len;
  case JN_MENTION_PERIOD:
    put(&b, "{\"from\":");
    put_str(&b, m->date);
    put(&b, ",\"to\":");
    put_str(&b, m->date_to);
    put(&b, "}");
    return b.len;
  default:
    break;
  }
  put(&b, "{");
  if (m->shindo[0]) {
    put(&b, "\"value\":");
    put_str(&b, m->shindo);
  } else if (m->is_range) {
    put(&b, "\"min\":");
    put_num(&b, m->min);
    put(&b, ",\"max\":");
    put_num(&b, m->max);
  } else {
    put(&b, "\"value\":");
    put_num(&b, m->value);
  }
  if (m->unit) {
    put(&b, ",\"unit\":");
    put_str(&b, m->unit);
  }
  if (m->times > 0) {
    put(&b, ",\"times\":");
    put_num(&b, m->times);
  }
  if (m->bound) {
    put(&b, ",\"bound\":");
    put_str(&b, m->bound);
  }
  put(&b, "}");
  return b.len;
}
