/* sheet_tracker.c — the wiki markup of issue trackers, Jira / Confluence
 * (pandoc -t jira) and Textile (Redmine; pandoc -t textile), into HTML,
 * line for line, for the HTML reader.
 *
 * Jira writes headings as "h2. 申請内容", header rows as "|| a || b ||",
 * rows as "| a | b |", links as [text|https://…], [https://…] or
 * [mailto:…], bold as *text* and macros in braces ({panel}, {anchor:x}).
 * A cell may hold line breaks: its row then goes on over the next lines
 * until one ends with its closing "|":
 *
 *   | 89 | 連絡先 | 必須 | カスタマーサポート      the row opens
 *   TEL:03-5555-0000                               the last cell goes on
 *   E-mail:[mailto:support@example.jp] |           and the row closes
 *
 * Textile writes headings as "h2(#id). 申請内容" and each cell's kind and
 * spans before a dot: "|_. 回答|" a header cell, "|/2. 3|" a cell over two
 * rows, "|\2. 備考|" one over two columns; its text keeps HTML's character
 * references (&#45;, &lt;).
 *
 * Read line by line as Markdown, a Jira row is cut in three, a link's "|"
 * splits a cell, and Textile's spans and references stay in the text.
 * Rewritten as <table>, <tr>, <th>, <td> (with their spans), <h2>, <li>,
 * <a> and <p>, one output line per input line (the lines the HTML reader
 * reports are the page's own), the page reads as HTML does. A text is
 * taken for Jira when it has a header row or a "h1." heading and Jira
 * links or a second such line, for Textile when it has Textile headings
 * or header cells and rows: Markdown has neither. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

static int starts(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  return n >= k && !memcmp(s, w, k);
}

typedef enum { JIRA, TEXTILE } dialect;

typedef struct tracker_state {
  dialect d;
  int in_table;    /* a table is open */
  const char *tag; /* the open cell's tag ("td", "th"), NULL: no row open */
} tracker_state;

/* A heading, "h2. " or Textile's "h2(#id). ": its level, the length of its
 * mark in *mark; 0 when the line is no heading. */
static int heading_level(const char *s, size_t n, size_t *mark) {
  if (n < 4 || s[0] != 'h' || s[1] < '1' || s[1] > '6')
    return 0;
  size_t k = 2;
  if (s[k] == '(') { /* Textile's id or class */
    while (k < n && s[k] != ')')
      k++;
    k++;
  }
  if (k + 1 >= n || s[k] != '.' || s[k + 1] != ' ')
    return 0;
  *mark = k + 2;
  return s[1] - '0';
}

/* Where the link or macro opening at s[i] ('[' or '{') closes, 0 when it
 * does not on this line. */
static size_t closing(const char *s, size_t n, size_t i) {
  char close = s[i] == '[' ? ']' : '}';
  for (size_t k = i + 1; k < n; k++)
    if (s[k] == close)
      return k;
  return 0;
}

static int link_target(const char *s, size_t n) {
  return starts(s, n, "http://") || starts(s, n, "https://") || starts(s, n, "mailto:") ||
         starts(s, n, "file:") || (n && s[0] == '#');
}

/* Text as HTML: Jira's escaped, Textile's as it is (it keeps HTML's
 * character references). */
static void put_escaped(jn_buf *b, const char *s, size_t n, dialect d) {
  if (d == TEXTILE) {
    jn__buf_put(b, s, n);
    return;
  }
  for (size_t i = 0; i < n; i++)
    switch (s[i]) {
    case '<': jn__buf_puts(b, "&lt;"); break;
    case '>': jn__buf_puts(b, "&gt;"); break;
    case '&': jn__buf_puts(b, "&amp;"); break;
    default: jn__buf_put(b, s + i, 1);
    }
}

/* A Jira link's inside: "text|target", "target" or "mailto:address". */
static void put_link(jn_buf *b, const char *s, size_t n) {
  const char *bar = memchr(s, '|', n);
  const char *t = bar ? bar + 1 : s;
  size_t tn = (size_t)(s + n - t);
  if (starts(t, tn, "mailto:"))
    t += 7, tn -= 7;
  if (bar && (size_t)(bar - s) != tn) {
    put_escaped(b, s, (size_t)(bar - s), JIRA);
    jn__buf_puts(b, " ");
  }
  jn__buf_puts(b, "<a href=\"");
  put_escaped(b, t, tn, JIRA);
  jn__buf_puts(b, "\">");
  put_escaped(b, t, tn, JIRA);
  jn__buf_puts(b, "</a>");
}

/* Text of a cell or line: links, macros and bold marks rewritten. */
static void put_text(jn_buf *b, const char *s, size_t n, dialect d) {
  size_t i = 0;
  while (n && s[0] == ' ')
    s++, n--;
  while (n && s[n - 1] == ' ')
    n--;
  while (i < n) {
    size_t e;
    if (d == JIRA && s[i] == '[' && (e = closing(s, n, i)) != 0) {
      const char *bar = memchr(s + i, '|', e - i);
      const char *t = bar ? bar + 1 : s + i + 1;
      if (link_target(t, (size_t)(s + e - t))) {
        put_link(b, s + i + 1, e - i - 1);
        i = e + 1;
        continue;
      }
    }
    if (d == JIRA && s[i] == '{' && (e = closing(s, n, i)) != 0 && i + 1 < e &&
        s[i + 1] >= 'a' && s[i + 1] <= 'z') {
      i = e + 1; /* {panel}, {anchor:x}, {color:red}: no text */
      continue;
    }
    if (s[i] == '*' && i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '*' &&
        (i == 0 || s[i - 1] == ' ' || s[i - 1] == '|' || (unsigned char)s[i - 1] >= 0x80)) {
      const char *end = memchr(s + i + 1, '*', n - i - 1);
      if (end && end[-1] != ' ') { /* *bold*: its text */
        put_text(b, s + i + 1, (size_t)(end - s - i - 1), d);
        i = (size_t)(end - s) + 1;
        continue;
      }
    }
    put_escaped(b, s + i, 1, d);
    i++;
  }
}

/* Where the next cell break ("|", or "||" in a header row) stands at or
 * after from, outside Jira's links; n when none. */
static size_t next_bar(const char *s, size_t n, size_t from, dialect d) {
  for (size_t i = from; i < n; i++) {
    size_t e;
    if (d == JIRA && s[i] == '[' && (e = closing(s, n, i)) != 0) {
      i = e;
      continue;
    }
    if (s[i] == '|')
      return i;
  }
  return n;
}

static size_t number_at(const char *s, size_t n, size_t *k) {
  size_t v = 0;
  while (*k < n && s[*k] >= '0' && s[*k] <= '9' && v < 1000)
    v = v * 10 + (size_t)(s[(*k)++] - '0');
  return v;
}

/* Opens a cell whose text is s[0..n): Textile's modifiers before a dot
 * (_ a header cell, /2 two rows, \2 two columns, alignments, a style in
 * braces) become the tag and its spans. The length of the modifiers. */
static size_t open_cell(jn_buf *b, const char *s, size_t n, tracker_state *st, const char *tag) {
  size_t k = 0, rows = 0, cols = 0;
  while (k < n && s[k] == ' ')
    k++;
  if (st->d == TEXTILE) {
    size_t m = k;
    int header = 0;
    for (;;) {
      if (m < n && s[m] == '_')
        header = 1, m++;
      else if (m + 1 < n && s[m] == '/' && s[m + 1] >= '0' && s[m + 1] <= '9')
        m++, rows = number_at(s, n, &m);
      else if (m + 1 < n && s[m] == '\\' && s[m + 1] >= '0' && s[m + 1] <= '9')
        m++, cols = number_at(s, n, &m);
      else if (m < n && strchr("<>=^~", s[m]))
        m++;
      else if (m < n && (s[m] == '{' || s[m] == '(')) {
        char close = s[m] == '{' ? '}' : ')';
        while (m < n && s[m] != close)
          m++;
        m += m < n;
      } else
        break;
    }
    if (m > k && m < n && s[m] == '.' && (m + 1 == n || s[m + 1] == ' ')) {
      tag = header ? "th" : "td";
      k = m + 1;
    } else
      rows = cols = 0;
  }
  char open[48];
  snprintf(open, sizeof open, "<%s", tag);
  jn__buf_puts(b, open);
  if (rows > 1) {
    snprintf(open, sizeof open, " rowspan=\"%zu\"", rows);
    jn__buf_puts(b, open);
  }
  if (cols > 1) {
    snprintf(open, sizeof open, " colspan=\"%zu\"", cols);
    jn__buf_puts(b, open);
  }
  jn__buf_puts(b, ">");
  st->tag = tag;
  return k;
}

/* The cells of s[0..n), starting inside the open cell when `inside` (a
 * row whose cell went on over the line before), else at a new one: each
 * cell closed at its "|" (or "||"), the row closed when the line ends
 * with one, else its last cell left open. */
static void put_cells(jn_buf *b, const char *s, size_t n, tracker_state *st, int inside,
                      const char *tag) {
  size_t at = 0;
  for (;;) {
    size_t bar = next_bar(s, n, at, st->d);
    if (!inside)
      at += open_cell(b, s + at, bar - at, st, tag);
    inside = 0;
    put_text(b, s + at, bar - at, st->d);
    if (bar == n) { /* the cell goes on over the next line */
      jn__buf_puts(b, "<br>");
      return;
    }
    jn__buf_puts(b, "</");
    jn__buf_puts(b, st->tag);
    jn__buf_puts(b, ">");
    size_t k = bar + 1;
    while (k < n && s[k] == '|')
      k++;
    size_t rest = k;
    while (rest < n && s[rest] == ' ')
      rest++;
    if (rest == n) { /* the row's closing bar */
      jn__buf_puts(b, "</tr>");
      st->tag = NULL;
      return;
    }
    at = k;
  }
}

static void put_line(jn_buf *b, const char *s, size_t n, tracker_state *st) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
    n--;
  if (st->tag) { /* a row left open: this line goes on in its last cell */
    put_cells(b, s, n, st, 1, st->tag);
    return;
  }
  if (n && s[0] == '|') {
    if (!st->in_table)
      jn__buf_puts(b, "<table>");
    st->in_table = 1;
    size_t k = 1;
    while (k < n && s[k] == '|')
      k++;
    jn__buf_puts(b, "<tr>");
    put_cells(b, s + k, n - k, st, 0, k > 1 ? "th" : "td");
    return;
  }
  if (st->in_table)
    jn__buf_puts(b, "</table>");
  st->in_table = 0;
  size_t mark = 0;
  int level = heading_level(s, n, &mark);
  if (level) {
    char tag[8];
    snprintf(tag, sizeof tag, "<h%d>", level);
    jn__buf_puts(b, tag);
    put_text(b, s + mark, n - mark, st->d);
    snprintf(tag, sizeof tag, "</h%d>", level);
    jn__buf_puts(b, tag);
  } else if (starts(s, n, "* ") || starts(s, n, "# ") || starts(s, n, "** ") ||
             starts(s, n, "## ")) {
    size_t k = 0;
    while (k < n && (s[k] == '*' || s[k] == '#'))
      k++;
    jn__buf_puts(b, "<li>");
    put_text(b, s + k, n - k, st->d);
    jn__buf_puts(b, "</li>");
  } else if (st->d == TEXTILE && n && s[0] == '<') {
    jn__buf_put(b, s, n); /* HTML Textile lets through (<dl>, <div>) */
  } else if (n) {
    size_t k = st->d == TEXTILE && starts(s, n, "p. ") ? 3 : 0;
    jn__buf_puts(b, "<p>");
    put_text(b, s + k, n - k, st->d);
    jn__buf_puts(b, "</p>");
  }
}

/* Which markup the text is in, or -1 for neither: Jira has header rows
 * (||) or headings (h2.) with its links ([text|https://…]); Textile has
 * headings with an id (h2(#id).) or header cells (|_.), and rows. */
static int tracker_dialect(const char *in, size_t len) {
  size_t headers = 0, headings = 0, links = 0, textile = 0, rows = 0, mark;
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i), n = e - i;
    const char *s = in + i;
    headers += starts(s, n, "||") && n > 2 && s[2] != '|';
    headings += heading_level(s, n, &mark) != 0;
    textile += (heading_level(s, n, &mark) && s[2] == '(') || starts(s, n, "|_. ");
    rows += n > 1 && s[0] == '|';
    for (size_t k = 0; k + 1 < n; k++)
      if (s[k] == '[') {
        size_t c = closing(s, n, k);
        const char *bar = c ? memchr(s + k, '|', c - k) : NULL;
        const char *t = bar ? bar + 1 : s + k + 1;
        links += c && link_target(t, (size_t)(s + c - t));
      }
    i = e + 1;
  }
  if ((headers || headings) && (links || headings >= 2) && headers + headings + links >= 3)
    return JIRA;
  return textile >= 2 && rows >= 2 ? TEXTILE : -1;
}

char *jn__sheet_tracker(const char *in, size_t len, size_t *out_len) {
  int d = tracker_dialect(in, len);
  if (d < 0)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  tracker_state st = {(dialect)d, 0, NULL};
  jn__buf_puts(&b, "<html><body>");
  for (size_t i = 0; i < len && !b.failed;) {
    size_t e = jn__sheet_line_end(in, len, i);
    put_line(&b, in + i, e - i, &st);
    jn__buf_puts(&b, "\n");
    i = e + 1;
  }
  if (st.tag)
    jn__buf_puts(&b, "</tr>");
  jn__buf_puts(&b, st.in_table ? "</table></body></html>\n" : "</body></html>\n");
  if (b.failed) {
    jn__buf_free(&b);
    return NULL;
  }
  *out_len = b.len;
  return jn__buf_detach(&b);
}
