/* sheet.h — internals of sheet parsing (jn_sheet_parse). */
#ifndef JN_SHEET_H
#define JN_SHEET_H

#include <stddef.h>

#include "jnorm.h"

#define JN_MAX_CELLS 16

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

/* Cuts one normalized line into cells and says what kind of line it is. */
jn_line_kind jn__sheet_cells(const char *s, size_t n, jn_cells *c);

#endif
