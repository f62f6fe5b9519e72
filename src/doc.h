/* doc.h: load one document: read, validate UTF-8, BOM, front matter.
 *
 * Takes a file (or bytes) and produces a cd_doc that owns the original
 * bytes, unchanged, plus a line-start index so that any byte offset can be
 * turned into line and column at report time (with a column mark every
 * CD_DOC_COLUMN_MARK bytes, so a long line costs no more). Everything later refers to
 * the document by byte offsets into doc->bytes. Cost: O(bytes), two passes.
 * Free with cd_doc_free(). */
#ifndef CD_DOC_H
#define CD_DOC_H

#include <stddef.h>

#include "claimdiff.h"
#include "common.h"

typedef struct cd_doc {
  char *path;  /* as given on the command line */
  char *bytes; /* original bytes, plus a NUL after them */
  size_t len;  /* byte count */
  size_t body; /* byte offset where the body starts (after BOM, front matter) */
  char *title; /* front matter fields, NULL when absent */
  char *outlet;
  cd_date date;  /* from the front matter; year 0 when none */
  char lang[3];  /* "zh", "en" or "" (then guessed from the text) */
  int invented;  /* front matter says `invented: true` */
  size_t *lines; /* byte offset of each line start; NULL in a plain document */
  size_t nlines;
  unsigned *colmarks; /* [len / CD_DOC_COLUMN_MARK + 1]: at byte k * CD_DOC_COLUMN_MARK, the
                       * code points from its line's start to it (cd_doc_position) */
} cd_doc;

/* cd_doc_load: reads path (at most max_bytes bytes, else CD_ELIMIT) and
 * parses it as cd_doc_parse does. The path "-" reads standard input to its
 * end, and the document (and any error) is then named "<stdin>". */
int cd_doc_load(cd_doc **out, const char *path, size_t max_bytes, cd_error *err);

/* cd_doc_parse: builds a document from bytes[0, len) (copied). Rejects, with
 * the position of the first offence: an empty file (or one with only a front
 * matter or white space), invalid UTF-8 (overlong forms, surrogates, code
 * points over U+10FFFF, truncated sequences), NUL bytes, a BOM anywhere but
 * at the start, and malformed front matter (unknown key, bad date, missing
 * closing ---). Front matter values may be followed by " # comment". */
int cd_doc_parse(cd_doc **out, const char *path, const char *bytes, size_t len, cd_error *err);

/* cd_doc_load_plain: as cd_doc_load, for a file with no front matter (a
 * rule file, where "---" starts a YAML document). A plain document has no
 * line index (lines and colmarks NULL): it is read once, for its bytes, and
 * a position in it (for an error) is counted from its start. */
int cd_doc_load_plain(cd_doc **out, const char *path, size_t max_bytes, cd_error *err);
int cd_doc_parse_plain(cd_doc **out, const char *path, const char *bytes, size_t len, cd_error *err);

/* cd_doc_load_plain in two halves, for a caller that may not need the
 * checks (a rule file whose parsed tree is cached for these very bytes):
 * cd_doc_read_file reads path (at most max_bytes, else CD_ELIMIT) into
 * *bytes, malloc'd with room for a NUL after its *len bytes, unchecked
 * (the caller frees it); cd_doc_adopt_plain makes a plain document of such
 * bytes, with every check, and takes them over (the document's, or freed
 * on failure). */
int cd_doc_read_file(char **bytes, size_t *len, const char *path, size_t max_bytes, cd_error *err);
int cd_doc_adopt_plain(cd_doc **out, const char *path, char *bytes, size_t len, cd_error *err);

/* cd_doc_position: 1-based line and column (in code points) of byte offset
 * off. O(log lines + CD_DOC_COLUMN_MARK), however long the line; O(off) in
 * a plain document. */
#define CD_DOC_COLUMN_MARK 256
void cd_doc_position(const cd_doc *doc, size_t off, int *line, int *column);

void cd_doc_free(cd_doc *doc);

#endif
