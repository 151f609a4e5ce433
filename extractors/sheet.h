/* sheet.h — internals of sheet parsing (jn_sheet_parse). */
#ifndef JN_SHEET_H
#define JN_SHEET_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "jnorm.h"
#include "labels.h"

#define JN_MAX_CELLS 64

/* Marks a paragraph break inside a cell from the HTML pre-pass to the
 * strings kept (sheet.c: mark_paragraphs, jn__sheet_keep). */
#define JN_PARAGRAPH_MARK '\x1f'

typedef enum jn_line_kind {
  JN_LINE_EMPTY,
  JN_LINE_TEXT,     /* no cell structure */
  JN_LINE_TSV,      /* tab-separated cells */
  JN_LINE_MARKDOWN, /* | a | b | */
  JN_LINE_RULE      /* |---|---| */
} jn_line_kind;

typedef struct jn_cells {
  const char *p[JN_MAX_CELLS]; /* into the line, trimmed */
  size_t len[JN_MAX_CELLS];
  size_t n;
} jn_cells;

/* A table at the end of the sheet that answers refer to ("巻末の別表1を
 * 参照"): its name (別表1), and its lines, cells separated by tabs. */
typedef struct jn_sheet_appendix {
  const char *name;
  const char *text;
  uint64_t line;
} jn_sheet_appendix;

#define JN_MAX_APPENDICES 8

/* Which input line each line of a converted text came from, so that rows
 * name the line of the file the user has: line[k] is the input line of
 * converted line k + 1. */
typedef struct jn_line_map {
  uint64_t *line;
  size_t n, cap;
} jn_line_map;

int jn__line_map_add(jn_line_map *lm, uint64_t input_line);
/* Frees the map's lines and empties it (a pass that failed leaves none). */
void jn__line_map_free(jn_line_map *lm);

/* sheet_pages.c: a printed document (form feeds between its pages)
 * without its running headers and footers (the lines at a page's top or
 * bottom that repeat, numbers aside, on half its pages); NULL when there
 * are none. */
char *jn__sheet_pages(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* sheet_bands.c: a table in columns of text whose cells are centred in
 * their rows (w3m or elinks without borders), one row a line of
 * tab-separated cells; NULL when there is none. */
char *jn__sheet_bands(const jn_ctx *ctx, const char *in, size_t len, size_t *out_len,
                      jn_line_map *lm);

/* sheet_fixed.c: fixed-width text (Excel's .prn: every line padded to one
 * width, cells cut at their column's edge) as tab-separated cells cut at
 * its header's columns, line for line; NULL when the text is not such. */
char *jn__sheet_fixed_width(const char *in, size_t len, size_t *out_len);

/* sheet_csv.c: comma-separated values (RFC 4180) as tab-separated rows,
 * or NULL when the input does not read as CSV. */
char *jn__sheet_csv(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* sheet_asciidoc.c: AsciiDoc tables (|=== … |===, cells "|text", spans
 * "2+|" ".2+|") as rows of tab-separated cells, labelled lists ("term::")
 * as terms and values, section titles as Markdown headings; NULL when the
 * text has no table and fewer than three such terms. */
char *jn__sheet_asciidoc(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* sheet_rewrap.c: cells wrapped line by line in narrow columns (pdftotext
 * -raw: every line of a cell but the last as wide as its column) joined
 * into one line each; NULL when the text shows no such columns. */
char *jn__sheet_rewrap(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_rewrap.c: a text whose lines are mostly paragraphs of one line
 * (table cells holding <p>, as a text browser prints them) without its
 * blank lines; NULL when the text is not such. */
char *jn__sheet_unparagraph(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* sheet_anchor.c: a required marker leading an answer, stuck to it or not
 * (必須2023/11/1, 選択 有り; not 選択肢, 必須項目): its length with the
 * spaces after it, 0 when none. */
size_t jn__sheet_marker_led(const char *s, size_t n, const char **canon);

/* sheet_anchor.c: "label: value" in an item of a numbered list (the label
 * may be a whole question): where the value starts, the label's length in
 * *label_len; 0 when the line is no such pair. */
size_t jn__sheet_pair_split(const char *s, size_t n, size_t *label_len);

/* sheet_roles.c: the role a column header's word alone names (項目, 内容,
 * 回答, 備考), JN_COL_NONE (0) when it is none. */
int jn__roles_word(const char *s, size_t n);
/* The same, a choice column's word too (対応(○/×), はい): read where the
 * line is known to stand in a header. */
int jn__roles_header_word(const char *s, size_t n);

/* sheet_anchor.c: a sentence (。, or a polite verb ending: ます, ください). */
int jn__sheet_sentence(const char *s, size_t n);

/* sheet_anchor.c: a heading line (## 概要, ■ 料金, 第3章 バックアップ, 2.1 稼働率):
 * where its text starts after the mark or number, 0 when it is none. */
size_t jn__sheet_heading(const char *s, size_t n);

/* sheet_hanging.c: list items a text browser wrapped at the window's edge
 * (further lines indented to the item's text) joined into one line each;
 * NULL when there are none. */
char *jn__sheet_join_hanging(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* sheet_layout.c: text laid out in columns by runs of spaces (pdftotext
 * -layout, browser copies) as tab-separated cells, a cell's wrapped lines
 * joined to it; NULL when fewer than five lines have such runs. */
char *jn__sheet_layout(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* sheet_aligned.c: a borderless two-column table whose cells stand as
 * little as one space apart (w3m), as label<TAB>value lines, line for
 * line; NULL when there is none. */
char *jn__sheet_aligned(const char *in, size_t len, size_t *out_len);

/* sheet_layout.c: definition lists as text browsers print them (a term,
 * its definition indented under it) as term<TAB>definition lines; NULL
 * when the text has fewer than three such terms. */
char *jn__sheet_definitions(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* Does s[i..n) start a box-drawing character (U+2500–U+257F, the range
 * sheet_box.c draws with: E2 94 xx and E2 95 xx in UTF-8)? For passes
 * that look at bytes and leave drawn tables to the box reader. */
static inline int jn__sheet_box_char_at(const char *s, size_t n, size_t i) {
  return i + 1 < n && (unsigned char)s[i] == 0xE2 && ((unsigned char)s[i + 1] & 0xFE) == 0x94;
}

/* sheet_box.c: the columns a code point takes on a text screen: 2 for
 * East Asian Wide and Fullwidth (ICU), else 1. */
int jn__display_width(int32_t cp);

/* sheet_box.c: the columns a line of UTF-8 takes on a text screen (an
 * invalid byte takes one). */
size_t jn__text_width(const char *s, size_t n);

/* How the program that drew a table cut a word too long for its column:
 * w3m from the word's start, pandoc (ASCII grids) from its end. */
typedef enum { JN_BOX_CUTS_FROM_START, JN_BOX_CUTS_FROM_END } jn_box_wrap;

/* sheet_box.c: tables drawn with box characters (w3m -dump) as rows of
 * tab-separated cells, the other lines kept; NULL when there is none. */
char *jn__sheet_box(const char *in, size_t len, size_t *out_len, jn_line_map *lm,
                    jn_box_wrap wrap);
/* sheet_cells.c: how many lines of the text pred says yes to (every line
 * when pred is NULL), counting no further than `enough` (a pass asks only
 * whether the text has so many). */
size_t jn__sheet_count_lines(const char *in, size_t len, int (*pred)(const char *, size_t),
                             size_t enough);
/* sheet_cells.c: the text rewritten line for line: put writes each line's
 * replacement (without its '\n'), the line breaks stay where they were;
 * NULL when memory ran out. For passes that keep the lines where they are
 * (no line map). */
char *jn__sheet_rewrite_lines(const char *in, size_t len, size_t *out_len,
                              void (*put)(jn_buf *, const char *, size_t, void *), void *state);
/* sheet_cells.c: where the line starting at in[i] ends (its '\n', or len). */
size_t jn__sheet_line_end(const char *in, size_t len, size_t i);
/* sheet_cells.c: an item number and its blank at the start of s ("12 売上高
 * …", a flattened row's or a wrapped cell's), their length; 0 when none. */
size_t jn__sheet_leading_id(const char *s, size_t n);
/* A pass that reads a page's lines at once reads a text of this many at
 * most: a printed form is a few hundred, and its line tables stay small. */
enum { JN_SHEET_LINES_MAX = 100000 };
/* One line of a text, without its '\n'. */
typedef struct jn_line_span {
  const char *s;
  size_t n;
} jn_line_span;
/* sheet_cells.c: the text's lines (pointers into it), *count of them; NULL
 * when it has more than max (a pass that reads a page's lines at once
 * keeps its tables small so) or memory ran out. */
jn_line_span *jn__sheet_split_lines(const char *in, size_t len, size_t max, size_t *count);
/* sheet_cells.c: the length of s[0..n) without its trailing blanks, tabs
 * and '\r' (0: a blank line). */
size_t jn__sheet_trim_end(const char *s, size_t n);
/* sheet_cells.c: the blanks ending the line (before a '\r'): two or more
 * are Markdown's hard line break (CommonMark 6.7). */
size_t jn__sheet_trailing_blanks(const char *s, size_t n);
/* sheet_cells.c: the end of a pass that rewrites the text into b: its
 * text (length in *out_len), or NULL with lm freed when memory ran out on
 * the way (b.failed). lm is NULL for a pass that keeps every line in its
 * place. */
char *jn__sheet_pass_result(jn_buf *b, size_t *out_len, jn_line_map *lm);
/* sheet_cells.c: s[0..n) and a line break put in b, as the user's line
 * `line` (b->failed when memory ran out); with lm NULL, in its place. */
void jn__sheet_put_line(jn_buf *b, jn_line_map *lm, const char *s, size_t n, uint64_t line);

/* sheet_cells.c: each line that joins() the next written with it on its
 * own line, the next left empty (every other line keeps its number); NULL
 * when fewer than min_joins lines join theirs, or memory ran out. */
char *jn__sheet_join_lines(const char *in, size_t len, size_t *out_len, size_t min_joins,
                           int (*joins)(jn_line_span a, jn_line_span b));
/* sheet_cutrow.c: does s[0..n) end with a separator a header cell is cut
 * at (/, its full-width form, ・)? Its length, 0 when not. */
size_t jn__sheet_cut_separator(const char *s, size_t n);
/* sheet_cutrow.c: a tab-separated header row cut in two by a line break
 * inside a cell (必須/ then 選択), joined back on its first line, the
 * second left empty; NULL when the text has none. */
char *jn__sheet_cut_rows(const char *in, size_t len, size_t *out_len);
/* sheet_cutrow.c: a tab-separated body row cut by a line break inside a
 * cell, joined back under a header naming the marker column (the cell's
 * lines joined by a blank, the row on one line, lines mapped in lm);
 * NULL when the text has none. */
char *jn__sheet_cut_body_rows(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_cutrow.c: a tab-separated row that ends with an empty cell, the
 * lines of that cell's block under it and then its 必須/選択 marker alone
 * on a line, written as one row (the block's lines parted by <br>, lines
 * mapped in lm); NULL when the text has none. */
char *jn__sheet_block_rows(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_setext.c: Markdown's setext headings (a line, then '=' or '-' as
 * many as its characters) written "# text" / "## text", the underline left
 * empty; NULL when the text has fewer than two. */
char *jn__sheet_setext(const char *in, size_t len, size_t *out_len);
/* sheet_paircells.c: a two-column table written a cell a paragraph (項目 /
 * 仕様, then label, value, … as turndown writes a <table>), or a table of
 * figures over periods so written, as rows of tab-separated cells; NULL
 * when the text has none. */
char *jn__sheet_pair_cells(const jn_ctx *ctx, const char *in, size_t len, size_t *out_len,
                           jn_line_map *lm);
/* sheet_halves.c: a marker word a print broke over two lines of running
 * text (必 ending one line, 須 opening the next) joined back on the first
 * line, the second left empty; NULL when the text has fewer than two. */
char *jn__sheet_mend_markers(const char *in, size_t len, size_t *out_len);
/* sheet_halves.c: in such a print, a marker's second half alone under the
 * question (the first moved down to it) and a header word broken a
 * character or two a line, joined; the line count kept. NULL when none. */
char *jn__sheet_mend_print(const char *in, size_t len, size_t *out_len);
/* sheet_halves.c: in such a print, an item number sharing its line with
 * the next cell's first line put on a line of its own (lines mapped in
 * lm); NULL when the text has too few. */
char *jn__sheet_split_items(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_pipehead.c: a Markdown header row without its outer pipes above a
 * delimiter row ("会社名| X" over "---|---") given its leading pipe; NULL
 * when the text has none. */
char *jn__sheet_pipe_header(const char *in, size_t len, size_t *out_len);
/* sheet_pipeblock.c: a Markdown table row whose last cell went on in
 * blocks under it (a list, a paragraph: html2markdown) joined back into
 * one row, the block's lines parted by <br>; NULL when the text has none. */
char *jn__sheet_pipe_blocks(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

/* sheet_dashcols.c: pandoc's simple and multiline tables cut into
 * tab-separated cells at their column rule, a row on its first line and
 * its other lines left empty; NULL when the text has none. */
char *jn__sheet_dash_columns(const char *in, size_t len, size_t *out_len);

/* sheet_box.c: ASCII grid tables (reStructuredText, pandoc's grid tables:
 * +---+ rules, | between cells) redrawn with box characters for
 * jn__sheet_box, line for line; NULL when the text has none. */
char *jn__sheet_ascii_grid(const char *in, size_t len, size_t *out_len);
/* sheet_regrid.c: an ASCII frame drawn counting every character one column
 * wide (links2) drawn again with its bars where a text screen shows them,
 * line for line; NULL when the text has none. */
char *jn__sheet_regrid(const char *in, size_t len, size_t *out_len);
/* w3m's ASCII frame (-no-graph: rules of + - and |) redrawn in box
 * characters, line for line; NULL when the text has none. */
char *jn__sheet_ascii_frame(const char *in, size_t len, size_t *out_len);

/* sheet_copy.c: a browser's copy whose few tab lines hold only labels, its
 * answers on lines of their own led by their markers, with its tabs made
 * blanks (line for line, the same length), or NULL when the text is no
 * such copy (or memory ran out). */
char *jn__sheet_sparse_tabs(const char *in, size_t len);
/* sheet_wiki.c: a MediaWiki page (tables {| |- |}, ; term : definition)
 * as HTML, line for line; NULL when the text is none. */
char *jn__sheet_wiki(const char *in, size_t len, size_t *out_len);
/* sheet_tracker.c: issue trackers' wiki markup, Jira / Confluence (h2.
 * headings, || header rows, rows whose cells hold line breaks, [text|url]
 * links) and Textile (h2(#id). headings, |_. header cells, /2. and \2.
 * spans), as HTML, line for line; NULL when the text is neither. */
char *jn__sheet_tracker(const char *in, size_t len, size_t *out_len);

/* sheet_html.c: an HTML document as the cell text the reader reads (rows
 * of tab-separated cells, spans expanded; <dl> pairs; "- " list items;
 * "## " headings), or NULL when the input is no HTML document. */
int jn__sheet_is_html(const char *in, size_t len);
char *jn__sheet_html(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_unframe.c: a drawing of one column (a frame around blocks of
 * text, each holding a table of its own) without its bars and rules, line
 * for line; NULL when the text has no such frame. */
char *jn__sheet_unframe(const char *in, size_t len, size_t *out_len);
/* sheet_columns.c: a page set in two columns of text (pdftotext -layout
 * of a brochure, a contract printed two-up) as its left column then its
 * right one, page by page; NULL when no page is. */
char *jn__sheet_columns(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_stacked.c: a certifier's table printed with its 必須/選択 column
 * one character a line (必 over 須, pdftotext -layout) as rows of
 * tab-separated cells (item, section, label, question, marker, answer),
 * the other lines kept; NULL when the text has no such table. */
char *jn__sheet_stacked(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_celllines.c: a table written one cell a line (a word processor's
 * text export) or a paragraph a cell (turndown), under a header of one
 * column word a line, as rows of tab-separated cells, the other lines
 * kept; ctx gives the section titles; NULL when there is none. */
char *jn__sheet_cell_lines(const jn_ctx *ctx, const char *in, size_t len, size_t *out_len,
                          jn_line_map *lm);
/* sheet_grid.c: a print read back by pdftotext -layout, its columns set
 * from pdftotext's grid of characters at display columns (a group of
 * glyphs packed over several cells cut into them); NULL when the text's
 * columns do not line up better in characters than on the screen. */
char *jn__sheet_grid(const char *in, size_t len, size_t *out_len);
/* sheet_despace.c: a PDF's text that writes blanks between figures and the
 * Japanese around them (2024 年 4 月) without those blanks, line for line;
 * NULL when the text writes its dates whole. */
char *jn__sheet_despace(const char *in, size_t len, size_t *out_len);
/* sheet_records.c: a table written a record at a time (name<TAB>value
 * lines, the names column words: 項番, 項目, 質問, 回答, 必須・選択) as rows
 * under one header; NULL when the text has no such records. */
char *jn__sheet_records(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* sheet_mixed.c: Markdown holding HTML blocks (<table>, <dl>): each block
 * as the HTML reader's cell text, the Markdown as it is; NULL when the text
 * has no Markdown outside such blocks or no HTML. */
char *jn__sheet_mixed(const char *in, size_t len, size_t *out_len, jn_line_map *lm);

struct jn_sheet {
  jn_sheet_header header;
  jn_sheet_row *rows;
  size_t n_rows, cap_rows;
  jn_sheet_appendix appendices[JN_MAX_APPENDICES];
  size_t n_appendices;
  jn_sheet_columns *columns; /* header rows understood, with their roles */
  size_t n_columns, cap_columns;
  char **strings; /* everything the header and rows point to */
  size_t n_strings, cap_strings;
  jn_sheet *grid_reading; /* the text read on pdftotext's grid (sheet_grid.c), or NULL */
};

/* sheet_roles.c: what each column of a table holds (dict/columns.tsv). */
typedef enum jn_col_role {
  JN_COL_NONE,
  JN_COL_ANSWER,
  JN_COL_MARKER,
  JN_COL_ITEM,
  JN_COL_LABEL,
  JN_COL_QUESTION,
  JN_COL_NOTE,
  JN_COL_REMARK,
  JN_COL_CHOICE /* one answer per column (はい | いいえ | 該当なし), a mark in one */
} jn_col_role;

typedef struct jn_roles {
  int known;                        /* a header row named the columns */
  size_t n;                         /* cells of the header row */
  unsigned char role[JN_MAX_CELLS]; /* jn_col_role per column */
  int answer, marker, item;         /* their columns, -1 when none */
  int answer_rank;                  /* of the answer's word (columns.tsv): 1 回答 … 3 内容 */
  int asks_too; /* the answer's header names the question first (記述内容/情報開示内容):
                   its cells hold the question, a line break, then the answer */
  /* the values seen in the first label column (種別: 可用性, 信頼性), which
   * often spans rows; pointers into the normalized text */
  const char *group[16];
  size_t group_len[16], n_groups;
  /* a choice column's header word (はい), the answer its marked cell gives */
  char choice[JN_MAX_CELLS][24];
  size_t shift; /* cells the last row lost on its left (jn__roles_drop_notes) */
} jn_roles;

/* Which cells of one row hold what (-1: none). */
typedef struct jn_row_cells {
  int answer, marker, question, label;
  size_t marker_skip; /* bytes of the marker at the start of its cell */
  size_t answer_skip; /* the same, when the marker is stuck to the answer */
} jn_row_cells;

/* A header row: at least two cells name roles, one of them the answer or
 * the marker. Fills *r and returns 1; 0 for any other row. */
int jn__roles_from_header(const jn_cells *c, jn_roles *r);
/* The header's column A, empty, left out: the rows under it turned out to
 * keep column A as an empty margin (an Excel export), dropped from them. */
void jn__roles_drop_margin(jn_roles *r);
/* The answer last (notes aside), the marker before it: rows are read by
 * their content, note columns emptied first. */
int jn__roles_usual(const jn_roles *r);
/* Empties the note and remark cells of a row (they are never its
 * answer); the first remark cell's text goes to *remark (NULL, 0 when none).
 * tabs: the row is tab-separated, its empty cells kept (a browser's copy),
 * so a row a cell shorter than the header lost one to a rowspan. */
void jn__roles_drop_notes(jn_roles *r, jn_cells *c, int tabs, const char **remark,
                          size_t *remark_len);
/* A line of text made only of header words ("【審査対象項目】【記述内容】",
 * a table's header repeated on each page of PDF text). */
int jn__roles_header_line(const char *s, size_t n);
/* Does a header line name the marker column (必須/選択) after the answer
 * column ("No. 項目 内容 回答 必須/選択")? A header written one word a line
 * names them on lines of their own: *answer_before says whether the lines
 * above named the answer, and is set when this one does. */
int jn__roles_marker_last(const char *s, size_t n, int *answer_before);
/* Does a line name the answer's column anywhere ("選択 情報開示内容", the
 * rest of a header cut at its separator)? Not 内容, which may be the
 * question's. */
int jn__roles_names_answer(const char *s, size_t n);
/* Is the line the marker's header word cut at its separator (必須/, as a
 * cell's <br> leaves it over 選択)? */
int jn__roles_cut_marker(const char *s, size_t n);
/* A row of column letters (A | B | C …, an online spreadsheet's). */
int jn__roles_letters(const jn_cells *c);
/* Reads cells [first, n) of a row by the roles. 0 when the row cannot be
 * placed in the header's columns (it is then read by content). */
int jn__roles_split(const jn_roles *r, const jn_cells *c, size_t first, jn_row_cells *out);
/* An item id at the whole of s[0..n): 12, 12., No.3, 1-1, Q4, (1), 1), 問3.
 * Returns 1 with the id (without No./Q/brackets) in [*id, *id + *idn). */
int jn__sheet_item_id(const char *s, size_t n, const char **id, size_t *idn);
/* The same for an id written with its prefix or brackets (No.12, (12),
 * Q12), not a bare number. */
int jn__sheet_prefixed_item_id(const char *s, size_t n, const char **id, size_t *idn);

/* Lines of text outside tables, kept for sheet_anchor.c (n == 0: a blank
 * line, which ends a block). */
typedef struct jn_text_line {
  const char *p;
  size_t n;
  uint64_t line;
  unsigned item; /* the item number glued to the label starting this line
                  * ("45バックアップ対策", a browser's copy), 0 when none */
} jn_text_line;

typedef struct jn_text_lines {
  jn_text_line *s;
  size_t n, cap;
} jn_text_lines;

/* What reading a sheet carries from line to line. */
enum { JN_WRAPS_MAX = 8 }; /* lines an answer's wrap remembers (jn_sheet_reader) */

typedef struct jn_sheet_reader {
  jn_sheet *sh;
  const jn_ctx *ctx;
  pcre2_match_data *match; /* for the catalogue's labels (PDF text) */
  const char *item, *section, *label;
  const char *outline[4]; /* the headings numbered 1., 1.1, 1.1.1, 1.1.1.1 above */
  jn_sheet_row *last; /* the row an answer continuation joins */
  jn_sheet_appendix *appendix; /* the appendix being read, if any */
  size_t answer_col;  /* where answers sit, learned from the rows */
  int margin;         /* column A is an empty margin (Excel exports) */
  int column_a;       /* a row held text in column A: it is no margin */
  int tsv, md, text, html;
  jn_roles roles;          /* of the table being read, from its header row */
  int pairs;               /* a table of label | value rows, no item numbers */
  jn_text_lines texts;     /* lines outside tables, for the anchors */
  struct jn_wording_memo *wording_memo; /* sheet_anchor.c: labels found per text */
  unsigned char *cell_memo; /* and what each line of texts is to them */
  int marker_last;         /* a header line put 必須/選択 after the answer */
  int head_answer;         /* the header lines read so far named the answer */
  int head_marked;         /* and then the marker, setting marker_last */
  int head_answer_alone;   /* a line of the answer's word alone, then 必須/ cut */
  int in_table;            /* the line before was a table row */
  const char *open_cell;   /* that row's last cell, when it was the answer */
  size_t open_len;         /* (a cell the copy went on writing: TSV), */
  size_t open_lines;       /* and how many lines went on from it */
  int open_block;          /* that cell was empty: the lines under the row, up to a
                              blank line, are its block (a list, paragraphs) */
  int tab_cells;           /* the text's cells were split by tabs */
  int skip_table;          /* this table is an SLA's refund table */
  const char *attr_head[JN_MAX_CELLS]; /* a header naming attributes */
  const char *plan;                    /* the plan the document says is contracted */
  size_t plan_len;
  size_t attr_len[JN_MAX_CELLS], attr_n;
  const char **key_slot[JN_MAX_CELLS];  /* a row of the certifier's header labels */
  size_t key_n;
  const char *period_head[JN_MAX_CELLS]; /* a header of periods: 2025年3月期 | … */
  size_t period_n;
  size_t period_latest;    /* the column of the latest period */
  const char *period_unit; /* the header's first cell when it gives the unit (単位:百万円) */
  /* a column of names under an attribute header naming a list (株主名):
   * the pair that gathers them (its row's index + 1) and the header cell */
  size_t list_row;
  const char *list_key;
  const char *unit_note;   /* a line of text that was only a yen unit ((単位:千円)), */
  uint64_t unit_note_line; /* the caption of the table under it: on this line */
  jn_text_lines deferred;  /* label, answer, label, answer… of pairs in tables */
  const char *heading;     /* the last heading line's text (第3章 バックアップ) */
  uint64_t blank_line;     /* the last blank line read */
  int md_body;             /* in a Markdown table's body (after its rule) */
  const char *side_heading; /* the heading of the table beside it, whose */
  size_t side_from;         /* cells start at this column */
  const char *remark;      /* this line's remark cell (備考, 補足), not yet kept */
  size_t remark_len;
  /* text layouts (sheet_text.c) */
  int pdf;                /* one cell per line, not cells run together */
  const char *cells[JN_MAX_CELLS]; /* this item's cells not yet in a row */
  size_t n_cells;
  int rows_in_item;       /* rows already made from this item */
  size_t numbered_rows;   /* table rows read with an item number: a form */
  int skipped_line;       /* a line since the last item row was no row */
  /* the item's first row, a title with no answer: its index + 1 (0 when
   * none; rows move when the array grows) */
  size_t item_title;
  int want_answer;        /* a marker alone: the next line is the answer */
  int marker_closed;      /* a marker after its answer closed the last row */
  uint64_t item_line;     /* where the item started */
  uint64_t cells_line;    /* where the first of cells[] stands */
  /* the lines joined to the last answer: a marker next takes the last of
   * them back as its question (a question wrapped over several lines) */
  struct {
    const char *text;   /* the line */
    const char *before; /* the answer before it was joined */
    uint64_t line;
  } wraps[JN_WRAPS_MAX];
  size_t n_wraps;
  int last_item;          /* the last item number, across sections */
} jn_sheet_reader;

/* sheet_anchor.c: does the text ask rather than answer (a question's
 * words, dict/patterns.tsv question, and no sentence that states)? */
int jn__sheet_asks(jn_sheet_reader *rd, const char *s, size_t n);

/* sheet_anchor.c: does the text open with a date (2012年4月 …)? */
int jn__sheet_date_first(jn_sheet_reader *rd, const char *s, size_t n);

/* sheet_anchor.c: is the cell, without its spaces, all of one wording
 * that names a field (受付時間, 連絡先; dict/labels.tsv)? */
int jn__sheet_whole_wording(jn_sheet_reader *rd, const char *s, size_t n);

/* sheet_anchor.c: a row of cells outside any known table, as pairs or lines. */
int jn__sheet_loose_row(jn_sheet_reader *rd, const jn_cells *c, uint64_t line);

/* Helpers of sheet.c that the layout readers share. */
const char *jn__sheet_keep(jn_sheet *sh, const char *s, size_t n); /* owned copy */
/* An owned copy of a, then sep, then b[0..bn): an answer that goes on, a
 * label in pieces. NULL when memory ran out. */
const char *jn__sheet_join(jn_sheet *sh, const char *a, const char *sep, const char *b,
                           size_t bn);
jn_sheet_row *jn__sheet_new_row(jn_sheet *sh);
int jn__sheet_starts(const char *s, size_t n, const char *word);
/* One of the guideline's section titles (dict/patterns.tsv "section"). */
int jn__sheet_section_title(const jn_sheet_reader *rd, const char *s, size_t n);
const char *jn__sheet_find(const char *s, size_t n, const char *word);
/* A required marker at the start of s: its length with the space after it. */
size_t jn__sheet_marker(const char *s, size_t n, const char **canon);
/* Text b put after the text in t, a cell's or a row's line cut at its
 * column's width: Japanese runs on, two words get a space between them
 * (sheet_layout.c). */
void jn__sheet_put_after(jn_buf *t, const char *b, size_t bn);
/* sheet_markers.c: the longest word of dict/markers.tsv of this kind that s
 * starts with (its length, 0 when none), its canonical marker in *canon
 * (NULL allowed; a NUL-terminated string that lives as long as the
 * library). */
typedef enum { JN_MARKER_WORD, JN_MARKER_HALF, JN_MARKER_COMPOUND, JN_MARKER_LED } jn_marker_kind;
size_t jn__marker_word(const char *s, size_t n, jn_marker_kind kind, const char **canon);
/* sheet_markers.c: is s[0..n) a 必須/選択 word, or a character of one that
 * a narrow column stacks (必 over 須), whole? */
int jn__marker_piece(const char *s, size_t n);
/* Lines that are not rows: metadata, page headers, footnotes, column
 * headers, the cited guideline. Each returns non-zero when it took the line. */
void jn__sheet_metadata(jn_sheet *sh, const char *s, size_t n);
/* The header field a page-header key fills (認定番号 → cert_number), or
 * NULL when key[0..n) is no such key. */
const char **jn__sheet_header_slot(jn_sheet *sh, const char *key, size_t n);
/* A label/value pair of the certifier's header (認定番号 | 0999-2401),
 * wherever it stands: its value fills the label's slot when the slot is
 * empty. -1 when memory ran out, else 0. */
int jn__sheet_header_pair(jn_sheet *sh, const char *l, size_t ln, const char *v, size_t vn);
int jn__sheet_page_header(jn_sheet *sh, const char *s, size_t n);
int jn__sheet_is_footnote(const char *s, size_t n);
void jn__sheet_guideline(jn_sheet *sh, const char *s, size_t n);

/* Text layouts (sheet_text.c): one cell per line (PDF text) or the cells of
 * a row run together (flattened). */
int jn__sheet_text_line(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line);
int jn__sheet_text_end(jn_sheet_reader *rd);
/* sheet_text.c: a Markdown list item's bullet ("* 架空銀行"): its length with
 * the blanks after it, 0 when none. */
size_t jn__sheet_list_bullet(const char *s, size_t n);
/* sheet_text.c: a list item (its bullet taken off) inside a text-layout
 * item: the answer after the marker, or the next line of that answer. */
int jn__sheet_text_list_item(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line);

/* sheet_anchor.c: is the cell a date, a month or a period and nothing else
 * (2026年9月, 2025/12, 2025年3月期, 令和6年度)? The first with the context
 * alone, for the passes before reading. */
int jn__sheet_is_period(const jn_ctx *ctx, const char *s, size_t n);
int jn__sheet_names_period(jn_sheet_reader *rd, const char *s, size_t n);

/* sheet_anchor.c: keeps a line of text (n == 0: a blank line); after the
 * last line, makes the rows of pairs, blocks and sentences. */
int jn__sheet_note_text(jn_sheet_reader *rd, const char *s, size_t n, uint64_t line);
/* sheet_anchor.c: is the line a question's or an answer's mark alone
 * (【質問】, 【回答】; dict/patterns.tsv qa_question, qa_answer)? */
int jn__sheet_qa_mark(jn_sheet_reader *rd, const char *s, size_t n);
int jn__sheet_anchors(jn_sheet_reader *rd);
/* sheet_anchor.c: does a header cell name a field that is a list (株主名:
 * the shareholders)? */
int jn__sheet_names_list(jn_sheet_reader *rd, const char *s, size_t n);
/* The cells of a row of a table whose header names attributes, not the
 * answer: each cell a pair labelled by its column's header and the row's
 * name ("対応時間 サポート" → "平日9:00~17:00"). */
int jn__sheet_attribute_row(jn_sheet_reader *rd, const char *const *head, const size_t *hn,
                            const char *const *cell, const size_t *cn, size_t k, uint64_t line);
/* A refund rule, a formula, a fault's definition: no level of service
 * (spec §7; dict/patterns.tsv "not_a_level"). */
int jn__sheet_not_a_level(jn_sheet_reader *rd, const char *s, size_t n);
/* Is the line "label: value" (after its bullet or number)? */
int jn__sheet_is_pair(const char *s, size_t n);

/* sheet_anchor.c: a question naming a field, a space, then its value on
 * one line ("代表者年齢 58歳"): the question's length, the value's start in
 * *a; 0 when the line is no such row. */
size_t jn__sheet_question_then_value(jn_sheet_reader *rd, const char *s, size_t n, size_t *a);

/* Cuts one normalized line into cells and says what kind of line it is. */
jn_line_kind jn__sheet_cells(const char *s, size_t n, jn_cells *c);
/* A Markdown row without its outer pipes ("1| 稼働率| 99.9%"): three pipes
 * at least, one of them spaced, or a rule; or two cells closed by a pipe. */
int jn__sheet_bare_pipe_row(const char *s, size_t n);
/* The cells of a Markdown delimiter row (---|:--:|---, GFM 4.10), 0 when
 * the line is none. */
size_t jn__sheet_delimiter_cells(const char *s, size_t n);
/* The cells between a line's pipes, however few (a row of a Markdown
 * table's body). */
jn_line_kind jn__sheet_pipe_cells(const char *s, size_t n, jn_cells *c);
/* Markdown table rows a converter wrapped at its width (html2text: rows
 * end in a hard break, wrapped lines do not) joined again; NULL when the
 * text has none. */
char *jn__sheet_unwrap_rows(const char *in, size_t len, size_t *out_len, jn_line_map *lm);
/* html2text's underlined table rows with their underscores back to spaces
 * (same length), or NULL when the text has none (sheet_cells.c). */
char *jn__sheet_ununderline(const char *in, size_t len);
/* sheet_cells.c: the text without Markdown's ** pairs (lines kept), its
 * length in *out_len; NULL when there are none. */
char *jn__sheet_unemphasize(const char *in, size_t len, size_t *out_len);
/* Markdown backslash escapes and hard breaks taken out (sheet_cells.c). */
char *jn__sheet_unescape(const char *in, size_t len, size_t *out_len);

#endif
