/* sheet_text.c — sheets that lost their table: one cell per line (text
 * copied out of a PDF) or the cells of a row run together (flattened HTML,
 * "1開示情報の時点開示情報の日付…必須2024年5月30日").
 *
 * An item starts at a line that is, or begins with, an item number. In it,
 * the required marker (必須, 選択) separates the question (just before it)
 * from the answer (just after it); without a marker, a line of cells run
 * together is cut where the answer visibly starts (after the question's
 * closing parenthesis, or at its first digit, URL or 〒), and lines of a PDF
 * come in question/answer pairs. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "sheet.h"
#include "utf8.h"

static int emit(jn_sheet_reader *rd, const char *label, const char *q, size_t qn,
                const char *req, const char *a, size_t an, uint64_t line) {
  jn_sheet_row *r = jn__sheet_new_row(rd->sh);
  if (!r)
    return -1;
  while (qn && q[qn - 1] == ' ')
    qn--;
  while (an && *a == ' ')
    a++, an--;
  size_t v, k = !an && rd->marker_last && q ? jn__sheet_question_then_value(rd, q, qn, &v) : 0;
  if (k && v < qn) /* a print whose answer shares the question's baseline, the
                      marker after both: "法人番号 4021001555902" then 必須 */
    a = q + v, an = qn - v, qn = k;
  if (rd->item_title && rd->rows_in_item > 0) {
    /* the item's title heads this row (its label): no row of its own, or
     * its empty answer would stand for the fields the rows under it name */
    rd->sh->rows[rd->item_title - 1].question = "";
    rd->item_title = 0;
  }
  rd->skipped_line = 0;
  r->anchor = "item"; /* an item of the form read from text */
  r->item = rd->item;
  r->section = rd->section;
  if (label)
    rd->label = label;
  r->label = rd->label;
  r->question = jn__sheet_keep(rd->sh, q, qn);
  r->required = req;
  r->answer = jn__sheet_keep(rd->sh, a, an);
  r->line = line;
  rd->last = r;
  rd->rows_in_item++;
  return r->question && r->answer ? 0 : -1;
}

/* Where a required marker stands inside a line of run-together cells
 * (not the words 必須項目, 選択肢, 必須/選択). */
static const char *marker_inside(const char *s, size_t n, const char **canon,
                                 size_t *mlen) {
  int depth = 0; /* "(次から選択: ①…)": inside brackets, the question's words */
  for (size_t i = 0; i + 6 <= n; i++) {
    const char *at = s + i;
    depth += (*at == '(') - (*at == ')' && depth > 0);
    if (depth > 0)
      continue;
    size_t k = jn__marker_word(at, n - i, JN_MARKER_WORD, canon);
    /* 必須項目, 選択肢, 必須/選択, 選択する: words the marker word begins
     * (dict/markers.tsv), not the marker */
    if (!k || jn__marker_word(at, n - i, JN_MARKER_COMPOUND, NULL))
      continue;
    *mlen = k;
    return at;
  }
  return NULL;
}

/* Where the answer starts in "question answer" run together: after the
 * first closing parenthesis, or at the first digit, "http" or 〒 outside
 * parentheses, whichever comes first; n when none. */
static size_t answer_start(const char *s, size_t n) {
  /* "…の有無有り(免震構造)": a yes/no question ends at 有無. */
  const char *yn = jn__sheet_find(s, n, "有無");
  if (yn && (size_t)(yn - s) + 6 < n)
    return (size_t)(yn - s) + 6;
  int depth = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '(')
      depth++;
    else if (c == ')') {
      if (depth == 1 && i + 1 < n)
        return i + 1;
      depth = depth > 0 ? depth - 1 : 0;
    } else if (depth == 0 && i > 0 &&
               (isdigit((unsigned char)c) || jn__sheet_starts(s + i, n - i, "http") ||
                jn__sheet_starts(s + i, n - i, "〒"))) {
      return i;
    }
  }
  return n;
}

/* Where the last catalogue label that starts before `before` ends, with a
 * bracket right after it ("事業所数(国内、国外)"): the question's end when
 * nothing else shows it ("サービス停止の事故歴事故歴なし", "代表者年齢五十七歳",
 * "…の情報資産(利用者データ等)の返却有り"). 0 when there is none. */
static size_t label_end(const jn_sheet_reader *rd, const char *s, size_t n, size_t before) {
  const jn_labels *lb = &rd->ctx->labels;
  size_t best = 0;
  for (size_t f = 0; f < lb->n_fields; f++) {
    size_t at, end;
    if (jn__label_find(lb, rd->match, f, s, n, 0, &at, &end) && at < before && end > best)
      best = end;
  }
  if (best && best < n && s[best] == '(') {
    const char *close = memchr(s + best, ')', n - best);
    best = close ? (size_t)(close - s) + 1 : best;
  }
  return best;
}

static const char *wrapped(jn_sheet_reader *rd, const char *text, const char *s, size_t n);

/* Does the text after a label go on with the same phrase (サービスの名称
 * 及び内容, …の名称と所在地): a conjunction or particle that joins the label
 * to more words (dict/words.tsv "label_join"), so the label is no question
 * of its own? */
static int goes_on(const jn_sheet_reader *rd, const char *s, size_t n) {
  return jn__words_start(&rd->ctx->lex, JN_WORDS_LABEL_JOIN, s, n) > 0;
}

/* A line of cells run together (flattened), inside an item. */
static int flat_line(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  const char *req;
  size_t ml;
  const char *m = marker_inside(s, n, &req, &ml);
  size_t yes = strlen("○");
  if (m && ml > yes && (size_t)(m - s) + ml == n && !memcmp(m + ml - yes, "○", yes)) {
    /* "…必須○" ending the line: the marker 必須, answered ○ */
    ml = jn__marker_word(m, ml - yes, JN_MARKER_WORD, &req);
  }
  if (m)
    return emit(rd, NULL, s, (size_t)(m - s), req, m + ml, n - (size_t)(m - s) - ml, line);
  /* "13. 役員数:12名", "13. 役員数:" (unanswered): the colon cuts */
  size_t b = 0, ln, v;
  while (b < n && (s[b] == '.' || s[b] == ')' || s[b] == ' '))
    b++;
  if (b < n && s[n - 1] == ':' && !memchr(s + b, ':', n - b - 1))
    return emit(rd, NULL, s + b, n - b - 1, NULL, s + n, 0, line);
  if (b < n && (v = jn__sheet_pair_split(s + b, n - b, &ln)) != 0)
    return emit(rd, NULL, s + b, ln, NULL, s + b + v, n - b - v, line);
  /* The answer starts where it looks like one, or after the question's
   * catalogue label when that reaches further. */
  size_t cut = answer_start(s, n), label = label_end(rd, s, n, cut == n ? 1 : cut);
  if ((label > cut || (cut == n && label)) && !goes_on(rd, s + label, n - label))
    cut = label;
  for (size_t i = 0; jn__scan_prefix_word(i); i++) { /* 約24年: 約 is the answer's */
    const char *w = jn__scan_prefix_word(i);
    size_t k = strlen(w);
    if (cut >= k && cut < n && !memcmp(s + cut - k, w, k)) {
      cut -= k;
      break;
    }
  }
  if (rd->rows_in_item > 0 && cut == n && !label && rd->last) {
    /* a line with no answer that names nothing: no row, which would only
     * lend the item's title to an empty answer ("架空クラウドPBX カスタ
     * マ"); one run of text right after an answer is its wrapped rest */
    if (!*rd->last->answer || memchr(s, ' ', n) || rd->skipped_line) {
      rd->skipped_line = 1;
      return 0;
    }
    rd->last->answer = wrapped(rd, rd->last->answer, s, n);
    return rd->last->answer ? 0 : -1;
  }
  int heading = rd->rows_in_item == 0 && cut == n;
  if (emit(rd, NULL, s, cut, NULL, s + cut, n - cut, line) != 0)
    return -1;
  if (heading) { /* "2お問い合わせ窓口" over "電話 0120-…": the item's label */
    rd->label = rd->last->question;
    rd->item_title = (size_t)(rd->last - rd->sh->rows) + 1;
  }
  return 0;
}

/* The cells of a PDF item gathered so far become rows. */
static int pdf_flush(jn_sheet_reader *rd, uint64_t line) {
  int rc = 0;
  size_t k = 0;
  if (rd->n_cells && rd->cells_line)
    line = rd->cells_line; /* the rows start where their first cell stands */
  if (rd->rows_in_item == 0 && rd->n_cells >= 2) { /* no marker at all */
    size_t q = rd->n_cells - 2;
    rc = emit(rd, q > 0 ? rd->cells[q - 1] : NULL, rd->cells[q], strlen(rd->cells[q]),
              NULL, rd->cells[q + 1], strlen(rd->cells[q + 1]), line);
    k = rd->n_cells;
  }
  for (; rc == 0 && k + 1 < rd->n_cells; k += 2) /* question/answer pairs */
    rc = emit(rd, NULL, rd->cells[k], strlen(rd->cells[k]), NULL, rd->cells[k + 1],
              strlen(rd->cells[k + 1]), line);
  if (rc == 0 && k < rd->n_cells) { /* a question left without its answer */
    const char *q = rd->cells[k];
    size_t qn = strlen(q), v, at = jn__sheet_question_then_value(rd, q, qn, &v);
    /* or with it on its line: "法人番号 5010001055558" */
    rc = at && v < qn ? emit(rd, NULL, q, at, NULL, q + v, qn - v, line)
                      : emit(rd, NULL, q, qn, NULL, "", 0, line);
  }
  rd->n_cells = 0;
  return rc;
}

/* Is this line of PDF text a question rather than the wrapped rest of an
 * answer? A catalogue label makes at least half of it ("事業所数(国内、
 * 国外)", "法人番号"), or it ends like a question does. */
static int question_like(const jn_sheet_reader *rd, const char *s, size_t n) {
  if (jn__words_end(&rd->ctx->lex, JN_WORDS_QUESTION_ENDING, s, n))
    return 1;
  /* the guideline's examples in brackets after the question's end:
   * 代表者経歴(学歴、業務履歴、資格等) */
  const char *open = n > 2 && s[n - 1] == ')' ? memchr(s, '(', n) : NULL;
  if (open && open > s && jn__words_end(&rd->ctx->lex, JN_WORDS_QUESTION_ENDING, s, (size_t)(open - s)))
    return 1;
  char text[512];
  size_t k = jn__squash(s, n, text, sizeof text);
  const jn_labels *lb = &rd->ctx->labels;
  for (size_t f = 0; f < lb->n_fields; f++) {
    size_t at, end; /* a label at the start: 設立後の事業年数(1年未満の場合は月数) */
    if (jn__label_find(lb, rd->match, f, text, k, 0, &at, &end) &&
        (2 * (end - at) >= k || ((at == 0 || end == k) && end - at >= 12)))
      return 1;
  }
  return 0;
}

/* text + line, joined as a line that wrapped: without a space between two
 * Japanese characters (512kbps以 / 上), with one otherwise. NULL when
 * memory ran out. */
static const char *wrapped(jn_sheet_reader *rd, const char *text, const char *s, size_t n) {
  size_t a = strlen(text);
  int space = !(a && (unsigned char)text[a - 1] >= 0x80 && n && (unsigned char)s[0] >= 0x80);
  return jn__sheet_join(rd->sh, text, space ? " " : "", s, n);
}

/* Appends a wrapped line to the answer of the item's last row, and
 * remembers it: if a marker follows, it was the next question. */
static int pdf_continue(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  if (rd->n_wraps == JN_WRAPS_MAX) { /* the oldest can no longer be a question's */
    memmove(rd->wraps, rd->wraps + 1, (JN_WRAPS_MAX - 1) * sizeof rd->wraps[0]);
    rd->n_wraps--;
  }
  size_t w = rd->n_wraps++;
  rd->wraps[w].before = rd->last->answer;
  rd->wraps[w].text = jn__sheet_keep(rd->sh, s, n);
  rd->wraps[w].line = line;
  rd->last->answer = wrapped(rd, rd->last->answer, s, n);
  return rd->last->answer && rd->wraps[w].text ? 0 : -1;
}

/* A marker follows lines taken as the last answer's wrapped rest: the last
 * of them were its question. As many as make a question (a catalogue
 * label, a question's ending: "世代バックアップ(何" over "世代前までかを記
 * 述)"), the fewest that do; one when none does. They go back to cells[],
 * joined, and the answer is what it was before them. */
static int take_back_question(jn_sheet_reader *rd) {
  size_t from = rd->n_wraps - 1;
  const char *q = rd->wraps[from].text, *joined = q;
  for (size_t m = 1; m <= rd->n_wraps; m++) {
    size_t i = rd->n_wraps - m; /* the last m lines, joined */
    if (m > 1 && !(joined = wrapped(rd, rd->wraps[i].text, joined, strlen(joined))))
      return -1;
    if (question_like(rd, joined, strlen(joined))) {
      from = i, q = joined;
      break;
    }
  }
  rd->last->answer = rd->wraps[from].before;
  rd->cells[rd->n_cells++] = q;
  rd->cells_line = rd->wraps[from].line;
  return 0;
}

static int ends_with(const char *s, const char *end) {
  size_t n = strlen(s), k = strlen(end);
  return n >= k && !memcmp(s + n - k, end, k);
}

/* cells[from, to) joined with spaces, kept by the sheet. */
static const char *joined_range(jn_sheet_reader *rd, size_t from, size_t to) {
  const char *kept = rd->cells[from];
  for (size_t i = from + 1; kept && i < to; i++)
    kept = jn__sheet_join(rd->sh, kept, " ", rd->cells[i], strlen(rd->cells[i]));
  return kept;
}

/* Is s[0..n) one of the item's label cells again (the labels are joined
 * with blanks)? A page that repeats its 大項目 cell on every row instead
 * of spanning them (事業所等の概要 over 事業者名, then over 法人番号) opens
 * each of the item's later rows with it. */
static int repeats_label(const jn_sheet_reader *rd, const char *s, size_t n) {
  for (const char *at = rd->label; at && n; at = strchr(at, ' '), at = at ? at + 1 : NULL)
    if (!strncmp(at, s, n) && (at[n] == '\0' || at[n] == ' '))
      return 1; /* a whole cell, from one blank (or the start) to the next */
  return 0;
}

/* One line of a PDF item. After the item's first row, lines come as
 * question/answer pairs, but an answer may wrap onto more lines: a line
 * after an answer that does not read as a question, or that follows an
 * answer ending in 、, continues it. */
static int pdf_line(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  if (rd->want_answer) {
    rd->want_answer = 0;
    rd->last->answer = jn__sheet_keep(rd->sh, s, n);
    return rd->last->answer ? 0 : -1;
  }
  int closed = rd->marker_closed; /* the marker after an answer ends it */
  rd->marker_closed = 0;
  if (rd->rows_in_item > 0 && rd->n_cells == 0 && repeats_label(rd, s, n))
    return 0; /* the row's label cell, the item's own */
  if (!closed && rd->rows_in_item > 0 && rd->n_cells == 0 && rd->last && rd->last->answer &&
      *rd->last->answer && !jn__sheet_marker(s, n, &(const char *){NULL}) &&
      !jn__sheet_marker_led(s, n, &(const char *){NULL}) &&
      (!question_like(rd, s, n) || ends_with(rd->last->answer, "、")))
    return pdf_continue(rd, s, n, line);
  const char *req;
  size_t ml = jn__sheet_marker(s, n, &req);
  if (!ml && (rd->n_cells > 0 || rd->n_wraps)) /* the marker stuck to its answer: 必須2025/2/15 */
    ml = jn__sheet_marker_led(s, n, &req);
  /* "代表者経歴(…)" then 選択 (or 選択2011年…): the lines taken as the rest
   * of the last answer were this marker's question */
  if (ml && rd->n_cells == 0 && rd->n_wraps && take_back_question(rd) != 0)
    return -1;
  rd->n_wraps = 0;
  if (ml && ml == n && rd->marker_last && rd->n_cells >= 2) {
    /* under a header that puts the marker after the answer: the cell
     * before the marker is the answer, the one before it the question */
    size_t k = rd->n_cells, j = k - 2;
    /* an answer of several paragraphs: the cells after the last question */
    for (size_t i = k - 1; i-- > 0;)
      if (question_like(rd, rd->cells[i], strlen(rd->cells[i]))) {
        j = i;
        break;
      }
    const char *q = rd->cells[j], *a = joined_range(rd, j + 1, k);
    const char *label = j >= 1 ? joined_range(rd, 0, j) : NULL;
    if (j == k - 2 && question_like(rd, a, strlen(a)) && !question_like(rd, q, strlen(q))) {
      /* a blank answer prints nothing: the cell before the marker is
       * the question, those before it the item's label */
      label = joined_range(rd, 0, k - 1);
      q = a, a = "";
    }
    if (!a || (j >= 1 && !label))
      return -1;
    rd->n_cells = 0;
    rd->marker_closed = 1;
    return emit(rd, label, q, strlen(q), req, a, strlen(a), line);
  }
  if (ml) {
    /* The cell before the marker is the question, those before it labels
     * (all of them: a label or a question that wraps takes two lines, and
     * "資本関係 株主構成 大株主の名称…及び各々の" keeps 株主構成). */
    const char *q = rd->n_cells ? rd->cells[rd->n_cells - 1] : "";
    const char *label = rd->n_cells >= 2 ? joined_range(rd, 0, rd->n_cells - 1) : NULL;
    rd->n_cells = 0;
    int rc = emit(rd, label, q, strlen(q), req, s + ml, n - ml, line);
    rd->want_answer = rc == 0 && ml == n;
    return rc;
  }
  if (!ml && rd->n_cells > 0) {
    /* "事業者の設立年(西暦) 必須 2004年": a marker between blanks inside
     * the line (its halves joined back, sheet_halves.c) parts the
     * question from the answer on the question's last line */
    const char *canon;
    size_t mlen;
    const char *m = marker_inside(s, n, &canon, &mlen);
    if (m && m > s && m[-1] == ' ' && (m + mlen == s + n || m[mlen] == ' ')) {
      const char *label = joined_range(rd, 0, rd->n_cells);
      if (!label)
        return -1;
      rd->n_cells = 0;
      int rc = emit(rd, label, s, (size_t)(m - s), canon, m + mlen, n - (size_t)(m - s) - mlen, line);
      rd->want_answer = rc == 0 && m + mlen == s + n;
      return rc;
    }
  }
  /* a question that wraps: "…開示の可否と、" then "可能な場合の条件等" */
  if (rd->rows_in_item > 0 && rd->n_cells == 1 &&
      (ends_with(rd->cells[0], "、") || ends_with(rd->cells[0], "の"))) {
    rd->cells[0] = wrapped(rd, rd->cells[0], s, n);
    return rd->cells[0] ? 0 : -1;
  }
  if (rd->n_cells == JN_MAX_CELLS && pdf_flush(rd, line) != 0)
    return -1;
  rd->cells[rd->n_cells] = jn__sheet_keep(rd->sh, s, n);
  if (rd->n_cells == 0)
    rd->cells_line = line;
  if (!rd->cells[rd->n_cells++])
    return -1;
  /* past the item's first row, a question and its answer make a row */
  return rd->rows_in_item > 0 && rd->n_cells == 2 ? pdf_flush(rd, rd->cells_line) : 0;
}

/* Can v be the next item's number: after the previous item's (up to a
 * few skipped), since without a table "52歳" or "6か月前" would look like
 * items too? Items may repeat, come a little out of order, or skip ahead
 * (a newer guideline numbers later items 7 higher), never far. */
static int follows(int last, int v) { return last ? v > 0 && v >= last - 5 && v <= last + 10 : v <= 3; }

/* A line that is an item's id alone, written with its prefix or brackets
 * (No.12, (12), Q12), that follows the item before: its number in *id,
 * *idn. A bare number is item_number's. */
static int item_id_line(const jn_sheet_reader *rd, const char *s, size_t n, const char **id,
                        size_t *idn) {
  return jn__sheet_prefixed_item_id(s, n, id, idn) && follows(rd->last_item, atoi(*id));
}

/* Does s start an item? Its number must follow the previous item's. */
static int item_number(const jn_sheet_reader *rd, const char *s, size_t n,
                       size_t *digits) {
  size_t d = 0;
  int v = 0;
  while (d < n && d < 4 && isdigit((unsigned char)s[d]))
    v = v * 10 + (s[d++] - '0');
  *digits = d;
  if (d == 0 || d > 3)
    return 0;
  if (d == n) /* "12" alone: a PDF item */
    return follows(rd->last_item, v);
  if (rd->pdf || !follows(rd->last_item, v))
    return 0; /* in PDF text an item number stands alone */
  /* "1開示情報…", "48SLA…": a number run into text; not 2023/…, 3.5,
   * 10:00, 5%, nor a date. */
  unsigned char c = (unsigned char)s[d];
  if (strchr(" ./:,-%)~", c))
    return 0;
  return !jn__sheet_starts(s + d, n - d, "年") && !jn__sheet_starts(s + d, n - d, "月") &&
         !jn__sheet_starts(s + d, n - d, "日");
}

/* The foot of a page, not a row: "- 3 -", "1 / 6", "Copyright (C) …". */
static int page_footer(const char *s, size_t n) {
  size_t i = jn__sheet_starts(s, n, "- ") ? 2 : 0, d = i;
  while (i < n && isdigit((unsigned char)s[i]))
    i++;
  if (d == 2) /* - 3 - */
    return n >= 5 && i > 2 && i + 2 == n && !memcmp(s + i, " -", 2);
  if (i > 0 && i + 3 < n && !memcmp(s + i, " / ", 3)) { /* 1 / 6 */
    size_t j = i + 3;
    while (j < n && isdigit((unsigned char)s[j]))
      j++;
    if (j == n && j > i + 3)
      return 1;
  }
  return jn__sheet_starts(s, n, "Copyright") || jn__sheet_starts(s, n, "(C)") ||
         jn__sheet_starts(s, n, "©");
}

/* A line that is one of the guideline's section titles (dict/patterns.tsv,
 * "section"), as PDF text leaves them between items. */
int jn__sheet_section_title(const jn_sheet_reader *rd, const char *s, size_t n) {
  const pcre2_code *re = rd->ctx->patterns.re[JN_PAT_SECTION];
  int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, rd->match,
                       NULL);
  return rc >= 1 && pcre2_get_ovector_pointer(rd->match)[1] == n;
}

int jn__sheet_text_line(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  size_t d = 0;
  if (page_footer(s, n))
    return 0;
  int titled = rd->pdf && jn__sheet_section_title(rd, s, n);
  if (jn__sheet_starts(s, n, "- ") || titled ||
      (rd->pdf && n > 0 && jn__sheet_starts(s, n, "■"))) {
    if (rd->pdf && pdf_flush(rd, line) != 0)
      return -1;
    size_t skip = titled ? 0 : jn__sheet_starts(s, n, "■") ? 3 : 2;
    rd->section = jn__sheet_keep(rd->sh, s + skip, n - skip);
    rd->item = NULL;
    rd->label = NULL;
    return rd->section ? 0 : -1;
  }
  const char *id = s;
  size_t idn = 0;
  int alone = item_id_line(rd, s, n, &id, &idn);
  if (alone || item_number(rd, s, n, &d)) {
    if (rd->pdf && pdf_flush(rd, line) != 0)
      return -1;
    d = alone ? n : d;
    rd->item = jn__sheet_keep(rd->sh, id, alone ? idn : d);
    rd->last_item = atoi(rd->item);
    rd->label = NULL;
    rd->rows_in_item = 0;
    rd->item_title = 0;
    rd->want_answer = 0;
    rd->n_wraps = 0;
    rd->item_line = line;
    if (d == n)
      return rd->item ? 0 : -1;
    return rd->pdf ? pdf_line(rd, s + d, n - d, line) : flat_line(rd, s + d, n - d, line);
  }
  if (!rd->item)
    return 0; /* before the first item: titles, notes */
  return rd->pdf ? pdf_line(rd, s, n, line) : flat_line(rd, s, n, line);
}

/* A Markdown list item's bullet ("* " or "+ ", then blanks): its length,
 * 0 when the line has none. turndown and html2markdown write an answer
 * that is a list (<ul> in the cell) so. "- " is not one here: in text
 * read as items it opens a section (jn__sheet_text_line). */
size_t jn__sheet_list_bullet(const char *s, size_t n) {
  if (n < 3 || (s[0] != '*' && s[0] != '+') || s[1] != ' ')
    return 0;
  size_t k = 2;
  while (k < n && s[k] == ' ')
    k++;
  return k < n ? k : 0;
}

int jn__sheet_text_list_item(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  if (rd->pdf && rd->want_answer)
    return pdf_line(rd, s, n, line); /* the list is the answer after the marker */
  if (rd->pdf && rd->rows_in_item > 0 && rd->n_cells == 0 && rd->last && rd->last->answer &&
      *rd->last->answer) { /* its next item, on a line of its own */
    rd->last->answer = jn__sheet_join(rd->sh, rd->last->answer, "\n", s, n);
    return rd->last->answer ? 0 : -1;
  }
  return jn__sheet_text_line(rd, s, n, line);
}

int jn__sheet_text_end(jn_sheet_reader *rd) {
  return rd->pdf ? pdf_flush(rd, rd->item_line) : 0;
}
