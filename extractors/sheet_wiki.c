/* sheet_wiki.c — MediaWiki markup (a wiki's page source, pandoc -t
 * mediawiki) into HTML, line for line, for the HTML reader.
 *
 * A wiki writes a table as lines of markup, its cells' spans as HTML
 * attributes:
 *
 *   {| class="wikitable"          the table opens
 *   |-                            a row starts
 *   ! colspan="3"| 項目 !! 回答    header cells (!! between them)
 *   | rowspan="2"| 3 || 設立年     data cells (|| between them); the text
 *   必須                           before a single | is the cell's
 *   |}                            attributes; other lines go on in the cell
 *
 * and a definition list as "; term" / ": definition". Rewritten as <table>,
 * <tr>, <th>, <td> and <dl>, <dt>, <dd>, one output line per input line
 * (the lines the HTML reader reports are the page's own), the page is read
 * as HTML is: rowspans and colspans by the HTML reader's grid. */
#include <string.h>

#include "buf.h"
#include "sheet.h"

static int starts(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  return n >= k && !memcmp(s, w, k);
}

static int wiki_table_line(const char *s, size_t n) { return starts(s, n, "{|"); }

/* Where a cell's content starts: after "attrs|" when the text before the
 * first single | holds an attribute (=), else at 0. The attributes'
 * length in *an. */
static size_t cell_content(const char *s, size_t n, size_t *an) {
  *an = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '[' || s[i] == '<')
      return 0; /* a link or a tag: content from the start */
    if (s[i] == '|' && (i + 1 >= n || s[i + 1] != '|')) {
      if (!memchr(s, '=', i))
        return 0;
      *an = i;
      return i + 1;
    }
  }
  return 0;
}

/* The cells of a "!" or "|" line, split at "!!" or "||", each written as
 * <tag attrs>content. */
static void put_cells(jn_buf *b, const char *s, size_t n, const char *tag) {
  size_t at = 0;
  while (at <= n) {
    size_t e = at;
    while (e + 1 < n && !((s[e] == '|' && s[e + 1] == '|') || (s[e] == '!' && s[e + 1] == '!')))
      e++;
    if (e + 1 >= n)
      e = n;
    size_t an, c = cell_content(s + at, e - at, &an);
    jn__buf_puts(b, "<");
    jn__buf_puts(b, tag);
    if (an) {
      jn__buf_puts(b, " ");
      jn__buf_put(b, s + at, an);
    }
    jn__buf_puts(b, ">");
    jn__buf_put(b, s + at + c, e - at - c);
    at = e + 2;
  }
}

/* One line of the page as HTML; *in_table, *cell and *row say what is
 * open. */
static void put_line(jn_buf *b, const char *s, size_t n, int *in_table, const char **cell, int *row) {
  if (wiki_table_line(s, n)) {
    *in_table = 1, *cell = NULL, *row = 0;
    jn__buf_puts(b, "<table>");
  } else if (*in_table && starts(s, n, "|}")) {
    jn__buf_puts(b, *row ? "</tr></table>" : "</table>");
    *in_table = 0, *cell = NULL, *row = 0;
  } else if (*in_table && starts(s, n, "|-")) {
    jn__buf_puts(b, *row ? "</tr><tr>" : "<tr>");
    *row = 1, *cell = NULL;
  } else if (*in_table && starts(s, n, "|+")) {
    jn__buf_puts(b, "<caption>");
    jn__buf_put(b, s + 2, n - 2);
    jn__buf_puts(b, "</caption>");
  } else if (*in_table && n && (s[0] == '!' || s[0] == '|')) {
    *cell = s[0] == '!' ? "th" : "td";
    if (!*row)
      jn__buf_puts(b, "<tr>"), *row = 1;
    put_cells(b, s + 1, n - 1, *cell);
  } else if (*in_table) {
    if (*cell && n)
      jn__buf_puts(b, "<br>"); /* the cell goes on */
    jn__buf_put(b, s, n);
  } else if (starts(s, n, "; ")) {
    jn__buf_puts(b, "<dl><dt>");
    jn__buf_put(b, s + 2, n - 2);
    jn__buf_puts(b, "</dt>");
  } else if (starts(s, n, ": ")) {
    jn__buf_puts(b, "<dd>");
    jn__buf_put(b, s + 2, n - 2);
    jn__buf_puts(b, "</dd></dl>");
  } else if (n && s[0] == '=') {
    size_t k = 0;
    while (k < n && s[k] == '=')
      k++;
    size_t e = n;
    while (e > k && (s[e - 1] == '=' || s[e - 1] == ' '))
      e--;
    jn__buf_puts(b, "<h2>");
    jn__buf_put(b, s + k, e - k);
    jn__buf_puts(b, "</h2>");
  } else if (starts(s, n, "* ") || starts(s, n, "# ")) {
    jn__buf_puts(b, "<li>");
    jn__buf_put(b, s + 2, n - 2);
    jn__buf_puts(b, "</li>");
  } else if (n && s[0] != '<') {
    jn__buf_puts(b, "<p>");
    jn__buf_put(b, s, n);
    jn__buf_puts(b, "</p>");
  } else {
    jn__buf_put(b, s, n); /* HTML the wiki lets through (<div>, <span>) */
  }
}

/* Is the text a wiki page with a table: "{|", two "|-" and "|}" lines? */
static int wiki_page(const char *in, size_t len) {
  size_t open = 0, rows = 0, close = 0;
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i);
    open += wiki_table_line(in + i, e - i);
    rows += starts(in + i, e - i, "|-");
    close += starts(in + i, e - i, "|}");
    i = e + 1;
  }
  return open && rows >= 2 && close;
}

char *jn__sheet_wiki(const char *in, size_t len, size_t *out_len) {
  if (!wiki_page(in, len))
    return NULL;
  jn_buf b = JN_BUF_INIT;
  int in_table = 0, row = 0;
  const char *cell = NULL;
  jn__buf_puts(&b, "<html><body>");
  for (size_t i = 0; i < len && !b.failed;) {
    size_t e = jn__sheet_line_end(in, len, i);
    size_t n = e - i;
    if (n && in[i + n - 1] == '\r')
      n--;
    put_line(&b, in + i, n, &in_table, &cell, &row);
    jn__buf_puts(&b, "\n");
    i = e + 1;
  }
  jn__buf_puts(&b, "</body></html>\n");
  if (b.failed) {
    jn__buf_free(&b);
    return NULL;
  }
  *out_len = b.len;
  return jn__buf_detach(&b);
}
