/* cli_common.c — messages, stdout handling and progress for every command. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <sys/stat.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static int stdout_failed;

int cli_worse(int a, int b) {
  static const int order[] = {EXIT_OK, EXIT_DATAERR, EXIT_NOINPUT,
                              EXIT_USAGE, EXIT_SOFTWARE, EXIT_IOERR};
  int ra = 0, rb = 0;
  for (int i = 0; i < (int)(sizeof order / sizeof order[0]); i++) {
    if (order[i] == a)
      ra = i;
    if (order[i] == b)
      rb = i;
  }
  return ra >= rb ? a : b;
}

/* The progress bar on the screen, if any: cli_error() clears it first. */
static cli_progress *bar_shown;

static void clear_bar(void) {
  if (bar_shown && bar_shown->drawn) {
    fputs("\r\033[K", stderr);
    bar_shown->drawn = 0;
    bar_shown->last_shown = 0; /* redrawn at the next step */
  }
}

void cli_error(const char *fmt, ...) {
  va_list ap;
  fflush(stdout);
  clear_bar();
  fputs("jnorm: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

jn_ctx *cli_ctx(void) {
  jn_ctx *ctx;
  jn_error err = {0};
  if (jn_ctx_new(&ctx, &err) != JN_OK) {
    cli_error("cannot load tables: %s", err.message);
    return NULL;
  }
  return ctx;
}

int cli_write_stdout(const char *bytes, size_t len, void *payload) {
  (void)payload;
  if (stdout_failed)
    return 1;
  if (fwrite(bytes, 1, len, stdout) != len) {
    stdout_failed = errno ? errno : EIO;
    return 1;
  }
  return 0;
}

int cli_flush_stdout(void) {
  if (!stdout_failed && fflush(stdout) != 0)
    stdout_failed = errno ? errno : EIO;
  return stdout_failed ? 1 : 0;
}

int cli_print_version(void) {
  printf("jnorm %s (%s)\n", jn_version(), jn_unicode_source());
  return cli_close_stdout();
}

int cli_option_done(int c, const char *cmd, const char *usage, char **argv) {
  if (c == 'h') {
    fputs(usage, stdout);
    return cli_close_stdout();
  }
  if (c == 'V')
    return cli_print_version();
  cli_error("%s: unknown option or missing value '%s' (try 'jnorm %s --help')", cmd,
            argv[optind - 1], cmd);
  return EXIT_USAGE;
}

int cli_close_stdout(void) {
  int bad = stdout_failed;
  if (fflush(stdout) != 0 && !bad)
    bad = errno ? errno : EIO;
  if (ferror(stdout) && !bad)
    bad = EIO;
  if (fclose(stdout) != 0 && !bad)
    bad = errno ? errno : EIO;
  if (bad) {
    fprintf(stderr, "jnorm: error writing output: %s\n", strerror(bad));
    return EXIT_IOERR;
  }
  return EXIT_OK;
}

int cli_open_input(const char *name, int *fd, char *why, size_t cap) {
  if (!strcmp(name, "-")) {
    *fd = STDIN_FILENO;
    return EXIT_OK;
  }
  struct stat st;
  *fd = open(name, O_RDONLY);
  if (*fd < 0) {
    snprintf(why, cap, "%s", strerror(errno));
    return EXIT_NOINPUT;
  }
  if (fstat(*fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    snprintf(why, cap, "is a directory");
    close(*fd);
    *fd = -1;
    return EXIT_NOINPUT;
  }
  return EXIT_OK;
}

int cli_each_input(char **files, int nfiles, cli_input_fn fn, void *payload) {
  static char *stdin_only[] = {"-"};
  if (nfiles == 0) {
    files = stdin_only;
    nfiles = 1;
  }
  int status = EXIT_OK;
  for (int f = 0; f < nfiles && status != EXIT_IOERR; f++) {
    const char *name = files[f];
    int is_stdin = !strcmp(name, "-");
    int fd;
    char why[256];
    if (cli_open_input(name, &fd, why, sizeof why) != EXIT_OK) {
      cli_error("%s: %s", name, why);
      status = cli_worse(status, EXIT_NOINPUT);
      continue;
    }
    status = cli_worse(status, fn(fd, is_stdin ? "(stdin)" : name, payload));
    if (!is_stdin)
      close(fd);
    if (cli_flush_stdout() != 0)
      status = EXIT_IOERR;
  }
  return status;
}

void cli_progress_init(cli_progress *p, uint64_t total) {
  p->enabled = isatty(STDERR_FILENO) && total >= (64u << 20);
  p->files = p->drawn = 0;
  p->total = total;
  p->done = p->last_shown = 0;
  p->step = 4u << 20;
  if (p->enabled)
    bar_shown = p;
}

void cli_progress_init_files(cli_progress *p, uint64_t nfiles) {
  p->enabled = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO) && nfiles >= 20;
  p->files = 1;
  p->drawn = 0;
  p->total = nfiles;
  p->done = p->last_shown = 0;
  p->step = nfiles / 200 ? nfiles / 200 : 1; /* at most ~200 redraws */
  if (p->enabled)
    bar_shown = p;
}

void cli_progress_add(cli_progress *p, uint64_t n) {
  p->done += n;
  if (!p->enabled || (p->done - p->last_shown < p->step && p->done != p->total))
    return;
  p->last_shown = p->done;
  unsigned pct = p->total ? (unsigned)(p->done * 100 / p->total) : 0;
  if (pct > 100)
    pct = 100;
  char bar[41];
  memset(bar, '#', pct * 40 / 100);
  memset(bar + pct * 40 / 100, '.', 40 - pct * 40 / 100);
  bar[40] = '\0';
  if (p->files)
    fprintf(stderr, "\r[%s] %3u%% %llu/%llu files", bar, pct, (unsigned long long)p->done,
            (unsigned long long)p->total);
  else
    fprintf(stderr, "\r[%s] %3u%% %llu MiB", bar, pct, (unsigned long long)(p->done >> 20));
  p->drawn = 1;
}

void cli_progress_end(cli_progress *p) {
  if (p->enabled && p->drawn)
    fputs("\r\033[K", stderr);
  p->drawn = 0;
  if (bar_shown == p)
    bar_shown = NULL;
}
