/* scan_contact.c — mentions that are shapes: e-mail, URL, phone numbers,
 * postal codes, corporate numbers (13 digits, check digit validated), and
 * choice marks ①–⑳ (㉑–㊿ too).
 *
 * The shapes are PCRE2 patterns from dict/patterns.tsv, compiled once per
 * context with JIT (read-only afterwards, so threads share them); the match
 * data is made per scan, so every thread has its own. What a pattern cannot
 * say (digit counts, check digits, what comes before a bare postal code) is
 * checked here. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ctx.h"
#include "dict.h"
#include "error.h"
#include "scan.h"
#include "utf8.h"

static const char *const pattern_names[JN_PAT_COUNT] = {"email", "url", "phone",
                                                        "postal", "corporate", "section",
                                                        "question", "not_a_level",
                                                        "not_yet", "qa_question", "qa_answer", "no_field"};

int jn__patterns_load(jn_patterns *pt, jn_error *err) {
  memset(pt, 0, sizeof *pt);
  const jn_dict_file *f = jn__dict_find("patterns.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "patterns.tsv is not embedded");
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    int which = -1;
    for (int k = 0; k < JN_PAT_COUNT; k++)
      if (strlen(pattern_names[k]) == fl[0].len &&
          memcmp(pattern_names[k], fl[0].p, fl[0].len) == 0)
        which = k;
    if (n < 2 || which < 0 || pt->re[which])
      return jn__error(err, JN_EDICT, 0, r.line,
                       "patterns.tsv:%u: expected a known NAME<TAB>PATTERN", r.line);
    int code;
    PCRE2_SIZE at;
    pt->re[which] = pcre2_compile((PCRE2_SPTR)fl[1].p, fl[1].len,
                                  PCRE2_UTF | PCRE2_ANCHORED, &code, &at, NULL);
    if (!pt->re[which]) {
      PCRE2_UCHAR msg[128];
      pcre2_get_error_message(code, msg, sizeof msg);
      return jn__error(err, JN_EDICT, at, r.line, "patterns.tsv:%u: %s at offset %zu",
                       r.line, (const char *)msg, (size_t)at);
    }
    /* JIT where the platform has it; the interpreter otherwise. */
    pcre2_jit_compile(pt->re[which], PCRE2_JIT_COMPLETE);
  }
  for (int k = 0; k < JN_PAT_COUNT; k++)
    if (!pt->re[k])
      return jn__error(err, JN_EDICT, 0, 0, "patterns.tsv: no '%s' pattern",
                       pattern_names[k]);
  return JN_OK;
}

void jn__patterns_free(jn_patterns *pt) {
  for (int k = 0; k < JN_PAT_COUNT; k++)
    pcre2_code_free(pt->re[k]);
  memset(pt, 0, sizeof *pt);
}

/* Length of an anchored match of pattern k at s[i], 0 when none. */
static size_t match(const jn_scan_text *t, int k, size_t i) {
  pcre2_match_data *md = t->match;
  /* The text is normalized, so valid UTF-8: no check (it would cost the
   * whole text at every call). */
  int rc = pcre2_match(t->ctx->patterns.re[k], t->s, t->len, i,
                       PCRE2_NO_UTF_CHECK, md, NULL);
  if (rc < 1)
    return 0;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  return ov[1] > ov[0] ? (size_t)(ov[1] - ov[0]) : 0;
}

static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

static size_t count_digits(const uint8_t *s, size_t n) {
  size_t d = 0;
  for (size_t i = 0; i < n; i++)
    d += is_digit(s[i]);
  return d;
}

/* Does `word` end within the 16 bytes before s[i] (spaces and ':' between)? */
static int after_word(const jn_scan_text *t, size_t i, const char *word) {
  size_t wl = strlen(word);
  for (size_t back = 0; back <= 16 && back + wl <= i; back++) {
    size_t at = i - back - wl;
    if (memcmp(t->s + at, word, wl) == 0) {
      for (size_t k = at + wl; k < i; k++)
        if (t->s[k] != ' ' && t->s[k] != ':')
          return 0;
      return 1;
    }
  }
  return 0;
}


/* The corporate number's check digit (its first digit) is
 * 9 - (Σ P_n × Q_n mod 9) over the other twelve digits P_n counted from the
 * right, with Q_n = 1 for odd n and 2 for even n. */
static int corporate_ok(const uint8_t *d) {
  int sum = 0;
  for (int n = 1; n <= 12; n++)
    sum += (d[13 - n] - '0') * (n % 2 ? 1 : 2);
  return d[0] - '0' == 9 - sum % 9;
}

/* A URL or address does not end in sentence punctuation, nor in a ')' or
 * ']' that closes a bracket opened before it ([https://…], a wiki's link;
 * RFC 3986 allows [ ] only around an IPv6 host). */
static size_t trim_url(const uint8_t *s, size_t n) {
  while (n > 0) {
    uint8_t c = s[n - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        c == '\'') {
      n--;
      continue;
    }
    if (c == ')' || c == ']') {
      uint8_t o = c == ')' ? '(' : '[';
      size_t open = 0, close = 0;
      for (size_t i = 0; i < n; i++)
        open += s[i] == o, close += s[i] == c;
      if (close > open) {
        n--;
        continue;
      }
    }
    break;
  }
  return n;
}

size_t jn__scan_contact(const jn_scan_text *t, size_t i, jn_mention *m) {
  memset(m, 0, sizeof *m);
  const uint8_t *s = t->s + i;
  size_t n;
  int32_t cp = jn__utf8_decode(s, t->len - i, &n);
  if (cp >= 0x2460 && cp <= 0x2473) { /* ①–⑳ */
    m->type = JN_MENTION_CHOICE;
    m->value = cp - 0x2460 + 1;
    return n;
  }
  if ((cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x32B1 && cp <= 0x32BF)) {
    m->type = JN_MENTION_CHOICE;
    m->value = cp <= 0x325F ? cp - 0x3251 + 21 : cp - 0x32B1 + 36;
    return n;
  }
  if (t->match == NULL || (s[0] >= 0x80 && cp != 0x3012 /* 〒 */))
    return 0;
  /* Each pattern only where its first bytes can be: most positions of a
   * text never reach PCRE2. */
  size_t len, rest = t->len - i;
  int word_start = i == 0 || !(jn__scan_is_alnum(t->s[i - 1]) || t->s[i - 1] == '.' ||
                               t->s[i - 1] == '_' || t->s[i - 1] == '-');
  if (word_start && rest > 7 &&
      (memcmp(s, "http", 4) == 0 || memcmp(s, "www.", 4) == 0) &&
      (len = match(t, JN_PAT_URL, i)) && (len = trim_url(s, len)) > 7) {
    m->type = JN_MENTION_URL;
    m->str = jn__dup(s, len);
    return m->str ? len : 0;
  }
  if (word_start && jn__scan_is_alnum(s[0]) &&
      memchr(s, '@', rest < 64 ? rest : 64) && (len = match(t, JN_PAT_EMAIL, i))) {
    len = trim_url(s, len);
    m->type = JN_MENTION_EMAIL;
    m->str = jn__dup(s, len);
    return m->str ? len : 0;
  }
  if (!is_digit(s[0]) && s[0] != '(' && cp != 0x3012)
    return 0;
  if (word_start && (s[0] == '0' || s[0] == '(') && (len = match(t, JN_PAT_PHONE, i))) {
    size_t d = count_digits(s, len);
    /* "(03-5555-3300)": the bracket is the sentence's, not an area
     * code's (03)5555-3300; the number starts after it */
    int bracket = s[0] == '(' && !memchr(s, ')', len);
    if (!bracket && (d == 10 || d == 11) && !(i + len < t->len && is_digit(s[len]))) {
      m->type = JN_MENTION_PHONE;
      m->str = jn__dup(s, len);
      return m->str ? len : 0;
    }
  }
  if ((len = match(t, JN_PAT_POSTAL, i)) && !(i + len < t->len && is_digit(s[len]))) {
    /* A bare 123-4567 is a postal code only after 郵便番号. */
    if (s[0] != (uint8_t)"〒"[0] && !after_word(t, i, "郵便番号"))
      return 0;
    char code[9];
    size_t k = 0;
    for (size_t j = 0; j < len && k < 8; j++)
      if (is_digit(s[j])) {
        code[k++] = (char)s[j];
        if (k == 3)
          code[k++] = '-';
      }
    code[k] = '\0';
    m->type = JN_MENTION_POSTAL_CODE;
    m->str = jn__dup((const uint8_t *)code, k);
    return m->str ? len : 0;
  }
  if (is_digit(s[0]) && (i == 0 || !is_digit(t->s[i - 1])) &&
      (len = match(t, JN_PAT_CORPORATE, i)) == 13 &&
      !(i + 13 < t->len && is_digit(s[13])) && corporate_ok(s)) {
    m->type = JN_MENTION_CORPORATE_NUMBER;
    m->str = jn__dup(s, 13);
    return m->str ? 13 : 0;
  }
  return 0;
}
