/* sheet_asciidoc.c — AsciiDoc tables and labelled lists into the cells the
 * reader reads.
 *
 * A page converted to AsciiDoc (pandoc -t asciidoc, an editor's export)
 * writes a table between two |=== lines, each cell opened by a "|" at the
 * start of a line or after a blank:
 *
 *   [cols=",,,,",options="header",]
 *   |===
 *   |No. |項目 |内容 |必須/選択 |回答
 *   |2 |事業者名 |事業者の正式名称(商号) |必須 |架空株式会社 +
 *   本社
 *   |===
 *
 * Rows are not lines: the cells fill rows of as many columns as the cols
 * attribute names (or as the table's first line holds), a cell's text goes
 * on over the lines after it, and " +" ends a line the writer broke. A
 * cell spec before its "|" spans columns ("2+|") or rows (".2+|"); a cell
 * spanning rows is repeated in each, as the box reader does. Each row
 * becomes one line of tab-separated cells, mapped to the line of its first
 * cell.
 *
 * Outside tables, a labelled list ("認定番号::" over its indented value, or
 * "term:: value") becomes the term and its value as the definition reader
 * and the pair reader know them, and a section title ("== 見出し") a
 * Markdown heading. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { ADOC_MAX_COLS = 64 };

static int delimiter(const char *s, size_t n) {
  n = jn__sheet_trim_end(s, n);
  return n == 4 && !memcmp(s, "|===", 4);
}

/* "term::" or "term:: value" (also ":::", ";;"): the length of the term, 0
 * when the line is none. */
static size_t labelled_term(const char *s, size_t n, size_t *value_at) {
  /* ".. container:: site" is a reStructuredText directive, "::: note"
   * a fenced div of pandoc's Markdown: no terms */
  if (!n || s[0] == ' ' || s[0] == '|' || s[0] == ':' || (n > 3 && !memcmp(s, ".. ", 3)))
    return 0;
  for (size_t i = 1; i + 1 < n; i++) {
    int colons = s[i] == ':' && s[i + 1] == ':';
    int semis = s[i] == ';' && s[i + 1] == ';';
    if (!colons && !semis)
      continue;
    size_t j = i + 2;
    while (j < n && s[j] == ':')
      j++;
    if (j < n && s[j] != ' ')
      continue; /* a URL's "::" or a C++ name */
    while (j < n && s[j] == ' ')
      j++;
    *value_at = j;
    return i;
  }
  return 0;
}

/* A cell spec and its "|" at s[i] (after the line's start or a blank): how
 * many bytes it takes, 0 when s[i] opens no cell. The spec's column and
 * row spans go to *cols, *rows. */
static size_t cell_opener(const char *s, size_t n, size_t i, int *cols, int *rows) {
  size_t j = i;
  int a = 0, b = 0, has_a = 0, has_b = 0;
  while (j < n && s[j] >= '0' && s[j] <= '9')
    a = a * 10 + (s[j++] - '0'), has_a = 1;
  if (j < n && s[j] == '.' && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9') {
    j++;
    while (j < n && s[j] >= '0' && s[j] <= '9')
      b = b * 10 + (s[j++] - '0'), has_b = 1;
  }
  int span = j < n && s[j] == '+';
  if ((has_a || has_b) && !span)
    return 0; /* "2|" is text, "2+|" a span */
  j += span;
  while (j < n && strchr("<^>.", s[j]))
    j++;
  if (j < n && strchr("adehlmsv", s[j]) && j + 1 < n && s[j + 1] == '|')
    j++;
  if (j >= n || s[j] != '|')
    return 0;
  *cols = has_a && a > 0 && a <= ADOC_MAX_COLS ? a : 1;
  *rows = has_b && b > 0 && b <= 1000 ? b : 1;
  return j + 1 - i;
}

/* The column count a [cols=...] attribute line names: "3", "1,2,2" or
 * ",,," (as many as its entries); 0 when the line names none. */
static int cols_attribute(const char *s, size_t n) {
  const char *c = NULL;
  for (size_t i = 0; i + 5 < n && !c; i++)
    if (!memcmp(s + i, "cols=", 5))
      c = s + i + 5;
  if (!c)
    return 0;
  const char *end = s + n;
  int quoted = c < end && *c == '"';
  c += quoted;
  if (c < end && *c >= '0' && *c <= '9' && (c + 1 == end || c[1] == '"' || c[1] == ',' || c[1] == ']')) {
    int k = 0;
    while (c < end && *c >= '0' && *c <= '9')
      k = k * 10 + (*c++ - '0');
    return k <= ADOC_MAX_COLS ? k : 0;
  }
  int k = 1; /* entries between commas, empty ones too (pandoc's ",,,,") */
  for (; c < end && (quoted ? *c != '"' : *c != ']'); c++)
    k += *c == ',';
  return k <= ADOC_MAX_COLS ? k : 0;
}

typedef struct adoc_cell {
  jn_buf text;
  uint64_t line;
  int cols, rows;
} adoc_cell;

typedef struct adoc_table {
  adoc_cell *cell;
  size_t n, cap;
} adoc_table;

static adoc_cell *open_cell(adoc_table *t, uint64_t line, int cols, int rows) {
  if (t->n == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 64;
    adoc_cell *c = realloc(t->cell, cap * sizeof *c);
    if (!c)
      return NULL;
    t->cell = c, t->cap = cap;
  }
  adoc_cell *c = &t->cell[t->n++];
  *c = (adoc_cell){JN_BUF_INIT, line, cols, rows};
  return c;
}

/* Adds text to the open cell: a line the writer broke (" +") ends in a
 * paragraph mark, a wrapped one in a blank. */
static void cell_text(adoc_cell *c, const char *s, size_t n, int *broken) {
  while (n && s[0] == ' ')
    s++, n--;
  n = jn__sheet_trim_end(s, n);
  if (!n)
    return;
  if (c->text.len) {
    char mark = JN_PARAGRAPH_MARK;
    jn__buf_put(&c->text, *broken ? &mark : " ", 1);
  }
  *broken = n >= 2 && s[n - 1] == '+' && s[n - 2] == ' ';
  if (*broken)
    n = jn__sheet_trim_end(s, n - 1);
  for (size_t i = 0; i < n; i++)
    jn__buf_put(&c->text, s[i] == '\t' ? " " : s + i, 1);
}

/* The cells of the table body in lines [from, to). */
static int read_cells(const char *in, size_t from, size_t to, uint64_t line, adoc_table *t,
                      int *first_line_cells) {
  adoc_cell *open = NULL;
  int broken = 0;
  *first_line_cells = 0;
  for (size_t i = from; i < to; line++) {
    size_t e = jn__sheet_line_end(in, to, i);
    const char *s = in + i;
    size_t n = e - i, text_at = 0;
    int cells_here = 0;
    for (size_t k = 0; k <= n; k++) {
      int cols = 1, rows = 1;
      size_t op = k < n && (k == 0 || s[k - 1] == ' ') ? cell_opener(s, n, k, &cols, &rows) : 0;
      if (!op && k < n)
        continue;
      if (open && k > text_at)
        cell_text(open, s + text_at, k - text_at, &broken);
      if (k == n)
        break;
      open = open_cell(t, line, cols, rows);
      if (!open)
        return -1;
      broken = 0;
      cells_here++;
      k += op - 1;
      text_at = k + 1;
    }
    if (!*first_line_cells)
      *first_line_cells = cells_here;
    i = e + 1;
  }
  return 0;
}

/* Writes the cells as rows of ncols, spans filled in. */
static void write_rows(const adoc_table *t, int ncols, jn_buf *out, jn_line_map *lm) {
  int pending[ADOC_MAX_COLS] = {0};       /* rows a spanning cell still covers */
  const adoc_cell *span[ADOC_MAX_COLS] = {0};
  size_t c = 0;
  while (c < t->n && !out->failed) {
    int col = 0;
    uint64_t line = t->cell[c].line;
    while (col < ncols) {
      if (pending[col]) {
        if (col)
          jn__buf_puts(out, "\t");
        jn__buf_put(out, span[col]->text.data, span[col]->text.len);
        pending[col]--;
        col++;
        continue;
      }
      if (c == t->n)
        break;
      const adoc_cell *cell = &t->cell[c++];
      for (int k = 0; k < cell->cols && col < ncols; k++, col++) {
        if (col)
          jn__buf_puts(out, "\t");
        if (!k)
          jn__buf_put(out, cell->text.data, cell->text.len);
        if (cell->rows > 1)
          pending[col] = cell->rows - 1, span[col] = cell;
      }
    }
    jn__buf_puts(out, "\n");
    out->failed |= jn__line_map_add(lm, line) != 0;
  }
}

static void table_free(adoc_table *t) {
  for (size_t i = 0; i < t->n; i++)
    jn__buf_free(&t->cell[i].text);
  free(t->cell);
}

/* The table whose body is lines [from, to), its attribute line's column
 * count (0 if none). */
static int put_table(const char *in, size_t from, size_t to, uint64_t line, int ncols,
                     jn_buf *out, jn_line_map *lm) {
  adoc_table t = {0};
  int first = 0;
  int rc = read_cells(in, from, to, line, &t, &first);
  if (rc == 0) {
    if (ncols <= 0)
      ncols = first > 0 ? first : 1;
    write_rows(&t, ncols > ADOC_MAX_COLS ? ADOC_MAX_COLS : ncols, out, lm);
  }
  table_free(&t);
  return rc;
}

static void put_line(jn_buf *out, jn_line_map *lm, uint64_t line, const char *s, size_t n) {
  size_t v = 0, term = labelled_term(s, n, &v);
  size_t level = 0;
  while (level < n && s[level] == '=')
    level++;
  if (term) {
    jn__buf_put(out, s, term);
    if (v < n) {
      jn__buf_puts(out, "\t");
      jn__buf_put(out, s + v, n - v);
    }
  } else if (level && level <= 6 && level < n && s[level] == ' ') {
    for (size_t k = 0; k < level; k++)
      jn__buf_puts(out, "#");
    jn__buf_put(out, s + level, n - level);
  } else {
    jn__buf_put(out, s, n);
  }
  jn__buf_puts(out, "\n");
  out->failed |= jn__line_map_add(lm, line) != 0;
}

/* Is the text AsciiDoc: a |=== table, or three labelled-list terms? */
static int looks_like_asciidoc(const char *in, size_t len) {
  size_t delimiters = 0, terms = 0, v = 0;
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i);
    delimiters += delimiter(in + i, e - i);
    terms += labelled_term(in + i, e - i, &v) > 0;
    i = e + 1;
  }
  return delimiters >= 2 || terms >= 3;
}

char *jn__sheet_asciidoc(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!looks_like_asciidoc(in, len))
    return NULL;
  jn_buf out = JN_BUF_INIT;
  uint64_t line = 1;
  int ncols = 0;
  for (size_t i = 0; i < len && !out.failed;) {
    size_t e = jn__sheet_line_end(in, len, i);
    const char *s = in + i;
    if (delimiter(s, e - i)) {
      size_t body = e + 1, j = body, je = body;
      uint64_t end_line = line + 1;
      while (j < len && !delimiter(in + j, (je = jn__sheet_line_end(in, len, j)) - j))
        j = je + 1, end_line++;
      if (j >= len) { /* no closing |===: text as it is */
        put_line(&out, lm, line, s, e - i);
        i = e + 1, line++;
        continue;
      }
      if (put_table(in, body, j, line + 1, ncols, &out, lm) != 0)
        out.failed = 1;
      ncols = 0;
      i = je + 1;
      line = end_line + 1;
      continue;
    }
    size_t tn = jn__sheet_trim_end(s, e - i);
    int attribute = tn && s[0] == '[' && s[tn - 1] == ']';
    ncols = attribute ? cols_attribute(s, e - i) : 0;
    put_line(&out, lm, line, s, attribute ? 0 : tn); /* an attribute line: kept blank */
    i = e + 1, line++;
  }
  return jn__sheet_pass_result(&out, out_len, lm);
}
