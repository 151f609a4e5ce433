/* fuzz_extract.c — libFuzzer target for the sheet stages: jn_sheet_parse()
 * then jn_extract_json() and the record writers on whatever bytes come. Checks: parsing either
 * succeeds or refuses with JN_EINVAL (empty, binary); extraction of a
 * parsed sheet always succeeds; the record is one line of JSON that opens
 * with its sheet name and closes its warnings array, and every row the
 * parser gives has an answer and a line within the input. Built as a
 * plain program with -DJN_FUZZ_STANDALONE it replays files. */
#ifdef JN_FUZZ_STANDALONE
#define _POSIX_C_SOURCE 200809L /* scandir, in fuzz_replay.h */
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_NAME "fuzz_extract"
#include "fuzz_common.h"

static uint64_t count_lines(const uint8_t *data, size_t size) {
  uint64_t n = 1;
  for (size_t i = 0; i < size; i++)
    n += data[i] == '\n';
  return n;
}

/* The typed record through the other writers: indented JSON, and a CSV
 * row with the record's own fields as columns. */
static void check_writers(const jn_sheet *sh) {
  jn_record *r;
  if (jn_extract(&r, ctx(), sh, "x.txt", NULL) != JN_OK)
    fail("jn_extract failed on a parsed sheet");
  size_t n = jn_record_field_count(r);
  const char **ids = malloc((n + 1) * sizeof *ids);
  for (size_t i = 0; ids && i < n; i++)
    ids[i] = jn_record_field_at(r, i)->id;
  jn_record_format fmt = JN_RECORD_FORMAT_INIT;
  fmt.fields = ids, fmt.n_fields = n, fmt.pretty = 1;
  char *pretty = NULL, *row = NULL;
  if (!ids || jn_record_write_json(&pretty, r, &fmt) != JN_OK ||
      jn_record_write_csv(&row, r, &fmt) != JN_OK)
    fail("a record writer failed");
  if (pretty[strlen(pretty) - 1] != '}' || strlen(row) < 2 ||
      strcmp(row + strlen(row) - 2, "\r\n") != 0)
    fail("a writer's output is cut");
  jn_free(pretty);
  jn_free(row);
  free(ids);
  jn_record_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  jn_sheet *sh;
  jn_error err = {0};
  int rc = jn_sheet_parse(&sh, ctx(), (const char *)data, size, &err);
  if (rc == JN_EINVAL)
    return 0; /* no sheet: empty or binary */
  if (rc != JN_OK)
    fail("jn_sheet_parse failed on valid arguments");
  uint64_t lines = count_lines(data, size);
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    if (!r->answer || r->line < 1 || r->line > lines)
      fail("a row without an answer or outside the input");
  }
  char *rec;
  if (jn_extract_json(&rec, ctx(), sh, "x.txt", &err) != JN_OK)
    fail("jn_extract_json failed on a parsed sheet");
  size_t n = strlen(rec);
  if (strncmp(rec, "{\"sheet\":\"x.txt\"", 16) != 0 || n < 2 || strcmp(rec + n - 2, "]}") != 0 ||
      memchr(rec, '\n', n))
    fail("the record is not one line of JSON");
  jn_free(rec);
  check_writers(sh);
  jn_sheet_free(sh);
  return 0;
}

#ifdef JN_FUZZ_STANDALONE
#define FUZZ_REPLAY_NAME "fuzz_extract_replay"
#include "fuzz_replay.h"
#endif
