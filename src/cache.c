/* cache.c: the cache directory and its files; see cache.h. */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* mkdir -p for the last two components of dir (the cache home may not
 * exist yet); EEXIST is success. */
static int make_dirs(char *dir) {
  char *slash = strrchr(dir, '/');
  if (mkdir(dir, 0700) == 0 || errno == EEXIST) return 0;
  if (!slash || slash == dir) return -1;
  *slash = '\0';
  if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
    *slash = '/';
    return -1;
  }
  *slash = '/';
  return mkdir(dir, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

int cd_cache_dir(char *out, size_t n) {
  const char *env = getenv("CLAIMDIFF_CACHE"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
  int k;
  if (env && (!*env || !strcmp(env, "off"))) return -1;
  if (env)
    k = snprintf(out, n, "%s", env);
  else if (xdg && *xdg == '/')
    k = snprintf(out, n, "%s/claimdiff", xdg);
  else if (home && *home)
    k = snprintf(out, n, "%s/.cache/claimdiff", home);
  else
    return -1;
  return k < 0 || (size_t)k >= n || make_dirs(out) < 0 ? -1 : 0;
}

/* Each word mixed into a state (cd_hash_mix: a change to one word always
 * changes the state); four states take a 32-byte step's words side by
 * side (their multiplies do not wait on each other, and the loop's own
 * instructions are paid once for four words), then fold into one by the
 * stronger fold(), which takes the last words one at a time; a final
 * avalanche. The last 1 to 7 bytes are read as at most two loads
 * (last_bytes), not a byte at a time, and an input under 32 bytes goes
 * to hash_tail alone, with none of the four states' set-up. */
static uint64_t fold(uint64_t h, uint64_t w) {
  h ^= w * 0x87C37B91114253D5u;
  return (h << 31 | h >> 33) * 0x4CF5AD432745937Fu;
}

static uint64_t load32(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* p[0, r), 0 < r < 8, as one word: every byte in it, so that inputs of
 * one length that differ give different words. */
static uint64_t last_bytes(const unsigned char *p, size_t r) {
  if (r >= 4) return load32(p) | load32(p + r - 4) << 32; /* two loads that overlap */
  return (uint64_t)p[0] | (uint64_t)p[r / 2] << 8 | (uint64_t)p[r - 1] << 16;
}

/* The words of p[i, n) folded into h, then the avalanche. */
static uint64_t hash_tail(const unsigned char *p, size_t i, size_t n, uint64_t h) {
  for (; n - i >= 8; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    h = fold(h, w);
  }
  if (i < n) h = fold(h, last_bytes(p + i, n - i));
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDu;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53u;
  return h ^ h >> 33;
}

/* The 32-byte steps of cd_hash64, apart so that a short input does not
 * pay for their registers. */
static uint64_t hash_long(const unsigned char *p, size_t n, uint64_t h) {
  uint64_t s0 = h, s1 = h ^ 0x6A09E667F3BCC908u, s2 = h ^ 0xBB67AE8584CAA73Bu, s3 = h ^ 0x3C6EF372FE94F82Bu;
  size_t i = 0;
  for (; n - i >= 32; i += 32) {
    uint64_t w0, w1, w2, w3; /* four loads to registers, not a copy to the stack */
    memcpy(&w0, p + i, 8);
    memcpy(&w1, p + i + 8, 8);
    memcpy(&w2, p + i + 16, 8);
    memcpy(&w3, p + i + 24, 8);
    s0 = cd_hash_mix(s0, w0), s1 = cd_hash_mix(s1, w1), s2 = cd_hash_mix(s2, w2), s3 = cd_hash_mix(s3, w3);
  }
  return hash_tail(p, i, n, fold(fold(fold(fold(h, s0), s1), s2), s3));
}

uint64_t cd_hash64(const void *data, size_t n, uint64_t seed) {
  uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15u);
  return n >= 32 ? hash_long(data, n, h) : hash_tail(data, 0, n, h);
}

int cd_read_all(int fd, void *p, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = read(fd, (char *)p + got, n - got);
    if (r <= 0) return -1;
    got += (size_t)r;
  }
  return 0;
}

int cd_cache_put(const char *path, const void *bytes, size_t n) {
  char tmp[4200];
  int fd, ok;
  if (snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid()) >= (int)sizeof tmp ||
      (fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
    return -1;
  ok = write(fd, bytes, n) == (ssize_t)n;
  ok = close(fd) == 0 && ok;
  if (ok && rename(tmp, path) < 0) ok = 0;
  if (!ok) unlink(tmp);
  return ok ? 0 : -1;
}

/* ---- pruning ---------------------------------------------------------------- */

typedef struct aged {
  struct timespec mtime;
  char name[24]; /* "%016llx" and the suffix */
} aged;

/* Oldest first by modification time, which a write sets: a file removed
 * is only made again at its next use. */
static int older_first(const void *a, const void *b) {
  const struct timespec *x = &((const aged *)a)->mtime, *y = &((const aged *)b)->mtime;
  if (x->tv_sec != y->tv_sec) return x->tv_sec < y->tv_sec ? -1 : 1;
  return x->tv_nsec < y->tv_nsec ? -1 : x->tv_nsec > y->tv_nsec;
}

/* Is name a cache file of this suffix ("%016llx" suffix), or a temporary
 * file of its write (that name, ".PID.tmp")? 1 file, 2 temporary, 0 no. */
static int cache_name(const char *name, const char *suffix) {
  size_t n = strlen(name), s = strlen(suffix), k = 16 + s;
  if (n < k || strspn(name, "0123456789abcdef") != 16 || memcmp(name + 16, suffix, s) != 0) return 0;
  if (n == k) return 1;
  return n > k + 5 && name[k] == '.' && strspn(name + k + 1, "0123456789") == n - k - 5 &&
                 !strcmp(name + n - 4, ".tmp")
             ? 2
             : 0;
}

void cd_cache_prune(const char *dir, const char *suffix, size_t keep) {
  DIR *d = opendir(dir);
  aged *files = NULL, *grown;
  size_t n = 0, cap = 0, s = strlen(suffix);
  struct dirent *e;
  struct stat st;
  if (!d || s > sizeof files->name - 17) {
    if (d) closedir(d);
    return;
  }
  while ((e = readdir(d)) != NULL) {
    int kind = cache_name(e->d_name, suffix);
    if (!kind || fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (kind == 2) {
      if (st.st_mtim.tv_sec + 3600 < time(NULL)) unlinkat(dirfd(d), e->d_name, 0);
      continue;
    }
    if (n == cap) {
      cap = cap ? 2 * cap : 64;
      if (!(grown = realloc(files, cap * sizeof *files))) break;
      files = grown;
    }
    files[n].mtime = st.st_mtim;
    memcpy(files[n].name, e->d_name, 16 + s + 1);
    n++;
  }
  if (n > keep) {
    qsort(files, n, sizeof *files, older_first);
    for (size_t i = 0; i < n - keep; i++) unlinkat(dirfd(d), files[i].name, 0);
  }
  free(files);
  closedir(d);
}
