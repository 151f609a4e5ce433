/* extract_value.c — the status and typed value of one field (spec §4, §5)
 * from its answer's mentions (jn_scan).
 *
 * The type's generic rule does the work (a date field takes the first
 * date, a quantity the first quantity of its dimension, …); the flags of
 * dict/fields.tsv adjust it (first, min, zero, span, person); a few fields
 * need a rule of their own, listed in field_rules[]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "numeral.h"

typedef int (*value_rule)(jn_extractor *x, const jn_field_answer *fa, jn_buf *v);

/* A value read from a doubtful mention (12億39百万 円 with digits out of
 * place, 平成31年5月1日 outside its era) is kept, and the record says why
 * it is doubtful. */
static void warn_if_doubtful(jn_extractor *x, const jn_field_answer *fa, const jn_mention *m) {
  if (m->warning)
    jn__extract_warn(x, fa->f->id, fa->line, m->warning);
}

static int is_type(const jn_field_answer *fa, jn_field_type_id type) {
  return fa->f->type_id == type;
}
static int has_flag(const jn_field_answer *fa, unsigned flag) {
  return (fa->f->flags & flag) != 0;
}

/* ----------------------------------------------------- rules by field */

/* dict/bool_words.tsv: a word that answers the yes/no field by what it
 * describes (同一変電所から2回線: not separate substations), the first of
 * the field's list found; a negation right after it (dict/words.tsv "negation":
 * データセンター専用建物ではない) turns it over. */
static int value_bool_words(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  const jn_lexicon *lx = &x->ctx->lex;
  size_t f = (size_t)(fa->f - lx->fields);
  for (size_t i = 0; i < lx->n_bool_words; i++) {
    const char *at;
    if (lx->bool_words[i].field != f || !(at = strstr(fa->text, lx->bool_words[i].word)))
      continue;
    const char *after = at + strlen(lx->bool_words[i].word);
    int negated = jn__words_start(lx, JN_WORDS_NEGATION, after, strlen(after)) > 0;
    jn__buf_puts(v, lx->bool_words[i].value != negated ? "true" : "false");
    return JN_STATUS_VALUE;
  }
  return JN__NO_RULE;
}

/* TLS1.2(256bit)による通信 → TLS1.2 */
static int value_tls(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  (void)x;
  /* the first "TLS" followed by a version: SSL/TLS(TLS1.2以上) names the
   * protocol twice, the version only once */
  const char *t = fa->text;
  size_t n = 0, d = 0;
  while ((t = strstr(t, "TLS")) != NULL) {
    n = 3;
    while (t[n] == ' ' || t[n] == '\n' || t[n] == 'v') /* "TLS" over "1.2以上": a wrapped line */
      n++;
    d = n;
    while ((t[n] >= '0' && t[n] <= '9') || t[n] == '.')
      n++;
    if (n > d)
      break;
    t += 3;
  }
  if (!t)
    return JN__NO_RULE;
  char tls[80];
  snprintf(tls, sizeof tls, "TLS%.*s", (int)(n - d < 64 ? n - d : 64), t + d);
  jn__buf_put_json_string(v, tls, strlen(tls)); /* ASCII: cut anywhere */
  return JN_STATUS_VALUE;
}

/* The country of the data centre, as an ISO code from its words in
 * dict/list_ids.tsv. */
static int value_country(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  const char *id = jn__extract_first_id(x, fa->f, fa->text);
  if (!id)
    return JN_STATUS_UNPARSED;
  jn__buf_put_json_string(v, id, strlen(id));
  return JN_STATUS_VALUE;
}

static int is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* The new four-character codes of the Tokyo Stock Exchange (since 2024):
 * digit, digit or letter, digit, digit or letter (438A, 1A2B). */
static const char *alphanumeric_code(const char *a) {
  for (const char *p = a; p[0] && p[1] && p[2] && p[3]; p++) {
    int letters = (p[1] >= 'A' && p[1] <= 'Z') + (p[3] >= 'A' && p[3] <= 'Z');
    if ((p > a && is_alnum(p[-1])) || is_alnum(p[4]) || !letters)
      continue;
    if (p[0] >= '0' && p[0] <= '9' && p[2] >= '0' && p[2] <= '9' && is_alnum(p[1]) &&
        is_alnum(p[3]) && !(p[1] >= 'a') && !(p[3] >= 'a'))
      return p;
  }
  return NULL;
}

/* A stock code: four digits written as such (not 4,348), or the new
 * alphanumeric form. */
static int value_stock_code(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  (void)x;
  const char *code = alphanumeric_code(fa->text);
  if (code) {
    jn__buf_put_json_string(v, code, 4);
    return JN_STATUS_VALUE;
  }
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (m->type == JN_MENTION_NUMBER && m->value >= 1000 && m->value <= 9999 &&
        m->value == (int)m->value && m->end - m->start == 4) {
      char tmp[16];
      snprintf(tmp, sizeof tmp, "\"%d\"", (int)m->value);
      jn__buf_puts(v, tmp);
      return JN_STATUS_VALUE;
    }
  }
  return fa->negative ? JN_STATUS_NONE : JN_STATUS_UNPARSED;
}

static int value_prefecture(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  (void)x;
  return jn__extract_prefecture(fa->text, v);
}

/* A rule returns JN__NO_RULE when it does not apply: the type's rule runs. */
static const struct {
  const char *field;
  value_rule rule;
} field_rules[] = {
    {"tls_version", value_tls},
    {"dc_country", value_country},
    {"stock_code", value_stock_code},
    {"head_office_prefecture", value_prefecture},
};

/* ------------------------------------------------------ rules by type */

/* Does the answer's first sentence say no? The first sentence states the
 * fact, as the first yes/no word does; a later one may deny something
 * else ("…窒素ガス消火設備を設置しています。水による消火は行いません。"). */
static int first_sentence_negated(jn_extractor *x, const char *a) {
  const char *end = strstr(a, "。");
  return jn__extract_negated(x, a, end && end[3] ? (size_t)(end - a) + 3 : strlen(a));
}

/* A yes/no answer: the first polarity word; a first sentence MeCab finds
 * negated (弊社では取得しておりません); otherwise yes (the answer describes
 * what is done). */
static int value_bool(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  if (!fa->first_polar && jn__contains(fa->text, "不明"))
    return JN_STATUS_NONE; /* unknown is none, for a yes/no too (spec §4) */
  int yes = fa->first_polar ? fa->first_polar->value != 0 : !first_sentence_negated(x, fa->text);
  jn__buf_puts(v, yes ? "true" : "false");
  return JN_STATUS_VALUE;
}

/* Is the phone at m a fax number: labelled FAX or ファックス since the
 * mention before it (prev_end), with no TEL or 電話 label there too
 * ("電話/FAX: 03-…" is both, and stays)? */
static int fax_number(const char *a, size_t prev_end, const jn_mention *m) {
  char label[256];
  if (m->start < prev_end)
    return 0;
  size_t n = m->start - prev_end < sizeof label - 1 ? m->start - prev_end : sizeof label - 1;
  for (size_t i = 0; i < n; i++) /* ASCII letters in upper case */
    label[i] = (char)(a[m->start - n + i] >= 'a' && a[m->start - n + i] <= 'z'
                          ? a[m->start - n + i] - 32 : a[m->start - n + i]);
  label[n] = '\0';
  int fax = strstr(label, "FAX") || strstr(label, "ファックス") || strstr(label, "ファクス");
  int tel = strstr(label, "TEL") || strstr(label, "電話") || strstr(label, "PHONE");
  return fax && !tel;
}

/* Does a sentence that names the channel end in a no (お電話でのサポートは
 * 行っておりません), though another clause's yes came first (対応時間は…)? */
static int channel_denied(const jn_field_answer *fa, const char *channel) {
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (m->type != JN_MENTION_POLARITY || m->value != 0)
      continue;
    size_t from = m->start; /* back to the sentence's start */
    while (from > 0 && !(from >= 3 && !memcmp(fa->text + from - 3, "。", 3)))
      from--;
    const char *at = strstr(fa->text + from, channel);
    if (at && (size_t)(at - fa->text) < m->start)
      return 1;
  }
  return 0;
}

/* Does the line's text before the contact name a desk the catalogue has no
 * field for (導入・見積のご相談(営業部) TEL …: dict/patterns.tsv no_field)?
 * The support contact is the users' desk, not the sales desk (spec §7). */
static int sales_contact(const jn_extractor *x, const char *a, const jn_mention *m) {
  size_t from = m->start;
  while (from > 0 && a[from - 1] != '\n')
    from--;
  const pcre2_code *re = x->ctx->patterns.re[JN_PAT_NO_FIELD];
  return m->start > from && pcre2_match(re, (PCRE2_SPTR)(a + from), m->start - from, 0,
                                        PCRE2_NO_UTF_CHECK, x->match, NULL) >= 0;
}

/* Is the JSON value an element of the list being written in v ("[a,b")? */
static int listed_already(const jn_buf *v, const char *json) {
  size_t k = strlen(json);
  for (size_t i = 1; v->data && i + k <= v->len; i++)
    if ((v->data[i - 1] == '[' || v->data[i - 1] == ',') && !memcmp(v->data + i, json, k) &&
        (i + k == v->len || v->data[i + k] == ','))
      return 1;
  return 0;
}

/* A URL without its scheme and final slash. */
static size_t url_core(const char *u, const char **core) {
  if (!strncmp(u, "https://", 8))
    u += 8;
  else if (!strncmp(u, "http://", 7))
    u += 7;
  size_t n = strlen(u);
  *core = u;
  return n && u[n - 1] == '/' ? n - 1 : n;
}

/* Is URL mention m written again with its scheme in the answer (a link's
 * text www.example.jp before its address https://www.example.jp/)? */
static int url_said_again(const jn_field_answer *fa, const jn_mention *m) {
  const char *a, *b;
  size_t an = url_core(m->str, &a);
  if (a != m->str)
    return 0; /* it has its scheme */
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *o = jn_mentions_at(fa->ms, i);
    if (o != m && o->type == JN_MENTION_URL && o->str) {
      size_t bn = url_core(o->str, &b);
      if (b != o->str && bn == an && !memcmp(a, b, an))
        return 1;
    }
  }
  return 0;
}

/* Phones (not faxes, not the sales desk's), e-mail addresses, URLs, dates:
 * every one the answer has, once (a Markdown link writes its address
 * twice: [https://…](https://…)). */
static int value_all(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  jn_mention_type want = is_type(fa, JN_FT_PHONE)   ? JN_MENTION_PHONE
                         : is_type(fa, JN_FT_EMAIL) ? JN_MENTION_EMAIL
                         : is_type(fa, JN_FT_URL)   ? JN_MENTION_URL
                                                : JN_MENTION_DATE;
  int n = 0;
  char tmp[512];
  size_t prev_end = 0;
  jn__buf_puts(v, "[");
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    size_t after_prev = prev_end;
    prev_end = m->end;
    if (m->type != want || jn_mention_value_json(m, tmp, sizeof tmp) >= sizeof tmp)
      continue;
    if (want == JN_MENTION_PHONE && fax_number(fa->text, after_prev, m))
      continue;
    if ((want == JN_MENTION_PHONE || want == JN_MENTION_EMAIL) && sales_contact(x, fa->text, m))
      continue;
    if (listed_already(v, tmp) || (want == JN_MENTION_URL && m->str && url_said_again(fa, m)))
      continue;
    warn_if_doubtful(x, fa, m);
    jn__buf_puts(v, n++ ? "," : "");
    jn__buf_puts(v, tmp);
  }
  jn__buf_puts(v, "]");
  if (n == 0 && (!fa->negative || want != JN_MENTION_DATE)) {
    /* no revision is an empty list (spec §5); no telephone, address or
     * site is none: 電話でのサポートは行っておりません */
    v->len = 0;
    const char *channel = want == JN_MENTION_PHONE ? "電話" : want == JN_MENTION_EMAIL ? "メール" : NULL;
    return fa->negative || (channel && channel_denied(fa, channel)) ? JN_STATUS_NONE
                                                                    : JN_STATUS_UNPARSED;
  }
  return JN_STATUS_VALUE;
}

static int value_list(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  int negative_first = fa->negative && fa->first_polar->start == 0;
  return jn__extract_list(x, fa->f, fa->text, fa->negative, negative_first, v);
}

static int value_text(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  if (has_flag(fa, JN_FF_PERSON))
    return jn__extract_person(x, fa->text, v);
  const char *quote = has_flag(fa, JN_FF_NAME) ? strstr(fa->text, "「") : NULL;
  const char *unquote = quote ? strstr(quote, "」") : NULL;
  if (unquote) { /* 当社の正式名称は「株式会社X」です。: what the brackets hold */
    jn__buf_put_json_string(v, quote + 3, (size_t)(unquote - quote - 3));
    return JN_STATUS_VALUE;
  }
  size_t n = strlen(fa->text), open = n;
  static const char *const copulas[] = {"です。", "です", "でございます。", "となります。"};
  size_t cop = has_flag(fa, JN_FF_NAME) ? JN_ENDING_OF(fa->text, n, copulas) : 0;
  n -= cop; /* 株式会社あおばネットワークスです。 */
  open = n;
  for (int depth = 0; open > 0 && fa->text[n - 1] == ')';) { /* the last note's '(' */
    char c = fa->text[--open];
    depth += (c == ')') - (c == '(');
    if (depth == 0)
      break;
  }
  if (has_flag(fa, JN_FF_NAME) && open > 0 && open < n) /* 株式会社X((株)X): the name */
    for (n = open; n && (fa->text[n - 1] == ' ' || fa->text[n - 1] == '\n');)
      n--; /* and the line break before a note on a line of its own */
  if (has_flag(fa, JN_FF_ORG)) {
    if (!jn__extract_names_org(&x->ctx->lex, fa->text))
      return JN_STATUS_UNPARSED; /* 提供元 | 東京リージョン: no organization */
    const char *rest = strstr(fa->text, "|"); /* X株式会社 | 〒060-0000 …: the name */
    const char *post = strstr(fa->text, "〒");
    if (post && (!rest || post < rest))
      rest = post;
    if (rest && (size_t)(rest - fa->text) < n)
      for (n = (size_t)(rest - fa->text); n && fa->text[n - 1] == ' ';)
        n--;
  }
  const char *out = fa->text;
  char name[512]; /* a name's answer run into its row's marker: ユズテック株式会社 【必須】 */
  if (has_flag(fa, JN_FF_NAME) && n < sizeof name) {
    memcpy(name, fa->text, n);
    n = jn__extract_trim_markers(name, n);
    out = name;
  }
  jn__buf_put_json_string(v, out, n);
  return JN_STATUS_VALUE;
}

/* ------------------------------------------ numbers, dates and amounts */

static int same_dimension(const char *field_unit, const char *u) {
  int ft = jn__time_unit_seconds(field_unit) > 0, ut = jn__time_unit_seconds(u) > 0;
  if (ft || ut)
    return ft && ut;
  return u && !strcmp(field_unit, u);
}

/* A frequency (2回/月, 毎日) is the value of an interval field; it is no
 * span (flag span) and no lead time (flag lead: how long before). */
static int quantity_fits(const jn_field *f, const jn_mention *m) {
  return (m->type == JN_MENTION_QUANTITY ||
          (m->type == JN_MENTION_INTERVAL && !(f->flags & (JN_FF_SPAN | JN_FF_LEAD)))) &&
         same_dimension(f->unit, m->unit);
}

/* Flag "min": of several quantities the smallest is the value
 * (バックアップ: 差分 1時間毎、フル 1日毎 → 1 h). Index of it, or -1. */
static long smallest_quantity(const jn_field *f, const jn_mentions *ms) {
  long best = -1;
  double best_value = 0;
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    if (!quantity_fits(f, m))
      continue;
    double seconds = jn__time_unit_seconds(m->unit); /* 30分 and 1時間 compare */
    double value = m->value * (seconds > 0 ? seconds : 1);
    if (m->type == JN_MENTION_INTERVAL && m->times > 1)
      value /= m->times; /* 1日4回 is more often than 1日1回 */
    if (best < 0 || value < best_value)
      best = (long)i, best_value = value;
  }
  return best;
}

/* Does a number follow, after ":", "は" or spaces (保存期間: 90日,
 * 保存期間は1年)? */
static int number_follows(const char *p) {
  static const char *const skip[] = {":", " ", "は", "約"};
  for (size_t i = 0; i < sizeof skip / sizeof skip[0];)
    if (!strncmp(p, skip[i], strlen(skip[i])))
      p += strlen(skip[i]), i = 0;
    else
      i++;
  static const char *const kanji[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  for (size_t i = 0; i < sizeof kanji / sizeof kanji[0]; i++)
    if (!strncmp(p, kanji[i], 3))
      return 1;
  return *p >= '0' && *p <= '9';
}

/* Where in the answer this field's value is to be looked for: after 国外
 * for overseas offices (国内2拠点 国外0拠点), after the first 保存期間 or
 * 保持期間 (else 保存, 保管, 保持) with a number after it for a retention
 * (映像の保存期間有り 24時間録画、映像保存期間: 90日; 映像保存90日間). Returns 1 with *from there, or 0 with
 * *from at the start when the answer has no such word. */
static int value_from(const jn_field *f, const char *a, size_t *from) {
  static const struct { const char *field; unsigned flag; const char *word; } anchors[] = {
      {"offices_domestic", 0, "国内"},      {"offices_overseas", 0, "国外"},
      {"offices_overseas", 0, "海外"},      {NULL, JN_FF_SPAN, "保存期間"},
      {NULL, JN_FF_SPAN, "保持期間"},       {NULL, JN_FF_SPAN, "保管期間"},
      {NULL, JN_FF_SPAN, "保存"},           {NULL, JN_FF_SPAN, "保管"},
      {NULL, JN_FF_SPAN, "保持"}}; /* 映像保存90日間: the figure right after */
  for (size_t i = 0; i < sizeof anchors / sizeof anchors[0]; i++) {
    if (anchors[i].field ? strcmp(f->id, anchors[i].field) : !(f->flags & anchors[i].flag))
      continue;
    const char *at = strstr(a, anchors[i].word);
    while (at && anchors[i].flag && !number_follows(at + strlen(anchors[i].word)))
      at = strstr(at + 1, anchors[i].word); /* 保存期間有り: not this one */
    if (at) {
      *from = (size_t)(at - a);
      return 1;
    }
  }
  *from = 0;
  return 0;
}

/* Choice marks in a row from mention i, going back (step -1) or on (+1):
 * how many follow i whose values go on by one (②, ③ after ①). */
static size_t marks_in_turn(const jn_field_answer *fa, size_t i, int step) {
  size_t n = jn_mentions_count(fa->ms), run = 0;
  double want = jn_mentions_at(fa->ms, i)->value + step;
  for (size_t j = i; step < 0 ? j-- > 0 : ++j < n;) {
    const jn_mention *m = jn_mentions_at(fa->ms, j);
    if (m->type != JN_MENTION_CHOICE)
      continue;
    if (m->value != want)
      break;
    run++, want += step;
  }
  return run;
}

/* Is choice mark i one of a run of three or more in a row (①…②…③…):
 * the options a question lists (次から選ぶ。①会計監査人による…⑤その他),
 * not the one chosen, which stands apart from them (…⑤その他 ④). */
static int in_option_list(const jn_field_answer *fa, size_t i) {
  return 1 + marks_in_turn(fa, i, -1) + marks_in_turn(fa, i, 1) >= 3;
}

/* Does mention i hold this field's kind of value? */
static int takes(const jn_field_answer *fa, const jn_mention *m, size_t i, long smallest) {
  static const struct { jn_field_type_id type; jn_mention_type mention; } kinds[] = {
      {JN_FT_DATE, JN_MENTION_DATE},       {JN_FT_PERIOD, JN_MENTION_PERIOD},
      {JN_FT_MONEY, JN_MENTION_MONEY},     {JN_FT_PERCENT, JN_MENTION_PERCENT},
      {JN_FT_CHOICE, JN_MENTION_CHOICE},   {JN_FT_HOURS, JN_MENTION_HOURS}};
  if (is_type(fa, JN_FT_QUANTITY))
    return quantity_fits(fa->f, m) && (smallest < 0 || (size_t)smallest == i);
  if (is_type(fa, JN_FT_CODE))
    return (!strcmp(fa->f->id, "corporate_number") && m->type == JN_MENTION_CORPORATE_NUMBER) ||
           (strstr(fa->f->id, "postal") && m->type == JN_MENTION_POSTAL_CODE);
  if (is_type(fa, JN_FT_HOURS) && (fa->f->flags & JN_FF_STAFFED) &&
      m->type == JN_MENTION_HOURS && !strcmp(m->hours, "24/7"))
    for (size_t j = i + 1; j < jn_mentions_count(fa->ms); j++) {
      const jn_mention *o = jn_mentions_at(fa->ms, j);
      const char *note = strstr(fa->text + m->end, "※"); /* a note's hours are its own */
      if (o->type == JN_MENTION_HOURS && strcmp(o->hours, "24/7") != 0 &&
          !(note && (uint64_t)(note - fa->text) < o->start))
        return 0; /* 受付: 24時間365日、対応: 月~土 9:30~19:30 — the handling hours */
    }
  if (is_type(fa, JN_FT_CHOICE))
    return m->type == JN_MENTION_CHOICE && !in_option_list(fa, i);
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    if (is_type(fa, kinds[k].type))
      return m->type == kinds[k].mention;
  return 0;
}

/* A date before the value that still dates it: a fiscal period
 * (直近の決算期(2023年3月期)の売上高は…), a date followed by 時点 or 現在
 * (2023年12月末時点で、正社員は107名), or for a percent a period (2022年4月
 * から2023年3月までの稼働率は99.98%). The last such before m, or NULL. */
static const jn_mention *date_before(const jn_field_answer *fa, const jn_mention *m) {
  static const char *const marks[] = {"時点", "現在", "末時点", "末現在", "末日時点", "期末"};
  const jn_mention *found = NULL;
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *d = jn_mentions_at(fa->ms, i);
    if (d->end > m->start)
      break;
    if (d->type == JN_MENTION_PERIOD && is_type(fa, JN_FT_PERCENT)) {
      found = d;
      continue;
    }
    if (d->type != JN_MENTION_DATE)
      continue;
    int fiscal = d->end >= 3 && !memcmp(fa->text + d->end - 3, "期", 3);
    for (size_t k = 0; !fiscal && k < sizeof marks / sizeof marks[0]; k++) {
      size_t mk = strlen(marks[k]); /* after the date, or read into it (…1月時点) */
      fiscal = !strncmp(fa->text + d->end, marks[k], mk) ||
               (d->end - d->start >= mk && !memcmp(fa->text + d->end - mk, marks[k], mk));
    }
    if (fiscal)
      found = d;
  }
  return found;
}

/* Money, percent and quantities carry the date they are as of, or the
 * period a percent was measured over, when it follows them (or comes
 * before them as date_before() says). */
static void put_measured(const jn_field_answer *fa, const jn_mention *m, char *json, size_t n,
                         jn_buf *v) {
  const jn_mention *when =
      fa->first_period && is_type(fa, JN_FT_PERCENT) ? fa->first_period : fa->first_date;
  if (when && when->start <= m->start)
    when = date_before(fa, m);
  else if (when && jn__sheet_find(fa->text + m->end, when->start - m->end, "。"))
    when = NULL; /* the next sentence's (…を目標としています。2025年度の実績は…) */
  if (!when)
    when = fa->label_period; /* in the row's label, not the answer */
  int dated = is_type(fa, JN_FT_MONEY) || is_type(fa, JN_FT_PERCENT) || is_type(fa, JN_FT_QUANTITY);
  if (!dated || !when || json[n - 1] != '}') {
    jn__buf_puts(v, json);
    return;
  }
  char tmp[160];
  json[n - 1] = '\0';
  jn__buf_puts(v, json);
  if (when->type == JN_MENTION_PERIOD) {
    snprintf(tmp, sizeof tmp, ",\"period\":{\"from\":\"%s\",\"to\":\"%s\"}}", when->date,
             when->date_to);
  } else {
    char month[8];
    snprintf(month, sizeof month, "%.7s", when->date);
    snprintf(tmp, sizeof tmp, ",\"as_of\":\"%s\"}",
             strlen(when->date) > 7 && !jn__contains(fa->text, "期") ? when->date : month);
  }
  jn__buf_puts(v, tmp);
}

/* "1日4回" for a quantity is the time between two: 6 h, in the largest
 * unit that keeps it whole (1日2回 → 12 h, 1時間4回 → 15 min). */
static void put_time_between(const jn_mention *m, jn_buf *v) {
  static const char *const units[] = {"y", "mo", "wk", "d", "h", "min", "s"};
  double seconds = m->value * jn__time_unit_seconds(m->unit) / m->times;
  const char *unit = m->unit;
  double value = seconds / jn__time_unit_seconds(unit);
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
    double x = seconds / jn__time_unit_seconds(units[i]);
    if (x >= 1 && x == (double)(long long)x) {
      unit = units[i], value = x;
      break;
    }
  }
  char num[48], tmp[96];
  jn__format_number(value, num, sizeof num);
  snprintf(tmp, sizeof tmp, "{\"value\":%s,\"unit\":\"%s\"}", num, unit);
  jn__buf_puts(v, tmp);
}

/* Does the text after a figure make it a lead time: 前, with 以上 or 程度
 * between at most ("1週間前", "3日程度前")? */
int jn__extract_lead_after(const char *after) {
  static const char *const between[] = {"以上", "程度", "ほど", "くらい", "ぐらい"};
  for (size_t t = 0; t < sizeof between / sizeof between[0]; t++)
    if (!strncmp(after, between[t], strlen(between[t])))
      after += strlen(between[t]);
  return !strncmp(after, "前", 3);
}

/* Of the mentions of the field's kind, the one the answer marks as the
 * value: a total (取締役三名、監査役一名の計四名) or, for a retention, the
 * length followed by 保存, 保管 or 保持 (二十四時間稼働、映像は三か月間保存).
 * -1 when none is marked. */
static long marked_mention(const jn_field_answer *fa, long smallest) {
  static const char *const totals[] = {"計", "合計", "総計"};
  static const char *const kept[] = {"保存", "保管", "保持"};
  const char *a = fa->text;
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (!takes(fa, m, i, smallest))
      continue;
    for (size_t t = 0; t < sizeof totals / sizeof totals[0]; t++) {
      size_t k = strlen(totals[t]);
      if (m->start >= k && !memcmp(a + m->start - k, totals[t], k))
        return (long)i;
    }
    const char *after = a + m->end;
    if (!strncmp(after, "間", 3))
      after += 3;
    for (size_t t = 0; has_flag(fa, JN_FF_SPAN) && t < sizeof kept / sizeof kept[0]; t++)
      if (!strncmp(after, kept[t], strlen(kept[t])))
        return (long)i;
    /* a lead time is the figure before 前 ("毎月第3日曜日に実施…1週間前に
     * ご案内": the notice, not the window); 以上 or 程度 may stand between */
    if (has_flag(fa, JN_FF_LEAD) && jn__extract_lead_after(after))
      return (long)i;
  }
  return -1;
}

/* The first mention of the field's kind (from value_from() on). */
static int value_mention(jn_extractor *x, const jn_field_answer *fa, size_t from,
                                 jn_buf *v) {
  long smallest = is_type(fa, JN_FT_QUANTITY) && has_flag(fa, JN_FF_MIN)
                      ? smallest_quantity(fa->f, fa->ms) : -1;
  long marked = from == 0 && smallest < 0 ? marked_mention(fa, smallest) : -1;
  char json[512];
  for (size_t i = marked >= 0 ? (size_t)marked : 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (!takes(fa, m, i, smallest) || m->start < from)
      continue;
    warn_if_doubtful(x, fa, m);
    if (m->type == JN_MENTION_INTERVAL && m->times > 1 && jn__time_unit_seconds(m->unit) > 0) {
      put_time_between(m, v);
      return JN_STATUS_VALUE;
    }
    size_t n = jn_mention_value_json(m, json, sizeof json);
    if (n >= sizeof json)
      continue;
    put_measured(fa, m, json, n, v);
    return JN_STATUS_VALUE;
  }
  return JN__NO_RULE;
}

/* Does the question name the unit its answers count in: "単位", or a word
 * of the unit followed by 数 (事業年数 counts years)? */
static int question_names_unit(const jn_lexicon *lx, const char *q, const char *unit) {
  if (jn__contains(q, "単位"))
    return 1;
  size_t n = strlen(q);
  for (size_t i = 0; i < n; i++) {
    const jn_unit *u = jn__unit_at(lx, (const uint8_t *)q + i, n - i);
    if (u && !strcmp(u->unit, unit) && !strncmp(q + i + u->word_len, "数", 3))
      return 1;
  }
  return 0;
}

/* A bare number where the field's unit is implied: 国内7 国外0, a user
 * count, an amount under "(単位:千円)" in the question, a ratio under
 * "(単位:%)" (78.8 as 自己資本比率). */
static int value_bare_number(jn_extractor *x, const jn_field_answer *fa, size_t from,
                                     int anchored, jn_buf *v) {
  int money = is_type(fa, JN_FT_MONEY);
  if (!is_type(fa, JN_FT_QUANTITY) && !money &&
      !(is_type(fa, JN_FT_PERCENT) && jn__contains(fa->question, "%")))
    return JN__NO_RULE;
  /* an office count needs its 国内 or 国外; a bare number alone is the
   * domestic count when nothing is said abroad ("1(本社のみ)") */
  if (!anchored && strstr(fa->f->id, "offices_") &&
      (strcmp(fa->f->id, "offices_domestic") || jn__contains(fa->text, "国外") ||
       jn__contains(fa->text, "海外")))
    return JN__NO_RULE;
  /* a length of time has no unit to imply: "3.1" beside a backup is a
   * version or a section number unless the question gives the unit
   * ("(単位:日)", 事業年数); a count has one (役員数 11) */
  if (is_type(fa, JN_FT_QUANTITY) && jn__time_unit_seconds(fa->f->unit) > 0 &&
      !question_names_unit(&x->ctx->lex, fa->question, fa->f->unit))
    return JN__NO_RULE;
  double yen_scale = money ? jn_yen_scale(x->ctx, fa->question, strlen(fa->question)) : 0;
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (m->type != JN_MENTION_NUMBER || m->start < from || m->is_range)
      continue;
    if ((fa->text[m->end] == ':' && fa->text[m->end + 1] >= '0' && fa->text[m->end + 1] <= '9') ||
        (m->start > 1 && fa->text[m->start - 1] == ':' && fa->text[m->start - 2] >= '0' &&
         fa->text[m->start - 2] <= '9'))
      continue; /* a time of day (02:00), no count; 国内:3 is one */
    if (!strncmp(fa->text + m->end, "月", 3) || !strncmp(fa->text + m->end, "日", 3) ||
        !strncmp(fa->text + m->end, "年", 3))
      continue; /* a date's part (例:4月15日), no count */
    if (m->start >= 3 && !memcmp(fa->text + m->start - 3, "第", 3))
      continue; /* an ordinal (第7条, 第2土曜日), no count */
    if ((m->start > 0 && fa->text[m->start - 1] == '-') ||
        (fa->text[m->end] == '-' && fa->text[m->end + 1] >= '0' && fa->text[m->end + 1] <= '9'))
      continue; /* numbers joined by hyphens: an address (架空坂2-2-2), a phone, a code */
    char num[48], tmp[160];
    jn__format_number(m->value * (yen_scale > 0 ? yen_scale : 1), num, sizeof num);
    snprintf(tmp, sizeof tmp, "{\"value\":%s,\"unit\":\"%s\"", num, money ? "JPY" : fa->f->unit);
    jn__buf_puts(v, tmp);
    const char *bound = jn__scan_bound_before(&x->ctx->lex, fa->text, m->start); /* 約890,500ID */
    if (bound) {
      snprintf(tmp, sizeof tmp, ",\"bound\":\"%s\"", bound);
      jn__buf_puts(v, tmp);
    }
    const jn_mention *when = fa->first_date && fa->first_date->start > m->start
                                 ? fa->first_date : date_before(fa, m);
    if (when && when->type == JN_MENTION_DATE) {
      snprintf(tmp, sizeof tmp, ",\"as_of\":\"%s\"", when->date);
      jn__buf_puts(v, tmp);
    }
    jn__buf_puts(v, "}");
    return JN_STATUS_VALUE;
  }
  return JN__NO_RULE;
}

/* Does a "no" word end a clause that names the field's subject, the last
 * four characters of one of its labels (通知時間の規約は無し for
 * 利用者への通知時間)? The first yes/no word may say something else
 * (有り …での通知 通知時間の規約は無し). */
static int negated_topic(const jn_field_answer *fa) {
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (m->type != JN_MENTION_POLARITY || m->value != 0)
      continue;
    size_t cs = m->start; /* the clause: back to a space or a line break */
    while (cs > 0 && fa->text[cs - 1] != ' ' && fa->text[cs - 1] != '\n')
      cs--;
    size_t n;
    for (const char *p = fa->f->labels, *w; jn__dict_next_alt(&p, &w, &n);) {
      char topic[16];
      int plain = n >= 12;
      for (size_t k = n - 12; plain && k < n; k++)
        plain = (unsigned char)w[k] >= 0x80; /* no ASCII: no pattern syntax */
      if (plain) {
        memcpy(topic, w + n - 12, 12), topic[12] = '\0';
        const char *at = strstr(fa->text + cs, topic);
        if (at && (size_t)(at - fa->text) < m->start)
          return 1;
      }
    }
  }
  return 0;
}

/* No value of the field's kind: "there is none", a zero count, or
 * unparsed. */
static int value_missing(const jn_field_answer *fa, jn_buf *v) {
  int quantity = is_type(fa, JN_FT_QUANTITY);
  /* A quantity of another kind only (直近7日前まで for generations): the
   * answer gives no value of this field's kind; but a count flagged zero
   * that says none (過去1年事故歴なし) is 0 whatever the period. */
  if (quantity && !(fa->negative && has_flag(fa, JN_FF_ZERO)))
    for (size_t i = 0; i < jn_mentions_count(fa->ms); i++)
      if (jn_mentions_at(fa->ms, i)->type == JN_MENTION_QUANTITY)
        return JN_STATUS_NONE;
  if (fa->negative || negated_topic(fa) || jn__contains(fa->text, "不明") ||
      jn__contains(fa->text, "未定") || jn__contains(fa->text, "特に設定なし")) {
    if (quantity && has_flag(fa, JN_FF_ZERO)) {
      char tmp[96];
      snprintf(tmp, sizeof tmp, "{\"value\":0,\"unit\":\"%s\"}", fa->f->unit);
      jn__buf_puts(v, tmp);
      return JN_STATUS_VALUE;
    }
    return JN_STATUS_NONE;
  }
  return JN_STATUS_UNPARSED;
}

/* A count of cases answered by listing them, one date each ("有\n2023年2月7日
 * 約25分…\n2023年8月21日 約10分"): as many cases as dates, each on a line of
 * its own. NULL when the answer is not such a list. */
static int incidents_listed(const jn_field_answer *fa, jn_buf *v) {
  int dates = 0;
  size_t last_line = (size_t)-1;
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (m->type != JN_MENTION_DATE)
      continue;
    size_t line = 0; /* which line of the answer the date is on */
    for (size_t k = 0; k < m->start; k++)
      line += fa->text[k] == '\n';
    if (line == last_line || line == 0)
      return JN__NO_RULE; /* two dates on a line, or a date in the first line */
    last_line = line;
    dates++;
  }
  if (dates == 0)
    return JN__NO_RULE;
  char tmp[64];
  snprintf(tmp, sizeof tmp, "{\"value\":%d,\"unit\":\"case\"}", dates);
  jn__buf_puts(v, tmp);
  return JN_STATUS_VALUE;
}

/* Does a "no" come after the field's anchor (海外の拠点はございません)? */
static int no_after(const jn_field_answer *fa, size_t from) {
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (m->type == JN_MENTION_POLARITY && m->value == 0 && m->start >= from)
      return 1;
  }
  return 0;
}

/* Does the answer call the amount nothing (dict/words.tsv "free_of_charge")
 * after the field's label (from) and before the first amount there? "初期
 * 費用は無料です。月額料金は4,980円": the fee is 0, the 4,980円 another's. */
static int free_before_amount(const jn_extractor *x, const jn_field_answer *fa, size_t from) {
  size_t n = strlen(fa->text), len;
  const char *free_word = jn__words_find(&x->ctx->lex, JN_WORDS_FREE_OF_CHARGE, fa->text + from,
                                         n - from, &len);
  if (!free_word)
    return 0;
  size_t at = (size_t)(free_word - fa->text);
  for (size_t i = 0; i < jn_mentions_count(fa->ms); i++) {
    const jn_mention *m = jn_mentions_at(fa->ms, i);
    if (m->type == JN_MENTION_MONEY && m->start >= from && m->start < at)
      return 0;
  }
  return 1;
}

/* Dates, periods, amounts, ratios, quantities, choices, hours, codes. */
static int value_measure(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  if (is_type(fa, JN_FT_QUANTITY) && same_dimension(fa->f->unit, "d") &&
      (jn__contains(fa->text, "同日中") || jn__contains(fa->text, "当日中"))) {
    jn__buf_puts(v, "{\"value\":1,\"unit\":\"d\",\"bound\":\"max\"}"); /* within the day */
    return JN_STATUS_VALUE;
  }
  size_t from;
  int anchored = value_from(fa->f, fa->text, &from);
  from = from > fa->value_at ? from : fa->value_at;
  if (is_type(fa, JN_FT_MONEY) && free_before_amount(x, fa, from)) {
    jn__buf_puts(v, "{\"value\":0,\"unit\":\"JPY\"}"); /* free of charge */
    return JN_STATUS_VALUE;
  }
  int status = value_mention(x, fa, from, v);
  if (status == JN__NO_RULE)
    status = value_bare_number(x, fa, from, anchored, v);
  if (status == JN__NO_RULE && is_type(fa, JN_FT_QUANTITY) && !strcmp(fa->f->unit, "case"))
    status = incidents_listed(fa, v);
  if (status == JN__NO_RULE && anchored && has_flag(fa, JN_FF_ZERO) && no_after(fa, from)) {
    char tmp[96]; /* 国内に4拠点…、海外の拠点はございません: 0 abroad */
    snprintf(tmp, sizeof tmp, "{\"value\":0,\"unit\":\"%s\"}", fa->f->unit);
    jn__buf_puts(v, tmp);
    return JN_STATUS_VALUE;
  }
  return status != JN__NO_RULE ? status : value_missing(fa, v);
}

static const struct {
  jn_field_type_id type;
  value_rule rule;
} type_rules[] = {
    {JN_FT_BOOL, value_bool},   {JN_FT_PHONE, value_all}, {JN_FT_EMAIL, value_all},
    {JN_FT_URL, value_all},     {JN_FT_DATES, value_all}, {JN_FT_LIST, value_list},
    {JN_FT_TEXT, value_text},
};

int jn__extract_value(jn_extractor *x, const jn_field_answer *fa, jn_buf *v) {
  if (is_type(fa, JN_FT_BOOL)) {
    int status = value_bool_words(x, fa, v);
    if (status != JN__NO_RULE)
      return status;
  }
  for (size_t i = 0; i < sizeof field_rules / sizeof field_rules[0]; i++)
    if (!strcmp(fa->f->id, field_rules[i].field)) {
      int status = field_rules[i].rule(x, fa, v);
      if (status != JN__NO_RULE)
        return status;
    }
  for (size_t i = 0; i < sizeof type_rules / sizeof type_rules[0]; i++)
    if (is_type(fa, type_rules[i].type))
      return type_rules[i].rule(x, fa, v);
  return value_measure(x, fa, v);
}
