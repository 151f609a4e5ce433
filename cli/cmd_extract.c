/* cmd_extract.c — `jnorm extract [OPTIONS] [SHEET...]`: one typed record
 * per sheet (spec §4), as JSON Lines, indented JSON or CSV.
 *
 * Threading model. The main thread parses the options, loads the one
 * jn_ctx (read-only, shared by every thread: jn_sheet_parse and
 * jn_extract only read it) and starts N workers (-j N, at most one per
 * sheet). Each worker claims the next sheet in input order, opens and reads
 * it, parses it, extracts its record and has the library's writers format
 * it (--fields, --pretty, CSV) into a private buffer, together with any
 * message for stderr. The
 * main thread alone writes: it waits for sheet 0, prints its message and
 * its output, then sheet 1, and so on, so stdout and stderr are the same,
 * byte for byte, whatever N is. Claims are bounded by a window: sheet i is
 * claimed only once sheet i - 2N has been printed, so at most 2N sheets are
 * read, in work or waiting, however slow one sheet is. Stdin ("-") is read
 * by one worker at a time, in input order. A write error on stdout stops
 * the claims; the workers finish their sheet and are joined. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "extract_out.h"

#define MAX_JOBS 1024

static const char usage[] =
    "usage: jnorm extract [OPTIONS] [SHEET...]\n"
    "\n"
    "One typed record per sheet (stdin when no SHEET, or '-'), in the order of\n"
    "the SHEETs, as JSON Lines by default:\n"
    "  {\"sheet\":…,\"format\":…,\"rows\":N,\"fields\":{\"revenue\":{\"status\":\"value\",\n"
    "   \"value\":{…},\"item\":\"9\",\"raw\":\"…\",\"line\":31},…},\"warnings\":[]}\n"
    "Fields are found by their labels (dict/fields.tsv), never by item\n"
    "number; docs/EXTRACTION.md gives the rules. Warnings name the field\n"
    "and line of a doubtful value (a date outside its era, digits grouped\n"
    "out of place). Empty or binary input is no sheet: an error (exit 65).\n"
    "\n"
    "Options:\n"
    "  --fields ID,...     keep only these fields (ids from the first column of\n"
    "                      dict/fields.tsv; an unknown id is a usage error);\n"
    "                      JSON keeps the record's order, CSV the order given\n"
    "  --format jsonl|csv  output format (default jsonl)\n"
    "  --pretty            JSON indented by two spaces, one object per sheet,\n"
    "                      keys in the same order (not with csv)\n"
    "  -j, --jobs N        work on N sheets at once (default 1; 0 = one per\n"
    "                      online CPU); the output does not change with N\n"
    "  -h, --help          show this help\n"
    "  -V, --version       show the version\n"
    "\n"
    "CSV: RFC 4180, UTF-8, lines end with CRLF. A header row, then one row per\n"
    "sheet. Columns: sheet (the file name), then one per field: the --fields\n"
    "ids in their order, else every id in the order of dict/fields.tsv. Cells:\n"
    "  field not in the sheet   empty\n"
    "  status not value         [blank], [undisclosed], [none], [unparsed]\n"
    "  string                   as it is                 架空 淳\n"
    "  number, true, false      as the JSON has them     778, true\n"
    "  array                    items joined by \"; \"     PMARK; ITSMS\n"
    "  {value, unit}            VALUE UNIT               20109000000 JPY\n"
    "  {min, max, unit}         MIN-MAX UNIT             5-10 min\n"
    "  {from, to}               FROM/TO                  2022-10/2023-09\n"
    "  bound min, max, approx   >=, <=, ~ in front       >=99.99 %\n"
    "  as_of, period            (AS_OF), (FROM/TO) after 99.97 % (2019-05/2020-04)\n"
    "  any other member         (KEY=VALUE) after        1 d (times=4)\n"
    "A cell holding a comma, a double quote or a line break is put in double\n"
    "quotes, its double quotes doubled.\n"
    "\n"
    "A sheet that cannot be read or parsed is reported on stderr by name and\n"
    "left out; the others are still printed. Bytes that are not UTF-8 (nor\n"
    "CP932) are read as U+FFFD: a warning on stderr names the file and line.\n"
    "With 20 sheets or more, progress\n"
    "(sheets done) is shown on stderr when it is a terminal and stdout is not.\n"
    "\n"
    "Exit status: the most serious of 0 success, 65 a sheet that is not one\n"
    "(over 64 MiB, unparsable), 66 a SHEET missing or unreadable, 64 usage\n"
    "error, 70 internal error, 74 read or write error.\n";

/* What a worker hands to the main thread for one sheet. */
typedef struct result {
  int done;
  int status;
  char *out; /* the sheet's output, malloc'd */
  size_t len;
  char *msg; /* a message for stderr, malloc'd, or NULL */
} result;

typedef struct run {
  const jn_ctx *ctx;
  const extract_out *fmt;
  char **files;
  int nfiles;
  int *stdin_turn; /* per sheet: its rank among the "-", or -1 */
  int window;      /* 2 * threads */
  result *slots;   /* window entries; sheet i uses slots[i % window] */

  pthread_mutex_t mu;
  pthread_cond_t claimable; /* the window moved, or stop */
  pthread_cond_t finished;  /* a sheet is done */
  pthread_cond_t stdin_free;
  int next;     /* the next sheet to claim */
  int printed;  /* sheets printed so far */
  int stdin_at; /* the rank of the "-" whose turn it is to read stdin */
  int stop;
} run;

static void set_msg(result *r, int status, const char *name, const char *why) {
  r->status = status;
  if (asprintf(&r->msg, "%s: %s", name, why) < 0)
    r->msg = NULL;
}

/* Reads stdin in turn: the "-" of rank `turn` waits for the earlier ones. */
static int read_stdin(run *R, int turn, char **buf, size_t *len, char *why, size_t cap) {
  pthread_mutex_lock(&R->mu);
  while (R->stdin_at != turn)
    pthread_cond_wait(&R->stdin_free, &R->mu);
  pthread_mutex_unlock(&R->mu);
  int status = cli_read_sheet(STDIN_FILENO, buf, len, why, cap);
  pthread_mutex_lock(&R->mu);
  R->stdin_at++;
  pthread_cond_broadcast(&R->stdin_free);
  pthread_mutex_unlock(&R->mu);
  return status;
}

/* Everything one sheet needs, on a worker thread. */
static void do_sheet(run *R, int i, result *r) {
  const char *name = R->files[i];
  int is_stdin = R->stdin_turn[i] >= 0;
  const char *shown = is_stdin ? "(stdin)" : name;
  char why[512], *buf;
  size_t len;
  int fd, status;
  if (is_stdin) {
    status = read_stdin(R, R->stdin_turn[i], &buf, &len, why, sizeof why);
  } else {
    status = cli_open_input(name, &fd, why, sizeof why);
    if (status == EXIT_OK) {
      status = cli_read_sheet(fd, &buf, &len, why, sizeof why);
      close(fd);
    }
  }
  if (status != EXIT_OK) {
    set_msg(r, status, shown, why);
    return;
  }
  jn_sheet *sh;
  status = cli_parse_sheet(&sh, R->ctx, buf, len, why, sizeof why);
  free(buf);
  if (status != EXIT_OK) {
    set_msg(r, status, shown, why);
    return;
  }
  jn_record *rec;
  jn_error err = {0};
  int rc = jn_extract(&rec, R->ctx, sh, cli_sheet_basename(shown), &err);
  uint64_t invalid = jn_sheet_get_header(sh)->invalid_utf8_line;
  jn_sheet_free(sh);
  if (rc != JN_OK) {
    set_msg(r, EXIT_SOFTWARE, shown, err.message[0] ? err.message : jn_strerror(rc));
    return;
  }
  /* Never an empty record in silence: the record carries a warning, the
   * user hears of it, and the run ends with 65 after the other files. */
  if (jn_record_field_count(rec) == 0) {
    set_msg(r, EXIT_DATAERR, shown,
            "no field of the catalogue was read from this document (the record says what was "
            "found under \"understood\")");
  } else if (invalid) { /* read, but the user hears that bytes were replaced */
    r->status = EXIT_OK;
    if (asprintf(&r->msg, "%s:%llu: warning: bytes that are not UTF-8 (nor CP932) read as U+FFFD",
                 shown, (unsigned long long)invalid) < 0)
      r->msg = NULL;
  }
  if (extract_out_record(&r->out, &r->len, rec, R->fmt) != 0) {
    free(r->msg); /* the worse news replaces it */
    r->msg = NULL;
    set_msg(r, EXIT_SOFTWARE, shown, "out of memory");
  }
  jn_record_free(rec);
}

static void *worker(void *arg) {
  run *R = arg;
  pthread_mutex_lock(&R->mu);
  for (;;) {
    while (!R->stop && R->next < R->nfiles && R->next >= R->printed + R->window)
      pthread_cond_wait(&R->claimable, &R->mu);
    if (R->stop || R->next >= R->nfiles)
      break;
    int i = R->next++;
    pthread_mutex_unlock(&R->mu);
    result r = {0};
    do_sheet(R, i, &r);
    r.done = 1;
    pthread_mutex_lock(&R->mu);
    R->slots[i % R->window] = r;
    pthread_cond_signal(&R->finished);
  }
  pthread_mutex_unlock(&R->mu);
  return NULL;
}

/* Prints the sheets in input order as the workers finish them. */
static int print_in_order(run *R) {
  int status = EXIT_OK;
  cli_progress prog;
  cli_progress_init_files(&prog, (uint64_t)R->nfiles);
  for (int i = 0; i < R->nfiles; i++) {
    pthread_mutex_lock(&R->mu);
    result *slot = &R->slots[i % R->window];
    while (!slot->done)
      pthread_cond_wait(&R->finished, &R->mu);
    result r = *slot;
    memset(slot, 0, sizeof *slot);
    R->printed = i + 1;
    pthread_cond_broadcast(&R->claimable);
    pthread_mutex_unlock(&R->mu);

    if (r.msg || r.status != EXIT_OK)
      cli_error("%s", r.msg ? r.msg : "out of memory");
    status = cli_worse(status, r.status);
    if (r.out)
      cli_write_stdout(r.out, r.len, NULL);
    free(r.out);
    free(r.msg);
    if (cli_flush_stdout() != 0)
      status = EXIT_IOERR;
    cli_progress_add(&prog, 1);
    if (status == EXIT_IOERR)
      break;
  }
  cli_progress_end(&prog);
  pthread_mutex_lock(&R->mu);
  R->stop = 1;
  pthread_cond_broadcast(&R->claimable);
  pthread_mutex_unlock(&R->mu);
  return status;
}

static int run_sheets(const jn_ctx *ctx, const extract_out *fmt, char **files, int nfiles,
                      int jobs) {
  static char *stdin_only[] = {"-"};
  if (nfiles == 0) {
    files = stdin_only;
    nfiles = 1;
  }
  int threads = jobs < nfiles ? jobs : nfiles;
  run R = {.ctx = ctx, .fmt = fmt, .files = files, .nfiles = nfiles, .window = 2 * threads};
  R.stdin_turn = malloc((size_t)nfiles * sizeof *R.stdin_turn);
  R.slots = calloc((size_t)R.window, sizeof *R.slots);
  pthread_t *tid = malloc((size_t)threads * sizeof *tid);
  if (!R.stdin_turn || !R.slots || !tid) {
    free(R.stdin_turn);
    free(R.slots);
    free(tid);
    cli_error("out of memory");
    return EXIT_SOFTWARE;
  }
  for (int i = 0, turn = 0; i < nfiles; i++)
    R.stdin_turn[i] = !strcmp(files[i], "-") ? turn++ : -1;
  pthread_mutex_init(&R.mu, NULL);
  pthread_cond_init(&R.claimable, NULL);
  pthread_cond_init(&R.finished, NULL);
  pthread_cond_init(&R.stdin_free, NULL);

  int started = 0, status = EXIT_OK;
  for (; started < threads; started++) {
    int rc = pthread_create(&tid[started], NULL, worker, &R);
    if (rc != 0) {
      if (started == 0) {
        cli_error("cannot start a thread: %s", strerror(rc));
        status = EXIT_SOFTWARE;
      }
      break; /* fewer workers than asked: slower, same output */
    }
  }
  if (started > 0)
    status = print_in_order(&R);
  for (int t = 0; t < started; t++)
    pthread_join(tid[t], NULL);
  for (int s = 0; s < R.window; s++) { /* done but never printed (stopped) */
    free(R.slots[s].out);
    free(R.slots[s].msg);
  }
  pthread_cond_destroy(&R.stdin_free);
  pthread_cond_destroy(&R.finished);
  pthread_cond_destroy(&R.claimable);
  pthread_mutex_destroy(&R.mu);
  free(tid);
  free(R.slots);
  free(R.stdin_turn);
  return status;
}

/* --fields a,b,c: the ids, checked against the catalogue. Returns the
 * count, or -1 after a message. *store holds the copies (free it). */
static int parse_fields(const jn_ctx *ctx, const char *arg, const char ***ids, char **store) {
  size_t n = 1;
  for (const char *p = arg; *p; p++)
    n += *p == ',';
  *store = strdup(arg);
  *ids = malloc(n * sizeof **ids);
  if (!*store || !*ids) {
    cli_error("out of memory");
    return -1;
  }
  int count = 0;
  char *tok = *store, *next;
  for (;;) {
    next = strchr(tok, ',');
    if (next)
      *next = '\0';
    while (*tok == ' ')
      tok++;
    size_t len = strlen(tok);
    while (len && tok[len - 1] == ' ')
      tok[--len] = '\0';
    if (!*tok) {
      cli_error("extract: --fields: empty field id in '%s'", arg);
      return -1;
    }
    if (!jn_field_type(ctx, tok)) {
      cli_error("extract: --fields: unknown field id '%s' (the ids are the first column of "
                "dict/fields.tsv)",
                tok);
      return -1;
    }
    for (int k = 0; k < count; k++)
      if (!strcmp((*ids)[k], tok)) {
        cli_error("extract: --fields: '%s' is listed twice", tok);
        return -1;
      }
    (*ids)[count++] = tok;
    if (!next)
      return count;
    tok = next + 1;
  }
}

static int parse_jobs(const char *arg, int *jobs) {
  char *end;
  errno = 0;
  long v = strtol(arg, &end, 10);
  if (errno || end == arg || *end || v < 0 || v > MAX_JOBS) {
    cli_error("extract: --jobs: expected a number from 0 to %d, not '%s'", MAX_JOBS, arg);
    return EXIT_USAGE;
  }
  if (v == 0) {
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    v = cpus < 1 ? 1 : cpus > MAX_JOBS ? MAX_JOBS : cpus;
  }
  *jobs = (int)v;
  return EXIT_OK;
}

int cmd_extract(int argc, char **argv) {
  enum { OPT_PRETTY = 256, OPT_FIELDS, OPT_FORMAT };
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {"jobs", required_argument, NULL, 'j'},
      {"pretty", no_argument, NULL, OPT_PRETTY},
      {"fields", required_argument, NULL, OPT_FIELDS},
      {"format", required_argument, NULL, OPT_FORMAT},
      {NULL, 0, NULL, 0},
  };
  extract_out fmt = {0};
  const char *fields_arg = NULL;
  int jobs = 1, c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "hVj:", longopts, NULL)) != -1) {
    switch (c) {
    case 'j':
      if (parse_jobs(optarg, &jobs) != EXIT_OK)
        return EXIT_USAGE;
      break;
    case OPT_PRETTY:
      fmt.pretty = 1;
      break;
    case OPT_FIELDS:
      fields_arg = optarg;
      break;
    case OPT_FORMAT:
      if (!strcmp(optarg, "csv") || !strcmp(optarg, "jsonl")) {
        fmt.csv = !strcmp(optarg, "csv");
        break;
      }
      cli_error("extract: --format: expected jsonl or csv, not '%s'", optarg);
      return EXIT_USAGE;
    default:
      return cli_option_done(c, "extract", usage, argv);
    }
  }
  if (fmt.pretty && fmt.csv) {
    cli_error("extract: --pretty is for JSON output, not --format csv");
    return EXIT_USAGE;
  }
  jn_ctx *ctx = cli_ctx();
  if (!ctx)
    return EXIT_SOFTWARE;
  const char **ids = NULL;
  char *store = NULL;
  int status = EXIT_OK;
  if (fields_arg) {
    int n = parse_fields(ctx, fields_arg, &ids, &store);
    if (n < 0) {
      status = ids && store ? EXIT_USAGE : EXIT_SOFTWARE;
      goto out;
    }
    fmt.ids = fmt.cols = ids;
    fmt.nids = fmt.ncols = (size_t)n;
  } else {
    fmt.cols = cli_catalogue_ids;
    while (cli_catalogue_ids[fmt.ncols])
      fmt.ncols++;
  }
  if (fmt.csv && extract_out_header(stdout, &fmt) != 0) {
    cli_error("out of memory");
    status = EXIT_SOFTWARE;
    goto out;
  }
  status = run_sheets(ctx, &fmt, argv + optind, argc - optind, jobs);
out:
  free(ids);
  free(store);
  jn_ctx_free(ctx);
  return cli_worse(status, cli_close_stdout());
}
