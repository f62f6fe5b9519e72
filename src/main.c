/* main.c: the command line. argv -> options -> library -> exit status.
 *
 *   claimdiff [options] SUMMARY SOURCE...   compare (exit 0, 1 or 2)
 *   claimdiff check-rules [DIR]...          validate rules, run examples
 *   claimdiff extract [options] FILE        what the rules make of a file
 *   claimdiff values [options] < TEXT       the values of a text
 *   claimdiff batch [options] DIR|MANIFEST...  many stories, a JSON line each
 *   claimdiff baseline write FILE [options] SUMMARY SOURCE...  accept findings
 *
 * One parser serves every command: each command is a row of `commands`,
 * with its help, a table of its options (each with a setter) and a
 * function that runs it. Options take their value as `--opt value` or
 * `--opt=value`; `--` ends the options; `-` as a FILE is standard input.
 * Only this file decides exit statuses, CD_EXIT_* (claimdiff.h). */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "baseline.h"
#include "batch.h"
#include "buf.h"
#include "calendar.h"
#include "check.h"
#include "claimdiff.h"
#include "doc.h"
#include "extract.h"
#include "pages.h"
#include "render.h"
#include "run.h"
#include "stories.h"

#ifndef CD_RULES_DIR
#define CD_RULES_DIR "rules"
#endif

static const char check_rules_help[] =
    "usage: claimdiff check-rules [DIR]...\n"
    "\n"
    "Loads the rule files of each DIR together, in order (default: the rules\n"
    "claimdiff uses; give the shipped rules and then a story's own to check\n"
    "them as a run would load them), and checks\n"
    "them: YAML errors, unknown or misspelled fields, wrong types, duplicate ids,\n"
    "an alias of two entities, a trigger of two predicates, references to ids\n"
    "that do not exist (errors); keys that hide a cue, '*' on short stems,\n"
    "predicates without examples (warnings). Then runs every rule's examples:.\n"
    "Each problem is printed as file:line:col: error|warning: message.\n"
    "\n"
    "Exit status: 0 all good (warnings allowed), 2 an error or a failed example.\n";

static const char extract_help[] =
    "usage: claimdiff extract [--rules DIR]... [--date YYYY-MM-DD] [--format text|json] FILE\n"
    "\n"
    "Shows what the rules make of one document: the lines dropped as web\n"
    "furniture (and the rule that dropped each), every sentence kept with its\n"
    "language, and each claim with its predicate, entities, values, polarity,\n"
    "modality, speaker and the rule (file:line) that made it. A FILE of '-' is\n"
    "standard input, named <stdin> in the report.\n"
    "\n"
    "  --rules DIR        rule directory; repeat to add a story's own rules\n"
    "  --date YYYY-MM-DD  the document's date when its front matter has none\n"
    "  --format text|json text (default) or one JSON object\n";

static const char batch_help[] =
    "usage: claimdiff batch [--rules DIR]... [-j N] [--fail-on LEVEL|KINDS] [--date YYYY-MM-DD]\n"
    "                       [--max-bytes N] DIR|MANIFEST...\n"
    "\n"
    "Compares many stories, each as `claimdiff --format json` would, and writes\n"
    "one line of JSON a story, in order: {\"story\", \"status\", \"report\"}, or\n"
    "{\"story\", \"status\": 2, \"error\"} when its files are in trouble. A story\n"
    "DIR holds its summary (*.zh.txt, else *.zh-*.txt), its sources (*.en.txt but\n"
    "*summary*) and maybe its own rules/; a DIR without a summary is a shelf of\n"
    "story directories. A MANIFEST is a file of JSON lines, one a story:\n"
    "{\"summary\": PATH, \"sources\": [PATH...], \"rules\": DIR or [DIR...], \"name\": S}\n"
    "(paths relative to the manifest; rules and name optional). The total goes\n"
    "to standard error.\n"
    "\n"
    "  --rules DIR        the rules every story loads first (a story's own after)\n"
    "  -j, --jobs N       stories compared at once (default 1)\n"
    "  --out DIR          each report to a file of its own in DIR (NNN-NAME.json),\n"
    "                     its line {\"story\", \"status\", \"file\"}\n"
    "  --fail-on, --date, --max-bytes   as for a comparison, for every story\n"
    "\n"
    "Exit status: 2 when a story is in trouble, else 1 when one has findings\n"
    "--fail-on counts, else 0.\n";

static const char baseline_help[] =
    "usage: claimdiff baseline write FILE [--note TEXT] [--rules DIR]... [--date YYYY-MM-DD]\n"
    "                                     SUMMARY SOURCE...\n"
    "\n"
    "Writes the findings of that comparison (but its agreements) to FILE, a\n"
    "finding a line: ID, kind, key and a note, tab-separated. An ID is made from\n"
    "what the finding says (kind, key, quoted sentences, values), so it stays\n"
    "while the rules or the documents' names and order change. A comparison\n"
    "given --baseline FILE leaves those findings out and counts them: CI fails\n"
    "only on new ones. Notes already in FILE are kept; --note gives the new\n"
    "findings one. Edit the notes as you like.\n";

static const char values_help[] =
    "usage: claimdiff values [--rules DIR]... [--date YYYY-MM-DD] [--format text|json] < TEXT\n"
    "\n"
    "Reads text from standard input and prints one JSON object per value found\n"
    "(amounts, counts, percentages, ratios, dates), a line each:\n"
    "  {\"line\": 1, \"start\": 0, \"end\": 12, \"kind\": \"money\", \"text\": \"55亿美元\",\n"
    "   \"value\": \"5500000000 USD\", \"approx\": false}\n"
    "start and end are byte offsets into that input line. Ranges print as\n"
    "\"lo..hi\"; a relative date with no --date prints \"value\": null and\n"
    "\"unresolved\": the cue. Both languages are read in any text.\n"
    "\n"
    "With --format text, one line a value instead:\n"
    "  1:0-12  money  55亿美元  5500000000 USD\n"
    "(line:start-end, kind, text, value; \"approx\" after an approximate one).\n"
    "A count's unit (rules/units.yaml) follows its value, \"720000 tonne\", and\n"
    "a price per unit reads \"11.46 USD per bushel\"; JSON gives it as \"unit\",\n"
    "and a count that is a sum (共17人) or a running total (\"brings to 17 the\n"
    "number of\") as \"running\": \"sum\" or \"total\".\n"
    "\n"
    "  --rules DIR        rule directory whose units are read; repeatable\n"
    "  --date YYYY-MM-DD  the date that \"Thursday\", \"last month\", 上周四 count from\n"
    "  --format text|json json (default) or one readable line a value\n";

static const char usage_text[] =
    "usage: claimdiff [options] SUMMARY SOURCE...\n"
    "       claimdiff check-rules [DIR]...\n"
    "       claimdiff extract [--rules DIR]... [--date YYYY-MM-DD] [--format text|json] FILE\n"
    "       claimdiff values [--date YYYY-MM-DD] [--format text|json] < TEXT\n"
    "\n"
    "Compares a summary (first file) with its source articles, claim by claim.\n"
    "\n"
    "  --rules DIR            rule directory (default: $CLAIMDIFF_RULES, else\n"
    "                         " CD_RULES_DIR "); give it again to add a story's\n"
    "                         own rules to the shipped ones\n"
    "  --format FORMAT        text (default), json, sarif (SARIF 2.1.0), github\n"
    "                         (workflow annotations), junit (JUnit XML) or html\n"
    "                         (one page: the summary beside its sources)\n"
    "  --color auto|always|never\n"
    "                         colour the text report (auto: on a terminal, unless\n"
    "                         NO_COLOR is set or TERM is dumb)\n"
    "  --fail-on LEVEL|KINDS  exit 1 when a finding at or above LEVEL exists:\n"
    "                         contradiction (default), omission (or contradiction),\n"
    "                         unsupported (any of the three), none; or of the KINDS\n"
    "                         listed with commas (contradiction,unsupported;\n"
    "                         unsupported, alone)\n"
    "  --date YYYY-MM-DD      date of documents whose front matter has none\n"
    "  --max-bytes N          refuse input files larger than N bytes (default 64 MiB)\n"
    "  --show KINDS           the kinds of finding shown, with commas, or all\n"
    "                         (default: all but agreements on a terminal, else all)\n"
    "  --no-pager             on a terminal, no pager ($CLAIMDIFF_PAGER, $PAGER or\n"
    "                         less: \"\" or cat for none)\n"
    "  --baseline FILE        leave out (and count) the findings FILE accepted\n"
    "                         (claimdiff baseline write FILE ...)\n"
    "  --explain              under each finding, why: the rules that matched, the\n"
    "                         entities that aligned the claims, the values compared\n"
    "  -h, --help             this help\n"
    "  --version              the version\n"
    "\n"
    "A file of '-' is standard input (once a run, named <stdin> in the report);\n"
    "'--' ends the options. An option's value may follow it or an '=':\n"
    "--format json, --format=json.\n"
    "\n"
    "Exit status: 0 nothing at or above the level, 1 findings, 2 trouble.\n"
    "claimdiff COMMAND --help describes check-rules, extract and values; man\n"
    "claimdiff has the whole manual.\n";

/* What the command line says, for any command. */
typedef struct cli {
  const struct command *cmd;
  cd_options opt;    /* compare; format also for extract and values */
  cd_color color;    /* --color, resolved in compare_run */
  cd_date date;      /* --date, parsed; year 0 when not given */
  const char **dirs; /* --rules (check-rules: its DIRs), in order */
  size_t ndirs;
  const char **files; /* operands, in order */
  size_t nfiles;
  int stdin_taken;      /* an operand '-' has been seen */
  int jobs;             /* batch: --jobs */
  const char *out_dir;  /* batch: --out */
  const char *baseline; /* --baseline FILE */
  int show;             /* --show given */
  int no_pager;         /* --no-pager */
  const char *note;     /* baseline write: --note */
} cli;

/* A setter's or operand handler's answer: carry on, or stop with an exit
 * status (CD_EXIT_OK after --help, CD_EXIT_TROUBLE after a usage error). */
#define GO_ON (-1)

typedef struct option {
  const char *name;  /* "--rules" */
  const char *alias; /* "-h", or NULL */
  int takes_value;   /* 1: --opt VALUE or --opt=VALUE */
  int (*set)(cli *c, const char *value);
} option;

typedef struct command {
  const char *name;      /* argv[1]; NULL for compare, the default */
  const char *help;      /* --help */
  const option *options; /* ends with a NULL name */
  cd_format format;      /* without --format */
  int stdin_operands;    /* 1: an operand '-' is standard input */
  int (*operand)(cli *c, const char *arg);
  int (*run)(cli *c);
} command;

static int die(const cd_error *err) {
  char msg[1200];
  fprintf(stderr, "claimdiff: %s\n", cd_error_format(err, msg, sizeof msg));
  return CD_EXIT_TROUBLE;
}

/* A usage error: the message, then where help is; exit status 2. */
static int usage(const cli *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static int usage(const cli *c, const char *fmt, ...) {
  va_list ap;
  fputs("claimdiff: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nUse claimdiff%s%s --help for help.\n", c->cmd->name ? " " : "",
          c->cmd->name ? c->cmd->name : "");
  return CD_EXIT_TROUBLE;
}

/* "extract: " before the parser's own messages, "" for compare. */
static const char *prefix(const cli *c, char *buf, size_t n) {
  snprintf(buf, n, "%s%s", c->cmd->name ? c->cmd->name : "", c->cmd->name ? ": " : "");
  return buf;
}

static int write_stdout(const char *data, size_t len, void *payload) {
  (void)payload;
  return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0 ? 0 : -1;
}

/* A pager, as git runs one: the report goes to its standard input. */
typedef struct pager {
  FILE *in;
  int gone; /* the reader quit (q in less): the rest is dropped, no error */
} pager;

static int write_pager(const char *data, size_t len, void *payload) {
  pager *p = payload;
  if (p->gone) return 0;
  if (fwrite(data, 1, len, p->in) == len && fflush(p->in) == 0) return 0;
  if (errno != EPIPE) return -1;
  p->gone = 1;
  return 0;
}

/* Can the command line cmd's first word be run: an executable path, or
 * a name found on $PATH? A pager that cannot would take the report with
 * it (the shell popen starts says "not found" and reads nothing). */
static int runnable(const char *cmd) {
  char path[4096];
  size_t n = strcspn(cmd, " \t");
  const char *dirs = getenv("PATH");
  if (!n || n >= 1024) return 0;
  if (memchr(cmd, '/', n))
    return snprintf(path, sizeof path, "%.*s", (int)n, cmd) > 0 && access(path, X_OK) == 0;
  for (const char *d = dirs ? dirs : ""; *d;) {
    size_t k = strcspn(d, ":");
    if (k && k < 2048 && snprintf(path, sizeof path, "%.*s/%.*s", (int)k, d, (int)n, cmd) > 0 &&
        access(path, X_OK) == 0)
      return 1;
    d += k + (d[k] == ':');
  }
  return 0;
}

/* $CLAIMDIFF_PAGER, else $PAGER, else less (with LESS=FRX when LESS is
 * unset: it quits when the report fits a screen, shows colour, leaves
 * the screen as it was); "" or "cat" for none, and none when it cannot
 * be run. 0 when one runs. */
static int start_pager(pager *p) {
  const char *cmd = getenv("CLAIMDIFF_PAGER");
  if (!cmd) cmd = getenv("PAGER");
  if (!cmd) cmd = "less";
  if (!*cmd || !strcmp(cmd, "cat") || !runnable(cmd)) return -1;
  if (!getenv("LESS")) setenv("LESS", "FRX", 1);
  signal(SIGPIPE, SIG_IGN); /* a pager that quits is EPIPE, not a death */
  fflush(stdout);
  p->gone = 0;
  return (p->in = popen(cmd, "w")) ? 0 : -1;
}

/* The columns of the terminal on standard output: $COLUMNS, else the
 * terminal's own; 0 when it is no terminal. */
static int terminal_width(void) {
  struct winsize ws;
  const char *env = getenv("COLUMNS");
  if (!isatty(STDOUT_FILENO)) return 0;
  if (env && atoi(env) > 20) return atoi(env);
  return ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20 ? ws.ws_col : 0;
}

/* Where the rules are when --rules is not given: $CLAIMDIFF_RULES, then
 * ../share/claimdiff/rules beside the binary (an installed copy, wherever
 * PREFIX and DESTDIR put it), then the source tree the binary was built
 * in. */
static const char *default_rules(void) {
  static char installed[4096];
  const char *env = getenv("CLAIMDIFF_RULES");
  ssize_t n;
  char *slash;
  if (env && *env) return env;
  n = readlink("/proc/self/exe", installed, sizeof installed - 40);
  if (n > 0) {
    installed[n] = '\0';
    if ((slash = strrchr(installed, '/')) != NULL) {
      struct stat st;
      snprintf(slash, sizeof installed - (size_t)(slash - installed), "%s", "/../share/claimdiff/rules");
      if (stat(installed, &st) == 0 && S_ISDIR(st.st_mode)) return installed;
    }
  }
  return CD_RULES_DIR;
}

/* ---- setters: one per option, shared by the commands that have it ---- */

static int set_help(cli *c, const char *v) {
  (void)v;
  fputs(c->cmd->help, stdout);
  return CD_EXIT_OK;
}

static int set_version(cli *c, const char *v) {
  (void)c, (void)v;
  printf("claimdiff %s\n", CD_VERSION);
  return CD_EXIT_OK;
}

static int set_explain(cli *c, const char *v) {
  (void)v;
  c->opt.explain = 1;
  return GO_ON;
}

/* compare takes any number of --rules; extract (as before) at most 16 */
static int set_rules(cli *c, const char *v) {
  char pre[32];
  if (!*v) return usage(c, "%s--rules needs a directory", prefix(c, pre, sizeof pre));
  if (c->cmd->name && c->ndirs == 16) return usage(c, "%s: at most 16 --rules", c->cmd->name);
  c->dirs[c->ndirs++] = v;
  return GO_ON;
}

/* text and json for every command; sarif, github, junit and html for a
 * comparison alone */
static int set_format(cli *c, const char *v) {
  int compare = !c->cmd->name;
  if (!strcmp(v, "text"))
    c->opt.format = CD_FORMAT_TEXT;
  else if (!strcmp(v, "json"))
    c->opt.format = CD_FORMAT_JSON;
  else if (compare && !strcmp(v, "sarif"))
    c->opt.format = CD_FORMAT_SARIF;
  else if (compare && !strcmp(v, "github"))
    c->opt.format = CD_FORMAT_GITHUB;
  else if (compare && !strcmp(v, "junit"))
    c->opt.format = CD_FORMAT_JUNIT;
  else if (compare && !strcmp(v, "html"))
    c->opt.format = CD_FORMAT_HTML;
  else
    return usage(c, "--format must be %s, not '%s'",
                 compare ? "text, json, sarif, github, junit or html" : "text or json", v);
  return GO_ON;
}

static int set_color(cli *c, const char *v) {
  if (!strcmp(v, "auto"))
    c->color = CD_COLOR_AUTO;
  else if (!strcmp(v, "always"))
    c->color = CD_COLOR_ALWAYS;
  else if (!strcmp(v, "never"))
    c->color = CD_COLOR_NEVER;
  else
    return usage(c, "--color must be auto, always or never, not '%s'", v);
  return GO_ON;
}

/* A single name is a level, as it always was: that kind and every kind
 * above it. A comma makes a set of exactly the kinds named (an empty name
 * is passed over, so `unsupported,` is that kind alone): a CI job can
 * fail on contradictions and unsupported claims and not on omissions. */
static int set_fail_on(cli *c, const char *v) {
  static const struct {
    const char *name;
    cd_kinds level; /* a single name */
    cd_kinds kind;  /* a name in a set */
  } names[] = {{"contradiction", CD_FAIL_CONTRADICTION, CD_KIND_BIT(CD_FIND_CONTRADICTION)},
               {"omission", CD_FAIL_OMISSION, CD_KIND_BIT(CD_FIND_OMISSION)},
               {"unsupported", CD_FAIL_UNSUPPORTED, CD_KIND_BIT(CD_FIND_UNSUPPORTED)},
               {"none", CD_FAIL_NONE, 0}};
  int set = strchr(v, ',') != NULL;
  cd_kinds on = CD_FAIL_NONE;
  for (const char *p = v; *p;) {
    size_t n = strcspn(p, ","), i;
    for (i = 0; n && i < sizeof names / sizeof *names; i++)
      if (strlen(names[i].name) == n && !memcmp(p, names[i].name, n)) break;
    if (n && (i == sizeof names / sizeof *names || (set && !names[i].kind)))
      return usage(c,
                   "--fail-on must be contradiction, omission, unsupported or none, or a list of the "
                   "first three (contradiction,unsupported), not '%s'",
                   v);
    if (n) on |= set ? names[i].kind : names[i].level;
    p += n + (p[n] == ',');
  }
  if (!*v || (set && !on)) return usage(c, "--fail-on must name a level or a list of kinds, not '%s'", v);
  c->opt.fail_on = on;
  return GO_ON;
}

static int set_date(cli *c, const char *v) {
  if (!cd_calendar_parse(&c->date, v, strlen(v))) return usage(c, "--date must be YYYY-MM-DD, not '%s'", v);
  c->opt.date = v;
  return GO_ON;
}

static int set_max_bytes(cli *c, const char *v) {
  char *end;
  unsigned long long n = strtoull(v, &end, 10);
  if (*end || n == 0 || v[0] == '-' || v[0] == '+')
    return usage(c, "--max-bytes must be a positive number, not '%s'", v);
  c->opt.max_file_bytes = (size_t)n;
  return GO_ON;
}

/* all, or kinds with commas */
static int set_show(cli *c, const char *v) {
  cd_kinds on = 0;
  if (!strcmp(v, "all")) {
    on = CD_KINDS_ALL;
  } else {
    for (const char *p = v; *p;) {
      size_t n = strcspn(p, ","), k;
      for (k = 0; n && k < 4; k++)
        if (strlen(cd_finding_kind_name((cd_finding_kind)k)) == n &&
            !memcmp(p, cd_finding_kind_name((cd_finding_kind)k), n))
          break;
      if (n && k == 4)
        return usage(c, "--show takes all or kinds with commas (contradiction,unsupported), not '%s'", v);
      if (n) on |= CD_KIND_BIT(k);
      p += n + (p[n] == ',');
    }
  }
  if (!on) return usage(c, "--show takes all or kinds with commas, not '%s'", v);
  c->opt.show = on;
  c->show = 1;
  return GO_ON;
}

static int set_no_pager(cli *c, const char *v) {
  (void)v;
  c->no_pager = 1;
  return GO_ON;
}

static int set_baseline(cli *c, const char *v) {
  if (!*v) return usage(c, "%s", "--baseline needs a file");
  c->baseline = v;
  return GO_ON;
}

static int set_note(cli *c, const char *v) {
  if (strpbrk(v, "\t\n\r")) return usage(c, "%s", "baseline: --note must be one line without tabs");
  c->note = v;
  return GO_ON;
}

static int set_out(cli *c, const char *v) {
  struct stat st;
  if (!*v || stat(v, &st) != 0 || !S_ISDIR(st.st_mode))
    return usage(c, "batch: --out needs a directory, not '%s'", v);
  c->out_dir = v;
  return GO_ON;
}

static int set_jobs(cli *c, const char *v) {
  char *end;
  long n = strtol(v, &end, 10);
  if (*end || n < 1 || n > 256 || v[0] == '+')
    return usage(c, "--jobs must be a number from 1 to 256, not '%s'", v);
  c->jobs = (int)n;
  return GO_ON;
}

/* ---- operands ---- */

static int compare_operand(cli *c, const char *arg) {
  c->files[c->nfiles++] = arg;
  return GO_ON;
}

static int check_rules_operand(cli *c, const char *arg) {
  char pre[32];
  if (!strcmp(arg, "-")) return usage(c, "%sunknown option '%s'", prefix(c, pre, sizeof pre), arg);
  if (c->ndirs == 16) return usage(c, "%s", "check-rules: at most 16 directories");
  c->dirs[c->ndirs++] = arg;
  return GO_ON;
}

static int extract_operand(cli *c, const char *arg) {
  if (c->nfiles) return usage(c, "extract takes one FILE, not also '%s'", arg);
  c->files[c->nfiles++] = arg;
  return GO_ON;
}

static int batch_operand(cli *c, const char *arg) {
  if (!strcmp(arg, "-")) return usage(c, "%s", "batch: a manifest is a file, not standard input");
  c->files[c->nfiles++] = arg;
  return GO_ON;
}

static int values_operand(cli *c, const char *arg) {
  return usage(c, "values: unexpected argument '%s'", arg);
}

/* ---- the parser ---- */

static const option *find_option(const option *opts, const char *name, size_t n) {
  for (; opts->name; opts++)
    if ((strlen(opts->name) == n && !strncmp(opts->name, name, n)) ||
        (opts->alias && strlen(opts->alias) == n && !strncmp(opts->alias, name, n)))
      return opts;
  return NULL;
}

/* The option at argv[*i] (and its value, which may be argv[*i + 1]). */
static int option_at(cli *c, int argc, char **argv, int *i) {
  const char *a = argv[*i], *eq = a[1] == '-' ? strchr(a, '=') : NULL, *value = eq ? eq + 1 : NULL;
  int n = eq ? (int)(eq - a) : (int)strlen(a);
  const option *o = find_option(c->cmd->options, a, (size_t)n);
  char pre[32];
  prefix(c, pre, sizeof pre);
  if (!o) return usage(c, "%sunknown option '%.*s'", pre, n, a);
  if (!o->takes_value && eq) return usage(c, "%soption '%.*s' takes no value", pre, n, a);
  if (o->takes_value && !eq) {
    if (*i + 1 >= argc) return usage(c, "%soption '%s' needs a value", pre, a);
    value = argv[++*i];
  }
  return o->set(c, value);
}

static int operand(cli *c, const char *arg) {
  if (c->cmd->stdin_operands && !strcmp(arg, "-") && c->stdin_taken++)
    return usage(c, "%s", "standard input ('-') can be read only once");
  return c->cmd->operand(c, arg);
}

/* Options and operands in any order; after "--" only operands. Returns
 * GO_ON when the command is to run, else the exit status. */
static int parse(cli *c, int argc, char **argv, int first) {
  int options_done = 0, status = GO_ON;
  for (int i = first; i < argc && status == GO_ON; i++) {
    const char *a = argv[i];
    if (options_done || a[0] != '-' || !a[1])
      status = operand(c, a);
    else if (!strcmp(a, "--"))
      options_done = 1;
    else
      status = option_at(c, argc, argv, &i);
  }
  return status;
}

/* ---- the commands ---- */

static int compare_run(cli *c) {
  cd_baseline bl = CD_BASELINE_INIT;
  pager pg = {NULL, 0};
  int status, tty;
  cd_error err;
  memset(&err, 0, sizeof err);
  if (c->nfiles < 2)
    return usage(c, "%s",
                 c->nfiles ? "need at least one source after the summary"
                           : "need a summary and at least one source");
  if (!c->ndirs) c->dirs[c->ndirs++] = default_rules();
  c->opt.rules_dirs = c->dirs;
  c->opt.nrules_dirs = c->ndirs;
  if (c->color == CD_COLOR_AUTO) {
    const char *term = getenv("TERM"), *nc = getenv("NO_COLOR");
    c->opt.color = isatty(STDOUT_FILENO) && !(term && !strcmp(term, "dumb")) && !(nc && *nc);
  } else {
    c->opt.color = c->color == CD_COLOR_ALWAYS;
  }
  if (c->baseline && cd_baseline_read(&bl, c->baseline, &err) < 0) return die(&err);
  if (c->baseline) c->opt.baseline = &bl;
  /* on a terminal, a person reads: agreements folded away, quotes
   * wrapped to the terminal, a pager */
  tty = c->opt.format == CD_FORMAT_TEXT && isatty(STDOUT_FILENO);
  if (tty && !c->show) c->opt.show = CD_KINDS_ALL & ~CD_KIND_BIT(CD_FIND_AGREEMENT);
  if (tty) c->opt.width = terminal_width() - 1; /* the last column left free: some terminals wrap at it */
  if (tty && !c->no_pager && start_pager(&pg) == 0) {
    if (cd_run(&c->opt, c->files, c->nfiles, write_pager, &pg, &status, &err) < 0) status = die(&err);
    pclose(pg.in);
  } else if (cd_run(&c->opt, c->files, c->nfiles, write_stdout, NULL, &status, &err) < 0) {
    status = die(&err);
  }
  cd_baseline_dispose(&bl);
  return status;
}

static int write_buf(const char *data, size_t len, void *payload) {
  return cd_buf_put(payload, data, len);
}

/* b into the file path, through a temporary file renamed into place, so
 * that a reader sees the old file or the new one: 0, or -1 (errno set). */
static int write_file(const char *path, const cd_buf *b) {
  char tmp[4200];
  FILE *f;
  int ok;
  if (snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid()) >= (int)sizeof tmp)
    return errno = ENAMETOOLONG, -1;
  if (!(f = fopen(tmp, "wb"))) return -1;
  ok = fwrite(b->ptr, 1, b->len, f) == b->len;
  ok = fclose(f) == 0 && ok;
  if (ok && rename(tmp, path) == 0) return 0;
  remove(tmp);
  return -1;
}

/* baseline write FILE SUMMARY SOURCE...: the comparison's findings into
 * FILE, the notes of the FILE there was kept. */
static int baseline_run(cli *c) {
  cd_baseline old = CD_BASELINE_INIT;
  cd_buf out = CD_BUF_INIT;
  const char *file;
  cd_error err;
  size_t lines = 0;
  int status;
  memset(&err, 0, sizeof err);
  if (c->nfiles < 4 || strcmp(c->files[0], "write"))
    return usage(c, "%s", "usage: claimdiff baseline write FILE SUMMARY SOURCE...");
  file = c->files[1];
  if (!c->ndirs) c->dirs[c->ndirs++] = default_rules();
  c->opt.rules_dirs = c->dirs;
  c->opt.nrules_dirs = c->ndirs;
  c->opt.format = CD_FORMAT_BASELINE;
  c->opt.note = c->note;
  if (access(file, F_OK) == 0 && cd_baseline_read(&old, file, &err) < 0) return die(&err);
  c->opt.baseline = &old;
  if (cd_run(&c->opt, c->files + 2, c->nfiles - 2, write_buf, &out, &status, &err) < 0) {
    status = die(&err);
  } else if (out.error || write_file(file, &out) < 0) {
    cd_error_set(&err, CD_EIO, file, 0, 0, -1, "cannot write the baseline: %s",
                 out.error ? "out of memory" : strerror(errno));
    status = die(&err);
  } else {
    for (size_t i = 0; i < out.len; i++) lines += out.ptr[i] == '\n';
    lines -= 2; /* the two lines of comment at the top */
    fprintf(stderr, "baseline: %zu finding%s written to %s\n", lines, lines == 1 ? "" : "s", file);
    status = CD_EXIT_OK;
  }
  cd_baseline_dispose(&old);
  cd_buf_dispose(&out);
  return status;
}

static int check_rules_run(cli *c) {
  cd_engine *e = NULL;
  cd_error err;
  cd_buf report = CD_BUF_INIT, names = CD_BUF_INIT;
  size_t failed, total, errors, warnings, keyed = 0;
  int error;
  memset(&err, 0, sizeof err);
  if (!c->ndirs) c->dirs[c->ndirs++] = default_rules();
  if (cd_engine_new(&e, c->dirs, c->ndirs, &err) < 0) return die(&err);
  if ((error = cd_check_rules(e, &report, &errors, &warnings)) < 0 ||
      (error = cd_check_examples(e, &report, &failed, &total, &err)) < 0) {
    cd_buf_dispose(&report);
    cd_engine_free(e);
    cd_error_set(&err, error, c->dirs[0], 0, 0, -1, "out of memory");
    return die(&err);
  }
  for (size_t i = 0; i < c->ndirs; i++) cd_buf_printf(&names, "%s%s", i ? " + " : "", c->dirs[i]);
  for (size_t i = 0; i < e->rs->npredicates; i++) keyed += e->rs->predicates[i].key != 0;
  fputs(report.ptr, stdout);
  printf("%s: %zu entities, %zu predicates (%zu with key roles), %zu cues, %zu boilerplate rules; "
         "%zu errors, %zu warnings; examples: %zu passed, %zu failed\n",
         names.ptr, e->rs->nentities, e->rs->npredicates, keyed, e->rs->ncues, e->rs->nbp, errors, warnings,
         total - failed, failed);
  cd_buf_dispose(&report);
  cd_buf_dispose(&names);
  cd_engine_free(e);
  return failed || errors ? CD_EXIT_TROUBLE : CD_EXIT_OK;
}

/* extract: what the rules make of one document, sentence by sentence. */
static int extract_run(cli *c) {
  const char *file = c->nfiles ? c->files[0] : NULL;
  int status = CD_EXIT_OK;
  cd_engine *e = NULL;
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  cd_buf b = CD_BUF_INIT;
  memset(&err, 0, sizeof err);
  cd_buf_sink(&b, write_stdout, NULL);
  if (!file) return usage(c, "%s", "extract needs a FILE");
  if (!c->ndirs) c->dirs[c->ndirs++] = default_rules();
  if (cd_engine_new(&e, c->dirs, c->ndirs, &err) < 0 ||
      cd_doc_load(&doc, file, CD_DEFAULT_MAX_FILE_BYTES, &err) < 0 ||
      cd_extract_doc_lean(&ex, e, doc, &c->date, &err) < 0) { /* the report reads no normalised text */
    status = die(&err);
  } else if ((c->opt.format == CD_FORMAT_JSON ? cd_render_extract_json(&b, ex)
                                              : cd_render_extract_text(&b, ex)) < 0 ||
             cd_buf_flush(&b) < 0) {
    if (b.error == CD_EIO)
      cd_error_set(&err, CD_EIO, "<stdout>", 0, 0, -1, "write error");
    else
      cd_error_set(&err, CD_ENOMEM, doc->path, 0, 0, -1, "out of memory");
    status = die(&err);
  }
  cd_buf_dispose(&b);
  cd_extraction_free(ex);
  cd_doc_free(doc);
  cd_engine_free(e);
  return status;
}

/* Standard input, whole, at most CD_DEFAULT_MAX_FILE_BYTES. */
static int read_stdin(cd_buf *in, cd_error *err) {
  char chunk[65536];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0)
    if (in->len + got > CD_DEFAULT_MAX_FILE_BYTES || cd_buf_put(in, chunk, got) < 0)
      return cd_error_set(err, CD_ELIMIT, "<stdin>", 0, 0, -1, "input over %zu bytes",
                          (size_t)CD_DEFAULT_MAX_FILE_BYTES);
  return 0;
}

/* values: the values of standard input, one JSON object (or text line) a
 * value. */
static int values_run(cli *c) {
  cd_buf in = CD_BUF_INIT, out = CD_BUF_INIT;
  cd_text_values tv = {NULL, 0, NULL, 0, NULL, CD_ARENA_INIT};
  cd_ruleset *rs = NULL;
  cd_error err;
  int status = CD_EXIT_OK;
  memset(&err, 0, sizeof err);
  cd_buf_sink(&out, write_stdout, NULL);
  if (!c->ndirs) c->dirs[c->ndirs++] = default_rules();
  if (cd_rules_load_dirs(&rs, c->dirs, c->ndirs, &err) < 0 || read_stdin(&in, &err) < 0 ||
      cd_run_values(&tv, "<stdin>", in.ptr, in.len, &c->date, &rs->units, &err) < 0) {
    status = die(&err);
  } else if ((c->opt.format == CD_FORMAT_TEXT ? cd_render_values_text(&out, &tv)
                                              : cd_render_values_json(&out, &tv)) < 0 ||
             cd_buf_flush(&out) < 0) {
    if (out.error == CD_EIO)
      cd_error_set(&err, CD_EIO, "<stdout>", 0, 0, -1, "write error");
    else
      cd_error_set(&err, CD_ENOMEM, "<stdin>", 0, 0, -1, "out of memory");
    status = die(&err);
  }
  cd_run_values_dispose(&tv);
  cd_rules_free(rs);
  cd_buf_dispose(&in);
  cd_buf_dispose(&out);
  return status;
}

/* batch: each story's JSON line on standard output, the total on
 * standard error; the exit status the worst story's. */
static int batch_run(cli *c) {
  cd_stories st = CD_STORIES_INIT;
  cd_batch_total t;
  cd_error err;
  int status = CD_EXIT_OK;
  memset(&err, 0, sizeof err);
  if (!c->nfiles) return usage(c, "%s", "batch: name a story directory, a shelf of them or a manifest");
  if (!c->ndirs) c->dirs[c->ndirs++] = default_rules();
  c->opt.rules_dirs = c->dirs;
  c->opt.nrules_dirs = c->ndirs;
  for (size_t i = 0; i < c->nfiles && status == CD_EXIT_OK; i++)
    if (cd_stories_add(&st, c->files[i], &err) < 0) status = die(&err);
  if (status == CD_EXIT_OK &&
      cd_batch_run(&c->opt, &st, c->jobs ? c->jobs : 1, c->out_dir, write_stdout, NULL, &t, &err) < 0)
    status = die(&err);
  if (status == CD_EXIT_OK) {
    fprintf(stderr,
            "batch: %zu stories: %zu exit 0, %zu exit 1, %zu exit 2; findings: %zu contradictions, "
            "%zu unsupported, %zu omissions, %zu agreements\n",
            t.stories, t.by_status[0], t.by_status[1], t.by_status[2], t.counts[CD_FIND_CONTRADICTION],
            t.counts[CD_FIND_UNSUPPORTED], t.counts[CD_FIND_OMISSION], t.counts[CD_FIND_AGREEMENT]);
    status = t.by_status[2] ? CD_EXIT_TROUBLE : t.by_status[1] ? CD_EXIT_FINDINGS : CD_EXIT_OK;
  }
  cd_stories_free(&st);
  return status;
}

static const option compare_options[] = {{"--rules", NULL, 1, set_rules},
                                         {"--format", NULL, 1, set_format},
                                         {"--color", NULL, 1, set_color},
                                         {"--fail-on", NULL, 1, set_fail_on},
                                         {"--date", NULL, 1, set_date},
                                         {"--max-bytes", NULL, 1, set_max_bytes},
                                         {"--explain", NULL, 0, set_explain},
                                         {"--baseline", NULL, 1, set_baseline},
                                         {"--show", NULL, 1, set_show},
                                         {"--no-pager", NULL, 0, set_no_pager},
                                         {"--help", "-h", 0, set_help},
                                         {"--version", NULL, 0, set_version},
                                         {NULL, NULL, 0, NULL}};
static const option check_rules_options[] = {{"--help", "-h", 0, set_help}, {NULL, NULL, 0, NULL}};
static const option extract_options[] = {{"--rules", NULL, 1, set_rules},
                                         {"--date", NULL, 1, set_date},
                                         {"--format", NULL, 1, set_format},
                                         {"--help", "-h", 0, set_help},
                                         {NULL, NULL, 0, NULL}};
static const option values_options[] = {{"--rules", NULL, 1, set_rules},
                                        {"--date", NULL, 1, set_date},
                                        {"--format", NULL, 1, set_format},
                                        {"--help", "-h", 0, set_help},
                                        {NULL, NULL, 0, NULL}};

static const option baseline_options[] = {
    {"--rules", NULL, 1, set_rules}, {"--date", NULL, 1, set_date}, {"--max-bytes", NULL, 1, set_max_bytes},
    {"--note", NULL, 1, set_note},   {"--help", "-h", 0, set_help}, {NULL, NULL, 0, NULL}};
static const option batch_options[] = {
    {"--rules", NULL, 1, set_rules}, {"--fail-on", NULL, 1, set_fail_on},
    {"--date", NULL, 1, set_date},   {"--max-bytes", NULL, 1, set_max_bytes},
    {"--jobs", "-j", 1, set_jobs},   {"--out", NULL, 1, set_out},
    {"--help", "-h", 0, set_help},   {NULL, NULL, 0, NULL}};

/* compare first: it runs when argv[1] names no other command */
static const command commands[] = {
    {NULL, usage_text, compare_options, CD_FORMAT_TEXT, 1, compare_operand, compare_run},
    {"check-rules", check_rules_help, check_rules_options, CD_FORMAT_TEXT, 0, check_rules_operand,
     check_rules_run},
    {"extract", extract_help, extract_options, CD_FORMAT_TEXT, 1, extract_operand, extract_run},
    {"values", values_help, values_options, CD_FORMAT_JSON, 0, values_operand, values_run},
    {"batch", batch_help, batch_options, CD_FORMAT_JSON, 0, batch_operand, batch_run},
    {"baseline", baseline_help, baseline_options, CD_FORMAT_BASELINE, 0, compare_operand, baseline_run},
};

int main(int argc, char **argv) {
  const command *cmd = &commands[0];
  cli c = {NULL, CD_OPTIONS_INIT, CD_COLOR_AUTO, {0, 0, 0}, NULL, 0, NULL, 0, 0, 0, NULL, NULL, 0, 0, NULL};
  int first = 1, status;
  cd_pages_start();
  for (size_t k = 1; k < sizeof commands / sizeof *commands; k++)
    if (argc > 1 && !strcmp(argv[1], commands[k].name)) cmd = &commands[k], first = 2;
  c.cmd = cmd;
  c.opt.format = cmd->format;
  c.dirs = calloc((size_t)argc + 1, sizeof *c.dirs);
  c.files = calloc((size_t)argc + 1, sizeof *c.files);
  if (!c.dirs || !c.files) {
    fputs("claimdiff: out of memory\n", stderr);
    status = CD_EXIT_TROUBLE;
  } else if ((status = parse(&c, argc, argv, first)) == GO_ON) {
    status = cmd->run(&c);
  }
  free(c.dirs);
  free(c.files);
  return status;
}
