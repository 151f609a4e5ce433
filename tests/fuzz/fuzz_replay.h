/* fuzz_replay.h — the main() of a fuzz target built as a plain program
 * (-DJN_FUZZ_STANDALONE): replays files and directories of inputs through
 * LLVMFuzzerTestOneInput, each as an exactly sized copy as libFuzzer passes
 * it, so saved corpora and crashes run in the ordinary test run with any
 * compiler (utf8proc's test/fuzz_main.c, PCRE2's STANDALONE). Include it
 * once, at the end of the target, after defining FUZZ_REPLAY_NAME. */
#ifndef JN_FUZZ_REPLAY_H
#define JN_FUZZ_REPLAY_H

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>

static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, FUZZ_REPLAY_NAME ": %s: %s\n", path, strerror(errno));
    return -1;
  }
  uint8_t *buf = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (len == cap) {
      cap = cap ? cap * 2 : 4096;
      uint8_t *p = realloc(buf, cap);
      if (!p)
        abort();
      buf = p;
    }
    size_t n = fread(buf + len, 1, cap - len, f);
    len += n;
    if (n == 0)
      break;
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    fprintf(stderr, FUZZ_REPLAY_NAME ": %s: read error\n", path);
    free(buf);
    return -1;
  }
  /* An exactly sized copy, as libFuzzer passes it. */
  uint8_t *exact = malloc(len ? len : 1);
  if (!exact)
    abort();
  if (len)
    memcpy(exact, buf, len);
  free(buf);
  fprintf(stderr, FUZZ_REPLAY_NAME ": %s\n", path);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  return 0;
}

static int skip_name(const struct dirent *d) { return d->d_name[0] != '.'; }

int main(int argc, char **argv) {
  int failures = 0;
  unsigned long runs = 0;
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
    return 2;
  }
  for (int a = 1; a < argc; a++) {
    struct stat st;
    if (stat(argv[a], &st) != 0) {
      fprintf(stderr, FUZZ_REPLAY_NAME ": %s: %s\n", argv[a],
              strerror(errno));
      failures++;
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      if (replay_file(argv[a]) == 0)
        runs++;
      else
        failures++;
      continue;
    }
    struct dirent **names;
    int n = scandir(argv[a], &names, skip_name, alphasort);
    if (n < 0) {
      fprintf(stderr, FUZZ_REPLAY_NAME ": %s: %s\n", argv[a],
              strerror(errno));
      failures++;
      continue;
    }
    for (int k = 0; k < n; k++) {
      size_t plen = strlen(argv[a]) + strlen(names[k]->d_name) + 2;
      char *path = malloc(plen);
      if (!path)
        abort();
      snprintf(path, plen, "%s/%s", argv[a], names[k]->d_name);
      struct stat fst;
      if (stat(path, &fst) == 0 && S_ISREG(fst.st_mode)) {
        if (replay_file(path) == 0)
          runs++;
        else
          failures++;
      }
      free(path);
      free(names[k]);
    }
    free(names);
  }
  fprintf(stderr, FUZZ_REPLAY_NAME ": %lu inputs replayed, %d unreadable\n",
          runs, failures);
  if (runs == 0 && failures == 0) {
    fprintf(stderr, FUZZ_REPLAY_NAME ": no inputs found\n");
    return 1;
  }
  return failures ? 1 : 0;
}

#endif
