/* main.c — the jnorm command: dispatches to one subcommand per file. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: jnorm COMMAND [OPTIONS] [FILE...]\n"
    "\n"
    "Normalize Japanese text and find typed values in it.\n"
    "\n"
    "Commands:\n"
    "  normalize   normalize UTF-8 text (width, kana, dashes, tildes, spaces)\n"
    "  scan        find typed mentions: numbers, dates, money, quantities\n"
    "  parse       read a disclosure sheet into its answer rows\n"
    "  extract     one typed record per sheet (first version)\n"
    "  eval        score extracted records against gold\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help (or 'jnorm help COMMAND')\n"
    "  -V, --version  show the version\n"
    "\n"
    "Exit status: 0 success, 64 usage error, 65 bad input data, 66 input file\n"
    "missing or unreadable, 70 internal error, 74 read or write error.\n";

static int dispatch(const char *cmd, int argc, char **argv) {
  if (!strcmp(cmd, "normalize"))
    return cmd_normalize(argc, argv);
  if (!strcmp(cmd, "scan"))
    return cmd_scan(argc, argv);
  if (!strcmp(cmd, "parse"))
    return cmd_parse(argc, argv);
  if (!strcmp(cmd, "eval"))
    return cmd_eval(argc, argv);
  if (!strcmp(cmd, "extract"))
    return cmd_extract(argc, argv);
  cli_error("unknown command '%s' (try 'jnorm --help')", cmd);
  return EXIT_USAGE;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "help") && argc > 2) { /* jnorm help COMMAND */
    char *args[] = {argv[2], "--help", NULL};
    return dispatch(argv[2], 2, args);
  }
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(usage, stdout);
    return cli_close_stdout();
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version"))
    return cli_print_version();
  if (cmd[0] == '-') {
    cli_error("unknown option '%s' (try 'jnorm --help')", cmd);
    return EXIT_USAGE;
  }
  return dispatch(cmd, argc - 1, argv + 1);
}
