/* baseline.c: finding ids and baseline files; see baseline.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "doc.h"
#include "extract.h"
#include "render.h"
#include "utf8.h"

/* ---- ids ------------------------------------------------------------------------- */

#define FNV_BASIS 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static uint64_t fnv(uint64_t h, const char *p, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * FNV_PRIME;
  return h;
}

/* A field and the separator after it, so that ("ab", "c") is not ("a", "bc"). */
static uint64_t field(uint64_t h, const char *s) {
  return fnv(fnv(h, s ? s : "", s ? strlen(s) : 0), "\n", 1);
}

/* The sentence p[0, n) without its blanks (spaces, tabs, line breaks):
 * a line wrapped anew, in English or in Chinese (which has no space to
 * break at), is the same sentence. */
static uint64_t quote(uint64_t h, const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
      h = (h ^ (unsigned char)p[i]) * FNV_PRIME;
  return fnv(h, "\n", 1);
}

/* x's eight bytes, least significant first: the same id on any machine. */
static uint64_t word(uint64_t h, uint64_t x) {
  unsigned char b[8];
  for (int k = 0; k < 8; k++) b[k] = (unsigned char)(x >> (8 * k));
  return fnv(h, (const char *)b, 8);
}

uint64_t cd_finding_id(const cd_report *r, const cd_finding *f) {
  char val[96];
  uint64_t h = FNV_BASIS, said = 0;
  h = field(h, cd_finding_kind_name(f->kind));
  h = field(h, r->engine->rs->predicates[f->predicate].id);
  /* the statements in any order: their hashes added up (each a full
   * 64-bit hash, so a sum that matches by chance is as rare as any) */
  for (size_t k = 0; k < f->nclaims; k++) {
    const cd_extraction *ex = r->docs[f->claims[k].doc];
    const cd_claim *c = &ex->claims[f->claims[k].claim];
    cd_span sp = cd_extraction_claim_span(ex, c);
    said += field(quote(FNV_BASIS, ex->doc->bytes + sp.start, sp.end - sp.start),
                  cd_render_claim_value(c, val, sizeof val));
  }
  return word(word(h, said), (uint64_t)f->nclaims);
}

char *cd_finding_id_hex(uint64_t id, char *buf) {
  snprintf(buf, 17, "%016llx", (unsigned long long)id);
  return buf;
}

/* ---- reading ---------------------------------------------------------------------- */

static int by_id(const void *a, const void *b) {
  uint64_t x = ((const cd_baseline_entry *)a)->id, y = ((const cd_baseline_entry *)b)->id;
  return x < y ? -1 : x > y;
}

/* The id of a line's first 16 bytes, hex; -1 when they are not that. */
static int hex_id(const char *p, size_t n, uint64_t *id) {
  *id = 0;
  if (n < 16) return -1;
  for (int k = 0; k < 16; k++) {
    char c = p[k];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return -1;
    *id = *id << 4 | (uint64_t)d;
  }
  return 0;
}

/* One line p[0, n), numbered lineno: its entry, with the note's offset
 * into b->text in e->note until all are read. */
static int read_line(cd_baseline *b, const char *p, size_t n, const char *path, int lineno, cd_error *err) {
  const char *kind = p + 17, *key, *note;
  size_t nk;
  int known = 0;
  if (hex_id(p, n, &b->e[b->n].id) < 0 || n < 18 || p[16] != '\t')
    return cd_error_set(err, CD_EINPUT, path, lineno, 1, -1,
                        "expected a finding id of 16 hex digits and a tab");
  key = memchr(kind, '\t', n - 17);
  nk = key ? (size_t)(key - kind) : 0;
  for (int k = CD_FIND_AGREEMENT; k <= CD_FIND_CONTRADICTION; k++)
    known |= strlen(cd_finding_kind_name(k)) == nk && !memcmp(kind, cd_finding_kind_name(k), nk);
  if (!known || key + 1 >= p + n)
    return cd_error_set(err, CD_EINPUT, path, lineno, 18, -1,
                        "expected a kind of finding, a tab and its key");
  note = memchr(key + 1, '\t', (size_t)(p + n - key - 1));
  b->e[b->n].note = b->text.len;
  if (note) cd_buf_put(&b->text, note + 1, (size_t)(p + n - note - 1));
  cd_buf_putc(&b->text, '\0');
  b->n++;
  return b->text.error ? cd_error_set(err, CD_ENOMEM, path, lineno, 0, -1, "out of memory") : 0;
}

int cd_baseline_read(cd_baseline *b, const char *path, cd_error *err) {
  char *bytes;
  size_t len, ok, cap = 0;
  int error, lineno = 0;
  memset(b, 0, sizeof *b);
  if ((error = cd_doc_read_file(&bytes, &len, path, CD_DEFAULT_MAX_FILE_BYTES, err)) < 0) return error;
  if ((ok = cd_utf8_check(bytes, len)) < len) {
    free(bytes);
    return cd_error_set(err, CD_EUTF8, path, 0, 0, (long)ok, "invalid UTF-8 or a NUL byte at byte %zu", ok);
  }
  for (const char *p = bytes, *end = bytes + len; !error && p < end;) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((nl ? nl : end) - p);
    lineno++;
    if (n && p[n - 1] == '\r') n--;
    if (n && p[0] != '#') {
      if (cd_array_reserve((void **)&b->e, &cap, b->n + 1, sizeof *b->e) < 0)
        error = cd_error_set(err, CD_ENOMEM, path, lineno, 0, -1, "out of memory");
      else
        error = read_line(b, p, n, path, lineno, err);
    }
    p = nl ? nl + 1 : end;
  }
  free(bytes);
  if (error) {
    cd_baseline_dispose(b);
    return error;
  }
  if (b->n) qsort(b->e, b->n, sizeof *b->e, by_id);
  return 0;
}

static const cd_baseline_entry *find(const cd_baseline *b, uint64_t id) {
  cd_baseline_entry want = {id, 0};
  return b && b->n ? bsearch(&want, b->e, b->n, sizeof *b->e, by_id) : NULL;
}

const char *cd_baseline_note(const cd_baseline *b, uint64_t id) {
  const cd_baseline_entry *e = find(b, id);
  return e ? b->text.ptr + e->note : NULL;
}

void cd_baseline_apply(cd_report *r, const cd_baseline *b) {
  cd_finding *hidden = cd_arena_alloc(&r->arena, (r->nfindings ? r->nfindings : 1) * sizeof *hidden);
  size_t kept = 0;
  r->baseline = 1;
  for (size_t i = 0; i < r->nfindings; i++) {
    const cd_finding *f = &r->findings[i];
    if (hidden && find(b, cd_finding_id(r, f))) {
      r->counts[f->kind]--;
      hidden[r->baselined++] = *f;
    } else {
      r->findings[kept++] = *f;
    }
  }
  if (hidden && r->baselined) memcpy(r->findings + kept, hidden, r->baselined * sizeof *hidden);
  r->nfindings = kept;
}

/* ---- writing ---------------------------------------------------------------------- */

int cd_baseline_render(cd_buf *out, const cd_report *r, const cd_baseline *old, const char *note) {
  char hex[17], key[512];
  cd_buf_puts(out, "# claimdiff baseline: findings accepted, hidden from a comparison given --baseline\n"
                   "# ID\tKIND\tKEY\tNOTE (the note is yours: edit it; man claimdiff)\n");
  for (size_t i = 0; i < r->nfindings; i++) {
    const cd_finding *f = &r->findings[i];
    uint64_t id;
    const char *was;
    if (f->kind == CD_FIND_AGREEMENT) continue;
    id = cd_finding_id(r, f);
    was = cd_baseline_note(old, id);
    cd_buf_printf(out, "%s\t%s\t%s", cd_finding_id_hex(id, hex), cd_finding_kind_name(f->kind),
                  cd_align_key(r, f, key, sizeof key));
    if (was ? *was : note && *note) cd_buf_printf(out, "\t%s", was ? was : note);
    cd_buf_putc(out, '\n');
  }
  return out->error ? CD_ENOMEM : 0;
}

void cd_baseline_dispose(cd_baseline *b) {
  free(b->e);
  cd_buf_dispose(&b->text);
  memset(b, 0, sizeof *b);
}
