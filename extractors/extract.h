/* extract.h — internals of field extraction (jn_extract_json).
 *
 * Extraction runs in three steps, one file each:
 *   extract_assign.c  which answer each catalogue field reads (slots):
 *                     labels, merged questions, answers that hold several
 *                     sub-answers, references to appendix tables;
 *   extract_value.c   the status and typed value of one field from its
 *                     answer (generic by type, a few rules by field);
 *   extract_text.c    names, places and lists (with MeCab, morph.c);
 * and extract.c writes the record. */
#ifndef JN_EXTRACT_H
#define JN_EXTRACT_H

#include <stddef.h>
#include <string.h>

#include "buf.h"
#include "ctx.h"
#include "dict.h" /* jn__dict_next_alt */
#include "morph.h"
#include "scan.h"
#include "sheet.h"
#include "utf8.h" /* jn__squash */

/* One extraction: what every step may read, and what they report. */
typedef struct jn_extractor {
  const jn_ctx *ctx;
  const jn_sheet *sheet;
  jn_morph *morph;   /* this call's MeCab lattice */
  pcre2_match_data *match; /* this call's, for the label patterns */
  jn_buf warnings;   /* JSON objects, comma-separated */
  int n_warnings;
} jn_extractor;

/* What one field reads: a row, and the answer text that is this field's
 * (the row's answer, a part of it, or a table it refers to). */
#define JN_MAX_ALT 16

enum { JN_MAX_SAME = 4 };

typedef struct jn_slot {
  const jn_sheet_row *row;
  const char *answer;
  size_t value_at; /* where in answer a figure is looked for (the clause
                      naming the field in a sentence), 0 for all of it */
  char *owned; /* answer, when it was made for this slot */
  /* anchors in the text (by_anchors): the next best after row, with the
   * scores they were ranked by */
  const jn_sheet_row *alt[JN_MAX_ALT];
  long alt_score[JN_MAX_ALT], score;
  size_t n_alt;
  /* the other rows of the form that name the field best among the fields
   * they name, by score (サポート窓口の受付時間, then 連絡先): read in turn
   * when row holds no value of the field's type */
  const jn_sheet_row *same[JN_MAX_SAME];
  size_t same_score[JN_MAX_SAME], n_same;
  int companion; /* row is a companion field's (dict/companions.tsv): taken
                    only for a value of this field's type */
  const jn_sheet_row *companion_row; /* the companion's row, read when the
                                        field's own holds no such value */
  /* a pair of the text naming the field best (電話番号: 0120-…), read when
   * the table's row holds no value of its type */
  const jn_sheet_row *text_pair;
  long text_pair_score;
} jn_slot;

/* Fills slots[f] for every catalogue field the sheet answers (row NULL for
 * the others). JN_OK or JN_ENOMEM. */
int jn__extract_assign(jn_extractor *x, jn_slot *slots);
/* The part of a that field f's own sub-label heads ("UPS:約20分 / 非常用発電機:
 * 24時間連続運転" gives the generator "24時間連続運転"): its start, its length
 * in *n; NULL when a holds no such label (extract_assign.c). */
const char *jn__extract_part_of(const jn_extractor *x, size_t f, const char *a, size_t *n);
void jn__extract_slots_free(jn_slot *slots, size_t n);

/* The field's answer, read once by every value rule. */
typedef struct jn_field_answer {
  const jn_field *f;
  const char *text;     /* the answer */
  const char *question; /* the row's question ("" when none) */
  uint64_t line;        /* the row's line, for warnings */
  const jn_mentions *ms;
  const jn_mention *first_date, *first_period, *first_polar;
  int negative; /* the first yes/no word says no */
  size_t value_at; /* figures are read from here on (jn_slot.value_at) */
  const jn_mention *label_period; /* a period the row's label gives a percent
                                     whose answer has no date (上期通算(2024年4月
                                     ~2024年9月) | 稼働率 99.962%) */
} jn_field_answer;

/* What a value rule returns: a jn_status, or one of these outcomes that
 * are no status of the record. Statuses are enums from the first rule on;
 * no string is compared to learn what a rule decided. */
enum {
  JN__NO_RULE = -1,  /* a rule that does not apply: the next one runs */
  JN__NO_VALUE = -2, /* no anchor qualifies: the field stays absent */
  JN__NOMEM = -3     /* out of memory */
};

/* Writes the field's value to v and returns its status (JN_STATUS_VALUE,
 * _NONE, _UNPARSED). */
int jn__extract_value(jn_extractor *x, const jn_field_answer *fa, jn_buf *v);
/* Is the text after a figure 前 (以上, 程度 between at most): a lead time? */
int jn__extract_lead_after(const char *after);

/* extract_text.c: values that are words. Each returns the status. */
/* The guideline's 必須/選択 marker at either end of buf[0..n) (必須 X, X
 * 【必須】) removed: the new length. */
size_t jn__extract_trim_markers(char *buf, size_t n);
int jn__extract_person(jn_extractor *x, const char *a, jn_buf *v);
int jn__extract_names_org(const jn_lexicon *lx, const char *s);
int jn__extract_prefecture(const char *a, jn_buf *v);
/* negative: the answer's first yes/no word says no; negative_first: the
 * answer starts with it. */
int jn__extract_list(jn_extractor *x, const jn_field *f, const char *a, int negative,
                             int negative_first, jn_buf *v);

/* The first id of dict/list_ids.tsv for field f, in file order, whose word
 * appears in a; NULL when none does. */
const char *jn__extract_first_id(jn_extractor *x, const jn_field *f, const char *a);

/* Does MeCab find a clause ended by a negation (取得しておりません,
 * 行っていない) in the first n bytes of a? */
int jn__extract_negated(jn_extractor *x, const char *a, size_t n);

/* Adds a warning {"field":…,"line":…,"message":…} to the record (no
 * "field" when field is NULL: the warning is about the sheet). */
void jn__extract_warn(jn_extractor *x, const char *field, uint64_t line, const char *message);

/* Small text helpers the steps share. */
static inline int jn__contains(const char *s, const char *word) {
  return strstr(s, word) != NULL;
}
/* The length of the first of `words` that [p, p+n) ends with, or 0. */
size_t jn__ending_of(const char *p, size_t n, const char *const *words, size_t count);
#define JN_ENDING_OF(p, n, words) jn__ending_of(p, n, words, sizeof words / sizeof words[0])

#endif
