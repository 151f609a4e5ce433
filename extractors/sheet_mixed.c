/* sheet_mixed.c — Markdown that holds HTML blocks, read as Markdown with
 * each block turned into the cell text the HTML reader makes of it.
 *
 * Converters write a table Markdown cannot draw as raw HTML inside the
 * Markdown (pandoc, for a cell holding a line break; a wiki export, a
 * README):
 *
 *   ## 2. 電源設備
 *   | 項目 | 仕様 |          Markdown: its lines are the structure
 *   |------|------|
 *   <table>                    HTML: its newlines are not
 *   <tr><td>消火設備</td><td>窒素ガス消火設備<br />…
 *
 * Parsed whole as HTML, the Markdown's pipe rows and headings run together
 * into one paragraph; read as text, the block's cells are tags on lines.
 * So when the text has Markdown structure outside its HTML blocks (pipe
 * rows, # headings), each block from a line opening <table> or <dl> to the
 * line closing it goes through the HTML reader (sheet_html.c) alone, and
 * the rest stays as it is. The line map sends every line back to the
 * user's. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { MARKDOWN_LINES_MIN = 2 };

static size_t blank_start(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && (s[k] == ' ' || s[k] == '\t'))
    k++;
  return k;
}

static int starts_tag(const char *s, size_t n, const char *tag) {
  size_t k = strlen(tag);
  if (n < k + 2 || s[0] != '<')
    return 0;
  for (size_t i = 0; i < k; i++)
    if ((s[1 + i] | 0x20) != tag[i])
      return 0;
  return s[1 + k] == '>' || s[1 + k] == ' ' || s[1 + k] == '\t';
}

/* How many times the line opens (+1) and closes (-1) the element. */
static int nesting(const char *s, size_t n, const char *tag) {
  int depth = 0;
  size_t k = strlen(tag);
  for (size_t i = 0; i + k + 2 < n + 1; i++) {
    if (s[i] != '<')
      continue;
    int close = i + 1 < n && s[i + 1] == '/';
    size_t t = i + 1 + (size_t)close;
    if (t + k > n)
      continue;
    int same = 1;
    for (size_t j = 0; j < k && same; j++)
      same = (s[t + j] | 0x20) == tag[j];
    if (same && (t + k == n || s[t + k] == '>' || s[t + k] == ' ' || s[t + k] == '\t'))
      depth += close ? -1 : 1;
  }
  return depth;
}

/* The tag a block opens on this line ("table", "dl"), or NULL. */
static const char *block_tag(const char *s, size_t n) {
  static const char *const tags[] = {"table", "dl"};
  size_t k = blank_start(s, n);
  for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
    if (starts_tag(s + k, n - k, tags[t]))
      return tags[t];
  return NULL;
}

/* Markdown outside the HTML blocks: pipe rows and # headings. */
static size_t markdown_lines(const char *in, size_t len) {
  size_t count = 0;
  const char *tag = NULL;
  int depth = 0;
  for (size_t i = 0; i < len; i++) {
    size_t e = jn__sheet_line_end(in, len, i);
    const char *s = in + i;
    size_t n = e - i, k = blank_start(s, n);
    if (!tag && (tag = block_tag(s, n)) != NULL)
      depth = 0;
    if (tag) {
      depth += nesting(s, n, tag);
      if (depth <= 0)
        tag = NULL;
    } else if (k < n && (s[k] == '|' || (s[k] == '#' && k + 1 < n && (s[k + 1] == ' ' || s[k + 1] == '#')))) {
      count++;
    }
    i = e;
  }
  return count;
}

/* The block of lines [from, to) through the HTML reader, its lines mapped
 * from first_line on. A block the reader makes nothing of stays as it is. */
static void put_block(jn_buf *b, jn_line_map *lm, const char *from, size_t n, uint64_t first_line,
                      uint64_t lines) {
  jn_line_map bm = {0};
  size_t made_n = 0;
  char *made = jn__sheet_html(from, n, &made_n, &bm);
  if (!made) {
    jn__buf_put(b, from, n);
    if (n && from[n - 1] != '\n')
      jn__buf_puts(b, "\n");
    for (uint64_t l = 0; l < lines; l++)
      b->failed |= jn__line_map_add(lm, first_line + l) != 0;
    return;
  }
  jn__buf_put(b, made, made_n);
  if (made_n && made[made_n - 1] != '\n')
    jn__buf_puts(b, "\n");
  for (size_t l = 0; l < bm.n; l++)
    b->failed |= jn__line_map_add(lm, first_line + bm.line[l] - 1) != 0;
  free(made);
  jn__line_map_free(&bm);
}

char *jn__sheet_mixed(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!jn__sheet_is_html(in, len) || markdown_lines(in, len) < MARKDOWN_LINES_MIN)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  uint64_t line = 0;
  for (size_t i = 0; i < len && !b.failed;) {
    size_t e = jn__sheet_line_end(in, len, i);
    line++;
    const char *tag = block_tag(in + i, e - i);
    if (!tag) {
      jn__sheet_put_line(&b, lm, in + i, e - i, line);
      i = e + 1;
      continue;
    }
    /* the block runs to the line that closes it (or to the end) */
    size_t j = i, first = i;
    uint64_t first_line = line, lines = 0;
    int depth = 0;
    for (;;) {
      size_t je = jn__sheet_line_end(in, len, j);
      depth += nesting(in + j, je - j, tag);
      lines++;
      j = je + 1;
      if (depth <= 0 || j >= len)
        break;
    }
    line = first_line + lines - 1;
    size_t end = j > len ? len : j;
    put_block(&b, lm, in + first, end - first, first_line, lines);
    i = end;
  }
  return jn__sheet_pass_result(&b, out_len, lm);
}
