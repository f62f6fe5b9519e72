/* main.c: the command line. argv -> cd_options -> library -> exit status.
 *
 *   claimdiff [options] SUMMARY SOURCE...      compare (exit 0, 1 or 2)
 *   claimdiff check-rules [DIR]                validate rules, run examples
 *
 * Only this file calls exit(); statuses are CD_EXIT_* (claimdiff.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "calendar.h"
#include "check.h"
#include "claimdiff.h"
#include "doc.h"
#include "extract.h"
#include "render.h"
#include "run.h"

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
    "modality, speaker and the rule (file:line) that made it.\n"
    "\n"
    "  --rules DIR        rule directory; repeat to add a story's own rules\n"
    "  --date YYYY-MM-DD  the document's date when its front matter has none\n"
    "  --format text|json text (default) or one JSON object\n";

static const char values_help[] =
    "usage: claimdiff values [--lang zh|en|auto] [--date YYYY-MM-DD] [--format text|json]\n"
    "\n"
    "Reads text from standard input and prints one JSON object per value found\n"
    "(amounts, counts, percentages, ratios, dates), a line each:\n"
    "  {\"line\": 1, \"start\": 0, \"end\": 12, \"kind\": \"money\", \"text\": \"55亿美元\",\n"
    "   \"value\": \"5500000000 USD\", \"approx\": false}\n"
    "start and end are byte offsets into that input line. Ranges print as\n"
    "\"lo..hi\"; a relative date with no --date prints \"value\": null and\n"
    "\"unresolved\": the cue. Both languages are read in any text; --lang only\n"
    "says what the text is (auto, the default, looks).\n"
    "\n"
    "With --format text, one line a value instead:\n"
    "  1:0-12  money  55亿美元  5500000000 USD\n"
    "(line:start-end, kind, text, value; \"approx\" after an approximate one).\n"
    "\n"
    "  --date YYYY-MM-DD  the date that \"Thursday\", \"last month\", 上周四 count from\n"
    "  --format text|json json (default) or one readable line a value\n";

static const char usage_text[] =
    "usage: claimdiff [options] SUMMARY SOURCE...\n"
    "       claimdiff check-rules [DIR]...\n"
    "       claimdiff extract [--rules DIR]... [--date YYYY-MM-DD] [--format text|json] FILE\n"
    "       claimdiff values [--lang zh|en|auto] [--date YYYY-MM-DD] < TEXT\n"
    "\n"
    "Compares a summary (first file) with its source articles, claim by claim.\n"
    "\n"
    "  --rules DIR            rule directory (default: $CLAIMDIFF_RULES, else\n"
    "                         " CD_RULES_DIR "); give it again to add a story's\n"
    "                         own rules to the shipped ones\n"
    "  --format text|json     report format (default: text)\n"
    "  --color auto|always|never\n"
    "                         colour the text report (auto: on a terminal, unless\n"
    "                         NO_COLOR is set or TERM is dumb)\n"
    "  --fail-on LEVEL        exit 1 when a finding at or above LEVEL exists:\n"
    "                         contradiction (default), omission (or contradiction),\n"
    "                         unsupported (any of the three), none\n"
    "  --date YYYY-MM-DD      date of documents whose front matter has none\n"
    "  --max-bytes N          refuse input files larger than N bytes (default 64 MiB)\n"
    "  --explain              under each finding, why: the rules that matched, the\n"
    "                         entities that aligned the claims, the values compared\n"
    "  -h, --help             this help\n"
    "  --version              the version\n"
    "\n"
    "Exit status: 0 nothing at or above the level, 1 findings, 2 trouble.\n"
    "claimdiff COMMAND --help describes check-rules and extract; man claimdiff\n"
    "has the whole manual.\n";

static int die(const cd_error *err) {
  char msg[1200];
  fprintf(stderr, "claimdiff: %s\n", cd_error_format(err, msg, sizeof msg));
  return CD_EXIT_TROUBLE;
}

static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "claimdiff: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nUse claimdiff --help for help.\n");
  return CD_EXIT_TROUBLE;
}

static int write_stdout(const char *data, size_t len, void *payload) {
  (void)payload;
  return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0 ? 0 : -1;
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
      strcpy(slash, "/../share/claimdiff/rules");
      if (stat(installed, &st) == 0 && S_ISDIR(st.st_mode)) return installed;
    }
  }
  return CD_RULES_DIR;
}

static int valid_date_arg(const char *s) {
  cd_date d;
  return cd_calendar_parse(&d, s, strlen(s));
}

static int check_rules(int argc, char **argv) {
  const char *dirs[16];
  size_t ndirs = 0;
  cd_engine *e = NULL;
  cd_error err;
  cd_buf report = CD_BUF_INIT, names = CD_BUF_INIT;
  size_t failed, total, errors, warnings;
  int error;
  memset(&err, 0, sizeof err);
  for (int i = 2; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      fputs(check_rules_help, stdout);
      return CD_EXIT_OK;
    }
    if (argv[i][0] == '-') return usage_error("check-rules: unknown option '%s'", argv[i]);
    if (ndirs == 16) return usage_error("%s", "check-rules: at most 16 directories");
    dirs[ndirs++] = argv[i];
  }
  if (!ndirs) dirs[ndirs++] = default_rules();
  if ((error = cd_engine_new(&e, dirs, ndirs, &err)) < 0) return die(&err);
  if ((error = cd_check_rules(e->rs, &report, &errors, &warnings)) < 0 ||
      (error = cd_check_examples(e, &report, &failed, &total, &err)) < 0) {
    cd_buf_dispose(&report);
    cd_engine_free(e);
    cd_error_set(&err, error, dirs[0], 0, 0, -1, "out of memory");
    return die(&err);
  }
  for (size_t i = 0; i < ndirs; i++) cd_buf_printf(&names, "%s%s", i ? " + " : "", dirs[i]);
  fputs(report.ptr, stdout);
  printf("%s: %zu entities, %zu predicates, %zu cues, %zu boilerplate rules; "
         "%zu errors, %zu warnings; examples: %zu passed, %zu failed\n",
         names.ptr, e->rs->nentities, e->rs->npredicates, e->rs->ncues, e->rs->nbp, errors, warnings,
         total - failed, failed);
  cd_buf_dispose(&report);
  cd_buf_dispose(&names);
  cd_engine_free(e);
  return failed || errors ? CD_EXIT_TROUBLE : CD_EXIT_OK;
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
static int values_cmd(int argc, char **argv) {
  cd_date date = {0, 0, 0};
  cd_buf in = CD_BUF_INIT, out = CD_BUF_INIT;
  cd_text_values tv = {NULL, 0, NULL, 0};
  cd_error err;
  int status = CD_EXIT_OK, json = 1;
  memset(&err, 0, sizeof err);
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      fputs(values_help, stdout);
      return CD_EXIT_OK;
    } else if (!strcmp(a, "--date") && v) {
      if (!cd_calendar_parse(&date, v, strlen(v)))
        return usage_error("--date must be YYYY-MM-DD, not '%s'", v);
      i++;
    } else if (!strcmp(a, "--lang") && v) {
      if (strcmp(v, "zh") && strcmp(v, "en") && strcmp(v, "auto"))
        return usage_error("--lang must be zh, en or auto, not '%s'", v);
      i++;
    } else if (!strcmp(a, "--format") && v) {
      if (strcmp(v, "text") && strcmp(v, "json"))
        return usage_error("--format must be text or json, not '%s'", v);
      json = !strcmp(v, "json");
      i++;
    } else {
      return usage_error("values: unexpected argument '%s'", a);
    }
  }
  if (read_stdin(&in, &err) < 0 || cd_run_values(&tv, "<stdin>", in.ptr, in.len, &date, &err) < 0) {
    status = die(&err);
  } else if ((json ? cd_render_values_json(&out, &tv) : cd_render_values_text(&out, &tv)) < 0) {
    cd_error_set(&err, CD_ENOMEM, "<stdin>", 0, 0, -1, "out of memory");
    status = die(&err);
  } else {
    fputs(out.ptr, stdout);
  }
  cd_run_values_dispose(&tv);
  cd_buf_dispose(&in);
  cd_buf_dispose(&out);
  return status;
}

/* extract: what the rules make of one document, sentence by sentence. */
static int extract_cmd(int argc, char **argv) {
  const char *dirs[16], *file = NULL;
  cd_date date = {0, 0, 0};
  size_t ndirs = 0;
  int json = 0, status = CD_EXIT_OK;
  cd_engine *e = NULL;
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  cd_buf b = CD_BUF_INIT;
  memset(&err, 0, sizeof err);
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      fputs(extract_help, stdout);
      return CD_EXIT_OK;
    } else if (!strcmp(a, "--rules") && v) {
      if (ndirs == 16) return usage_error("%s", "extract: at most 16 --rules");
      dirs[ndirs++] = v;
      i++;
    } else if (!strcmp(a, "--date") && v) {
      if (!cd_calendar_parse(&date, v, strlen(v)))
        return usage_error("--date must be YYYY-MM-DD, not '%s'", v);
      i++;
    } else if (!strcmp(a, "--format") && v) {
      if (strcmp(v, "text") && strcmp(v, "json"))
        return usage_error("--format must be text or json, not '%s'", v);
      json = !strcmp(v, "json");
      i++;
    } else if (a[0] == '-' && a[1]) {
      return usage_error("extract: unknown option '%s'", a);
    } else if (file) {
      return usage_error("extract takes one FILE, not also '%s'", a);
    } else {
      file = a;
    }
  }
  if (!file) return usage_error("%s", "extract needs a FILE");
  if (!ndirs) dirs[ndirs++] = default_rules();
  if (cd_engine_new(&e, dirs, ndirs, &err) < 0 ||
      cd_doc_load(&doc, file, CD_DEFAULT_MAX_FILE_BYTES, &err) < 0 ||
      cd_extract_doc(&ex, &e->x, doc, &date, &err) < 0) {
    status = die(&err);
    goto done;
  }
  if ((json ? cd_render_extract_json(&b, ex, e->rs) : cd_render_extract_text(&b, ex, e->rs)) < 0) {
    cd_error_set(&err, CD_ENOMEM, file, 0, 0, -1, "out of memory");
    status = die(&err);
    goto done;
  }
  fputs(b.ptr, stdout);
done:
  cd_buf_dispose(&b);
  cd_extraction_free(ex);
  cd_doc_free(doc);
  cd_engine_free(e);
  return status;
}

int main(int argc, char **argv) {
  cd_options opt = CD_OPTIONS_INIT;
  cd_color color = CD_COLOR_AUTO;
  const char **paths, **dirs;
  size_t npaths = 0, ndirs = 0;
  cd_error err;
  int status, i;

  memset(&err, 0, sizeof err);
  if (argc > 1 && !strcmp(argv[1], "check-rules")) return check_rules(argc, argv);
  if (argc > 1 && !strcmp(argv[1], "extract")) return extract_cmd(argc, argv);
  if (argc > 1 && !strcmp(argv[1], "values")) return values_cmd(argc, argv);
  paths = calloc((size_t)argc, sizeof *paths);
  dirs = calloc((size_t)argc + 1, sizeof *dirs);
  if (!paths || !dirs) {
    status = CD_EXIT_TROUBLE;
    goto done;
  }
  for (i = 1; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    int takes = !strcmp(a, "--rules") || !strcmp(a, "--format") || !strcmp(a, "--color") ||
                !strcmp(a, "--fail-on") || !strcmp(a, "--date") || !strcmp(a, "--max-bytes");
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_text, stdout);
      status = CD_EXIT_OK;
      goto done;
    }
    if (!strcmp(a, "--explain")) {
      opt.explain = 1;
      continue;
    }
    if (!strcmp(a, "--version")) {
      printf("claimdiff %s\n", CD_VERSION);
      status = CD_EXIT_OK;
      goto done;
    }
    if (!strcmp(a, "--")) {
      for (i++; i < argc; i++) paths[npaths++] = argv[i];
      break;
    }
    if (takes && !v) {
      status = usage_error("option '%s' needs a value", a);
      goto done;
    }
    if (!strcmp(a, "--rules")) {
      dirs[ndirs++] = v;
    } else if (!strcmp(a, "--format")) {
      if (!strcmp(v, "text"))
        opt.format = CD_FORMAT_TEXT;
      else if (!strcmp(v, "json"))
        opt.format = CD_FORMAT_JSON;
      else {
        status = usage_error("--format must be text or json, not '%s'", v);
        goto done;
      }
    } else if (!strcmp(a, "--color")) {
      if (!strcmp(v, "auto"))
        color = CD_COLOR_AUTO;
      else if (!strcmp(v, "always"))
        color = CD_COLOR_ALWAYS;
      else if (!strcmp(v, "never"))
        color = CD_COLOR_NEVER;
      else {
        status = usage_error("--color must be auto, always or never, not '%s'", v);
        goto done;
      }
    } else if (!strcmp(a, "--fail-on")) {
      if (!strcmp(v, "contradiction"))
        opt.fail_on = CD_FAIL_CONTRADICTION;
      else if (!strcmp(v, "omission"))
        opt.fail_on = CD_FAIL_OMISSION;
      else if (!strcmp(v, "unsupported"))
        opt.fail_on = CD_FAIL_UNSUPPORTED;
      else if (!strcmp(v, "none"))
        opt.fail_on = CD_FAIL_NONE;
      else {
        status = usage_error("--fail-on must be contradiction, omission, unsupported or none, "
                             "not '%s'",
                             v);
        goto done;
      }
    } else if (!strcmp(a, "--date")) {
      if (!valid_date_arg(v)) {
        status = usage_error("--date must be YYYY-MM-DD, not '%s'", v);
        goto done;
      }
      opt.date = v;
    } else if (!strcmp(a, "--max-bytes")) {
      char *end;
      unsigned long long n = strtoull(v, &end, 10);
      if (*end || n == 0 || v[0] == '-' || v[0] == '+') {
        status = usage_error("--max-bytes must be a positive number, not '%s'", v);
        goto done;
      }
      opt.max_file_bytes = (size_t)n;
    } else if (a[0] == '-' && a[1]) {
      status = usage_error("unknown option '%s'", a);
      goto done;
    } else {
      paths[npaths++] = a;
      continue;
    }
    i++; /* the option's value */
  }
  if (npaths < 2) {
    status = usage_error("%s", npaths ? "need at least one source after the summary"
                                      : "need a summary and at least one source");
    goto done;
  }
  if (!ndirs) dirs[ndirs++] = default_rules();
  opt.rules_dirs = dirs;
  opt.nrules_dirs = ndirs;
  if (color == CD_COLOR_AUTO) {
    const char *term = getenv("TERM"), *nc = getenv("NO_COLOR");
    opt.color = isatty(STDOUT_FILENO) && !(term && !strcmp(term, "dumb")) && !(nc && *nc);
  } else {
    opt.color = color == CD_COLOR_ALWAYS;
  }
  if (cd_run(&opt, paths, npaths, write_stdout, NULL, &status, &err) < 0) status = die(&err);
done:
  free(paths);
  free(dirs);
  return status;
}
