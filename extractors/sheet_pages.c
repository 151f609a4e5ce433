/* sheet_pages.c — a printed document's running headers and footers.
 *
 * Text taken from a PDF (pdftotext, with or without -layout) marks each
 * new page with a form feed, and a browser's print puts the same lines at
 * the top and the bottom of every page: the date and time of printing and
 * the page's title, its address and "3/7". Such a line is no part of the
 * document; read as text it interrupts a table (a cell that goes on over
 * the page break) and its figures pass for answers (12/6/26 read as an age
 * of 12).
 *
 * A line among the first or the last PAGE_EDGE_LINES non-blank lines of a
 * page (pdftotext -raw puts a browser's header under the page's text, with
 * the footer) is furniture when lines of the same shape (blanks dropped,
 * each run of digits one digit: the page number and the time may change)
 * stand at the same edge of at least half the pages, and of two at least,
 * and the shape holds words (PAGE_WORDS_MIN bytes besides digits and
 * signs): a page that starts with an item number ("19") starts with
 * content. Such lines are dropped; every other line is kept as it is,
 * mapped to its input line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { PAGE_EDGE_LINES = 2, PAGE_SHAPE_MAX = 160, PAGE_MIN = 2, PAGE_WORDS_MIN = 6 };

typedef struct page_line {
  size_t start, end; /* the line without its line break */
  size_t page;
  int edge;          /* 1 at a page's top, 2 at its bottom, 0 inside;
                        3 once found to be furniture */
  char *shape;       /* an edge line's shape (NULL inside a page) */
} page_line;

/* The line's shape: no blanks, each run of digits as one 0. */
static void shape_of(const char *s, size_t n, char *out) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < PAGE_SHAPE_MAX; i++) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r')
      continue;
    if (c >= '0' && c <= '9') {
      if (k && out[k - 1] == '0')
        continue;
      c = '0';
    }
    out[k++] = c;
  }
  out[k] = '\0';
}

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\r')
      return 0;
  return 1;
}

/* Marks the first and last PAGE_EDGE_LINES non-blank lines of each page. */
static void mark_edges(const char *in, page_line *l, size_t k) {
  for (size_t from = 0; from < k;) {
    size_t to = from;
    while (to < k && l[to].page == l[from].page)
      to++;
    size_t seen = 0;
    for (size_t i = from; i < to && seen < PAGE_EDGE_LINES; i++)
      if (!blank(in + l[i].start, l[i].end - l[i].start))
        l[i].edge = 1, seen++;
    seen = 0;
    for (size_t i = to; i-- > from && seen < PAGE_EDGE_LINES;)
      if (!blank(in + l[i].start, l[i].end - l[i].start))
        l[i].edge = l[i].edge ? l[i].edge : 2, seen++;
    from = to;
  }
}

/* Does the shape hold words, not only digits and signs? */
static int has_words(const char *shape) {
  size_t k = 0;
  for (const char *c = shape; *c; c++)
    k += (unsigned char)*c >= 0x80 || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z');
  return k >= PAGE_WORDS_MIN;
}

/* The edge lines' shapes, one store for all (PAGE_SHAPE_MAX bytes each, a
 * few lines a page: memory follows the pages, not the lines). */
static char *take_shapes(const char *in, page_line *l, size_t k) {
  size_t edges = 0;
  for (size_t i = 0; i < k; i++)
    edges += l[i].edge != 0;
  char *store = malloc(edges ? edges * PAGE_SHAPE_MAX : 1);
  if (!store)
    return NULL;
  for (size_t i = 0, e = 0; i < k; i++)
    if (l[i].edge) {
      l[i].shape = store + PAGE_SHAPE_MAX * e++;
      shape_of(in + l[i].start, l[i].end - l[i].start, l[i].shape);
    }
  return store;
}

/* Edge lines in order of edge, shape and page, so that the lines of one
 * shape at one edge stand together. */
static int by_shape(const void *a, const void *b) {
  const page_line *x = *(page_line *const *)a, *y = *(page_line *const *)b;
  int c = strcmp(x->shape, y->shape);
  if (x->edge != y->edge)
    return x->edge - y->edge;
  if (c)
    return c;
  return x->page < y->page ? -1 : x->page > y->page;
}

/* Marks furniture (edge 3) every edge line whose shape holds words and
 * stands at its edge on PAGE_MIN pages and half the pages at least:
 * sorted, not compared pair by pair, as a print may have many pages. */
static int mark_furniture(page_line *l, size_t k, size_t pages) {
  size_t n = 0;
  for (size_t i = 0; i < k; i++)
    n += l[i].edge != 0;
  page_line **e = malloc((n ? n : 1) * sizeof *e);
  if (!e)
    return -1;
  for (size_t i = 0, j = 0; i < k; i++)
    if (l[i].edge)
      e[j++] = &l[i];
  qsort(e, n, sizeof *e, by_shape);
  for (size_t from = 0; from < n;) {
    size_t to = from, on = 0;
    for (; to < n && e[to]->edge == e[from]->edge && !strcmp(e[to]->shape, e[from]->shape); to++)
      on += to == from || e[to]->page != e[to - 1]->page;
    int furniture = on >= PAGE_MIN && 2 * on >= pages && has_words(e[from]->shape);
    for (size_t i = from; furniture && i < to; i++)
      e[i]->edge = 3;
    from = to;
  }
  free(e);
  return 0;
}

char *jn__sheet_pages(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  size_t feeds = 0;
  for (size_t i = 0; i < len; i++)
    feeds += in[i] == '\f';
  if (feeds + 1 < PAGE_MIN)
    return NULL;
  size_t k = jn__sheet_count_lines(in, len, NULL, SIZE_MAX);
  page_line *l = calloc(k ? k : 1, sizeof *l);
  if (!l)
    return NULL;
  size_t at = 0, page = 0;
  for (size_t i = 0; i < len && at < k; at++) {
    size_t e = jn__sheet_line_end(in, len, i);
    for (size_t j = i; j < e; j++)
      page += in[j] == '\f';
    l[at] = (page_line){i, e, page, 0, NULL};
    i = e + 1;
  }
  k = at;
  mark_edges(in, l, k);
  char *shapes = take_shapes(in, l, k);
  if (!shapes || mark_furniture(l, k, page + 1) != 0) {
    free(shapes);
    free(l);
    return NULL;
  }
  size_t dropped = 0;
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < k && !b.failed; i++) {
    if (l[i].edge == 3) {
      dropped++;
      continue;
    }
    const char *s = in + l[i].start;
    size_t n = l[i].end - l[i].start;
    while (n && *s == '\f') /* the page break itself */
      s++, n--;
    jn__sheet_put_line(&b, lm, s, n, i + 1);
  }
  free(l);
  free(shapes);
  if (!dropped) {
    jn__buf_free(&b);
    jn__line_map_free(lm);
    return NULL;
  }
  return jn__sheet_pass_result(&b, out_len, lm);
}
