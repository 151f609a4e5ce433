/* rss_run.c — runs a command and prints its peak resident set size, so a
 * test can check that memory stays bounded without any extra package.
 *   rss_run LIMIT_KIB COMMAND [ARGS...]   (stdin/stdout passed through)
 * Exit status: the command's, or 1 when it used more than LIMIT_KIB. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: rss_run LIMIT_KIB COMMAND [ARGS...]\n");
    return 64;
  }
  long limit = atol(argv[1]);
  pid_t pid = fork();
  if (pid < 0)
    return 71;
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0)
    return 71;
  fprintf(stderr, "rss_run: peak RSS %ld KiB (limit %ld KiB)\n", ru.ru_maxrss, limit);
  if (!WIFEXITED(status))
    return 70;
  if (WEXITSTATUS(status) != 0)
    return WEXITSTATUS(status);
  return ru.ru_maxrss > limit ? 1 : 0;
}
