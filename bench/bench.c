/* bench.c: claimdiff's speed and memory, for `make bench`.
 *
 * Each measurement runs in a child process (fork), so that its peak
 * resident memory (the child's own ru_maxrss) is its own; times are medians of
 * repeated runs inside that child (CLOCK_MONOTONIC). Inputs are built
 * here from data/ and rules/ (run from the repository root):
 *
 *   e2e       the H20 story end to end: rules loaded, five documents,
 *             report rendered (what `make demo` does, minus printing)
 *   rules     loading the shipped rules; and generated rule sets of
 *             10,000 and 100,000 entity aliases (with the shipped ones)
 *   extract   MB/s on English and on Chinese kept text (below) at 1, 4,
 *             16 and 64 MB (scaling: time per MB should stay flat), with
 *             the kept fraction; and on 4 MB with the 100,000-alias rules
 *   align     1,000 source documents on one story (the H20 sources over
 *             and over), alignment alone
 *   process   with --bin PATH (make bench passes build/rel/claimdiff):
 *             the program itself, as a user runs it: the H20 story cold
 *             and warm (process start, page faults and writing included),
 *             and `claimdiff extract` of 16 MB of kept text, each
 *             language (its peak is the process's, report included)
 *
 * bench --extract LANG BYTES prints the extract line of one language and
 * size alone; --extract-once LANG BYTES extracts once (for callgrind and
 * massif); --corpus LANG BYTES prints the corpus; --round LANG prints the
 * length of one round of it (every story file's kept text once); --e2e
 * prints the two end-to-end lines; --bin PATH --process the program's four
 * lines.
 */
#define _DEFAULT_SOURCE /* wait4: the peak of one child, not of every child waited for */
#include <fcntl.h>
#include <glob.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "align.h"
#include "buf.h"
#include "doc.h"
#include "extract.h"
#include "pages.h"
#include "render.h"
#include "run.h"
#include "segment.h"

static const cd_date aug1 = {2025, 8, 1};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void die(const cd_error *err) {
  char msg[1200];
  fprintf(stderr, "bench: %s\n", cd_error_format(err, msg, sizeof msg));
  exit(2);
}

/* ---- kept text: what extraction actually reads ----
 *
 * The corpora are article bodies with their furniture cut: every story file
 * of data/, eval/stories/ and ../shared/eval/stories/ (when present) in the
 * language asked, run through claimdiff's own trimming and segmenting, and
 * only its sentences kept (a blank line between paragraphs). That text,
 * repeated to the size asked, is what is timed; the kept fraction printed
 * beside each figure is measured again on the corpus itself, so a figure
 * never measures dropping. */

static const char *const story_globs[] = {"data/*/", "eval/stories/*/", "../shared/eval/stories/*/"};

static void put_kept(cd_buf *b, const cd_engine *e, const char *path) {
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  int para = -1;
  if (cd_doc_load(&doc, path, 1 << 24, &err) < 0 || cd_extract_doc(&ex, e, doc, &aug1, &err) < 0) die(&err);
  for (size_t i = 0; i < ex->nsentences; i++) {
    const cd_sentence *s = &ex->sentences[i];
    if (s->paragraph != para && para >= 0)
      cd_buf_puts(b, "\n\n");
    else if (para >= 0 && s->lang == CD_LANG_EN)
      cd_buf_putc(b, ' ');
    para = s->paragraph;
    cd_buf_put(b, doc->bytes + s->span.start, s->span.end - s->span.start);
  }
  cd_buf_puts(b, "\n\n");
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* The kept text of every story file in lang ("en" or "zh"), once. */
static char *kept_text(const cd_engine *e, const char *lang, size_t *n) {
  cd_buf b = CD_BUF_INIT;
  char pat[64];
  for (size_t g = 0; g < sizeof story_globs / sizeof *story_globs; g++) {
    glob_t gl;
    snprintf(pat, sizeof pat, "%s*.%s*.txt", story_globs[g], lang);
    if (glob(pat, 0, NULL, &gl) != 0) continue;
    for (size_t i = 0; i < gl.gl_pathc; i++) put_kept(&b, e, gl.gl_pathv[i]);
    globfree(&gl);
  }
  *n = b.len;
  return cd_buf_detach(&b);
}

/* kept text repeated to about size bytes (cut at a paragraph end) */
static char *corpus(const cd_engine *e, const char *lang, size_t size, size_t *out_n) {
  size_t n;
  char *once = kept_text(e, lang, &n);
  cd_buf b = CD_BUF_INIT;
  if (n == 0) { /* no story file in lang: repeating nothing would never reach size */
    fprintf(stderr, "bench: no kept text in language '%s' (en or zh)\n", lang);
    exit(2);
  }
  while (b.len < size) {
    size_t k = n < size - b.len ? n : size - b.len;
    while (k < n && k > 2 && memcmp(once + k - 2, "\n\n", 2)) k--;
    cd_buf_put(&b, once, k);
    if (k < n) break;
  }
  free(once);
  *out_n = b.len;
  return cd_buf_detach(&b);
}

/* bytes of the document inside a sentence: what trimming kept */
static double kept_fraction(const cd_extraction *ex) {
  size_t kept = 0;
  for (size_t i = 0; i < ex->nsentences; i++) kept += ex->sentences[i].span.end - ex->sentences[i].span.start;
  return (double)kept / (double)(ex->doc->len ? ex->doc->len : 1);
}

/* a rule file of n generated entity aliases, none of which occurs in the
 * text (so that the cost measured is the lexicon's, not more claims) */
static void gen_rules(const char *dir, size_t n) {
  char path[512];
  FILE *f;
  snprintf(path, sizeof path, "mkdir -p %s", dir);
  if (system(path) != 0) exit(2);
  snprintf(path, sizeof path, "%s/zz-generated.yaml", dir);
  if (!(f = fopen(path, "w"))) exit(2);
  fprintf(f, "entities:\n");
  for (size_t i = 0; i < n; i += 10) {
    fprintf(f, "  - id: gen%zu\n    type: company\n    en: [", i);
    for (size_t k = 0; k < 10 && i + k < n; k++) fprintf(f, "%sZorblax Qit %zu", k ? ", " : "", i + k);
    fprintf(f, "]\n");
  }
  fclose(f);
  snprintf(path, sizeof path, "cp rules/*.yaml %s/", dir);
  if (system(path) != 0) exit(2);
}

static const char *const h20[] = {"data/h20/summary.zh.txt", "data/h20/000-ap.en.txt",
                                  "data/h20/001-qatar-tribune.en.txt", "data/h20/002-wccftech.en.txt",
                                  "data/h20/003-techblog.en.txt"};
/* ---- the measurements, each printing one line ---- */

/* cache: "off" parses the rules' YAML every time (cold); a directory
 * reads their trees back from it (warm: the first run, not counted, fills
 * it). */
static void m_e2e(const char *cache) {
  double t[32];
  const char *dir = "rules";
  setenv("CLAIMDIFF_CACHE", cache, 1);
  for (int i = 0; i < 32; i++) {
    cd_engine *e = NULL;
    cd_options opt = CD_OPTIONS_INIT;
    cd_buf out = CD_BUF_INIT;
    cd_error err;
    size_t worst;
    double t0 = now();
    if (cd_engine_new(&e, &dir, 1, &err) < 0 || cd_run_report(&out, e, &opt, h20, 5, &worst, NULL, &err) < 0)
      die(&err);
    t[i] = now() - t0;
    cd_buf_dispose(&out);
    cd_engine_free(e);
  }
  printf("e2e      H20 story end to end, %-26s median %8.2f ms",
         strcmp(cache, "off") ? "rule trees cached (warm)" : "YAML parsed (cold)", median(t + 1, 31) * 1e3);
}

static void m_rules(const char *dir, const char *label) {
  double t[9];
  setenv("CLAIMDIFF_CACHE", "off", 1); /* what the YAML costs */
  for (int i = 0; i < 9; i++) {
    cd_engine *e = NULL;
    cd_error err;
    double t0 = now();
    if (cd_engine_new(&e, &dir, 1, &err) < 0) die(&err);
    t[i] = now() - t0;
    cd_engine_free(e);
  }
  printf("rules    load %-42s median %8.2f ms", label, median(t, 9) * 1e3);
}

/* The peak CHILD reports, in KiB, when a measurement sets it (else the
 * child's own at its end). */
static long first_peak = -1;

static void m_extract(const char *rules_dir, const char *label, const char *lang, size_t size, int reps) {
  double t[5];
  size_t n, claims = 0;
  double kept = 0;
  cd_engine *e = NULL;
  cd_error err;
  cd_doc *doc = NULL;
  char *text;
  if (cd_engine_new(&e, &rules_dir, 1, &err) < 0) die(&err);
  text = corpus(e, lang, size, &n);
  if (cd_doc_parse(&doc, "corpus", text, n, &err) < 0) die(&err);
  free(text);
  for (int i = 0; i < reps; i++) {
    cd_extraction *ex = NULL;
    double t0 = now();
    if (cd_extract_doc_lean(&ex, e, doc, &aug1, &err) < 0) die(&err); /* as `claimdiff extract` */
    t[i] = now() - t0;
    kept = kept_fraction(ex);
    claims = ex->nclaims;
    cd_extraction_free(ex);
    if (i == 0) { /* the peak of one extraction, as a run of claimdiff has: the later ones reuse a heap
                     the first left in pieces (glibc raises its mmap threshold as big blocks are freed) */
      struct rusage ru;
      getrusage(RUSAGE_SELF, &ru);
      first_peak = ru.ru_maxrss;
    }
  }
  printf("extract  %-30s %6.1f MB/s  %5.1f ms/MB  kept %3.0f%%  %6.0f claims/MB", label,
         n / 1e6 / median(t, reps), median(t, reps) * 1e3 / (n / 1e6), kept * 100, claims / (n / 1e6));
  cd_doc_free(doc);
  cd_engine_free(e);
}

/* bench --extract-once LANG BYTES: builds the corpus and extracts it once,
 * for callgrind (make bench counts the instructions inside cd_extract_doc and
 * the sentence reader: bench/ipb.sh) */
static int extract_once(const char *lang, size_t size) {
  const char *dir = "rules";
  cd_engine *e = NULL;
  cd_error err;
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  size_t n;
  char *text;
  if (cd_engine_new(&e, &dir, 1, &err) < 0) die(&err);
  text = corpus(e, lang, size, &n);
  if (cd_doc_parse(&doc, "corpus", text, n, &err) < 0 || cd_extract_doc_lean(&ex, e, doc, &aug1, &err) < 0)
    die(&err);
  printf("%zu bytes, kept %.0f%%\n", n, kept_fraction(ex) * 100);
  free(text);
  cd_extraction_free(ex);
  cd_doc_free(doc);
  cd_engine_free(e);
  return 0;
}

/* bench --round LANG: the bytes of one round of the corpus (the kept text
 * of every story file once), so that a test can compare whole rounds: which
 * story files there are (../shared/eval differs from machine to machine)
 * then changes the round, never the content of n against that of 4n */
static int print_round(const char *lang) {
  const char *dir = "rules";
  cd_engine *e = NULL;
  cd_error err;
  size_t n;
  if (cd_engine_new(&e, &dir, 1, &err) < 0) die(&err);
  free(kept_text(e, lang, &n));
  printf("%zu\n", n);
  cd_engine_free(e);
  return 0;
}

/* bench --corpus LANG BYTES: the corpus itself, to standard output (to run
 * claimdiff on, e.g. with and without CLAIMDIFF_THREADS=1) */
static int print_corpus(const char *lang, size_t size) {
  const char *dir = "rules";
  cd_engine *e = NULL;
  cd_error err;
  size_t n;
  char *text;
  if (cd_engine_new(&e, &dir, 1, &err) < 0) die(&err);
  text = corpus(e, lang, size, &n);
  fwrite(text, 1, n, stdout);
  free(text);
  cd_engine_free(e);
  return ferror(stdout) ? 2 : 0;
}

static void m_align(size_t ndocs) {
  const char *dir = "rules";
  cd_engine *e = NULL;
  cd_error err;
  cd_doc *docs[5];
  cd_extraction *exs[5], **set = calloc(ndocs + 1, sizeof *set);
  double t[5];
  if (!set || cd_engine_new(&e, &dir, 1, &err) < 0) die(&err);
  for (int i = 0; i < 5; i++)
    if (cd_doc_load(&docs[i], h20[i], 1 << 24, &err) < 0 ||
        cd_extract_doc(&exs[i], e, docs[i], NULL, &err) < 0)
      die(&err);
  set[0] = exs[0];
  for (size_t i = 1; i <= ndocs; i++) set[i] = exs[1 + (i - 1) % 4];
  for (int i = 0; i < 5; i++) {
    cd_report *r = NULL;
    double t0 = now();
    if (cd_align_claims(&r, e, set, ndocs + 1, &err) < 0) die(&err);
    t[i] = now() - t0;
    cd_report_free(r);
  }
  printf("align    %zu sources on one story (alignment alone)          median %8.2f ms", ndocs,
         median(t, 5) * 1e3);
  for (int i = 0; i < 5; i++) {
    cd_extraction_free(exs[i]);
    cd_doc_free(docs[i]);
  }
  free(set);
  cd_engine_free(e);
}

/* Runs one measurement in a child, which adds its own peak memory to the
 * line: getrusage of the child itself, just before it exits, or what the
 * measurement set in first_peak (in KiB) before that. */

#define CHILD(call)                                                                                          \
  do {                                                                                                       \
    pid_t pid;                                                                                               \
    int st;                                                                                                  \
    fflush(stdout);                                                                                          \
    if ((pid = fork()) == 0) {                                                                               \
      struct rusage ru;                                                                                      \
      call;                                                                                                  \
      getrusage(RUSAGE_SELF, &ru);                                                                           \
      printf("   peak %7.1f MiB\n", (first_peak >= 0 ? first_peak : ru.ru_maxrss) / 1024.0);                 \
      fflush(stdout);                                                                                        \
      _exit(0);                                                                                              \
    }                                                                                                        \
    if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st)) exit(2);                   \
  } while (0)

/* ---- the program itself (--bin) ---- */

extern char **environ;

/* Runs argv (argv[0] a path) with standard output to /dev/null and
 * CLAIMDIFF_CACHE=cache: its wall time in seconds, and its peak resident
 * memory in KiB (posix_spawn: the child has no memory of its own before
 * the program's, so the peak is the program's). Exits 2 unless the
 * program exits 0 or 1. */
static double run_program(char *const *argv, const char *cache, long *peak_kib) {
  posix_spawn_file_actions_t fa;
  struct rusage ru;
  pid_t pid;
  int st;
  double t0;
  setenv("CLAIMDIFF_CACHE", cache, 1);
  if (posix_spawn_file_actions_init(&fa) ||
      posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0))
    exit(2);
  fflush(stdout);
  t0 = now();
  if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) || wait4(pid, &st, 0, &ru) < 0 || !WIFEXITED(st) ||
      WEXITSTATUS(st) > 1) {
    fprintf(stderr, "bench: %s failed\n", argv[0]);
    exit(2);
  }
  posix_spawn_file_actions_destroy(&fa);
  if (peak_kib) *peak_kib = ru.ru_maxrss;
  return now() - t0;
}

/* The H20 story as `make demo` runs it (the five documents above). */
static void p_e2e(const char *bin, const char *cache) {
  char *argv[4 + sizeof h20 / sizeof *h20];
  double t[21];
  long peak = 0;
  size_t n = 0;
  argv[n++] = (char *)bin;
  argv[n++] = "--rules";
  argv[n++] = "rules";
  for (size_t i = 0; i < sizeof h20 / sizeof *h20; i++) argv[n++] = (char *)h20[i];
  argv[n] = NULL;
  run_program(argv, cache, NULL); /* fills the cache; the files in the page cache */
  for (int i = 0; i < 21; i++) t[i] = run_program(argv, cache, &peak);
  printf("process  `claimdiff` on the H20 story, %-22s median %8.2f ms   peak %7.1f MiB\n",
         strcmp(cache, "off") ? "rule trees cached" : "YAML parsed", median(t, 21) * 1e3, peak / 1024.0);
}

/* `claimdiff extract` of size bytes of kept text, once: the corpus is
 * written to build/bench/ first (by a child, so that this process stays
 * small). */
static void p_extract(const char *bin, const char *lang, size_t size) {
  char path[64], *argv[] = {(char *)bin, "extract", "--rules", "rules", path, NULL};
  long peak = 0;
  double t;
  snprintf(path, sizeof path, "build/bench/corpus-%s.txt", lang);
  fflush(stdout);
  if (fork() == 0) {
    FILE *f = freopen(path, "w", stdout);
    _exit(!f || print_corpus(lang, size) || fclose(f) ? 2 : 0);
  }
  if (wait(NULL) < 0) exit(2);
  t = run_program(argv, "off", &peak);
  printf(
      "process  `claimdiff extract`, %s kept text, %zu MB  %6.1f MB/s   peak %7.1f MiB (%.2fx the input)\n",
      strcmp(lang, "en") ? "Chinese" : "English", size / 1000000, size / 1e6 / t, peak / 1024.0,
      peak * 1024.0 / size);
}

int main(int argc, char **argv) {
  const char *bin = argc > 2 && !strcmp(argv[1], "--bin") ? argv[2] : NULL; /* the program, for `process` */
  int quick;
  if (bin) {
    argv += 2;
    argc -= 2;
  }
  quick = argc > 1 && !strcmp(argv[1], "--quick"); /* 4 MB at most */
  static const size_t sizes[] = {1000000, 4000000, 16000000, 64000000};
  static const char *const names[] = {"1 MB", "4 MB", "16 MB", "64 MB"};
  size_t nsizes = quick ? 2 : 4;
  char label[64];
  double t0 = now();
  cd_pages_start(); /* as claimdiff's main does */
  if (argc == 4 && !strcmp(argv[1], "--extract-once"))
    return extract_once(argv[2], strtoul(argv[3], NULL, 10));
  if (argc == 3 && !strcmp(argv[1], "--round")) return print_round(argv[2]);
  if (argc == 4 && !strcmp(argv[1], "--corpus")) return print_corpus(argv[2], strtoul(argv[3], NULL, 10));
  if (argc == 4 && !strcmp(argv[1], "--extract")) { /* one extraction line: its speed and peak */
    snprintf(label, sizeof label, "%s kept text, %s bytes", argv[2], argv[3]);
    CHILD(m_extract("rules", label, argv[2], strtoul(argv[3], NULL, 10), 3));
    return 0;
  }
  if (argc == 2 && !strcmp(argv[1], "--e2e")) { /* latency alone */
    CHILD(m_e2e("off"));
    CHILD(m_e2e("build/bench/cache"));
    return 0;
  }
  if (bin && argc == 2 && !strcmp(argv[1], "--process")) { /* the program's lines alone */
    p_e2e(bin, "off");
    p_e2e(bin, "build/bench/cache");
    p_extract(bin, "en", 16000000);
    p_extract(bin, "zh", 16000000);
    return 0;
  }
  gen_rules("build/bench/rules-10k", 10000);
  gen_rules("build/bench/rules-100k", 100000);
  printf("claimdiff %s bench (%s)\n", CD_VERSION, quick ? "quick: inputs up to 4 MB" : "inputs up to 64 MB");
  CHILD(m_e2e("off"));
  CHILD(m_e2e("build/bench/cache"));
  CHILD(m_rules("rules", "shipped rules"));
  CHILD(m_rules("build/bench/rules-10k", "shipped + 10,000 generated aliases"));
  CHILD(m_rules("build/bench/rules-100k", "shipped + 100,000 generated aliases"));
  for (size_t i = 0; i < nsizes; i++) {
    snprintf(label, sizeof label, "English kept text, %s", names[i]);
    CHILD(m_extract("rules", label, "en", sizes[i], i < 2 ? 5 : 3));
  }
  for (size_t i = 0; i < nsizes; i++) {
    snprintf(label, sizeof label, "Chinese kept text, %s", names[i]);
    CHILD(m_extract("rules", label, "zh", sizes[i], i < 2 ? 5 : 3));
  }
  CHILD(m_extract("build/bench/rules-100k", "English 4 MB, +100,000 aliases", "en", 4000000, 5));
  CHILD(m_align(1000));
  if (bin) {
    p_e2e(bin, "off");
    p_e2e(bin, "build/bench/cache");
    p_extract(bin, "en", quick ? 4000000 : 16000000);
    p_extract(bin, "zh", quick ? 4000000 : 16000000);
  }
  printf("bench: done in %.0f s\n", now() - t0);
  return 0;
}
