/* sheet_bands.c — a table set in columns of text whose cells are centred
 * vertically in their row (HTML's default, vertical-align: middle), as
 * w3m and elinks print a table without borders, turned into rows of
 * tab-separated cells.
 *
 *         開示                                          No.1	開示情報の時点	開示情報の日付	…	必須	2026年7月1日
 *   No.1  情報 開示情報の 開示情報の年月日(西暦)  必 2026年7月1日
 *         の時 日付                                須               ->
 *         点
 *
 * Each row's item number stands alone on one line, the row's middle: the
 * anchor. A cell of several lines starts above it and ends below, and
 * nothing marks where one row's lines end and the next one's begin, so a
 * reader that starts a row at its item number gives the lines above it to
 * the row before. Here the columns are found first (display columns that
 * many lines start text at, after one that almost none covers; ICU's East
 * Asian Width says how wide a character is), then each column's lines are
 * cut into cells (a blank line, or a line that stops short of the
 * column's right edge, ends a cell: wrapped text fills its column), and
 * each cell goes to the row whose anchor it covers, or whose band (the
 * lines its anchored cells cover) holds it, or whose anchor is nearest.
 * An item with several questions (rows under the rowspans of its number
 * and labels) gives one row per cell of the question's column, the cells
 * right of it each to the nearest. The header is the lines above the
 * first row, each column's words joined; it must name the columns
 * (dict/columns.tsv). A line with text in the number's column that is no
 * anchor (a section row, 財務状況) stays a line of its own.
 * Rows that start at their number (vertical-align: top) read alike: each
 * cell then starts at its row's anchor or below it. */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "ctx.h"
#include "sheet.h"

enum { ANCHORS_MIN = 5, COLS_MAX = 512, COLUMNS_MAX = 16, HEADER_LINES_MAX = 8,
       TAIL_LINES_MAX = 8, LINE_END = 1 << 30 };

typedef jn_line_span span;

/* The byte range of the line's characters that start at display columns
 * from..to-1, without blanks around it; *end the display column after its
 * last character. */
static span column_text(span l, int from, int to, int *end) {
  int col = 0;
  size_t a = l.n, b = 0;
  *end = 0;
  for (int32_t i = 0; (size_t)i < l.n && col < to;) {
    int32_t at = i;
    UChar32 cp;
    U8_NEXT(l.s, i, (int32_t)l.n, cp);
    int w = cp < 0 ? 1 : jn__display_width(cp);
    if (col >= from && cp != ' ') {
      if (a == l.n)
        a = (size_t)at;
      b = (size_t)i;
      *end = col + w;
    }
    col += w;
  }
  return a < b ? (span){l.s + a, b - a} : (span){l.s, 0};
}

/* The display column of the line's first character that is no blank, -1
 * when it has none; its first word in *word. */
static int first_text(span l, span *word) {
  int col = 0;
  for (int32_t i = 0; (size_t)i < l.n;) {
    int32_t at = i;
    UChar32 cp;
    U8_NEXT(l.s, i, (int32_t)l.n, cp);
    if (cp != ' ') {
      size_t e = (size_t)at;
      while (e < l.n && l.s[e] != ' ')
        e++;
      *word = (span){l.s + at, e - (size_t)at};
      return col;
    }
    col += cp < 0 ? 1 : jn__display_width(cp);
  }
  return -1;
}

/* The display column of the line's item number: its first word, or its
 * second after a marker (the marker's column first: 必 No.1 …); -1 when
 * none. */
static int id_column(span l) {
  span w;
  const char *id;
  size_t idn;
  int x = first_text(l, &w);
  if (x < 0)
    return -1;
  if (jn__sheet_item_id(w.s, w.n, &id, &idn))
    return x;
  if (!jn__marker_piece(w.s, w.n))
    return -1;
  size_t rest = (size_t)(w.s + w.n - l.s);
  int col = x + (int)jn__text_width(w.s, w.n);
  span after = {l.s + rest, l.n - rest};
  int y = first_text(after, &w);
  return y >= 0 && jn__sheet_item_id(w.s, w.n, &id, &idn) ? col + y : -1;
}

/* Is line l an anchor: an item number alone at display column left? */
static int anchor_at(span l, int left) {
  return id_column(l) == left;
}

typedef struct cell {
  int col;          /* its column */
  size_t from, to;  /* its lines, to excluded */
  size_t row;       /* the row it goes to */
} cell;

typedef struct table {
  const span *l;
  size_t first, last;          /* its lines: the header's first, the last row's last + 1 */
  int left;                    /* where the anchors stand */
  int margin;                  /* where the table starts: the anchors' or their markers' */
  size_t id_col;               /* the anchors' column */
  int start[COLUMNS_MAX + 1];  /* where each column starts; start[n] the end */
  int edge[COLUMNS_MAX];       /* where each column's text ends at most */
  size_t n;                    /* columns */
  size_t *anchor, n_anchors;   /* the anchors' lines */
  unsigned char *furniture;    /* per line of the table: text in the number's column, no anchor */
  cell *cells;
  size_t n_cells, cap_cells;
  jn_roles roles;
  const pcre2_code *section; /* the guideline's section titles (dict/patterns.tsv) */
  pcre2_match_data *md;
} table;

/* The columns: display columns where at least three lines start text,
 * four times as many as cover the display column before (a section row
 * or a long answer may cross a column's edge; text does not start
 * there). */
static int find_columns(table *t) {
  unsigned short cover[COLS_MAX] = {0}, starts[COLS_MAX] = {0};
  for (size_t i = t->first; i < t->last; i++) {
    span l = t->l[i], w;
    int col = 0, prev_blank = 1, at = first_text(l, &w);
    if (at >= 0 && at < t->left && !jn__marker_piece(w.s, w.n) && !anchor_at(l, t->left))
      continue; /* a section row (■人材) across the first columns */
    for (int32_t k = 0; (size_t)k < l.n && col < COLS_MAX;) {
      UChar32 cp;
      U8_NEXT(l.s, k, (int32_t)l.n, cp);
      int w = cp < 0 ? 1 : jn__display_width(cp);
      int blank = cp == ' ';
      if (!blank && prev_blank && starts[col] < 65535)
        starts[col]++;
      for (int x = col; !blank && x < col + w && x < COLS_MAX; x++)
        cover[x] += cover[x] < 65535;
      prev_blank = blank;
      col += w;
    }
  }
  t->n = 0;
  for (int x = t->margin; x < COLS_MAX && t->n < COLUMNS_MAX; x++)
    if (x == t->margin || x == t->left || (starts[x] >= 3 && cover[x - 1] * 4 <= starts[x])) {
      t->id_col = x == t->left ? t->n : t->id_col;
      t->start[t->n++] = x;
    }
  t->start[t->n] = LINE_END; /* the last column runs to the line's end */
  return t->n >= 3;
}

/* Is the line's text, all of it, one of the guideline's section titles
 * (財務状況), as a section row centred across the columns stands? The text
 * is not checked UTF-8 yet: PCRE2 checks it. */
static int section_title(const table *t, span l) {
  span w;
  int at = first_text(l, &w);
  if (at < 0 || !t->section || !t->md)
    return 0;
  size_t from = (size_t)(w.s - l.s), n = jn__sheet_trim_end(l.s, l.n) - from;
  const char *p = w.s;
  /* in its brackets or after a mark, as pages set them: 【財務状況】, ■人材 */
  static const char *const open[] = {"【", "［", "■", "□", "●", "◆", "◇", "[", "<"};
  static const char *const close[] = {"】", "］", "", "", "", "", "", "]", ">"};
  for (size_t i = 0; i < sizeof open / sizeof open[0]; i++) {
    size_t a = strlen(open[i]), z = strlen(close[i]);
    if (n > a + z && !memcmp(p, open[i], a) && !memcmp(p + n - z, close[i], z)) {
      p += a, n -= a + z;
      break;
    }
  }
  int rc = pcre2_match(t->section, (PCRE2_SPTR)p, n, 0, PCRE2_ANCHORED, t->md, NULL);
  return rc >= 1 && pcre2_get_ovector_pointer(t->md)[1] == n;
}

/* Is line i of the table one to leave as it is (a section row: text in
 * the number's column, no anchor, or a section title; or text left of the
 * table)? */
static int furniture_line(const table *t, size_t i) {
  span w;
  int at = first_text(t->l[i], &w), end;
  if (at < 0)
    return 0;
  if (at < t->margin)
    return 1;
  if (anchor_at(t->l[i], t->left))
    return 0;
  if (column_text(t->l[i], t->start[t->id_col], t->start[t->id_col + 1], &end).n)
    return 1;
  if (section_title(t, t->l[i]))
    return 1;
  if (t->id_col == 0)
    return 0;
  /* a marker's column before the numbers holds markers only */
  span marker = column_text(t->l[i], t->margin, t->left, &end);
  return marker.n && !jn__marker_piece(marker.s, marker.n);
}

static size_t anchor_index(const table *t, size_t line);

static int push_cell(table *t, int col, size_t from, size_t to) {
  if (t->n_cells == t->cap_cells) {
    size_t cap = t->cap_cells ? t->cap_cells * 2 : 256;
    cell *c = realloc(t->cells, cap * sizeof *c);
    if (!c)
      return 0;
    t->cells = c, t->cap_cells = cap;
  }
  t->cells[t->n_cells++] = (cell){col, from, to, 0};
  return 1;
}

/* Adds column col's cell of lines from..to-1, cut between each two
 * anchors it covers (half way: a narrow column stacks one row's 必 須 right
 * over the next row's 選 択, and every line fills it). */
static int add_cell(table *t, int col, size_t from, size_t to) {
  size_t a = anchor_index(t, from);
  while (a + 1 < t->n_anchors && t->anchor[a + 1] < to) {
    size_t cut = (t->anchor[a] + t->anchor[a + 1]) / 2 + 1;
    if (cut > from && !push_cell(t, col, from, cut))
      return 0;
    from = cut > from ? cut : from;
    a++;
  }
  return push_cell(t, col, from, to);
}

/* Do column c's lines open..i make a 必須/選択 marker word whole? A
 * narrow column stacks it a character a line, every line full. */
static int marker_done(const table *t, size_t c, size_t open, size_t i) {
  char w[64];
  size_t k = 0;
  for (size_t j = open; j <= i; j++) {
    int end;
    span s = column_text(t->l[j], t->start[c], t->start[c + 1], &end);
    if (k + s.n > sizeof w)
      return 0;
    memcpy(w + k, s.s, s.n);
    k += s.n;
  }
  const char *canon;
  return k && jn__sheet_marker(w, k, &canon) == k;
}

/* May a line not start with the character (Japanese line breaking,
 * JIS X 4051's 行頭禁則: closing brackets, 、。, small kana, ー)? */
static int no_line_start(UChar32 cp) {
  static const UChar32 no[] = {0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF09, 0x300D, 0x300F, 0x3011,
                               0x3015, 0xFF3D, 0xFF5D, 0x30FB, 0x30FC, 0xFF01, 0xFF1F, 0xFF1A,
                               0xFF1B, ')', ']', '}', ',', '.', ':', ';', '!', '?', '%'};
  for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
    if (cp == no[i])
      return 1;
  return (cp >= 0x3041 && cp <= 0x3049 && cp % 2) || cp == 0x3063 || cp == 0x3083 ||
         cp == 0x3085 || cp == 0x3087 || (cp >= 0x30A1 && cp <= 0x30A9 && cp % 2) ||
         cp == 0x30C3 || cp == 0x30E3 || cp == 0x30E5 || cp == 0x30E7;
}

static int ascii_word_char(char ch) {
  return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
         ch == '-' || ch == '_' || ch == '.' || ch == '@' || ch == '/';
}

/* Does column c's text on line i (s, ending at display column end) go on
 * on the next line: it fills the column, or it stopped short only
 * because the next line's first character may not start a line, or its
 * first word (ASCII) did not fit? */
static int wraps_on(const table *t, size_t c, size_t i, size_t to, span s, int end) {
  if (end + 2 >= t->edge[c]) /* a wide character did not fit the last column */
    return 1;
  if (i + 1 >= to || t->furniture[i + 1 - t->first])
    return 0;
  int next_end;
  span nx = column_text(t->l[i + 1], t->start[c], t->start[c + 1], &next_end);
  if (!nx.n)
    return 0;
  int32_t k = 0;
  UChar32 cp;
  U8_NEXT(nx.s, k, (int32_t)nx.n, cp);
  if (end + 4 >= t->edge[c] && no_line_start(cp))
    return 1;
  if (!ascii_word_char(s.s[s.n - 1]) || !ascii_word_char(nx.s[0]))
    return 0;
  size_t w = 0;
  while (w < nx.n && ascii_word_char(nx.s[w]))
    w++;
  return end + 1 + (int)w > t->edge[c];
}

/* Column c's lines from..to-1 cut into cells: a blank line, a furniture
 * line or a line that stops short of the column's edge ends one. */
static int column_cells(table *t, size_t c, size_t from, size_t to) {
  size_t open = to; /* the first line of the cell being read, to: none */
  for (size_t i = from; i < to; i++) {
    int end;
    span s = t->furniture[i - t->first] ? (span){NULL, 0}
                                         : column_text(t->l[i], t->start[c], t->start[c + 1], &end);
    if (!s.n) {
      if (open < to && !add_cell(t, (int)c, open, i))
        return 0;
      open = to;
      continue;
    }
    if (open == to)
      open = i;
    if (!wraps_on(t, c, i, to, s, end) ||
        ((int)c == t->roles.marker && marker_done(t, c, open, i))) {
      /* short, or the marker's word whole (必 over 須): the cell ends here */
      if (!add_cell(t, (int)c, open, i + 1))
        return 0;
      open = to;
    }
  }
  return open == to || add_cell(t, (int)c, open, to);
}

/* Where each column's text ends at most over the rows' lines. */
static void column_edges(table *t, size_t from) {
  for (size_t c = 0; c < t->n; c++) {
    t->edge[c] = 0;
    for (size_t i = from; i < t->last; i++) {
      int end;
      if (!t->furniture[i - t->first] &&
          column_text(t->l[i], t->start[c], t->start[c + 1], &end).n && end > t->edge[c])
        t->edge[c] = end;
    }
  }
}

/* The anchor at or below line i among the table's anchors (n_anchors:
 * none). */
static size_t anchor_index(const table *t, size_t line) {
  size_t lo = 0, hi = t->n_anchors;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t->anchor[mid] < line)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int question_column(const table *t);

/* Each cell's row: the anchor it covers; else the row whose band holds
 * it; else the nearest anchor. top and bottom are the bands. */
static void assign_rows(table *t, size_t *top, size_t *bottom) {
  for (size_t r = 0; r < t->n_anchors; r++)
    top[r] = bottom[r] = t->anchor[r];
  for (size_t k = 0; k < t->n_cells; k++) {
    cell *c = &t->cells[k];
    size_t a = anchor_index(t, c->from);
    c->row = t->n_anchors;
    if (a < t->n_anchors && t->anchor[a] < c->to) {
      c->row = a;
      top[a] = c->from < top[a] ? c->from : top[a];
      bottom[a] = c->to - 1 > bottom[a] ? c->to - 1 : bottom[a];
    }
  }
  /* cells inside a band, or touching one, go to its row, which grows:
   * the band is the same for every column of a row. Only the columns of
   * the questions and after grow it: a label left of them may span the
   * rows of several items (大項目), centred over all of them */
  int qcol = question_column(t);
  for (int grew = 1; grew;) {
    grew = 0;
    for (size_t k = 0; k < t->n_cells; k++) {
      cell *c = &t->cells[k];
      if (c->row < t->n_anchors || c->col < qcol)
        continue;
      size_t a = anchor_index(t, c->from); /* the next anchor below */
      int up = a > 0 && c->from <= bottom[a - 1] + 1 && c->from > t->anchor[a - 1];
      int down = a < t->n_anchors && c->to > top[a];
      if (up && down) /* touching both: the one it overlaps */
        up = c->from <= bottom[a - 1], down = !up;
      if (!up && !down)
        continue;
      c->row = up ? a - 1 : a;
      if (up && c->to - 1 > bottom[a - 1])
        bottom[a - 1] = c->to - 1;
      if (down && c->from < top[a])
        top[a] = c->from;
      grew = 1;
    }
  }
  for (size_t k = 0; k < t->n_cells; k++) {
    cell *c = &t->cells[k];
    if (c->row < t->n_anchors)
      continue;
    size_t a = anchor_index(t, c->from);
    if (a > 0 && c->from <= bottom[a - 1])
      c->row = a - 1;
    else if (a < t->n_anchors && c->to > top[a])
      c->row = a;
    else if (a == 0)
      c->row = 0;
    else if (a == t->n_anchors)
      c->row = a - 1;
    else /* between two bands: the nearer anchor */
      c->row = c->from - t->anchor[a - 1] <= t->anchor[a] - (c->to - 1) ? a - 1 : a;
  }
}

/* A list item's bullet as text browsers draw it (• ◦ ▪ * - +) with the
 * blanks after it: its length, 0 when none. */
static size_t list_bullet(span s) {
  static const char *const bullets[] = {"•", "◦", "▪", "*", "-", "+"};
  for (size_t i = 0; i < sizeof bullets / sizeof bullets[0]; i++) {
    size_t k = strlen(bullets[i]);
    if (s.n > k + 1 && !memcmp(s.s, bullets[i], k) && s.s[k] == ' ') {
      while (k < s.n && s.s[k] == ' ')
        k++;
      return k < s.n ? k : 0;
    }
  }
  return 0;
}

/* A cell's text: its lines in its column, joined (a blank between two
 * ASCII words, none between Japanese characters). */
static void put_cell_text(jn_buf *b, const table *t, const cell *c) {
  size_t start = b->len;
  for (size_t i = c->from; i < c->to; i++) {
    int end;
    span s = column_text(t->l[i], t->start[c->col], t->start[c->col + 1], &end);
    if (!s.n)
      continue;
    size_t bullet = list_bullet(s);
    if (bullet) { /* a list's items, one a line: parted by 、 */
      s.s += bullet, s.n -= bullet;
      if (b->len > start)
        jn__buf_puts(b, "、");
    } else if (b->len > start && (unsigned char)b->data[b->len - 1] < 0x80 &&
               (unsigned char)s.s[0] < 0x80 && b->data[b->len - 1] != '-') {
      jn__buf_puts(b, " ");
    }
    jn__buf_put(b, s.s, s.n);
  }
}

/* The column of the row's questions: the header's last label, question or
 * note column before the answer's; -1 when none. */
static int question_column(const table *t) {
  for (int c = t->roles.answer - 1; c >= 0; c--) {
    int role = t->roles.role[c];
    if (role == JN_COL_QUESTION || role == JN_COL_NOTE || role == JN_COL_LABEL)
      return c;
  }
  return -1;
}

static size_t center2(const cell *c) { return c->from + c->to - 1; }

/* The sub-row (0..subs-1) cell c goes to in its row: a column of one cell
 * in the row left of the questions' (its number, its labels) or the
 * marker's goes to the first; every other cell to the question cell
 * nearest it. qs are the row's question cells, in order. */
static size_t sub_row_of(const table *t, const cell *c, const cell *const *qs, size_t subs,
                         size_t cells_in_column, int qcol) {
  if (subs <= 1 || (cells_in_column == 1 && (c->col < qcol || c->col == t->roles.marker)))
    return 0;
  size_t best = 0, best_d = (size_t)-1;
  for (size_t s = 0; s < subs; s++) {
    size_t a = center2(c), q = center2(qs[s]);
    size_t d = a > q ? a - q : q - a;
    if (d < best_d)
      best = s, best_d = d;
  }
  return best;
}

/* Does the cell's text open with a bracket ((, (, <, <, 【, [)? */
static int opens_bracket(const table *t, const cell *c) {
  static const char *const open[] = {"(", "\xEF\xBC\x88", "<", "\xEF\xBC\x9C", "\xE3\x80\x90", "["};
  int end;
  span s = column_text(t->l[c->from], t->start[c->col], t->start[c->col + 1], &end);
  for (size_t i = 0; i < sizeof open / sizeof open[0]; i++)
    if (s.n >= strlen(open[i]) && !memcmp(s.s, open[i], strlen(open[i])))
      return 1;
  return 0;
}

/* Writes a row (its cells in cs, n of them) as one line per sub-row. */
static void put_row(jn_buf *b, jn_line_map *lm, const table *t, const cell *const *cs, size_t n,
                    int qcol) {
  const cell *qs[32];
  size_t subs = 0, per_col[COLUMNS_MAX] = {0};
  for (size_t k = 0; k < n; k++) {
    per_col[cs[k]->col]++;
    if (cs[k]->col == qcol && subs < 32)
      qs[subs++] = cs[k];
  }
  size_t asked = qcol >= 0 && per_col[qcol] ? subs : 1;
  /* a question cell in brackets that nothing right of it stands beside,
   * right under the question before it, is that question's note after a
   * <br> ((1年に満たない場合は月数)): one sub-row with it */
  size_t owner[32] = {0};
  for (size_t s = 1; s < asked; s++) {
    int beside = !opens_bracket(t, qs[s]) || qs[s]->from != qs[s - 1]->to;
    for (size_t k = 0; k < n && !beside; k++)
      beside = cs[k]->col > qcol && sub_row_of(t, cs[k], qs, asked, per_col[cs[k]->col], qcol) == s;
    owner[s] = beside ? s : owner[s - 1];
  }
  for (size_t s = 0; s < asked && !b->failed; s++) {
    if (owner[s] != s)
      continue;
    jn_buf row = JN_BUF_INIT;
    for (size_t c = 0; c < t->n; c++) {
      if (c)
        jn__buf_puts(&row, "\t");
      size_t parts = 0;
      for (size_t k = 0; k < n; k++) {
        if ((size_t)cs[k]->col != c ||
            owner[sub_row_of(t, cs[k], qs, asked, per_col[c], qcol)] != s)
          continue;
        if (parts++)
          jn__buf_puts(&row, " ");
        put_cell_text(&row, t, cs[k]);
      }
    }
    b->failed |= row.failed;
    size_t line = asked > 1 || (qcol >= 0 && per_col[qcol]) ? qs[s]->from : t->anchor[cs[0]->row];
    jn__sheet_put_line(b, lm, row.data ? row.data : "", row.len, (uint64_t)line + 1);
    jn__buf_free(&row);
  }
}

/* A section row (財務状況, ■人材) among the rows: its text in the first
 * cell of a row as wide as the header, as the table readers take one. */
static void put_section(jn_buf *b, jn_line_map *lm, const table *t, size_t i) {
  span l = t->l[i];
  while (l.n && (*l.s == ' ' || *l.s == '\t'))
    l.s++, l.n--;
  l.n = jn__sheet_trim_end(l.s, l.n);
  jn_buf row = JN_BUF_INIT;
  jn__buf_put(&row, l.s, l.n);
  for (size_t c = 1; c < t->n; c++)
    jn__buf_puts(&row, "\t");
  b->failed |= row.failed;
  jn__sheet_put_line(b, lm, row.data ? row.data : "", row.len, (uint64_t)i + 1);
  jn__buf_free(&row);
}

static int by_row_then_line(const void *a, const void *b) {
  const cell *x = a, *y = b;
  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  return x->col - y->col;
}

/* The header: its lines header_from..rows_from-1, each column's words
 * joined, as cells; does it name the columns? */
static int read_header(table *t, size_t rows_from, jn_buf *line) {
  for (size_t c = 0; c < t->n; c++) {
    if (c)
      jn__buf_puts(line, "\t");
    cell h = {(int)c, t->first, rows_from, 0};
    put_cell_text(line, t, &h);
  }
  if (line->failed)
    return 0;
  jn_cells cells;
  return jn__sheet_cells(line->data ? line->data : "", line->len, &cells) == JN_LINE_TSV &&
         cells.n == t->n && jn__roles_from_header(&cells, &t->roles) && t->roles.answer >= 0;
}

/* Is a header cell a marker's word cut short (必須/, or 必須/選 over 択:
 * the rest of its word on the next line)? */
static int marker_cut(const jn_buf *header) {
  jn_cells cells;
  if (jn__sheet_cells(header->data, header->len, &cells) != JN_LINE_TSV)
    return 1;
  for (size_t i = 0; i < cells.n; i++) {
    const char *w = cells.p[i], *canon;
    size_t k = cells.len[i], last = k;
    if (!k || !jn__marker_word(w, k, JN_MARKER_WORD, &canon))
      continue; /* no marker's word: 必須 or 選択 first */
    if (jn__sheet_cut_separator(w, k))
      return 1;
    while (last > 0 && !jn__sheet_cut_separator(w, last))
      last--;
    if (last > 0 && jn__marker_word(w + last, k - last, JN_MARKER_WORD, &canon) != k - last)
      return 1;
  }
  return 0;
}

/* Are most of the table's lines padded with blanks to a width, as a
 * fixed-width export writes them (Excel's .prn, sheet_fixed.c)? Its cells
 * may touch, so its columns are not found by the blanks before them. Text
 * browsers end their lines at the text. */
static int padded(const table *t) {
  size_t lines = 0, pad = 0;
  for (size_t i = t->first; i < t->last; i++) {
    span l = t->l[i];
    while (l.n && l.s[l.n - 1] == '\r')
      l.n--;
    lines += l.n > 0;
    pad += l.n > 0 && l.s[l.n - 1] == ' ';
  }
  return pad * 2 > lines;
}

/* Finds the anchors at the most common column that holds item numbers;
 * fills t->anchor (lines), t->left. */
static int find_anchors(table *t, size_t n) {
  unsigned short at[COLS_MAX] = {0};
  for (size_t i = 0; i < n; i++) {
    int x = id_column(t->l[i]);
    if (x >= 0 && x < COLS_MAX && at[x] < 65535)
      at[x]++;
  }
  int best = 0;
  for (int x = 1; x < COLS_MAX; x++)
    best = at[x] > at[best] ? x : best;
  if (at[best] < ANCHORS_MIN)
    return 0;
  t->left = best;
  t->anchor = malloc(at[best] * sizeof *t->anchor);
  if (!t->anchor)
    return 0;
  t->n_anchors = 0;
  t->margin = best;
  for (size_t i = 0; i < n; i++)
    if (anchor_at(t->l[i], best)) {
      span w;
      int x = first_text(t->l[i], &w);
      t->margin = x < t->margin ? x : t->margin;
      t->anchor[t->n_anchors++] = i;
    }
  return 1;
}

/* The table's lines: from the block of lines above the first anchor (its
 * header and the first row's upper half: up to a blank line) to the last
 * anchor's lower half (up to a blank line). */
/* The first line of the block of lines that ends at line i - 1 (no blank
 * line inside; HEADER_LINES_MAX * 2 lines at most above line i). */
static size_t up_to_blank(const table *t, size_t i) {
  size_t from = i;
  while (i > 0 && from - i < HEADER_LINES_MAX * 2 && jn__sheet_trim_end(t->l[i - 1].s, t->l[i - 1].n))
    i--;
  return i;
}

static void find_extent(table *t, size_t n, int cross) {
  size_t i = up_to_blank(t, t->anchor[0]);
  /* a blank line may part the header from the rows (w3m parts every row
   * so): crossing it (when the lines over the first row name no columns),
   * the block above it is the header if it holds a word in the numbers'
   * column and no number */
  if (cross && i >= 2 && !jn__sheet_trim_end(t->l[i - 1].s, t->l[i - 1].n)) {
    size_t j = up_to_blank(t, i - 1), words = 0;
    for (size_t k = j; k + 1 < i; k++) {
      span w;
      int at = first_text(t->l[k], &w);
      if (anchor_at(t->l[k], t->left))
        words = 0, k = i;
      else
        words += at >= t->margin && at <= t->left;
    }
    i = words ? j : i;
  }
  t->first = i;
  size_t e = t->anchor[t->n_anchors - 1] + 1;
  while (e < n && e - t->anchor[t->n_anchors - 1] < TAIL_LINES_MAX &&
         jn__sheet_trim_end(t->l[e].s, t->l[e].n) && !furniture_line(t, e))
    e++;
  t->last = e;
}

/* Where the header ends: its lines are centred too, the number's column
 * word (項番, or 項 over 番) on its middle lines, the lines before the first
 * anchor with text in that column; the rows start as far below them as
 * the header starts above them. */
static size_t header_end(const table *t) {
  size_t lo = t->first;
  while (lo < t->anchor[0] && !t->furniture[lo - t->first])
    lo++;
  if (lo == t->anchor[0])
    return t->first + 1; /* no word over the numbers: the header is one line */
  size_t hi = lo; /* 項 over 番; a section row after the header is none of it */
  while (hi + 1 < t->anchor[0] && t->furniture[hi + 1 - t->first])
    hi++;
  return lo + hi - t->first + 1;
}

/* Reads the header into `header`: its lines at least as many as
 * centring says, and enough to name the columns with the marker's word
 * whole (必須/ over 選択). Where the rows start, 0 when the header names
 * no columns. */
static size_t header_rows(table *t, jn_buf *header) {
  for (size_t rows_from = header_end(t); rows_from > t->first && rows_from <= t->anchor[0];
       rows_from++) {
    header->len = 0;
    if (read_header(t, rows_from, header) && !marker_cut(header))
      return rows_from;
  }
  return 0;
}

static void free_table(table *t) {
  free(t->anchor), free(t->furniture), free(t->cells);
}

static char *write_table(table *t, size_t n, size_t rows_from, jn_buf *header,
                         size_t *out_len, jn_line_map *lm);

char *jn__sheet_bands(const jn_ctx *ctx, const char *in, size_t len, size_t *out_len,
                      jn_line_map *lm) {
  if (!len || memchr(in, '\t', len))
    return NULL;
  size_t n = 0;
  span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  table t;
  memset(&t, 0, sizeof t);
  t.l = l;
  t.section = ctx ? ctx->patterns.re[JN_PAT_SECTION] : NULL;
  t.md = t.section ? pcre2_match_data_create_from_pattern(t.section, NULL) : NULL;
  char *made = NULL;
  size_t *top = NULL, *bottom = NULL;
  jn_buf header = JN_BUF_INIT;
  if (!l || !find_anchors(&t, n))
    goto done;
  /* before the columns are known, the number's column is as wide as the
   * widest number */
  find_extent(&t, n, 0);
  if (padded(&t) || !find_columns(&t))
    goto done;
  top = malloc(t.n_anchors * sizeof *top);
  bottom = malloc(t.n_anchors * sizeof *bottom);
  size_t rows_from = 0;
  for (int cross = 0; cross < 2 && top && bottom && !rows_from; cross++) {
    find_extent(&t, n, cross);
    free(t.furniture);
    t.furniture = calloc(t.last - t.first, 1);
    if (!t.furniture)
      goto done;
    for (size_t i = t.first; i < t.last; i++)
      t.furniture[i - t.first] = (unsigned char)furniture_line(&t, i);
    rows_from = header_rows(&t, &header);
  }
  if (!rows_from || header.failed)
    goto done;
  column_edges(&t, rows_from);
  for (size_t c = 0; c < t.n; c++)
    if (!column_cells(&t, c, rows_from, t.last))
      goto done;
  assign_rows(&t, top, bottom);
  made = write_table(&t, n, rows_from, &header, out_len, lm);
done:
  jn__buf_free(&header);
  free(top), free(bottom);
  pcre2_match_data_free(t.md);
  free_table(&t);
  free(l);
  return made;
}

static char *write_table(table *t, size_t n, size_t rows_from, jn_buf *header,
                         size_t *out_len, jn_line_map *lm) {
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < t->first; i++)
    jn__sheet_put_line(&b, lm, t->l[i].s, t->l[i].n, (uint64_t)i + 1);
  jn__sheet_put_line(&b, lm, header->data, header->len, (uint64_t)t->first + 1);
  /* the header's cells are no row's */
  size_t kept = 0;
  for (size_t k = 0; k < t->n_cells; k++)
    if (t->cells[k].to > rows_from)
      t->cells[kept++] = t->cells[k];
  t->n_cells = kept;
  qsort(t->cells, t->n_cells, sizeof *t->cells, by_row_then_line);
  int qcol = question_column(t);
  const cell **cs = malloc((t->n_cells ? t->n_cells : 1) * sizeof *cs);
  if (!cs) {
    jn__buf_free(&b);
    jn__line_map_free(lm);
    return NULL;
  }
  size_t next_line = rows_from; /* furniture lines not written yet start here */
  for (size_t k = 0; k < t->n_cells && !b.failed;) {
    size_t r = t->cells[k].row, m = 0;
    for (; next_line < t->last && next_line < t->anchor[r]; next_line++)
      if (t->furniture[next_line - t->first])
        put_section(&b, lm, t, next_line);
    while (k < t->n_cells && t->cells[k].row == r)
      cs[m++] = &t->cells[k++];
    put_row(&b, lm, t, cs, m, qcol);
  }
  free(cs);
  for (; next_line < t->last; next_line++)
    if (t->furniture[next_line - t->first])
      put_section(&b, lm, t, next_line);
  for (size_t i = t->last; i < n; i++)
    jn__sheet_put_line(&b, lm, t->l[i].s, t->l[i].n, (uint64_t)i + 1);
  return jn__sheet_pass_result(&b, out_len, lm);
}



