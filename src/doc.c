/* doc.c: read a file, validate it, find its front matter and lines.
 *
 * Validation follows cmark's UTF-8 rules but rejects instead of replacing:
 * an editor must learn that the file is broken, and where. O(bytes). A
 * plain document (a rule file) gets no line index: libyaml reads its bytes
 * and it is freed, so a position in it is wanted only for an error, and
 * is then counted from the start. */
#include "doc.h"

#include "calendar.h"
#include "pages.h"
#include "utf8.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int size_le(const void *element, const void *key) {
  return *(const size_t *)element <= *(const size_t *)key;
}

/* Does the word v hold a '\n'? v ^ "\n\n..." has a zero byte then. */
static int has_newline8(uint64_t v) {
  return cd_zero_bytes8(v ^ (0x0101010101010101u * '\n')) != 0;
}

/* The UTF-8 continuation bytes (10xxxxxx) of the word v: a byte's bit 6
 * shifted onto its bit 7 clears the top bit of all but those. */
static unsigned continuations8(uint64_t v) {
  const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
  return (unsigned)((((v & ~(v << 1) & tops) >> 7) * ones) >> 56);
}

void cd_doc_position(const cd_doc *doc, size_t off, int *line, int *column) {
  size_t lo, start, from;
  int col = 1;
  if (off > doc->len) off = doc->len;
  if (!doc->lines) { /* a plain document has no index: count from the start */
    int ln = 1;
    for (size_t i = 0; i < off; i++) {
      if (doc->bytes[i] == '\n') {
        ln++;
        col = 1;
      } else if (((unsigned char)doc->bytes[i] & 0xC0) != 0x80) {
        col++;
      }
    }
    *line = ln;
    *column = col;
    return;
  }
  /* the last line start <= off (lines[0] is 0, so there is one) */
  lo = cd_lower_bound(doc->lines, doc->nlines, sizeof *doc->lines, &off, size_le) - 1;
  start = doc->lines[lo];
  /* count from the last mark at or before off when it lies on the line */
  from = off / CD_DOC_COLUMN_MARK * CD_DOC_COLUMN_MARK;
  if (from > start) {
    col += (int)doc->colmarks[from / CD_DOC_COLUMN_MARK];
    start = from;
  }
  for (size_t i = start; i < off; i++) { /* on one line: eight bytes at a time */
    uint64_t v;
    if (off - i >= 8) {
      memcpy(&v, doc->bytes + i, 8);
      col += 8 - (int)continuations8(v);
      i += 7;
    } else if (((unsigned char)doc->bytes[i] & 0xC0) != 0x80) {
      col++;
    }
  }
  *line = (int)lo + 1;
  *column = col;
}

void cd_doc_free(cd_doc *doc) {
  if (!doc) return;
  free(doc->path);
  free(doc->bytes);
  free(doc->title);
  free(doc->outlet);
  free(doc->lines);
  free(doc->colmarks);
  free(doc);
}

/* The line starts, and at every CD_DOC_COLUMN_MARK-th byte the code
 * points between its line's start and it: one pass to count the lines
 * (memchr), one to fill both, a block of CD_DOC_COLUMN_MARK bytes at a
 * time. */
static int index_lines(cd_doc *doc) {
  size_t n = 1, cps = 0;
  const char *e = doc->bytes + doc->len;
  for (const char *q = doc->bytes; (q = memchr(q, '\n', (size_t)(e - q))) != NULL; q++) n++;
  doc->lines = malloc(n * sizeof *doc->lines);
  doc->colmarks = malloc((doc->len / CD_DOC_COLUMN_MARK + 1) * sizeof *doc->colmarks);
  if (!doc->lines || !doc->colmarks) return CD_ENOMEM;
  doc->nlines = 0;
  doc->lines[doc->nlines++] = 0;
  for (size_t m = 0, a = 0; a <= doc->len; m++, a += CD_DOC_COLUMN_MARK) {
    size_t b = doc->len - a < CD_DOC_COLUMN_MARK ? doc->len : a + CD_DOC_COLUMN_MARK;
    doc->colmarks[m] = (unsigned)cps; /* before the block's first byte */
    for (size_t i = a; i < b; i++) {
      unsigned char c = (unsigned char)doc->bytes[i];
      uint64_t v;
      if (b - i >= 8 && (memcpy(&v, doc->bytes + i, 8), !has_newline8(v))) { /* eight bytes, no line */
        cps += 8 - continuations8(v);
        i += 7;
        continue;
      }
      if (c == '\n') {
        doc->lines[doc->nlines++] = i + 1;
        cps = 0;
      } else {
        cps += (c & 0xC0) != 0x80;
      }
    }
  }
  return 0;
}

static int fail_at(cd_doc *doc, cd_error *err, int code, size_t off, const char *msg, unsigned byte) {
  int line, col;
  cd_doc_position(doc, off, &line, &col);
  if (code == CD_EUTF8 && byte)
    return cd_error_set(err, code, doc->path, line, col, (long)off, "%s 0x%02x at byte %zu", msg, byte, off);
  return cd_error_set(err, code, doc->path, line, col, (long)off, "%s", msg);
}

static int check_text(cd_doc *doc, cd_error *err) {
  size_t ok = cd_utf8_check(doc->bytes, doc->len);
  if (ok < doc->len) {
    unsigned b = (unsigned char)doc->bytes[ok];
    if (b == 0) return fail_at(doc, err, CD_EUTF8, ok, "NUL byte in text", 0);
    return fail_at(doc, err, CD_EUTF8, ok, "invalid UTF-8 byte", b);
  }
  return 0;
}

/* A BOM is allowed only as the first character. */
static int skip_bom(cd_doc *doc, cd_error *err) {
  static const char bom[] = "\xEF\xBB\xBF";
  const char *p;
  if (doc->len >= 3 && memcmp(doc->bytes, bom, 3) == 0) doc->body = 3;
  p = doc->bytes + doc->body;
  while ((p = strstr(p, bom)) != NULL)
    return fail_at(doc, err, CD_EUTF8, (size_t)(p - doc->bytes), "byte order mark in the middle of the text",
                   0);
  return 0;
}

static int is_fence(const char *p, const char *end) {
  if (end - p < 3 || memcmp(p, "---", 3) != 0) return 0;
  p += 3;
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
  return p == end || *p == '\n';
}

static char *dup_value(const char *p, size_t n) {
  char *s;
  if (n >= 2 && ((p[0] == '"' && p[n - 1] == '"') || (p[0] == '\'' && p[n - 1] == '\''))) {
    p++;
    n -= 2;
  }
  s = malloc(n + 1);
  if (s) {
    memcpy(s, p, n);
    s[n] = '\0';
  }
  return s;
}

/* Front matter: `---` on the first line, `key: value` lines, `---`. Only a
 * few flat keys are known; anything else is an error, so that a typo never
 * silently drops a date. */
static int scan_front_matter(cd_doc *doc, cd_error *err) {
  const char *base = doc->bytes, *end = doc->bytes + doc->len;
  const char *p = base + doc->body, *line;
  if (!is_fence(p, end)) return 0;
  p = memchr(p, '\n', (size_t)(end - p));
  if (!p) return fail_at(doc, err, CD_EINPUT, doc->body, "front matter is not closed with ---", 0);
  p++;
  for (line = p; line < end;) {
    const char *eol = memchr(line, '\n', (size_t)(end - line));
    const char *le = eol ? eol : end, *colon, *k_end, *v, *v_end;
    size_t klen;
    if (is_fence(line, end)) {
      doc->body = (size_t)((eol ? eol + 1 : end) - base);
      return 0;
    }
    v_end = le;
    while (v_end > line && (v_end[-1] == '\r' || v_end[-1] == ' ' || v_end[-1] == '\t')) v_end--;
    if (v_end == line || line[0] == '#') {
      line = le + (eol != NULL);
      continue;
    }
    /* " # comment" after a value, as in YAML (not inside quotes) */
    {
      char q = 0;
      for (const char *c = line; c < v_end; c++) {
        if (q) {
          if (*c == q) q = 0;
        } else if (*c == '"' || *c == '\'') {
          q = *c;
        } else if (*c == '#' && c > line && (c[-1] == ' ' || c[-1] == '\t')) {
          v_end = c;
          while (v_end > line && (v_end[-1] == ' ' || v_end[-1] == '\t')) v_end--;
          break;
        }
      }
    }
    colon = memchr(line, ':', (size_t)(v_end - line));
    if (!colon)
      return fail_at(doc, err, CD_EINPUT, (size_t)(line - base), "front matter line is not 'key: value'", 0);
    k_end = colon;
    while (k_end > line && k_end[-1] == ' ') k_end--;
    klen = (size_t)(k_end - line);
    v = colon + 1;
    while (v < v_end && (*v == ' ' || *v == '\t')) v++;
#define KEY(s) (klen == sizeof(s) - 1 && memcmp(line, s, klen) == 0)
    if (KEY("title") || KEY("outlet")) {
      char **slot = KEY("title") ? &doc->title : &doc->outlet;
      free(*slot);
      if (!(*slot = dup_value(v, (size_t)(v_end - v)))) return CD_ENOMEM;
    } else if (KEY("date")) {
      const char *dv = v;
      size_t dn = (size_t)(v_end - v);
      if (dn >= 2 && (*dv == '"' || *dv == '\'')) {
        dv++;
        dn -= 2;
      }
      if (!cd_calendar_parse(&doc->date, dv, dn))
        return fail_at(doc, err, CD_EINPUT, (size_t)(v - base), "front matter date is not a valid YYYY-MM-DD",
                       0);
    } else if (KEY("lang")) {
      size_t n = (size_t)(v_end - v);
      if (!(n == 2 && (memcmp(v, "zh", 2) == 0 || memcmp(v, "en", 2) == 0)))
        return fail_at(doc, err, CD_EINPUT, (size_t)(v - base), "front matter lang must be zh or en", 0);
      memcpy(doc->lang, v, 2);
      doc->lang[2] = '\0';
    } else if (KEY("invented")) {
      doc->invented = (size_t)(v_end - v) == 4 && memcmp(v, "true", 4) == 0;
    } else if (!(KEY("note") || KEY("url") || KEY("author"))) {
      return fail_at(doc, err, CD_EINPUT, (size_t)(line - base),
                     "unknown front matter key (known: title, outlet, date, lang, "
                     "invented, note, url, author)",
                     0);
    }
#undef KEY
    line = le + (eol != NULL);
  }
  return fail_at(doc, err, CD_EINPUT, doc->body, "front matter is not closed with ---", 0);
}

static int check_not_empty(cd_doc *doc, cd_error *err) {
  for (size_t i = doc->body; i < doc->len; i++) {
    char c = doc->bytes[i];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return 0;
  }
  return cd_error_set(err, CD_EINPUT, doc->path, 1, 1, 0,
                      doc->body ? "no text after the front matter" : "empty file");
}

static int parse(cd_doc **out, const char *path, const char *bytes, size_t len, int plain, cd_error *err);

int cd_doc_parse(cd_doc **out, const char *path, const char *bytes, size_t len, cd_error *err) {
  return parse(out, path, bytes, len, 0, err);
}

int cd_doc_parse_plain(cd_doc **out, const char *path, const char *bytes, size_t len, cd_error *err) {
  return parse(out, path, bytes, len, 1, err);
}

/* The document of bytes[0, len), a malloc'd buffer of at least len + 1
 * bytes that it takes over: the document's, or freed on failure. */
static int parse_owned(cd_doc **out, const char *path, char *bytes, size_t len, int plain, cd_error *err) {
  cd_doc *doc = NULL;
  int error = CD_ENOMEM;
  *out = NULL;
  if (!(doc = calloc(1, sizeof *doc))) {
    free(bytes);
    goto out;
  }
  doc->bytes = bytes;
  doc->bytes[len] = '\0';
  doc->len = len;
  if (!(doc->path = strdup(path))) goto out;
  if ((!plain && (error = index_lines(doc)) < 0) || (error = check_text(doc, err)) < 0 ||
      (error = skip_bom(doc, err)) < 0 || (!plain && (error = scan_front_matter(doc, err)) < 0) ||
      (error = check_not_empty(doc, err)) < 0)
    goto out;
  *out = doc; /* handed over */
  doc = NULL;
out:
  if (error == CD_ENOMEM) cd_error_set(err, CD_ENOMEM, path, 0, 0, -1, "out of memory");
  cd_doc_free(doc);
  return error;
}

static int parse(cd_doc **out, const char *path, const char *bytes, size_t len, int plain, cd_error *err) {
  char *copy = malloc(len + 1);
  *out = NULL;
  if (!copy) return cd_error_set(err, CD_ENOMEM, path, 0, 0, -1, "out of memory");
  memcpy(copy, bytes, len);
  return parse_owned(out, path, copy, len, plain, err);
}

static int load(cd_doc **out, const char *path, size_t max_bytes, int plain, cd_error *err);

int cd_doc_load(cd_doc **out, const char *path, size_t max_bytes, cd_error *err) {
  return load(out, path, max_bytes, 0, err);
}

int cd_doc_load_plain(cd_doc **out, const char *path, size_t max_bytes, cd_error *err) {
  return load(out, path, max_bytes, 1, err);
}

int cd_doc_adopt_plain(cd_doc **out, const char *path, char *bytes, size_t len, cd_error *err) {
  return parse_owned(out, path, bytes, len, 1, err);
}

/* f's bytes to its end into *data (malloc'd, with room for a NUL after
 * *len): a regular file into one buffer of its size (and a byte, to see
 * the end), anything else into a buffer that doubles from 64 KiB as it
 * fills. */
static int read_all(FILE *f, const char *path, size_t max_bytes, char **data, size_t *len, cd_error *err) {
  size_t cap = 65536;
  struct stat st;
  int error = 0;
  *len = 0;
  if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
      (uintmax_t)st.st_size < max_bytes)
    cap = (size_t)st.st_size + 1;
  if (!(*data = malloc(cap))) {
    cd_error_set(err, CD_ENOMEM, path, 0, 0, -1, "out of memory");
    return CD_ENOMEM;
  }
  if (cap > 65536) cd_pages_fill_whole(*data, cap); /* a regular file: read to the end of the block */
  while (!error) {
    size_t got;
    if (*len == cap) { /* full: twice the room */
      char *p;
      if (cap > (size_t)-1 / 2 || !(p = realloc(*data, cap * 2))) {
        error = cd_error_set(err, CD_ENOMEM, path, 0, 0, -1, "out of memory");
        break;
      }
      *data = p;
      cap *= 2;
    }
    got = fread(*data + *len, 1, cap - *len, f);
    *len += got;
    if (*len > max_bytes) {
      error = cd_error_set(err, CD_ELIMIT, path, 0, 0, -1, "file is larger than the limit of %zu bytes",
                           max_bytes);
      break;
    }
    if (got == 0) {
      if (ferror(f)) error = cd_error_set(err, CD_EIO, path, 0, 0, -1, "read error: %s", strerror(errno));
      break;
    }
  }
  if (error) {
    free(*data);
    *data = NULL;
  }
  return error;
}

int cd_doc_read_file(char **bytes, size_t *len, const char *path, size_t max_bytes, cd_error *err) {
  FILE *f = fopen(path, "rb");
  int error;
  *bytes = NULL;
  *len = 0;
  if (!f) {
    cd_error_set(err, CD_EIO, path, 0, 0, -1, "cannot open: %s", strerror(errno));
    return CD_EIO;
  }
  error = read_all(f, path, max_bytes, bytes, len, err);
  fclose(f);
  return error;
}

/* A document (not a plain file) named "-" is standard input, called
 * "<stdin>" in errors and reports, with the same limit and checks. */
static int load(cd_doc **out, const char *path, size_t max_bytes, int plain, cd_error *err) {
  char *data;
  size_t len;
  int error;
  *out = NULL;
  if (plain || strcmp(path, "-")) {
    error = cd_doc_read_file(&data, &len, path, max_bytes, err);
  } else {
    path = "<stdin>";
    error = read_all(stdin, path, max_bytes, &data, &len, err);
  }
  if (error) return error;
  return parse_owned(out, path, data, len, plain, err); /* takes data; room for the NUL: len < cap */
}
