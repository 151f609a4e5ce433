/* sheet_anchor.c — label/value structure in lines of text.
 *
 * The third step of the reader (docs/SHEETS.md). Tables give rows; the
 * rest of a document gives lines: an SLA page's headings and sentences, a
 * "label: value" list, a label line with its value on the next line, Q/A
 * lines, a PDF block with its labels first and their values after
 * (spec §7, LAYOUTS.md §2, §4). This file makes rows of those lines, each
 * marked with the structure it came from (jn_sheet_row.anchor):
 *   "pair"     label: value on one line, or a question line and its
 *              "A." line;
 *   "block"    a heading or label line and the lines under it, up to a
 *              blank line or the next heading;
 *   "sentence" one sentence, which is its own label and answer
 *              (稼働率は99.9%を目標としています).
 * Which of them names a field, and whether its text holds a value of the
 * field's type, is decided at extraction (extract_assign.c): a block or a
 * sentence is taken only where no table row named the field and only when
 * it holds a value of the field's type. */
#include <stddef.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "buf.h"

#include "ctx.h"
#include "scan.h"
#include "sheet.h"
#include "utf8.h"

/* ------------------------------------------------------ line prefixes */

/* Bullets and heading marks before a label: their length, 0 when none. */
static size_t bullet(const char *s, size_t n) {
  static const char *const marks[] = {"### ", "## ", "# ", "- ", "* ", "・", "■", "□", "◆",
                                      "◇", "●", "▼", "▶", "►", "> ", "¶ ", "+ ", "• ", "•",
                                      "◦ ", "▪ "};
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
    if (jn__sheet_starts(s, n, marks[i]))
      return strlen(marks[i]);
  return 0;
}

static int digit(char c) { return c >= '0' && c <= '9'; }

/* A heading number: 1. / 1.3. / 3.2.1.1. / (2) / 2) / 第3条 / Q1. / 問1 / No.1:
 * its length with the space after it, 0 when none. */
static size_t numbering(const char *s, size_t n) {
  size_t k = 0;
  if (jn__sheet_starts(s, n, "第")) {
    k = 3;
    while (k < n && digit(s[k]))
      k++;
    if (k == 3 || !(jn__sheet_starts(s + k, n - k, "条") || jn__sheet_starts(s + k, n - k, "章") ||
                    jn__sheet_starts(s + k, n - k, "節")))
      return 0;
    k += 3;
  } else {
    if (jn__sheet_starts(s, n, "Q") || jn__sheet_starts(s, n, "No."))
      k = s[0] == 'Q' ? 1 : 3;
    else if (jn__sheet_starts(s, n, "問"))
      k = 3;
    int paren = k < n && s[k] == '(';
    k += (size_t)paren;
    size_t d0 = k;
    while (k < n && (digit(s[k]) || ((s[k] == '.' || s[k] == '-') && k > d0 && digit(s[k - 1]))))
      k++;
    if (k == d0 || k - d0 > 12)
      return 0;
    if (paren) {
      if (k >= n || s[k] != ')')
        return 0;
      k++;
    } else if (k < n && s[k] == ')') {
      k++;
    } else if (s[k - 1] != '.' && !(k < n && (s[k] == ' ' || s[k] == ':')) && d0 == 0) {
      return 0; /* a bare number starting a sentence (24時間…) */
    } else if (k + 1 < n && s[k] == ':' && digit(s[k + 1])) {
      return 0; /* a time (1:00~5:00 は停止), not "1: …" */
    }
  }
  while (k < n && (s[k] == ' ' || s[k] == ':'))
    k++;
  return k < n ? k : 0;
}

/* The line without its bullets and numbers. */
static size_t strip_prefix(const char *s, size_t n) {
  size_t k = 0, step;
  do {
    step = bullet(s + k, n - k);
    if (!step)
      step = numbering(s + k, n - k);
    k += step;
    while (k < n && s[k] == ' ')
      k++;
  } while (step && k < n);
  return k;
}

/* ---------------------------------------------------- what a line is */

static size_t chars(const char *s, size_t n) { return jn__utf8_count(s, n); }

/* No sentence: no 。, no ending in a verb's polite form. */
static int not_sentence(const char *s, size_t n) {
  static const char *const endings[] = {"。", "ます", "です", "ません", "した", "ください"};
  if (!n || jn__sheet_find(s, n, "。"))
    return 0;
  for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
    size_t k = strlen(endings[i]);
    if (n >= k && !memcmp(s + n - k, endings[i], k))
      return 0;
  }
  return 1;
}

int jn__sheet_sentence(const char *s, size_t n) { return n && !not_sentence(s, n); }

/* A label or heading: short, and not a sentence. */
static int label_like(const char *s, size_t n) { return chars(s, n) <= 32 && not_sentence(s, n); }

/* A heading: a heading mark (##, ■, 【) or a section number (第3章, 2.,
 * 2.1) before a short label that is no sentence. A table above it has
 * ended: its item and label are not carried past it. Where the heading's
 * text starts, 0 when the line is none. */
size_t jn__sheet_heading(const char *s, size_t n) {
  static const char *const marks[] = {"#", "■", "□", "◆", "◇", "▼", "【"};
  size_t k = 0;
  for (size_t i = 0; i < sizeof marks / sizeof marks[0] && !k; i++)
    if (jn__sheet_starts(s, n, marks[i]))
      k = strlen(marks[i]);
  if (!k && !jn__sheet_starts(s, n, "Q") && !jn__sheet_starts(s, n, "No.") &&
      !jn__sheet_starts(s, n, "問"))
    k = numbering(s, n);
  while (k < n && (s[k] == ' ' || s[k] == '#'))
    k++;
  return k && k < n && label_like(s + k, n - k) ? k : 0;
}


/* "label: value": where the value starts, 0 when the line is no pair. A
 * colon between digits is a time (9:00), one after http a URL. */
static size_t pair_split(const char *s, size_t n, size_t *label_len, int numbered) {
  int depth = 0; /* (単位:%): a colon inside brackets belongs to the label */
  for (size_t i = 1; i + 1 < n; i++) {
    depth += (s[i] == '(' || s[i] == '[') - ((s[i] == ')' || s[i] == ']') && depth > 0);
    if (s[i] != ':' || depth > 0)
      continue;
    if ((digit(s[i - 1]) && digit(s[i + 1])) || s[i + 1] == '/')
      continue;
    size_t l = i;
    while (l && s[l - 1] == ' ')
      l--;
    /* the label may be a whole question ("事業者全体の自己資本の比率(単位:%):
     * 54.1%"), not a sentence; in a numbered list ("23. …以下より選択する。
     * ①…④…:①") the question may hold sentences too */
    if (!l || chars(s, l) > (numbered ? 320u : 160u) || (!numbered && !not_sentence(s, l)))
      return 0;
    size_t v = i + 1;
    while (v < n && s[v] == ' ')
      v++;
    if (v == n)
      return 0;
    *label_len = l;
    return v;
  }
  return 0;
}

size_t jn__sheet_pair_split(const char *s, size_t n, size_t *label_len) {
  return pair_split(s, n, label_len, 1);
}

int jn__sheet_is_pair(const char *s, size_t n) {
  size_t k = strip_prefix(s, n), ln;
  return pair_split(s + k, n - k, &ln, 0) != 0;
}

/* A mark of the list (dict/words.tsv) starting s: its length with the
 * spaces after it, 0 when none does. */
static size_t mark_length(const jn_sheet_reader *rd, jn_words_id list, const char *s, size_t n) {
  size_t k = jn__words_start(&rd->ctx->lex, list, s, n);
  while (k && k < n && s[k] == ' ')
    k++;
  return k;
}

/* "A." "A:" "A " "回答:" "答:" before an answer line: its length, or 0. */
static size_t answer_mark(const jn_sheet_reader *rd, const char *s, size_t n) {
  size_t k = mark_length(rd, JN_WORDS_ANSWER_MARK, s, n);
  if (k)
    return k;
  if (n > 2 && s[0] == 'A' && digit(s[1])) { /* A12. */
    size_t k = 1;
    while (k < n && digit(s[k]))
      k++;
    if (k < n && (s[k] == '.' || s[k] == ':'))
      return k + 1 + (k + 1 < n && s[k + 1] == ' ');
  }
  return 0;
}

/* The line that may hold the answer to line i: the next one, or the one
 * after a blank line (a Markdown FAQ puts each **Q.** and **A.** in a
 * paragraph of its own). 0 when there is none. */
static size_t answer_after(const jn_text_lines *tl, size_t i) {
  size_t j = i + 1;
  if (j < tl->n && !tl->s[j].n)
    j++;
  return j < tl->n && tl->s[j].n ? j : 0;
}

/* The answer mark of line t, after the list bullet it may stand under
 * (a questionnaire nests 回答: and 補足: as items under each question): the
 * length of both, 0 when t is no marked answer. */
static size_t marked_answer(const jn_sheet_reader *rd, const jn_text_line *t) {
  size_t b = bullet(t->p, t->n);
  if (b && t->p[0] == '#')
    return 0;
  size_t v = b < t->n ? answer_mark(rd, t->p + b, t->n - b) : 0;
  return v ? b + v : 0;
}

/* Line i, when it is the remark that follows an answer ("補足: …", "備考:
 * …", a list item or not), kept as the last row's remark: 1 when it is, 0
 * when it is not, -1 when memory ran out. */
static int remark_line(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  if (i >= tl->n || !tl->s[i].n || !rd->sh->n_rows)
    return 0;
  const jn_text_line *t = &tl->s[i];
  size_t b = t->p[0] == '#' ? 0 : bullet(t->p, t->n), ln;
  size_t v = jn__sheet_pair_split(t->p + b, t->n - b, &ln);
  if (!v || jn__roles_word(t->p + b, ln) != JN_COL_REMARK)
    return 0;
  jn_sheet_row *r = &rd->sh->rows[rd->sh->n_rows - 1];
  r->remark = jn__sheet_keep(rd->sh, t->p + b + v, t->n - b - v);
  return r->remark ? 1 : -1;
}

/* "Q:" "Q." "質問:" before a question line (FAQ pages): its length, or 0.
 * Such a line is a question, never a "label: value" pair labelled Q. */
static size_t question_mark(const jn_sheet_reader *rd, const char *s, size_t n) {
  size_t k = mark_length(rd, JN_WORDS_QUESTION_MARK, s, n);
  return k < n ? k : 0; /* a mark alone asks nothing */
}

/* A required marker starting an answer line, stuck to it or not
 * ("必須2024年1月9日", "選択 有り", a browser's copy of the certifier's
 * page): the marker's length, 0 when the line does not start with one. The
 * words 必須項目, 選択肢, 選択する… are not markers. */
size_t jn__sheet_marker_led(const char *s, size_t n, const char **canon) {
  size_t k = jn__marker_word(s, n, JN_MARKER_WORD, canon);
  if (!k || jn__marker_word(s, n, JN_MARKER_COMPOUND, NULL) ||
      jn__marker_word(s, n, JN_MARKER_LED, NULL))
    return 0; /* 選択肢, 必須項目, 選択可能: a word the marker begins (dict/markers.tsv) */
  while (k < n && s[k] == ' ')
    k++;
  return k;
}

/* A label line of the browser copy starts with its item number, glued:
 * "3設立年・事業年数". The number is a hint, not part of the label. */
static size_t glued_number(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && k < 3 && digit(s[k]))
    k++;
  if (!k || k >= n || digit(s[k]))
    return 0;
  /* bytes, not characters: an ASCII sign after the digits, or a date's
   * 年月日 (strchr on "年月日" would match the lead byte of 所 too) */
  if ((unsigned char)s[k] < 0x80)
    return strchr(" ./:,-%)~", s[k]) ? 0 : k;
  return jn__sheet_starts(s + k, n - k, "年") || jn__sheet_starts(s + k, n - k, "月") ||
                 jn__sheet_starts(s + k, n - k, "日")
             ? 0
             : k;
}

/* A required marker standing between spaces inside a line, after a
 * question ("… (西暦) 必須 1987年"; "… 選択" at the end: an empty answer):
 * the length of the text before it (without the space), 0 when none. *a
 * gets where the answer starts. */
static size_t marker_between(const char *s, size_t n, const char **canon, size_t *a) {
  for (size_t i = 1; i + 6 <= n; i++) {
    if (s[i - 1] != ' ')
      continue;
    /* the marker may be glued to the answer (選択架空港北銀行), as lynx
     * prints a row, but not to a word it begins (選択する, 必須項目) */
    size_t k = jn__sheet_marker_led(s + i, n - i, canon);
    if (!k)
      continue;
    if (i < 8) /* a question comes before it */
      return 0;
    *a = i + k;
    return i - 1;
  }
  return 0;
}

/* ------------------------------------------------------------ rows */

static int add_row(jn_sheet_reader *rd, const char *anchor, const char *label, size_t ln,
                   const char *q, size_t qn, const char *a, size_t an, uint64_t line) {
  jn_sheet *sh = rd->sh;
  jn_sheet_row *r = jn__sheet_new_row(sh);
  if (!r)
    return -1;
  r->anchor = anchor;
  r->section = rd->section;
  r->label = label ? jn__sheet_keep(sh, label, ln) : NULL;
  r->question = jn__sheet_keep(sh, q, qn);
  r->answer = jn__sheet_keep(sh, a, an);
  r->line = line;
  return r->question && r->answer && (!label || r->label) ? 0 : -1;
}

/* The header's label/value pairs, wherever they stand (認定番号 0999-2401 as
 * a pair, a <dl>, a label line and its value line): memory running out
 * loses only the header's copy, the row keeps the pair. */
static void header_pair(jn_sheet *sh, const char *l, size_t ln, const char *v, size_t vn) {
  (void)jn__sheet_header_pair(sh, l, ln, v, vn);
}

/* Does the text end as a sentence that states does (…適用されます。, …を使用
 * します)? */
static int states(const char *s, size_t n) {
  static const char *const stated[] = {"ます。", "ました。", "です。", "ません。", "ます", "です"};
  for (size_t i = 0; i < sizeof stated / sizeof stated[0]; i++) {
    size_t k = strlen(stated[i]);
    if (n > k && !memcmp(s + n - k, stated[i], k))
      return 1;
  }
  return 0;
}

/* Does pattern pat of dict/patterns.tsv match s (options: PCRE2_ANCHORED,
 * PCRE2_ENDANCHORED)? */
static int matches(jn_sheet_reader *rd, int pat, const char *s, size_t n, uint32_t options) {
  return pcre2_match(rd->ctx->patterns.re[pat], (PCRE2_SPTR)s, n, 0,
                     PCRE2_NO_UTF_CHECK | options, rd->match, NULL) >= 0;
}

/* A line that asks rather than answers (dict/patterns.tsv "question"). */
static int asks(jn_sheet_reader *rd, const char *s, size_t n) {
  /* a sentence that states ("…更新の有無を確認し、自動で適用されます。")
   * asks nothing, whatever words it uses */
  return !states(s, n) && matches(rd, JN_PAT_QUESTION, s, n, 0);
}

int jn__sheet_asks(jn_sheet_reader *rd, const char *s, size_t n) { return asks(rd, s, n); }

/* Does the text end as a question does (…の有無, …(単位:%), …(西暦))? */
static int ends_asking(jn_sheet_reader *rd, const char *s, size_t n) {
  return matches(rd, JN_PAT_QUESTION, s, n, PCRE2_ENDANCHORED);
}

/* A refund rule, a formula, a fault's definition: no level of service
 * (spec §7; dict/patterns.tsv "not_a_level"). */
int jn__sheet_not_a_level(jn_sheet_reader *rd, const char *s, size_t n) {
  return matches(rd, JN_PAT_NOT_A_LEVEL, s, n, 0);
}

/* The lines under a heading, up to a blank line or the next heading or
 * bullet (at most eight), joined by paragraph breaks. */
static int bare_number(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && digit(s[k]))
    k++;
  return n && k == n && n <= 3;
}

static int has_digit(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (digit(s[i]))
      return 1;
  return 0;
}

/* A line that may head the lines under it: a label (short, not a sentence)
 * holding no figure, since values are the lines with figures in them. */
static int heading_like(const jn_text_line *t) {
  return t->n && label_like(t->p, t->n) && !has_digit(t->p, t->n);
}

/* A note (※…): no value, and nothing a heading heads. */
static int note_line(const jn_text_line *t) { return jn__sheet_starts(t->p, t->n, "※"); }

static size_t block_end(const jn_text_lines *tl, size_t from) {
  size_t e = from;
  /* an item number alone on its line starts the next item (PDF text); so
   * does the next heading, when a line is already taken (a line over a
   * note is none: "プライバシーマーク付与事業者" over "※ISMAPは申請予定";
   * nor a line over a heading of its own, "3. 暗号化": it heads nothing) */
  while (e < tl->n && e - from < 8 && tl->s[e].n && !strip_prefix(tl->s[e].p, tl->s[e].n) &&
         !bare_number(tl->s[e].p, tl->s[e].n) && !(e > from && tl->s[e].item) &&
         !(e > from && heading_like(&tl->s[e]) && e + 1 < tl->n && tl->s[e + 1].n &&
           !heading_like(&tl->s[e + 1]) && !note_line(&tl->s[e + 1]) &&
           !jn__sheet_heading(tl->s[e + 1].p, tl->s[e + 1].n)) &&
         !(e > from && tl->s[e].line > tl->s[e - 1].line + 1 && label_like(tl->s[e].p, tl->s[e].n)))
    e++;
  return e;
}

/* The lines under a marked heading (## サービス提供時間): its paragraph or
 * its list (an HTML list item heading the list nested in it), up to a
 * blank line or the next heading. */
static size_t list_end(const jn_text_lines *tl, size_t from) {
  size_t e = from;
  while (e < tl->n && e - from < 8 && tl->s[e].n && tl->s[e].p[0] != '#' &&
         !bare_number(tl->s[e].p, tl->s[e].n))
    e++;
  return e;
}

/* Lines [from, to) joined into *a, sep between them: line breaks for a
 * block's lines, blanks for the cells of one row a text browser wrapped
 * (the labels' matching ignores blanks). */
static void join_lines(const jn_text_lines *tl, size_t from, size_t to, const char *sep,
                       jn_buf *a) {
  for (size_t i = from; i < to; i++) {
    if (i > from)
      jn__buf_put(a, sep, strlen(sep));
    jn__buf_put(a, tl->s[i].p, tl->s[i].n);
  }
}

/* A list's item, not a heading (bullet() takes ## for one). */
static int list_item(const jn_text_line *t) {
  return t->n && t->p[0] != '#' && bullet(t->p, t->n);
}

/* Do the list items from line `from` on name two ids or more of one list
 * field (dict/list_ids.tsv): ID・パスワード and 多要素認証 are ways to log in,
 * whatever the heading over them says. */
enum { LIST_IDS_NAMING = 2, LIST_ITEMS_MAX = 18 };
static int items_name_ids(jn_sheet_reader *rd, const jn_text_lines *tl, size_t from) {
  const jn_lexicon *lx = &rd->ctx->lex;
  jn_buf a = JN_BUF_INIT;
  for (size_t e = from; e < tl->n && e - from < LIST_ITEMS_MAX && list_item(&tl->s[e]); e++)
    jn__buf_put(&a, tl->s[e].p, tl->s[e].n);
  int named = 0;
  for (size_t f = 0; !a.failed && a.len && !named && f < lx->n_fields; f++)
    named = lx->fields[f].type_id == JN_FT_LIST &&
            jn__list_ids_named(lx, lx->fields[f].id, a.data, a.len) >= LIST_IDS_NAMING;
  jn__buf_free(&a);
  return named;
}

static int block_row(jn_sheet_reader *rd, const char *h, size_t hn, const jn_text_lines *tl,
                     size_t from, size_t to, uint64_t line) {
  jn_buf a = JN_BUF_INIT;
  join_lines(tl, from, to, "\n", &a);
  int rc = a.failed ? -1
           : jn__sheet_not_a_level(rd, a.data ? a.data : "", a.len) ||
                     jn__sheet_find(h, hn, "定義") /* 障害の定義: definitions, no levels (spec §7) */
               ? 0
               : add_row(rd, "block", NULL, 0, h, hn, a.data ? a.data : "", a.len, line);
  jn__buf_free(&a);
  return rc;
}

/* A sentence announcing the list under it (以下の…, 次の…). */
static int announces_list(const char *s, size_t n) {
  return (jn__sheet_find(s, n, "以下") || jn__sheet_find(s, n, "次の")) &&
         ((n >= 3 && !memcmp(s + n - 3, "。", 3)) || (n && s[n - 1] == ':'));
}

/* An item of a list a sentence announced: a bullet, or a short numbered
 * line ("1. 多要素認証(MFA)"). */
static int announced_item(const jn_text_line *t) {
  size_t k = t->n ? numbering(t->p, t->n) : 0;
  return t->n && (bullet(t->p, t->n) || (k && k < t->n && label_like(t->p + k, t->n - k)));
}

/* The list that line i announces, if it does: its lines [*from, end);
 * Markdown puts a blank line before it. The end, 0 when there is none. */
static size_t announced_list(const jn_text_lines *tl, size_t i, size_t *from) {
  if (!announces_list(tl->s[i].p, tl->s[i].n))
    return 0;
  size_t b = i + 1;
  while (b < tl->n && b <= i + 2 && !tl->s[b].n)
    b++;
  size_t e = b;
  while (e < tl->n && e - b < 18 && announced_item(&tl->s[e]))
    e++;
  *from = b;
  return e > b ? e : 0;
}

/* The separator between two pairs on one line ("サービス名:… / 運営会社:…";
 * not 、, which parts the items of one answer as often): its length at s, 0
 * when none stands there. */
static size_t separator_at(const char *s, size_t n) {
  static const char *const seps[] = {" / ", " ／ ", " | ", "／"};
  for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++)
    if (jn__sheet_starts(s, n, seps[i]))
      return strlen(seps[i]);
  return 0;
}

/* A pair's value, up to a separator after which another pair stands
 * (label_like, short: "… / 運営会社:架空ホスティング株式会社"); all of it
 * when none does. */
static size_t chained_pair(const char *v, size_t n) {
  if (jn__sheet_find(v, n, "いずれも") || jn__sheet_find(v, n, "ともに") || jn__sheet_find(v, n, "共に"))
    return n; /* "…約650社 / 利用者数:18,000人(いずれも2025年9月末現在)": one date for all */
  for (size_t i = 1; i < n; i++) {
    size_t k = separator_at(v + i, n - i), ln;
    if (k && pair_split(v + i + k, n - i - k, &ln, 0) && ln <= 3 * 12 && label_like(v + i + k, ln))
      return i;
  }
  return n;
}

/* The pair of line s (its label s[0, ln), its value from s[v]) and the
 * pairs after it on the line (chained_pair), each a row. */
static int line_pairs(jn_sheet_reader *rd, const char *s, size_t ln, size_t v, size_t n,
                      uint64_t line) {
  size_t vn = chained_pair(s + v, n - v);
  header_pair(rd->sh, s, ln, s + v, vn);
  int rc = add_row(rd, "pair", s, ln, s, ln, s + v, vn, line);
  for (const char *r = s + v + vn; rc == 0 && r < s + n;) {
    r += separator_at(r, (size_t)(s + n - r));
    size_t rl, rv = pair_split(r, (size_t)(s + n - r), &rl, 0), rn;
    if (!rv)
      break;
    rn = chained_pair(r + rv, (size_t)(s + n - r) - rv);
    header_pair(rd->sh, r, rl, r + rv, rn);
    rc = add_row(rd, "pair", r, rl, r, rl, r + rv, rn, line);
    r += rv + rn;
  }
  return rc;
}

/* "架空株式会社(本社:福岡県福岡市、代表取締役:葛城 真央)は、…": a press
 * release's bracket of label:value pairs after a name, one pair per 、 and
 * nothing else in it (not "(受付時間:平日9時~18時、祝日を除く)", whose
 * second part is no pair but the first one's rest). */
static int bracket_pairs(jn_sheet_reader *rd, const char *p, const char *close, uint64_t line,
                         int add) {
  int pairs = 0;
  while (p < close) {
    const char *cut = jn__sheet_find(p, (size_t)(close - p), "、");
    const char *e = cut ? cut : close;
    size_t ln, v = pair_split(p, (size_t)(e - p), &ln, 0);
    if (!v)
      return 0;
    if (add && add_row(rd, "pair", p, ln, p, ln, p + v, (size_t)(e - p) - v, line) != 0)
      return -1;
    pairs++;
    p = cut ? cut + strlen("、") : close;
  }
  return pairs;
}

static int bracketed_pairs(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  const char *end = s + n;
  for (const char *open = memchr(s, '(', n); open; open = memchr(open + 1, '(', (size_t)(end - open - 1))) {
    const char *close = memchr(open, ')', (size_t)(end - open));
    if (!close)
      return 0;
    if (bracket_pairs(rd, open + 1, close, line, 0) >= 2 &&
        bracket_pairs(rd, open + 1, close, line, 1) < 0)
      return -1;
    if (close + 1 >= end)
      break;
  }
  return 0;
}

/* Sentences of a line, each a row of its own. */
static int sentence_rows(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  if (bracketed_pairs(rd, s, n, line) != 0)
    return -1;
  size_t from = 0;
  while (from < n) {
    const char *end = jn__sheet_find(s + from, n - from, "。");
    size_t to = end ? (size_t)(end - s) + 3 : n;
    const char *p = s + from;
    size_t k = to - from;
    while (k && *p == ' ')
      p++, k--;
    if (chars(p, k) >= 6 && !jn__sheet_not_a_level(rd, p, k) &&
        add_row(rd, "sentence", NULL, 0, p, k, p, k, line) != 0)
      return -1;
    const char *but = chars(p, k) >= 6 && jn__sheet_not_a_level(rd, p, k)
                          ? jn__sheet_find(p, k, "が、") : NULL;
    size_t bn = but ? (size_t)(but - p) : 0;
    /* "稼働率99.9%を目標としていますが、返金を伴うSLAはありません": the clause
     * before が、 states a level, the refund is the other clause's */
    if (bn && chars(p, bn) >= 6 && !jn__sheet_not_a_level(rd, p, bn) &&
        add_row(rd, "sentence", NULL, 0, p, bn, p, bn, line) != 0)
      return -1;
    from = to;
  }
  return 0;
}

static int wrapped_sentence(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i,
                            const char *s, size_t n, size_t width);
static int broken_at_blank(const jn_text_lines *tl, size_t i);
static size_t longest_wording(jn_sheet_reader *rd, const char *s, size_t n, int kind, int *field,
                              size_t *squashed);

/* A list item (・, *, -, •; not a heading's mark) whose text holds a
 * wording that states a field inside prose (dict/labels.tsv sentence:
 * 免震構造を採用): a fact written as a noun phrase, as lists write them. */
static int stated_item(jn_sheet_reader *rd, const jn_text_line *t, const char *s, size_t n) {
  static const char *const marks[] = {"- ", "* ", "+ ", "・", "•", "◦ ", "▪ "};
  int listed = 0;
  for (size_t i = 0; i < sizeof marks / sizeof marks[0] && !listed; i++)
    listed = jn__sheet_starts(t->p, t->n, marks[i]);
  int field;
  size_t squashed, label;
  return listed && !pair_split(s, n, &label, 0) && /* ・確認: 毎日 is a pair */
         longest_wording(rd, s, n, JN_LABEL_SENTENCE, &field, &squashed) > 0;
}

/* The first line of a paragraph of two or more lines (lines between blank
 * lines), short enough to be a label or a question: "label line, value
 * line" records, whatever the label's length. */
static int heads_paragraph(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, size_t width,
                           size_t cols) {
  size_t w = chars(tl->s[i].p, tl->s[i].n), wc = jn__text_width(tl->s[i].p, tl->s[i].n);
  /* a line of sentences across the whole window is prose a converter
   * wrapped (w3m, html2text, lynx, pdftotext), the next line its rest: no
   * label over it (a question as wide, in a record of label and value
   * lines, is); the window measured in characters, or in columns where
   * ASCII and kanji mix (a print's lines end at the paper's edge) */
  if (((width >= 60 && w * 20 >= width * 19) || (cols >= 60 && wc * 20 >= cols * 19)) &&
      (jn__sheet_find(tl->s[i].p, tl->s[i].n, "。") || jn__sheet_find(tl->s[i].p, tl->s[i].n, "、")) &&
      !asks(rd, tl->s[i].p, tl->s[i].n))
    return 0; /* a sentence cut mid-clause (…第一報を通知し、あわせてス) too */
  /* a clause that states (…通信には TLS 1.3 を使用します), its sentence going
   * on over the next line, is no label either */
  if (states(tl->s[i].p, tl->s[i].n))
    return 0;
  return (i == 0 || !tl->s[i - 1].n) && i + 1 < tl->n && tl->s[i + 1].n && w <= 120;
}

/* Does the line name a catalogue field? (the PDF block of labels first) */
enum { JN_NAMES_MAX_FIELDS = 256 };
/* The share of the line the best field's wording covers, in eighths (0 to
 * 8): 4 and more names the field, anything above 0 mentions one. */
/* The readers below ask the catalogue about the same lines again and again
 * (a column of labels is looked for from every line of a long run), and a
 * line's labels cost a match per wording. What a squashed text holds is
 * kept in a fixed direct-mapped table keyed by its hash, length and kind:
 * memory stays the same for any document, and a collision only costs the
 * match again. */
enum { WORDING_MEMO_SLOTS = 4096 };
typedef struct {
  uint64_t hash;
  uint32_t len, best;
  int32_t field;
  int kind;
} wording_memo_slot;
struct jn_wording_memo {
  wording_memo_slot slot[WORDING_MEMO_SLOTS];
};

static wording_memo_slot *memo_slot(jn_sheet_reader *rd, const char *sq, size_t n, int kind) {
  if (!rd->wording_memo && !(rd->wording_memo = calloc(1, sizeof *rd->wording_memo)))
    return NULL; /* out of memory: every text is matched anew */
  uint64_t h = jn__hash_bytes(sq, n) ^ (uint64_t)kind * 0x9e3779b97f4a7c15ull;
  wording_memo_slot *m = &rd->wording_memo->slot[h % WORDING_MEMO_SLOTS];
  if (m->hash != h || m->len != n || m->kind != kind)
    *m = (wording_memo_slot){.hash = h, .len = (uint32_t)n, .kind = kind, .field = -2};
  return m;
}

/* The longest wording of the given kind (dict/labels.tsv) in the line
 * without spaces: its length, its field in *field (-1 when none), and the
 * line's length without spaces in *squashed. */
static size_t longest_wording(jn_sheet_reader *rd, const char *s, size_t n, int kind, int *field,
                              size_t *squashed) {
  char sq[512];
  *field = -1;
  *squashed = n < sizeof sq ? jn__squash(s, n, sq, sizeof sq) : 0;
  const jn_labels *lb = &rd->ctx->labels;
  size_t lens[JN_NAMES_MAX_FIELDS], best = 0;
  if (!*squashed || lb->n_fields > JN_NAMES_MAX_FIELDS)
    return 0;
  wording_memo_slot *m = memo_slot(rd, sq, *squashed, kind);
  if (m && m->field != -2) {
    *field = m->field;
    return m->best;
  }
  jn__label_longest_all(lb, rd->match, sq, *squashed, kind, lens);
  for (size_t f = 0; f < lb->n_fields; f++)
    if (lens[f] > best)
      best = lens[f], *field = (int)f;
  if (m)
    m->best = (uint32_t)best, m->field = *field;
  return best;
}

int jn__sheet_whole_wording(jn_sheet_reader *rd, const char *s, size_t n) {
  int field;
  size_t k, best = longest_wording(rd, s, n, JN_LABEL_ANY, &field, &k);
  return best && best == k;
}

static int best_field(jn_sheet_reader *rd, const char *s, size_t n, int *field) {
  size_t k, best = longest_wording(rd, s, n, JN_LABEL_ANY, field, &k);
  return best ? (int)(best * 8 / k) + 1 : 0;
}

static int field_share(jn_sheet_reader *rd, const char *s, size_t n) {
  int f;
  return best_field(rd, s, n, &f);
}

static int names_field(jn_sheet_reader *rd, const char *s, size_t n) {
  return field_share(rd, s, n) > 4;
}

/* Is the line a word that names a field only as a label cell, whole
 * (dict/labels.tsv kind "whole": 役員, 株式)? An item's label, no question. */
static int whole_word(jn_sheet_reader *rd, const char *s, size_t n) {
  int f;
  size_t k, best = longest_wording(rd, s, n, JN_LABEL_WHOLE, &f, &k);
  return best && best == k;
}

/* Does a heading name a field's topic (dict/topics.tsv) in most of its
 * words (## アクセス制御)? */
static int names_topic(jn_sheet_reader *rd, const char *s, size_t n) {
  int f;
  size_t k, best = longest_wording(rd, s, n, JN_LABEL_TOPIC, &f, &k);
  return best * 2 > k;
}

/* A line that is a label alone: short, naming a field, not "label: value". */
static int is_bare_label(jn_sheet_reader *rd, const jn_text_line *t) {
  size_t ln;
  size_t k = strip_prefix(t->p, t->n);
  return t->n && label_like(t->p, t->n) && !pair_split(t->p + k, t->n - k, &ln, 0) &&
         names_field(rd, t->p, t->n);
}

/* A short line that may stand in a column of labels without naming a
 * field itself (サービス内容), or a label wrapped onto two lines. */
static int is_label_cell(const jn_text_line *t, int bare) {
  return bare || (t->n && chars(t->p, t->n) <= 16 && not_sentence(t->p, t->n) &&
                  !has_digit(t->p, t->n) && !strip_prefix(t->p, t->n));
}

/* What a line of the texts is to the column readers, asked once per line:
 * a column of labels is looked for from every line of a run, and each
 * line costs a match per catalogue wording (cell_memo, made when the
 * anchors are read; a line outside the texts is asked each time). */
enum { LINE_ASKED = 1, LINE_BARE_LABEL = 2, LINE_LABEL_CELL = 4, LINE_ROLE_WORD = 8 };

static unsigned line_kind(jn_sheet_reader *rd, const jn_text_line *t) {
  /* (compared as addresses: t may point into another array) */
  uintptr_t from = (uintptr_t)rd->texts.s, p = (uintptr_t)t;
  size_t at = (p - from) / sizeof *t;
  int in_texts = rd->cell_memo && p >= from && at < rd->texts.n && (p - from) % sizeof *t == 0;
  if (in_texts && rd->cell_memo[at])
    return rd->cell_memo[at];
  int bare = is_bare_label(rd, t);
  unsigned kind = LINE_ASKED | (bare ? LINE_BARE_LABEL : 0) |
                  (is_label_cell(t, bare) ? LINE_LABEL_CELL : 0) |
                  (jn__roles_word(t->p, t->n) ? LINE_ROLE_WORD : 0);
  if (in_texts)
    rd->cell_memo[at] = (unsigned char)kind;
  return kind;
}

static int bare_label(jn_sheet_reader *rd, const jn_text_line *t) {
  return (line_kind(rd, t) & LINE_BARE_LABEL) != 0;
}

static int label_cell(jn_sheet_reader *rd, const jn_text_line *t) {
  return (line_kind(rd, t) & LINE_LABEL_CELL) != 0;
}

/* "2." alone on its line: the next section's number, as pdftotext prints
 * it apart from its title. */
static int section_number(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && digit(s[k]))
    k++;
  return k && k <= 2 && k + 1 == n && s[k] == '.';
}

/* The values under a column of labels, as pdftotext prints a two-column
 * table without -layout: after the labels (and a stray page or section
 * number, blank lines), the value lines up to a heading, the next column
 * of labels or twice as many lines as labels. Notes (※) are not values. */
static size_t value_column(jn_sheet_reader *rd, const jn_text_lines *tl, size_t j, size_t k,
                           size_t *vals, size_t *nv) {
  *nv = 0;
  for (; j < tl->n && *nv < 2 * k + 2; j++) {
    const jn_text_line *t = &tl->s[j];
    const char *req;
    if (!t->n || bare_number(t->p, t->n) || jn__sheet_starts(t->p, t->n, "※") ||
        jn__roles_word(t->p, t->n))
      continue; /* the column's header (内容) is no value */
    if (section_number(t->p, t->n))
      break;
    if (jn__sheet_marker_led(t->p, t->n, &req) || asks(rd, t->p, t->n)) {
      *nv = 0; /* answers led by their markers, or questions: not a column of values */
      return j;
    }
    /* a heading, the next column of labels, or a section number split
     * from its title by the page ("1", ".事業者の概要") */
    if (jn__sheet_heading(t->p, t->n) || (t->n > 1 && t->p[0] == '.' && !digit(t->p[1])) ||
        (bare_label(rd, t) && j + 1 < tl->n && label_cell(rd, &tl->s[j + 1])))
      break;
    vals[(*nv)++] = j;
  }
  return j;
}

/* k label lines with as many values right under them, none naming a
 * field nor led by a marker (the browser copy's answers have their own):
 * pairs by order. */
static int strict_block(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, size_t k,
                        int *rc) {
  const char *req;
  size_t a, ln;
  if (i + 2 * k > tl->n)
    return 0;
  for (size_t j = 0; j < k; j++) {
    const jn_text_line *v = &tl->s[i + k + j];
    if (!v->n || names_field(rd, v->p, v->n) || jn__sheet_marker_led(v->p, v->n, &req) ||
        /* a pair of its own (対象サービス: …, under a title and its
         * subtitle): no value of a line above */
        (pair_split(v->p, v->n, &ln, 0) && names_field(rd, v->p, ln)) ||
        jn__roles_word(v->p, v->n) || section_number(v->p, v->n) || v->item ||
        marker_between(v->p, v->n, &req, &a))
      return 0; /* a column's header (内容), the next section's number, or the
                   next item's row (lynx: "48 サービス品質 認証取得 選択 …"): no
                   values here */
  }
  for (size_t j = 0; j < k && *rc == 0; j++) {
    const jn_text_line *l = &tl->s[i + j], *v = &tl->s[i + k + j];
    *rc = add_row(rd, "pair", l->p, l->n, l->p, l->n, v->p, v->n, l->line);
  }
  return 1;
}

/* The k label lines from line `at` and nv value lines (vals[]) that are
 * not as many: some value is missing or wrapped onto two lines. Label j
 * takes, in turn, the values within that difference of its place, the
 * nearest first: the field's type chooses among them (extract.c). */
static int pair_near(jn_sheet_reader *rd, const jn_text_lines *tl, size_t at, size_t k,
                     const size_t *vals, size_t nv) {
  size_t spread = nv > k ? nv - k : k - nv;
  int rc = 0;
  for (size_t j = 0; j < k && rc == 0; j++) {
    const jn_text_line *l = &tl->s[at + j];
    double place = k > 1 ? (double)j * (double)(nv - 1) / (double)(k - 1) : 0;
    size_t near[2 * 64 + 2], nn = 0;
    for (size_t m = 0; m < nv && nn < sizeof near / sizeof near[0]; m++)
      if (fabs((double)m - place) <= (double)spread + 0.5)
        near[nn++] = m;
    for (size_t a = 1; a < nn; a++) /* nearest first */
      for (size_t b = a; b > 0 && fabs((double)near[b] - place) < fabs((double)near[b - 1] - place);
           b--) {
        size_t t = near[b];
        near[b] = near[b - 1], near[b - 1] = t;
      }
    for (size_t c = 0; c < nn && rc == 0; c++) {
      const jn_text_line *v = &tl->s[vals[near[c]]];
      rc = add_row(rd, "pair", l->p, l->n, l->p, l->n, v->p, v->n, l->line);
    }
  }
  return rc;
}

/* k label lines, then their values. As many values right under them pair
 * by order. Otherwise (pdftotext's two-column tables: a stray number and
 * blank lines between, a value missing or wrapped onto two lines, a label
 * naming no field among them) label j takes, in turn, the values within
 * that difference of its place, the nearest first: the field's type
 * chooses among them (extract.c). */
static int valued(jn_sheet_reader *rd, const jn_text_line *t);
static int wrapped_block(jn_sheet_reader *rd, const jn_text_lines *tl, size_t at, size_t k,
                         const size_t *vals, size_t nv);

/* A column of labels, a blank line, and a column of as many values, a
 * blank line after them (a print read back by pdftotext with no options
 * gives a two-column table so: 会社名 / 所在地 / … / / 株式会社… / 〒…):
 * label j takes value j. Half the labels at least name fields, none holds
 * a figure; no value is a label naming a field or a figure of another
 * kind than its label's field takes, and fewer than half mention one (a
 * form's column of questions under its labels does). The
 * lines read, 0 when line i starts no such block. */
static int value_fits(jn_sheet_reader *rd, const char *l, size_t ln, const char *v, size_t vn);
static size_t blank_parted_block(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, int *rc) {
  enum { PARTED_MAX = 24 };
  size_t k = 0, named = 0;
  if (i > 0 && tl->s[i - 1].n && !jn__sheet_heading(tl->s[i - 1].p, tl->s[i - 1].n))
    return 0; /* the labels start a block */
  while (i + k < tl->n && k <= PARTED_MAX && tl->s[i + k].n && tl->s[i + k].p[0] != '#' &&
         label_cell(rd, &tl->s[i + k]) && !valued(rd, &tl->s[i + k]))
    named += bare_label(rd, &tl->s[i + k++]);
  if (k < 2 || named < 2 || named * 2 < k || i + 2 * k + 1 > tl->n || tl->s[i + k].n)
    return 0;
  size_t v0 = i + k + 1, naming = 0;
  for (size_t j = 0; j < k; j++) {
    const jn_text_line *v = &tl->s[v0 + j];
    const jn_text_line *l = &tl->s[i + j];
    if (!v->n || bare_label(rd, v) || v->item || !value_fits(rd, l->p, l->n, v->p, v->n))
      return 0; /* a figure of another kind: the values are another column's */
    naming += field_share(rd, v->p, v->n) > 0;
  }
  if (naming * 2 >= k)
    return 0; /* the questions' column of a form, not its values */
  if (v0 + k < tl->n && tl->s[v0 + k].n)
    return 0; /* more values than labels: not this block's */
  for (size_t j = 0; j < k && *rc == 0; j++) {
    const jn_text_line *l = &tl->s[i + j], *v = &tl->s[v0 + j];
    header_pair(rd->sh, l->p, l->n, v->p, v->n);
    *rc = add_row(rd, "pair", l->p, l->n, l->p, l->n, v->p, v->n, l->line);
  }
  return 2 * k + 1;
}

static size_t label_block(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, int *rc) {
  size_t k = 0, named = 0;
  /* the column's first label (after a blank line or a heading) may say
   * little by itself (名称, under 提供事業者) when the labels under it name
   * fields */
  int lead = (i == 0 || !tl->s[i - 1].n || jn__sheet_heading(tl->s[i - 1].p, tl->s[i - 1].n)) &&
             label_cell(rd, &tl->s[i]) &&
             !bare_label(rd, &tl->s[i]) && i + 2 < tl->n && bare_label(rd, &tl->s[i + 1]) &&
             bare_label(rd, &tl->s[i + 2]);
  k = lead;
  while (i + k < tl->n && tl->s[i + k].p[0] != '#' && bare_label(rd, &tl->s[i + k]) &&
         !valued(rd, &tl->s[i + k]))
    k++; /* a marked heading is no label of a column, a row with its value
            ("代表者年齢 58歳") neither */
  if (k >= 2 && strict_block(rd, tl, i, k, rc))
    return 2 * k;
  if (k <= (size_t)lead)
    return 0; /* the column starts with a label naming a field */
  k = 0;
  while (i + k < tl->n && tl->s[i + k].p[0] != '#' && label_cell(rd, &tl->s[i + k]) &&
         !valued(rd, &tl->s[i + k]))
    named += bare_label(rd, &tl->s[i + k++]); /* "初期費用 0円" holds its value */
  if (k < 3 || named < 3 || named * 3 < k || k > 64)
    return 0; /* three labels naming fields; the others keep their places */
  size_t vals[2 * 64 + 2], nv;
  size_t end = value_column(rd, tl, i + k, k, vals, &nv);
  if (nv < 3 || nv * 2 < k)
    return 0;
  *rc = wrapped_block(rd, tl, i, k, vals, nv) ? 0 : pair_near(rd, tl, i, k, vals, nv);
  return end - i;
}

/* Is the line a certification number as the certifier prints it (digits
 * in groups joined by hyphens, 0301-2503)? */
static int cert_code(const char *s, size_t n) {
  size_t digits = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '-' && !digit(s[i]))
      return 0;
    digits += digit(s[i]) != 0;
  }
  return digits >= 4 && memchr(s, '-', n) && s[0] != '-' && s[n - 1] != '-';
}

enum { KEY_COLUMN_MAX = 12, KEY_VALUES_REACH = 40 };

/* A print read without its layout (pdftotext -raw) gives the certifier's
 * header table column by column: its labels a line each (認定番号, サービス
 * 名称, サービス概要, …), then, after the site's own lines, its values in the
 * same order. The values are found by the field's type: the first line
 * after the labels that is a certification number stands where 認定番号's
 * value does, the others follow it in order. The labels' count, 0 when
 * line i starts no such column. */
static size_t header_key_column(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  size_t k = 0, keys = 0, cert = (size_t)-1, line = 0;
  for (; i + line < tl->n && line < KEY_COLUMN_MAX && tl->s[i + line].n &&
         label_like(tl->s[i + line].p, tl->s[i + line].n) &&
         !has_digit(tl->s[i + line].p, tl->s[i + line].n);
       line++) {
    const char **slot = jn__sheet_header_slot(rd->sh, tl->s[i + line].p, tl->s[i + line].n);
    if (slot && slot == &rd->sh->header.cert_number)
      cert = line;
    if (slot)
      keys++, k = line + 1; /* the column: up to its last key (the site's lines follow) */
  }
  if (keys < 2 || cert == (size_t)-1 || rd->sh->header.cert_number)
    return 0;
  for (size_t j = i + k + cert; j < tl->n && j < i + k + KEY_VALUES_REACH; j++) {
    if (!cert_code(tl->s[j].p, tl->s[j].n))
      continue;
    size_t first = j - cert;
    if (first + k > tl->n)
      return 0;
    for (size_t c = 0; c < k; c++)
      if (!tl->s[first + c].n)
        return 0; /* a blank among the values: no column of them */
    for (size_t c = 0; c < k; c++)
      header_pair(rd->sh, tl->s[i + c].p, tl->s[i + c].n, tl->s[first + c].p, tl->s[first + c].n);
    return k;
  }
  return 0;
}

/* ------------------------------------ columns printed one after another */

/* pdftotext without -layout prints a two-column table column by column,
 * and a page's label columns often all before its value columns (項目, the
 * labels of section 1, of section 2…, then 内容 and the values of section
 * 1, of section 2…). A column of labels with no values right under it
 * waits in a queue; the next run of value lines that can be its values
 * (as many, or more where lines wrapped) pairs with the oldest waiting
 * column. A run is read only within PENDING_REACH lines of its labels.
 * pdftotext also prints a column of values before its labels: a run of
 * three values or more that no column takes waits too, for a later column
 * of as many labels whose fields its values fit. */
enum { PENDING_MAX = 16, PENDING_REACH = 160, RUN_MAX = 64, FITS_PER_DOCUMENT = 4096 };
typedef struct {
  size_t at[PENDING_MAX], k[PENDING_MAX], n; /* label columns: first line, labels */
  uint64_t wrap[PENDING_MAX]; /* bit j: label line j goes on on line j + 1 */
  const char *section[PENDING_MAX]; /* the heading a column stands under */
  size_t seen;                /* lines before it are in a column */
  size_t run_at[PENDING_MAX], run_n[PENDING_MAX], runs; /* value runs before their labels */
  size_t fits_left; /* value_fits checks this document may still make (run_fits) */
} pending_columns;

/* Does a label line open a bracket it does not close (SLA(サービス品質保)?
 * Then the label wrapped onto the next line. */
static int bracket_open(const char *s, size_t n, char open, char close) {
  int depth = 0;
  for (size_t i = 0; i < n; i++)
    depth += (s[i] == open) - (s[i] == close && depth > 0);
  return depth > 0;
}

static int open_bracket(const char *s, size_t n) { return bracket_open(s, n, '(', ')'); }

/* A required marker alone (必須, 選択): a cell of the marker column. */
static int marker_line(const jn_text_line *t) {
  const char *req;
  return t->n && jn__sheet_marker(t->p, t->n, &req) >= t->n;
}

/* The role of the column header (項目, 内容) on the last non-blank line
 * before i, JN_COL_NONE when that line is none. */
static int header_above(const jn_text_lines *tl, size_t i) {
  while (i > 0 && !tl->s[i - 1].n)
    i--;
  return !i                         ? JN_COL_NONE
         : marker_line(&tl->s[i - 1]) ? JN_COL_MARKER
                                      : jn__roles_word(tl->s[i - 1].p, tl->s[i - 1].n);
}

/* A column of labels starting at i: label cells up to a blank line, with
 * a label-role header above them, or three naming fields. Its length. */
static size_t label_column(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  size_t k = 0, named = 0;
  while (i + k < tl->n && k < RUN_MAX &&
         (line_kind(rd, &tl->s[i + k]) & (LINE_LABEL_CELL | LINE_ROLE_WORD)) == LINE_LABEL_CELL)
    named += bare_label(rd, &tl->s[i + k++]);
  if (!named || (i + k < tl->n && tl->s[i + k].n && !section_number(tl->s[i + k].p, tl->s[i + k].n)))
    return 0; /* the column ends at a blank line or the next section's number */
  int role = header_above(tl, i);
  return role == JN_COL_LABEL || role == JN_COL_QUESTION || named == k ||
                 (named >= 3 && named * 3 >= k)
             ? k
             : 0;
}

/* A page's number as a printed page shows it (3, 1/2). */
static int page_mark(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && (digit(s[k]) || s[k] == '/'))
    k++;
  return n && k == n && n <= 7;
}

/* Where a run of values stops: a blank line, a column header (内容), a
 * heading, a section or page number. */
static int run_stop(const jn_text_line *t) {
  return !t->n || jn__roles_word(t->p, t->n) || marker_line(t) || section_number(t->p, t->n) ||
         page_mark(t->p, t->n) || jn__sheet_heading(t->p, t->n);
}

/* A run of value lines starting at i, from one stop to the next, that is
 * not a column of labels or questions itself: its length. */
static size_t value_run(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  size_t k = 0, labels = 0, named = 0;
  if (i > 0 && !run_stop(&tl->s[i - 1]))
    return 0;
  for (; i + k < tl->n && k < RUN_MAX && !run_stop(&tl->s[i + k]); k++) {
    const jn_text_line *t = &tl->s[i + k];
    labels += label_cell(rd, t) && !has_digit(t->p, t->n);
    named += field_share(rd, t->p, t->n) > 0;
  }
  size_t e = i + k;
  while (e < tl->n && !tl->s[e].n)
    e++;
  /* labels, questions (each naming a field), or the cells before the
   * marker column (必須, 選択), which stands between questions and answers */
  return labels == k || named == k || (e < tl->n && marker_line(&tl->s[e])) ? 0 : k;
}

/* Could the value be the field the label names? Only a figure of another
 * kind rules it out (spec §7: the field's type decides): a money field's
 * value holding figures but no money, a date's holding no date. Words
 * alone (なし, 非公開, オープン価格) fit any field, as does any value of a
 * label that names none or a field a figure does not decide. */
static int value_fits(jn_sheet_reader *rd, const char *l, size_t ln, const char *v, size_t vn) {
  int f;
  if (!has_digit(v, vn) || best_field(rd, l, ln, &f) <= 4 || f < 0 ||
      (size_t)f >= rd->ctx->lex.n_fields)
    return 1;
  unsigned want = 0;
  switch (rd->ctx->lex.fields[f].type_id) {
  case JN_FT_MONEY: want = 1u << JN_MENTION_MONEY; break;
  case JN_FT_DATE: want = 1u << JN_MENTION_DATE | 1u << JN_MENTION_PERIOD; break;
  case JN_FT_PERCENT: want = 1u << JN_MENTION_PERCENT; break;
  case JN_FT_PHONE: want = 1u << JN_MENTION_PHONE; break;
  case JN_FT_EMAIL: want = 1u << JN_MENTION_EMAIL; break;
  case JN_FT_HOURS: want = 1u << JN_MENTION_HOURS; break;
  case JN_FT_QUANTITY:
    want = 1u << JN_MENTION_QUANTITY | 1u << JN_MENTION_NUMBER | 1u << JN_MENTION_INTERVAL;
    break;
  default: return 1;
  }
  jn_mentions *ms = NULL;
  if (jn_scan(&ms, rd->ctx, v, vn, 0, NULL) != JN_OK)
    return 1;
  int fits = 0;
  for (size_t i = 0; i < jn_mentions_count(ms) && !fits; i++)
    fits = (want >> jn_mentions_at(ms, i)->type) & 1;
  jn_mentions_free(ms);
  return fits;
}

enum { RUN_EXTRA_MAX = 2 };

/* Of two lines of a run, which is likelier to go on to the next: the
 * wider, and between two as wide (a column apart: a wide character does
 * not fit a column's last cell), the one whose next line is shorter, as
 * the tail of a wrapped cell is. */
static int wraps_sooner(const size_t *width, size_t a, size_t b) {
  if (width[a] > width[b] + 1 || width[a] + 1 < width[b])
    return width[a] > width[b];
  return width[a + 1] < width[b + 1];
}

/* Which of the run's nv lines go on to the next: nv - k of them, the
 * longest, each as long as the run's longest but a quarter (a cell
 * wraps where its column is full). Failing that, the lines that visibly
 * go on (that long and not ending a sentence, or leaving a bracket open)
 * when they leave one or two values more than the column has labels: the
 * column's values come first, the run's last lines are another table's
 * (a refund table's bands under the SLA's rows). 0 when the run cannot be
 * k values. */
static int wrapped_lines(const jn_text_lines *tl, size_t i, size_t nv, size_t k,
                         unsigned char *joins) {
  size_t len[RUN_MAX], most = 0;
  if (nv < k || nv > 3 * k)
    return 0;
  for (size_t j = 0; j < nv; j++) {
    len[j] = jn__text_width(tl->s[i + j].p, tl->s[i + j].n);
    most = len[j] > most ? len[j] : most;
    joins[j] = 0;
  }
  size_t w = 0;
  for (; w < nv - k; w++) {
    size_t best = nv;
    for (size_t j = 0; j + 1 < nv; j++)
      if (!joins[j] && (best == nv || wraps_sooner(len, j, best)))
        best = j;
    if (best == nv || len[best] * 4 < most * 3)
      break;
    joins[best] = 1;
  }
  if (w == nv - k)
    return 1;
  size_t values = nv;
  for (size_t j = 0; j + 1 < nv; j++) {
    const jn_text_line *t = &tl->s[i + j];
    joins[j] = open_bracket(t->p, t->n) ||
               (len[j] * 4 >= most * 3 && !(t->n >= 3 && !memcmp(t->p + t->n - 3, "。", 3)));
    values -= joins[j];
  }
  return values >= k && values - k <= RUN_EXTRA_MAX;
}

/* The column of k labels at line at (bit j of wrap: label line j goes on
 * on the next) beside the run of nv value lines at i, joined as joins[]
 * says: when `add`, each label with its value becomes a pair (returns 0,
 * -1 when memory ran out); else the pairs whose value cannot be the
 * label's field are counted (value_fits). */
static int walk_run(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, size_t nv, size_t at,
                    size_t k, uint64_t wrap, const unsigned char *joins, int add) {
  size_t v = i, l = at;
  int misfits = 0;
  for (size_t j = 0; j < k; j++) {
    jn_buf value = JN_BUF_INIT, label = JN_BUF_INIT;
    do
      jn__buf_put(&value, tl->s[v].p, tl->s[v].n);
    while (joins[v++ - i] && v < i + nv);
    uint64_t line = tl->s[l].line;
    do
      jn__buf_put(&label, tl->s[l].p, tl->s[l].n);
    while ((wrap >> (l++ - at)) & 1);
    int rc = value.failed || label.failed ? -1 : 0;
    if (rc == 0 && add)
      rc = add_row(rd, "pair", label.data, label.len, label.data, label.len, value.data,
                   value.len, line);
    else if (rc == 0)
      misfits += !value_fits(rd, label.data, label.len, value.data, value.len);
    jn__buf_free(&value);
    jn__buf_free(&label);
    if (rc)
      return rc;
  }
  return add ? 0 : misfits;
}

/* The k labels at `at` and more value lines than labels, one run of them:
 * when the lines that wrapped can be told (wrapped_lines) and every value
 * then fits its label's field, label and value pair by order (returns 1;
 * *rc -1 when memory ran out), as a string's field cannot choose among
 * the values near its place. */
static int wrapped_block(jn_sheet_reader *rd, const jn_text_lines *tl, size_t at, size_t k,
                         const size_t *vals, size_t nv) {
  unsigned char joins[RUN_MAX];
  if (nv <= k || nv > RUN_MAX || vals[nv - 1] - vals[0] + 1 != nv ||
      !wrapped_lines(tl, vals[0], nv, k, joins) ||
      walk_run(rd, tl, vals[0], nv, at, k, 0, joins, 0) != 0)
    return 0;
  return walk_run(rd, tl, vals[0], nv, at, k, 0, joins, 1) == 0;
}

/* Pairs the waiting column c with the run of nv lines at i. */
static int pair_run(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, size_t nv,
                    const pending_columns *pc, size_t c, const unsigned char *joins) {
  const char *section = rd->section; /* the pairs read under their labels' heading */
  rd->section = pc->section[c];
  int rc = walk_run(rd, tl, i, nv, pc->at[c], pc->k[c], pc->wrap[c], joins, 1);
  rd->section = section;
  return rc;
}

/* The longest lines are not always the wrapped ones (a URL wider than its
 * column ends a value): when the values they give do not fit, the other
 * choices of nv - k lines to go on in a short run are tried, longest
 * first, a line leaving a bracket open always among them. joins[] gets the
 * first that fits. */
enum { OTHER_JOINS_MAX_LINES = 12, OTHER_JOINS_TRIES = 64 };
typedef struct {
  unsigned mask;
  size_t len;
} join_choice;

static int longer_choice(const void *a, const void *b) {
  const join_choice *x = a, *y = b;
  return x->len < y->len ? 1 : x->len > y->len ? -1 : (x->mask > y->mask) - (x->mask < y->mask);
}

static int other_joins(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, size_t nv,
                       pending_columns *pc, size_t c, unsigned char *joins) {
  size_t k = pc->k[c];
  if (nv <= k || nv > OTHER_JOINS_MAX_LINES)
    return 0;
  join_choice ch[1u << (OTHER_JOINS_MAX_LINES - 1)];
  size_t n = 0, len[OTHER_JOINS_MAX_LINES];
  unsigned forced = 0;
  for (size_t j = 0; j + 1 < nv; j++) {
    len[j] = chars(tl->s[i + j].p, tl->s[i + j].n);
    forced |= (unsigned)open_bracket(tl->s[i + j].p, tl->s[i + j].n) << j;
  }
  for (unsigned m = 0; m < 1u << (nv - 1); m++) {
    if ((size_t)__builtin_popcount(m) != nv - k || (m & forced) != forced)
      continue;
    ch[n].mask = m, ch[n].len = 0;
    for (size_t j = 0; j + 1 < nv; j++)
      ch[n].len += (m >> j & 1) ? len[j] : 0;
    n++;
  }
  qsort(ch, n, sizeof ch[0], longer_choice);
  for (size_t t = 0; t < n && t < OTHER_JOINS_TRIES && pc->fits_left > 0; t++, pc->fits_left--) {
    for (size_t j = 0; j < nv; j++)
      joins[j] = (unsigned char)(j + 1 < nv && (ch[t].mask >> j & 1));
    int misfits = walk_run(rd, tl, i, nv, pc->at[c], k, pc->wrap[c], joins, 0);
    if (misfits <= 0)
      return misfits == 0;
  }
  return 0;
}

/* Can the run of nv lines at i be column c's values: as many once wrapped
 * lines are joined, none of another field's kind? */
static int run_fits(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, size_t nv,
                    pending_columns *pc, size_t c, unsigned char *joins) {
  if (!wrapped_lines(tl, i, nv, pc->k[c], joins) || pc->fits_left == 0)
    return 0; /* out of checks: a document of many columns pairs none more */
  pc->fits_left--;
  int misfits = walk_run(rd, tl, i, nv, pc->at[c], pc->k[c], pc->wrap[c], joins, 0);
  return misfits == 0 || (misfits > 0 && other_joins(rd, tl, i, nv, pc, c, joins));
}

/* At line i: a column of labels joins the queue, or a run of values is
 * paired with the oldest column. The lines stay for the other readers. */
static void drop_oldest(pending_columns *pc) {
  memmove(pc->at, pc->at + 1, (pc->n - 1) * sizeof pc->at[0]);
  memmove(pc->k, pc->k + 1, (pc->n - 1) * sizeof pc->k[0]);
  memmove(pc->wrap, pc->wrap + 1, (pc->n - 1) * sizeof pc->wrap[0]);
  memmove(pc->section, pc->section + 1, (pc->n - 1) * sizeof pc->section[0]);
  pc->n--;
}

static void drop_run(pending_columns *pc, size_t r) {
  memmove(pc->run_at + r, pc->run_at + r + 1, (pc->runs - r - 1) * sizeof pc->run_at[0]);
  memmove(pc->run_n + r, pc->run_n + r + 1, (pc->runs - r - 1) * sizeof pc->run_n[0]);
  pc->runs--;
}

/* The column just queued (the last) meets a run of values that came
 * before it: the oldest waiting run of as many lines (wrapped lines would
 * make anything fit: a title and its preamble) that it fits is paired
 * with it. */
static int values_before(jn_sheet_reader *rd, const jn_text_lines *tl, pending_columns *pc) {
  size_t c = pc->n - 1;
  unsigned char joins[RUN_MAX];
  if (pc->k[c] < 3)
    return 0;
  for (size_t r = 0; r < pc->runs; r++) {
    if (pc->run_n[r] != pc->k[c] || !run_fits(rd, tl, pc->run_at[r], pc->run_n[r], pc, c, joins))
      continue;
    int rc = pair_run(rd, tl, pc->run_at[r], pc->run_n[r], pc, c, joins);
    drop_run(pc, r);
    pc->n--; /* the column has its values */
    return rc;
  }
  return 0;
}

/* Is there a heading between lines a and b (第4条 サポート)? Then the column
 * at b is a table of its own, not the questions beside the column at a. */
static int heading_between(const jn_text_lines *tl, size_t a, size_t b) {
  for (size_t j = a + 1; j < b && j < tl->n; j++)
    if (tl->s[j].n && jn__sheet_heading(tl->s[j].p, tl->s[j].n))
      return 1;
  return 0;
}

static int column_queue(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i,
                        pending_columns *pc) {
  if (i < pc->seen)
    return 0;
  while (pc->n && pc->at[0] + PENDING_REACH < i) /* too far: forgotten */
    drop_oldest(pc);
  while (pc->runs && pc->run_at[0] + PENDING_REACH < i)
    drop_run(pc, 0);
  size_t k = label_column(rd, tl, i);
  if (k) {
    pc->seen = i + k;
    if (pc->n == PENDING_MAX)
      return 0;
    uint64_t wrap = 0;
    size_t labels = k;
    for (size_t j = 0; j + 1 < k; j++)
      if (open_bracket(tl->s[i + j].p, tl->s[i + j].n))
        wrap |= (uint64_t)1 << j, labels--;
    pc->at[pc->n] = i, pc->k[pc->n] = labels, pc->section[pc->n] = rd->section;
    pc->wrap[pc->n++] = wrap;
    return values_before(rd, tl, pc);
  }
  size_t nv = value_run(rd, tl, i);
  if (!nv)
    return 0;
  pc->seen = i + nv;
  /* the oldest column with as many labels as the run has lines, else the
   * oldest whose values wrapped onto the run's other lines, the run's
   * values fitting its fields; the columns before it had their values
   * elsewhere. One or two lines alone may be anything (a page's footer):
   * only under a column header or a marker. */
  int head = header_above(tl, i), headed = head == JN_COL_ANSWER || head == JN_COL_MARKER;
  unsigned char joins[RUN_MAX];
  size_t take = pc->n;
  for (size_t c = 0; c < pc->n && take == pc->n; c++)
    if (pc->k[c] == nv && (nv > 2 || headed) && run_fits(rd, tl, i, nv, pc, c, joins))
      take = c;
  for (size_t c = 0; c < pc->n && take == pc->n; c++) /* (as many: tried just above) */
    if (pc->k[c] != nv && (pc->k[c] > 2 || headed) && run_fits(rd, tl, i, nv, pc, c, joins))
      take = c;
  size_t shy = pc->n; /* a column a few values short: pdftotext moved its first rows away */
  for (size_t c = 0; c < pc->n && take == pc->n && shy == pc->n; c++)
    if (!pc->wrap[c] && nv >= 3 && pc->k[c] > nv && pc->k[c] - nv <= 3)
      shy = c;
  if (take == pc->n && shy < pc->n) {
    size_t vals[RUN_MAX];
    for (size_t v = 0; v < nv; v++)
      vals[v] = i + v;
    const char *section = rd->section;
    rd->section = pc->section[shy];
    int rc = pair_near(rd, tl, pc->at[shy], pc->k[shy], vals, nv);
    rd->section = section;
    for (size_t d = 0; d <= shy; d++)
      drop_oldest(pc);
    return rc;
  }
  if (take == pc->n) {
    /* the values under a column header (内容) that cannot be the oldest
     * column's were its values all the same, unreadable: it waits no more */
    if (nv >= 2 && head == JN_COL_ANSWER && pc->n)
      drop_oldest(pc);
    else if (nv >= 3 && pc->runs < PENDING_MAX) /* its labels may come after it */
      pc->run_at[pc->runs] = i, pc->run_n[pc->runs++] = nv;
    return 0;
  }
  int rc = pair_run(rd, tl, i, nv, pc, take, joins); /* joined as run_fits found */
  /* the columns before it are forgotten, and with it the column of its
   * rows' questions beside it (as many lines, right after it) */
  size_t end = take + 1;
  while (end < pc->n && pc->k[end] == pc->k[take] && !heading_between(tl, pc->at[end - 1], pc->at[end]))
    end++;
  while (end-- > 0)
    drop_oldest(pc);
  return rc;
}

/* Pairs found while the tables are read wait until the end, so that the
 * rows of the form stay together (extract_assign.c reads runs of them). */
static int defer_pair(jn_sheet_reader *rd, const char *l, size_t ln, const char *a, size_t an,
                      uint64_t line, const char *section);

/* Does a heading head definitions of terms (用語の定義, 障害の定義), not
 * levels (サービスレベル定義: the whole document)? */
static int defines_terms(const char *h) {
  size_t n = strlen(h), k = strlen("の定義");
  return jn__sheet_find(h, n, "用語") || (n >= k && !memcmp(h + n - k, "の定義", k));
}

/* Does a column's header name the plan (スタンダード, スタンダードプラン)? */
static int plan_column(const char *plan, size_t pn, const char *head, size_t hn) {
  size_t k = pn < hn ? pn : hn;
  return k >= 3 && !memcmp(plan, head, k);
}

/* Does the heading name a plan (it ends in a word of dict/words.tsv
 * "plan_word": ライトプラン, スタンダードコース) other than the one the
 * document says is contracted? What it lists is that plan's. */
static int other_plan(const jn_sheet_reader *rd, const char *h) {
  size_t n = strlen(h);
  return rd->plan && jn__words_end(&rd->ctx->lex, JN_WORDS_PLAN_WORD, h, n) &&
         !plan_column(rd->plan, rd->plan_len, h, n);
}

/* Would the heading's own words take the pair from the field its label
 * names (サポート窓口のご案内 over サービス名 | …: the page's title, not the
 * row's)? The heading still reads as the pair's section. */
static int heading_takes_over(jn_sheet_reader *rd, const char *l, size_t ln, const char *joined,
                              size_t jn) {
  int own, heading_field, joined_field;
  if (!names_field(rd, l, ln) || !best_field(rd, joined, jn, &joined_field))
    return 0;
  best_field(rd, l, ln, &own);
  best_field(rd, rd->heading, strlen(rd->heading), &heading_field);
  return joined_field != own && joined_field == heading_field;
}

/* A pair of a loose row, labelled with the heading it stands under: a
 * label alone may say little (窓口, 取得間隔). */
static int defer_headed(jn_sheet_reader *rd, const char *l, size_t ln, const char *a, size_t an,
                        uint64_t line) {
  if (!rd->heading)
    return defer_pair(rd, l, ln, a, an, line, NULL);
  if (defines_terms(rd->heading))
    return 0; /* 用語の定義 | 「障害」 | 15分以上連続して…: a definition, no level (spec §7) */
  if (other_plan(rd, rd->heading))
    return 0; /* ライトプラン | 電話 | ご利用いただけません, the contract being another's */
  if (jn__sheet_names_period(rd, l, ln))
    /* 2026年2月 | 100.000%: a figure of that period, under whatever
     * heading stands above (稼働率の目標), not the heading's own value */
    return defer_pair(rd, l, ln, a, an, line, rd->heading);
  jn_buf label = JN_BUF_INIT;
  jn__buf_puts(&label, rd->heading);
  jn__buf_puts(&label, " ");
  jn__buf_put(&label, l, ln);
  if (!label.failed && heading_takes_over(rd, l, ln, label.data, label.len)) {
    jn__buf_free(&label);
    return defer_pair(rd, l, ln, a, an, line, rd->heading);
  }
  int rc = label.failed ? -1 : defer_pair(rd, label.data, label.len, a, an, line, NULL);
  jn__buf_free(&label);
  return rc;
}

/* Pairs wait in rd->deferred as three lines: label, value and the heading
 * they stand under (empty when they read without one). */
static int defer_pair(jn_sheet_reader *rd, const char *l, size_t ln, const char *a, size_t an,
                      uint64_t line, const char *section) {
  jn_text_lines *d = &rd->deferred;
  if (d->n + 3 > d->cap) {
    size_t cap = d->cap ? d->cap * 2 : 64;
    jn_text_line *p = realloc(d->s, cap * sizeof *p);
    if (!p)
      return -1;
    d->s = p, d->cap = cap;
  }
  const char *kl = jn__sheet_keep(rd->sh, l, ln), *ka = jn__sheet_keep(rd->sh, a, an);
  if (!kl || !ka)
    return -1;
  d->s[d->n++] = (jn_text_line){kl, ln, line, 0};
  d->s[d->n++] = (jn_text_line){ka, an, line, 0};
  d->s[d->n++] = (jn_text_line){section ? section : "", section ? strlen(section) : 0, line, 0};
  return 0;
}

int jn__sheet_is_period(const jn_ctx *ctx, const char *s, size_t n) {
  jn_mentions *ms = NULL;
  if (jn_scan(&ms, ctx, s, n, 0, NULL) != JN_OK)
    return 0;
  const jn_mention *m = jn_mentions_count(ms) == 1 ? jn_mentions_at(ms, 0) : NULL;
  int whole = m && (m->type == JN_MENTION_DATE || m->type == JN_MENTION_PERIOD) &&
              m->start == 0 && m->end == n;
  jn_mentions_free(ms);
  return whole;
}

int jn__sheet_names_period(jn_sheet_reader *rd, const char *s, size_t n) {
  return jn__sheet_is_period(rd->ctx, s, n);
}

/* Does the header cell name a field that is a list (株主名: the
 * shareholders)? */
int jn__sheet_names_list(jn_sheet_reader *rd, const char *s, size_t n) {
  int f;
  return best_field(rd, s, n, &f) > 4 && rd->ctx->lex.fields[f].type_id == JN_FT_LIST;
}

/* The rows' names under a header cell naming a list (株主名 | 持株数 | 持株
 * 比率: a company's major shareholders) are that list, one item a row: one
 * pair labelled by the header cell gathers them, parted by 、. */
static int list_name(jn_sheet_reader *rd, const char *head, size_t hn, const char *cell,
                     size_t cn, uint64_t line) {
  jn_sheet *sh = rd->sh;
  if (rd->list_row && rd->list_key == head && rd->list_row <= sh->n_rows) {
    jn_sheet_row *r = &sh->rows[rd->list_row - 1];
    r->answer = jn__sheet_join(sh, r->answer, "、", cell, cn);
    return r->answer ? 0 : -1;
  }
  if (add_row(rd, "pair", head, hn, head, hn, cell, cn, line) != 0)
    return -1;
  rd->list_row = sh->n_rows, rd->list_key = head;
  return 0;
}

int jn__sheet_attribute_row(jn_sheet_reader *rd, const char *const *head, const size_t *hn,
                            const char *const *cell, const size_t *cn, size_t k, uint64_t line) {
  /* the row's name: its first cell that is not an item number */
  size_t name = 0;
  const char *id;
  size_t idn;
  while (name < k && (!cn[name] || jn__sheet_item_id(cell[name], cn[name], &id, &idn)))
    name++;
  /* a row named by a month or a date (2026年9月 | 99.958% | 1) is one
   * period of a history: its figures are that period's, not the
   * service's (its target, its count of outages) */
  if (name < k && jn__sheet_names_period(rd, cell[name], cn[name]))
    return 0;
  if (name < k && hn[name] && jn__sheet_names_list(rd, head[name], hn[name]) &&
      list_name(rd, head[name], hn[name], cell[name], cn[name], line) != 0)
    return -1;
  /* a table comparing plans: only the contracted plan's column (the
   * document said which) speaks for the service */
  size_t plan = k;
  for (size_t c = 0; rd->plan && c < k && plan == k; c++)
    if (c != name && hn[c] && plan_column(rd->plan, rd->plan_len, head[c], hn[c]))
      plan = c;
  for (size_t c = 0; c < k; c++) {
    if (!cn[c] || !hn[c] || c == name || jn__sheet_item_id(cell[c], cn[c], &id, &idn) ||
        (plan < k && c != plan))
      continue;
    jn_buf label = JN_BUF_INIT;
    jn__buf_put(&label, head[c], hn[c]);
    if (name < k) {
      jn__buf_put(&label, " ", 1);
      jn__buf_put(&label, cell[name], cn[name]);
    }
    /* read under the heading above the table (バックアップ | 取得間隔) */
    int rc = label.failed ? -1
                          : defer_pair(rd, label.data, label.len, cell[c], cn[c], line, rd->heading);
    jn__buf_free(&label);
    if (rc != 0)
      return rc;
  }
  return 0;
}

/* "事業者名 東雲ネット株式会社": a label naming a field, a space, its
 * value, in one cell. The label's length, 0 when the cell is no such pair. */
static size_t spaced_label(jn_sheet_reader *rd, const char *s, size_t n) {
  const char *sp = memchr(s, ' ', n);
  size_t k = sp ? (size_t)(sp - s) : 0;
  if (!k || k + 1 >= n || chars(s, k) > 12 || has_digit(s, k) || !names_field(rd, s, k))
    return 0;
  return k;
}

/* The same in a line of text: where its value starts, 0 when none. */
static size_t spaced_value(jn_sheet_reader *rd, const char *s, size_t n, size_t *label_len) {
  size_t k = spaced_label(rd, s, n), v = k;
  while (v < n && s[v] == ' ')
    v++;
  *label_len = k;
  /* "設立年・事業年数 事業者の設立年(西暦)": a label and its question, whose
   * value is on a line of its own */
  if (!k || names_field(rd, s + v, n - v) || asks(rd, s + v, n - v))
    return 0;
  return v;
}

/* Does a value line stand under line i (label line, value line: "事業者名
 * 事業者の正式名称(商号)" then "東雲ネット株式会社"), rather than a blank
 * line or another pair? Then line i is a label and its question. */
static int value_below(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  if (i + 1 >= tl->n || !tl->s[i + 1].n)
    return 0;
  const jn_text_line *t = &tl->s[i + 1];
  size_t ln, a;
  const char *req;
  if (t->item || marker_between(t->p, t->n, &req, &a))
    return 0; /* the next item's row, its marker inside (lynx: "37 解約時ペナ
                 ルティ 解約時違約金の有無 必須 無し") */
  return !pair_split(t->p, t->n, &ln, 0) && !spaced_label(rd, t->p, t->n) &&
         t->p[0] != '#' && !jn__sheet_heading(t->p, t->n); /* a heading is no value */
}

/* A label line naming a field, its value on the next line, and after it
 * a blank line, another such label or a sentence: the value is that one
 * line, not a block running on. */
static int one_line_value(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  const char *req;
  const jn_text_line *v = i + 1 < tl->n ? &tl->s[i + 1] : NULL;
  if (!v || !v->n || v->item || !bare_label(rd, &tl->s[i]) || digit(tl->s[i].p[0]) ||
      bare_label(rd, v) ||
      (chars(v->p, v->n) <= 16 && !has_digit(v->p, v->n) && field_share(rd, v->p, v->n)) ||
      jn__sheet_sentence(tl->s[i + 1].p, tl->s[i + 1].n) ||
      jn__sheet_marker_led(tl->s[i + 1].p, tl->s[i + 1].n, &req) ||
      (i + 2 < tl->n && jn__sheet_marker_led(tl->s[i + 2].p, tl->s[i + 2].n, &req)))
    return 0; /* the browser copy's label, question and marker-led answer */
  if (i + 2 >= tl->n || !tl->s[i + 2].n)
    return 1;
  const jn_text_line *after = &tl->s[i + 2];
  return bare_label(rd, after) || jn__sheet_sentence(after->p, after->n);
}

/* A line that asks and holds no answer: a label naming a field, or a
 * question (dict/patterns.tsv "question"), which may be a sentence
 * (…以下より選択する。①…④); never "label: value" nor "label value".
 * `field`: it must be about a field of the catalogue. */
static int asked_only(jn_sheet_reader *rd, const jn_text_line *t, int field) {
  size_t ln;
  if (!t->n || strip_prefix(t->p, t->n) || chars(t->p, t->n) > 320 ||
      pair_split(t->p, t->n, &ln, 0) || spaced_value(rd, t->p, t->n, &ln))
    return 0;
  if (chars(t->p, t->n) <= 120 && not_sentence(t->p, t->n) && !has_digit(t->p, t->n) &&
      names_field(rd, t->p, t->n)) /* 国内(2拠点のデータセンター) is a value */
    return 1;
  return (!field || field_share(rd, t->p, t->n)) && asks(rd, t->p, t->n);
}

/* Such a line alone between blank lines, the next paragraph led by another
 * question or by a marked heading: the item was asked and left unanswered, as a
 * record of label lines and value lines prints an empty answer (a blank,
 * spec §4). */
static int restates(jn_sheet_reader *rd, const jn_text_line *l, const jn_text_line *v);
static int unanswered(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  if ((i && tl->s[i - 1].n) || i + 2 >= tl->n || tl->s[i + 1].n || !tl->s[i + 2].n)
    return 0;
  const jn_text_line *next = &tl->s[i + 2];
  return asked_only(rd, &tl->s[i], 1) && !restates(rd, &tl->s[i], next) &&
         (asked_only(rd, next, 0) ||
          (!digit(next->p[0]) && jn__sheet_heading(next->p, next->n))); /* ■, ## */
}

/* Does value line v name the field its label line l names, in other
 * words ("消火設備" / "窒素ガス消火設備", "直撃雷対策" / "避雷針を設置"): an
 * answer that says what the item is, not the next label? */
static int restates(jn_sheet_reader *rd, const jn_text_line *l, const jn_text_line *v) {
  int fl, fv;
  if (l->n == v->n && !memcmp(l->p, v->p, l->n))
    return 0;
  return best_field(rd, l->p, l->n, &fl) > 4 && best_field(rd, v->p, v->n, &fv) && fl == fv;
}

/* A value that shows itself as one: it opens with a telephone number, or
 * holds an address (e-mail, URL). */
static int value_shaped(const jn_text_line *v) {
  if (!v->n || v->item || memchr(v->p, ' ', v->n) == v->p)
    return 0;
  size_t i = 0, groups = 0; /* a telephone number: 082-555-4400 */
  while (i < v->n && (digit(v->p[i]) || v->p[i] == '-'))
    groups += v->p[i] == '-' && i > 0 && digit(v->p[i - 1]), i++;
  return groups >= 2 || memchr(v->p, '@', v->n) || jn__sheet_starts(v->p, v->n, "http");
}

/* A label line, a blank line, then its value's lines (pdftotext prints
 * each cell of a two-column table as a paragraph of its own): where the
 * value ends, 0 when line i is no such label. */
static size_t value_past_blank(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  const char *req;
  if (i + 2 >= tl->n || tl->s[i + 1].n || digit(tl->s[i].p[0]))
    return 0;
  const jn_text_line *v = &tl->s[i + 2];
  /* a short label naming no field (メール, 代表電話) pairs with a value that
   * shows itself as one: the heading above may name the field. A value
   * line that opens with the label and a colon (運営会社 / "" / 運営会社:
   * 架空株式会社) is a pair of its own under a heading of its label */
  const jn_text_line *l = &tl->s[i];
  if (!bare_label(rd, l) && !(label_cell(rd, l) && chars(l->p, l->n) >= 2 &&
                              !jn__sheet_marker_led(l->p, l->n, &req) && value_shaped(v)))
    return 0;
  if (!v->n || v->item || (bare_label(rd, v) && !restates(rd, &tl->s[i], v)) ||
      (v->n > l->n && !memcmp(v->p, l->p, l->n) && v->p[l->n] == ':') ||
      jn__roles_word(v->p, v->n) || jn__sheet_heading(v->p, v->n) ||
      section_number(v->p, v->n) || jn__sheet_marker_led(v->p, v->n, &req) || asks(rd, v->p, v->n))
    return 0;
  size_t e = block_end(tl, i + 2);
  /* the next label with its blank line under it starts the next pair
   * (html2text: "認定番号" / "" / "    0999-2401" / "サービス名称" / "") */
  for (size_t j = i + 3; j + 1 < e + 1 && j + 1 < tl->n; j++)
    if (!tl->s[j + 1].n && bare_label(rd, &tl->s[j])) {
      e = j;
      break;
    }
  return e > i + 2 ? e : 0; /* a bullet or an item number starts no value */
}

/* A row of cells outside any table the reader knows (no item number, no
 * header row): a label and its value (取得間隔 | 1時間ごと), two such pairs
 * side by side (設立 | 1998年4月 | 資本金 | 3億円), or cells that each read
 * as a line of their own ("事業者名 東雲ネット株式会社"). */
int jn__sheet_loose_row(jn_sheet_reader *rd, const jn_cells *c, uint64_t line) {
  const char *cell[JN_MAX_CELLS];
  size_t cn[JN_MAX_CELLS], col[JN_MAX_CELLS], k = 0;
  for (size_t i = 0; i < c->n; i++)
    if (c->len[i])
      cell[k] = c->p[i], cn[k] = c->len[i], col[k++] = i;
  /* "事業者名 東雲ネット株式会社 | 法人番号 3601…": each cell a pair */
  size_t ln[JN_MAX_CELLS], own = 0;
  for (size_t i = 0; i < k; i++)
    own += (ln[i] = spaced_label(rd, cell[i], cn[i])) > 0;
  for (size_t i = 0; own == k && i < k; i++) {
    size_t v = ln[i];
    while (v < cn[i] && cell[i][v] == ' ')
      v++;
    if (defer_headed(rd, cell[i], ln[i], cell[i] + v, cn[i] - v, line) != 0)
      return -1;
  }
  if (k && own == k)
    return 0;
  /* "会社名: 架空ロジ株式会社 | 記入日: 2024/07/08": each cell a pair too */
  size_t colon = 0, at[JN_MAX_CELLS];
  for (size_t i = 0; i < k; i++)
    colon += (at[i] = pair_split(cell[i], cn[i], &ln[i], 0)) > 0;
  for (size_t i = 0; k >= 2 && colon == k && i < k; i++)
    if (defer_headed(rd, cell[i], ln[i], cell[i] + at[i], cn[i] - at[i], line) != 0)
      return -1;
  if (k >= 2 && colon == k)
    return 0;
  /* two cells: the table says which is which, the label may be a whole
   * question; side by side pairs need labels that read as labels */
  int paired = k >= 2 && k % 2 == 0;
  for (size_t i = 0; paired && i < k; i += 2)
    paired = k == 2 ? chars(cell[i], cn[i]) <= 80 && not_sentence(cell[i], cn[i])
                    : chars(cell[i], cn[i]) <= 24 && not_sentence(cell[i], cn[i]) &&
                          !has_digit(cell[i], cn[i]);
  for (size_t i = 0; paired && i < k; i += 2) {
    const char *heading = rd->heading; /* the table beside reads under its own */
    if (rd->side_heading && col[i] >= rd->side_from)
      rd->heading = rd->side_heading;
    int rc = defer_headed(rd, cell[i], cn[i], cell[i + 1], cn[i + 1], line);
    rd->heading = heading;
    if (rc != 0)
      return -1;
  }
  for (size_t i = 0; !paired && i < k; i++)
    if (jn__sheet_note_text(rd, cell[i], cn[i], line) != 0 || jn__sheet_note_text(rd, "", 0, line))
      return -1;
  return 0;
}

/* A table flattened to one cell per line (LAYOUTS.md §4): a header of k
 * short lines, then rows of k lines each starting with its number 1, 2, 3…
 * (blank lines between cells aside). Each cell becomes a pair labelled by
 * its column's header and its row's name. Returns the lines taken. */
enum { FLAT_MAX_COLS = 12 };

static int id_value(const jn_text_line *t) {
  const char *id;
  size_t idn;
  if (!t->n || !jn__sheet_item_id(t->p, t->n, &id, &idn) || idn > 3)
    return -1;
  int v = 0;
  for (size_t i = 0; i < idn && digit(id[i]); i++)
    v = v * 10 + id[i] - '0';
  return v;
}

static size_t flattened_table(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, int *rc) {
  size_t nb[4 * FLAT_MAX_COLS]; /* the next non-blank lines from i */
  size_t m = 0;
  for (size_t j = i; j < tl->n && m < sizeof nb / sizeof nb[0]; j++)
    if (tl->s[j].n)
      nb[m++] = j;
  for (size_t k = 2; k <= FLAT_MAX_COLS && 2 * k < m; k++) {
    /* header nb[0..k), first row nb[k..2k) numbered 1, the next numbered 2 */
    if (id_value(&tl->s[nb[k]]) != 1 || (2 * k < m && id_value(&tl->s[nb[2 * k]]) != 2))
      continue;
    int ok = 1;
    for (size_t c = 0; c < k && ok; c++)
      ok = label_like(tl->s[nb[c]].p, tl->s[nb[c]].n) && id_value(&tl->s[nb[c]]) < 0;
    if (!ok)
      continue;
    const char *head[FLAT_MAX_COLS], *cell[FLAT_MAX_COLS];
    size_t hn[FLAT_MAX_COLS], cn[FLAT_MAX_COLS];
    for (size_t c = 0; c < k; c++)
      head[c] = tl->s[nb[c]].p, hn[c] = tl->s[nb[c]].n;
    /* rows, for as long as they come numbered in turn */
    size_t j = nb[k], taken = nb[k];
    for (int row = 1; *rc == 0; row++) {
      size_t got = 0, at = j;
      while (at < tl->n && got < k) {
        if (tl->s[at].n) {
          cell[got] = tl->s[at].p, cn[got] = tl->s[at].n;
          if (got > 0 && id_value(&tl->s[at]) == row + 1)
            break; /* a short row: the next one starts */
          got++;
        }
        at++;
      }
      if (got < 2 || id_value(&tl->s[j]) != row)
        break;
      *rc = jn__sheet_attribute_row(rd, head, hn, cell, cn, got, tl->s[j].line);
      taken = at;
      while (at < tl->n && !tl->s[at].n)
        at++;
      j = at;
      if (j >= tl->n)
        break;
    }
    return taken > i ? taken - i : 0;
  }
  return 0;
}

/* Words, not a code or a date: four kana or kanji at least (2023/11/1 or
 * はい states nothing beside its own row's field). */
static int wordy(const char *s, size_t n) {
  size_t words = 0;
  for (size_t i = 0; i + 2 < n && words < 4; i++) {
    unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
    words += (a == 0xE3 && b >= 0x81 && b <= 0x83) /* U+3040–U+30FF */
             || (a >= 0xE4 && a <= 0xE9);          /* U+4000–U+9FFF */
  }
  return words >= 4;
}

/* Text read as sentences after the label it stands under (a pair's label
 * or a row's topic, NULL for none): "解約 解約を希望する月の末日の10日前まで
 * に…", "バックアップ 6時間ごとに取得し、7日間保持". */
static int labelled_sentences(jn_sheet_reader *rd, const char *label, size_t ln, const char *s,
                              size_t n, uint64_t line) {
  jn_buf both = JN_BUF_INIT;
  if (label) {
    jn__buf_put(&both, label, ln);
    jn__buf_put(&both, " ", 1);
  }
  jn__buf_put(&both, s, n);
  int rc = both.failed ? -1 : sentence_rows(rd, both.data, both.len, line);
  jn__buf_free(&both);
  return rc;
}

/* The lines of a cell, each a "label: value" pair (設立: 2017年8月) or
 * sentences. */
static int cell_lines(jn_sheet_reader *rd, const char *topic, const char *c, uint64_t line) {
  int rc = 0;
  for (const char *p = c; *p && rc == 0;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p), ln, v;
    int pair = (v = pair_split(p, n, &ln, 0)) != 0 && label_like(p, ln) &&
               !jn__sheet_not_a_level(rd, p, n);
    if (pair)
      rc = add_row(rd, "pair", p, ln, p, ln, p + v, n - v, line);
    /* a pair whose label names no field (受電: 異なる変電所から2系統受電)
     * reads as a sentence too, after the row's own label when that names
     * only a topic (バックアップ | 6時間ごとに取得し、7日間保持) */
    if (rc == 0 && (!pair || !field_share(rd, p, ln)) && wordy(p, n))
      rc = labelled_sentences(rd, topic, topic ? strlen(topic) : 0, p, n, line);
    p += n + (nl != NULL);
  }
  return rc;
}

/* A table's answer and remark cells are prose too (spec §7): "受電 |
 * 同一変電所から2回線で受電" states the feeds under a label that names no
 * field, "バックアップ | 日次で取得し7世代保管" a second fact beside its own,
 * a remark "設立: 2017年8月" a fact of its own. Each line of them is also
 * read as a pair or as sentences, which fill only fields no table row
 * answers (extract_assign.c). */
static int answer_sentences(jn_sheet_reader *rd) {
  size_t n = jn_sheet_row_count(rd->sh);
  const char *section = rd->section;
  int rc = 0;
  for (size_t r = 0; r < n && rc == 0; r++) {
    const jn_sheet_row *row = jn_sheet_row_at(rd->sh, r);
    if (strcmp(row->anchor, "row") != 0)
      continue;
    const char *a = row->answer, *remark = row->remark; /* kept: stay when rows grow */
    const char *q = row->question;
    const char *topic = q && label_like(q, strlen(q)) && !field_share(rd, q, strlen(q)) ? q : NULL;
    uint64_t line = row->line;
    rd->section = row->section;
    if (a)
      rc = cell_lines(rd, topic, a, line);
    if (remark && rc == 0)
      rc = cell_lines(rd, topic, remark, line);
  }
  rd->section = section;
  return rc;
}

/* The widest line of the text as measure counts it: in characters, the
 * window a text browser wrapped its lines at (lynx counts characters, a
 * kanji as one), or in columns (jn__text_width: a kanji takes two), the
 * paper's width in a print that mixes ASCII and kanji. List items count
 * only in a text of nothing else: one the browser wrapped is joined back
 * into one line (sheet_hanging.c), wider than the window was. */
static size_t window_width(const jn_text_lines *tl, size_t (*measure)(const char *, size_t)) {
  size_t most = 0, items = 0;
  for (size_t i = 0; i < tl->n; i++) {
    size_t w = measure(tl->s[i].p, tl->s[i].n);
    if (strip_prefix(tl->s[i].p, tl->s[i].n))
      items = w > items ? w : items;
    else
      most = w > most ? w : most;
  }
  return most ? most : items;
}

/* Did the browser wrap line t before the line under it: did t reach
 * across most of the window, or would the next line's first word not have
 * fitted after it (lynx moves a long word without spaces, ①会計監査人に
 * よる…、②…, to a line of its own)? */
static int reaches_edge(const jn_text_line *t, const jn_text_line *next, size_t width) {
  size_t w = chars(t->p, t->n);
  if (w * 10 >= width * 7)
    return 1;
  const char *sp = next ? memchr(next->p, ' ', next->n) : NULL;
  size_t word = next ? chars(next->p, sp ? (size_t)(sp - next->p) : next->n) : 0;
  return next && w + 1 + word > width;
}

/* A row of a flattened table with no marker: a question naming a field,
 * a space, and a value that names none (lynx prints each table row on a
 * line). The question's length, where the value starts in *a; 0 when the
 * line is no such row. */
/* Does the text open as an answer does: with a yes/no word (有り、ウイルス
 * 定義ファイルは…の有無を確認し…; dict/polarity.tsv) or a figure? Then
 * question words later in it are the answer's. */
static int answer_opens(jn_sheet_reader *rd, const char *s, size_t n) {
  const jn_polar_word *w = jn__polar_at(&rd->ctx->lex, (const uint8_t *)s, n);
  /* a one-character word (有) counts with no ideograph after it (有無) */
  return digit(s[0]) || (w && (!w->alone || w->word_len == n || (unsigned char)s[w->word_len] < 0x80));
}

/* Does the text after a label open with a word naming the label's field
 * ("事業所数" then "事業所数(国内、国外) …": the question column restating
 * the item's label)? */
static int restated(jn_sheet_reader *rd, const char *label, size_t ln, const char *s, size_t n) {
  const char *sp = memchr(s, ' ', n);
  size_t w = sp ? (size_t)(sp - s) : n;
  int fl, fw;
  /* the question's words in brackets after the label's (事業所数(国内、
   * 国外)) make most of it: half its characters name the field */
  if (w == n || best_field(rd, label, ln, &fl) <= 4 || best_field(rd, s, w, &fw) < 4)
    return 0;
  return fl == fw || (w >= ln && !memcmp(s, label, ln));
}

static size_t question_then_value(jn_sheet_reader *rd, const char *s, size_t n, size_t *a) {
  size_t first = 0, first_v = 0, named = 0, named_v = 0;
  int depth = s[0] == '('; /* a space inside brackets splits nothing: (上位 5 株主程度) */
  for (size_t i = 1; i + 1 < n; i++) {
    depth += (s[i] == '(') - (s[i] == ')' && depth > 0);
    if (s[i] != ' ' || s[i - 1] == ' ' || depth > 0)
      continue;
    if (!field_share(rd, s, i))
      continue;
    size_t v = i + 1;
    while (v < n && s[v] == ' ')
      v++;
    if (v == n)
      break;
    const char *sp0 = memchr(s + v, ' ', n - v);
    size_t w0 = sp0 ? (size_t)(sp0 - (s + v)) : n - v;
    /* the question's last word all of a field's wording (…死活監視(…) 障害
     * 時の利用者への通知時間), text that asks nothing after it: the value,
     * even where its own words name the field with a figure (障害検知後30
     * 分以内に通知); without one, such text is the form's question (従業員数
     * 正社員数(単独ベース)) */
    size_t lw = i;
    while (lw > 0 && s[lw - 1] != ' ')
      lw--;
    if (!named && jn__utf8_count(s + lw, i - lw) >= 4 && !asks(rd, s + v, n - v) &&
        !asks(rd, s + v, w0) &&
        jn__sheet_whole_wording(rd, s + lw, i - lw) &&
        (has_digit(s + v, n - v) || !field_share(rd, s + v, n - v)))
      named = i, named_v = v;
    if (!answer_opens(rd, s + v, n - v) && (asks(rd, s + v, n - v) || restated(rd, s, i, s + v, n - v)))
      continue; /* the label, then its question: the value comes later */
    if (ends_asking(rd, s, i)) { /* "…(単位:%) 54.1%", "…の有無 有り(避雷針)" */
      *a = v;
      return i;
    }
    const char *sp = memchr(s + v, ' ', n - v);
    size_t w = sp ? (size_t)(sp - (s + v)) : n - v;
    /* where the question has asked (…の有無), the value may name its field
     * (有り(避雷針), 解約時違約金無し); before, text naming a field is more
     * of the question */
    if (!first && (answer_opens(rd, s + v, n - v) || asks(rd, s, i) ||
                   !(field_share(rd, s + v, n - v) > 2 || names_field(rd, s + v, w))))
      first = i, first_v = v;
  }
  if (!first && named)
    first = named, first_v = named_v;
  *a = first_v; /* else the first place the value may start */
  return first;
}

size_t jn__sheet_question_then_value(jn_sheet_reader *rd, const char *s, size_t n, size_t *a) {
  return n ? question_then_value(rd, s, n, a) : 0;
}

/* A question and its value on one line, the value opening as one does
 * ("代表者年齢 58歳", "直撃雷対策の有無 有り"). */
static int valued(jn_sheet_reader *rd, const jn_text_line *t) {
  size_t a;
  return question_then_value(rd, t->p, t->n, &a) && answer_opens(rd, t->p + a, t->n - a);
}

/* Line i as a label naming a field, a space, and its value, with the line
 * above or below it of the same kind (サービス名称 X / 事業者名 Y): the
 * label's length, the value's start in *a; 0 when it is no such line. */
static size_t pair_in_run(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, const char *s,
                          size_t n, size_t *a) {
  /* s[0..n): line i without its prefix (a bullet, an item's number), as
   * the caller cuts it: the pair's offsets are into it */
  size_t q = question_then_value(rd, s, n, a), other;
  if (!q)
    return 0;
  for (int d = -1; d <= 1; d += 2) {
    size_t j = i + (size_t)d;
    if ((d < 0 && i == 0) || j >= tl->n || !tl->s[j].n)
      continue;
    const char *sp = memchr(tl->s[j].p, ' ', tl->s[j].n);
    size_t head = sp ? chars(tl->s[j].p, (size_t)(sp - tl->s[j].p)) : 0;
    /* the other line a pair too, or shaped as one: a short label naming
     * no field, a space, a value (対象プラン スタンダードプラン) */
    if (not_sentence(tl->s[j].p, tl->s[j].n) &&
        (question_then_value(rd, tl->s[j].p, tl->s[j].n, &other) ||
         (head >= 2 && head <= 8 && label_like(tl->s[j].p, (size_t)(sp - tl->s[j].p)))))
      return q;
  }
  return 0;
}

/* The item id and its blank at the start of s, as a flattened row writes
 * it after its marker: a bare number (12), or with its sub-number,
 * brackets or prefix (1-1, (12), No.12); 0 when none. */
static size_t leading_item(const char *s, size_t n) {
  size_t k = jn__sheet_leading_id(s, n);
  const char *blank = k ? NULL : memchr(s, ' ', n);
  const char *id;
  size_t idn;
  if (blank && blank > s && jn__sheet_item_id(s, (size_t)(blank - s), &id, &idn))
    k = (size_t)(blank - s) + 1;
  return k < n ? k : 0;
}

/* A row's number opening the line: an item's (12 売上高 …) or a sub-row's
 * (39-1 サービスの品質 …), then a blank; of leading_item's other forms,
 * (12) and No.12 open no such row. */
static int row_id_opens(const jn_text_line *t) {
  size_t k = leading_item(t->p, t->n);
  return k && (jn__sheet_leading_id(t->p, t->n) || (digit(t->p[0]) && memchr(t->p, '-', k)));
}

/* Where a Latin key and its colon start in s ("TEL:", "E-mail:", "URL:"),
 * at its start only or anywhere after a blank; -1 when there is none. */
static long latin_key(const char *s, size_t n, int anywhere) {
  for (size_t i = 0; i < n; i++) {
    if (i && (!anywhere || s[i - 1] != ' '))
      continue;
    size_t e = i;
    while (e < n && (((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z') || (e > i && s[e] == '-')))
      e++;
    if (e > i + 1 && e < n && s[e] == ':')
      return (long)i;
    if (!anywhere)
      break;
  }
  return -1;
}

/* Does line j go on from the row above, wrapped by a text browser? Not
 * when it starts a row of its own or is a section's title. A word alone
 * in Latin letters (an address, a URL) goes on; other text only after a
 * line that reached across most of the window. */
static int wrapped_on(jn_sheet_reader *rd, const jn_text_lines *tl, size_t j, size_t width) {
  const char *req;
  size_t a, led;
  if (j == 0 || j >= tl->n || !tl->s[j].n || !tl->s[j - 1].n)
    return 0;
  const jn_text_line *t = &tl->s[j];
  if (row_id_opens(t) || marker_between(t->p, t->n, &req, &a) ||
      ((led = jn__sheet_marker_led(t->p, t->n, &req)) != 0 &&
       jn__sheet_leading_id(t->p + led, t->n - led)) ||
      question_then_value(rd, t->p, t->n, &a) || jn__sheet_heading(t->p, t->n) ||
      asks(rd, t->p, t->n))
    return 0; /* a question of its own, or the next row led by its marker and
                 item number (選択 19 …): the item's next row */
  int latin = 0;
  for (size_t i = 0; i < t->n && !latin; i++)
    latin = (t->p[i] | 0x20) >= 'a' && (t->p[i] | 0x20) <= 'z';
  if (!memchr(t->p, ' ', t->n) && latin)
    return 1;
  const jn_text_line *above = &tl->s[j - 1];
  /* a cell's lines of contacts (<br>: "TEL:…" / "E-mail:… 備考"), each led
   * by its Latin key, go on from the line whose last part is one */
  if (latin_key(t->p, t->n, 0) == 0 && latin_key(above->p, above->n, 1) >= 0)
    return 1;
  /* a line that names no field and holds a figure, a Latin key or a
   * date (森田 和也 20.1%, TEL:…, 2019年4月 …) is no row of the form, whose
   * rows ask: the answer's next line (<br>) */
  if (!field_share(rd, t->p, t->n) && !jn__sheet_section_title(rd, t->p, t->n) &&
      !leading_item(t->p, t->n) && !bare_number(t->p, t->n) && !jn__sheet_marker_led(t->p, t->n, &req) &&
      (latin_key(t->p, t->n, 0) == 0 || (has_digit(t->p, t->n) && !pair_split(t->p, t->n, &a, 0))))
    return 1; /* (a pair of its own, 稼働時間: 24時間, is read as one) */
  /* a short line may be a section's title, unless it closes the bracket
   * the line above left open ("有り(電力供給時間は…" / "より非公開)") or
   * holds a note in brackets of its own ("有り 小田切" / "遼(開発部長)") */
  /* a section's title has no blank inside it (資本関係・取引関係); a short
   * line with one is the rest of a row ("れでもない ④監査役による監査",
   * "Azure より非公開") */
  return reaches_edge(above, t, width) &&
         (!heading_like(t) || memchr(t->p, ' ', t->n) || open_bracket(above->p, above->n) ||
          (jn__sheet_find(t->p, t->n, "(") && !jn__sheet_section_title(rd, t->p, t->n)));
}

/* A row of a flattened table whose question a text browser wrapped: line
 * i starts with its item number and holds no marker, and a line under it,
 * before the next item, section or blank line, holds the marker. The row's
 * lines joined in *out (a kanji wraps with no space); the last line's
 * index, 0 when line i is no such row. */
/* Can the line be an answer under its row's marker: not empty, no item's
 * number, no marker, no heading? */
static int answer_line(const jn_text_line *t) {
  const char *req;
  return t->n && !jn__sheet_leading_id(t->p, t->n) && !jn__sheet_marker_led(t->p, t->n, &req) &&
         !jn__sheet_heading(t->p, t->n);
}

static size_t wrapped_row(const jn_text_lines *tl, size_t i, size_t width, jn_buf *out) {
  const char *req;
  size_t a;
  const jn_text_line *t = &tl->s[i];
  if (!row_id_opens(t) || marker_between(t->p, t->n, &req, &a))
    return 0;
  int short_lines = 0; /* a line ended before the window's edge */
  for (size_t j = i + 1; j < tl->n && j <= i + 7; j++) {
    const jn_text_line *u = &tl->s[j], *above = &tl->s[j - 1];
    if (!u->n || row_id_opens(u) || jn__sheet_heading(u->p, u->n))
      return 0;
    short_lines |= !reaches_edge(above, u, width);
    size_t led = jn__sheet_marker_led(u->p, u->n, &req), m = led ? 0 : marker_between(u->p, u->n, &req, &a);
    if (!led && !m)
      continue;
    /* the marker closing a line after a question and its answer (lynx,
     * the marker column last: "…の事前告知 告知時期… 6か月前に告知 必須○")
     * ends the row, whose label the lines above wrapped ("40 サービスの変更"
     * / "・終了 …"): they are one row however short they are */
    int after_answer = m && memchr(u->p, ' ', m) != NULL;
    /* a short line ends where its writer ended it, unless the row's cells
     * were printed a line each and wrapped (pdftotext -raw): then its
     * marker, the answer after it on the same line, closes the row. A
     * label and a question a line each, then the marker, are a browser's
     * copy of the row, read by the copy's reader. */
    /* The marker alone on its line, the answer on the next, closes such a
     * row too when its label and question took three lines or more. */
    size_t last = j;
    if (short_lines && led && led >= u->n && j >= i + 3 && j + 1 < tl->n && answer_line(&tl->s[j + 1]))
      last = j + 1;
    if (short_lines && ((j == i + 2 && led) || (last == j && (led ? led >= u->n : a >= u->n && !after_answer))))
      return 0;
    for (size_t k = i; k <= last; k++) {
      const jn_text_line *w = &tl->s[k];
      if (k > i && ((unsigned char)w->p[0] < 0x80 || (k >= j && led)))
        jn__buf_put(out, " ", 1);
      jn__buf_put(out, w->p, w->n);
    }
    return last;
  }
  return 0;
}

/* A row whose marker ended a line that reached the window's edge ("… 必須"):
 * its answer is the next line, unless that starts another row or is a
 * section's title. */
static int answer_wrapped(jn_sheet_reader *rd, const jn_text_lines *tl, size_t j, size_t width) {
  const char *req;
  size_t a;
  if (j >= tl->n || !tl->s[j].n || !reaches_edge(&tl->s[j - 1], &tl->s[j], width))
    return 0;
  const jn_text_line *t = &tl->s[j];
  return !jn__sheet_leading_id(t->p, t->n) && !marker_between(t->p, t->n, &req, &a) &&
         !question_then_value(rd, t->p, t->n, &a) && !asks(rd, t->p, t->n) &&
         !jn__sheet_heading(t->p, t->n) && !jn__sheet_section_title(rd, t->p, t->n);
}

/* Does a row of a flattened table end before line j: is j the end, a blank
 * line, the next item's row, a section's title, or a row of its own (a
 * question and its value, a question alone)? */
static int row_ends(jn_sheet_reader *rd, const jn_text_lines *tl, size_t j) {
  size_t a;
  if (j >= tl->n || !tl->s[j].n)
    return 1;
  const jn_text_line *t = &tl->s[j];
  return jn__sheet_leading_id(t->p, t->n) || jn__sheet_section_title(rd, t->p, t->n) ||
         jn__sheet_heading(t->p, t->n) || question_then_value(rd, t->p, t->n, &a) ||
         names_field(rd, t->p, t->n);
}

/* The number a list item at the start of s[0..n) counts ("1. ", "2) "),
 * 0 when none. */
static unsigned list_number(const char *s, size_t n) {
  unsigned v = 0;
  size_t k = 0;
  while (k < n && k < 3 && digit(s[k]))
    v = v * 10 + (unsigned)(s[k++] - '0');
  return k && k + 1 < n && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ' ? v : 0;
}

/* The lines of a numbered list starting at line j: 1., 2., … in order,
 * up to the first line that is not the next number. A converter writes
 * an answer cell holding an <ol> so under its row (lynx: "… 必須" then
 * "1. 5分間隔: …"); counting from 1 tells the list from the next items'
 * rows, which go on with the table's numbers. */
static size_t numbered_list(const jn_text_lines *tl, size_t j) {
  size_t k = 0;
  while (j + k < tl->n && list_number(tl->s[j + k].p, tl->s[j + k].n) == k + 1)
    k++;
  return k;
}

/* The list under a row that left its answer cell empty: numbered (1.,
 * 2., …) or bulleted (* as lynx and Markdown write a <ul> in the cell). */
static size_t list_under(const jn_text_lines *tl, size_t j) {
  size_t k = numbered_list(tl, j);
  if (k)
    return k;
  while (j + k < tl->n && tl->s[j + k].n && jn__sheet_list_bullet(tl->s[j + k].p, tl->s[j + k].n))
    k++;
  return k;
}

/* A row of a flattened table, its answer with the lines it wrapped onto,
 * or the list under a row that left its answer cell empty. */
/* Does the line under line i hold the answer of a row whose marker ends
 * line i ("…ごとの監視インターバル 必須" / "1. アプリケーション: 5分"; "…の
 * 利用者数(ID数、ライセンス数等) 選択" / "12,500人")? Not when it starts
 * the next item, section or question, or is a row of its own with a marker. */
static int answer_below(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  if (i + 1 >= tl->n || !tl->s[i + 1].n)
    return 0;
  const jn_text_line *t = &tl->s[i + 1];
  const char *req;
  size_t a;
  return !t->item && !jn__sheet_leading_id(t->p, t->n) && !marker_between(t->p, t->n, &req, &a) &&
         !jn__sheet_marker_led(t->p, t->n, &req) && !jn__sheet_section_title(rd, t->p, t->n) &&
         /* a heading (■ 事業所・事業), not a numbered answer (1. 5分間隔) */
         !(jn__sheet_heading(t->p, t->n) && !digit(t->p[0])) && !asks(rd, t->p, t->n) &&
         !question_then_value(rd, t->p, t->n, &a);
}

/* Is the text after a marker a flattened row of its own, its item number
 * then its cells parted by blanks ("選択 40 サービス品質 … 有り(レスポンス
 * 監視)"), not an answer led by its marker? */
static int flattened_after_marker(const char *s, size_t n) {
  size_t id = jn__sheet_leading_id(s, n);
  const char *blank = id ? memchr(s + id, ' ', n - id) : NULL;
  return blank && blank + 1 < s + n && memchr(blank + 1, ' ', (size_t)(s + n - blank - 1));
}

/* Lines i+1.. that go on from a marker-led row whose own line holds no
 * value (its label cells wrapped): up to the first line with which the
 * joined lines read as a question and its value, at most six, none of
 * them led by a marker or an item number, a section's title, a heading or
 * blank. Its end (one past it), the joined lines in *row and, as
 * question_then_value splits the text after the marker and the item's
 * number (at *g in row), *q and *a; 0 when there is none. */
static size_t marker_row_wrapped(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i,
                                 jn_buf *row, size_t *g, size_t *q, size_t *a) {
  const char *req;
  for (size_t j = i + 1; j < tl->n && j <= i + 6 && tl->s[j].n; j++) {
    if (jn__sheet_marker_led(tl->s[j].p, tl->s[j].n, &req) || row_id_opens(&tl->s[j]) ||
        jn__sheet_section_title(rd, tl->s[j].p, tl->s[j].n) || jn__sheet_heading(tl->s[j].p, tl->s[j].n))
      return 0;
    row->len = 0;
    join_lines(tl, i, j + 1, " ", row);
    if (row->failed)
      return 0;
    size_t v = jn__sheet_marker_led(row->data, row->len, &req);
    *g = v + leading_item(row->data + v, row->len - v);
    if ((*q = question_then_value(rd, row->data + *g, row->len - *g, a)) != 0)
      return j + 1; /* the first line that completes it: the lines after it
                       are the item's next rows (設立後の事業年数 24年) */
  }
  return 0;
}

static int dated_entry_on(jn_sheet_reader *rd, const jn_text_lines *tl, size_t j, const char *a,
                          size_t an);

static int flat_row(jn_sheet_reader *rd, const jn_text_lines *tl, size_t *i, const char *q,
                    size_t qn, const char *a, size_t an, size_t width) {
  jn_buf answer = JN_BUF_INIT;
  jn__buf_put(&answer, a, an);
  size_t line = tl->s[*i].line, items = an ? 0 : list_under(tl, *i + 1);
  for (size_t k = 0; k < items; k++) {
    const jn_text_line *t = &tl->s[++*i];
    size_t b = jn__sheet_list_bullet(t->p, t->n);
    if (k)
      jn__buf_put(&answer, "\n", 1);
    jn__buf_put(&answer, t->p + b, t->n - b);
  }
  if (!an && !items && answer_wrapped(rd, tl, *i + 1, width)) {
    const jn_text_line *t = &tl->s[++*i];
    jn__buf_put(&answer, t->p, t->n);
  }
  while (wrapped_on(rd, tl, *i + 1, width) || dated_entry_on(rd, tl, *i + 1, a, an)) {
    const jn_text_line *t = &tl->s[++*i];
    jn__buf_put(&answer, " ", 1);
    jn__buf_put(&answer, t->p, t->n);
  }
  int rc = answer.failed ? -1
                         : add_row(rd, "pair", NULL, 0, q, qn, answer.data ? answer.data : "",
                                   answer.len, line);
  jn__buf_free(&answer);
  return rc;
}

/* After a marker, an item's id and a question that asks and holds no
 * value ("(42) 認証取得・監査実施 認証取得 …監査報告書作成の状況"), over a
 * line that reads as an answer (it asks nothing and opens no row): the
 * row's question is all of it, its answer on the line below (fq and fa
 * both at the end). 0 when the text is no such row. */
static int marker_item_asks(jn_sheet_reader *rd, const char *s, size_t n,
                            const jn_text_line *below, size_t *fq, size_t *fa) {
  size_t g = leading_item(s, n);
  const char *req;
  if (!g || !below || !below->n || !asks(rd, s + g, n - g) || asks(rd, below->p, below->n) ||
      jn__sheet_marker_led(below->p, below->n, &req) || leading_item(below->p, below->n))
    return 0;
  *fq = *fa = n - g;
  return 1;
}

/* Does the text open with a date (2012年4月 全面リニューアル, 2021/3/15 …)? */
static int date_first(jn_sheet_reader *rd, const char *s, size_t n) {
  jn_mentions *ms = NULL;
  if (!n || !digit(s[0]) || jn_scan(&ms, rd->ctx, s, n, 0, NULL) != JN_OK)
    return 0;
  const jn_mention *m = jn_mentions_count(ms) ? jn_mentions_at(ms, 0) : NULL;
  int first = m && m->start == 0 && m->type == JN_MENTION_DATE;
  jn_mentions_free(ms);
  return first;
}

int jn__sheet_date_first(jn_sheet_reader *rd, const char *s, size_t n) {
  return date_first(rd, s, n);
}

/* Does line j go on from an answer that opens with a date, by opening
 * with one too: the next entry of a dated list (a history of changes, a
 * cell's <br> lines: "2012年4月 全面リニューアル" / "2019年10月 スマートフォン
 * 対応"), not the next row? */
static int dated_entry_on(jn_sheet_reader *rd, const jn_text_lines *tl, size_t j, const char *a,
                          size_t an) {
  const char *req;
  size_t v;
  if (j >= tl->n || !tl->s[j].n)
    return 0;
  const jn_text_line *t = &tl->s[j];
  return !row_id_opens(t) && !marker_between(t->p, t->n, &req, &v) &&
         !jn__sheet_marker_led(t->p, t->n, &req) && !jn__sheet_heading(t->p, t->n) &&
         date_first(rd, a, an) && date_first(rd, t->p, t->n);
}

/* Does the line start with a figure the scanner reads with its unit or
 * counter (7世代, 6時間, 1か月前まで, 12名), not a bare number (45)? */
static int figure_first(jn_sheet_reader *rd, const char *s, size_t n) {
  jn_mentions *ms = NULL;
  if (jn_scan(&ms, rd->ctx, s, n, 0, NULL) != JN_OK)
    return 0;
  const jn_mention *m = jn_mentions_count(ms) ? jn_mentions_at(ms, 0) : NULL;
  int first = m && m->start == 0 && m->type != JN_MENTION_NUMBER;
  jn_mentions_free(ms);
  return first;
}

/* Is the line a figure alone with its unit or counter (2,300社以上,
 * 約48万人, 99.9%), as a slide or a brochure sets a figure large above
 * its caption? */
static int figure_alone(jn_sheet_reader *rd, const jn_text_line *t) {
  jn_mentions *ms = NULL;
  size_t d = jn__sheet_starts(t->p, t->n, "約") ? strlen("約") : 0;
  if (!t->n || t->n > 40 || d >= t->n || !digit(t->p[d]))
    return 0; /* a figure first, or no scan: most lines are none */
  if (jn_scan(&ms, rd->ctx, t->p, t->n, 0, NULL) != JN_OK)
    return 0;
  const jn_mention *m = jn_mentions_count(ms) == 1 ? jn_mentions_at(ms, 0) : NULL;
  int alone = m && m->type != JN_MENTION_NUMBER && m->type != JN_MENTION_DATE &&
              m->start <= 3 /* 約 */ && m->end + 6 >= t->n /* 以上 */;
  jn_mentions_free(ms);
  return alone;
}

/* A figure alone and, on the line under it, its caption naming a field
 * (2,300社以上 / 導入企業数(2026年9月末時点)): the figure stands where a
 * block starts (after a blank line, a heading, or the caption of the
 * figure before it), never under a label, as an answer of the form's
 * print does. 1 when line i starts such a pair (read as one), 0 when not,
 * -1 when memory ran out. */
static int figure_caption(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i,
                          size_t *caption_before) {
  const jn_text_line *f = &tl->s[i];
  if (i + 1 >= tl->n || !figure_alone(rd, f))
    return 0;
  const jn_text_line *c = &tl->s[i + 1], *before = i ? &tl->s[i - 1] : NULL;
  if (before && before->n && !heading_like(before) && *caption_before + 1 != i)
    return 0;
  const char *bracket = memchr(c->p, '(', c->n); /* (2026年9月末時点): when, not what */
  size_t named = bracket && bracket > c->p ? (size_t)(bracket - c->p) : c->n;
  if (!c->n || !label_like(c->p, c->n) || figure_alone(rd, c) || !names_field(rd, c->p, named))
    return 0;
  jn_buf a = JN_BUF_INIT;
  jn__buf_put(&a, f->p, f->n);
  jn__buf_puts(&a, " ");
  jn__buf_put(&a, c->p, c->n); /* the caption's date says when */
  int rc = a.failed ? -1 : add_row(rd, "pair", c->p, c->n, c->p, c->n, a.data, a.len, f->line);
  jn__buf_free(&a);
  *caption_before = i + 1;
  return rc < 0 ? -1 : 1;
}

/* A browser's copy of the form prints each item's number glued to its
 * label, one cell per line ("45バックアップ対策"). Such a line starts the
 * next item: no value runs into it and it is no sentence of figures. It
 * is told from a value with a figure first (5名, 1か月前まで) by the label
 * after the number (no figure in it, a field's word or four characters at
 * least) and by the numbers running in order, each at most three past the
 * last, in a run of three or more (keep_runs). An item whose label cell is
 * empty leaves its number alone on its line ("36"): it is in the run too. */
static int glued_item(jn_sheet_reader *rd, const jn_text_line *t) {
  size_t k = glued_number(t->p, t->n);
  if (!k)
    k = jn__sheet_leading_id(t->p, t->n); /* "21 所属団体": a space between them */
  const char *r = t->p + k;
  size_t rn = t->n - k;
  return k && label_like(r, rn) && !has_digit(r, rn) &&
         (chars(r, rn) >= 4 || field_share(rd, r, rn)) && !figure_first(rd, t->p, t->n);
}

enum { ITEM_RUN_MIN = 3, ITEM_LOOKBACK = 64 };

/* The candidates' numbers v[0..m) in line order: each on a run of three
 * or more (each number one to three past the one before) is kept, the
 * others cleared, so that a value among the items (1か月前まで…) neither
 * joins nor breaks the run. Runs are found both ways: the longest run
 * ending at each candidate, then the longest starting there. */
static void keep_runs(unsigned *v, size_t m) {
  unsigned *end = calloc(m ? m : 1, sizeof *end), *start = calloc(m ? m : 1, sizeof *start);
  if (!end || !start) { /* out of memory: no item is marked, as before */
    memset(v, 0, m * sizeof *v);
    free(end), free(start);
    return;
  }
  for (size_t j = 0; j < m; j++) {
    end[j] = 1;
    for (size_t i = j > ITEM_LOOKBACK ? j - ITEM_LOOKBACK : 0; i < j; i++)
      if (v[j] > v[i] && v[j] <= v[i] + 3 && end[i] + 1 > end[j])
        end[j] = end[i] + 1;
  }
  for (size_t j = m; j-- > 0;) {
    start[j] = 1;
    for (size_t i = j + 1; i < m && i <= j + ITEM_LOOKBACK; i++)
      if (v[i] > v[j] && v[i] <= v[j] + 3 && start[i] + 1 > start[j])
        start[j] = start[i] + 1;
  }
  for (size_t j = 0; j < m; j++)
    if (end[j] + start[j] - 1 < ITEM_RUN_MIN)
      v[j] = 0;
  free(end);
  free(start);
}

/* An item of the form has its 必須/選択 marker a line or few under its
 * label (the question between): a list numbered 1次, 2次, 3次 has none. */
enum { MARKER_REACH = 4 };
static int marker_near(const jn_text_lines *tl, size_t i) {
  const char *req;
  for (size_t j = i + 1; j < tl->n && j <= i + MARKER_REACH; j++)
    if (jn__sheet_marker_led(tl->s[j].p, tl->s[j].n, &req))
      return 1;
  return 0;
}

static void mark_items(jn_sheet_reader *rd) {
  jn_text_lines *tl = &rd->texts;
  unsigned *v = malloc((tl->n ? tl->n : 1) * sizeof *v);
  size_t *at = malloc((tl->n ? tl->n : 1) * sizeof *at), m = 0;
  for (size_t i = 0; i < tl->n; i++) {
    jn_text_line *t = &tl->s[i];
    t->item = 0;
    if (!v || !at || !t->n || !digit(t->p[0]) ||
        !marker_near(tl, i) || !(bare_number(t->p, t->n) || glued_item(rd, t)))
      continue; /* the marker first: glued_item matches labels and scans figures */
    at[m] = i;
    v[m++] = (unsigned)strtoul(t->p, NULL, 10); /* the digits before the label */
  }
  if (v && at) {
    keep_runs(v, m);
    for (size_t j = 0; j < m; j++)
      tl->s[at[j]].item = v[j];
  }
  free(v);
  free(at);
}

/* The item number before a label: glued to it or followed by a space. */
static size_t item_prefix(const char *s, size_t n) {
  size_t g = glued_number(s, n);
  return g ? g : jn__sheet_leading_id(s, n);
}

/* In a browser's copy of the form, after an item's marker-led answer: is
 * line i a later row's question (asking, or naming a field) with its
 * answer on the next line (no marker, no question, no item)? */
static int copy_row(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  const jn_text_line *t = &tl->s[i], *a = i + 1 < tl->n ? &tl->s[i + 1] : NULL;
  const char *req;
  if (!a || !a->n || a->item || jn__sheet_marker_led(a->p, a->n, &req) ||
      jn__sheet_marker_led(t->p, t->n, &req) || asks(rd, a->p, a->n) ||
      jn__sheet_heading(a->p, a->n) || (i + 2 < tl->n && jn__sheet_marker_led(tl->s[i + 2].p, tl->s[i + 2].n, &req)))
    return 0; /* a question then its marker-led answer is the next item's */
  /* prose after the form (当社の…月間稼働率は99.9%を保証しています。) is no
   * question */
  return asks(rd, t->p, t->n) || (not_sentence(t->p, t->n) && field_share(rd, t->p, t->n) > 0);
}

/* A list item that is a label alone ("・稼働率:") over items of another
 * mark ("- 目標:99.95%", "- 実績:99.98%"): its label heads them, as a
 * heading does, until an item of its own mark or a line of no list. */
typedef struct {
  const char *saved; /* the section before the parent, given back after */
  char mark[8];      /* the children's bullet */
  size_t mark_n;
  int open;
} list_parent;

static size_t bullet_mark(const jn_text_line *t, char *out, size_t cap) {
  size_t b = t->n ? bullet(t->p, t->n) : 0;
  while (b && t->p[b - 1] == ' ')
    b--;
  if (!b || b >= cap)
    return 0;
  memcpy(out, t->p, b);
  return b;
}

/* 1 when line i is a parent's label (its children follow), 0 to read it as
 * usual, -1 when memory ran out. */
static int list_parents(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, list_parent *lp) {
  const jn_text_line *t = &tl->s[i];
  char mark[8];
  size_t mn = bullet_mark(t, mark, sizeof mark);
  if (lp->open && !(mn == lp->mark_n && !memcmp(mark, lp->mark, mn))) {
    rd->section = lp->saved; /* the children have ended */
    lp->open = 0;
  }
  size_t k = strip_prefix(t->p, t->n), n = t->n - k;
  if (!mn || n < 2 || t->p[t->n - 1] != ':' || i + 1 >= tl->n)
    return 0;
  char cm[8];
  size_t cn = bullet_mark(&tl->s[i + 1], cm, sizeof cm);
  if (!cn || (cn == mn && !memcmp(cm, mark, mn)))
    return 0; /* no children: a label left unanswered, or a sibling */
  const char *label = jn__sheet_keep(rd->sh, t->p + k, n - 1);
  if (!label)
    return -1;
  /* the label over all its items is a row too: 契約解除料 | 最低利用期間内の
   * 解約:残余期間の月額料金相当額 … says there is a fee */
  size_t e = i + 1;
  char em[8];
  while (e < tl->n && e - i <= 12 && bullet_mark(&tl->s[e], em, sizeof em) == cn &&
         !memcmp(em, cm, cn))
    e++;
  if (block_row(rd, label, n - 1, tl, i + 1, e, t->line) != 0)
    return -1;
  if (!lp->open)
    lp->saved = rd->section;
  rd->section = label;
  memcpy(lp->mark, cm, cn);
  lp->mark_n = cn;
  lp->open = 1;
  return 1;
}

/* A line that is half a marker alone (必, 須): one of a column of them. A
 * question's last character (名) or a one-character answer (②) is not. */
static int half_alone(const jn_text_line *t) {
  const char *canon;
  return t->n && jn__utf8_count(t->p, t->n) == 1 && jn__marker_word(t->p, t->n, JN_MARKER_HALF, &canon) == t->n;
}

/* A marker column one character wide, printed a cell per line (pdftotext
 * -raw of a browser's print: "必" then "須"), gives the marker back as one
 * line ("必須"), so that the rows read as a browser's copy does. Only
 * where it happens three times at least: a lone 必 elsewhere is text. */
static int join_marker_halves(jn_sheet_reader *rd) {
  jn_text_lines *tl = &rd->texts;
  size_t pairs = 0;
  const char *canon;
  for (int pass = 0; pass < 2; pass++) {
    if (pass && pairs < 3)
      return 0;
    size_t w = 0;
    for (size_t i = 0; i < tl->n; i++) {
      jn_text_line t = tl->s[i];
      /* a pair alone between its row's cells, not a column of markers
       * printed whole (pdftotext without options: 必 須 必 須 …) */
      int alone = (i == 0 || !half_alone(&tl->s[i - 1])) && (i + 2 >= tl->n || !half_alone(&tl->s[i + 2]));
      if (alone && i + 1 < tl->n && t.n && t.n + tl->s[i + 1].n <= 16 &&
          jn__marker_word(t.p, t.n, JN_MARKER_HALF, &canon) == t.n && tl->s[i + 1].n &&
          jn__utf8_count(tl->s[i + 1].p, tl->s[i + 1].n) == 1) {
        char both[16];
        memcpy(both, t.p, t.n);
        memcpy(both + t.n, tl->s[i + 1].p, tl->s[i + 1].n);
        size_t bn = t.n + tl->s[i + 1].n;
        if (jn__marker_word(both, bn, JN_MARKER_WORD, &canon) == bn) {
          if (!pass) {
            pairs++;
          } else {
            const char *kept = jn__sheet_keep(rd->sh, both, bn);
            if (!kept)
              return -1;
            t.p = kept, t.n = bn;
          }
          i++;
        }
      }
      if (pass)
        tl->s[w++] = t;
    }
    if (pass)
      tl->n = w;
  }
  return 0;
}

/* Does the line leave a bracket open ((西 / 暦), <100字以 / 内で記述>)? */
/* Is s a question's (pat JN_PAT_QA_QUESTION) or an answer's mark alone
 * (【質問】, Q., 回答; dict/patterns.tsv qa_question, qa_answer)? */
static int lone_mark(jn_sheet_reader *rd, const char *s, size_t n, int pat) {
  return n && n < 40 && matches(rd, pat, s, n, PCRE2_ANCHORED | PCRE2_ENDANCHORED);
}

int jn__sheet_qa_mark(jn_sheet_reader *rd, const char *s, size_t n) {
  return lone_mark(rd, s, n, JN_PAT_QA_QUESTION) || lone_mark(rd, s, n, JN_PAT_QA_ANSWER);
}

/* The lines from i up to a blank line, a mark alone or the end, joined
 * as a text browser's wrapped lines are, into *out; the index after them. */
static size_t mark_block(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, jn_buf *out) {
  for (; i < tl->n && tl->s[i].n && out->len < 4096; i++) {
    if (jn__sheet_qa_mark(rd, tl->s[i].p, tl->s[i].n))
      break;
    jn__sheet_put_after(out, tl->s[i].p, tl->s[i].n);
  }
  return i;
}

/* An FAQ whose marks stand alone, the text under each: 【質問】 / its
 * lines / (a blank line) / 【回答】 / its lines up to a blank line. The
 * question and answer become a pair, the answer's sentences rows; the
 * last line read, 0 when line i starts no such question. */
static size_t marked_qa(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, int *rc) {
  if (!lone_mark(rd, tl->s[i].p, tl->s[i].n, JN_PAT_QA_QUESTION))
    return 0;
  jn_buf q = JN_BUF_INIT, a = JN_BUF_INIT;
  size_t j = mark_block(rd, tl, i + 1, &q);
  while (j < tl->n && !tl->s[j].n && j - i < 12)
    j++;
  size_t end = 0;
  if (q.len && j < tl->n && lone_mark(rd, tl->s[j].p, tl->s[j].n, JN_PAT_QA_ANSWER)) {
    end = mark_block(rd, tl, j + 1, &a);
    if (!a.len)
      end = 0;
  }
  if (end && (q.failed || a.failed))
    *rc = -1;
  else if (end) {
    *rc = add_row(rd, "pair", NULL, 0, q.data, q.len, a.data, a.len, tl->s[i].line);
    if (*rc == 0)
      *rc = sentence_rows(rd, a.data, a.len, tl->s[j + 1].line);
  }
  jn__buf_free(&q);
  jn__buf_free(&a);
  return end ? end - 1 : 0;
}

static int left_open(const char *s, size_t n) {
  return open_bracket(s, n) || bracket_open(s, n, '<', '>');
}

/* A marker alone on its line (m) after a question cut at its column's
 * width, a line each (pdftotext -raw of a browser's print: 事業者の設立年(西
 * / 暦) / 必須): the question's earlier lines are those that left a
 * bracket open. The question into *qb, *q its first line, *l the label
 * line before it; 0 when the question is the one line before m. */
static int question_cut(const jn_text_lines *tl, size_t m, const jn_text_line **q,
                        const jn_text_line **l, jn_buf *qb) {
  size_t first = m - 1;
  while (first > 0 && m - first < 4 && tl->s[first - 1].n &&
         left_open(tl->s[first - 1].p, tl->s[first - 1].n))
    first--;
  if (first == m - 1)
    return 0;
  for (size_t j = first; j < m; j++)
    jn__sheet_put_after(qb, tl->s[j].p, tl->s[j].n);
  *q = &tl->s[first];
  *l = first > 0 && tl->s[first - 1].n ? &tl->s[first - 1] : NULL;
  return 1;
}

/* The depth of a heading's outline number (2.4.1 取得: 3), 0 when it has
 * none. */
static size_t outline_depth(const char *s, size_t n) {
  size_t k = 0, depth = 0;
  while (k < n && digit(s[k])) {
    while (k < n && digit(s[k]))
      k++;
    depth++;
    if (k + 1 < n && s[k] == '.' && digit(s[k + 1]))
      k++;
    else
      break;
  }
  return k < n && (s[k] == '.' || s[k] == ' ') ? depth : 0;
}

/* The section a heading opens, kept by the sheet (NULL when memory ran
 * out): its text, after the text of the heading it is numbered under
 * (2.4 バックアップ, then 2.4.1 取得: "バックアップ 取得"), so pairs under a
 * subheading that says little (取得周期: 1日1回) still read under their
 * topic. */
static const char *outlined(jn_sheet_reader *rd, const char *line, size_t ln, const char *s,
                            size_t n) {
  enum { OUTLINE_MAX = sizeof rd->outline / sizeof rd->outline[0] };
  size_t depth = outline_depth(line, ln);
  const char *kept = jn__sheet_keep(rd->sh, s, n);
  if (!kept || depth == 0 || depth > OUTLINE_MAX)
    return kept;
  const char *parent = depth >= 2 ? rd->outline[depth - 2] : NULL;
  rd->outline[depth - 1] = kept;
  for (size_t d = depth; d < OUTLINE_MAX; d++)
    rd->outline[d] = NULL;
  return parent ? jn__sheet_join(rd->sh, parent, " ", s, n) : kept;
}

/* Does the line ask, or name a field in most of its words? */
static int questioning(jn_sheet_reader *rd, const jn_text_line *t) {
  return asks(rd, t->p, t->n) || (names_field(rd, t->p, t->n) && !whole_word(rd, t->p, t->n));
}

/* Does line t end an FAQ's answer: the next question (Q.), a heading, or
 * a short line that states nothing (サービスの品質について, the next
 * group's title)? */
static int ends_answer(jn_sheet_reader *rd, const jn_text_line *t) {
  return question_mark(rd, t->p, t->n) || t->p[0] == '#' || jn__sheet_heading(t->p, t->n) ||
         (label_like(t->p, t->n) && !jn__sheet_find(t->p, t->n, "、") && !has_digit(t->p, t->n));
}

/* An FAQ's question (q, line i) and its answer, marked on line an (its
 * mark v long, alone on its line or before the answer's first words):
 * the answer goes on over the paragraphs after it up to the next question
 * or heading (A. / 解約日から30日間は…エクスポートできます。 / / 30日を経過
 * したデータは…), read as a pair; the answer's line as sentences. The
 * answer's line (the paragraphs after it are read as lines of their own
 * too); *rc -1 when memory ran out. */
static size_t faq_answer(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i, const char *q,
                         size_t qn, size_t an, size_t v, int *rc) {
  enum { ANSWER_LINES_MAX = 12 };
  const jn_text_line *a = &tl->s[an];
  jn_buf ab = JN_BUF_INIT;
  jn__buf_put(&ab, a->p + v, a->n - v);
  for (size_t j = an + 1; j < tl->n && j - an <= ANSWER_LINES_MAX; j++) {
    const jn_text_line *t = &tl->s[j];
    if (!t->n)
      continue;
    if (ends_answer(rd, t) || answer_mark(rd, t->p, t->n))
      break;
    if (ab.len && !tl->s[j - 1].n)
      jn__buf_puts(&ab, "\n"); /* a paragraph; a line right under one is its rest */
    jn__sheet_put_after(&ab, t->p, t->n);
  }
  *rc = ab.failed ? -1 : add_row(rd, "pair", NULL, 0, q, qn, ab.data ? ab.data : "", ab.len, tl->s[i].line);
  jn__buf_free(&ab);
  if (*rc == 0 && a->n > v)
    *rc = sentence_rows(rd, a->p + v, a->n - v, a->line);
  return an; /* the paragraphs after it are read as lines too */
}

/* Under a header that puts the marker after the answer, the line of the
 * question of the row the marker at i closes. The answer is what lies
 * between: one line as a rule (the question two lines up), several when
 * the cell held paragraphs (the last line that asks, a few lines up,
 * past lines that name no field),
 * none when it was blank (the line just above asks, the one above it
 * does not: it is the item's label). */
static size_t question_before(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i) {
  enum { ANSWER_PARAGRAPHS_MAX = 6 };
  if (questioning(rd, &tl->s[i - 1]) && !questioning(rd, &tl->s[i - 2]))
    return i - 1;
  for (size_t p = i - 1; p-- > 0 && i - p <= ANSWER_PARAGRAPHS_MAX + 1;) {
    const jn_text_line *t = &tl->s[p];
    if (!t->n || t->item || marker_line(t))
      break;
    if (questioning(rd, t))
      return p;
    if (field_share(rd, t->p, t->n))
      break; /* a question not worded as one: no paragraph of an answer names a field */
  }
  return i - 2;
}

int jn__sheet_anchors(jn_sheet_reader *rd) {
  if (join_marker_halves(rd) != 0)
    return -1;
  mark_items(rd);
  const jn_text_lines *tl = &rd->texts;
  free(rd->cell_memo); /* (NULL when out of memory: every line is asked anew) */
  rd->cell_memo = calloc(tl->n ? tl->n : 1, 1);
  int rc = 0;
  for (size_t i = 0; i + 2 < rd->deferred.n && rc == 0; i += 3) {
    const jn_text_line *l = &rd->deferred.s[i], *a = &rd->deferred.s[i + 1];
    const char *section = rd->section;
    if (rd->deferred.s[i + 2].n)
      rd->section = rd->deferred.s[i + 2].p;
    rc = add_row(rd, "pair", l->p, l->n, l->p, l->n, a->p, a->n, l->line);
    rd->section = section;
    if (rc == 0 && !field_share(rd, l->p, l->n) && wordy(a->p, a->n))
      /* a label naming no field (解約 | 解約を希望する月の末日の10日前まで
       * に…): the pair reads as a sentence */
      rc = labelled_sentences(rd, l->p, l->n, a->p, a->n, l->line);
  }
  pending_columns pc = {.fits_left = FITS_PER_DOCUMENT};
  int flat_rows = 0; /* the line above was a row of a flattened table */
  list_parent lp = {0};
  const jn_text_line *copied = NULL; /* the label line of the copy's item being read */
  size_t rows_to = 0; /* lines before it were read whole into a wrapped row */
  size_t caption_at = SIZE_MAX; /* the last figure's caption */
  size_t width = window_width(tl, chars), cols = window_width(tl, jn__text_width);
  for (size_t i = 0; i < tl->n && rc == 0; i++) {
    const jn_text_line *t = &tl->s[i];
    if (!t->n) {
      flat_rows = 0;
      continue;
    }
    size_t qa = marked_qa(rd, tl, i, &rc);
    if (qa) {
      i = qa;
      continue;
    }
    int fc = figure_caption(rd, tl, i, &caption_at);
    if (fc) {
      rc = fc < 0 ? -1 : 0;
      i++;
      continue;
    }
    size_t took = header_key_column(rd, tl, i);
    if (took) { /* the certifier's header labels, their values further down */
      i += took - 1;
      continue;
    }
    took = flattened_table(rd, tl, i, &rc);
    if (!took)
      took = label_block(rd, tl, i, &rc);
    if (!took)
      took = blank_parted_block(rd, tl, i, &rc);
    if (took) {
      pc.seen = i + took; /* labels with their values: no column waits */
      i += took - 1;
      continue;
    }
    if ((rc = column_queue(rd, tl, i, &pc)) != 0)
      break;
    size_t k = strip_prefix(t->p, t->n);
    const char *s = t->p + k;
    size_t n = t->n - k, ln, v;
    size_t ln0;
    int parent = list_parents(rd, tl, i, &lp);
    if (parent < 0)
      return -1;
    if (parent)
      continue; /* the parent's label line: its children read under it */
    if (k && n &&
        (heading_like(t) || (t->p[0] == '#' && label_like(s, n)) ||
         (jn__sheet_heading(t->p, t->n) && !jn__sheet_leading_id(t->p, t->n))) &&
        !has_digit(s, n) && !pair_split(s, n, &ln0, 0) && s[n - 1] != ':') {
      /* a marked heading (## お問い合わせ, ## 5 お問い合わせ, ■ 障害時の
       *連絡, 第1章 提供事業者; not "101. 耐震数値:", a question left
       * unanswered, nor "20 役員 役員数 —", a table's row, nor "Q29. …", a
       * question): the section
       * of the pairs under it, whose labels alone may say
       * little (電話番号);
       * a bullet holding a pair (・窓口:…) is one of them, not a heading */
      rd->section = outlined(rd, t->p, t->n, s, n);
      if (!rd->section)
        return -1;
    }
    const char *req;
    if (rd->marker_last && i > 1 && tl->s[i - 1].n && tl->s[i - 2].n &&
        (v = jn__sheet_marker_led(s, n, &req)) == n) {
      /* under a header that puts the marker after the answer, the marker
       * alone closes its row: the answer on the line before, the question
       * before it, the label before that */
      size_t qi = question_before(rd, tl, i);
      const jn_text_line *q = &tl->s[qi];
      const jn_text_line *l = qi > 0 && tl->s[qi - 1].n ? &tl->s[qi - 1] : NULL;
      size_t g = l && l->item ? item_prefix(l->p, l->n) : 0;
      jn_buf ab = JN_BUF_INIT;
      join_lines(tl, qi + 1, i, "\n", &ab);
      rc = ab.failed ? -1
                     : add_row(rd, "pair", l ? l->p + g : NULL, l ? l->n - g : 0, q->p, q->n,
                               ab.data ? ab.data : "", ab.len, q->line);
      jn__buf_free(&ab);
      if (rc == 0)
        rd->sh->rows[rd->sh->n_rows - 1].required = req;
      continue;
    }
    size_t fq, fa;
    const char *other;
    const jn_text_line *before = i > 0 && tl->s[i - 1].n ? &tl->s[i - 1] : NULL;
    size_t wl, g, lg;
    jn_buf wrapped = JN_BUF_INIT;
    if ((v = jn__sheet_marker_led(s, n, &req)) != 0 && v < n && (lg = leading_item(s + v, n - v)) &&
        !question_then_value(rd, s + v + lg, n - v - lg, &fa) &&
        (wl = marker_row_wrapped(rd, tl, i, &wrapped, &g, &fq, &fa)) != 0) {
      /* "必須 2 事業所" / "等の概要 事業者名 事業者の正式名称(商号) 架空…": a
       * flattened row whose marker column comes first and whose narrow
       * label cells a text browser wrapped onto the lines under it, up to
       * the next row's marker: one row, its question and value in the
       * joined lines */
      const char *kept = jn__sheet_keep(rd->sh, wrapped.data, wrapped.len);
      jn__buf_free(&wrapped);
      if (!kept)
        return -1;
      size_t kn = strlen(kept);
      i = wl - 1;
      rc = flat_row(rd, tl, &i, kept + g, fq, kept + g + fa, kn - g - fa, width);
      if (rc == 0)
        rd->sh->rows[rd->sh->n_rows - 1].required = req;
      flat_rows = 1;
      continue;
    }
    jn__buf_free(&wrapped);
    if ((v = jn__sheet_marker_led(s, n, &req)) != 0 && v < n &&
        (flat_rows || leading_item(s + v, n - v)) &&
        !(before && !jn__sheet_marker_led(before->p, before->n, &other) &&
          (asks(rd, before->p, before->n) || bare_label(rd, before)) && !valued(rd, before)) &&
        ((fq = question_then_value(rd, s + v + leading_item(s + v, n - v),
                                   n - v - leading_item(s + v, n - v), &fa)) != 0 ||
         marker_item_asks(rd, s + v, n - v, i + 1 < tl->n ? &tl->s[i + 1] : NULL, &fq, &fa))) {
      /* "必須 1 開示情報の日付 開示情報の年月日(西暦) 2026年11月20日": a
       * flattened row whose marker column comes first, its question and
       * value after it (not a browser copy's answer led by its marker,
       * whose question is the line before); or its question alone, the
       * value on the line below ("選択 (42) 認証取得 …の状況") */
      size_t g = v + leading_item(s + v, n - v);
      rc = flat_row(rd, tl, &i, s + g, fq, s + g + fa, n - g - fa, width);
      if (rc == 0)
        rd->sh->rows[rd->sh->n_rows - 1].required = req;
      flat_rows = 1;
      continue;
    }
    if (i > 0 && tl->s[i - 1].n && (v = jn__sheet_marker_led(s, n, &req)) != 0 &&
        !flattened_after_marker(s + v, n - v)) {
      /* the question on the line before, the label before it */
      const jn_text_line *q = &tl->s[i - 1];
      /* the line before the question is its label, unless it closed the
       * row above (its answer) */
      const jn_text_line *l = i > 1 && i - 2 >= rows_to && tl->s[i - 2].n ? &tl->s[i - 2] : NULL;
      size_t g = l && l->item ? item_prefix(l->p, l->n) : 0; /* the label without it */
      const char *a = s + v;
      size_t an = n - v;
      int below = 0; /* the answer is the line under the marker */
      if (!an && i + 1 < tl->n) { /* the marker alone: the answer is the next line (PDF) */
        /* or the one after a blank line: a PDF's text dumped block by
         * block (mutool) parts the answer's block from the marker's, the
         * marker its row's alone (a column of markers printed as a block
         * is followed by the block of answers) */
        size_t skip = !tl->s[i + 1].n && i + 2 < tl->n && tl->s[i + 2].n &&
                      !marker_line(&tl->s[i - 1]) &&
                      !jn__sheet_section_title(rd, tl->s[i + 2].p, tl->s[i + 2].n);
        const jn_text_line *next = &tl->s[i + 1 + skip];
        const char *r2;
        /* unless that line is the next item's label or the next row's
         * question: an empty answer is simply missing in a browser's copy
         * ("選択" then "11資本金") */
        if (next->n && !jn__sheet_marker_led(next->p, next->n, &r2) && !next->item &&
            !(asks(rd, next->p, next->n) && copy_row(rd, tl, i + 1 + skip)))
          a = next->p, an = next->n, i += 1 + skip, below = 1;
      }
      jn_buf qb = JN_BUF_INIT, ab = JN_BUF_INIT;
      if (n == v && question_cut(tl, i - (size_t)below, &q, &l, &qb))
        g = l && l->item ? item_prefix(l->p, l->n) : 0;
      if (below && left_open(a, an)) {
        /* the answer cut in its brackets goes on over the next lines */
        jn__sheet_put_after(&ab, tl->s[i].p, tl->s[i].n);
        while (i + 1 < tl->n && tl->s[i + 1].n && !tl->s[i + 1].item &&
               !marker_line(&tl->s[i + 1]) && left_open(ab.data ? ab.data : "", ab.len) &&
               ab.len < 512) {
          i++;
          jn__sheet_put_after(&ab, tl->s[i].p, tl->s[i].n);
        }
        a = ab.data ? ab.data : a, an = ab.data ? ab.len : an;
      }
      rc = qb.failed || ab.failed
               ? -1
               : add_row(rd, "pair", l ? l->p + g : NULL, l ? l->n - g : 0,
                         qb.data ? qb.data : q->p, qb.data ? qb.len : q->n, a, an, q->line);
      jn__buf_free(&qb);
      jn__buf_free(&ab);
      if (rc == 0)
        rd->sh->rows[rd->sh->n_rows - 1].required = req;
      copied = l && l->item ? l : copied;
      continue;
    }
    if (t->item || jn__sheet_heading(t->p, t->n))
      copied = NULL;
    if (copied && copy_row(rd, tl, i)) {
      /* the item's later rows, which have no marker: a question line, its
       * answer line ("サービス停止の事故歴" / "なし") */
      const jn_text_line *a = &tl->s[i + 1];
      /* the question alone names the field: the item's label may be one
       * line short of the item (an unnumbered label line went unnoticed) */
      rc = add_row(rd, "pair", NULL, 0, s, n, a->p, a->n, t->line);
      i++;
      continue;
    }
    size_t mq, ma;
    jn_buf joined = JN_BUF_INIT;
    size_t last = wrapped_row(tl, i, width, &joined);
    if (last) { /* the row goes on over the next lines: read it whole */
      if (joined.failed)
        return -1;
      const char *kept = jn__sheet_keep(rd->sh, joined.data, joined.len);
      jn__buf_free(&joined);
      if (!kept)
        return -1;
      s = kept, n = strlen(kept);
      i = last;
      rows_to = last + 1;
    }
    if ((mq = marker_between(s, n, &req, &ma)) != 0) {
      /* "3 設立年 事業者の設立年(西暦) 必須 1987年": a row whose cells lost
       * their borders, cut at its required marker */
      size_t g = jn__sheet_leading_id(s, mq), qn = mq - g, va = 0, vq;
      const char *ans = s + ma, *remark = NULL;
      size_t an = n - ma, rn = 0;
      if ((vq = question_then_value(rd, s + g, mq - g, &va)) != 0 &&
          (!an ? rd->marker_last || !answer_below(rd, tl, i)
               : rd->marker_last || answer_opens(rd, s + g + va, mq - g - va))) {
        /* "… 開示情報の年月日(西暦) 2023年7月27日 必須": the marker ends
         * the line, after the answer (a header said so, or the line under
         * it is no answer); or a value opens before it and what follows the
         * marker is the remark column's ("… 42名 選択 前年比+3名") */
        remark = an ? ans : NULL, rn = an;
        qn = vq, ans = s + g + va, an = mq - g - va;
      }
      rc = flat_row(rd, tl, &i, s + g, qn, ans, an, width);
      if (rc == 0)
        rd->sh->rows[rd->sh->n_rows - 1].required = req;
      if (rc == 0 && remark) {
        rd->sh->rows[rd->sh->n_rows - 1].remark = jn__sheet_keep(rd->sh, remark, rn);
        rc = rd->sh->rows[rd->sh->n_rows - 1].remark ? 0 : -1;
      }
      flat_rows = 1;
      continue;
    }
    if (flat_rows && (mq = question_then_value(rd, s, n, &ma)) != 0) {
      /* the next row of the same item, its marker in the row above
       * (rowspan): "設立後の事業年数(…) 25年" */
      rc = flat_row(rd, tl, &i, s, mq, s + ma, n - ma, width);
      continue;
    }
    if (k && jn__sheet_leading_id(t->p, t->n) && (mq = question_then_value(rd, s, n, &ma)) != 0) {
      /* "1 開示情報の日付 開示情報の年月日(西暦) 2024/2/15": a row of a table
       * with no marker column, its cells' borders lost (lynx) */
      rc = flat_row(rd, tl, &i, s, mq, s + ma, n - ma, width);
      flat_rows = 1;
      continue;
    }
    if (k && jn__sheet_leading_id(t->p, t->n) && (ends_asking(rd, s, n) || field_share(rd, s, n)) &&
        answer_wrapped(rd, tl, i + 1, width)) {
      /* the same row wrapped after its question ("13 キャッシュフロー対有利子
       * 負債比率 …(単位:%)" / "有利子負債なし"), or inside it, the rest of the
       * question before the value ("16 財務監査 … 以下より選択する。" /
       * "①…、④いずれでもない ①"): the value on the next lines */
      rc = flat_row(rd, tl, &i, s, n, s + n, 0, width);
      flat_rows = 1;
      continue;
    }
    if (((k && jn__sheet_leading_id(t->p, t->n)) || flat_rows) &&
        (names_field(rd, s, n) || (field_share(rd, s, n) && ends_asking(rd, s, n))) &&
        !question_then_value(rd, s, n, &ma) && row_ends(rd, tl, i + 1)) {
      /* a row of it whose value cell is empty ("7 役員 役員数", "代表者写真",
       * "20 主要取引金融機関 主要取引金融機関の名称"): asked, not answered,
       * unless a list under it holds the answer */
      rc = list_under(tl, i + 1) ? flat_row(rd, tl, &i, s, n, s + n, 0, width)
                                 : add_row(rd, "pair", NULL, 0, s, n, s + n, 0, t->line);
      flat_rows = 1;
      continue;
    }
    /* a row whose question names no field ("33 サービスの変更・終了 対応・代替
     * 措置の基本方針の有無と… 無し") still is one: the item's next rows,
     * questions too, are rows of the same table */
    flat_rows = (flat_rows || (k && jn__sheet_leading_id(t->p, t->n))) && asks(rd, s, n);
    if (k && numbering(t->p, t->n) && n > 1 && s[n - 1] == ':' && !pair_split(s, n, &ln0, 1) &&
        (i + 1 >= tl->n || !tl->s[i + 1].n || numbering(tl->s[i + 1].p, tl->s[i + 1].n) ||
         jn__sheet_heading(tl->s[i + 1].p, tl->s[i + 1].n))) {
      /* "13. 役員数:" or "17. 経常利益額(単位:円):" then the next item or
       * heading: asked, not answered (blank) */
      rc = add_row(rd, "pair", s, n - 1, s, n - 1, s + n, 0, t->line);
      continue;
    }
    size_t qm = question_mark(rd, s, n), an = answer_after(tl, i);
    int asked = qm && an && (v = answer_mark(rd, tl->s[an].p, tl->s[an].n)) != 0;
    if (!asked && !k && unanswered(rd, tl, i)) {
      rc = add_row(rd, "pair", s, n, s, n, s + n, 0, t->line);
      continue;
    }
    if (asked) {
      /* Q: a question / A: its answer, whose sentences may state more
       * (バックアップの頻度は? / 毎週取得し、4世代を保持しています) */
      i = faq_answer(rd, tl, i, s + qm, n - qm, an, v, &rc);
      continue;
    }
    if (!qm && ((v = pair_split(s, n, &ln, k && numbering(t->p, t->n))) != 0 ||
         (!value_below(rd, tl, i) && (v = spaced_value(rd, s, n, &ln)) != 0)) &&
        !(value_below(rd, tl, i) && asks(rd, s + v, n - v)) && /* label: its question */
        !jn__sheet_not_a_level(rd, s + v, n - v) && /* …: 稼働率が99%を下回った場合は返金 */
        (asks(rd, s, ln) || !jn__sheet_not_a_level(rd, s, ln))) {
      /* 稼働率(%) = (総時間 - 停止時間) ÷ …: a formula; a question asks
       * of what it names (受託情報の返還方法: the data, no refund) */
      rc = line_pairs(rd, s, ln, v, n, t->line);
      /* a label naming no field (建物: データセンター専用建物, 消火: ガス系
       * 消火設備): the pair reads as a sentence too, as a table's does */
      if (rc == 0 && !field_share(rd, s, ln) && wordy(s + v, n - v))
        rc = labelled_sentences(rd, s, ln, s + v, n - v, t->line);
    } else if (i + 1 < tl->n && tl->s[i + 1].n &&
               (v = marked_answer(rd, &tl->s[i + 1])) != 0) {
      /* a question line, its answer marked on the next (回答: はい), maybe a
       * list item under it, and the remark after it (補足: 7世代) */
      const jn_text_line *a = &tl->s[i + 1];
      rc = add_row(rd, "pair", NULL, 0, s, n, a->p + v, a->n - v, t->line);
      if (rc == 0)
        rc = sentence_rows(rd, a->p + v, a->n - v, a->line);
      i++;
      if (rc == 0 && (rc = remark_line(rd, tl, i + 1)) > 0)
        rc = 0, i++;
      continue;
    } else if (k && ends_asking(rd, s, n) && i + 2 < tl->n && !tl->s[i + 1].n && tl->s[i + 2].n &&
               !strip_prefix(tl->s[i + 2].p, tl->s[i + 2].n) &&
               !asks(rd, tl->s[i + 2].p, tl->s[i + 2].n)) {
      /* a numbered or quoted question, a blank line and its answer's
       * paragraph, with no Q/A marks (> 6. 初期費用はかかりますか。 / / 初期
       * 費用は…です。: an e-mail reply, a FAQ in prose) */
      rc = block_row(rd, s, n, tl, i + 2, block_end(tl, i + 2), t->line);
    } else if (label_like(s, n) && i + 2 < tl->n && !tl->s[i + 1].n && list_item(&tl->s[i + 2]) &&
               (k ? t->p[0] == '#' && (names_field(rd, s, n) || names_topic(rd, s, n) ||
                                       items_name_ids(rd, tl, i + 2))
                  : !has_digit(s, n) && names_field(rd, s, n))) {
      /* a Markdown heading naming a field or its topic, a blank line, and
       * its list (## 取得認証 / - プライバシーマーク / - ISO/IEC 20000-1; ##
       * アクセス制御 / - …パスワード… / - …シングルサインオン…), or a list
       * naming the field by its values (### 標準 / - ID・パスワード / -
       * 多要素認証); or a heading plain text leaves unmarked (pandoc's plain
       * writer: サポート窓口 / / - 電話:… / - メール:…), which must name a
       * field itself */
      size_t e = i + 2;
      while (e < tl->n && e - i < 18 && list_item(&tl->s[e]))
        e++;
      rc = block_row(rd, s, n, tl, i + 2, e, t->line);
    } else if (k && label_like(s, n) && i + 2 < tl->n && !tl->s[i + 1].n && tl->s[i + 2].n &&
               !strip_prefix(tl->s[i + 2].p, tl->s[i + 2].n)) {
      /* a marked heading (## 2-2 稼働率, ■ バックアップ), a blank line, and its
       * paragraph */
      size_t e = block_end(tl, i + 2), b, le;
      if (e > i + 2 && (le = announced_list(tl, e - 1, &b)) != 0)
        e = le; /* the paragraph announces a list: the list is its answer too */
      if (e > i + 2)
        rc = block_row(rd, s, n, tl, i + 2, e, t->line);
    } else if (!k && one_line_value(rd, tl, i)) {
      /* "事業者名" / "あおばネット株式会社" / "サービス名" / …: label lines
       * each followed by its one value line */
      const jn_text_line *a = &tl->s[i + 1];
      header_pair(rd->sh, s, n, a->p, a->n);
      rc = add_row(rd, "pair", s, n, s, n, a->p, a->n, t->line);
      i++;
      continue;
    } else if (!k && (v = value_past_blank(rd, tl, i)) != 0) {
      /* "法人番号" / "" / "9010401555203": a cell per paragraph */
      jn_buf a = JN_BUF_INIT;
      join_lines(tl, i + 2, v, "\n", &a);
      if (!a.failed)
        header_pair(rd->sh, s, n, a.data, a.len);
      rc = a.failed ? -1 : add_row(rd, "pair", s, n, s, n, a.data, a.len, t->line);
      jn__buf_free(&a);
    } else if (!k && label_like(s, n) && !has_digit(s, n) && i + 2 < tl->n && !tl->s[i + 1].n &&
               tl->s[i + 2].n && !strip_prefix(tl->s[i + 2].p, tl->s[i + 2].n) &&
               (names_field(rd, s, n) || names_topic(rd, s, n))) {
      /* a heading without marks naming a field or its topic (lynx prints
       * <h2>メンテナンス情報 so), a blank line, and its paragraph */
      size_t e = block_end(tl, i + 2);
      if (e > i + 2)
        rc = block_row(rd, s, n, tl, i + 2, e, t->line);
    } else if (label_like(s, n) && (ln = pair_in_run(rd, tl, i, s, n, &v)) != 0) {
      /* "サービス名称 ワークフローBOX" among lines of the same kind: a label
       * and its value on each line, no label over the lines under it */
      rc = line_pairs(rd, s, ln, v, n, t->line);
    } else if ((label_like(s, n) || heads_paragraph(rd, tl, i, width, cols)) && i + 1 < tl->n && tl->s[i + 1].n &&
               !tl->s[i + 1].item) {
      size_t e = t->p[0] == '#' ? list_end(tl, i + 1) : block_end(tl, i + 1);
      if (e > i + 1) {
        header_pair(rd->sh, s, n, tl->s[i + 1].p, tl->s[i + 1].n);
        rc = block_row(rd, s, n, tl, i + 1, e, t->line);
      }
    }
    /* every line that states something is also a sentence: prose, a
     * short line with a figure in it (月間稼働率は99.9%以上を目標), and a
     * list item that ends in a noun but states a fact in a sentence's
     * wording (・免震構造を採用) */
    if (rc == 0 && (!label_like(s, n) || has_digit(s, n) || stated_item(rd, t, s, n)) &&
        !asks(rd, s, n) && !t->item) {
      rc = sentence_rows(rd, s, n, t->line);
      if (rc == 0)
        rc = wrapped_sentence(rd, tl, i, s, n, width);
    } else if (rc == 0 && broken_at_blank(tl, i) && !t->item) {
      rc = wrapped_sentence(rd, tl, i, s, n, 0); /* …通信はTLS / 1.2以上で暗号化 */
    }
    size_t b, e;
    if (rc == 0 && (e = announced_list(tl, i, &b)) != 0)
      /* "当社は以下の認証を取得しています。" then "・ISO/IEC 27001": the
       * sentence's words with the items it announces */
      rc = block_row(rd, s, n, tl, b, e, t->line);
  }
  /* last: the text's own anchors come first among equals */
  return rc == 0 ? answer_sentences(rd) : rc;
}

/* Did a converter break line i at a blank inside a sentence: does it end
 * in a letter or digit, with no 。, and the next line (of the same
 * paragraph) start with one ("…通信はTLS" over "1.2以上で暗号化して…";
 * pandoc and html2text wrap at blanks only, and a Japanese sentence has
 * them only around Latin words)? */
static int broken_at_blank(const jn_text_lines *tl, size_t i) {
  if (i + 1 >= tl->n || !tl->s[i].n || !tl->s[i + 1].n)
    return 0;
  const jn_text_line *t = &tl->s[i], *next = &tl->s[i + 1];
  unsigned char last = (unsigned char)t->p[t->n - 1], first = (unsigned char)next->p[0];
  return jn__scan_is_alnum(last) && jn__scan_is_alnum(first) && !next->item &&
         !strip_prefix(next->p, next->n) &&
         !jn__sheet_find(t->p, t->n, "。") && (unsigned char)t->p[0] >= 0x80;
}

/* A sentence a text browser wrapped over two lines (…2023年1月~12月の稼 /
 * 働率の実績は99.97%でした。): line i's last sentence, cut at the window's
 * edge, with the next line's first, as one more sentence row. Width 0: the
 * line is known to break inside a sentence (broken_at_blank). */
static int wrapped_sentence(jn_sheet_reader *rd, const jn_text_lines *tl, size_t i,
                            const char *s, size_t n, size_t width) {
  if (i + 1 >= tl->n || !tl->s[i + 1].n ||
      (width && (width < 40 || !reaches_edge(&tl->s[i], &tl->s[i + 1], width))))
    return 0;
  const jn_text_line *next = &tl->s[i + 1];
  if (strip_prefix(next->p, next->n) || next->item || jn__sheet_heading(next->p, next->n))
    return 0;
  size_t from = 0; /* after the line's last 。 */
  for (const char *end; (end = jn__sheet_find(s + from, n - from, "。")) != NULL;)
    from = (size_t)(end - s) + 3;
  const char *stop = jn__sheet_find(next->p, next->n, "。");
  size_t to = stop ? (size_t)(stop - next->p) + 3 : next->n;
  if (from >= n || !to)
    return 0;
  jn_buf j = JN_BUF_INIT;
  jn__sheet_put_after(&j, s + from, n - from);
  jn__sheet_put_after(&j, next->p, to);
  int rc = j.failed ? -1 : sentence_rows(rd, j.data, j.len, tl->s[i].line);
  jn__buf_free(&j);
  return rc;
}

/* What a browser prints around each page of a document, never part of it:
 * the local file's address (file:///…/page.html) and the date and time of
 * printing (12/5/26, 6:43 PM). */
static int print_chrome(const char *s, size_t n) {
  if (jn__sheet_starts(s, n, "file:///") && !memchr(s, ' ', n))
    return 1;
  size_t i = 0, fields = 0;
  while (fields < 3) { /* m/d/yy */
    size_t d = 0;
    while (i < n && digit(s[i]) && d < 4)
      i++, d++;
    if (!d || (fields < 2 && (i >= n || s[i++] != '/')))
      return 0;
    fields++;
  }
  if (i + 2 > n || s[i] != ',' || s[i + 1] != ' ')
    return 0;
  i += 2;
  size_t h = 0;
  while (i < n && digit(s[i]) && h < 2)
    i++, h++;
  if (!h || i + 6 != n || s[i] != ':' || !digit(s[i + 1]) || !digit(s[i + 2]) || s[i + 3] != ' ')
    return 0;
  return (s[i + 4] == 'A' || s[i + 4] == 'P') && s[i + 5] == 'M';
}

int jn__sheet_note_text(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  if (print_chrome(s, n))
    n = 0; /* a blank line where the page broke: no value, nothing to join */
  jn_text_lines *tl = &rd->texts;
  if (tl->n == tl->cap) {
    size_t cap = tl->cap ? tl->cap * 2 : 64;
    jn_text_line *p = realloc(tl->s, cap * sizeof *p);
    if (!p)
      return -1;
    tl->s = p, tl->cap = cap;
  }
  const char *kept = n ? jn__sheet_keep(rd->sh, s, n) : "";
  if (!kept)
    return -1;
  tl->s[tl->n++] = (jn_text_line){kept, n, line, 0};
  return 0;
}
