/* main.c: the command line. argv -> cd_options -> library -> exit status.
 *
 *   claimdiff [options] SUMMARY SOURCE...      compare (exit 0, 1 or 2)
 *   claimdiff check-rules [DIR]                validate rules, run examples
 *
 * Only this file calls exit(); statuses are CD_EXIT_* (claimdiff.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "check.h"
#include "claimdiff.h"
#include "doc.h"
#include "extract.h"
#include "run.h"
#include "values.h"

#ifndef CD_RULES_DIR
#define CD_RULES_DIR "rules"
#endif

static const char usage_text[] =
    "usage: claimdiff [options] SUMMARY SOURCE...\n"
    "       claimdiff check-rules [DIR]\n"
    "       claimdiff extract [--rules DIR]... [--date YYYY-MM-DD] FILE\n"
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
    "  -h, --help             this help\n"
    "  --version              the version\n"
    "\n"
    "Exit status: 0 nothing at or above the level, 1 findings, 2 trouble.\n";

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

static const char *default_rules(void) {
  const char *env = getenv("CLAIMDIFF_RULES");
  return env && *env ? env : CD_RULES_DIR;
}

static int valid_date_arg(const char *s) {
  if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
      return 0;
  return 1;
}

static int check_rules(int argc, char **argv) {
  const char *dir = argc > 2 ? argv[2] : default_rules();
  cd_engine *e = NULL;
  cd_error err;
  cd_buf report = CD_BUF_INIT;
  size_t failed, total, errors, warnings;
  int error;
  memset(&err, 0, sizeof err);
  if (argc > 3)
    return usage_error("check-rules takes one directory, not '%s'", argv[3]);
  if ((error = cd_engine_new(&e, &dir, 1, &err)) < 0)
    return die(&err);
  if ((error = cd_check_rules(e->rs, &report, &errors, &warnings)) < 0 ||
      (error = cd_check_examples(e, &report, &failed, &total, &err)) < 0) {
    cd_buf_dispose(&report);
    cd_engine_free(e);
    cd_error_set(&err, error, dir, 0, 0, -1, "out of memory");
    return die(&err);
  }
  fputs(report.ptr, stdout);
  printf("%s: %zu entities, %zu predicates, %zu cues, %zu boilerplate rules; "
         "%zu errors, %zu warnings; examples: %zu passed, %zu failed\n",
         dir, e->rs->nentities, e->rs->npredicates, e->rs->ncues, e->rs->nbp, errors, warnings,
         total - failed, failed);
  cd_buf_dispose(&report);
  cd_engine_free(e);
  return failed || errors ? CD_EXIT_TROUBLE : CD_EXIT_OK;
}

/* extract: what the rules make of one document, sentence by sentence. */
static int extract_cmd(int argc, char **argv) {
  const char *dirs[16], *file = NULL, *date = NULL;
  size_t ndirs = 0;
  cd_engine *e = NULL;
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  cd_buf b = CD_BUF_INIT;
  char val[96];
  int status = CD_EXIT_OK;
  memset(&err, 0, sizeof err);
  for (int i = 2; i < argc; i++) {
    if (!strcmp(argv[i], "--rules") && i + 1 < argc && ndirs < 16)
      dirs[ndirs++] = argv[++i];
    else if (!strcmp(argv[i], "--date") && i + 1 < argc && valid_date_arg(argv[i + 1]))
      date = argv[++i];
    else if (argv[i][0] == '-' || file)
      return usage_error("extract: unexpected argument '%s'", argv[i]);
    else
      file = argv[i];
  }
  if (!file)
    return usage_error("%s", "extract needs a FILE");
  if (!ndirs)
    dirs[ndirs++] = default_rules();
  if (cd_engine_new(&e, dirs, ndirs, &err) < 0 ||
      cd_doc_load(&doc, file, CD_DEFAULT_MAX_FILE_BYTES, &err) < 0 ||
      cd_extract_doc(&ex, &e->x, doc, date, &err) < 0) {
    status = die(&err);
    goto done;
  }
  for (size_t l = 0; l < ex->nlines; l++) {
    const cd_line *ln = &ex->lines[l];
    int line, col;
    if (!ln->dropped || ln->nend == ln->nstart)
      continue;
    cd_doc_position(doc, ex->norm.map[ln->nstart], &line, &col);
    cd_buf_printf(&b, "%s:%d: dropped by %s:%d (%s)\n", file, line, e->rs->bp[ln->rule].file,
                  e->rs->bp[ln->rule].line, e->rs->bp[ln->rule].id);
  }
  for (size_t si = 0; si < ex->nsentences; si++) {
    const cd_sentence *sn = &ex->sentences[si];
    int line, col;
    cd_doc_position(doc, sn->start, &line, &col);
    cd_buf_printf(&b, "\n%s:%d:%d: [%s] %.*s\n", file, line, col,
                  sn->lang == CD_LANG_ZH ? "zh" : "en", (int)(sn->end - sn->start),
                  doc->bytes + sn->start);
    for (size_t k = 0; k < ex->nclaims; k++) {
      const cd_claim *c = &ex->claims[k];
      if (c->sentence != (int)si)
        continue;
      cd_buf_printf(&b, "  claim %s", e->rs->predicates[c->predicate].id);
      for (size_t j = 0; j < c->nentities; j++)
        cd_buf_printf(&b, "%s%s", j ? "," : " [", e->rs->entities[c->entities[j]].id);
      if (c->nentities)
        cd_buf_putc(&b, ']');
      for (size_t j = 0; j < c->nvalues; j++)
        cd_buf_printf(&b, " %s", cd_value_format(&c->values[j], val, sizeof val));
      if (c->date.kind == CD_VALUE_DATE)
        cd_buf_printf(&b, " date=%s", cd_value_format(&c->date, val, sizeof val));
      cd_buf_printf(&b, " %s %s", cd_polarity_name(c->polarity), cd_modality_name(c->modality));
      if (c->attribution >= 0)
        cd_buf_printf(&b, " by=%s", e->rs->entities[c->attribution].id);
      if (c->borrowed)
        cd_buf_puts(&b, " (borrowed)");
      cd_buf_printf(&b, "  rule %s:%d\n", c->rule->file, c->rule->line);
    }
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
  if (argc > 1 && !strcmp(argv[1], "check-rules"))
    return check_rules(argc, argv);
  if (argc > 1 && !strcmp(argv[1], "extract"))
    return extract_cmd(argc, argv);
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
    if (!strcmp(a, "--version")) {
      printf("claimdiff %s\n", CD_VERSION);
      status = CD_EXIT_OK;
      goto done;
    }
    if (!strcmp(a, "--")) {
      for (i++; i < argc; i++)
        paths[npaths++] = argv[i];
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
                           "not '%s'", v);
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
      if (*end || n == 0) {
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
  if (!ndirs)
    dirs[ndirs++] = default_rules();
  opt.rules_dirs = dirs;
  opt.nrules_dirs = ndirs;
  if (color == CD_COLOR_AUTO) {
    const char *term = getenv("TERM"), *nc = getenv("NO_COLOR");
    opt.color = isatty(STDOUT_FILENO) && !(term && !strcmp(term, "dumb")) && !(nc && *nc);
  } else {
    opt.color = color == CD_COLOR_ALWAYS;
  }
  if (cd_run(&opt, paths, npaths, write_stdout, NULL, &status, &err) < 0)
    status = die(&err);
done:
  free(paths);
  free(dirs);
  return status;
}
