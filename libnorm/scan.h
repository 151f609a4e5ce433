/* scan.h — what the recognizers of jn_scan() share (internal). They read
 * normalized text and return the length of what they recognized at s[i]. */
#ifndef JN_SCAN_H
#define JN_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "jnorm.h"
#include "lexicon.h"

typedef struct jn_scan_text {
  const jn_ctx *ctx;
  const uint8_t *s; /* normalized text */
  size_t len;
  pcre2_match_data *match; /* this scan's own (PCRE2 match data is per thread) */
  double yen_scale; /* > 0: bare numbers are money in this unit (千円 → 1000) */
} jn_scan_text;

/* The compiled patterns of dict/patterns.tsv (in jn_ctx). */
enum { JN_PAT_EMAIL, JN_PAT_URL, JN_PAT_PHONE, JN_PAT_POSTAL, JN_PAT_CORPORATE,
       JN_PAT_SECTION, JN_PAT_QUESTION, JN_PAT_NOT_A_LEVEL, JN_PAT_NOT_YET,
       JN_PAT_QA_QUESTION, JN_PAT_QA_ANSWER, JN_PAT_NO_FIELD, JN_PAT_COUNT };
typedef struct jn_patterns {
  pcre2_code *re[JN_PAT_COUNT];
} jn_patterns;

int jn__patterns_load(jn_patterns *pt, jn_error *err);
void jn__patterns_free(jn_patterns *pt);

/* Which recognizers a character may start (lexicon's starts[]). */
#define JN_START_AMOUNT 1u   /* numbers, dates, amounts, contacts, choices */
#define JN_START_INTERVAL 2u /* 毎日, 月一回 */
#define JN_START_POLARITY 4u /* 有り, 無し, しておりません */
#define JN_START_HOURS 8u    /* 平日, 月~金, 9:00, 24時間365日 */

/* Marks in lx->starts every character that may begin a mention. */
void jn__scan_fill_starts(jn_lexicon *lx);
/* Words before an amount (scan_amount.c): the i-th, or NULL past the end. */
const char *jn__scan_prefix_word(size_t i);
/* Seconds in one of the contract's time units (s min h d wk mo y; a month
 * and a year at their mean Gregorian length), or 0 for any other unit. */
double jn__time_unit_seconds(const char *unit);
/* The bound a word right before text[at] gives (約 → "approx", 最大 →
 * "max"), or NULL: for bare numbers, which carry no bound of their own. */
const char *jn__scan_bound_before(const jn_lexicon *lx, const char *text, size_t at);

/* The mentions of text that is already normalized; spans are offsets in it. */
int jn__scan_normalized(const jn_ctx *ctx, const uint8_t *s, size_t len,
                        jn_mentions **out);

/* Each returns the length of the mention recognized at s[i] and fills *m
 * (spans are set by the caller), or 0. */
size_t jn__scan_date(const jn_scan_text *t, size_t i, jn_mention *m);
size_t jn__scan_amount(const jn_scan_text *t, size_t i, jn_mention *m);
size_t jn__scan_contact(const jn_scan_text *t, size_t i, jn_mention *m);
size_t jn__scan_polarity(const jn_scan_text *t, size_t i, jn_mention *m);
size_t jn__scan_interval(const jn_scan_text *t, size_t i, jn_mention *m);
size_t jn__scan_hours(const jn_scan_text *t, size_t i, jn_mention *m);

/* Helpers. */
int jn__scan_is_alnum(uint8_t c);
/* 十 百 千 (they can start a number: 十五, 百万). */
int jn__scan_is_numeral_start(uint32_t cp);
/* Length of `word` when s[i..] starts with it, else 0. Inline, so a literal
 * word's length is known at compile time and the comparison is a few loads. */
static inline size_t jn__scan_lit(const jn_scan_text *t, size_t i,
                                  const char *word) {
  size_t n = strlen(word);
  return i <= t->len && n <= t->len - i && memcmp(t->s + i, word, n) == 0 ? n : 0;
}
/* ASCII digits at s[i..]: their count (up to max) and value. */
size_t jn__scan_digits(const jn_scan_text *t, size_t i, size_t max, int *value);

#endif
