/* rules_files.c: the rule files of one load, read and parsed before any
 * is walked (rules_load.h), the parsing on two threads.
 *
 * Parsing the YAML is most of what a load costs, and a file's parse
 * depends on nothing but its bytes, so the files are parsed side by side:
 * the caller's thread and one more each take the next file, largest first
 * (the largest of the shipped rules is two fifths of them), until none is
 * left. The walk that follows (rules.c) is in file order on the caller's
 * thread, so the ruleset, and which error comes first, are what one file
 * after the other gave: a file's failure to read or parse is kept only
 * when no earlier file has failed, and only the files before it are
 * walked. A file's tree comes from the cache (rules_cache.c) when it holds
 * one of these very bytes, else from its YAML (rules_parse.c).
 *
 *   reading   caller's thread, in file order, up to the first failure
 *   parsing   two threads, largest file first; lock: next, failed
 *   walking   caller's thread, in file order (rules.c)
 *
 * Cost: the files' bytes and every tree at once (about 5 MB for the
 * shipped rules), one thread started and joined a load of two files or
 * more. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc.h"
#include "rules_load.h"

#define RULE_FILE_MAX ((size_t)16 << 20)

/* A rule file's bytes (taken over) checked as a plain document (UTF-8, BOM,
 * not empty), and parsed into *doc (t owns what it points into); its
 * errors are the rules'. */
int rl_parse_file(rl_tree *t, yaml_document_t *doc, const char *path, char *bytes, size_t len,
                  cd_error *err) {
  cd_doc *d;
  int error = cd_doc_adopt_plain(&d, path, bytes, len, err);
  if (error == CD_EINPUT) return cd_error_set(err, CD_ERULES, path, 1, 1, -1, "empty rule file");
  if (error == CD_EUTF8) return err ? (err->code = CD_ERULES) : CD_ERULES;
  if (error < 0) return error;
  error = rl_tree_parse(t, doc, d->bytes, d->len, path, err);
  cd_doc_free(d);
  return error;
}

/* File i's failure, kept when no earlier file has failed. */
static void fail(rl_files *fs, size_t i, int error, const cd_error *err) {
  pthread_mutex_lock(&fs->lock);
  if (i < fs->ready) {
    fs->ready = i;
    fs->error = error;
    fs->err = *err;
  }
  pthread_mutex_unlock(&fs->lock);
}

/* Whether file f's tree may be in the cache: a cache file is there for
 * it. Such a file is not parsed here; its tree is read back when it is
 * walked (rl_file_tree), one tree at a time as when nothing is parsed
 * ahead, so that a load from the cache holds no more memory than it did. */
static int may_be_cached(rl_files *fs, rl_file *f) {
  char cache[4200];
  struct stat st;
  f->use_cache = fs->cache_dir && rl_cache_path(cache, sizeof cache, fs->cache_dir, f->path) == 0;
  if (!f->use_cache) return 0;
  f->key = rl_cache_key(f->bytes, f->len);
  return stat(cache, &st) == 0;
}

int rl_file_tree(rl_file *f, const char *cache_dir, cd_error *err) {
  char cache[4200];
  char *bytes = f->bytes;
  if (!bytes) return 0; /* parsed already */
  f->bytes = NULL;
  if (f->use_cache && rl_cache_path(cache, sizeof cache, cache_dir, f->path) == 0 &&
      rl_cache_read(&f->tree, &f->doc, cache, f->key, f->len) == 0) {
    f->cached = 1;
    free(bytes);
    return 0;
  }
  return rl_parse_file(&f->tree, &f->doc, f->path, bytes, f->len, err); /* takes bytes */
}

/* Takes the next file, largest first, and parses it, until none is left
 * (or only files after one that failed). Both threads run it. */
static void *parse_files(void *vfs) {
  rl_files *fs = vfs;
  cd_error err;
  for (;;) {
    size_t i;
    int error;
    pthread_mutex_lock(&fs->lock);
    do {
      i = fs->next < fs->nparse ? fs->order[fs->next++].file : SIZE_MAX;
    } while (i != SIZE_MAX && i > fs->ready);
    pthread_mutex_unlock(&fs->lock);
    if (i == SIZE_MAX) return NULL;
    rl_file *f = &fs->files[i];
    char *bytes = f->bytes;
    f->bytes = NULL;
    memset(&err, 0, sizeof err);
    if ((error = rl_parse_file(&f->tree, &f->doc, f->path, bytes, f->len, &err)) < 0) /* takes bytes */
      fail(fs, i, error, &err);
  }
}

/* Larger first; of two the same size, the earlier file first. */
static int cmp_order(const void *va, const void *vb) {
  const rl_order *a = va, *b = vb;
  if (a->len != b->len) return a->len < b->len ? 1 : -1;
  return (a->file > b->file) - (a->file < b->file);
}

int rl_files_parse(rl_files *fs, const char *const *paths, size_t n, const char *cache_dir) {
  pthread_t worker;
  int started = 0;
  memset(fs, 0, sizeof *fs);
  fs->n = n;
  fs->cache_dir = cache_dir;
  if (!(fs->files = calloc(n ? n : 1, sizeof *fs->files)) ||
      !(fs->order = malloc((n ? n : 1) * sizeof *fs->order)) || pthread_mutex_init(&fs->lock, NULL) != 0)
    return cd_error_set(&fs->err, fs->error = CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  fs->locked = 1;
  fs->ready = n;
  for (; fs->nread < n; fs->nread++) {
    rl_file *f = &fs->files[fs->nread];
    f->path = paths[fs->nread];
    if ((fs->error = cd_doc_read_file(&f->bytes, &f->len, f->path, RULE_FILE_MAX, &fs->err)) < 0) {
      fs->ready = fs->nread;
      break;
    }
  }
  /* the files the cache may hold are left to the walk: a tree is quickly
   * read back, and a load whose trees are all cached stays on one thread,
   * so that its work is the same from run to run (tests/linear.sh counts
   * instructions) */
  for (size_t i = 0; i < fs->nread; i++)
    if (!may_be_cached(fs, &fs->files[i])) fs->order[fs->nparse++] = (rl_order){fs->files[i].len, i};
  qsort(fs->order, fs->nparse, sizeof *fs->order, cmp_order);
  /* a second thread when there are two files to share, and two processors */
  if (fs->nparse > 1 && sysconf(_SC_NPROCESSORS_ONLN) > 1)
    started = pthread_create(&worker, NULL, parse_files, fs) == 0;
  parse_files(fs);
  if (started) pthread_join(worker, NULL);
  return fs->ready < n ? fs->error : 0;
}

void rl_files_dispose(rl_files *fs) {
  for (size_t i = 0; i < fs->n && fs->files; i++) {
    free(fs->files[i].bytes);
    rl_tree_free(&fs->files[i].tree);
  }
  free(fs->files);
  free(fs->order);
  if (fs->locked) pthread_mutex_destroy(&fs->lock);
  memset(fs, 0, sizeof *fs);
}
