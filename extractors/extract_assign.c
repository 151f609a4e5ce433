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
#include "utf8.h"

size_t jn__ending_of(const char *p, size_t n, const char *const *words, size_t count) {
  for (size_t i = 0; i < count; i++) {
    size_t k = strlen(words[i]);
    if (n >= k && !memcmp(p + n - k, words[i], k))
      return k;
  }
  return 0;
}

/* The length of the longest match of field f's labels in text (text
 * already without spaces), 0 when none matches. */
static size_t label_match(const jn_extractor *x, size_t f, const char *text) {
  return jn__label_longest(&x->ctx->labels, x->match, f, text, strlen(text));
}

/* Drops from s (n bytes, NUL-terminated) the brackets that name what the
 * question leaves out: "(自家発電機、UPSを除く)" in the guideline's
 * 給電ルート question is about no generator. The new length. */
static size_t drop_exclusions(char *s, size_t n) {
  static const char tail[] = "除く)";
  const size_t tn = sizeof tail - 1;
  for (char *close = strstr(s, tail); close; close = strstr(s, tail)) {
    char *open = close; /* its own bracket: (A(B)を除く) is cut whole */
    int depth = 0;
    while (open > s && (*open != '(' || depth > 0)) {
      depth += (*open == ')') - (*open == '(');
      open--;
    }
    if (*open != '(')
      break;
    size_t cut = (size_t)(close + tn - open);
    memmove(open, open + cut, n - (size_t)(open - s) - cut + 1);
    n -= cut;
  }
  return n;
}

/* The row's question without spaces in out ("" when it has none), without
 * what it excludes; its length. */
static size_t question_text(const jn_sheet_row *row, char *out, size_t cap) {
  const char *q = row->question ? row->question : "";
  return drop_exclusions(out, jn__squash(q, strlen(q), out, cap));
}

/* The row's label and question, without spaces, in text. */
static void row_text(const jn_sheet_row *row, char *text, size_t cap) {
  const char *label = row->label ? row->label : "";
  size_t k = row->heading ? jn__squash(row->heading, strlen(row->heading), text, cap / 2) : 0;
  k += jn__squash(label, strlen(label), text + k, cap - k);
  question_text(row, text + k, cap - k);
}

/* A row of a table or of the form's items, not of text around them
 * (sheet_anchor.c): the passes below read only these; by_anchors reads
 * the others. */
static int form_row(const jn_sheet_row *row) {
  return !row->anchor || !strcmp(row->anchor, "row") || !strcmp(row->anchor, "item");
}

/* A table row: the text's anchors never compete with it. An item read
 * from text without its table ("item") may lose to an anchor that holds
 * a value where it holds none. */
static int table_row(const jn_sheet_row *row) {
  return !row->anchor || !strcmp(row->anchor, "row");
}

static void take(jn_slot *slot, const jn_sheet_row *row) {
  slot->row = row;
  slot->answer = row->answer ? row->answer : "";
}

/* A row whose item label names one field and whose question, explaining
 * it, names another in passing: "月間稼働率 | 計画サービス時間に対して実際に
 * サービスを利用できた時間の割合" is the availability row, though
 * 計画サービス時間 is the longer wording. The label decides when the two
 * name disjoint fields (the label names none of the question's best, the
 * question none of the label's best); a question that refines its label
 * (設立年・事業年数 | 事業者の設立年) or a label naming nothing leaves the
 * longest match. Only a row's own label counts: one carried from the rows
 * above heads a group. On a yes, len[] is replaced by the label cell's
 * matches; in_label[] (one per field) is the caller's scratch. */
static int label_names_another(const jn_extractor *x, const jn_sheet_row *row,
                               const char *question, size_t *len, size_t best,
                               size_t *in_label) {
  const jn_lexicon *lx = &x->ctx->lex;
  char label[1024];
  if (!row->label || !*question)
    return 0;
  size_t ln = jn__squash(row->label, strlen(row->label), label, sizeof label);
  if (!ln || !strcmp(label, question))
    return 0;
  jn__label_longest_all(&x->ctx->labels, x->match, label, ln, JN_LABEL_ANY, in_label);
  size_t lbest = 0;
  for (size_t f = 0; f < lx->n_fields; f++)
    lbest = in_label[f] > lbest ? in_label[f] : lbest;
  int disjoint = lbest > 0 && lbest < best;
  for (size_t f = 0; disjoint && f < lx->n_fields; f++) {
    if (len[f] == best && (in_label[f] || label_match(x, f, question) < best))
      disjoint = 0; /* the longest match is the label's, or the label names it too */
    if (in_label[f] == lbest && label_match(x, f, question))
      disjoint = 0; /* the question names the label's field too */
  }
  if (disjoint)
    memcpy(len, in_label, lx->n_fields * sizeof *len);
  return disjoint;
}

/* The fields a row names best: the longest label match, in len[]; in_q[f]
 * says the match is in the question itself, not only in the item label.
 * scratch[] holds one count per field. Returns the best length. */
static size_t row_matches(const jn_extractor *x, const jn_sheet_row *row, int own_label,
                          size_t *len, unsigned char *in_q, size_t *scratch) {
  const jn_lexicon *lx = &x->ctx->lex;
  char text[2048], question[2048];
  row_text(row, text, sizeof text);
  question_text(row, question, sizeof question);
  size_t best = 0;
  jn__label_longest_all(&x->ctx->labels, x->match, text, strlen(text), JN_LABEL_ANY, len);
  for (size_t f = 0; f < lx->n_fields; f++)
    best = len[f] > best ? len[f] : best;
  if (best && own_label && label_names_another(x, row, question, len, best, scratch)) {
    best = 0; /* len[] now holds the label cell's matches */
    for (size_t f = 0; f < lx->n_fields; f++)
      best = len[f] > best ? len[f] : best;
  }
  for (size_t f = 0; f < lx->n_fields; f++)
    in_q[f] = best && len[f] == best && label_match(x, f, question) >= best;
  return best;
}

/* Keeps row among the slot's other rows, by score (ties in sheet order). */
static void add_same(jn_slot *sl, const jn_sheet_row *row, size_t sc) {
  size_t at = sl->n_same;
  while (at > 0 && sl->same_score[at - 1] < sc)
    at--;
  if (at >= JN_MAX_SAME)
    return;
  size_t n = sl->n_same < JN_MAX_SAME ? sl->n_same : JN_MAX_SAME - 1;
  memmove(sl->same + at + 1, sl->same + at, (n - at) * sizeof sl->same[0]);
  memmove(sl->same_score + at + 1, sl->same_score + at, (n - at) * sizeof sl->same_score[0]);
  sl->same[at] = row, sl->same_score[at] = sc;
  sl->n_same = n + 1;
}

/* A row with neither an answer nor a marker (an item's title line above
 * its question's row, "13 キャッシュフロー対有利子負債比率" over "…の比率
 * 選択 非公開"): a later row as good that answers takes its place. */
static int unmarked_empty(const jn_sheet_row *row) {
  return (!row->answer || !*row->answer) && !row->required;
}

/* Each row goes to the fields whose label it matches best (fields matched
 * as well share it), and a field keeps the first such row, unless a later
 * one names it in its question where the first named it only in the item's
 * label while its question named another field: "非常用電源設備 |
 * 無停電電源" is the UPS row, and the generator's own row, "非常用電源",
 * follows; or names it as well and answers where the first did not. */
static int by_labels(const jn_extractor *x, jn_slot *slots) {
  const jn_lexicon *lx = &x->ctx->lex;
  const jn_sheet *sh = x->sheet;
  size_t *len = calloc(lx->n_fields, sizeof *len);
  size_t *score = calloc(lx->n_fields, sizeof *score); /* of the row taken */
  unsigned char *in_q = calloc(lx->n_fields, 1);
  size_t *in_label = calloc(lx->n_fields, sizeof *in_label);
  int rc = len && score && in_q && in_label ? JN_OK : JN_ENOMEM;
  for (size_t r = 0; rc == JN_OK && r < jn_sheet_row_count(sh); r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    if (!form_row(row))
      continue;
    /* a label carried from the row above heads a group of questions
     * (rowspan): only a row's own label names its item */
    const jn_sheet_row *above = r ? jn_sheet_row_at(sh, r - 1) : NULL;
    int own_label = !above || above->label != row->label;
    size_t best = row_matches(x, row, own_label, len, in_q, in_label);
    int claimed = 0; /* the question names one of the fields */
    for (size_t f = 0; f < lx->n_fields; f++)
      claimed |= in_q[f];
    for (size_t f = 0; best && f < lx->n_fields; f++) {
      size_t sc = 2 * best + (in_q[f] || !claimed);
      if (len[f] != best)
        continue;
      if (!slots[f].row || sc > score[f] || (sc == score[f] && unmarked_empty(slots[f].row) &&
                                               row->answer && *row->answer)) {
        if (slots[f].row)
          add_same(&slots[f], slots[f].row, score[f]);
        take(&slots[f], row);
        score[f] = sc;
      } else {
        add_same(&slots[f], row, sc);
      }
    }
  }
  free(len);
  free(score);
  free(in_q);
  free(in_label);
  return rc;
}

/* A field no row named best may share a row whose question names it too:
 * 障害発生時通知の有無と…利用者への通知時間 answers both the yes/no and the
 * notice time. */
static void by_questions(const jn_extractor *x, jn_slot *slots) {
  const jn_lexicon *lx = &x->ctx->lex;
  const jn_sheet *sh = x->sheet;
  for (size_t r = 0; r < jn_sheet_row_count(sh); r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    char question[2048];
    if (!form_row(row) || !question_text(row, question, sizeof question))
      continue;
    /* the catalogue's own patterns only: a question names its sub-fields
     * in the guideline's words, and a looser wording (サービス稼働率) would
     * also hand a row about the actual figure to the target */
    for (size_t f = 0; f < lx->n_fields; f++)
      if (!slots[f].row && jn__label_longest_of(&x->ctx->labels, x->match, f, question,
                                                strlen(question), JN_LABEL_CATALOGUE))
        take(&slots[f], row);
  }
}

/* --------------------------------------------------- owned answer parts */

/* The slot reads s[0..n) (trimmed), a copy of its own. */
static int set_answer(jn_slot *slot, const jn_sheet_row *row, const char *s, size_t n) {
  while (n && (*s == ' ' || *s == '\n'))
    s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
    n--;
  char *c = malloc(n + 1);
  if (!c)
    return JN_ENOMEM;
  memcpy(c, s, n);
  c[n] = '\0';
  free(slot->owned);
  slot->row = row;
  slot->answer = slot->owned = c;
  return JN_OK;
}

static long field_index(const jn_lexicon *lx, const char *id) {
  for (size_t f = 0; f < lx->n_fields; f++)
    if (!strcmp(lx->fields[f].id, id))
      return (long)f;
  return -1;
}

/* Splits a into its paragraphs (line breaks). Returns how many there are,
 * counting past max without storing them. */
static size_t paragraphs(const char *a, const char **part, size_t *len, size_t max) {
  size_t n = 0;
  for (const char *p = a;; n++) {
    const char *nl = strchr(p, '\n');
    size_t k = nl ? (size_t)(nl - p) : strlen(p);
    if (n < max)
      part[n] = p, len[n] = k;
    if (!nl)
      return n + 1;
    p = nl + 1;
  }
}

/* ------------------------------------- answers spilled into one cell */

/* Where the yes/no words that open a sub-answer start (after a space):
 * "有り(NTP) 有り; パターンファイルは…" has one at 10. Returns how many
 * boundaries it stored in at[] (up to max). */
static size_t yes_no_starts(const jn_extractor *x, const char *a, size_t *at, size_t max) {
  jn_mentions *ms;
  size_t n = 0;
  if (jn_scan(&ms, x->ctx, a, strlen(a), 0, NULL) != JN_OK)
    return 0;
  for (size_t i = 0; i < jn_mentions_count(ms) && n < max; i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    if (m->type == JN_MENTION_POLARITY && m->start > 0 && a[m->start - 1] == ' ')
      at[n++] = m->start;
  }
  jn_mentions_free(ms);
  return n;
}

/* Sheets that lost their cell borders put the answers of the next rows
 * into one cell and leave theirs empty ("有り: 保存期間2年 有り: 映像保存期間
 * 60日 有り(生体認証)" over three rows). The cell splits before each yes/no
 * word that opens a part; when it is one part short, a last short value
 * with a digit ("… を参照 12か月") is a part of its own. Returns the number
 * of parts (0 when it does not split into exactly `want`). */
static size_t spilled_parts(const jn_extractor *x, const char *a, const char **part, size_t *len,
                            size_t want) {
  size_t at[JN_COMPOUND_PARTS + 1];
  size_t n = yes_no_starts(x, a, at, JN_COMPOUND_PARTS);
  if (n >= 1 && n + 2 == want) {
    const char *sp = strrchr(a, ' ');
    if (sp && sp - a > (long)(n ? at[n - 1] : 0) && strpbrk(sp, "0123456789"))
      at[n++] = (size_t)(sp + 1 - a);
  }
  if (n + 1 != want)
    return 0;
  for (size_t i = 0; i < want; i++) {
    size_t from = i ? at[i - 1] : 0, to = i < n ? at[i] : strlen(a);
    part[i] = a + from, len[i] = to - from;
  }
  return want;
}

static int is_empty_row(const jn_sheet_row *row) { return !row->answer || !*row->answer; }

/* Each field reading one of the rows takes that row's part. */
static int split_spilled(const jn_extractor *x, jn_slot *slots) {
  const jn_sheet *sh = x->sheet;
  size_t nr = jn_sheet_row_count(sh);
  for (size_t r = 0; r + 1 < nr; r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    size_t k = 0;
    while (r + 1 + k < nr && k + 1 < JN_COMPOUND_PARTS &&
           is_empty_row(jn_sheet_row_at(sh, r + 1 + k)))
      k++;
    const char *part[JN_COMPOUND_PARTS];
    size_t len[JN_COMPOUND_PARTS];
    if (k == 0 || is_empty_row(row) || spilled_parts(x, row->answer, part, len, k + 1) != k + 1)
      continue;
    for (size_t f = 0; f < x->ctx->lex.n_fields; f++)
      for (size_t i = 0; i <= k; i++)
        if (slots[f].row == jn_sheet_row_at(sh, r + i) && !slots[f].owned &&
            set_answer(&slots[f], slots[f].row, part[i], len[i]) != JN_OK)
          return JN_ENOMEM;
    r += k;
  }
  return JN_OK;
}

/* ------------------------------------------- merged questions (001 77) */

/* Where the first match of field f's labels in text starts, or -1. */
static long label_at(const jn_extractor *x, size_t f, const char *text) {
  size_t s, e;
  return jn__label_find(&x->ctx->labels, x->match, f, text, strlen(text), 0, &s, &e) ? (long)s
                                                                                     : -1;
}

/* The parts of an answer to a merged question: its paragraphs, or for two
 * sub-questions, what a withheld word ends and the rest ("… より非公開
 * 免震構造"). Returns the count found (0 when it does not split). */
/* Does a unit of time or count start at p (the 日 of 1回/日, 月 of 円/月)? */
static int per_unit(const char *p) {
  static const char *const units[] = {"日", "月", "年", "週", "時", "分", "秒", "人", "件", "台"};
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (!strncmp(p, units[i], 3))
      return 1;
  return 0;
}

/* Splits a at every slash outside brackets, not between digits and not
 * before a unit ("99.92%(2022/4~2023/3)/パターン2 99%以上/3件"); spaces around a slash
 * stay with the parts and are trimmed later. Returns how many parts,
 * counting past max. */
static size_t slash_parts(const char *a, const char **part, size_t *len, size_t max) {
  size_t n = 0, start = 0;
  int depth = 0;
  for (size_t i = 0;; i++) {
    char c = a[i];
    int wide = !strncmp(a + i, "／", 3);
    depth += (c == '(') - (c == ')' && depth > 0);
    int digits = c == '/' && ((i > 0 && a[i - 1] >= '0' && a[i - 1] <= '9' &&
                               a[i + 1] >= '0' && a[i + 1] <= '9') || /* 2022/4: a date */
                              per_unit(a + i + 1)); /* 1回/日: a rate */
    if (c == '\0' || (depth == 0 && ((c == '/' && !digits) || wide))) {
      if (n < max)
        part[n] = a + start, len[n] = i - start;
      n++;
      if (c == '\0')
        return n;
      start = i + (wide ? 3 : 1);
      i = start - 1;
    }
  }
}

static size_t merged_parts(const jn_lexicon *lx, const char *a, const char **part, size_t *len,
                           size_t want) {
  size_t n = paragraphs(a, part, len, want);
  if (n == want)
    return n;
  /* "震度6強相当 / 免震構造は…非公開", "99.92%(…)/パターン2 99%以上/3件" */
  n = slash_parts(a, part, len, want);
  if (n == want || want != 2)
    return n == want ? n : 0;
  /* "震度6強相当 非公開 …": after a word that withholds and a space */
  const jn_word_list *wl = &lx->words[JN_WORDS_WITHHELD];
  for (size_t w = 0; w < wl->n; w++) {
    const jn_list_word *word = &wl->w[w];
    for (const char *at = strstr(a, word->text); at; at = strstr(at + 1, word->text))
      if (at[word->len] == ' ') {
        part[0] = a, len[0] = (size_t)(at - a) + word->len;
        part[1] = at + word->len + 1, len[1] = strlen(part[1]);
        return len[1] ? 2 : 0;
      }
  }
  return 0;
}

/* Fields sharing a row whose question asks them in turn ("耐震数値
 * 免震構造や制震構造の有無") take the answer's parts in the same order,
 * when the answer has exactly that many. */
static int split_merged(const jn_extractor *x, jn_slot *slots) {
  const jn_lexicon *lx = &x->ctx->lex;
  enum { MAX_GROUP = 4 };
  for (size_t f = 0; f < lx->n_fields; f++) {
    const jn_sheet_row *row = slots[f].row;
    if (!row || slots[f].owned || !row->question)
      continue;
    size_t group[MAX_GROUP], n = 0;
    long at[MAX_GROUP];
    char question[2048];
    question_text(row, question, sizeof question);
    for (size_t g = f; g < lx->n_fields && n <= MAX_GROUP; g++)
      if (slots[g].row == row && !slots[g].owned) {
        if (n < MAX_GROUP)
          group[n] = g, at[n] = label_at(x, g, question);
        n++;
      }
    if (n < 2 || n > MAX_GROUP)
      continue;
    int distinct = 1;
    for (size_t i = 0; i < n; i++)
      for (size_t j = 0; j < n; j++)
        distinct &= at[i] >= 0 && (i == j || at[i] != at[j]);
    const char *part[MAX_GROUP];
    size_t len[MAX_GROUP];
    if (!distinct || merged_parts(&x->ctx->lex, slots[f].answer, part, len, n) != n)
      continue;
    for (size_t i = 0; i < n; i++) { /* the k-th part to the k-th label */
      size_t rank = 0;
      for (size_t j = 0; j < n; j++)
        rank += at[j] < at[i];
      if (set_answer(&slots[group[i]], row, part[rank], len[rank]) != JN_OK)
        return JN_ENOMEM;
    }
  }
  return JN_OK;
}

/* ------------------------------------ compound items (compound_items.tsv) */

/* Sub-answers of a compound item at row r: the rows after it that repeat
 * its question (or its label continues), or the paragraphs of its answer. */
static int by_compound(const jn_lexicon *lx, const jn_sheet *sh, const jn_compound *c,
                       size_t r, jn_slot *slots) {
  const jn_sheet_row *row = jn_sheet_row_at(sh, r);
  size_t run = 1;
  while (r + run < jn_sheet_row_count(sh) && jn_sheet_row_at(sh, r + run)->question &&
         !strcmp(jn_sheet_row_at(sh, r + run)->question, row->question))
    run++;
  const char *part[JN_COMPOUND_PARTS];
  size_t len[JN_COMPOUND_PARTS];
  size_t n = run == 1 ? paragraphs(row->answer ? row->answer : "", part, len, c->n_parts) : 0;
  if (run != c->n_parts && n != c->n_parts)
    return JN_OK;
  for (size_t k = 0; k < c->n_parts; k++) {
    long f = field_index(lx, c->parts[k]);
    if (f < 0 || slots[f].row)
      continue;
    if (run == c->n_parts)
      take(&slots[f], jn_sheet_row_at(sh, r + k));
    else if (set_answer(&slots[f], row, part[k], len[k]) != JN_OK)
      return JN_ENOMEM;
  }
  return JN_OK;
}

static int by_compounds(const jn_lexicon *lx, const jn_sheet *sh, jn_slot *slots) {
  for (size_t i = 0; i < lx->n_compounds; i++) {
    const jn_compound *c = &lx->compounds[i];
    for (size_t r = 0; r < jn_sheet_row_count(sh); r++) {
      const jn_sheet_row *row = jn_sheet_row_at(sh, r);
      char question[2048];
      if (form_row(row) && question_text(row, question, sizeof question) &&
          strstr(question, c->question)) {
        if (by_compound(lx, sh, c, r, slots) != JN_OK)
          return JN_ENOMEM;
        break; /* the item's first row */
      }
    }
  }
  return JN_OK;
}

/* ----------------------------- labels inside answers (002 54, 004 36) */

/* Labels shorter than this are words an answer may use in passing. */
#define MIN_SUBLABEL 12

/* Is [at, at+n) at a label's place in a: at its start or after a space, a
 * line break or ・, and before its end, a space, a line break or a colon? */
static int label_place(const char *a, size_t at, size_t n) {
  int before = at == 0 || a[at - 1] == ' ' || a[at - 1] == '\n' ||
               (at >= 3 && !memcmp(a + at - 3, "・", 3));
  char c = a[at + n];
  /* one more character before the colon ends a label too: 非常用発電 in
   * 非常用発電機: */
  int one_more = (unsigned char)c >= 0xE0 && a[at + n + 1] && a[at + n + 2] && a[at + n + 3] == ':';
  return before && (c == '\0' || c == ' ' || c == '\n' || c == ':' || one_more);
}

/* The first match of field f's labels at a label's place in a, from
 * `from` on; *n its length. NULL when there is none. */
static const char *field_sublabel(const jn_extractor *x, size_t f, const char *a, size_t from,
                                  size_t *n) {
  size_t len = strlen(a), s, e;
  while (from < len &&
         jn__label_find(&x->ctx->labels, x->match, f, a, len, from, &s, &e)) {
    if (e - s >= MIN_SUBLABEL && label_place(a, s, e - s)) {
      *n = e - s;
      return a + s;
    }
    for (from = s + 1; from < len && (a[from] & 0xC0) == 0x80;) /* next character */
      from++;
  }
  return NULL;
}

/* Where the next label of any field starts in a at or after `from`, or the
 * end of the line. */
static const char *sublabel_end(const jn_extractor *x, const char *a, const char *from) {
  const char *end = strchr(from, '\n');
  if (!end)
    end = from + strlen(from);
  for (size_t f = 0; f < x->ctx->lex.n_fields; f++) {
    size_t n;
    const char *at = field_sublabel(x, f, a, (size_t)(from - a), &n);
    if (at && at < end)
      end = at;
  }
  return end;
}

const char *jn__extract_part_of(const jn_extractor *x, size_t f, const char *a, size_t *n) {
  size_t ln;
  const char *at = field_sublabel(x, f, a, 0, &ln);
  if (!at)
    return NULL;
  const char *v = at + ln;
  while (*v == ':' || *v == ' ')
    v++;
  *n = (size_t)(sublabel_end(x, a, v) - v);
  return v;
}

/* A field no row names may be named inside an answer, its value after it
 * ("… 障害時の利用者への通知時間 サービス提供に係る障害時: 10分以内";
 * "初期費用額\n月額利用額" with nothing after the sub-labels: blank).
 * The fields of the row itself keep the text before the first such label. */
static int by_answers(const jn_extractor *x, jn_slot *slots) {
  const jn_lexicon *lx = &x->ctx->lex;
  const jn_sheet *sh = x->sheet;
  for (size_t f = 0; f < lx->n_fields; f++) {
    for (size_t r = 0; !slots[f].row && r < jn_sheet_row_count(sh); r++) {
      const jn_sheet_row *row = jn_sheet_row_at(sh, r);
      if (!form_row(row))
        continue;
      size_t n;
      const char *a = row->answer ? row->answer : "";
      const char *at = field_sublabel(x, f, a, 0, &n);
      if (!at)
        continue;
      const char *v = at + n;
      while (*v == ':' || *v == ' ')
        v++;
      const char *end = sublabel_end(x, a, v);
      if (set_answer(&slots[f], row, v, (size_t)(end - v)) != JN_OK)
        return JN_ENOMEM;
      for (size_t g = 0; g < lx->n_fields; g++) /* the row's own fields */
        if (g != f && slots[g].row == row && !slots[g].owned && at > a &&
            set_answer(&slots[g], row, a, (size_t)(at - a)) != JN_OK)
          return JN_ENOMEM;
    }
  }
  return JN_OK;
}

/* --------------------------------------- appendix tables (001 46: 別表1) */

/* "巻末の別表1を参照", "別表1参照": the appendix the answer cites, when the
 * sheet has it. */
static const jn_sheet_appendix *cited_appendix(const jn_sheet *sh, const char *a) {
  const char *at = strstr(a, "別表");
  if (!at)
    at = strstr(a, "別紙"); /* 別紙1「稼働実績」を参照 */
  if (!at || !(strstr(a, "参照") || strstr(a, "とおり") || strstr(a, "通り")))
    return NULL;
  char name[64];
  size_t k = strlen("別表");
  while (at[k] >= '0' && at[k] <= '9' && k < 16)
    k++;
  snprintf(name, sizeof name, "%.*s", (int)k, at);
  for (size_t i = 0; i < sh->n_appendices; i++) {
    char have[64];
    size_t n = jn__squash(sh->appendices[i].name, strlen(sh->appendices[i].name), have,
                          sizeof have);
    const char *h = have;
    if (n >= 3 && !memcmp(h, "【", 3)) /* 【別表1】 */
      h += 3, n -= 3;
    if (n >= 3 && !memcmp(h + n - 3, "】", 3))
      n -= 3;
    if (n == strlen(name) && !strncmp(h, name, n))
      return &sh->appendices[i];
  }
  return NULL;
}

/* Does the first cell of a table row name field f (無停電電源装置(UPS)
 * for ups_runtime)? */
static int row_names_field(const jn_extractor *x, size_t f, const char *row) {
  char cell[512];
  jn__squash(row, strcspn(row, "\t\n"), cell, sizeof cell);
  return label_match(x, f, cell) > 0;
}

/* The appendix as field f's answer: the data row whose first cell names the
 * field, else the first data row, each cell after its column's heading
 * ("メインサービス 稼働率 99.99% 障害発生件数 2件"), then the title lines in
 * parentheses, since they give the period measured. */
static char *appendix_answer(const jn_extractor *x, size_t f, const jn_sheet_appendix *ap) {
  jn_buf b = JN_BUF_INIT, title = JN_BUF_INIT;
  const char *head = NULL, *row = NULL;
  int named = 0;
  for (const char *p = ap->text; *p && !named;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    if (!memchr(p, '\t', n)) {
      if (!head)
        jn__buf_put(&title, p, n), jn__buf_puts(&title, " ");
    } else if (!head) {
      head = p;
    } else if (row_names_field(x, f, p)) {
      row = p, named = 1;
    } else if (!row) {
      row = p;
    }
    p = nl ? nl + 1 : p + n;
  }
  for (int col = 0; row && *row && *row != '\n'; col++) {
    size_t rn = strcspn(row, "\t\n"), hn = head ? strcspn(head, "\t\n") : 0;
    if (hn)
      jn__buf_put(&b, head, hn), jn__buf_puts(&b, " ");
    jn__buf_put(&b, row, rn);
    jn__buf_puts(&b, " ");
    row += rn + (row[rn] == '\t');
    if (head)
      head += hn + (head[hn] == '\t');
  }
  jn__buf_puts(&b, "(");
  jn__buf_put(&b, title.data, title.len);
  jn__buf_puts(&b, ")");
  jn__buf_free(&title);
  return jn__buf_detach(&b);
}

/* Answers that cite an appendix read the table instead. */
static int resolve_appendices(const jn_extractor *x, jn_slot *slots) {
  for (size_t f = 0; f < x->ctx->lex.n_fields; f++) {
    const jn_sheet_appendix *ap =
        slots[f].row ? cited_appendix(x->sheet, slots[f].answer) : NULL;
    if (!ap)
      continue;
    char *text = appendix_answer(x, f, ap);
    if (!text)
      return JN_ENOMEM;
    free(slots[f].owned);
    slots[f].answer = slots[f].owned = text;
  }
  return JN_OK;
}

/* ------------------------------------------------ anchors in the text */

/* How much an anchor is trusted: a "label: value" pair or a question and
 * its answer line most, then a heading with the lines under it, then a
 * sentence. */
static int anchor_rank(const jn_sheet_row *row) {
  return !strcmp(row->anchor, "pair") && row->required ? 5 /* 必須2024年1月9日 */
         : !strcmp(row->anchor, "item")  ? 4
         : !strcmp(row->anchor, "pair")  ? 3
         : !strcmp(row->anchor, "block") ? 2
                                         : 1;
}

/* Fields that no table row answers take the anchors of the text that name
 * them (spec §7): every anchor whose label or heading matches, best first
 * (rank, then the longest match, then the first in the document). The
 * value decides among them (extract.c): a block or sentence that holds no
 * value of the field's type gives way to the next. */
/* Inserts row, scored, among the slot's candidates (the slot's row first,
 * best first, at most JN_MAX_ALT + 1). */
static void add_candidate(jn_slot *sl, const jn_sheet_row *row, long score) {
  if (sl->row && !sl->n_alt && form_row(sl->row))
    sl->score = (long)anchor_rank(sl->row) * 100000; /* the item read from text */
  size_t n = sl->row ? sl->n_alt + 1 : 0;
  if (n > JN_MAX_ALT)
    n = JN_MAX_ALT;
  const jn_sheet_row *c[JN_MAX_ALT + 1];
  long sc[JN_MAX_ALT + 1];
  for (size_t i = 0; i < n; i++) {
    c[i] = i ? sl->alt[i - 1] : sl->row;
    sc[i] = i ? sl->alt_score[i - 1] : sl->score;
  }
  size_t at = n;
  while (at > 0 && sc[at - 1] < score)
    at--;
  memmove(c + at + 1, c + at, (n - at) * sizeof c[0]);
  memmove(sc + at + 1, sc + at, (n - at) * sizeof sc[0]);
  c[at] = row, sc[at] = score, n++;
  if (n > JN_MAX_ALT + 1)
    n = JN_MAX_ALT + 1;
  take(sl, c[0]);
  sl->score = sc[0];
  sl->n_alt = n - 1;
  for (size_t i = 1; i < n; i++)
    sl->alt[i - 1] = c[i], sl->alt_score[i - 1] = sc[i];
}

/* Does the sentence open with a date (2019年7月 ISO/IEC 20000-1 認証取得,
 * ・2012年4月 本社移転)? A history's entry tells what happened then, not
 * what holds now: it ranks below the anchors that state the present,
 * topics included (認証 | ISO/IEC 27001、ISO/IEC 20000-1). */
static int history_entry(const jn_extractor *x, const jn_sheet_row *row) {
  const char *s = row->question;
  size_t n = s ? strlen(s) : 0, k = 0;
  while (k < n && (s[k] == ' ' || s[k] == '-' || s[k] == '*'))
    k++;
  if (n - k >= 3 && !memcmp(s + k, "・", 3))
    k += 3;
  else if (n - k >= 3 && !memcmp(s + k, "•", 3))
    k += 3;
  /* a table's row read as a sentence keeps its column's word before the
   * date (沿革 2012年7月 …) */
  const char *sp = memchr(s + k, ' ', n - k);
  if (sp && sp - (s + k) <= 12 && sp + 1 < s + n && sp[1] >= '0' && sp[1] <= '9')
    k = (size_t)(sp + 1 - s);
  jn_mentions *ms;
  if (n <= k || jn_scan(&ms, x->ctx, s + k, n - k < 64 ? n - k : 64, 0, NULL) != JN_OK)
    return 0;
  const jn_mention *m = jn_mentions_count(ms) ? jn_mentions_at(ms, 0) : NULL;
  int dated = m && m->start == 0 && m->type == JN_MENTION_DATE && m->end < n - k &&
              (s[k + m->end] == ' ' || (unsigned char)s[k + m->end] >= 0x80);
  jn_mentions_free(ms);
  return dated;
}

/* The anchor's text as it is matched: a pair reads with the heading it
 * stands under (お問い合わせ + 電話番号). */
static void anchor_text(const jn_sheet_row *row, char *text, size_t cap) {
  size_t k = 0;
  if (!strcmp(row->anchor, "pair") && row->section)
    k = jn__squash(row->section, strlen(row->section), text, cap / 2);
  row_text(row, text + k, cap - k);
}

static int any_length(const size_t *lens, size_t n) {
  for (size_t f = 0; f < n; f++)
    if (lens[f])
      return 1;
  return 0;
}

/* A pair whose label names what the catalogue has no field for (RPO /
 * 目標復旧時点 under a backup heading; dict/patterns.tsv no_field). */
static int names_no_field(const jn_extractor *x, const jn_sheet_row *row) {
  if (strcmp(row->anchor, "pair") != 0 || !row->label)
    return 0;
  const pcre2_code *re = x->ctx->patterns.re[JN_PAT_NO_FIELD];
  return pcre2_match(re, (PCRE2_SPTR)row->label, strlen(row->label), 0, PCRE2_NO_UTF_CHECK,
                     x->match, NULL) >= 0;
}

/* A pair whose label is all of one short wording (所在地) and whose
 * heading and label together are a longer wording of a field (会社概要 |
 * 所在地: 会社概要の所在地, the head office's; 所在地 alone names a data
 * centre's too): lens becomes that reading's. scratch holds a length per
 * field. Returns 1 when it does. */
static int heading_wording(const jn_extractor *x, const jn_sheet_row *row, size_t best,
                           size_t *lens, size_t *scratch) {
  if (strcmp(row->anchor, "pair") != 0 || !row->section || !row->label)
    return 0;
  char text[2048];
  if (jn__squash(row->label, strlen(row->label), text, sizeof text) != best)
    return 0; /* the label says more than the wording it matched */
  size_t n = x->ctx->lex.n_fields, best2 = 0;
  size_t sn = jn__squash(row->section, strlen(row->section), text, sizeof text);
  anchor_text(row, text, sizeof text);
  jn__label_longest_all(&x->ctx->labels, x->match, text, strlen(text), JN_LABEL_ANY, scratch);
  for (size_t f = 0; f < n; f++)
    best2 = scratch[f] > best2 ? scratch[f] : best2;
  if (best2 <= best || best2 <= sn)
    return 0;
  memcpy(lens, scratch, n * sizeof *lens);
  return 1;
}

/* A word too common to look for inside a label (提供, 運営, URL:
 * dict/labels.tsv kind whole) names its field when it is the pair's whole
 * label, or the last word of it after the heading the pair was read under
 * ("会社概要 URL"). */
static void whole_label(const jn_extractor *x, const char *label, size_t *lens, size_t *whole) {
  const char *last = strrchr(label, ' ');
  for (int part = 0; part < 2; part++) {
    const char *w = part ? (last ? last + 1 : NULL) : label;
    if (!w)
      break;
    char lt[512];
    size_t ln = jn__squash(w, strlen(w), lt, sizeof lt);
    jn__label_longest_all(&x->ctx->labels, x->match, lt, ln, JN_LABEL_WHOLE, whole);
    for (size_t f = 0; f < x->ctx->lex.n_fields; f++)
      lens[f] = whole[f] > lens[f] ? whole[f] : lens[f];
  }
}

/* A table's row whose label and question name no field may name a
 * field's topic (dict/topics.tsv): a questionnaire asks "バックアップを取得
 * していますか。 | はい | 毎日取得し、14日分を保持", its detail naming no
 * field either. It is read only for a field nothing else anchored
 * (table, text or companion), taken only when its answer or remark holds a value
 * of the field's type (extract.c), as a text's topic is. */
static void topic_row(const jn_extractor *x, const jn_sheet_row *row, jn_slot *slots,
                      size_t *lens) {
  const jn_lexicon *lx = &x->ctx->lex;
  char text[2048];
  row_text(row, text, sizeof text);
  size_t tn = strlen(text);
  jn__label_longest_all(&x->ctx->labels, x->match, text, tn, JN_LABEL_ANY, lens);
  if (any_length(lens, lx->n_fields))
    return;
  jn__label_longest_all(&x->ctx->labels, x->match, text, tn, JN_LABEL_TOPIC, lens);
  for (size_t f = 0; f < lx->n_fields; f++)
    if (lens[f] && !slots[f].row) {
      add_candidate(&slots[f], row, (long)lens[f] - 2000);
      slots[f].companion = 1; /* a value of the field's type, or nothing */
    }
}

static int by_topic_rows(const jn_extractor *x, jn_slot *slots) {
  size_t *lens = calloc(x->ctx->lex.n_fields, sizeof *lens);
  if (!lens)
    return JN_ENOMEM;
  for (size_t r = 0; r < jn_sheet_row_count(x->sheet); r++)
    if (table_row(jn_sheet_row_at(x->sheet, r)))
      topic_row(x, jn_sheet_row_at(x->sheet, r), slots, lens);
  free(lens);
  return JN_OK;
}

/* A text naming no list field but two of its ids or more names the field
 * by its value (パスワード認証に加え、二段階認証、SAMLによるシングルサインオン
 * をご利用いただけます: three ways to log in under アカウントの保護): a
 * candidate below the labels, above a topic named once. */
enum { IDS_NAMING = 2, ID_SCORE = 40 };
static long ids_score(const jn_extractor *x, const jn_sheet_row *row, size_t f) {
  const jn_lexicon *lx = &x->ctx->lex;
  const char *text = row->answer ? row->answer : row->question;
  if (!text || lx->fields[f].type_id != JN_FT_LIST)
    return 0;
  size_t ids = jn__list_ids_named(lx, lx->fields[f].id, text, strlen(text));
  return ids >= IDS_NAMING ? (long)ids * ID_SCORE : 0;
}

static void named_by_ids(const jn_extractor *x, const jn_sheet_row *row, jn_slot *slots,
                         const size_t *lens) {
  const jn_lexicon *lx = &x->ctx->lex;
  for (size_t f = 0; f < lx->n_fields; f++) {
    if (lens[f] || (slots[f].row && table_row(slots[f].row)))
      continue;
    long score = ids_score(x, row, f);
    if (score)
      add_candidate(&slots[f], row, score);
  }
}

/* The longest wording of each field (of labels.tsv's kind) in the row's
 * answer, in lens; 0 when the answer is empty. */
static int answer_wordings(const jn_extractor *x, const jn_sheet_row *row, unsigned kind,
                           size_t *lens) {
  char text[2048];
  if (!row->answer || !*row->answer)
    return 0;
  size_t tn = jn__squash(row->answer, strlen(row->answer), text, sizeof text);
  jn__label_longest_all(&x->ctx->labels, x->match, text, tn, kind, lens);
  return 1;
}

/* Does the answer of a pair read through its heading name, in a wording
 * of its own (dict/labels.tsv "sentence" and "label" kinds, four
 * characters at least), a field the heading does not? Then the heading's
 * field is not what the pair states: under サービス稼働率, "参考: 2023年度の
 * 稼働率実績は 99.99%" gives the actual, not the target. scratch holds a
 * length per field. */
static int answer_names_other(const jn_extractor *x, const jn_sheet_row *row, const size_t *lens,
                              size_t *scratch) {
  if (!answer_wordings(x, row, JN_LABEL_ANY, scratch))
    return 0;
  for (size_t g = 0; g < x->ctx->lex.n_fields; g++)
    if (scratch[g] >= 4 * 3 && !lens[g]) /* four kanji or kana, in UTF-8 bytes */
      return 1;
  return 0;
}

/* A pair's answer may state another field's fact in a sentence of its own
 * (入退館管理 | ICカードと生体認証による個人認証。入退室記録は5年間保存:
 * the entry log's retention by the label, personal authentication by the
 * answer's words): each field a sentence wording (dict/labels.tsv
 * "sentence") names in the answer, other than the label's, takes the pair
 * as a sentence's candidate. scratch holds a length per field. */
static void stated_in_answer(const jn_extractor *x, const jn_sheet_row *row, jn_slot *slots,
                             const size_t *lens, size_t best, size_t *scratch) {
  if (!answer_wordings(x, row, JN_LABEL_SENTENCE, scratch))
    return;
  for (size_t g = 0; g < x->ctx->lex.n_fields; g++)
    if (scratch[g] && lens[g] != best && !(slots[g].row && table_row(slots[g].row)))
      add_candidate(&slots[g], row, 100000 + (long)scratch[g]); /* a sentence's rank */
}

/* Where field f's longest wording (want bytes) stands in text: [*s, *e).
 * 0 when it is not found. */
static int wording_span(const jn_extractor *x, size_t f, const char *text, size_t tn, size_t want,
                        size_t *s, size_t *e) {
  for (size_t from = 0; from < tn && jn__label_find(&x->ctx->labels, x->match, f, text, tn, from, s, e);
       from = *s + 1)
    if (*e - *s == want)
      return 1;
  return 0;
}

enum { ASKED_TOO_MIN = 4 * 3 }; /* four kanji or kana, in UTF-8 bytes */

/* A pair's question may ask two things, as the guideline's compound
 * questions do (ウイルス対策の有無と、「有り」の場合はパターンファイルの更新
 * 間隔): a field whose wording stands apart from the best-named fields'
 * (no overlap: not a word inside the longer wording) is asked too: the
 * pair is its candidate below every anchor that names it (a topic's
 * above), for a field nothing else states. */
static void asked_too(const jn_extractor *x, const jn_sheet_row *row, jn_slot *slots,
                      const char *text, size_t tn, const size_t *lens, size_t best) {
  const jn_lexicon *lx = &x->ctx->lex;
  size_t bs[4], be[4], nb = 0;
  for (size_t g = 0; g < lx->n_fields && nb < 4; g++)
    if (lens[g] == best && wording_span(x, g, text, tn, best, &bs[nb], &be[nb]))
      nb++;
  for (size_t f = 0; nb && f < lx->n_fields; f++) {
    size_t s, e;
    if (lens[f] < ASKED_TOO_MIN || lens[f] >= best || !wording_span(x, f, text, tn, lens[f], &s, &e))
      continue;
    int apart = 1;
    for (size_t k = 0; k < nb && apart; k++)
      apart = e <= bs[k] || s >= be[k];
    if (apart && !(slots[f].row && table_row(slots[f].row)))
      add_candidate(&slots[f], row, (long)lens[f] - 1000);
  }
}

static int by_anchors(const jn_extractor *x, jn_slot *slots) {
  const jn_lexicon *lx = &x->ctx->lex;
  const jn_sheet *sh = x->sheet;
  size_t *lens = calloc(2 * lx->n_fields, sizeof *lens), *whole = lens + lx->n_fields;
  if (!lens)
    return JN_ENOMEM;
  for (size_t r = 0; r < jn_sheet_row_count(sh); r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    if (form_row(row) || names_no_field(x, row))
      continue;
    char text[2048];
    /* a pair is read by its own label first; only a label naming no
     * field reads with the heading above it (お問い合わせ + 電話番号), which
     * would otherwise lend its words to every pair under it */
    row_text(row, text, sizeof text);
    size_t tn = strlen(text), best = 0;
    int sentence = !strcmp(row->anchor, "sentence");
    long headed = 0; /* read through its heading: below the pairs that name
                        their field themselves (サポート窓口 | 電話: 0120-… over
                        お問い合わせ窓口 + 電話: 03-… of the sales desk) */
    for (int pass = 0; pass < 2 && !best; pass++) {
      if (pass) {
        if (strcmp(row->anchor, "pair") != 0 || !row->section)
          break;
        anchor_text(row, text, sizeof text);
        tn = strlen(text);
        headed = 50000;
      }
      jn__label_longest_all(&x->ctx->labels, x->match, text, tn,
                            sentence ? JN_LABEL_SENTENCE : JN_LABEL_ANY, lens);
      if (!pass && !sentence && row->label)
        whole_label(x, row->label, lens, whole);
      for (size_t f = 0; f < lx->n_fields; f++)
        best = lens[f] > best ? lens[f] : best;
    }
    if (best && headed && answer_names_other(x, row, lens, whole))
      best = 0; /* 参考: …の稼働率実績は99.99% under サービス稼働率: the actual's */
    if (best && !headed && !sentence && heading_wording(x, row, best, lens, whole))
      for (size_t f = 0; f < lx->n_fields; f++) /* the heading's wording names it */
        best = lens[f] > best ? lens[f] : best;
    /* a label names the fields it names best, as a table row does; a
     * sentence may state several facts (震度7に耐える免震構造を採用), each
     * under a wording specific to its field (dict/labels.tsv "sentence"),
     * and is a candidate of every field it names */
    int dated = sentence && history_entry(x, row);
    long history = dated ? (long)anchor_rank(row) * 100000 + 2000 : 0;
    for (size_t f = 0; best && f < lx->n_fields; f++) {
      long score = (long)anchor_rank(row) * 100000 - headed - history + (long)lens[f];
      if (lens[f] != best && !(sentence && lens[f]))
        continue;
      if (!(slots[f].row && table_row(slots[f].row)))
        add_candidate(&slots[f], row, score);
      else if (!strcmp(row->anchor, "pair") && score > slots[f].text_pair_score)
        slots[f].text_pair = row, slots[f].text_pair_score = score;
    }
    if (best && !sentence && !strcmp(row->anchor, "pair")) {
      stated_in_answer(x, row, slots, lens, best, whole);
      if (!headed)
        asked_too(x, row, slots, text, tn, lens, best);
    }
    /* a block, sentence or pair naming no field may name a field's topic
     * (dict/topics.tsv), a pair through the heading it stands under
     * (お問い合わせ | 電話番号): a candidate below all others, taken only
     * when its text holds a value of the field's type (extract.c) */
    if (best && !sentence)
      continue; /* a sentence may state a topic's figure beside another field's
                   (免震構造を採用しており、震度6強の揺れにも…) */
    jn__label_longest_all(&x->ctx->labels, x->match, text, tn, JN_LABEL_TOPIC, lens);
    long below = 0;
    if (sentence && row->section && !any_length(lens, lx->n_fields)) {
      /* a sentence naming no topic reads under its heading's (第22条(計画
       * 停止): 停止日の5日前までに…通知します), below the sentences that name
       * their own */
      tn = jn__squash(row->section, strlen(row->section), text, sizeof text);
      jn__label_longest_all(&x->ctx->labels, x->match, text, tn, JN_LABEL_TOPIC, lens);
      if (!any_length(lens, lx->n_fields)) /* 第3条(サービスの提供時間): a field's label */
        jn__label_longest_all(&x->ctx->labels, x->match, text, tn, JN_LABEL_ANY, lens);
      below = 1000;
    }
    for (size_t f = 0; f < lx->n_fields; f++)
      if (lens[f] && !(slots[f].row && table_row(slots[f].row))) {
        long score = (long)lens[f] - below - (dated ? 2000 : 0), by_ids = ids_score(x, row, f);
        add_candidate(&slots[f], row, by_ids > score ? by_ids : score);
      }
    named_by_ids(x, row, slots, lens);
  }
  free(lens);
  return JN_OK;
}

/* A row another field of the same type reads is no fallback for this one:
 * "サービス変更・終了時の事前告知 | 60日前" answers the termination notice,
 * not a maintenance notice whose own row says something unparsed. (A row
 * under サポート窓口 read for the telephone may still give the hours.) */
static void drop_taken_same(const jn_lexicon *lx, jn_slot *slots) {
  for (size_t f = 0; f < lx->n_fields; f++) {
    size_t k = 0;
    for (size_t i = 0; i < slots[f].n_same; i++) {
      int taken = 0;
      for (size_t g = 0; g < lx->n_fields && !taken; g++)
        taken = g != f && slots[g].row == slots[f].same[i] &&
                lx->fields[g].type_id == lx->fields[f].type_id;
      if (!taken) {
        slots[f].same[k] = slots[f].same[i];
        slots[f].same_score[k++] = slots[f].same_score[i];
      }
    }
    slots[f].n_same = k;
  }
}

/* dict/companions.tsv: a field nothing anchored reads its companion's row
 * (障害時の通知 | 検知後15分以内に通知 gives the notice time too). */
static void by_companions(const jn_lexicon *lx, jn_slot *slots) {
  for (size_t c = 0; c < lx->n_companions; c++) {
    size_t f = lx->companions[c][0], g = lx->companions[c][1];
    if (!slots[g].row || slots[g].companion || slots[g].owned || slots[f].row == slots[g].row)
      continue;
    if (slots[f].row) { /* its own row first, the companion's if that holds nothing */
      if (!slots[f].companion_row)
        slots[f].companion_row = slots[g].row;
      continue;
    }
    take(&slots[f], slots[g].row);
    slots[f].companion = 1;
  }
}

int jn__extract_assign(jn_extractor *x, jn_slot *slots) {
  const jn_lexicon *lx = &x->ctx->lex;
  const jn_sheet *sh = x->sheet;
  if (by_labels(x, slots) != JN_OK)
    return JN_ENOMEM;
  by_questions(x, slots);
  int rc = split_spilled(x, slots);
  if (rc == JN_OK)
    rc = split_merged(x, slots);
  if (rc == JN_OK)
    rc = by_compounds(lx, sh, slots);
  if (rc == JN_OK)
    rc = by_answers(x, slots);
  if (rc == JN_OK)
    rc = resolve_appendices(x, slots);
  if (rc == JN_OK)
    rc = by_anchors(x, slots);
  if (rc == JN_OK)
    drop_taken_same(lx, slots);
  if (rc == JN_OK)
    by_companions(lx, slots);
  if (rc == JN_OK)
    rc = by_topic_rows(x, slots); /* last: only fields nothing else anchored */
  return rc;
}

void jn__extract_slots_free(jn_slot *slots, size_t n) {
  for (size_t i = 0; slots && i < n; i++)
    free(slots[i].owned);
  free(slots);
}
