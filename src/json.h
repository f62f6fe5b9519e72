/* json.h: JSON string escaping, in exactly one place. */
#ifndef CD_JSON_H
#define CD_JSON_H

#include <stddef.h>

#include "buf.h"

/* cd_json_string: appends p[0, n) as a quoted JSON string: " \ and
 * control characters escaped, bytes that are not UTF-8 as \ufffd,
 * everything else as is. */
int cd_json_string(cd_buf *b, const char *p, size_t n);
/* cd_json_cstr: the same for a NUL-terminated string, or null for NULL. */
int cd_json_cstr(cd_buf *b, const char *s);

#endif
