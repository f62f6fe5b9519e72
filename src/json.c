/* json.c: JSON string escaping. O(n). */
#include "json.h"

#include "utf8.h"

#include <string.h>

int cd_json_string(cd_buf *b, const char *p, size_t n) {
  static const char hex[] = "0123456789abcdef";
  size_t run = 0, valid_to = 0;
  int error;
  if ((error = cd_buf_putc(b, '"')) < 0) return error;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    char esc[7];
    size_t k = 0;
    /* bytes that are not UTF-8 (a file name from the command line) become
     * U+FFFD: the report must stay valid JSON. Document text is checked
     * on loading and never gets here broken. */
    if (i >= valid_to) {
      size_t ok = cd_utf8_check(p + i, n - i);
      valid_to = i + (ok ? ok : 0);
      if (ok == 0 && c != 0) {
        if ((error = cd_buf_put(b, p + i - run, run)) < 0 || (error = cd_buf_puts(b, "\\ufffd")) < 0)
          return error;
        run = 0;
        continue;
      }
    }
    if (c == '"' || c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)c;
      k = 2;
    } else if (c < 0x20) {
      esc[0] = '\\';
      switch (c) {
      case '\n':
        esc[1] = 'n';
        k = 2;
        break;
      case '\r':
        esc[1] = 'r';
        k = 2;
        break;
      case '\t':
        esc[1] = 't';
        k = 2;
        break;
      default:
        memcpy(esc, "\\u00", 4);
        esc[4] = hex[c >> 4];
        esc[5] = hex[c & 15];
        k = 6;
      }
    }
    if (k == 0) {
      run++;
      continue;
    }
    if ((error = cd_buf_put(b, p + i - run, run)) < 0 || (error = cd_buf_put(b, esc, k)) < 0) return error;
    run = 0;
  }
  if ((error = cd_buf_put(b, p + n - run, run)) < 0) return error;
  return cd_buf_putc(b, '"');
}

int cd_json_cstr(cd_buf *b, const char *s) {
  return s ? cd_json_string(b, s, strlen(s)) : cd_buf_puts(b, "null");
}
