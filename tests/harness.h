/* harness.h — helpers shared by the cmocka tests: one context per process
 * and the reader of tests/vectors/ (TSV files). */
#ifndef JN_TEST_HARNESS_H
#define JN_TEST_HARNESS_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

/* The context every test shares (built on first use, freed at exit). */
const jn_ctx *th_ctx(void);

/* A vector file: lines "INPUT<TAB>EXPECTED[<TAB>FLAGS]", '#' comments,
 * blank lines skipped (a line holding only a TAB is the empty vector).
 * Escapes: \t \n \r \\ \uXXXX \UXXXXXXXX \xHH. */
typedef struct th_vector {
  unsigned line;
  char *input, *expected, *flags;
  size_t input_len, expected_len;
} th_vector;

/* Reads every vector of `path`; fails the test on a malformed line. */
th_vector *th_read_vectors(const char *path, size_t *count);
void th_free_vectors(th_vector *v, size_t count);

/* Normalizes with jn_normalize(); returns a malloc'd NUL-terminated string. */
char *th_normalize(const char *in, size_t len, unsigned opts, size_t *out_len);

/* A jn_write_fn target that collects everything (data NUL-terminated). */
typedef struct th_sink {
  char *data;
  size_t len, cap;
} th_sink;
int th_sink_write(const char *bytes, size_t len, void *payload);

/* Printable form of bytes for failure messages (static buffer). */
const char *th_show(const char *s, size_t len);

#endif
