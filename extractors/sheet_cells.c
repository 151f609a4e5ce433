/* sheet_cells.c — one line of a sheet into cells, whatever the layout:
 * tab-separated (empty cells kept: they carry the row above), Markdown pipe
 * rows ("| a | b |", separator rows recognized), or a line of plain text
 * (one cell). The text is already normalized (tabs kept, cells trimmed). */
#include "sheet.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int is_space(char c) { return c == ' ' || c == '\t'; }

/* A Markdown separator cell: ---, :--, --:, :-: */
static int is_rule_cell(const char *s, size_t n) {
  size_t dashes = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '-')
      dashes++;
    else if (s[i] != ':' && s[i] != ' ')
      return 0;
  }
  return dashes > 0;
}

static void add(jn_cells *c, const char *s, size_t n) {
  while (n && is_space(*s))
    s++, n--;
  while (n && is_space(s[n - 1]))
    n--;
  if (n == 3 && !memcmp(s, "NaN", 3))
    n = 0; /* an empty cell, as pandas (markitdown) writes it */
  if (c->n < JN_MAX_CELLS) {
    c->p[c->n] = s;
    c->len[c->n] = n;
    c->n++;
  } else if (n) { /* more cells than any sheet has: the rest joins the last */
    c->len[c->n - 1] = (size_t)(s + n - c->p[c->n - 1]);
  }
}

/* A Markdown row may leave out its outer pipes ("63 | ラベル | 質問 | 回答",
 * GFM allows it), and converters write runs of empty cells without spaces
 * ("| |||||", "---|---|---"): three pipes at least, one of them spaced or
 * all of them separating rule cells, make it a row. */
int jn__sheet_bare_pipe_row(const char *s, size_t n) {
  int bars = 0, spaced = 0, dashes = 0;
  for (size_t i = 0; i < n; i++) {
    bars += s[i] == '|';
    dashes += s[i] == '-';
    spaced += i > 0 && i + 1 < n && s[i] == '|' && (s[i - 1] == ' ' || s[i + 1] == ' ');
  }
  /* "label | value |": two cells closed by a pipe, as converters write a
   * two-column table without its leading pipe */
  int closed = n > 2 && s[n - 1] == '|' && bars >= 2 && spaced >= 1;
  /* "---|---": the delimiter row of a two-column table (GFM 4.10) */
  return (bars >= 3 && (spaced >= 1 || (size_t)(dashes + bars) >= n * 3 / 4)) || closed ||
         jn__sheet_delimiter_cells(s, n);
}

size_t jn__sheet_delimiter_cells(const char *s, size_t n) {
  size_t end = jn__sheet_trim_end(s, n), cells = 1, dashes = 0, bars = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '|') {
      bars++;
      cells += i > 0 && i + 1 < end; /* an outer pipe parts no cells */
    } else if (s[i] == '-') {
      dashes++;
    } else if (s[i] != ':' && s[i] != ' ') {
      return 0;
    }
  }
  return bars && dashes >= 3 ? cells : 0;
}

/* html2text fills table cells with underscores ("|回答____|", "|___|"):
 * when two cells of a row or more end so, the underscores at the ends of
 * its cells are padding. (Underscores inside a cell stay: e-mail addresses have them.) */
static void unpad_cells(jn_cells *c) {
  size_t padded = 0, filled = 0;
  for (size_t i = 0; i < c->n; i++) {
    filled += c->len[i] > 0;
    padded += c->len[i] >= 2 && c->p[i][c->len[i] - 1] == '_' && c->p[i][c->len[i] - 2] == '_';
  }
  if (!filled || padded < 2)
    return;
  for (size_t i = 0; i < c->n; i++) {
    while (c->len[i] && (c->p[i][c->len[i] - 1] == '_' || c->p[i][c->len[i] - 1] == ' '))
      c->len[i]--;
    while (c->len[i] && (c->p[i][0] == '_' || c->p[i][0] == ' '))
      c->p[i]++, c->len[i]--;
  }
}

/* The line's cells between its pipes: a Markdown row, or its rule. */
jn_line_kind jn__sheet_pipe_cells(const char *s, size_t n, jn_cells *c) {
  c->n = 0;
  size_t end = n;
  if (end > 1 && s[end - 1] == '|')
    end--;
  size_t start = n >= 2 && s[0] == '|', rules = 0, cells = 0; /* past an outer pipe */
  for (size_t i = start; i <= end; i++) /* "\|" is a pipe inside a cell */
    if (i == end || (s[i] == '|' && (i == 0 || s[i - 1] != '\\'))) {
      add(c, s + start, i - start);
      cells++;
      rules += is_rule_cell(s + start, i - start);
      start = i + 1;
    }
  if (rules != cells)
    unpad_cells(c);
  return rules == cells ? JN_LINE_RULE : JN_LINE_MARKDOWN;
}

jn_line_kind jn__sheet_cells(const char *s, size_t n, jn_cells *c) {
  c->n = 0;
  if ((n >= 2 && s[0] == '|') || (!memchr(s, '\t', n) && jn__sheet_bare_pipe_row(s, n)))
    return jn__sheet_pipe_cells(s, n, c);
  if (memchr(s, '\t', n)) {
    size_t start = 0;
    for (size_t i = 0; i <= n; i++)
      if (i == n || s[i] == '\t') {
        add(c, s + start, i - start);
        start = i + 1;
      }
    return JN_LINE_TSV;
  }
  add(c, s, n);
  return n ? JN_LINE_TEXT : JN_LINE_EMPTY;
}

/* ---------------------------------------------- html2text's underlines */

/* A row of html2text's tables: it starts with a pipe and at least two of
 * its cells end in underscores before the next pipe ("|回答____|"). */
static int underlined_row(const char *s, size_t n) {
  if (!n || s[0] != '|')
    return 0;
  int padded = 0;
  for (size_t i = 2; i < n; i++)
    padded += s[i] == '|' && s[i - 1] == '_' && s[i - 2] == '_';
  return padded >= 2;
}

static int email_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '-' || c == '+' || c == '_';
}

/* Is the underscore at s[k] part of an e-mail address's local part
 * (a_b@example.jp)? Letters before it, and only address characters from
 * it to the '@'. A phone number before it (03-1234-5678_x@…) is not. */
static int in_address(const char *s, size_t n, size_t k) {
  size_t e = k + 1;
  while (e < n && email_char(s[e]) && s[e] != '_')
    e++;
  if (e >= n || s[e] != '@' || e == k + 1)
    return 0;
  int letters = 0;
  for (size_t b = k; b-- > 0 && email_char(s[b]) && s[b] != '_';)
    letters += (s[b] | 0x20) >= 'a' && (s[b] | 0x20) <= 'z';
  return letters > 0;
}

size_t jn__sheet_line_end(const char *in, size_t len, size_t i) {
  const char *nl = memchr(in + i, '\n', len - i);
  return nl ? (size_t)(nl - in) : len;
}

size_t jn__sheet_leading_id(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && k < 4 && s[k] >= '0' && s[k] <= '9')
    k++;
  return k && k < 4 && k < n && s[k] == ' ' ? k + 1 : 0;
}

jn_line_span *jn__sheet_split_lines(const char *in, size_t len, size_t max, size_t *count) {
  size_t n = 1;
  for (const char *p = in; n <= max && (p = memchr(p, '\n', (size_t)(in + len - p))); p++)
    n++;
  jn_line_span *l = n <= max ? malloc(n * sizeof *l) : NULL;
  if (!l)
    return NULL;
  size_t k = 0;
  for (size_t i = 0; i < len && k < n;) {
    size_t e = jn__sheet_line_end(in, len, i);
    l[k++] = (jn_line_span){in + i, e - i};
    i = e + 1;
  }
  *count = k;
  return l;
}

size_t jn__sheet_trim_end(const char *s, size_t n) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\t'))
    n--;
  return n;
}

size_t jn__sheet_trailing_blanks(const char *s, size_t n) {
  while (n && s[n - 1] == '\r')
    n--;
  size_t k = 0;
  while (k < n && s[n - 1 - k] == ' ')
    k++;
  return k;
}

size_t jn__sheet_count_lines(const char *in, size_t len, int (*pred)(const char *, size_t),
                             size_t enough) {
  size_t count = 0;
  for (size_t i = 0; i < len && count < enough;) {
    size_t e = jn__sheet_line_end(in, len, i);
    count += !pred || pred(in + i, e - i) != 0;
    i = e + 1;
  }
  return count;
}

char *jn__sheet_rewrite_lines(const char *in, size_t len, size_t *out_len,
                              void (*put)(jn_buf *, const char *, size_t, void *), void *state) {
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < len && !b.failed;) {
    size_t e = jn__sheet_line_end(in, len, i);
    put(&b, in + i, e - i, state);
    if (e < len)
      jn__buf_puts(&b, "\n");
    i = e + 1;
  }
  size_t n = b.len;
  char *made = jn__buf_detach(&b);
  if (!made) {
    jn__buf_free(&b);
    return NULL;
  }
  *out_len = n;
  return made;
}

/* html2text draws the last line of every table row underlined: each
 * space of its cells, and the padding after them, is printed as '_'
 * ("代表取締役社長_CEO_架空_淳____|"). In such rows an underscore is a
 * space unless it is in an e-mail address (a_b@example.jp): the one place
 * where sheets write underscores of their own. The length is unchanged,
 * so offsets and lines still hold. NULL when the text has fewer than three
 * such rows. */
char *jn__sheet_ununderline(const char *in, size_t len) {
  if (jn__sheet_count_lines(in, len, underlined_row, 3) < 3)
    return NULL;
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  memcpy(out, in, len);
  out[len] = '\0';
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(in + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - in) : len;
    for (size_t k = i; underlined_row(in + i, e - i) && k < e; k++)
      if (in[k] == '_' && !in_address(in + i, e - i, k - i))
        out[k] = ' ';
    i = e + 1;
  }
  return out;
}

/* Is there a ** mark (not part of a longer run of stars) at line[k]? */
static int strong_mark(const char *line, size_t n, size_t k) {
  return k + 1 < n && line[k] == '*' && line[k + 1] == '*' && (k + 2 >= n || line[k + 2] != '*') &&
         (k == 0 || line[k - 1] != '*');
}

static size_t strong_marks(const char *line, size_t n) {
  size_t marks = 0;
  for (size_t k = 0; k < n; k++)
    if (strong_mark(line, n, k))
      marks++, k++;
  return marks;
}

/* Markdown's strong emphasis (**値**) marks a value, and is no part of
 * it: each pair of ** on a line is taken out (an odd last one stays). The
 * lines keep their order and number; spaces are not put in their place,
 * since two spaces mean a column gap to the layout reader. NULL when no
 * line holds a pair. */
char *jn__sheet_unemphasize(const char *in, size_t len, size_t *out_len) {
  int any = 0;
  if (!len || !memchr(in, '*', len))
    return NULL; /* every sheet passes here: most have no star at all */
  for (size_t i = 0; i < len && !any;) {
    const char *nl = memchr(in + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - in) : len;
    any = strong_marks(in + i, e - i) >= 2;
    i = e + 1;
  }
  char *out = any ? malloc(len + 1) : NULL;
  if (!out)
    return NULL;
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(in + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - in) : len, n = e - i;
    size_t marks = strong_marks(in + i, n), todo = marks - marks % 2;
    for (size_t k = 0; k < n; k++) {
      if (todo && strong_mark(in + i, n, k)) {
        todo--, k++;
        continue;
      }
      out[o++] = in[i + k];
    }
    if (nl)
      out[o++] = '\n';
    i = e + 1;
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

/* Markdown's backslash escapes (pandoc writes 記述有り(\*), \<100字以内\>)
 * and its hard line break (a backslash ending a line) are no part of the
 * text: the backslash is taken out before ASCII punctuation and at a
 * line's end (CommonMark 2.4, 6.7). Lines keep their number. NULL when no
 * backslash is one of these. */
static int escapes(const char *s, size_t n, size_t k) {
  return s[k] == '\\' && (k + 1 == n || s[k + 1] == '\n' ||
                           (ispunct((unsigned char)s[k + 1]) && s[k + 1] != '\\'));
}

char *jn__sheet_unescape(const char *in, size_t len, size_t *out_len) {
  const char *b = len ? memchr(in, '\\', len) : NULL;
  size_t any = 0;
  for (; b && !any; b = memchr(b + 1, '\\', len - (size_t)(b + 1 - in)))
    any = escapes(in, len, (size_t)(b - in));
  char *out = any ? malloc(len + 1) : NULL;
  if (!out)
    return NULL;
  size_t o = 0;
  for (size_t k = 0; k < len; k++)
    if (!escapes(in, len, k))
      out[o++] = in[k];
  out[o] = '\0';
  *out_len = o;
  return out;
}


/* ------------------------------------- Markdown rows wrapped by width */

/* html2text (Python) ends each row of a Markdown table with a hard break
 * (two spaces) and, at its default width, wraps a long row at a space onto
 * the next lines, which then end with no break ("40| サービスパフォーマンス
 * の管理|" / "機器、…| 選択|" / "実装した…による  "). In a table's body
 * (after its rule, up to a blank line) where rows end so, a line that does
 * not is joined to the next, and the row reads whole. */
enum { UNWRAP_MIN_ROWS = 3 };

static int hard_break(const char *s, size_t n) { return n >= 3 && s[n - 1] == ' ' && s[n - 2] == ' '; }

static int rule_line(const char *s, size_t n) {
  jn_cells c;
  return n && memchr(s, '|', n) && jn__sheet_pipe_cells(s, n, &c) == JN_LINE_RULE;
}

static size_t next_line(const char *in, size_t len, size_t i, size_t *n) {
  const char *nl = memchr(in + i, '\n', len - i);
  *n = nl ? (size_t)(nl - in) - i : len - i;
  return nl ? (size_t)(nl - in) + 1 : len;
}

/* Are there table bodies whose rows end in hard breaks, some wrapped? */
static int wrapped_rows(const char *in, size_t len) {
  size_t breaks = 0, wrapped = 0, n;
  int body = 0;
  for (size_t i = 0, e; i < len; i = e) {
    e = next_line(in, len, i, &n);
    if (!n)
      body = 0;
    else if (body)
      hard_break(in + i, n) ? breaks++ : wrapped++;
    else
      body = rule_line(in + i, n);
  }
  return breaks >= UNWRAP_MIN_ROWS && wrapped > 0 && wrapped < breaks;
}

char *jn__sheet_unwrap_rows(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!memchr(in, '|', len) || !wrapped_rows(in, len))
    return NULL;
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  size_t o = 0, n;
  int body = 0, joining = 0, failed = 0;
  uint64_t line = 0;
  for (size_t i = 0, e; i < len; i = e) {
    e = next_line(in, len, i, &n);
    line++;
    if (!joining)
      failed |= jn__line_map_add(lm, line) != 0;
    memcpy(out + o, in + i, n), o += n;
    if (!n)
      body = 0;
    else if (!body)
      body = rule_line(in + i, n);
    else if (!hard_break(in + i, n) && e < len) {
      joining = 1; /* wrapped at a space: the row goes on on the next line */
      out[o++] = ' ';
      continue;
    }
    joining = 0;
    if (e <= len && in[e - 1] == '\n')
      out[o++] = '\n';
  }
  if (failed) {
    free(out);
    jn__line_map_free(lm);
    return NULL;
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

void jn__sheet_put_line(jn_buf *b, jn_line_map *lm, const char *s, size_t n, uint64_t line) {
  jn__buf_put(b, s, n);
  jn__buf_puts(b, "\n");
  b->failed |= lm && jn__line_map_add(lm, line) != 0;
}

char *jn__sheet_pass_result(jn_buf *b, size_t *out_len, jn_line_map *lm) {
  if (b->failed) {
    jn__buf_free(b);
    if (lm)
      jn__line_map_free(lm);
    return NULL;
  }
  *out_len = b->len;
  return jn__buf_detach(b);
}

char *jn__sheet_join_lines(const char *in, size_t len, size_t *out_len, size_t min_joins,
                           int (*joins)(jn_line_span a, jn_line_span b)) {
  size_t n = 0, found = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  for (size_t i = 0; i + 1 < n; i++)
    found += joins(l[i], l[i + 1]) != 0;
  if (found < min_joins) {
    free(l);
    return NULL;
  }
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    if (i + 1 < n && joins(l[i], l[i + 1])) {
      jn__buf_put(&b, l[i].s, jn__sheet_trim_end(l[i].s, l[i].n));
      jn__sheet_put_line(&b, NULL, l[i + 1].s, l[i + 1].n, 0);
      jn__sheet_put_line(&b, NULL, "", 0, 0); /* the second line, left empty */
      i++;
      continue;
    }
    jn__sheet_put_line(&b, NULL, l[i].s, l[i].n, 0);
  }
  free(l);
  return jn__sheet_pass_result(&b, out_len, NULL);
}
