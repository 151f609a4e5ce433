/* extract_assign.c — which answer each catalogue field reads.
 *
 * Rows are matched to fields by their label and question text (the
 * labels of dict/fields.tsv; item numbers are never used, they differ
 * between guideline versions). The most specific label wins a row: the
 * longest match. A field no row names best may then share a row whose
 * question names it too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

size_t jn__ending_of(const char *p, size_t n, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++) {
    size_t k = strlen(words[i]);
    if (n >= k && !memcmp(p + n - k, words[i], k))
      return k;
  }
  return 0;
}

size_t jn__squash(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++)
    if (s[i] != ' ' && s[i] != '\n')
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
    size_t an = jn__squash(p, n, alt, sizeof alt);
    if (an > best && strstr(text, alt))
      best = an;
    p = bar ? bar + 3 : p + n;
  }
  return best;
}

/* The row's label and question, without spaces, in text. */
static void row_text(const jn_sheet_row *row, char *text, size_t cap) {
  char joined[2048];
  int n = snprintf(joined, sizeof joined, "%s %s", row->label ? row->label : "",
                   row->question ? row->question : "");
  size_t len = n < 0 ? 0 : (size_t)n < sizeof joined ? (size_t)n : sizeof joined - 1;
  jn__squash(joined, len, text, cap);
}

static void take(jn_slot *slot, const jn_sheet_row *row) {
  slot->row = row;
  slot->answer = row->answer ? row->answer : "";
}

/* Each row goes to the fields whose label it matches best. */
static int by_labels(const jn_lexicon *lx, const jn_sheet *sh, jn_slot *slots) {
  size_t *len = calloc(lx->n_fields, sizeof *len);
  if (!len)
    return JN_ENOMEM;
  for (size_t r = 0; r < jn_sheet_row_count(sh); r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    char text[2048];
    row_text(row, text, sizeof text);
    size_t best = 0;
    for (size_t f = 0; f < lx->n_fields; f++) {
      len[f] = label_match(&lx->fields[f], text);
      best = len[f] > best ? len[f] : best;
    }
    for (size_t f = 0; best && f < lx->n_fields; f++)
      if (len[f] == best && !slots[f].row)
        take(&slots[f], row);
  }
  free(len);
  return JN_OK;
}

/* A field no row named best may share a row whose question names it too:
 * 障害発生時通知の有無と…利用者への通知時間 answers both the yes/no and the
 * notice time. */
static void by_questions(const jn_lexicon *lx, const jn_sheet *sh, jn_slot *slots) {
  for (size_t r = 0; r < jn_sheet_row_count(sh); r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    char question[2048];
    if (!row->question)
      continue;
    jn__squash(row->question, strlen(row->question), question, sizeof question);
    for (size_t f = 0; f < lx->n_fields; f++)
      if (!slots[f].row && label_match(&lx->fields[f], question))
        take(&slots[f], row);
  }
}

int jn__extract_assign(jn_extractor *x, jn_slot *slots) {
  const jn_lexicon *lx = &x->ctx->lex;
  if (by_labels(lx, x->sheet, slots) != JN_OK)
    return JN_ENOMEM;
  by_questions(lx, x->sheet, slots);
  return JN_OK;
}

void jn__extract_slots_free(jn_slot *slots, size_t n) {
  for (size_t i = 0; slots && i < n; i++)
    free(slots[i].owned);
  free(slots);
}
