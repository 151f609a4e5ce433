/* sheet.c — jn_sheet_parse(): one disclosure sheet into a header and answer
 * rows (spec §3).
 *
 * The sheet is normalized first (tabs kept as cell separators, HTML
 * fragments stripped), so every layout reads the same way; then each line
 * becomes cells (sheet_cells.c) and each row of cells is read by the
 * position of what it holds, not by fixed columns, because real sheets shift
 * cells: the item number comes first, the required marker (必須, 選択) sits
 * alone or stuck to the answer, the answer is the last thing on the row,
 * the question the last thing before it, and labels come before that. Page
 * headers become metadata, footnotes and column headers are dropped,
 * section rows set the section, and a row with no item number continues
 * the item above. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <stdint.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>
#include <unicode/ustring.h>

#include "buf.h"
#include "ctx.h"
#include "error.h"
#include "sheet.h"
#include "utf8.h"

/* ------------------------------------------------------------ ownership */

/* Copies s, turning the paragraph marks of mark_paragraphs() into line
 * breaks: spaces around them and marks at either end are dropped. */
static size_t copy_paragraphs(char *c, const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] != JN_PARAGRAPH_MARK) {
      c[k++] = s[i];
      continue;
    }
    while (k && c[k - 1] == ' ')
      k--;
    while (i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == JN_PARAGRAPH_MARK))
      i++;
    if (k && c[k - 1] != '\n' && i + 1 < n)
      c[k++] = '\n';
  }
  return k;
}

const char *jn__sheet_keep(jn_sheet *sh, const char *s, size_t n) {
  if (sh->n_strings == sh->cap_strings) {
    size_t cap = sh->cap_strings ? sh->cap_strings * 2 : 256;
    char **p = realloc(sh->strings, cap * sizeof *p);
    if (!p)
      return NULL;
    sh->strings = p;
    sh->cap_strings = cap;
  }
  char *c = malloc(n + 1);
  if (!c)
    return NULL;
  size_t k = n;
  if (n && memchr(s, JN_PARAGRAPH_MARK, n))
    k = copy_paragraphs(c, s, n);
  else if (n)
    memcpy(c, s, n); /* an empty string may come as (NULL, 0) */
  c[k] = '\0';
  sh->strings[sh->n_strings++] = c;
  return c;
}

const char *jn__sheet_join(jn_sheet *sh, const char *a, const char *sep, const char *b,
                           size_t bn) {
  size_t an = strlen(a), sn = strlen(sep);
  char *joined = malloc(an + sn + bn + 1);
  if (!joined)
    return NULL;
  memcpy(joined, a, an);
  memcpy(joined + an, sep, sn);
  memcpy(joined + an + sn, b, bn);
  const char *kept = jn__sheet_keep(sh, joined, an + sn + bn);
  free(joined);
  return kept;
}

jn_sheet_row *jn__sheet_new_row(jn_sheet *sh) {
  if (sh->n_rows == sh->cap_rows) {
    size_t cap = sh->cap_rows ? sh->cap_rows * 2 : 128;
    jn_sheet_row *p = realloc(sh->rows, cap * sizeof *p);
    if (!p)
      return NULL;
    sh->rows = p;
    sh->cap_rows = cap;
  }
  jn_sheet_row *r = &sh->rows[sh->n_rows++];
  memset(r, 0, sizeof *r);
  r->anchor = "row";
  return r;
}

void jn_sheet_free(jn_sheet *sh) {
  if (!sh)
    return;
  jn_sheet_free(sh->grid_reading);
  free(sh->columns);
  for (size_t i = 0; i < sh->n_strings; i++)
    free(sh->strings[i]);
  free(sh->strings);
  free(sh->rows);
  free(sh);
}

const jn_sheet_header *jn_sheet_get_header(const jn_sheet *sh) {
  return &sh->header;
}
const jn_sheet *jn_sheet_grid_reading(const jn_sheet *sh) { return sh ? sh->grid_reading : NULL; }
size_t jn_sheet_row_count(const jn_sheet *sh) { return sh ? sh->n_rows : 0; }

size_t jn_sheet_columns_count(const jn_sheet *sh) { return sh ? sh->n_columns : 0; }

const jn_sheet_columns *jn_sheet_columns_at(const jn_sheet *sh, size_t i) {
  return sh && i < sh->n_columns ? &sh->columns[i] : NULL;
}

/* Keeps a header row's roles for jnorm parse to show. */
static int note_columns(jn_sheet *sh, const jn_roles *r, uint64_t line) {
  static const char *const names[] = {"-",        "answer",   "marker", "item",  "label",
                                      "question", "note",     "remark", "choice"};
  if (sh->n_columns == sh->cap_columns) {
    size_t cap = sh->cap_columns ? sh->cap_columns * 2 : 8;
    jn_sheet_columns *p = realloc(sh->columns, cap * sizeof *p);
    if (!p)
      return -1;
    sh->columns = p, sh->cap_columns = cap;
  }
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < r->n; i++) {
    if (i)
      jn__buf_puts(&b, " ");
    jn__buf_puts(&b, names[r->role[i] < 9 ? r->role[i] : 0]);
  }
  const char *kept = b.failed ? NULL : jn__sheet_keep(sh, b.data ? b.data : "", b.len);
  jn__buf_free(&b);
  if (!kept)
    return -1;
  sh->columns[sh->n_columns++] = (jn_sheet_columns){line, kept};
  return 0;
}
const jn_sheet_row *jn_sheet_row_at(const jn_sheet *sh, size_t i) {
  return sh && i < sh->n_rows ? &sh->rows[i] : NULL;
}

/* ------------------------------------------------------------ reading */

int jn__sheet_starts(const char *s, size_t n, const char *word) {
  size_t w = strlen(word);
  return n >= w && memcmp(s, word, w) == 0;
}

const char *jn__sheet_find(const char *s, size_t n, const char *word) {
  size_t w = strlen(word);
  for (size_t i = 0; i + w <= n; i++)
    if (memcmp(s + i, word, w) == 0)
      return s + i;
  return NULL;
}

/* An item number: 1-3 digits, maybe a final '.'. */
static int is_item(const char *s, size_t n) {
  if (n && s[n - 1] == '.')
    n--;
  if (n == 0 || n > 3)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i]))
      return 0;
  return 1;
}

/* A line that is an item's id alone with its prefix or brackets (No.12,
 * (12), Q12, 項番12): its number, 0 when none. A bare number is
 * is_item's. */
static int prefixed_item(const char *s, size_t n) {
  const char *id;
  size_t idn;
  return jn__sheet_prefixed_item_id(s, n, &id, &idn) ? atoi(id) : 0;
}

static size_t digits_at(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && k < 4 && isdigit((unsigned char)s[k]))
    k++;
  return k < 4 ? k : 0;
}

/* Item ids as forms and vendors write them: 12, 12., 12), (12), No.12,
 * #12, Q12, 問12, 項番12, and a sub-row 1-1. The id is the number (with
 * its sub-number). */
int jn__sheet_item_id(const char *s, size_t n, const char **id, size_t *idn) {
  static const char *const prefixes[] = {"No.", "NO.", "No", "no.", "#", "Q", "問", "項番", "("};
  size_t k = 0;
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    if (jn__sheet_starts(s, n, prefixes[i])) {
      k = strlen(prefixes[i]);
      break;
    }
  while (k < n && k && s[k] == ' ')
    k++;
  size_t d = digits_at(s + k, n - k);
  if (!d)
    return 0;
  size_t e = k + d;
  if (e + 1 < n && s[e] == '-' && digits_at(s + e + 1, n - e - 1))
    e += 1 + digits_at(s + e + 1, n - e - 1);
  *id = s + k;
  *idn = e - k;
  if (e < n && (s[e] == '.' || s[e] == ')'))
    e++;
  return e == n && !(s[0] == '(' && s[e - 1] != ')');
}

int jn__sheet_prefixed_item_id(const char *s, size_t n, const char **id, size_t *idn) {
  return n && !isdigit((unsigned char)s[0]) && jn__sheet_item_id(s, n, id, idn);
}

/* Is the row, under a table's known columns, one of its items rather than
 * the header of a next table, whatever words its cells hold (a label of the
 * form, サービス稼働設定値, may end in a header's word, 設定値)? It is when it
 * holds an item's number (7-13) in the column the header named for it (No.;
 * a spreadsheet's own row numbers stand before that column and do not
 * count), or the required marker alone in a cell (必須): a header names
 * that column (必須/選択), an item fills it. */
static int item_row(const jn_roles *r, const jn_cells *c) {
  const char *id, *canon;
  size_t idn, i = (size_t)r->item;
  if (!r->known)
    return 0;
  if (r->item >= 0 && i < c->n && jn__sheet_item_id(c->p[i], c->len[i], &id, &idn))
    return 1;
  for (i = 0; i < c->n; i++)
    if (c->len[i] && jn__sheet_marker(c->p[i], c->len[i], &canon) == c->len[i])
      return 1;
  return 0;
}

/* The required marker alone in a cell, or at the start of one: its length
 * (with the space after it) and its canonical form. */
size_t jn__sheet_marker(const char *s, size_t n, const char **canon) {
  size_t k = jn__marker_word(s, n, JN_MARKER_WORD, canon);
  if (k) {
    /* 必須(注) / 選択 (注): the note mark belongs to the marker. */
    if (jn__sheet_starts(s + k, n - k, "(注)"))
      k += strlen("(注)");
    if (k < n && s[k] != ' ')
      return 0; /* 選択肢…, 必須項目: a word, not the marker */
    /* "必須 選択": one marker per sub-question of a merged question (one
     * call per marker: the line is read once) */
    const char *next;
    size_t more = k < n ? jn__sheet_marker(s + k + 1, n - k - 1, &next) : 0;
    if (more)
      return k + 1 + more;
    return k < n ? k + 1 : k;
  }
  /* a marker column too narrow for its word (w3m, html2text) prints one
   * character of it per line, beside the answer's lines: "必 1998年",
   * then "須 25年" */
  k = jn__marker_word(s, n, JN_MARKER_HALF, canon);
  return k && n > k + 1 && s[k] == ' ' && s[k + 1] != ' ' ? k + 1 : 0;
}

/* The certifier's page header: its keys and where each goes. */
static const struct {
  const char *key;
  size_t off;
} header_keys[] = {{"認定番号", offsetof(jn_sheet_header, cert_number)},
                   {"サービス名称", offsetof(jn_sheet_header, service_name)},
                   {"事業者名称", offsetof(jn_sheet_header, company_name)}};

const char **jn__sheet_header_slot(jn_sheet *sh, const char *key, size_t n) {
  for (size_t k = 0; k < sizeof header_keys / sizeof header_keys[0]; k++)
    if (n == strlen(header_keys[k].key) && !memcmp(key, header_keys[k].key, n))
      return (const char **)((char *)&sh->header + header_keys[k].off);
  return NULL;
}

int jn__sheet_header_pair(jn_sheet *sh, const char *l, size_t ln, const char *v, size_t vn) {
  const char **slot = jn__sheet_header_slot(sh, l, ln);
  if (!slot || *slot || !vn || vn >= 200)
    return 0;
  *slot = jn__sheet_keep(sh, v, vn);
  return *slot ? 0 : -1;
}

/* "認定番号: X, サービス名称: Y, 事業者名称: Z" */
void jn__sheet_metadata(jn_sheet *sh, const char *s, size_t n) {
  for (size_t k = 0; k < sizeof header_keys / sizeof header_keys[0]; k++) {
    const char *at = jn__sheet_find(s, n, header_keys[k].key);
    const char **slot = (const char **)((char *)&sh->header + header_keys[k].off);
    if (!at || *slot)
      continue;
    const char *v = at + strlen(header_keys[k].key);
    const char *end = s + n;
    while (v < end && (*v == ':' || *v == ' ' || *v == '\t'))
      v++;
    /* the value ends at ", " or where the next key starts (keys written
     * apart by spaces only: "認定番号: 0642-2011 サービス名称: …") */
    const char *stop = v;
    while (stop < end && stop[0] != '\t' &&
           !((stop[0] == ',' || stop[0] == '/' || stop[0] == '|') &&
             (stop + 1 == end || stop[1] == ' ')))
      stop++;
    for (size_t o = 0; o < sizeof header_keys / sizeof header_keys[0]; o++) {
      const char *next = jn__sheet_find(v, (size_t)(stop - v), header_keys[o].key);
      if (next && next > v)
        stop = next;
    }
    while (stop > v && stop[-1] == ' ')
      stop--;
    /* "(認定番号 0555-2611)" in a sentence: the value ends at the bracket
     * closing one opened before the key */
    int depth = 0;
    for (const char *p = v; p < stop; p++) {
      depth += (*p == '(') - (*p == ')');
      if (depth < 0) {
        stop = p;
        break;
      }
    }
    if (stop > v)
      *slot = jn__sheet_keep(sh, v, (size_t)(stop - v));
  }
}

/* "… (3/8)": a page header; the page count is the largest denominator. */
int jn__sheet_page_header(jn_sheet *sh, const char *s, size_t n) {
  const char *open = NULL;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '(')
      open = s + i;
  if (!open || s[n - 1] != ')')
    return 0;
  int a = 0, b = 0;
  char tail[32];
  size_t tl = (size_t)(s + n - open);
  if (tl >= sizeof tail)
    return 0;
  memcpy(tail, open, tl);
  tail[tl] = '\0';
  if (sscanf(tail, "(%d/%d)", &a, &b) != 2 || a < 1 || b < a)
    return 0;
  if (b > sh->header.pages)
    sh->header.pages = b;
  return 1;
}

/* Where the version token that ends at `ver` (its 版) starts: back over
 * digits and 年 月 平成 令和 第, no further than `limit`. */
static const char *version_start(const char *limit, const char *ver) {
  static const char *const parts[] = {"年", "月", "平成", "令和", "第"};
  const char *from = ver;
  for (int moved = 1; moved && from > limit;) {
    moved = 0;
    if (from[-1] >= '0' && from[-1] <= '9') {
      from--;
      moved = 1;
      continue;
    }
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
      size_t pl = strlen(parts[k]);
      if ((size_t)(from - limit) >= pl && memcmp(from - pl, parts[k], pl) == 0) {
        from -= pl;
        moved = 1;
        break;
      }
    }
  }
  return from;
}

/* The guideline a sheet cites: "平成29年3月版「…情報開示指針」" → that
 * version and name; the name alone when no version is given. */
void jn__sheet_guideline(jn_sheet *sh, const char *s, size_t n) {
  const char *open = jn__sheet_find(s, n, "「");
  const char *close = open ? jn__sheet_find(open, (size_t)(s + n - open), "」") : NULL;
  if (!open || !close || !jn__sheet_find(open, (size_t)(close - open), "指針"))
    return;
  const char *from = open, *ver = jn__sheet_find(s, (size_t)(open - s), "版");
  if (ver && ver + 3 == open) /* a version right before: 平成29年3月版 */
    from = version_start(s, ver);
  if (from == open) { /* 「…指針」(平成30年版を基に改訂): the version after it */
    const char *after = close + 3, *end = s + n;
    const char *v = jn__sheet_find(after, (size_t)(end - after), "版");
    if (v && v - after < 160) {
      const char *vs = version_start(after, v);
      if (vs < v) {
        char buf[512];
        size_t vl = (size_t)(v + 3 - vs), nl = (size_t)(close + 3 - open);
        if (vl + nl < sizeof buf) {
          memcpy(buf, vs, vl);
          memcpy(buf + vl, open, nl);
          sh->header.guideline = jn__sheet_keep(sh, buf, vl + nl);
          return;
        }
      }
    }
  }
  sh->header.guideline = jn__sheet_keep(sh, from, (size_t)(close + 3 - from));
}

int jn__sheet_is_footnote(const char *s, size_t n) {
  return jn__sheet_starts(s, n, "(注") || jn__sheet_starts(s, n, "注)") || jn__sheet_starts(s, n, "※") ||
         jn__sheet_starts(s, n, "(*)") || jn__sheet_starts(s, n, "*") || jn__sheet_starts(s, n, "●");
}

static int is_column_header(const jn_sheet_reader *rd, const jn_cells *c) {
  for (size_t i = 0; i < c->n; i++)
    if (jn__sheet_find(c->p[i], c->len[i], "必須/選択"))
      return 1;
  /* headings alone on their line, as PDF text repeats them on each page
   * (dict/words.tsv "column_heading") */
  return c->n == 1 && jn__words_is(&rd->ctx->lex, JN_WORDS_COLUMN_HEADING, c->p[0], c->len[0]);
}


/* Where a header line puts the marker column: after the answer's, the
 * rows give the answer before the marker. A header written one column word
 * a line (innerText, turndown) says so over several lines (記述内容 /
 * 情報開示内容, then 必須/選択); a line naming the answer after the marker
 * (必須/選択 then 回答, or "選択 情報開示内容" under "… 必須/") says the
 * answer comes after it all the same. A line of several header words is
 * read on its own; any line that is no column word ends such a header.
 * The answer's word alone on its line, then the marker's cut at its
 * separator (情報開示内容, then "必須/" over "選択": turndown) say so too. */
static void header_run(jn_sheet_reader *rd, const char *t, size_t tn, int header_line) {
  int word = jn__roles_word(t, tn);
  if (rd->head_marked && jn__roles_names_answer(t, tn)) { /* "選択 情報開示内容" */
    rd->marker_last = rd->head_marked = 0;
    return;
  }
  if (!header_line) {
    if (rd->head_answer_alone && jn__roles_cut_marker(t, tn))
      rd->marker_last = rd->head_marked = 1; /* 情報開示内容, then 必須/ over 選択 */
    else if (!word)
      rd->head_answer = rd->head_marked = rd->head_answer_alone = 0;
    else if (word == JN_COL_ANSWER && jn__roles_names_answer(t, tn))
      rd->head_answer_alone = 1; /* 情報開示内容 on a line of its own */
    return;
  }
  /* a line of several words says it all itself; one word a line goes on
   * from the lines above */
  int answer = word ? rd->head_answer : 0;
  if (jn__roles_marker_last(t, tn, &answer))
    rd->marker_last = rd->head_marked = 1;
  rd->head_answer = answer;
}

/* A column that holds the question, a line break, then the answer
 * (【記述内容】/情報開示内容): the cell's first line, read as the answer, was
 * the question; the answer starts on this line. */
static int answer_under_question(jn_sheet_reader *rd, const char *s, size_t n) {
  jn_sheet_row *r = rd->last;
  const char *q = r->question && *r->question ? r->question : NULL;
  r->question = q ? jn__sheet_join(rd->sh, q, " ", r->answer, strlen(r->answer)) : r->answer;
  r->answer = jn__sheet_keep(rd->sh, s, n);
  return r->question && r->answer ? 0 : -1;
}

/* Appends text to the last row's answer after sep: a blank for an answer
 * split over rows, a line break for a line of a block the row's empty last
 * cell held. */
static int append_answer(jn_sheet_reader *rd, const char *sep, const char *s, size_t n) {
  jn_sheet_row *r = rd->last;
  const char *a = r->answer ? r->answer : "";
  r->answer = jn__sheet_join(rd->sh, a, *a ? sep : "", s, n);
  return r->answer ? 0 : -1;
}

static int continue_answer(jn_sheet_reader *rd, const char *s, size_t n) {
  return append_answer(rd, " ", s, n);
}

/* An appendix starts at a line "別表1 …", "【別表2】…" or "付録 …": it is
 * named by its first word and holds the lines up to the next item. */
static int is_appendix_title(const char *t, size_t tn) {
  return jn__sheet_starts(t, tn, "別表") || jn__sheet_starts(t, tn, "【別表") ||
         jn__sheet_starts(t, tn, "別紙") || jn__sheet_starts(t, tn, "【別紙") ||
         jn__sheet_starts(t, tn, "付録");
}

static int open_appendix(jn_sheet_reader *rd, const char *t, size_t tn, uint64_t line) {
  jn_sheet *sh = rd->sh;
  rd->appendix = NULL;
  if (sh->n_appendices == JN_MAX_APPENDICES)
    return 0; /* more tables than answers ever cite: the rest are not kept */
  size_t k = 0;
  while (k < tn && t[k] != ' ')
    k++;
  jn_sheet_appendix *ap = &sh->appendices[sh->n_appendices];
  ap->name = jn__sheet_keep(sh, t, k);
  ap->text = jn__sheet_keep(sh, t, tn);
  ap->line = line;
  if (!ap->name || !ap->text)
    return -1;
  sh->n_appendices++;
  rd->appendix = ap;
  return 0;
}

/* Adds a line to the open appendix: the cells of a table row joined by
 * tabs, or a line of text. */
static int appendix_line(jn_sheet_reader *rd, const jn_cells *c) {
  jn_sheet_appendix *ap = rd->appendix;
  jn_buf row = JN_BUF_INIT;
  for (size_t i = 0; i < c->n; i++) {
    if (i)
      jn__buf_put(&row, "\t", 1);
    jn__buf_put(&row, c->p[i], c->len[i]);
  }
  ap->text = row.failed ? NULL : jn__sheet_join(rd->sh, ap->text, "\n", row.data ? row.data : "",
                                                row.len);
  jn__buf_free(&row);
  return ap->text ? 0 : -1;
}

/* A new row of the table, under the item and section being read. */
static jn_sheet_row *start_row(jn_sheet_reader *rd, const char *required, uint64_t line) {
  jn_sheet_row *r = jn__sheet_new_row(rd->sh);
  if (r) {
    r->item = rd->item;
    r->section = rd->section;
    r->required = required;
    r->line = line;
    r->remark = rd->remark_len ? jn__sheet_keep(rd->sh, rd->remark, rd->remark_len) : NULL;
  }
  return r;
}

/* A label cell that opens as no label does, with the word joining it to
 * the text before it ("・終了時等の事前告知", "の事前告知"), in a row of the
 * same item: the rest of the item's label, which a text browser printed
 * beside the item's next question (a cell spanning rows, without borders). */
static int label_goes_on(const jn_sheet_reader *rd, const char *s, size_t n) {
  const jn_sheet *sh = rd->sh;
  if (!rd->label || sh->n_rows < 2 || sh->rows[sh->n_rows - 2].item != rd->item || !rd->item)
    return 0;
  return jn__words_start(&rd->ctx->lex, JN_WORDS_LABEL_REST, s, n) > 0; /* dict/words.tsv */
}

/* The item's label gets its rest; every row of the item so far, and the
 * new one, carries the whole label. */
static int label_rest(jn_sheet_reader *rd, const char *s, size_t n) {
  jn_sheet *sh = rd->sh;
  const char *old = rd->label;
  rd->label = jn__sheet_join(sh, old, "", s, n);
  if (!rd->label)
    return -1;
  for (size_t i = sh->n_rows; i-- > 0 && sh->rows[i].item == rd->item;)
    if (sh->rows[i].label == old || i + 1 == sh->n_rows)
      sh->rows[i].label = rd->label;
  return 0;
}

/* The row's label: its label cell lp (NULL: none, the item's label goes on
 * from the row above), or the rest of the item's label. */
static int item_label(jn_sheet_reader *rd, jn_sheet_row *r, const char *lp, size_t ln) {
  if (lp && label_goes_on(rd, lp, ln))
    return label_rest(rd, lp, ln);
  if (lp && !(rd->label = jn__sheet_keep(rd->sh, lp, ln)))
    return -1;
  r->label = rd->label;
  return 0;
}

/* A table with no answer column whose cell holds the item's lines, its
 * label, its question and its answer one under the other (項目・回答: a
 * page writing each item as one cell, a sub-question under a rule of its
 * own): the last line is the answer, the lines above it the question. */
static int lines_of_one_cell(jn_sheet_reader *rd, const jn_cells *c, uint64_t line) {
  int text = -1;
  for (size_t i = 0; i < c->n; i++)
    if (memchr(c->p[i], JN_PARAGRAPH_MARK, c->len[i]))
      text = text < 0 ? (int)i : -2; /* one such cell, no more */
  if (!rd->roles.known || rd->roles.answer >= 0 || text < 0)
    return 0;
  const char *s = c->p[text], *end = s + c->len[text];
  const char *last = end;
  while (last > s && last[-1] != JN_PARAGRAPH_MARK)
    last--;
  const char *req = NULL;
  if (rd->roles.marker >= 0 && (size_t)rd->roles.marker < c->n)
    jn__sheet_marker(c->p[rd->roles.marker], c->len[rd->roles.marker], &req);
  jn_sheet_row *r = start_row(rd, req, line);
  if (!r)
    return -1;
  jn_buf q = JN_BUF_INIT;
  for (const char *p = s; p < last - 1; p++)
    jn__buf_put(&q, *p == JN_PARAGRAPH_MARK ? " " : p, 1);
  r->question = q.failed ? NULL : jn__sheet_keep(rd->sh, q.data ? q.data : "", q.len);
  jn__buf_free(&q);
  r->answer = jn__sheet_keep(rd->sh, last, (size_t)(end - last));
  rd->last = r;
  return r->question && r->answer ? 1 : -1;
}

/* A row read by its table's column roles (sheet_roles.c). */
static int row_by_roles(jn_sheet_reader *rd, const jn_cells *c, const jn_row_cells *rc,
                        uint64_t line) {
  const char *req = NULL;
  if (rc->marker >= 0)
    jn__sheet_marker(c->p[rc->marker], c->len[rc->marker], &req);
  jn_sheet_row *r = start_row(rd, req, line);
  if (!r)
    return -1;
  if (rc->answer >= 0) {
    size_t skip = rc->answer == rc->marker ? rc->answer_skip : 0;
    r->answer = jn__sheet_keep(rd->sh, c->p[rc->answer] + skip, c->len[rc->answer] - skip);
  } else {
    r->answer = jn__sheet_keep(rd->sh, "", 0);
  }
  if (rc->question >= 0)
    r->question = jn__sheet_keep(rd->sh, c->p[rc->question], c->len[rc->question]);
  if (item_label(rd, r, rc->label >= 0 ? c->p[rc->label] : NULL,
                 rc->label >= 0 ? c->len[rc->label] : 0) != 0)
    return -1;
  rd->last = r;
  rd->answer_col = rc->answer >= 0 ? (size_t)rc->answer : rd->answer_col;
  return r->answer ? 0 : -1;
}

/* A cell of one or two characters in the column the header names the
 * marker's (必須/選択) holds that column's value cut short: a converter
 * that narrows columns (html2text) prints 必須 as 必 and 選択 as 選. It is
 * the marker, never the answer nor the question. */
static int short_marker_cell(const jn_roles *r, const jn_cells *c, size_t i, const char **canon) {
  if (!r->known || r->marker < 0 || (size_t)r->marker != i || r->n != c->n)
    return 0;
  size_t chars = jn__utf8_count(c->p[i], c->len[i]);
  if (chars == 0 || chars > 2)
    return 0;
  *canon = NULL;
  jn__marker_word(c->p[i], c->len[i], JN_MARKER_HALF, canon);
  return *canon != NULL; /* 無し in that column is an answer shifted left */
}

/* The marker cell's word with a sign after it that dict/markers.tsv
 * knows as one marker (必須○, printed 必須 ○ where w3m wraps the narrow
 * column): the sign is the marker column's, not an answer. m is the
 * marker as written, s the rest of the cell. */
static int marker_sign(const char *m, size_t mn, const char *s, size_t n) {
  while (mn && m[mn - 1] == ' ')
    mn--;
  while (n && *s == ' ')
    s++, n--;
  char word[64];
  if (!n || mn + n >= sizeof word)
    return 0;
  memcpy(word, m, mn);
  memcpy(word + mn, s, n);
  return jn__marker_word(word, mn + n, JN_MARKER_WORD, NULL) == mn + n;
}

/* A header naming two columns, a label (or question) and the answer, and
 * nothing else (項目 | 内容, Item | Value; not 回答), over a row whose answer is one
 * line: a label | value pair. (Answers of several lines, each "label:
 * value", are read part by part as the table's rows: extract_assign.c.) */
static int label_answer_only(const jn_roles *r, const jn_cells *c) {
  /* (回答 heads a form's or a questionnaire's answers: its rows stay rows,
   * an empty cell a blank answer) */
  if (r->n != 2 || r->answer < 0 || r->answer_rank < 2 ||
      (r->role[1 - r->answer] != JN_COL_LABEL && r->role[1 - r->answer] != JN_COL_QUESTION))
    return 0;
  for (size_t i = 0; i < c->n; i++)
    if (memchr(c->p[i], '\n', c->len[i]) || memchr(c->p[i], JN_PARAGRAPH_MARK, c->len[i]))
      return 0;
  return 1;
}

/* A table row (cells from an item row or a continuation). */
static int table_row(jn_sheet_reader *rd, const jn_cells *c, size_t first, uint64_t line) {
  size_t idx[JN_MAX_CELLS], m = 0;
  for (size_t i = first; i < c->n; i++)
    if (c->len[i])
      idx[m++] = i;
  if (m == 0)
    return 0;
  int lines = lines_of_one_cell(rd, c, line);
  if (lines != 0)
    return lines < 0 ? -1 : 0;
  /* An answer split over rows: one cell, in the answer column, no item. */
  if (m == 1 && first == 0 && rd->last && idx[0] >= rd->answer_col && rd->answer_col)
    return continue_answer(rd, c->p[idx[0]], c->len[idx[0]]);
  jn_row_cells rc;
  if (rd->roles.known && jn__roles_split(&rd->roles, c, first, &rc))
    return row_by_roles(rd, c, &rc, line);
  const char *req = NULL;
  size_t mk = m, skip = 0;
  for (size_t k = 0; k < m; k++) {
    size_t s = jn__sheet_marker(c->p[idx[k]], c->len[idx[k]], &req);
    if (!s && short_marker_cell(&rd->roles, c, idx[k], &req))
      s = c->len[idx[k]];
    if (!s && k + 1 == m && k > 0) /* the answer with its marker stuck to it (必須2023/11/1) */
      s = jn__sheet_marker_led(c->p[idx[k]], c->len[idx[k]], &req);
    if (s) {
      mk = k;
      skip = s;
      break;
    }
  }
  jn_sheet_row *r = start_row(rd, req, line);
  if (!r)
    return -1;
  size_t q_end; /* cells [0, q_end) are labels and question */
  if (mk < m) {
    const char *a = c->p[idx[mk]] + skip;
    size_t an = c->len[idx[mk]] - skip;
    if (an && mk + 1 < m && c->len[idx[mk + 1]] && marker_sign(c->p[idx[mk]], skip, a, an))
      an = 0; /* 必須○ over the answer's own cell: a mark of the marker column */
    if (an == 0 && mk + 1 < m) { /* marker alone: the answer is next */
      a = c->p[idx[mk + 1]];
      an = c->len[idx[mk + 1]];
      rd->answer_col = idx[mk + 1];
    } else if (an) {
      rd->answer_col = idx[mk];
    }
    r->answer = jn__sheet_keep(rd->sh, a, an);
    q_end = mk;
  } else if (m >= 2) {
    r->answer = jn__sheet_keep(rd->sh, c->p[idx[m - 1]], c->len[idx[m - 1]]);
    q_end = m - 1;
  } else {
    r->answer = jn__sheet_keep(rd->sh, "", 0);
    q_end = 1;
  }
  if (q_end >= 1)
    r->question = jn__sheet_keep(rd->sh, c->p[idx[q_end - 1]], c->len[idx[q_end - 1]]);
  const char *lp = q_end >= 2 ? c->p[idx[q_end - 2]] : NULL;
  size_t ln = q_end >= 2 ? c->len[idx[q_end - 2]] : 0;
  /* a longer label cell before it, other than the item number (the form's
   * 中項目 over a sub-label its header did not name: サービス(事業)変更・
   * 終了時の事前告知 | 事前告知): the row's heading, read with its label */
  if (lp && q_end >= 3 && !(q_end == 3 && is_item(c->p[idx[0]], c->len[idx[0]]))) {
    const char *up = c->p[idx[q_end - 3]];
    size_t un = c->len[idx[q_end - 3]];
    if (!(*up >= '0' && *up <= '9') && jn__utf8_count(up, un) > jn__utf8_count(lp, ln) &&
        !(r->heading = jn__sheet_keep(rd->sh, up, un)))
      return -1;
  }
  if (item_label(rd, r, lp, ln) != 0)
    return -1;
  rd->last = r;
  return r->answer ? 0 : -1;
}

/* A margin column (an Excel export whose column A stays empty): learned
 * at the first item number found in column B, then dropped from every row
 * that leaves it empty. A column A that a row before held text in (a
 * header's 区分, a checklist's first category) is the table's, empty
 * where a merged cell spans it. */
static void drop_margin(jn_sheet_reader *rd, jn_cells *c) {
  if (!rd->margin && c->n >= 2 && c->len[0] > 0)
    rd->column_a = 1;
  if (!rd->margin && !rd->column_a && c->n >= 3 && c->len[0] == 0 && is_item(c->p[1], c->len[1])) {
    rd->margin = 1;
    jn__roles_drop_margin(&rd->roles); /* a header above with column A empty lost it too */
  }
  if (rd->margin && c->n > 1 && c->len[0] == 0) {
    memmove(c->p, c->p + 1, (c->n - 1) * sizeof c->p[0]);
    memmove(c->len, c->len + 1, (c->n - 1) * sizeof c->len[0]);
    c->n--;
  }
}

/* The certifier's page header: 認定番号 followed by the number, as in
 * "認定番号: 0999-2401, サービス名称: …". Other lines naming 認定番号 (a
 * question about it, a sentence) are read as any other line. */
static int metadata_line(const char *s, size_t n) {
  const char *at = jn__sheet_find(s, n, "認定番号");
  if (!at)
    return 0;
  size_t k = (size_t)(at - s) + strlen("認定番号");
  while (k < n && (s[k] == ':' || s[k] == ' ' || s[k] == '\t'))
    k++;
  return k < n && isdigit((unsigned char)s[k]);
}

/* How many different labels of the certifier's header the row names, each
 * cell's slot in slots[] (NULL where none); 0 when a cell holds a figure.
 * A form's row naming one label twice (サービス名称 | サービス名称) is an
 * item, not the header. */
static size_t count_header_keys(jn_sheet_reader *rd, const jn_cells *c, const char ***slots) {
  size_t keys = 0;
  for (size_t i = 0; i < c->n; i++)
    for (size_t k = 0; k < c->len[i]; k++)
      if (isdigit((unsigned char)c->p[i][k]))
        return 0; /* a row of labels holds no figure: 認定番号 | 0555-2409 | … are pairs */
  for (size_t i = 0; i < c->n; i++) {
    slots[i] = jn__sheet_header_slot(rd->sh, c->p[i], c->len[i]);
    int again = 0;
    for (size_t j = 0; j < i && slots[i]; j++)
      again |= slots[j] == slots[i];
    keys += slots[i] && !again;
  }
  return keys;
}

/* The certifier's header laid out as a row of labels over a row of values
 * (認定番号 | サービス名称 | … over 0277-2409 | …): a row naming two of its
 * labels or more is kept, and the row under it fills the header. 1 when
 * the row was either. */
static int header_key_row(jn_sheet_reader *rd, const jn_cells *c) {
  if (rd->key_n) {
    for (size_t i = 0; i < rd->key_n && i < c->n; i++)
      if (rd->key_slot[i] && !*rd->key_slot[i] && c->len[i] && c->len[i] < 200 &&
          !jn__sheet_header_slot(rd->sh, c->p[i], c->len[i]))
        *rd->key_slot[i] = jn__sheet_keep(rd->sh, c->p[i], c->len[i]);
    rd->key_n = 0;
    return 1;
  }
  int keys = count_header_keys(rd, c, rd->key_slot) >= 2;
  rd->key_n = keys ? c->n : 0;
  return keys;
}

/* Does the row name two of the certifier's header labels or more? */
static int names_header_keys(jn_sheet_reader *rd, const jn_cells *c) {
  const char **slots[JN_MAX_CELLS];
  return count_header_keys(rd, c, slots) >= 2;
}

/* "お客様のご契約プラン:スタンダード(年間契約)": the plan the document is
 * about (dict/words.tsv "plan_label"), noted for the tables that compare
 * plans (jn__sheet_attribute_row). Its name ends at a bracket, a space or
 * a comma. */
static int note_plan_pair(jn_sheet_reader *rd, const char *l, size_t ln, const char *v,
                          size_t vn) {
  if (rd->plan || !jn__words_end(&rd->ctx->lex, JN_WORDS_PLAN_LABEL, l, ln))
    return 0; /* the first one said it */
  const char *end = v + vn;
  while (v < end && *v == ' ')
    v++;
  const char *e = v;
  while (e < end && *e != '(' && *e != ' ' && *e != ',' && !jn__sheet_starts(e, (size_t)(end - e), "、"))
    e++;
  if (e == v)
    return 0;
  rd->plan = jn__sheet_keep(rd->sh, v, (size_t)(e - v));
  rd->plan_len = (size_t)(e - v);
  return rd->plan ? 0 : -1;
}

static int note_plan(jn_sheet_reader *rd, const char *s, size_t n) {
  const char *colon = memchr(s, ':', n);
  return colon ? note_plan_pair(rd, s, (size_t)(colon - s), colon + 1, n - (size_t)(colon - s) - 1)
               : 0;
}

/* A header row that names attributes rather than the answer's column
 * (受付方法 | 受付時間 | 対応時間): short cells, none of them a number or a
 * marker, at the top of a table. */
static int attribute_header(const jn_cells *c) {
  size_t filled = 0;
  for (size_t i = 0; i < c->n; i++) {
    const char *id, *canon;
    size_t idn;
    if (!c->len[i])
      continue;
    if (c->len[i] > 48 || jn__sheet_item_id(c->p[i], c->len[i], &id, &idn) ||
        jn__sheet_marker(c->p[i], c->len[i], &canon) || isdigit((unsigned char)c->p[i][0]))
      return 0;
    filled++;
  }
  return filled >= 3;
}

/* How many of the row's cells are each all of a wording that names a
 * field: a header of attributes names them, a row of answers holds values. */
static size_t named_columns(jn_sheet_reader *rd, const jn_cells *c) {
  size_t k = 0;
  for (size_t i = 0; i < c->n; i++)
    k += c->len[i] && jn__sheet_whole_wording(rd, c->p[i], c->len[i]);
  return k;
}

/* An SLA's refund table (its header says 返還率, 減額): its rows are no
 * levels of service (spec §7, dict/patterns.tsv not_a_level). */
static int refund_table(jn_sheet_reader *rd, const jn_cells *c) {
  for (size_t i = 0; i < c->n; i++)
    if (c->len[i] && c->len[i] < 64 && jn__sheet_not_a_level(rd, c->p[i], c->len[i]))
      return 1;
  return 0;
}

/* "HOME | サービス | 会社情報 | お問い合わせ": a page's navigation bar, not
 * a Markdown row (no outer pipes, every cell a word or two). A row of
 * column words ("No.| 項目| 内容| 回答", html2markdown's header row) names
 * a table's columns: no bar. */
static int nav_bar(const char *s, size_t n, const jn_cells *c) {
  jn_roles probe;
  if (!n || s[0] == '|' || c->n < 3 || jn__roles_from_header(c, &probe))
    return 0;
  for (size_t i = 0; i < c->n; i++) {
    if (!c->len[i] || jn__utf8_count(c->p[i], c->len[i]) > 8)
      return 0;
  }
  return 1;
}

/* A row of section headings side by side: a section number (2.) in a cell
 * after the first, each followed by a short title. The second number's
 * cell, 0 when the row is none. */
static size_t side_by_side_sections(const jn_cells *c) {
  for (size_t i = 2; i + 1 < c->n; i++) {
    size_t n = c->len[i], k = 0;
    while (k < n && c->p[i][k] >= '0' && c->p[i][k] <= '9')
      k++;
    if (k && k <= 2 && k + 1 == n && c->p[i][k] == '.' && c->len[i + 1])
      return i;
  }
  return 0;
}

/* A heading ends the table above it: its item, label and column roles
 * are not carried past it. */
static void table_ends(jn_sheet_reader *rd) {
  rd->item = rd->label = NULL;
  rd->last = NULL;
  rd->roles.known = 0;
}

/* Two marked headings side by side and nothing else (■事業者 | ■サービス
 * 内容): two label | value tables printed beside each other, as a page of
 * two panels comes out of pdftotext -layout. The second heading's cell, 0
 * when the row is none. */
static size_t side_by_side_headings(const jn_cells *c) {
  size_t headings = 0, second = 0;
  for (size_t i = 0; i < c->n; i++) {
    if (!c->len[i])
      continue;
    if (!jn__sheet_heading(c->p[i], c->len[i]))
      return 0;
    if (headings++ == 1)
      second = i;
  }
  return headings == 2 ? second : 0;
}

/* An unmarked heading over a label | value table: a short line after a
 * blank line (or at the top), no sentence, no figure, no pair ("サポート"
 * over "電話 | 0570-…"). Its pairs read with it when their own label
 * names no field (sheet_anchor.c, defer_headed), so a line that is no
 * heading only lends words to labels that said nothing. */
enum { BARE_HEADING_CHARS = 16 };
static int bare_heading(const jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  if (line > 1 && rd->blank_line + 1 != line)
    return 0; /* the line above holds text or cells: this one goes on from it */
  size_t label;
  const char *req;
  for (size_t i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return 0;
  return n && jn__utf8_count(s, n) <= BARE_HEADING_CHARS && !jn__sheet_sentence(s, n) &&
         !jn__sheet_pair_split(s, n, &label) && !jn__sheet_is_footnote(s, n) &&
         !jn__sheet_marker(s, n, &req);
}

/* The yen unit a header cell gives its column's figures ("(単位: 百万円)" →
 * "百万円"), NULL when it gives none. */
static const char *yen_unit_of(jn_sheet_reader *rd, const char *s, size_t n) {
  const char *at = jn__sheet_find(s, n, "単位"), *end = s + n;
  if (!at)
    return NULL;
  at += strlen("単位");
  while (at < end && (*at == ':' || *at == ' '))
    at++;
  const char *stop = at;
  while (stop < end && *stop != ')' && *stop != ' ')
    stop++;
  size_t k = (size_t)(stop - at);
  if (k < strlen("円") || memcmp(stop - strlen("円"), "円", strlen("円")))
    return NULL;
  return jn__sheet_keep(rd->sh, at, k);
}

/* A line that only gives a yen unit ("(単位:千円)", "単位: 百万円"): the
 * caption of the table of figures right under it (UNIT_NOTE_LINES lines at
 * most, blank lines and a heading between), noted in rd. */
enum { UNIT_NOTE_LINES = 3 };

static void unit_note(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line) {
  size_t k = 0;
  while (k < n && (s[k] == '(' || s[k] == '[' || s[k] == ' '))
    k++;
  if (!jn__sheet_starts(s + k, n - k, "単位") || jn__utf8_count(s, n) > 16)
    return;
  const char *unit = yen_unit_of(rd, s, n);
  if (unit) {
    rd->unit_note = unit;
    rd->unit_note_line = line;
  }
}

/* The column of the header's latest period (dates compared as ISO text),
 * 0 when none reads as a date. */
static size_t latest_period(jn_sheet_reader *rd, const jn_cells *c) {
  size_t best = 0;
  char latest[11] = "";
  for (size_t i = 1; i < c->n; i++) {
    jn_mentions *ms = NULL;
    if (!c->len[i] || jn_scan(&ms, rd->ctx, c->p[i], c->len[i], 0, NULL) != JN_OK)
      continue;
    for (size_t m = 0; m < jn_mentions_count(ms); m++) {
      const jn_mention *x = jn_mentions_at(ms, m);
      const char *when = x->type == JN_MENTION_PERIOD && x->date_to[0] ? x->date_to : x->date;
      if ((x->type == JN_MENTION_DATE || x->type == JN_MENTION_PERIOD) && strcmp(when, latest) > 0) {
        snprintf(latest, sizeof latest, "%s", when);
        best = i;
      }
    }
    jn_mentions_free(ms);
  }
  return best;
}

/* A table's header of periods over its figures (| 2025年3月期 | 2026年3月期,
 * a company's financial results year by year): its first cell names the
 * rows (or is empty), two cells or more after it are periods and nothing
 * else. Noted in rd; 1 when the row is such a header. */
static int period_header(jn_sheet_reader *rd, const jn_cells *c, uint64_t line) {
  size_t periods = 0;
  for (size_t i = 1; i < c->n; i++) {
    if (!c->len[i])
      continue;
    if (!jn__sheet_names_period(rd, c->p[i], c->len[i]))
      return 0;
    periods++;
  }
  if (periods < 2)
    return 0;
  for (size_t i = 0; i < c->n; i++)
    rd->period_head[i] = c->len[i] ? jn__sheet_keep(rd->sh, c->p[i], c->len[i]) : NULL;
  rd->period_n = c->n;
  rd->period_latest = latest_period(rd, c);
  rd->period_unit = yen_unit_of(rd, c->p[0], c->len[0]);
  if (!rd->period_unit && rd->unit_note && line <= rd->unit_note_line + UNIT_NOTE_LINES)
    rd->period_unit = rd->unit_note; /* "(単位:千円)" over the table */
  return 1;
}

/* A figure under a period's header is as of that period: the cell reads
 * "86億4,500万円 (2026年3月期)", as an answer names its own period. */
static int bare_figure(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && (isdigit((unsigned char)s[k]) || s[k] == ',' || s[k] == '.'))
    k++;
  return k && k == n;
}

static int dated_cells(jn_sheet_reader *rd, jn_cells *c) {
  /* 売上高 under (単位: 百万円): a bare figure in the header's yen, as a
   * figure with its unit in brackets reads (28,412(百万円)); a row naming
   * its own unit (自己資本比率(%), 配当金(円)) keeps it */
  int in_yen = rd->period_unit && c->len[0] && !memchr(c->p[0], '(', c->len[0]);
  for (size_t i = 1; i < c->n && i < rd->period_n; i++) {
    if (!c->len[i] || !rd->period_head[i])
      continue;
    int bare = bare_figure(c->p[i], c->len[i]);
    jn_buf t = JN_BUF_INIT;
    jn__buf_put(&t, c->p[i], c->len[i]);
    if (bare && in_yen) {
      jn__buf_puts(&t, "(");
      jn__buf_puts(&t, rd->period_unit);
      jn__buf_puts(&t, ")");
      bare = 0;
    }
    /* "86億4,500万円 (2026年3月期)"; a bare figure takes its period
     * closer (58.2(2026年3月期)): a figure and a blank lead an item's
     * number and label in a row of text */
    jn__buf_puts(&t, bare ? "(" : " (");
    jn__buf_puts(&t, rd->period_head[i]);
    jn__buf_puts(&t, ")");
    const char *k = t.failed ? NULL : jn__sheet_keep(rd->sh, t.data, t.len);
    jn__buf_free(&t);
    if (!k)
      return -1;
    c->p[i] = k, c->len[i] = strlen(k);
  }
  /* the row states the latest period's figure (a company's results of
   * this year; the years before are its history): the row's label and that
   * figure, a pair whichever reading takes it */
  size_t l = rd->period_latest;
  if (l >= 1 && l < c->n && c->len[l] && c->n > 2) {
    c->p[1] = c->p[l], c->len[1] = c->len[l];
    c->n = 2;
  }
  return 0;
}

/* Rows under an attribute header: each cell is also a pair (sheet_anchor.c). */
static int attribute_cells(jn_sheet_reader *rd, const jn_cells *c, uint64_t line) {
  if (!rd->attr_n)
    return 0;
  size_t k = c->n < rd->attr_n ? c->n : rd->attr_n;
  return jn__sheet_attribute_row(rd, rd->attr_head, rd->attr_len, c->p, c->len, k, line);
}

/* A browser's copy of a table writes a cell's later lines as lines of
 * their own, with no tab ("…サポートセンター" then "TEL: 045-…", "E-mail:
 * …"). The last cell of a tab-separated row is noted, so that such a line
 * goes on from it when it became the answer of the row made. */
static void note_open_cell(jn_sheet_reader *rd, const jn_cells *c) {
  size_t last = c->n;
  rd->open_block = 0;
  if (last > 1 && !c->len[last - 1] && c->len[last - 2]) {
    /* the row's last cell empty: a browser writes a block inside a cell (a
     * list, paragraphs) on the lines under the row, up to a blank line
     * (innerText of "<td><ul><li>…</li></ul></td>") */
    rd->open_cell = c->p[last - 1], rd->open_len = 0, rd->open_lines = 0, rd->open_block = 1;
    return;
  }
  while (last && !c->len[last - 1])
    last--;
  if (last) /* whether it became the answer is seen in goes_on */
    rd->open_cell = c->p[last - 1], rd->open_len = c->len[last - 1], rd->open_lines = 0;
}

/* Does the text line go on from the open cell: is the last row's answer
 * that cell, and is the line neither a heading, a section's title nor the
 * start of an item? */
enum { CELL_LINES_MAX = 8 }; /* a copied cell's lines: an address, contacts, a list */
static int goes_on(jn_sheet_reader *rd, const char *cell, size_t cn, const char *t, size_t tn) {
  const jn_sheet_row *r = rd->last;
  size_t an = r && r->answer ? strlen(r->answer) : 0;
  const char *id;
  size_t idn;
  /* a closing word (以上) or a note in sentences after the table is no
   * part of its last cell */
  if (rd->open_lines >= CELL_LINES_MAX ||
      (!rd->open_block && (jn__utf8_count(t, tn) <= 3 || jn__sheet_sentence(t, tn))))
    return 0;
  int cell_ends_answer = rd->open_block && !rd->open_lines ? r && !an && !cn
                                                           : an >= cn && cn && !memcmp(r->answer + an - cn, cell, cn);
  return cell_ends_answer && !jn__sheet_heading(t, tn) && !jn__sheet_section_title(rd, t, tn) &&
         !jn__sheet_item_id(t, tn, &id, &idn);
}

/* A copied cell that went on over lines of its own ends on a line with
 * tabs: the cell's last line, then the row's cells after it ("E-mail:…"
 * TAB "代表電話ではありません", the remark). The line's first cell goes on
 * from the answer and the rest is the row's remark. Returns 1 when the
 * line is no such end, else 0 or -1 (memory). */
static int cell_closes(jn_sheet_reader *rd, const char *cell, size_t cn, const jn_cells *c) {
  const char *id, *canon;
  size_t idn, filled = 0;
  for (size_t i = 1; i < c->n; i++)
    filled += c->len[i] > 0;
  if (c->n > 3 || !c->len[0] || filled > 1 || !goes_on(rd, cell, cn, c->p[0], c->len[0]) ||
      jn__sheet_asks(rd, c->p[0], c->len[0]) || jn__sheet_asks(rd, cell, cn) ||
      /* a question's lines (…の有無と、カメラがある / 場合は…) are the next
         row's, which the copy's line broke */
      jn__sheet_item_id(c->p[0], c->len[0], &id, &idn) || jn__sheet_marker(c->p[0], c->len[0], &canon))
    return 1;
  if (continue_answer(rd, c->p[0], c->len[0]) != 0)
    return -1;
  for (size_t i = 1; i < c->n; i++)
    if (c->len[i] && !rd->last->remark &&
        !(rd->last->remark = jn__sheet_keep(rd->sh, c->p[i], c->len[i])))
      return -1;
  return 0;
}

/* A line of tabs whose first cell opens with a date under a row whose
 * answer opened with one, the other cells empty: the answer's next entry
 * (a history of changes, a line each), the row's empty cells after it. */
static int dated_entry(jn_sheet_reader *rd, const jn_cells *c) {
  const jn_sheet_row *r = rd->last;
  for (size_t i = 1; i < c->n; i++)
    if (c->len[i])
      return 0;
  return r && r->answer && c->len[0] && jn__sheet_date_first(rd, c->p[0], c->len[0]) &&
         jn__sheet_date_first(rd, r->answer, strlen(r->answer));
}

static int read_line(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line,
                     int text_layout) {
  jn_cells c;
  jn_line_kind kind = jn__sheet_cells(s, n, &c);
  /* GFM 4.10: a table's body runs to the first blank line, and a row of
   * it needs no more than one pipe ("設立後の事業年数| | 18年", as
   * html2text writes a row under a rowspan) */
  int body = rd->md_body;
  if (kind == JN_LINE_TEXT && body && memchr(s, '|', n))
    kind = jn__sheet_pipe_cells(s, n, &c);
  if (kind == JN_LINE_MARKDOWN && !body && nav_bar(s, n, &c) && !names_header_keys(rd, &c)) {
    kind = JN_LINE_TEXT; /* read as a line of text, not a table */
    c.n = 1, c.p[0] = s, c.len[0] = n;
  }
  rd->md_body = kind == JN_LINE_RULE || (body && kind != JN_LINE_EMPTY);
  int table_top = !rd->in_table;
  const char *open_cell = rd->open_cell;
  size_t open_len = rd->open_len;
  rd->open_cell = NULL;
  int closed;
  if (kind == JN_LINE_TSV && open_cell && !rd->open_block &&
      (rd->open_lines || dated_entry(rd, &c)) &&
      (closed = cell_closes(rd, open_cell, open_len, &c)) != 1)
    return closed;
  if ((kind == JN_LINE_TSV && rd->tab_cells) || (kind == JN_LINE_MARKDOWN && rd->md_body))
    note_open_cell(rd, &c); /* tabs: a copy, not columns of spaces; a cell's <br> */
  rd->in_table = kind == JN_LINE_TSV || kind == JN_LINE_MARKDOWN || kind == JN_LINE_RULE;
  if (!rd->in_table)
    rd->attr_n = rd->period_n = 0;
  if (kind == JN_LINE_EMPTY) { /* a blank line ends a block of text */
    rd->blank_line = line;
    return rd->texts.n && rd->texts.s[rd->texts.n - 1].n ? jn__sheet_note_text(rd, "", 0, line) : 0;
  }
  if (kind == JN_LINE_RULE)
    return 0;
  if (kind != JN_LINE_TEXT && table_top)
    rd->skip_table = refund_table(rd, &c);
  if (kind != JN_LINE_TEXT && rd->skip_table)
    return 0;
  jn_roles probe;
  int attribute_names = 0; /* a header of attributes whose cells name fields */
  if (kind != JN_LINE_TEXT && table_top && attribute_header(&c) &&
      !jn__roles_from_header(&c, &probe) && !jn__roles_letters(&c)) {
    rd->attr_n = c.n;
    for (size_t i = 0; i < c.n; i++) {
      rd->attr_head[i] = jn__sheet_keep(rd->sh, c.p[i], c.len[i]);
      rd->attr_len[i] = c.len[i];
      if (!rd->attr_head[i])
        return -1;
    }
    if (c.len[0] && jn__sheet_names_list(rd, c.p[0], c.len[0]))
      return 0; /* 株主名 | 持株数 | 持株比率: a header, no row of answers */
    attribute_names = named_columns(rd, &c) >= 2;
  } else if (kind != JN_LINE_TEXT && attribute_cells(rd, &c, line) != 0) {
    return -1;
  }
  if (kind == JN_LINE_TEXT)
    unit_note(rd, s, n, line);
  if (kind != JN_LINE_TEXT && table_top && period_header(rd, &c, line))
    return 0;
  if (kind != JN_LINE_TEXT && rd->period_n && dated_cells(rd, &c) != 0)
    return -1;
  drop_margin(rd, &c);
  if (kind == JN_LINE_TEXT && note_plan(rd, s, n) != 0)
    return -1;
  if (kind != JN_LINE_TEXT && c.n == 2 && note_plan_pair(rd, c.p[0], c.len[0], c.p[1], c.len[1]))
    return -1; /* ご契約プラン | ビジネスプラン */
  rd->remark = NULL, rd->remark_len = 0;
  /* the next table's header row keeps its cells: its 補足 names a column,
   * it is no remark of the table above */
  int header = kind != JN_LINE_TEXT && !item_row(&rd->roles, &c) && jn__roles_from_header(&c, &probe);
  if (rd->roles.known && !header)
    jn__roles_drop_notes(&rd->roles, &c, kind == JN_LINE_TSV && rd->tab_cells, &rd->remark,
                         &rd->remark_len);
  rd->tsv += kind == JN_LINE_TSV;
  rd->md += kind == JN_LINE_MARKDOWN;
  rd->text += kind == JN_LINE_TEXT;
  const char *t = s;
  size_t tn = n;
  if (tn >= 2 && t[0] == '#') { /* "# title" lines: a page header or a comment */
    while (tn && (*t == '#' || *t == ' '))
      t++, tn--;
  }
  if (kind != JN_LINE_TEXT && header_key_row(rd, &c))
    return 0;
  /* | 認定番号 | 0915-2406 |: a pair of the header too */
  if (kind != JN_LINE_TEXT && c.n == 2 &&
      jn__sheet_header_pair(rd->sh, c.p[0], c.len[0], c.p[1], c.len[1]) != 0)
    return -1;
  if (metadata_line(t, tn)) {
    jn__sheet_metadata(rd->sh, t, tn);
    return 0;
  }
  if (kind == JN_LINE_TEXT && jn__sheet_page_header(rd->sh, t, tn))
    return 0;
  if (kind == JN_LINE_TEXT && !rd->sh->header.guideline)
    jn__sheet_guideline(rd->sh, t, tn);
  if (kind != JN_LINE_TEXT && jn__roles_letters(&c))
    return 0; /* an online spreadsheet's column letters */
  if (attribute_names && !rd->appendix)
    return 0; /* 窓口 | 連絡先 | 受付時間: its cells name what the rows below
                 answer (pairs, sheet_anchor.c); none of them answers. An
                 appendix keeps its header: answers citing it read the
                 column their field names (別表1 稼働率) */
  if (header) { /* the table's header row: its roles */
    rd->roles = probe;
    return note_columns(rd->sh, &rd->roles, line);
  }
  /* a heading (## 申請内容) names what follows; it is no column's header,
   * even when its words are a column's */
  if (kind == JN_LINE_TEXT && t == s && (is_column_header(rd, &c) || jn__roles_header_line(t, tn))) {
    header_run(rd, t, tn, 1);
    /* a column's header alone (【記述内容】) is no text; an FAQ's mark alone
     * (【質問】, 【回答】) heads the lines under it */
    return jn__sheet_qa_mark(rd, t, tn) ? jn__sheet_note_text(rd, t, tn, line) : 0;
  }
  if (kind == JN_LINE_TEXT && t == s)
    header_run(rd, t, tn, 0);
  else if (kind == JN_LINE_TEXT) /* a heading ends a header written a word a line */
    rd->head_answer = rd->head_marked = rd->head_answer_alone = 0;
  size_t head = kind == JN_LINE_TEXT ? jn__sheet_heading(t, tn) : 0;
  /* "## ヘルプデスク" (a Markdown or HTML heading): a heading without a
   * number, its marks already stripped from t */
  int hashed = kind == JN_LINE_TEXT && !head && t != s && jn__sheet_heading(s, n);
  size_t title = head;
  while (title < tn && t[title] == ' ')
    title++;
  if (head && !table_top && rd->roles.known && jn__sheet_section_title(rd, t + title, tn - title)) {
    /* one of the guideline's section titles (■ 人材) right under a row: a
     * row of the table spanning its columns, as a browser's copy writes
     * it (no tab), not a heading that ends the table */
    rd->section = jn__sheet_keep(rd->sh, t + title, tn - title);
    rd->in_table = 1;
    return rd->section ? 0 : -1;
  }
  if (head || hashed) {
    /* a table above a heading has ended: nothing of it carries on; the
     * heading names what follows (第3章 バックアップ | 取得間隔 | 1時間ごと) */
    table_ends(rd);
    rd->heading = jn__sheet_keep(rd->sh, t + head, tn - head);
    rd->side_heading = NULL;
  } else if (kind == JN_LINE_TEXT && bare_heading(rd, t, tn, line)) {
    rd->heading = jn__sheet_keep(rd->sh, t, tn);
    rd->side_heading = NULL;
  }
  /* a note (※, ●, (注)) is no item of the form, but its text is kept:
   * "●サービス稼働率 目標値:99.5%以上" is a bullet of an SLO page */
  /* the anchors see a heading with its marks (## 5 お問い合わせ) */
  if (kind == JN_LINE_TEXT && jn__sheet_note_text(rd, t == s ? t : s, t == s ? tn : n, line) != 0)
    return -1;
  size_t bullet = kind == JN_LINE_TEXT && text_layout && rd->item ? jn__sheet_list_bullet(t, tn) : 0;
  if (bullet) /* an answer's list inside an item ("* 架空銀行"), no footnote */
    return jn__sheet_text_list_item(rd, t + bullet, tn - bullet, line);
  if (kind == JN_LINE_TEXT && jn__sheet_is_footnote(t, tn))
    return 0;
  if (kind == JN_LINE_TEXT && open_cell && goes_on(rd, open_cell, open_len, t, tn)) {
    int first = rd->open_lines == 0;
    rd->open_cell = t, rd->open_len = tn, rd->open_lines++; /* the cell may go on again */
    if (rd->open_block) /* the block's lines, one under the other */
      return append_answer(rd, "\n", t, tn);
    if (first && rd->roles.known && rd->roles.asks_too)
      return answer_under_question(rd, t, tn);
    return continue_answer(rd, t, tn);
  }
  if (kind == JN_LINE_TEXT && !text_layout) {
    /* Titles, preambles, notes. An appendix (別表, 付録) ends the items: the
     * table under it is not answers. */
    if (is_appendix_title(t, tn)) {
      rd->item = NULL;
      rd->last = NULL;
      return open_appendix(rd, t, tn, line);
    }
    return rd->appendix ? appendix_line(rd, &c) : 0;
  }
  if (kind == JN_LINE_TEXT)
    return jn__sheet_text_line(rd, t, tn, line);
  size_t f = 0;
  while (f < c.n && c.len[f] == 0)
    f++;
  if (f == c.n)
    return 0;
  size_t nonempty = 0;
  for (size_t i = 0; i < c.n; i++)
    nonempty += c.len[i] > 0;
  const char *id;
  size_t idn;
  int has_id = jn__sheet_item_id(c.p[0], c.len[0], &id, &idn);
  size_t last = c.n;
  while (last && !c.len[last - 1])
    last--;
  if (last && jn__sheet_is_pair(c.p[last - 1], c.len[last - 1]) &&
      (nonempty == 1 || (nonempty == 2 && has_id))) {
    /* "会社名:X" alone in its row (after a row number): a pair, not an item */
    return jn__sheet_note_text(rd, c.p[last - 1], c.len[last - 1], line);
  }
  size_t marked = has_id ? 0 : side_by_side_headings(&c);
  if (marked) {
    table_ends(rd);
    size_t h = jn__sheet_heading(c.p[f], c.len[f]), h2 = jn__sheet_heading(c.p[marked], c.len[marked]);
    rd->heading = jn__sheet_keep(rd->sh, c.p[f] + h, c.len[f] - h);
    rd->side_heading = jn__sheet_keep(rd->sh, c.p[marked] + h2, c.len[marked] - h2);
    rd->side_from = 2; /* the rows under them: label | value | label | value */
    return rd->heading && rd->side_heading ? 0 : -1;
  }
  size_t side = has_id ? side_by_side_sections(&c) : 0;
  if (side) {
    /* "1. 事業者の概要 | 2. サービスの概要": two tables printed beside each
     * other under their headings; their rows are label | value pairs, each
     * read under the heading of its side */
    table_ends(rd);
    rd->heading = c.len[1] ? jn__sheet_keep(rd->sh, c.p[1], c.len[1]) : NULL;
    rd->side_heading = jn__sheet_keep(rd->sh, c.p[side + 1], c.len[side + 1]);
    rd->side_from = side;
    return 0;
  }
  /* an appendix's table is kept for the answers that cite it (巻末の別表を
   * 参照); in a form (its rows numbered) that is all it is, while a page of
   * no numbered items reads it as any table: an SLA's 別表 may list its
   * levels (a refund table is no answer wherever it stands: refund_table) */
  if (rd->appendix && !has_id && appendix_line(rd, &c) != 0)
    return -1;
  if (rd->appendix && !has_id && rd->numbered_rows)
    return 0;
  if (!rd->appendix || has_id)
    rd->appendix = NULL;
  if (has_id && nonempty == 2 && last > 1 && jn__sheet_sentence(c.p[last - 1], c.len[last - 1]))
    /* "1.  申請は…行ってください。": an item of a numbered list, whose one
     * cell is a sentence, not a row of the form (a label and its answer) */
    return jn__sheet_note_text(rd, c.p[last - 1], c.len[last - 1], line);
  if (has_id) {
    rd->numbered_rows++;
    /* The same number again (two rows numbered 82) is the same item: its
     * label carries on. */
    if (!rd->item || strlen(rd->item) != idn || memcmp(rd->item, id, idn) != 0) {
      rd->item = jn__sheet_keep(rd->sh, id, idn);
      rd->label = NULL;
    }
    return table_row(rd, &c, 1, line);
  }
  if (nonempty == 1 && jn__sheet_note_text(rd, c.p[f], c.len[f], line) != 0)
    return -1; /* a lone cell may be "label: value" (sheet_anchor.c) */
  if (f == 0 && nonempty == 1) { /* a section row: "- 事業所・事業" */
    const char *sec = c.p[0];
    size_t sn = c.len[0];
    if (jn__sheet_starts(sec, sn, "- "))
      sec += 2, sn -= 2;
    rd->section = jn__sheet_keep(rd->sh, sec, sn);
    rd->item = NULL;
    rd->label = NULL;
    rd->last = NULL;
    return rd->section ? 0 : -1;
  }
  if (!rd->item && (!rd->roles.known || label_answer_only(&rd->roles, &c)) &&
      (!rd->pairs || nonempty % 2 == 0))
    /* before the first item, or a label | value table (its header may say
     * so: 項目 | 内容): pairs, read with the heading above them (お問い合わせ
     * | 電話番号, バックアップ | 取得頻度) */
    return jn__sheet_loose_row(rd, &c, line);
  return table_row(rd, &c, 0, line);
}

/* html2text (Debian's) writes a heading between runs of stars: "*****
 * 1. 事業者の概要 *****". Such lines become Markdown headings ("### 1. 事業者
 * の概要"), line for line, so that the heading ends the block above it and
 * names what follows (star_headings: NULL when the text has none). Where
 * the heading's text starts, 0 when the line is none. */
static size_t star_heading(const char *s, size_t n) {
  size_t a = 0, b = n;
  while (a < n && s[a] == '*')
    a++;
  while (b > a && s[b - 1] == '*')
    b--;
  return a >= 3 && n - b >= 3 && b > a + 2 && s[a] == ' ' && s[b - 1] == ' ' ? a : 0;
}

static int is_star_heading(const char *s, size_t n) { return star_heading(s, n) != 0; }

static void put_star_heading(jn_buf *b, const char *s, size_t n, void *state) {
  (void)state;
  size_t a = star_heading(s, n), t = n;
  if (!a) {
    jn__buf_put(b, s, n);
    return;
  }
  while (t > a && s[t - 1] == '*')
    t--;
  jn__buf_puts(b, "###");
  jn__buf_put(b, s + a, t - a - 1);
}

static char *star_headings(const char *in, size_t len, size_t *out_len) {
  if (!jn__sheet_count_lines(in, len, is_star_heading, 1))
    return NULL;
  return jn__sheet_rewrite_lines(in, len, out_len, put_star_heading, NULL);
}

/* The first look at a sheet: does it still have a table, and if not, is
 * it one cell per line (item numbers alone on their lines)? */
static void survey(const char *s, size_t n, int *table_rows, int *bare_items, int *pairs) {
  int two = 0, items = 0;
  *table_rows = *bare_items = 0;
  for (size_t i = 0; i < n;) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n;
    jn_cells c;
    jn_line_kind k = jn__sheet_cells(s + i, e - i, &c);
    *table_rows += k == JN_LINE_TSV || k == JN_LINE_MARKDOWN;
    *bare_items += k == JN_LINE_TEXT && (is_item(s + i, e - i) || prefixed_item(s + i, e - i));
    if (k == JN_LINE_TSV || k == JN_LINE_MARKDOWN) {
      size_t filled = 0;
      const char *id;
      size_t idn;
      for (size_t j = 0; j < c.n; j++)
        filled += c.len[j] > 0;
      int numbered = c.n && jn__sheet_item_id(c.p[0], c.len[0], &id, &idn);
      items += numbered;
      two += filled == 2 && !numbered;
    }
    i = e + 1;
  }
  /* label | value tables: rows of two cells, no item numbers anywhere */
  *pairs = two >= 2 && items == 0;
}

/* How many lines start with an item number that continues the one before
 * (1, 2, 3 …, a few may be skipped): a form whose table was lost keeps its
 * numbering, while a page of label and value lines only has numbers by
 * chance (1億5,000万円). */
static int numbered_items(const char *s, size_t n) {
  int last = 0, chain = 0;
  for (size_t i = 0; i < n;) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n, d = 0;
    int v = 0;
    while (i + d < e && d < 4 && isdigit((unsigned char)s[i + d]))
      v = v * 10 + (s[i + d++] - '0');
    if (!d && (v = prefixed_item(s + i, e - i)) > 0)
      d = 1; /* No.12 alone */
    int ends = i + d == e || !strchr(" ./:,-%)~", s[i + d]);
    if (d >= 1 && d <= 3 && ends && !jn__sheet_starts(s + i + d, e - i - d, "年") &&
        !jn__sheet_starts(s + i + d, e - i - d, "月") && v > last && v <= last + 3) {
      chain++;
      last = v;
    }
    i = e + 1;
  }
  return chain;
}

static const char *format_name(const jn_sheet_reader *rd) {
  int table = rd->tsv + rd->md;
  if (table < 3)
    return "flat";
  if (rd->tsv >= 3 && rd->md >= 3)
    return "mixed";
  if (rd->html && rd->md < 3)
    return "html";
  return rd->md > rd->tsv ? "markdown" : "tsv";
}

static int has_html(const char *in, size_t len) {
  static const char *const tags[] = {"<p>", "<b>", "<a href", "<br", "&lt;", "&amp;"};
  int count = 0;
  for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
    count += jn__sheet_find(in, len, tags[t]) != NULL;
  return count >= 2;
}

/* Excel's "Unicode text" export is UTF-16LE with a BOM (LAYOUTS.md §2);
 * other tools write UTF-16BE, or no BOM. UTF-16 is recognised by its BOM,
 * or without one by its NUL bytes (every other byte of ASCII text): then
 * converted to UTF-8 with ICU. NULL when the input is not UTF-16. */
static char *from_utf16(const char *in, size_t len, size_t *out_len, const char **encoding) {
  const unsigned char *u = (const unsigned char *)in;
  const char *cs = NULL;
  size_t skip = 0;
  if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    cs = "UTF-16LE", skip = 2;
  else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    cs = "UTF-16BE", skip = 2;
  else if (len >= 64 && len % 2 == 0) { /* enough text to tell */
    size_t even = 0, odd = 0, pairs = len / 2 < 4096 ? len / 2 : 4096;
    for (size_t i = 0; i < pairs; i++) {
      even += u[2 * i] == 0;
      odd += u[2 * i + 1] == 0;
    }
    /* line breaks, digits and tabs are ASCII: a quarter of the units */
    if (odd * 4 >= pairs && even == 0)
      cs = "UTF-16LE";
    else if (even * 4 >= pairs && odd == 0)
      cs = "UTF-16BE";
  }
  if (!cs || len > INT32_MAX / 2)
    return NULL;
  UErrorCode st = U_ZERO_ERROR;
  int32_t need = ucnv_convert("UTF-8", cs, NULL, 0, in + skip, (int32_t)(len - skip), &st);
  if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
    return NULL;
  char *out = malloc((size_t)need + 1);
  st = U_ZERO_ERROR;
  if (out)
    ucnv_convert("UTF-8", cs, out, need + 1, in + skip, (int32_t)(len - skip), &st);
  if (!out || U_FAILURE(st)) {
    free(out);
    return NULL;
  }
  *out_len = (size_t)need;
  *encoding = !strcmp(cs, "UTF-16LE") ? "utf-16le" : "utf-16be";
  return out;
}

/* Is s[0..n) valid UTF-8? */
static int valid_utf8(const char *s, size_t n) {
  int32_t cp = 0;
  for (int32_t i = 0; (size_t)i < n && cp >= 0;)
    U8_NEXT(s, i, (int32_t)n, cp);
  return cp >= 0;
}

/* Sheets saved by Windows tools come in CP932 (Shift_JIS). Input that is
 * not UTF-8 but converts from CP932 without a single error is taken as
 * CP932; anything else stays as it is (invalid bytes become U+FFFD). */
static char *from_cp932(const char *in, size_t len, size_t *out_len) {
  if (len > INT32_MAX / 4 || valid_utf8(in, len))
    return NULL;
  UErrorCode st = U_ZERO_ERROR;
  UConverter *cv = ucnv_open("windows-31j", &st);
  if (U_FAILURE(st))
    return NULL;
  ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
  UChar *u16 = malloc((len + 1) * sizeof *u16);
  char *u8 = malloc(len * 3 + 1);
  int32_t n16 = 0, n8 = 0;
  if (u16 && u8 && U_SUCCESS(st))
    n16 = ucnv_toUChars(cv, u16, (int32_t)len + 1, in, (int32_t)len, &st);
  if (u16 && u8 && U_SUCCESS(st))
    u_strToUTF8(u8, (int32_t)len * 3 + 1, &n8, u16, n16, &st);
  ucnv_close(cv);
  free(u16);
  if (!u8 || U_FAILURE(st)) {
    free(u8);
    return NULL;
  }
  /* In Shift_JIS the byte 0x5C is the yen sign on screen but converts to a
   * backslash: before a digit it is money (\30,000 → ¥30,000). */
  char *fixed = malloc((size_t)n8 * 2 + 1);
  size_t o = 0;
  for (int32_t i = 0; fixed && i < n8; i++) {
    if (u8[i] == '\\' && i + 1 < n8 && u8[i + 1] >= '0' && u8[i + 1] <= '9') {
      fixed[o++] = (char)0xC2; /* U+00A5 */
      fixed[o++] = (char)0xA5;
    } else {
      fixed[o++] = u8[i];
    }
  }
  free(u8);
  if (!fixed)
    return NULL;
  fixed[o] = '\0';
  *out_len = o;
  return fixed;
}

/* Is there an HTML tag <name (any case) at s[i]? */
static int tag_at(const char *s, size_t n, size_t i, const char *name) {
  size_t k = strlen(name);
  if (i + 1 + k >= n || s[i] != '<')
    return 0;
  for (size_t j = 0; j < k; j++)
    if (tolower((unsigned char)s[i + 1 + j]) != name[j])
      return 0;
  char c = s[i + 1 + k];
  return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '/';
}

/* Paragraphs inside a cell (<p>…</p> <p>…</p>, <br>) are often the
 * answers of several sub-questions merged into one cell; the normalizer
 * turns block tags into spaces, so a mark (JN_PARAGRAPH_MARK, a control
 * character the normalizer keeps) goes before each closing </p>, </li> and
 * each <br>, and jn__sheet_keep() makes it a line break. NULL when the text
 * has none of these tags. */
static char *mark_paragraphs(const char *in, size_t len, size_t *out_len) {
  static const char *const tags[] = {"/p", "br", "/li"};
  size_t marks = 0;
  for (size_t i = 0; i < len; i++)
    for (size_t t = 0; in[i] == '<' && t < sizeof tags / sizeof tags[0]; t++)
      marks += tag_at(in, len, i, tags[t]);
  if (!marks)
    return NULL;
  char *out = malloc(len + marks + 1), *o = out;
  if (!out)
    return NULL;
  for (size_t i = 0; i < len; i++) {
    for (size_t t = 0; in[i] == '<' && t < sizeof tags / sizeof tags[0]; t++)
      if (tag_at(in, len, i, tags[t]))
        *o++ = JN_PARAGRAPH_MARK;
    *o++ = in[i];
  }
  *out_len = (size_t)(o - out);
  return out;
}

/* Counts input lines up to a byte, moving forward only (rows come in
 * order): the line of `at` in the text given to the normalizer. */
typedef struct line_counter {
  const char *text;
  size_t pos;
  uint64_t line;
} line_counter;

static uint64_t input_line(line_counter *lc, size_t at) {
  for (; lc->pos < at; lc->pos++)
    lc->line += lc->text[lc->pos] == '\n';
  return lc->line;
}

int jn__line_map_add(jn_line_map *lm, uint64_t input_line) {
  if (lm->n == lm->cap) {
    size_t cap = lm->cap ? lm->cap * 2 : 256;
    uint64_t *p = realloc(lm->line, cap * sizeof *p);
    if (!p)
      return -1;
    lm->line = p, lm->cap = cap;
  }
  lm->line[lm->n++] = input_line;
  return 0;
}

void jn__line_map_free(jn_line_map *lm) {
  free(lm->line);
  memset(lm, 0, sizeof *lm);
}

/* The 1-based line of byte `at`. */
static uint64_t line_of(const char *in, size_t at) {
  uint64_t line = 1;
  for (const char *p = in; (p = memchr(p, '\n', (size_t)(in + at - p))) != NULL; p++)
    line++;
  return line;
}

/* Empty and binary input is no sheet: say so rather than print an empty
 * record that looks like a sheet without answers. */
static int not_a_sheet(const char *in, size_t len, jn_error *err) {
  const char *nul = memchr(in, '\0', len);
  if (nul)
    return jn__error(err, JN_EINVAL, (uint64_t)(nul - in), line_of(in, (size_t)(nul - in)),
                     "binary data (a NUL byte at line %llu): not a sheet",
                     (unsigned long long)line_of(in, (size_t)(nul - in)));
  for (size_t i = 0; i < len; i++)
    if (!isspace((unsigned char)in[i]))
      return JN_OK;
  return jn__error(err, JN_EINVAL, 0, 0, "empty: not a sheet");
}

/* The first line holding bytes that are not UTF-8, or 0. */
static uint64_t first_invalid_line(const char *in, size_t len) {
  int32_t i = 0, cp = 0;
  while ((size_t)i < len && len <= INT32_MAX) {
    int32_t at = i;
    U8_NEXT(in, i, (int32_t)len, cp);
    if (cp < 0)
      return line_of(in, (size_t)at);
  }
  return 0;
}

/* Excel writes a cell that holds line breaks or quotes between quotes
 * ("〒730-0031\n広島県…", "a ""b"""). When a quoted cell spans lines, every
 * quoted cell is read back: its line breaks become paragraph marks (the
 * row stays one line), "" becomes ", the quotes go. NULL when there is no
 * such cell; lm gets the input line of each line made. */
static size_t closing_quote(const char *in, size_t len, size_t open) {
  size_t j = open + 1;
  while (j < len && !(in[j] == '"' && (j + 1 >= len || in[j + 1] != '"')))
    j += in[j] == '"' ? 2 : 1;
  return j; /* len when it never closes */
}

static int cell_start(const char *in, size_t i) {
  return i == 0 || in[i - 1] == '\t' || in[i - 1] == '\n';
}

static char *unquote_cells(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  int spans = 0;
  for (size_t i = 0; i < len && !spans; i++)
    if (in[i] == '"' && cell_start(in, i)) {
      size_t j = closing_quote(in, len, i);
      spans = j < len && memchr(in + i, '\n', j - i) != NULL;
    }
  if (!spans || !memchr(in, '\t', len))
    return NULL;
  char *out = malloc(len + 1), *o = out;
  int bad = !out || jn__line_map_add(lm, 1);
  uint64_t line = 1;
  for (size_t i = 0; !bad && i < len;) {
    size_t j = in[i] == '"' && cell_start(in, i) ? closing_quote(in, len, i) : len;
    char after = j + 1 < len ? in[j + 1] : '\n';
    if (j >= len || !(after == '\t' || after == '\r' || after == '\n')) {
      if (in[i] == '\n')
        bad |= jn__line_map_add(lm, ++line);
      *o++ = in[i++];
      continue;
    }
    for (size_t k = i + 1; k < j; k++) { /* the cell between its quotes */
      if (in[k] == '"') {
        *o++ = '"', k++;
      } else if (in[k] == '\n' || in[k] == '\r') {
        line += in[k] == '\n';
        if (o == out || o[-1] != JN_PARAGRAPH_MARK)
          *o++ = JN_PARAGRAPH_MARK;
      } else {
        *o++ = in[k];
      }
    }
    i = j + 1;
  }
  if (bad) {
    free(out);
    jn__line_map_free(lm);
    return NULL;
  }
  *out_len = (size_t)(o - out);
  return out;
}

/* ------------------------------------------------------- the text read */

/* The text the reader reads, after the passes that reshape a sheet before
 * normalization, and what leads its lines back to the user's file. */
typedef struct sheet_text {
  const char *in;
  size_t len;
  char *owned;           /* in, when a pass made it */
  /* passes that moved lines, in the order they ran: one slot for each
   * pass of prepare_text that keeps a map, whichever fire */
  jn_line_map maps[24]; /* one per pass that maps lines (18 passes do) */
  size_t n_maps;
  const char *encoding;  /* "utf-8" or "cp932" */
  int parsed_html;       /* an HTML document, read by sheet_html.c */
  uint64_t invalid_line; /* first line that is not UTF-8, 0 when none */
  int tabs;              /* cells split by tabs before runs of spaces were */
  int grid;              /* read on pdftotext's grid of characters (sheet_grid.c) */
} sheet_text;

/* The text a pass made replaces the one before it (NULL: the pass left it). */
static void take_text(sheet_text *st, char *made, size_t len) {
  if (!made)
    return;
  free(st->owned);
  st->owned = made;
  st->in = made;
  st->len = len;
}

/* A pass that moves lines (the text it makes, NULL when it leaves the
 * text; its map of lines written in lm) and one that keeps them in place. */
typedef char *(*mapping_pass)(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
typedef char *(*line_pass)(const char *in, size_t len, size_t *out_len);

/* Runs a pass that moves lines: its map takes the next slot when it made a
 * text. */
static void run_mapping(sheet_text *st, mapping_pass pass) {
  size_t n = 0;
  char *made = pass(st->in, st->len, &n, &st->maps[st->n_maps]);
  st->n_maps += made != NULL;
  take_text(st, made, n);
}

/* Runs a pass that rewrites the text line for line: no map. */
static void run_in_place(sheet_text *st, line_pass pass) {
  size_t n = 0;
  char *made = pass(st->in, st->len, &n);
  take_text(st, made, n);
}

static void sheet_text_free(sheet_text *st) {
  free(st->owned);
  for (size_t i = 0; i < st->n_maps; i++)
    free(st->maps[i].line);
}

/* The passes, in order: CP932 to UTF-8; an HTML document through the
 * HTML parser (and then nothing else); or Excel's quoted cells, runs of
 * spaces as cell breaks and paragraph marks in HTML fragments. */
static void prepare_text(sheet_text *st, const jn_ctx *ctx, const char *in, size_t len,
                         int on_grid) {
  size_t n = 0;
  memset(st, 0, sizeof *st);
  st->in = in, st->len = len;
  char *made = from_cp932(in, len, &n);
  st->encoding = made ? "cp932" : "utf-8";
  st->invalid_line = made ? 0 : first_invalid_line(in, len);
  take_text(st, made, n);
  run_in_place(st, jn__sheet_wiki);
  run_in_place(st, jn__sheet_tracker);
  run_mapping(st, jn__sheet_mixed);
  made = jn__sheet_html(st->in, st->len, &n, &st->maps[st->n_maps]);
  if (made) { /* a parsed document: its cells and lines are final */
    st->n_maps++;
    st->parsed_html = 1;
    take_text(st, made, n);
    return;
  }
  if (on_grid) {
    made = jn__sheet_grid(st->in, st->len, &n);
    st->grid = made != NULL;
    take_text(st, made, n);
  }
  run_in_place(st, jn__sheet_setext);
  run_in_place(st, jn__sheet_cut_rows);
  run_mapping(st, jn__sheet_cut_body_rows);
  run_mapping(st, jn__sheet_block_rows);
  run_mapping(st, jn__sheet_split_items);
  run_in_place(st, jn__sheet_mend_print);
  run_in_place(st, jn__sheet_mend_markers);
  run_in_place(st, jn__sheet_pipe_header);
  run_mapping(st, jn__sheet_pipe_blocks);
  run_in_place(st, jn__sheet_dash_columns);
  run_in_place(st, jn__sheet_despace);
  run_mapping(st, jn__sheet_columns);
  run_mapping(st, jn__sheet_pages);
  made = jn__sheet_bands(ctx, st->in, st->len, &n, &st->maps[st->n_maps]);
  st->n_maps += made != NULL;
  take_text(st, made, n);
  made = jn__sheet_pair_cells(ctx, st->in, st->len, &n, &st->maps[st->n_maps]);
  st->n_maps += made != NULL;
  take_text(st, made, n);
  run_mapping(st, jn__sheet_stacked);
  run_mapping(st, jn__sheet_records);
  made = jn__sheet_cell_lines(ctx, st->in, st->len, &n, &st->maps[st->n_maps]);
  st->n_maps += made != NULL;
  take_text(st, made, n);
  run_in_place(st, jn__sheet_fixed_width);
  made = jn__sheet_sparse_tabs(st->in, st->len); /* line for line: no map */
  take_text(st, made, st->len);
  run_in_place(st, star_headings);
  run_in_place(st, jn__sheet_unframe);
  run_in_place(st, jn__sheet_regrid);
  run_in_place(st, jn__sheet_ascii_frame);
  made = jn__sheet_ascii_grid(st->in, st->len, &n); /* line for line: no map */
  jn_box_wrap wrap = made ? JN_BOX_CUTS_FROM_END : JN_BOX_CUTS_FROM_START;
  take_text(st, made, n);
  made = jn__sheet_asciidoc(st->in, st->len, &n, &st->maps[st->n_maps]);
  if (!made)
    made = jn__sheet_csv(st->in, st->len, &n, &st->maps[st->n_maps]);
  if (!made)
    made = jn__sheet_box(st->in, st->len, &n, &st->maps[st->n_maps], wrap);
  if (!made)
    made = unquote_cells(st->in, st->len, &n, &st->maps[st->n_maps]);
  st->n_maps += made != NULL;
  take_text(st, made, n);
  run_mapping(st, jn__sheet_unparagraph);
  run_mapping(st, jn__sheet_rewrap);
  run_mapping(st, jn__sheet_unwrap_rows);
  run_mapping(st, jn__sheet_join_hanging);
  made = jn__sheet_ununderline(st->in, st->len);
  if (made) {
    take_text(st, made, st->len);
  } else { /* html2text draws no definition lists */
    made = jn__sheet_definitions(st->in, st->len, &n, &st->maps[st->n_maps]);
    st->n_maps += made != NULL;
    take_text(st, made, n);
  }
  run_in_place(st, jn__sheet_unemphasize);
  run_in_place(st, jn__sheet_unescape);
  st->tabs = memchr(st->in, '\t', st->len) != NULL;
  run_in_place(st, jn__sheet_aligned);
  run_mapping(st, jn__sheet_layout);
  made = mark_paragraphs(st->in, st->len, &n);
  take_text(st, made, n);
}

/* The user's line of a line of the prepared text. */
static uint64_t original_line(const sheet_text *st, uint64_t line) {
  for (size_t i = st->n_maps; i-- > 0;)
    if (line >= 1 && line <= st->maps[i].n)
      line = st->maps[i].line[line - 1];
  return line;
}

/* Reads the normalized text line by line into rd. */
static int read_lines(jn_sheet_reader *rd, const sheet_text *st, const jn_text *norm) {
  size_t n;
  const char *s = jn_text_data(norm, &n);
  int table_rows, bare_items;
  survey(s, n, &table_rows, &bare_items, &rd->pairs);
  /* text without a table is read as the form's items only when it keeps
   * their numbering; otherwise its structure is read by sheet_anchor.c */
  int items = numbered_items(s, n); /* a few pairs (the header list) beside many items */
  int text_layout = items >= 5 && (table_rows < 3 || (size_t)table_rows * 8 < (size_t)items);
  rd->pdf = bare_items >= 5;
  rd->tab_cells = st->tabs;
  line_counter lc = {st->in, 0, 1};
  for (size_t i = 0; i < n;) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n;
    uint64_t from = 0, to;
    jn_text_source(norm, i, i + 1, &from, &to);
    uint64_t line = original_line(st, input_line(&lc, (size_t)from));
    if (read_line(rd, s + i, e - i, line, text_layout) != 0)
      return JN_ENOMEM;
    i = e + 1;
  }
  if (text_layout && jn__sheet_text_end(rd) != 0)
    return JN_ENOMEM;
  return jn__sheet_anchors(rd) != 0 ? JN_ENOMEM : JN_OK;
}

/* One reading of the text: on pdftotext's grid of characters when on_grid
 * and the text's columns line up so (its header's grid then set), else as
 * it stands. */
static int read_sheet(jn_sheet **out, const jn_ctx *ctx, const char *in, size_t len,
                      const char *utf16, int on_grid, jn_error *err) {
  sheet_text st;
  prepare_text(&st, ctx, in, len, on_grid);
  if (utf16)
    st.encoding = utf16;
  /* with offsets: a row's line is the line of the input it came from */
  jn_text *norm = NULL;
  unsigned opts = JN_OPT_KEEP_TABS | JN_OPT_OFFSETS | (st.parsed_html ? 0 : JN_OPT_HTML);
  int rc = jn_normalize(&norm, ctx, st.in, st.len, opts, err);
  jn_sheet *sh = rc == JN_OK ? calloc(1, sizeof *sh) : NULL;
  jn_sheet_reader rd = {0};
  rd.sh = sh;
  rd.ctx = ctx;
  rd.match = sh ? pcre2_match_data_create(4, NULL) : NULL;
  rd.html = st.parsed_html || has_html(st.in, st.len);
  if (rc == JN_OK)
    rc = rd.match ? read_lines(&rd, &st, norm) : JN_ENOMEM;
  if (sh) {
    sh->header.format = format_name(&rd);
    sh->header.encoding = st.encoding;
    sh->header.invalid_utf8_line = st.invalid_line;
    sh->header.grid = st.grid;
  }
  jn_text_free(norm);
  pcre2_match_data_free(rd.match);
  free(rd.texts.s);
  free(rd.wording_memo);
  free(rd.cell_memo);
  free(rd.deferred.s);
  sheet_text_free(&st);
  if (rc != JN_OK) {
    jn_sheet_free(sh);
    return rc;
  }
  *out = sh;
  return JN_OK;
}

int jn_sheet_parse(jn_sheet **out, const jn_ctx *ctx, const char *in, size_t len,
                   jn_error *err) {
  if (!out || !ctx || (!in && len))
    return JN_EINVAL;
  *out = NULL;
  const char *utf16 = NULL;
  size_t n16 = 0;
  char *decoded = from_utf16(in, len, &n16, &utf16);
  if (decoded)
    in = decoded, len = n16;
  int rc = not_a_sheet(in, len, err);
  if (rc == JN_OK)
    rc = read_sheet(out, ctx, in, len, utf16, 1, err);
  /* a text whose columns line up on pdftotext's grid is read as it stands
   * too, and that reading comes first: the grid is a guess about how the
   * text was made, and jn_extract keeps the reading that yields more
   * (docs/SHEETS.md) */
  if (rc == JN_OK && (*out)->header.grid) {
    jn_sheet *on_grid = *out;
    rc = read_sheet(out, ctx, in, len, utf16, 0, err);
    if (rc == JN_OK)
      (*out)->grid_reading = on_grid;
    else
      jn_sheet_free(on_grid);
  }
  free(decoded);
  return rc;
}
