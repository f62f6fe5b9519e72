/* claimdiff.h: the public API of libclaimdiff.
 *
 * claimdiff compares a summary (often Chinese) with source articles (often
 * English) claim by claim. The library runs the pipeline
 *
 *   doc (load) -> norm -> trim -> segment -> extract -> align -> render
 *
 * and main.c is only a command line around cd_run(). Every function that can
 * fail returns 0 or a negative CD_E* code and fills the cd_error it is given
 * (path, 1-based line and column in code points, byte offset, message). */
#ifndef CLAIMDIFF_H
#define CLAIMDIFF_H

#include <stddef.h>

#define CD_VERSION "0.1.0"

/* Error codes: 0 is success, negatives are failures. */
enum {
  CD_OK = 0,
  CD_ENOMEM = -1, /* out of memory */
  CD_EIO = -2,    /* a file could not be read */
  CD_EUTF8 = -3,  /* input is not valid UTF-8, or has a NUL byte */
  CD_ERULES = -4, /* a rule file is broken */
  CD_ELIMIT = -5, /* input over a size limit */
  CD_EUSAGE = -6, /* bad arguments */
  CD_EINPUT = -7  /* input is empty or malformed (front matter, dates) */
};

/* Exit statuses of the command line (diff-like). */
#define CD_EXIT_OK       0 /* nothing at or above the --fail-on level */
#define CD_EXIT_FINDINGS 1 /* at least one finding at or above it */
#define CD_EXIT_TROUBLE  2 /* bad input, bad rules, bad arguments */

/* A located error. line and column are 1-based (0: unknown); column counts
 * code points. byte is the byte offset into the file, or -1 when unknown. */
typedef struct cd_error {
  int code;
  char path[512];
  int line;
  int column;
  long byte;
  char msg[512];
} cd_error;

/* cd_error_set: fills err (which may be NULL) and returns code, so callers
 * write `return cd_error_set(err, CD_EIO, path, 0, 0, -1, "...", ...)`. */
int cd_error_set(cd_error *err, int code, const char *path, int line, int column, long byte, const char *fmt,
                 ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* cd_error_format: "path:line:col: message" (parts that are unknown are
 * left out) into buf of size n. Returns buf. */
char *cd_error_format(const cd_error *err, char *buf, size_t n);

/* CD_FORMAT_BASELINE: the findings as a baseline file (baseline.h), the
 * notes of options.baseline kept, options.note for new ones. */
typedef enum {
  CD_FORMAT_TEXT = 0,
  CD_FORMAT_JSON,
  CD_FORMAT_BASELINE,
  CD_FORMAT_SARIF,
  CD_FORMAT_GITHUB,
  CD_FORMAT_JUNIT,
  CD_FORMAT_HTML
} cd_format;
typedef enum { CD_COLOR_AUTO = 0, CD_COLOR_ALWAYS, CD_COLOR_NEVER } cd_color;

/* Finding kinds, ordered by severity for --fail-on. */
typedef enum {
  CD_FIND_AGREEMENT = 0,
  CD_FIND_UNSUPPORTED,
  CD_FIND_OMISSION,
  CD_FIND_CONTRADICTION
} cd_finding_kind;

/* A set of kinds of finding, a bit a kind (CD_KIND_BIT(CD_FIND_OMISSION)):
 * what --fail-on counts, what --show shows. The levels of --fail-on's
 * single names are sets too, each kind at or above it. */
typedef unsigned cd_kinds;
#define CD_KIND_BIT(kind)     (1u << (kind))
#define CD_KINDS_ALL          0xFu
#define CD_FAIL_NONE          0u
#define CD_FAIL_CONTRADICTION CD_KIND_BIT(CD_FIND_CONTRADICTION)
#define CD_FAIL_OMISSION      (CD_FAIL_CONTRADICTION | CD_KIND_BIT(CD_FIND_OMISSION))
#define CD_FAIL_UNSUPPORTED   (CD_FAIL_OMISSION | CD_KIND_BIT(CD_FIND_UNSUPPORTED))

#define CD_DEFAULT_MAX_FILE_BYTES ((size_t)64 << 20)

typedef struct cd_options {
  const char *const *rules_dirs; /* directories of *.yaml rule files, loaded in order:
                                  * the shipped rules, then a story's own */
  size_t nrules_dirs;
  cd_format format;
  int color; /* 1: emit ANSI colour (decided by the caller) */
  cd_kinds fail_on;
  cd_kinds show;                      /* text: the kinds of finding shown (the counts are of all) */
  int width;                          /* text: the columns quotes wrap at, 0 for none */
  const char *date;                   /* "YYYY-MM-DD": date for documents without one, or NULL */
  size_t max_file_bytes;              /* larger inputs are an error (CD_ELIMIT) */
  int explain;                        /* text report: say under each finding why */
  const struct cd_baseline *baseline; /* findings to leave out (baseline.h), or NULL; for
                                         CD_FORMAT_BASELINE the notes to keep */
  const char *note;                   /* CD_FORMAT_BASELINE: a new finding's note, or NULL */
} cd_options;

typedef struct cd_baseline cd_baseline;

#define CD_OPTIONS_INIT                                                                                      \
  {                                                                                                          \
    NULL, 0, CD_FORMAT_TEXT, 0, CD_FAIL_CONTRADICTION, CD_KINDS_ALL, 0, NULL, CD_DEFAULT_MAX_FILE_BYTES, 0,  \
        NULL, NULL                                                                                           \
  }

/* cd_run: loads the rules and the documents (paths[0] the summary, the rest
 * sources), compares them and writes the report to out (text or JSON as
 * opt->format says) through the write callback. On success returns 0 and
 * sets *exit_status to CD_EXIT_OK or CD_EXIT_FINDINGS; on failure returns
 * a negative code with err filled, and nothing has been written. */
typedef int (*cd_write_fn)(const char *data, size_t len, void *payload);
int cd_run(const cd_options *opt, const char *const *paths, size_t npaths, cd_write_fn write, void *payload,
           int *exit_status, cd_error *err);

#endif
