/* error.c: filling and printing cd_error. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "claimdiff.h"

int cd_error_set(cd_error *err, int code, const char *path, int line, int column, long byte, const char *fmt,
                 ...) {
  va_list ap;
  if (!err) return code;
  err->code = code;
  snprintf(err->path, sizeof err->path, "%s", path ? path : "");
  err->line = line;
  err->column = column;
  err->byte = byte;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return code;
}

char *cd_error_format(const cd_error *err, char *buf, size_t n) {
  size_t off = 0;
  if (err->path[0]) off += (size_t)snprintf(buf + off, n - off, "%s:", err->path);
  if (off < n && err->line > 0) off += (size_t)snprintf(buf + off, n - off, "%d:", err->line);
  if (off < n && err->line > 0 && err->column > 0)
    off += (size_t)snprintf(buf + off, n - off, "%d:", err->column);
  if (off < n) snprintf(buf + off, n - off, "%s%s", off ? " " : "", err->msg);
  return buf;
}
