/* stories.c: the stories of a batch, from directories and manifests; see
 * stories.h. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "doc.h"
#include "stories.h"
#include "utf8.h"

/* ---- directories ---------------------------------------------------------- */

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), k = strlen(tail);
  return n >= k && !strcmp(s + n - k, tail);
}

static int is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* dir's entries but "." and "..", sorted, into *names (malloc'd, with
 * the strings); -1 when it cannot be read or memory runs out. */
static int list(const char *dir, char ***names, size_t *n) {
  DIR *d = opendir(dir);
  struct dirent *e;
  size_t cap = 0;
  *names = NULL;
  *n = 0;
  if (!d) return -1;
  while ((e = readdir(d)) != NULL) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    if (cd_array_reserve((void **)names, &cap, *n + 1, sizeof **names) < 0 ||
        !((*names)[*n] = strdup(e->d_name)))
      break;
    (*n)++;
  }
  closedir(d);
  if (e) { /* stopped early: out of memory */
    while (*n) free((*names)[--*n]);
    free(*names);
    *names = NULL;
    return -1;
  }
  if (*n) qsort(*names, *n, sizeof **names, by_name);
  return 0;
}

static void unlist(char **names, size_t n) {
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
}

/* dir/name in the arena. */
static char *join(cd_arena *a, const char *dir, const char *name) {
  size_t k = strlen(dir), m = strlen(name);
  char *p = cd_arena_alloc(a, k + m + 2);
  if (p) snprintf(p, k + m + 2, "%s%s%s", dir, k && dir[k - 1] == '/' ? "" : "/", name); /* "data/" + "h20" */
  return p;
}

static int add_story(cd_stories *st, const cd_story *s) {
  if (cd_array_reserve((void **)&st->s, &st->cap, st->n + 1, sizeof *st->s) < 0) return CD_ENOMEM;
  st->s[st->n++] = *s;
  return 0;
}

/* The summary among names: its index, or -1. */
static long summary_of(char *const *names, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (ends_with(names[i], ".zh.txt")) return (long)i;
  for (size_t i = 0; i < n; i++)
    if (ends_with(names[i], ".txt") && strstr(names[i], ".zh-")) return (long)i;
  return -1;
}

static int is_source(const char *name) {
  return ends_with(name, ".en.txt") && !strstr(name, "summary");
}

/* The story in dir, whose entries are names[0, n) and summary names[sum]. */
static int dir_story(cd_stories *st, const char *dir, char *const *names, size_t n, long sum) {
  cd_story s = {dir, NULL, 1, NULL, 0};
  char *rules;
  for (size_t i = 0; i < n; i++) s.npaths += is_source(names[i]);
  if (!(s.paths = cd_arena_alloc(&st->arena, s.npaths * sizeof *s.paths)) ||
      !(s.paths[0] = join(&st->arena, dir, names[sum])) || !(rules = join(&st->arena, dir, "rules")))
    return CD_ENOMEM;
  s.npaths = 1;
  for (size_t i = 0; i < n; i++)
    if (is_source(names[i]) && !(s.paths[s.npaths++] = join(&st->arena, dir, names[i]))) return CD_ENOMEM;
  if (is_dir(rules)) {
    if (!(s.rules = cd_arena_alloc(&st->arena, sizeof *s.rules))) return CD_ENOMEM;
    s.rules[0] = rules;
    s.nrules = 1;
  }
  return add_story(st, &s);
}

/* dir as a story, or (shelf set) as a shelf of them: 0 when it is one,
 * 1 when it is not, or an error. */
static int add_dir(cd_stories *st, const char *dir, int shelf, cd_error *err) {
  char **names;
  size_t n, before = st->n;
  long sum;
  int error = 0;
  if (list(dir, &names, &n) < 0) return cd_error_set(err, CD_EIO, dir, 0, 0, -1, "cannot read directory");
  if ((sum = summary_of(names, n)) >= 0) {
    int sources = 0;
    for (size_t i = 0; i < n; i++) sources += is_source(names[i]);
    error = sources ? dir_story(st, dir, names, n, sum) : 1;
  } else if (shelf) {
    for (size_t i = 0; i < n && error >= 0; i++) {
      char *sub = join(&st->arena, dir, names[i]);
      if (!sub)
        error = CD_ENOMEM;
      else if (is_dir(sub))
        error = add_dir(st, sub, 0, err);
    }
    if (error >= 0) error = st->n > before ? 0 : 1;
  } else {
    error = 1;
  }
  unlist(names, n);
  if (error == CD_ENOMEM) return cd_error_set(err, CD_ENOMEM, dir, 0, 0, -1, "out of memory");
  return error;
}

/* ---- manifests -------------------------------------------------------------- */

/* One line of a manifest, read: p moves on as it is read. */
typedef struct reader {
  const char *path, *dir; /* the manifest, and its directory ("" for the current one) */
  const char *line, *p, *end;
  int lineno;
  cd_stories *st;
  cd_error *err;
} reader;

static int bad(reader *r, const char *what) {
  int col = 1;
  for (const char *q = r->line; q < r->p; q++) col += ((unsigned char)*q & 0xC0) != 0x80;
  return cd_error_set(r->err, CD_EINPUT, r->path, r->lineno, col, (long)(r->p - r->line), "%s", what);
}

static void blanks(reader *r) {
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\r')) r->p++;
}

static int expect(reader *r, char c) {
  blanks(r);
  if (r->p >= r->end || *r->p != c) {
    char what[40];
    snprintf(what, sizeof what, "expected '%c'", c);
    return bad(r, what);
  }
  r->p++;
  return 0;
}

/* Four hex digits at r->p into *u. */
static int hex4(reader *r, uint32_t *u) {
  *u = 0;
  for (int k = 0; k < 4; k++, r->p++) {
    int c = r->p < r->end ? (unsigned char)*r->p : 0;
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return bad(r, "expected four hex digits after \\u");
    *u = *u << 4 | (uint32_t)d;
  }
  return 0;
}

static int put_utf8(cd_buf *b, uint32_t u) {
  char s[4];
  size_t n = u < 0x80 ? 1 : u < 0x800 ? 2 : u < 0x10000 ? 3 : 4;
  if (n == 1) s[0] = (char)u;
  if (n == 2) s[0] = (char)(0xC0 | u >> 6), s[1] = (char)(0x80 | (u & 0x3F));
  if (n == 3)
    s[0] = (char)(0xE0 | u >> 12), s[1] = (char)(0x80 | (u >> 6 & 0x3F)), s[2] = (char)(0x80 | (u & 0x3F));
  if (n == 4)
    s[0] = (char)(0xF0 | u >> 18), s[1] = (char)(0x80 | (u >> 12 & 0x3F)),
    s[2] = (char)(0x80 | (u >> 6 & 0x3F)), s[3] = (char)(0x80 | (u & 0x3F));
  return cd_buf_put(b, s, n);
}

/* An escape after its backslash into b. */
static int escape(reader *r, cd_buf *b) {
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  const char *k = r->p < r->end ? strchr(from, *r->p) : NULL;
  uint32_t u, lo;
  if (k && *k) {
    r->p++;
    return cd_buf_put(b, &to[k - from], 1);
  }
  if (r->p >= r->end || *r->p != 'u') return bad(r, "unknown escape in a string");
  r->p++;
  if (hex4(r, &u) < 0) return CD_EINPUT;
  if (u >= 0xD800 && u < 0xDC00) { /* a pair's high half: its low half must follow */
    if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u') return bad(r, "a lone surrogate in a string");
    r->p += 2;
    if (hex4(r, &lo) < 0) return CD_EINPUT;
    if (lo < 0xDC00 || lo >= 0xE000) return bad(r, "a lone surrogate in a string");
    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
  } else if ((u >= 0xDC00 && u < 0xE000) || u == 0) {
    return bad(r, u ? "a lone surrogate in a string" : "a NUL in a string");
  }
  return put_utf8(b, u);
}

/* A JSON string at r->p into *out (in the arena). */
static int string(reader *r, char **out) {
  cd_buf b = CD_BUF_INIT;
  int error = expect(r, '"');
  *out = NULL;
  while (!error) {
    const char *q = r->p;
    while (q < r->end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20) q++;
    if (cd_buf_put(&b, r->p, (size_t)(q - r->p)) < 0) error = CD_ENOMEM;
    r->p = q;
    if (error || q >= r->end || (unsigned char)*q < 0x20) {
      error = error ? error : bad(r, "a string not closed on its line");
      break;
    }
    r->p++;
    if (*q == '"') break;
    if (escape(r, &b) < 0) error = b.error ? CD_ENOMEM : CD_EINPUT;
  }
  if (!error && !(*out = cd_arena_strndup(&r->st->arena, b.ptr ? b.ptr : "", b.len))) error = CD_ENOMEM;
  cd_buf_dispose(&b);
  return error == CD_ENOMEM ? cd_error_set(r->err, CD_ENOMEM, r->path, r->lineno, 0, -1, "out of memory")
                            : error;
}

/* A path as the manifest gives it, made relative to its directory. */
static int path(reader *r, const char **out) {
  char *s = NULL;
  int error = string(r, &s);
  if (error || !s) return error ? error : CD_ENOMEM;
  if (!*s) return bad(r, "an empty path");
  *out = s[0] == '/' || !*r->dir ? s : join(&r->st->arena, r->dir, s);
  return *out ? 0 : cd_error_set(r->err, CD_ENOMEM, r->path, r->lineno, 0, -1, "out of memory");
}

/* A path, or (list set) a list of them, appended to *v (*n of them). */
static int paths(reader *r, const char ***v, size_t *n, int list) {
  size_t cap = 0;
  const char **grown;
  blanks(r);
  if (!list || r->p >= r->end || *r->p != '[') {
    if (!(*v = cd_arena_alloc(&r->st->arena, sizeof **v))) return CD_ENOMEM;
    *n = 1;
    return path(r, &(*v)[0]);
  }
  r->p++;
  blanks(r);
  if (r->p < r->end && *r->p == ']') return r->p++, 0;
  for (;;) {
    if (*n == cap) {
      cap = cap ? 2 * cap : 8;
      if (!(grown = cd_arena_alloc(&r->st->arena, cap * sizeof *grown))) return CD_ENOMEM;
      if (*n) memcpy(grown, *v, *n * sizeof *grown);
      *v = grown;
    }
    if (path(r, &(*v)[(*n)++]) < 0) return CD_EINPUT;
    blanks(r);
    if (r->p < r->end && *r->p == ']') return r->p++, 0;
    if (expect(r, ',') < 0) return CD_EINPUT;
  }
}

/* The story of one non-blank line. */
static int manifest_line(reader *r) {
  cd_story s = {NULL, NULL, 0, NULL, 0};
  const char *summary = NULL, **sources = NULL;
  char *name = NULL;
  size_t nsources = 0;
  const char *object = r->p;
  int error = expect(r, '{');
  for (int first = 1; !error; first = 0) {
    const char *at;
    char *key = NULL;
    blanks(r);
    if (r->p < r->end && *r->p == '}' && first) break;
    at = r->p;
    if ((error = string(r, &key)) < 0 || (error = expect(r, ':')) < 0) break;
    if (!strcmp(key, "summary") && !summary)
      error = path(r, &summary);
    else if (!strcmp(key, "sources") && !sources)
      error = paths(r, &sources, &nsources, 1);
    else if (!strcmp(key, "rules") && !s.rules)
      error = paths(r, &s.rules, &s.nrules, 1);
    else if (!strcmp(key, "name") && !s.name) {
      /* a story's name heads its report and its lines: never empty */
      if ((error = string(r, &name)) == 0 && (!name || !*name)) error = bad(r, "an empty name");
      s.name = name;
    } else
      error = (r->p = at, bad(r, "a field other than summary, sources, rules and name, or one given twice"));
    blanks(r);
    if (!error && r->p < r->end && *r->p == '}') break;
    if (!error) error = expect(r, ',');
  }
  if (!error) error = expect(r, '}');
  blanks(r);
  if (!error && r->p < r->end) error = bad(r, "more after the story's object");
  if (!error && (!summary || !nsources))
    error = (r->p = object, bad(r, "a story needs a summary and at least one source"));
  if (error) return error;
  if (!s.name) {
    size_t n = strlen(r->path) + 24;
    if (!(name = cd_arena_alloc(&r->st->arena, n))) return CD_ENOMEM;
    snprintf(name, n, "%s:%d", r->path, r->lineno);
    s.name = name;
  }
  if (!(s.paths = cd_arena_alloc(&r->st->arena, (nsources + 1) * sizeof *s.paths))) return CD_ENOMEM;
  s.paths[0] = summary;
  if (nsources) memcpy(s.paths + 1, sources, nsources * sizeof *sources);
  s.npaths = nsources + 1;
  return add_story(r->st, &s);
}

static int add_manifest(cd_stories *st, const char *file, cd_error *err) {
  char *bytes, *slash;
  size_t len, ok, before = st->n;
  reader r = {file, "", NULL, NULL, NULL, 0, st, err};
  int error;
  if ((error = cd_doc_read_file(&bytes, &len, file, CD_DEFAULT_MAX_FILE_BYTES, err)) < 0) return error;
  if ((ok = cd_utf8_check(bytes, len)) < len) {
    free(bytes);
    return cd_error_set(err, CD_EUTF8, file, 0, 0, (long)ok, "invalid UTF-8 or a NUL byte at byte %zu", ok);
  }
  if ((slash = strrchr(file, '/')) != NULL &&
      !(r.dir = cd_arena_strndup(&st->arena, file, (size_t)(slash - file) + (slash == file))))
    error = cd_error_set(err, CD_ENOMEM, file, 0, 0, -1, "out of memory");
  for (const char *p = bytes, *end = bytes + len; !error && p < end;) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    r.line = r.p = p;
    r.end = nl ? nl : end;
    r.lineno++;
    blanks(&r);
    if (r.p < r.end) error = manifest_line(&r);
    if (error == CD_ENOMEM) cd_error_set(err, CD_ENOMEM, file, r.lineno, 0, -1, "out of memory");
    p = nl ? nl + 1 : end;
  }
  free(bytes);
  if (!error && st->n == before)
    error = cd_error_set(err, CD_EINPUT, file, 0, 0, -1, "no story in the manifest");
  return error;
}

/* ---- either ------------------------------------------------------------------ */

int cd_stories_add(cd_stories *st, const char *arg, cd_error *err) {
  int error;
  if (!is_dir(arg)) return add_manifest(st, arg, err);
  if ((error = add_dir(st, arg, 1, err)) == 1)
    return cd_error_set(err, CD_EIO, arg, 0, 0, -1,
                        "no story here: a story is a directory with a summary (*.zh.txt) and a source "
                        "(*.en.txt), a shelf a directory of them");
  return error;
}

void cd_stories_free(cd_stories *st) {
  free(st->s);
  cd_arena_dispose(&st->arena);
  memset(st, 0, sizeof *st);
}
