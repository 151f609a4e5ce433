/* sheet_html.c — an HTML document into cells, through libxml2's HTML parser.
 *
 * The reader's first step (docs/SHEETS.md: cells, then roles, then anchors)
 * needs every input as rows of cells and lines of text. For HTML that means
 * a real parser: the certifier's pages nest tables in layout markup, leave
 * tags unclosed and span cells over rows and columns (LAYOUTS.md §1). This
 * file walks the tree libxml2 builds and writes the text the rest of the
 * reader reads, one line per row or block:
 *   - a table row is one line of cells separated by tabs; a cell covered by
 *     a rowspan repeats its text on every row it covers (the item number and
 *     the label belong to each of those rows), a colspan leaves the covered
 *     cells empty, so every row of a table has its cells in their columns;
 *   - a <dt>/<dd> pair is a line of two cells (label, value);
 *   - a list item is a line "- text", a heading "## text";
 *   - any other block (p, div, section…) is a line of its own.
 * Inside a cell or a list item, paragraph breaks (<br>, <p>, <li>) become
 * JN_PARAGRAPH_MARK so an answer of several paragraphs stays one cell. */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

/* ------------------------------------------------------- element kinds */

static int is_named(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, name);
}

static int is_any(const xmlNode *n, const char *const *names) {
  for (; *names; names++)
    if (is_named(n, *names))
      return 1;
  return 0;
}

static const char *const block_names[] = {
    "p",       "div",    "section", "article", "header", "footer", "main",  "nav",
    "aside",   "blockquote", "pre", "address", "form",   "fieldset", "figure",
    "figcaption", "caption", "center", "body", "html", "ul", "ol", "dl", "hr", NULL};
static const char *const heading_names[] = {"h1", "h2", "h3", "h4", "h5", "h6", NULL};
static const char *const skipped_names[] = {"script", "style", "head", "noscript",
                                            "template", "svg", NULL};

/* ---------------------------------------------------------- the writer */

typedef struct html_writer {
  jn_buf out;
  jn_line_map *lm;
  uint64_t line;     /* the input line of the node being written */
  int at_line_start; /* nothing written on the current line yet */
  int space;         /* a space is due before the next text */
  size_t limit;      /* the most bytes the cells may take (rowspan repeats) */
} html_writer;

/* Opens an output line (if none is open): the line map learns its input
 * line. Called before anything is written. */
static void begin(html_writer *w) {
  if (!w->at_line_start)
    return;
  if (jn__line_map_add(w->lm, w->line ? w->line : 1) != 0)
    w->out.failed = 1;
  w->at_line_start = 0;
}

static void end_line(html_writer *w) {
  if (w->at_line_start)
    return;
  jn__buf_put(&w->out, "\n", 1);
  w->at_line_start = 1;
  w->space = 0;
}

static int has_text(const char *s) {
  for (; s && *s; s++)
    if (!strchr(" \t\n\r\f", *s))
      return 1;
  return 0;
}

/* Text as HTML renders it: runs of white space are one space. Tabs and line
 * breaks never reach the output from text, since they separate cells and
 * rows there. */
static void put_text(jn_buf *b, const char *s, int *space, int *started) {
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      *space = 1;
      continue;
    }
    if (*space && *started)
      jn__buf_put(b, " ", 1);
    *space = 0;
    *started = 1;
    jn__buf_put(b, s, 1);
  }
}

/* The text of an element, for a cell: paragraph breaks kept as marks. */
static void cell_text(const xmlNode *n, jn_buf *b, int *space, int *started) {
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      put_text(b, (const char *)c->content, space, started);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || is_any(c, skipped_names))
      continue;
    int brk = is_named(c, "br") || is_named(c, "p") || is_named(c, "li") ||
              is_named(c, "div") || is_named(c, "tr") || is_any(c, heading_names);
    if (brk && *started && b->len && b->data[b->len - 1] != JN_PARAGRAPH_MARK) {
      char m = JN_PARAGRAPH_MARK;
      jn__buf_put(b, &m, 1);
      *space = 0;
    }
    if (is_named(c, "td") || is_named(c, "th"))
      *space = 1;
    cell_text(c, b, space, started);
  }
}

static char *text_of(const xmlNode *n, size_t *len) {
  jn_buf b = JN_BUF_INIT;
  int space = 0, started = 0;
  cell_text(n, &b, &space, &started);
  while (b.len && b.data[b.len - 1] == JN_PARAGRAPH_MARK)
    b.len--;
  jn__buf_put(&b, "", 0);
  *len = b.len;
  return jn__buf_detach(&b);
}

/* ------------------------------------------------------------- tables */

/* One table as a grid: cells[r * cols + c]. Cells covered by a rowspan
 * point to the text of the cell that covers them. */
typedef struct grid {
  char **cell;
  uint64_t *line; /* per row */
  size_t rows, cols, cap_rows;
  unsigned char *taken;
} grid;

enum { GRID_MAX_COLS = 64, GRID_MAX_SPAN = 1000 };

static int grid_fit(grid *g, size_t rows) {
  if (rows <= g->cap_rows)
    return 0;
  size_t cap = g->cap_rows ? g->cap_rows : 8;
  while (cap < rows)
    cap *= 2;
  char **cell = realloc(g->cell, cap * GRID_MAX_COLS * sizeof *cell);
  if (!cell)
    return -1;
  g->cell = cell;
  unsigned char *taken = realloc(g->taken, cap * GRID_MAX_COLS);
  if (!taken)
    return -1;
  g->taken = taken;
  uint64_t *line = realloc(g->line, cap * sizeof *line);
  if (!line)
    return -1;
  g->line = line;
  memset(g->cell + g->cap_rows * GRID_MAX_COLS, 0,
         (cap - g->cap_rows) * GRID_MAX_COLS * sizeof *cell);
  memset(g->taken + g->cap_rows * GRID_MAX_COLS, 0, (cap - g->cap_rows) * GRID_MAX_COLS);
  memset(g->line + g->cap_rows, 0, (cap - g->cap_rows) * sizeof *line);
  g->cap_rows = cap;
  return 0;
}

static long span_attr(const xmlNode *n, const char *name) {
  xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
  long k = v ? strtol((const char *)v, NULL, 10) : 1;
  xmlFree(v);
  return k < 1 ? 1 : k > GRID_MAX_SPAN ? GRID_MAX_SPAN : k;
}

/* Places one <td>/<th> at the first free column of row r. */
static int grid_cell(grid *g, size_t r, const xmlNode *td) {
  size_t c = 0;
  while (c < GRID_MAX_COLS && g->taken[r * GRID_MAX_COLS + c])
    c++;
  if (c == GRID_MAX_COLS)
    return 0; /* wider than any sheet: the rest of the row is dropped */
  size_t rs = (size_t)span_attr(td, "rowspan"), cs = (size_t)span_attr(td, "colspan");
  if (grid_fit(g, r + rs) != 0)
    return -1;
  size_t len;
  char *text = text_of(td, &len);
  if (!text)
    return -1;
  for (size_t i = 0; i < rs; i++)
    for (size_t j = 0; j < cs && c + j < GRID_MAX_COLS; j++) {
      size_t k = (r + i) * GRID_MAX_COLS + c + j;
      g->taken[k] = 1;
      /* a rowspan repeats the text down its column (the same string: the
       * first row owns it); a colspan leaves the covered columns empty */
      if (j == 0 && !g->cell[k]) {
        g->cell[k] = text;
        g->taken[k] = i == 0 ? 2 : 1; /* 2: this cell frees the text */
      }
    }
  if (c + cs > g->cols)
    g->cols = c + cs > GRID_MAX_COLS ? GRID_MAX_COLS : c + cs;
  if (r + rs > g->rows)
    g->rows = r + rs;
  return 0;
}

/* The rows of a table, not those of tables nested in its cells. */
static int grid_rows(grid *g, const xmlNode *n, size_t *r) {
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (is_named(c, "tr")) {
      if (grid_fit(g, *r + 1) != 0)
        return -1;
      g->line[*r] = (uint64_t)xmlGetLineNo((xmlNode *)c);
      for (const xmlNode *td = c->children; td; td = td->next)
        if ((is_named(td, "td") || is_named(td, "th")) && grid_cell(g, *r, td) != 0)
          return -1;
      if (*r + 1 > g->rows)
        g->rows = *r + 1;
      (*r)++;
    } else if (is_named(c, "thead") || is_named(c, "tbody") || is_named(c, "tfoot")) {
      if (grid_rows(g, c, r) != 0)
        return -1;
    }
  }
  return 0;
}

static void grid_free(grid *g) {
  for (size_t i = 0; i < g->cap_rows * GRID_MAX_COLS; i++)
    if (g->taken[i] == 2)
      free(g->cell[i]);
  free(g->cell);
  free(g->taken);
  free(g->line);
}

static void put_cell(jn_buf *b, const char *s) {
  for (; s && *s; s++)
    jn__buf_put(b, *s == '\t' ? " " : s, 1);
}

/* Does the subtree hold a page's structure: a table, a definition list or
 * a heading? */
static int holds_structure(const xmlNode *n) {
  for (const xmlNode *c = n->children; c; c = c->next)
    if (is_named(c, "table") || is_named(c, "dl") || is_any(c, heading_names) ||
        (c->type == XML_ELEMENT_NODE && holds_structure(c)))
      return 1;
  return 0;
}

/* Calls fn on each cell of the table's own rows (not of tables nested in
 * them), in reading order. */
static int each_cell(html_writer *w, const xmlNode *n, int (*fn)(html_writer *, const xmlNode *)) {
  for (const xmlNode *c = n->children; c; c = c->next) {
    int rc = 0;
    if (is_named(c, "thead") || is_named(c, "tbody") || is_named(c, "tfoot"))
      rc = each_cell(w, c, fn);
    for (const xmlNode *td = is_named(c, "tr") ? c->children : NULL; td && rc == 0; td = td->next)
      if (is_named(td, "td") || is_named(td, "th"))
        rc = fn(w, td);
    if (rc != 0)
      return rc;
  }
  return 0;
}

static int cell_holds_structure(html_writer *w, const xmlNode *td) {
  (void)w;
  return holds_structure(td);
}

static int walk(html_writer *w, const xmlNode *n);

static int walk_cell(html_writer *w, const xmlNode *td) {
  end_line(w);
  int rc = walk(w, td);
  end_line(w);
  return rc;
}

static int write_table(html_writer *w, const xmlNode *table) {
  /* a table laying out the page (a navigation column beside the content,
   * a frame around it) holds tables, lists of terms or headings in its
   * cells: its cells are regions of the page, read one after another */
  if (each_cell(w, table, cell_holds_structure))
    return each_cell(w, table, walk_cell);
  grid g = {0};
  size_t r = 0;
  int rc = grid_rows(&g, table, &r);
  end_line(w);
  for (size_t i = 0; rc == 0 && i < g.rows; i++) {
    /* a rowspan repeats its cell's text on every row it covers: a few
     * times the input at most, or the document is not read as cells */
    if (w->out.len > w->limit) {
      rc = -1;
      break;
    }
    size_t last = g.cols; /* trailing empty cells are not written */
    while (last && !has_text(g.cell[i * GRID_MAX_COLS + last - 1]))
      last--;
    if (!last)
      continue;
    w->line = g.line[i] ? g.line[i] : w->line;
    begin(w);
    for (size_t c = 0; c < last; c++) {
      if (c)
        jn__buf_put(&w->out, "\t", 1);
      put_cell(&w->out, g.cell[i * GRID_MAX_COLS + c]);
    }
    /* a row of one cell is written with a tab after it, so the reader sees
     * a row of the table (a section row), not a line of text */
    if (last == 1)
      jn__buf_put(&w->out, "\t", 1);
    end_line(w);
  }
  grid_free(&g);
  return rc;
}

/* ------------------------------------------------------ the tree walk */

/* <dt>label</dt><dd>value</dd>: a line of two cells per pair. A second
 * <dd> joins the first as a paragraph; a <dd> without <dt> has an empty
 * label cell. */
static int write_pair_list(html_writer *w, const xmlNode *dl) {
  int have_value = 0;
  end_line(w);
  for (const xmlNode *c = dl->children; c; c = c->next) {
    size_t len;
    if (!is_named(c, "dt") && !is_named(c, "dd"))
      continue;
    char *t = text_of(c, &len);
    if (!t)
      return -1;
    w->line = (uint64_t)xmlGetLineNo((xmlNode *)c);
    if (is_named(c, "dt")) {
      end_line(w);
      begin(w);
      put_cell(&w->out, t);
      jn__buf_put(&w->out, "\t", 1);
      have_value = 0;
    } else {
      if (w->at_line_start) {
        begin(w);
        jn__buf_put(&w->out, "\t", 1);
      } else if (have_value) {
        char m = JN_PARAGRAPH_MARK;
        jn__buf_put(&w->out, &m, 1);
      }
      put_cell(&w->out, t);
      have_value = 1;
    }
    free(t);
  }
  end_line(w);
  return 0;
}

static int holds_blocks(const xmlNode *n) {
  for (const xmlNode *c = n->children; c; c = c->next)
    if (is_named(c, "ul") || is_named(c, "ol") || is_named(c, "table") || is_named(c, "dl"))
      return 1;
  return 0;
}

/* A list item or heading: one line with its prefix. A list item holding
 * lists or tables writes its own text first, then those. */
static int write_line_of(html_writer *w, const xmlNode *n, const char *prefix) {
  end_line(w);
  w->line = (uint64_t)xmlGetLineNo((xmlNode *)n);
  if (!holds_blocks(n)) {
    size_t len;
    char *t = text_of(n, &len);
    if (!t)
      return -1;
    if (len) {
      begin(w);
      jn__buf_puts(&w->out, prefix);
      put_cell(&w->out, t);
      end_line(w);
    }
    free(t);
    return 0;
  }
  int started = 0;
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (is_named(c, "ul") || is_named(c, "ol") || is_named(c, "table") || is_named(c, "dl")) {
      end_line(w);
      started = 0;
      if (walk(w, c) != 0)
        return -1;
      continue;
    }
    size_t k = 0;
    char *t = c->type == XML_TEXT_NODE ? jn__dup(c->content, strlen((const char *)c->content))
              : c->type == XML_ELEMENT_NODE ? text_of(c, &k) : NULL;
    if (c->type == XML_ELEMENT_NODE && !t)
      return -1;
    if (has_text(t)) {
      if (w->at_line_start) {
        begin(w);
        jn__buf_puts(&w->out, prefix);
      }
      put_text(&w->out, t, &w->space, &started);
    }
    free(t);
  }
  end_line(w);
  return 0;
}

static int walk(html_writer *w, const xmlNode *n) {
  for (const xmlNode *c = n->children; c; c = c->next) {
    long ln = xmlGetLineNo((xmlNode *)c);
    if (ln > 0)
      w->line = (uint64_t)ln;
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (!has_text((const char *)c->content)) {
        w->space = 1;
        continue;
      }
      int started = !w->at_line_start;
      begin(w);
      put_text(&w->out, (const char *)c->content, &w->space, &started);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || is_any(c, skipped_names))
      continue;
    int rc = 0;
    if (is_named(c, "table")) {
      rc = write_table(w, c);
    } else if (is_named(c, "dl")) {
      rc = write_pair_list(w, c);
    } else if (is_named(c, "li")) {
      /* an item holding a list heads it: "サービス提供時間" over "月曜日~土曜日
       * 7:00~22:00", "稼働率" over "目標値:99.5%以上" */
      rc = write_line_of(w, c, holds_blocks(c) ? "## " : "- ");
    } else if (is_any(c, heading_names)) {
      rc = write_line_of(w, c, "## ");
    } else if (is_named(c, "br")) {
      end_line(w);
    } else if (is_any(c, block_names) || is_named(c, "tr") || is_named(c, "dt") ||
               is_named(c, "dd")) {
      end_line(w);
      rc = walk(w, c);
      end_line(w);
    } else {
      rc = walk(w, c); /* inline: a, b, span, font… */
    }
    if (rc != 0)
      return rc;
  }
  return 0;
}

/* Is this an HTML document, not text with a few tags in its cells? Tables,
 * definition lists, lists and headings are structure a reader must see;
 * <p>, <b>, <a> inside tab-separated cells are not (the normalizer's --html
 * stage takes those). */
static int same_letters(const char *s, const char *lower, size_t k) {
  for (size_t i = 0; i < k; i++)
    if ((s[i] | 0x20) != lower[i])
      return 0;
  return 1;
}

int jn__sheet_is_html(const char *in, size_t len) {
  static const char *const tags[] = {"table", "tr", "td", "dl", "dt", "ul", "ol", "li",
                                     "h1",    "h2", "h3", "h4", "html", "body"};
  /* tsv: lines with a tab between text (cells), not indentation */
  size_t count = 0, tsv = 0, lines = 1;
  int text_before = 0, counted = 0;
  for (size_t i = 0; i < len; i++) {
    if (in[i] == '\n') {
      lines++;
      text_before = counted = 0;
    } else if (in[i] == '\t' && text_before && !counted) {
      tsv++;
      counted = 1;
    } else if (in[i] != ' ' && in[i] != '\t' && in[i] != '\r') {
      text_before = 1;
    }
    if (in[i] != '<')
      continue;
    for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++) {
      size_t k = strlen(tags[t]);
      if (len - i <= k + 1 || !same_letters(in + i + 1, tags[t], k))
        continue;
      char c = in[i + 1 + k];
      count += c == '>' || c == ' ' || c == '\n' || c == '\t' || c == '/';
    }
  }
  /* tab-separated rows with markup inside their cells stay text */
  return count >= 2 && tsv < lines / 4 + 3;
}

char *jn__sheet_html(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (len > (size_t)INT32_MAX || !jn__sheet_is_html(in, len))
    return NULL;
  htmlDocPtr doc = htmlReadMemory(in, (int)len, NULL, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc)
    return NULL;
  html_writer w = {JN_BUF_INIT, lm, 1, 1, 0, 8 * len + 65536};
  int rc = 0;
  xmlNode *root = xmlDocGetRootElement(doc);
  if (root) {
    xmlNode top;
    memset(&top, 0, sizeof top);
    top.children = root;
    rc = walk(&w, &top);
  }
  end_line(&w);
  xmlFreeDoc(doc);
  if (rc != 0 || w.out.failed || !w.out.len) {
    jn__buf_free(&w.out);
    jn__line_map_free(lm);
    return NULL;
  }
  *out_len = w.out.len;
  jn__buf_put(&w.out, "", 0);
  return jn__buf_detach(&w.out);
}
