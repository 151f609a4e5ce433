/* extract.c — jn_extract_json(): one typed record per sheet (spec §4), a
 * first version.
 *
 * Each answer row is matched to catalogue fields by its label and question
 * text (dict/fields.tsv labels; the longest matching label wins, fields
 * sharing it all take the row; item numbers are never used). The answer's
 * status comes first (blank, undisclosed, none), then a value by the field's
 * type, taken from the answer's mentions (jn_scan). Not yet: MeCab for
 * names and organizations, canonical ids for lists, sheet-level unit hints
 * and references to appendix tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ctx.h"
#include "numeral.h"
#include "scan.h"
#include "sheet.h"

static void put(jn_buf *b, const char *s) { jn__buf_put(b, s, strlen(s)); }

static void put_json_string(jn_buf *b, const char *s, size_t n) {
  put(b, "\"");
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char esc[8];
    if (c == '"' || c == '\\') {
      esc[0] = '\\', esc[1] = (char)c, esc[2] = '\0';
      put(b, esc);
    } else if (c < 0x20) {
      snprintf(esc, sizeof esc, "\\u%04x", c);
      put(b, esc);
    } else {
      jn__buf_put(b, s + i, 1);
    }
  }
  put(b, "\"");
}

static int contains(const char *s, const char *word) { return strstr(s, word) != NULL; }

/* The length of the first of `words` that [p, p+n) ends with, or 0. */
static size_t ending_of(const char *p, size_t n, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++) {
    size_t k = strlen(words[i]);
    if (n >= k && !memcmp(p + n - k, words[i], k))
      return k;
  }
  return 0;
}
#define ENDING_OF(p, n, words) ending_of(p, n, words, sizeof words / sizeof words[0])

/* Copies s without its spaces: sheets write "BCP 対応計画" and
 * "情報資産 (利用者データ等) の返却" where the catalogue has none. */
static size_t squash(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++)
    if (s[i] != ' ')
      out[k++] = s[i];
  out[k] = '\0';
  return k;
}

/* The length of the longest label alternative of f found in text (text
 * already without spaces). */
static size_t label_match(const jn_field *f, const char *text) {
  size_t best = 0;
  const char *p = f->labels;
  while (*p) {
    const char *bar = strstr(p, " | ");
    size_t n = bar ? (size_t)(bar - p) : strlen(p);
    char alt[320];
    size_t an = squash(p, n, alt, sizeof alt);
    if (an > best && strstr(text, alt))
      best = an;
    p = bar ? bar + 3 : p + n;
  }
  return best;
}

/* Is the answer nothing but dashes and spaces (-, —, ―, ー)? */
static int only_dashes(const char *a) {
  static const char *const dashes[] = {" ", "-", "—", "―", "ー", "－"};
  while (*a) {
    size_t k = 0;
    for (size_t d = 0; !k && d < sizeof dashes / sizeof dashes[0]; d++)
      if (strncmp(a, dashes[d], strlen(dashes[d])) == 0)
        k = strlen(dashes[d]);
    if (!k)
      return 0;
    a += k;
  }
  return 1;
}

/* The guideline's own instruction left in the answer cell when the
 * publisher wrote nothing ("申請したASP・SaaSのサービスの利用者数",
 * "告知時期 (1か月前、3か月前等の単位で記述)"): the answer is blank. */
static int template_text(const char *a) {
  static const char *const endings[] = {"で記述)", "を記述)", "を明示)", "も明示)"};
  return strncmp(a, "申請したASP", strlen("申請したASP")) == 0 ||
         ENDING_OF(a, strlen(a), endings) > 0;
}

/* blank, undisclosed, or NULL when the answer says something. */
static const char *answer_status(const char *a) {
  if (!*a || only_dashes(a) || contains(a, "記述無し(*)") || template_text(a))
    return "blank";
  static const char *const withheld[] = {"記述有り(*)", "非公開", "開示不可", "オープン価格",
                                         "非公表"};
  for (size_t i = 0; i < sizeof withheld / sizeof withheld[0]; i++)
    if (contains(a, withheld[i]))
      return "undisclosed";
  return NULL;
}

static int same_dimension(const char *field_unit, const char *u) {
  int ft = jn__time_unit_seconds(field_unit) > 0, ut = jn__time_unit_seconds(u) > 0;
  if (ft || ut)
    return ft && ut;
  return u && !strcmp(field_unit, u);
}

static int quantity_fits(const jn_field *f, const jn_mention *m) {
  return (m->type == JN_MENTION_QUANTITY ||
          (m->type == JN_MENTION_INTERVAL && !strstr(f->flags, "span"))) &&
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
    if (best < 0 || value < best_value)
      best = (long)i, best_value = value;
  }
  return best;
}

/* Where in the answer this field's value is to be looked for: after 国外
 * for overseas offices (国内2拠点 国外0拠点), after 保存期間 or 保持期間 for a
 * retention (24時間録画、映像保存期間: 90日). Returns 1 with *from there,
 * or 0 with *from at the start when the answer has no such word. */
static int value_from(const jn_field *f, const char *a, size_t *from) {
  static const struct { const char *field, *flag, *word; } anchors[] = {
      {"offices_domestic", NULL, "国内"}, {"offices_overseas", NULL, "国外"},
      {"offices_overseas", NULL, "海外"}, {NULL, "span", "保存期間"},
      {NULL, "span", "保持期間"},         {NULL, "span", "保管期間"}};
  for (size_t i = 0; i < sizeof anchors / sizeof anchors[0]; i++) {
    if (anchors[i].field ? strcmp(f->id, anchors[i].field) : !strstr(f->flags, anchors[i].flag))
      continue;
    const char *at = strstr(a, anchors[i].word);
    if (at) {
      *from = (size_t)(at - a);
      return 1;
    }
  }
  *from = 0;
  return 0;
}

/* 〒107-0052 東京都港区… → 東京都: the first prefecture named. */
static const char *prefecture(const char *a, jn_buf *v) {
  static const char *const whole[] = {"東京都", "北海道", "大阪府", "京都府", "神奈川県",
                                      "和歌山県", "鹿児島県"};
  const char *best = NULL;
  size_t best_len = 0;
  for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++) {
    const char *at = strstr(a, whole[i]);
    if (at && (!best || at < best))
      best = at, best_len = strlen(whole[i]);
  }
  const char *ken = strstr(a, "県");
  if (ken && ken - a >= 6 && (!best || ken - 6 < best) && (unsigned char)ken[-6] >= 0xE4)
    best = ken - 6, best_len = 9; /* two kanji and 県 */
  if (!best)
    return "unparsed";
  put_json_string(v, best, best_len);
  return "value";
}

/* 代表取締役社長 CEO 黒田 淳 → 黒田 淳: titles, roles and notes removed. */
/* Does the word [p, p+n) end like a post or a department (システム管理責任者,
 * 情報セキュリティ委員長, 開発本部長, 情報システム部)? */
static int role_word(const char *p, size_t n) {
  static const char *const endings[] = {"責任者", "管理者", "担当者", "担当", "長", "役員",
                                        "部", "室", "課", "チーム", "リーダー", "CISO", "CIO"};
  size_t k = ENDING_OF(p, n, endings);
  /* one kanji ends a post only in a longer word: 服部, 阿部 are names */
  return k > 3 || (k > 0 && n >= 9);
}

/* Where the name starts: after the last ":" or ";" (有り: 責任者 …) and
 * after the last word that names a post, before any parenthesis. */
static const char *name_start(const char *a) {
  const char *stop = strchr(a, '(');
  const char *start = a;
  for (const char *p = a; *p && (!stop || p < stop); p++)
    if (*p == ':' || *p == ';')
      start = p + 1;
  for (const char *p = start; *p && (!stop || p < stop);) {
    while (*p == ' ')
      p++;
    const char *w = p;
    while (*p && *p != ' ' && (!stop || p < stop))
      p++;
    if (p > w && role_word(w, (size_t)(p - w)) && *p == ' ')
      start = p;
  }
  return start;
}

static const char *person(const char *a, jn_buf *v) {
  a = name_start(a);
  static const char *const titles[] = {
      "代表取締役社長", "代表取締役会長", "代表取締役", "取締役社長", "取締役", "執行役員",
      "社長", "会長", "専務", "常務", "理事長", "CEO", "COO", "CTO", "CFO", "CIO", "CISO",
      "CSRO", "CSO", "部長", "室長", "課長", "あり", "有り"};
  char buf[512];
  size_t n = 0;
  for (const char *p = a; *p && n + 1 < sizeof buf;) {
    if (*p == '(' || *p == '*' || !strncmp(p, "※", 3)) { /* (兼管理部長), *CSRO… */
      const char *close = *p == '(' ? strchr(p, ')') : NULL;
      if (!close)
        break;
      p = close + 1;
      continue;
    }
    size_t k = 0;
    for (size_t t = 0; !k && t < sizeof titles / sizeof titles[0]; t++)
      if (!strncmp(p, titles[t], strlen(titles[t])))
        k = strlen(titles[t]);
    if (k) {
      p += k;
      continue;
    }
    buf[n++] = *p++;
  }
  size_t s0 = 0;
  while (s0 < n && buf[s0] == ' ')
    s0++;
  while (n > s0 && buf[n - 1] == ' ')
    n--;
  if (n == s0)
    return "unparsed";
  put_json_string(v, buf + s0, n - s0);
  return "value";
}

/* Does any of `words` (separated by " | ") appear in a? Spaces do not
 * count on either side ("IP アドレス制限"). */
static int any_word(const char *a, const char *words) {
  char w[256], text[2048];
  squash(a, strlen(a), text, sizeof text);
  for (const char *p = words; *p;) {
    const char *bar = strstr(p, " | ");
    size_t n = bar ? (size_t)(bar - p) : strlen(p);
    if (squash(p, n, w, sizeof w) && strstr(text, w))
      return 1;
    p = bar ? bar + 3 : p + n;
  }
  return 0;
}

/* The end of the list item at p: the next 、 , / or line break, or just
 * after a share followed by a space ("A: 38.4% B: 27.1%"). *sep is the
 * length of the separator to skip. */
static size_t item_end(const char *p, size_t *sep) {
  size_t k = 0;
  for (; p[k]; k++) {
    if (p[k] == ',' || p[k] == '/' || p[k] == '\n' || p[k] == ';') {
      *sep = 1;
      return k;
    }
    if (!strncmp(p + k, "、", 3)) {
      *sep = 3;
      return k;
    }
    if (p[k] == '%' && p[k + 1] == ' ') {
      *sep = 1;
      return k + 1;
    }
    if (p[k] == '%' && p[k + 1] == ')' && p[k + 2] == ' ') { /* A(13%) B */
      *sep = 1;
      return k + 2;
    }
  }
  *sep = 0;
  return k;
}

/* The item's name: shares such as "(13%)" or ": 57.97%" and surrounding
 * spaces dropped, (株) kept. Returns its length in out. */
static size_t clean_item(const char *p, size_t k, char *out, size_t size) {
  size_t m = 0;
  for (size_t i = 0; i < k && m + 1 < size; i++) {
    const char *close = p[i] == '(' ? memchr(p + i, ')', k - i) : NULL;
    if (close && memchr(p + i, '%', (size_t)(close - (p + i)))) {
      i = (size_t)(close - p);
      continue;
    }
    out[m++] = p[i];
  }
  while (m && strchr(" %.:0123456789", out[m - 1]))
    m--;
  if (m >= 3 && !memcmp(out + m - 3, "各", 3)) /* B、C各9%: the share of each */
    for (m -= 3; m && out[m - 1] == ' ';)
      m--;
  size_t s0 = 0;
  while (s0 < m && out[s0] == ' ')
    s0++;
  memmove(out, out + s0, m - s0);
  return m - s0;
}

/* Is every space-separated word of the item the name of a bank? */
static int bank_names(const char *item, size_t m) {
  static const char *const endings[] = {"銀行", "金庫", "組合", "公庫"};
  int words = 0;
  for (size_t i = 0, w = 0; i <= m; i++) {
    if (i < m && item[i] != ' ')
      continue;
    if (i > w) {
      if (!ENDING_OF(item + w, i - w, endings))
        return 0;
      words++;
    }
    w = i + 1;
  }
  return words > 1;
}

/* A list: canonical ids where dict/list_ids.tsv has them for the field,
 * else the answer's items (item_end, clean_item; banks named one after
 * another with spaces between are one item each). */
static const char *list_value(const jn_ctx *ctx, const jn_field *f, const char *a,
                              int negative, jn_buf *v) {
  const jn_lexicon *lx = &ctx->lex;
  int has_ids = 0, n = 0;
  put(v, "[");
  for (size_t i = 0; i < lx->n_list_ids; i++) {
    const jn_list_id *x = &lx->list_ids[i];
    if (strcmp(x->field, f->id))
      continue;
    has_ids = 1;
    if (any_word(a, x->words)) {
      put(v, n++ ? ",\"" : "\"");
      put(v, x->id);
      put(v, "\"");
    }
  }
  if (has_ids) {
    put(v, "]");
    if (n == 0 && !negative) {
      v->len = 0;
      return "unparsed";
    }
    return "value";
  }
  for (const char *p = a; *p;) {
    size_t sep = 0, k = item_end(p, &sep);
    char item[256];
    size_t m = clean_item(p, k, item, sizeof item);
    if (m && bank_names(item, m)) { /* 本郷銀行 栄信託銀行: one per word */
      for (size_t i = 0, w = 0; i <= m; i++)
        if (i == m || item[i] == ' ') {
          if (i > w)
            put(v, n++ ? "," : ""), put_json_string(v, item + w, i - w);
          w = i + 1;
        }
    } else if (m) {
      put(v, n++ ? "," : "");
      put_json_string(v, item, m);
    }
    p += k + sep;
  }
  put(v, "]");
  if (n == 0) {
    v->len = 0;
    return negative ? "none" : "unparsed";
  }
  return "value";
}

/* Writes the value of a field of `type` from the answer's mentions;
 * returns the status ("value", "none", "unparsed"). */
static const char *typed_value(const jn_ctx *ctx, const jn_field *f, const char *answer,
                               const jn_mentions *ms, const char *question, jn_buf *v) {
  const char *type = f->type;
  double yen_scale = jn_yen_scale(ctx, question, strlen(question));
  char tmp[512];
  const jn_mention *first_date = NULL, *first_period = NULL, *first_polar = NULL;
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    if (m->type == JN_MENTION_DATE && !first_date)
      first_date = m;
    if (m->type == JN_MENTION_PERIOD && !first_period)
      first_period = m;
    if (m->type == JN_MENTION_POLARITY && !first_polar)
      first_polar = m;
  }
  int negative = first_polar && first_polar->value == 0;
  if (!strcmp(f->id, "power_separate_substations") &&
      (contains(answer, "同一変電所") || contains(answer, "1変電所"))) {
    put(v, "false"); /* fed from one substation, however many lines */
    return "value";
  }
  if (!strcmp(type, "bool")) {
    put(v, first_polar ? (first_polar->value != 0 ? "true" : "false") : "true");
    return "value";
  }
  if (!strcmp(type, "quantity") && (contains(answer, "同日中") || contains(answer, "当日中")) &&
      same_dimension(f->unit, "d")) {
    put(v, "{\"value\":1,\"unit\":\"d\",\"bound\":\"max\"}"); /* within the day */
    return "value";
  }
  if (!strcmp(type, "phone") || !strcmp(type, "email") || !strcmp(type, "url") ||
      !strcmp(type, "dates")) {
    jn_mention_type want = !strcmp(type, "phone")   ? JN_MENTION_PHONE
                           : !strcmp(type, "email") ? JN_MENTION_EMAIL
                           : !strcmp(type, "url")   ? JN_MENTION_URL
                                                    : JN_MENTION_DATE;
    int n = 0;
    put(v, "[");
    for (size_t i = 0; i < jn_mentions_count(ms); i++) {
      const jn_mention *m = jn_mentions_at(ms, i);
      if (m->type != want)
        continue;
      jn_mention_value_json(m, tmp, sizeof tmp);
      put(v, n++ ? "," : "");
      put(v, tmp);
    }
    put(v, "]");
    if (n == 0 && !negative) {
      v->len = 0;
      return "unparsed";
    }
    return "value";
  }
  if (!strcmp(type, "list"))
    return list_value(ctx, f, answer, negative, v);
  if (!strcmp(f->id, "head_office_prefecture"))
    return prefecture(answer, v);
  if (!strcmp(f->id, "tls_version")) { /* TLS1.2(256bit)による通信 → TLS1.2 */
    const char *t = strstr(answer, "TLS");
    if (t) {
      size_t n = 3;
      while (t[n] == ' ' || t[n] == 'v')
        n++;
      size_t d = n;
      while ((t[n] >= '0' && t[n] <= '9') || t[n] == '.')
        n++;
      if (n > d) {
        snprintf(tmp, sizeof tmp, "\"TLS%.*s\"", (int)(n - d), t + d);
        put(v, tmp);
        return "value";
      }
    }
  }
  if (!strcmp(f->id, "dc_country") &&
      (contains(answer, "米国") || contains(answer, "アメリカ") || contains(answer, "US"))) {
    put(v, "\"US\"");
    return "value";
  }
  if (!strcmp(f->id, "dc_country")) {
    if (contains(answer, "日本") || contains(answer, "国内") || contains(answer, "東京") ||
        contains(answer, "大阪") || contains(answer, "県")) {
      put(v, "\"JP\"");
      return "value";
    }
    return "unparsed";
  }
  if (!strcmp(f->id, "stock_code")) {
    for (size_t i = 0; i < jn_mentions_count(ms); i++) {
      const jn_mention *m = jn_mentions_at(ms, i);
      if (m->type == JN_MENTION_NUMBER && m->value >= 1000 && m->value <= 9999 &&
          m->value == (int)m->value && m->end - m->start == 4) {
        snprintf(tmp, sizeof tmp, "\"%d\"", (int)m->value);
        put(v, tmp);
        return "value";
      }
    }
    return negative ? "none" : "unparsed";
  }
  if (!strcmp(type, "text")) {
    if (strstr(f->flags, "person"))
      return person(answer, v);
    put_json_string(v, answer, strlen(answer));
    return "value";
  }
  long smallest = !strcmp(type, "quantity") && strstr(f->flags, "min")
                      ? smallest_quantity(f, ms) : -1;
  size_t from;
  int anchored = value_from(f, answer, &from);
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    int take = 0;
    if (!strcmp(type, "date"))
      take = m->type == JN_MENTION_DATE;
    else if (!strcmp(type, "period"))
      take = m->type == JN_MENTION_PERIOD;
    else if (!strcmp(type, "money"))
      take = m->type == JN_MENTION_MONEY;
    else if (!strcmp(type, "percent"))
      take = m->type == JN_MENTION_PERCENT;
    else if (!strcmp(type, "quantity"))
      take = quantity_fits(f, m) && (smallest < 0 || (size_t)smallest == i);
    else if (!strcmp(type, "choice"))
      take = m->type == JN_MENTION_CHOICE;
    else if (!strcmp(type, "hours"))
      take = m->type == JN_MENTION_HOURS;
    else if (!strcmp(type, "code"))
      take = (!strcmp(f->id, "corporate_number") && m->type == JN_MENTION_CORPORATE_NUMBER) ||
             (strstr(f->id, "postal") && m->type == JN_MENTION_POSTAL_CODE);
    if (!take || m->start < from)
      continue;
    size_t n = jn_mention_value_json(m, tmp, sizeof tmp);
    if (n >= sizeof tmp)
      continue;
    /* money, percent and quantities carry the date they are as of */
    const jn_mention *when = first_period && !strcmp(type, "percent") ? first_period : first_date;
    if ((!strcmp(type, "money") || !strcmp(type, "percent") || !strcmp(type, "quantity")) &&
        when && tmp[n - 1] == '}' && when->start > m->start) {
      tmp[n - 1] = '\0';
      put(v, tmp);
      if (when->type == JN_MENTION_PERIOD) {
        snprintf(tmp, sizeof tmp, ",\"period\":{\"from\":\"%s\",\"to\":\"%s\"}}", when->date,
                 when->date_to);
      } else {
        char month[8];
        snprintf(month, sizeof month, "%.7s", when->date);
        snprintf(tmp, sizeof tmp, ",\"as_of\":\"%s\"}", strlen(when->date) > 7 &&
                 !contains(answer, "期") ? when->date : month);
      }
      put(v, tmp);
    } else {
      put(v, tmp);
    }
    return "value";
  }
  /* A bare number where the field's unit is implied: 国内7 国外0, a user
   * count, an amount under "(単位:千円)" in the question, a ratio under
   * "(単位:%)" (78.8 as 自己資本比率). */
  if (!strcmp(type, "quantity") || !strcmp(type, "money") ||
      (!strcmp(type, "percent") && contains(question, "%"))) {
    /* an office count needs its 国内 or 国外: a bare number alone is neither */
    for (size_t i = 0; (anchored || !strstr(f->id, "offices_")) && i < jn_mentions_count(ms);
         i++) {
      const jn_mention *m = jn_mentions_at(ms, i);
      if (m->type != JN_MENTION_NUMBER || m->start < from || m->is_range)
        continue;
      double scale = !strcmp(type, "money") ? (yen_scale > 0 ? yen_scale : 1) : 1;
      char num[48];
      jn__format_number(m->value * scale, num, sizeof num);
      snprintf(tmp, sizeof tmp, "{\"value\":%s,\"unit\":\"%s\"", num,
               !strcmp(type, "money") ? "JPY" : f->unit);
      put(v, tmp);
      const char *bound = jn__scan_bound_before(answer, m->start); /* 約890,500ID */
      if (bound) {
        snprintf(tmp, sizeof tmp, ",\"bound\":\"%s\"", bound);
        put(v, tmp);
      }
      if (first_date && first_date->start > m->start) {
        snprintf(tmp, sizeof tmp, ",\"as_of\":\"%s\"", first_date->date);
        put(v, tmp);
      }
      put(v, "}");
      return "value";
    }
  }
  /* A quantity of another kind only (直近7日前まで for generations): the
   * answer gives no value of this field's kind; but a count flagged zero
   * that says none (過去1年事故歴なし) is 0 whatever the period. */
  if (!strcmp(type, "quantity") && !(negative && strstr(f->flags, "zero")))
    for (size_t i = 0; i < jn_mentions_count(ms); i++)
      if (jn_mentions_at(ms, i)->type == JN_MENTION_QUANTITY)
        return "none";
  /* No value: a "there is none" answer, a zero count, or unparsed. */
  if (negative || contains(answer, "不明") || contains(answer, "特に設定なし")) {
    if (!strcmp(type, "quantity") && strstr(f->flags, "zero")) {
      snprintf(tmp, sizeof tmp, "{\"value\":0,\"unit\":\"%s\"}", f->unit);
      put(v, tmp);
      return "value";
    }
    return "none";
  }
  return "unparsed";
}

void jn_free(void *p) { free(p); }

int jn_extract_json(char **out, const jn_ctx *ctx, const jn_sheet *sh, const char *name,
                    jn_error *err) {
  (void)err;
  *out = NULL;
  const jn_lexicon *lx = &ctx->lex;
  size_t nr = jn_sheet_row_count(sh);
  const jn_sheet_row **taken = calloc(lx->n_fields, sizeof *taken);
  if (!taken)
    return JN_ENOMEM;
  for (size_t r = 0; r < nr; r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    char joined[2048], text[2048];
    int jn = snprintf(joined, sizeof joined, "%s %s", row->label ? row->label : "",
                      row->question ? row->question : "");
    squash(joined, jn < 0 ? 0 : (size_t)jn < sizeof joined ? (size_t)jn : sizeof joined - 1,
           text, sizeof text);
    size_t best = 0, len[256];
    for (size_t f = 0; f < lx->n_fields && f < 256; f++) {
      len[f] = label_match(&lx->fields[f], text);
      best = len[f] > best ? len[f] : best;
    }
    for (size_t f = 0; best && f < lx->n_fields && f < 256; f++)
      if (len[f] == best && !taken[f])
        taken[f] = row;
  }
  /* A field no row named best may share a row whose question names it
   * too: 障害発生時通知の有無と…利用者への通知時間 answers both the yes/no
   * and the notice time. */
  for (size_t r = 0; r < nr; r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    char question[2048];
    if (!row->question)
      continue;
    squash(row->question, strlen(row->question), question, sizeof question);
    for (size_t f = 0; f < lx->n_fields && f < 256; f++)
      if (!taken[f] && label_match(&lx->fields[f], question))
        taken[f] = row;
  }
  jn_buf b = JN_BUF_INIT;
  const jn_sheet_header *h = jn_sheet_get_header(sh);
  put(&b, "{\"sheet\":");
  put_json_string(&b, name, strlen(name));
  char tmp[96];
  snprintf(tmp, sizeof tmp, ",\"format\":\"%s\",\"rows\":%zu,\"fields\":{", h->format, nr);
  put(&b, tmp);
  int first = 1;
  if (h->cert_number) {
    put(&b, "\"cert_number\":{\"status\":\"value\",\"value\":");
    put_json_string(&b, h->cert_number, strlen(h->cert_number));
    put(&b, "}");
    first = 0;
  }
  for (size_t f = 0; f < lx->n_fields; f++) {
    const jn_sheet_row *row = taken[f];
    if (!row || !strcmp(lx->fields[f].id, "cert_number"))
      continue;
    const char *a = row->answer ? row->answer : "";
    const char *status = answer_status(a);
    jn_buf v = JN_BUF_INIT;
    /* 有り(詳細は非公開): a yes/no field answered, the details withheld. */
    if (status && !strcmp(status, "undisclosed") && !strcmp(lx->fields[f].type, "bool") &&
        (!strncmp(a, "有", 3) || !strncmp(a, "あり", 6) || !strncmp(a, "無", 3) ||
         !strncmp(a, "なし", 6)))
      status = NULL;
    /* ・メール: …(非公表) ・電話: 0120-…: one contact withheld, another given. */
    const char *ft = lx->fields[f].type;
    int contact = !strcmp(ft, "phone") || !strcmp(ft, "email") || !strcmp(ft, "url");
    if (!status || (contact && !strcmp(status, "undisclosed"))) {
      jn_mentions *ms;
      if (jn_scan(&ms, ctx, a, strlen(a), 0, NULL) != JN_OK)
        continue;
      const char *q = row->question ? row->question : "";
      const char *found = typed_value(ctx, &lx->fields[f], a, ms, q, &v);
      jn_mentions_free(ms);
      if (!status || !strcmp(found, "value"))
        status = found;
      else
        v.len = 0;
    }
    put(&b, first ? "\"" : ",\"");
    first = 0;
    put(&b, lx->fields[f].id);
    put(&b, "\":{\"status\":\"");
    put(&b, status);
    put(&b, "\"");
    if (!strcmp(status, "value")) {
      put(&b, ",\"value\":");
      jn__buf_put(&b, v.data, v.len);
    }
    put(&b, ",\"item\":");
    put_json_string(&b, row->item ? row->item : "", row->item ? strlen(row->item) : 0);
    put(&b, ",\"raw\":");
    put_json_string(&b, a, strlen(a));
    snprintf(tmp, sizeof tmp, ",\"line\":%llu}", (unsigned long long)row->line);
    put(&b, tmp);
    jn__buf_free(&v);
  }
  put(&b, "},\"warnings\":[]}");
  free(taken);
  *out = jn__buf_detach(&b);
  return *out ? JN_OK : JN_ENOMEM;
}
