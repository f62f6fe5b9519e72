/* test_segment.c: sentence ends and each sentence's language (segment.h),
 * where the segmenter's short cuts could go wrong: ASCII passed over a
 * word at a time, letters counted only once a sentence has Han; and a
 * joined wrap closed in the normalised text. More segmenting is checked
 * end to end in test_extract.c and test_norm.c. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "segment.h"
#include "trim.h"
#include "utf8.h"

/* Splits text (trim with no rules, no abbreviations) into *sen; the
 * caller frees *sen and disposes of nm. */
static size_t split(const char *text, size_t len, cd_norm *nm, cd_sentence **sen) {
  cd_line *lines = NULL;
  size_t nlines = 0, nsen = 0;
  assert_int_equal(cd_norm_text(nm, text, 0, len, NULL), 0);
  assert_int_equal(cd_trim_lines(&lines, &nlines, nm, text, NULL, 0, NULL), 0);
  assert_int_equal(cd_segment_split(sen, &nsen, text, nm, lines, nlines, NULL, NULL), 0);
  free(lines);
  return nsen;
}

/* Letters before a sentence's first Han character count as much as
 * those after it (the segmenter counts them only once Han comes): p
 * letters, h times 中, q letters, and a line break inside, is Chinese
 * just when 4h >= p + q, whatever the lengths of the ASCII runs (some
 * longer than a word of eight bytes). */
static void test_segment_letters_before_han_count(void **state) {
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn";
  (void)state;
  for (int p = 0; p <= 24; p++)
    for (int h = 1; h <= 5; h++)
      for (int q = 0; q <= 12; q += 3) {
        char text[256];
        size_t n = 0, nsen;
        cd_norm nm;
        cd_sentence *sen = NULL;
        /* "1 " first: a run that starts with no letter */
        n += (size_t)snprintf(text + n, sizeof text - n, "1 %.*s", p, letters);
        for (int k = 0; k < h; k++) n += (size_t)snprintf(text + n, sizeof text - n, "\xE4\xB8\xAD");
        n += (size_t)snprintf(text + n, sizeof text - n, "%.*s 2.", q, letters);
        nsen = split(text, n, &nm, &sen);
        assert_int_equal(nsen, 1);
        if (sen[0].lang != (4 * h >= p + q ? CD_LANG_ZH : CD_LANG_EN))
          fail_msg("p %d h %d q %d: %s", p, h, q, cd_lang_name(sen[0].lang));
        free(sen);
        cd_norm_dispose(&nm);
      }
}

/* A sentence of English with no Han is English however few its letters,
 * and the next sentence's count starts from zero: "1. 中a." is two
 * sentences, the second Chinese. */
static void test_segment_count_starts_at_each_sentence(void **state) {
  static const char text[] = "Some words here and there. \xE4\xB8\xAD"
                             "abcd.";
  cd_norm nm;
  cd_sentence *sen = NULL;
  (void)state;
  assert_int_equal(split(text, sizeof text - 1, &nm, &sen), 2);
  assert_int_equal(sen[0].lang, CD_LANG_EN);
  assert_int_equal(sen[1].lang, CD_LANG_ZH); /* 中 is worth four letters */
  free(sen);
  cd_norm_dispose(&nm);
}

/* Every byte outside ASCII stops the word-at-a-time pass, wherever it
 * stands in a word: a sentence end after it is still found. é, a curly
 * quote and 中 at every offset of a long run. */
static void test_segment_stops_at_every_offset(void **state) {
  static const char *const chars[] = {"\xC3\xA9", "\xE2\x80\x9C", "\xE4\xB8\xAD"};
  (void)state;
  for (size_t c = 0; c < sizeof chars / sizeof *chars; c++)
    for (int at = 0; at < 20; at++) {
      char text[128];
      int n = snprintf(text, sizeof text, "%.*s%s%.*s? Next one.", at, "xxxxxxxxxxxxxxxxxxxx", chars[c],
                       20 - at, "yyyyyyyyyyyyyyyyyyyy");
      cd_norm nm;
      cd_sentence *sen = NULL;
      assert_int_equal(split(text, (size_t)n, &nm, &sen), 2);
      assert_int_equal(sen[0].span.end, (uint32_t)(n - 10)); /* through the '?' */
      free(sen);
      cd_norm_dispose(&nm);
    }
}

/* The pass over ASCII stops at each line's end (the line break is not
 * looked for in the text: the lines trim found say where it is): a line
 * of any length ends a sentence when the next starts in upper case, and
 * runs on into it (a wrap) when it starts in lower case. */
static void test_segment_lines_end_at_every_length(void **state) {
  (void)state;
  for (int n = 1; n <= 24; n++)
    for (int upper = 0; upper <= 1; upper++) {
      char text[128];
      int len = snprintf(text, sizeof text, "%.*s\n%s ends here.\nLast.", n, "wwwwwwwwwwwwwwwwwwwwwwww",
                         upper ? "It" : "it");
      cd_norm nm;
      cd_sentence *sen = NULL;
      size_t nsen = split(text, (size_t)len, &nm, &sen);
      assert_int_equal(nsen, upper ? 3 : 2);
      assert_int_equal(sen[0].span.end, upper ? (uint32_t)n : (uint32_t)(n + 1 + 13)); /* "it ends here." */
      free(sen);
      cd_norm_dispose(&nm);
    }
}

/* A joined wrap is closed in the normalised text: a Chinese one with no
 * space left (实体 / 清单 reads 实体清单), an English one with one space
 * ("entity \n  list" reads "entity list"). Every byte still maps to its
 * original offset, the map never goes back, and the sentence's span in the
 * original covers both lines. */
static void test_segment_closes_wraps_in_norm(void **state) {
  static const char zh[] = "\xE5\x88\x97\xE5\x85\xA5\xE5\xAE\x9E\xE4\xBD\x93 \n"
                           "\xE6\xB8\x85\xE5\x8D\x95\xE3\x80\x82"; /* 列入实体 / 清单。 */
  static const char en[] = "On the entity \n  list now.";
  cd_norm nm;
  cd_sentence *sen = NULL;
  (void)state;
  assert_int_equal(split(zh, sizeof zh - 1, &nm, &sen), 1);
  assert_int_equal(sen[0].nspan.end - sen[0].nspan.start, 21); /* seven characters, no space */
  assert_memory_equal(nm.ptr + sen[0].nspan.start,
                      "\xE5\x88\x97\xE5\x85\xA5\xE5\xAE\x9E\xE4\xBD\x93"
                      "\xE6\xB8\x85\xE5\x8D\x95\xE3\x80\x82",
                      21);
  assert_int_equal(cd_norm_orig(&nm, 12), 14); /* 清 comes from after "体 \n" */
  assert_int_equal(cd_norm_orig(&nm, 21), sizeof zh - 1);
  assert_int_equal(sen[0].span.start, 0);
  assert_int_equal(sen[0].span.end, sizeof zh - 1);
  for (size_t k = 0; k < nm.len; k++) assert_true(cd_norm_orig(&nm, k) <= cd_norm_orig(&nm, k + 1));
  free(sen);
  cd_norm_dispose(&nm);
  assert_int_equal(split(en, sizeof en - 1, &nm, &sen), 1);
  assert_memory_equal(nm.ptr + sen[0].nspan.start, "on the entity list now.", 23);
  assert_int_equal(cd_norm_orig(&nm, 13), 14); /* the space stands for the '\n' */
  assert_int_equal(cd_norm_orig(&nm, 14), 17); /* "list" */
  assert_int_equal(sen[0].span.end, sizeof en - 1);
  for (size_t k = 0; k < nm.len; k++) assert_true(cd_norm_orig(&nm, k) <= cd_norm_orig(&nm, k + 1));
  free(sen);
  cd_norm_dispose(&nm);
}

/* A blank between two Han characters ends a sentence (a headline's two
 * clauses: 未讨论台湾议题 川普调降关税), an ideographic space too, and
 * several blanks as one; a blank between Han and a digit or a letter, or
 * between two words of English, ends none; nor does a dotted initialism's
 * dot in a sentence that has Han. A period glued to a capitalised word
 * after a lower-case one ends one (a lost space). */
static void test_segment_blank_between_han(void **state) {
  static const struct {
    const char *text;
    size_t n;           /* sentences */
    const char *second; /* the second's text (normalised), or NULL */
  } rows[] = {
      {"\xE6\x9C\xAA\xE8\xAE\xA8\xE8\xAE\xBA \xE5\xB7\x9D\xE6\x99\xAE", 2, "\xE5\xB7\x9D\xE6\x99\xAE"},
      {"\xE6\x9C\xAA\xE8\xAE\xA8\xE8\xAE\xBA\xE3\x80\x80\xE5\xB7\x9D\xE6\x99\xAE", 2,
       "\xE5\xB7\x9D\xE6\x99\xAE"},
      {"\xE6\x9C\xAA\xE8\xAE\xA8\xE8\xAE\xBA   \xE5\xB7\x9D\xE6\x99\xAE", 2, "\xE5\xB7\x9D\xE6\x99\xAE"},
      {"\xE5\x85\xB3\xE7\xA8\x8E 10%", 1, NULL},
      {"\xE8\x8B\xB1\xE4\xBC\x9F\xE8\xBE\xBE Nvidia \xE5\x85\xAC\xE5\x8F\xB8", 1, NULL},
      {"tariffs on China", 1, NULL},
      /* a dotted initialism in a sentence that has Han ends none (Chinese
       * ends a sentence with 。): 进口商 V.O.S. Selections 等五家企业。; in
       * English its dot still may end one */
      {"\xE8\xBF\x9B\xE5\x8F\xA3\xE5\x95\x86 V.O.S. Selections \xE7\xAD\x89\xE4\xBA\x94\xE5\xAE\xB6"
       "\xE4\xBC\x81\xE4\xB8\x9A\xE3\x80\x82",
       1, NULL},
      {"A wine importer, V.O.S. The court ruled for it.", 2, "the court ruled for it."},
      /* two sentences glued by a lost space (a copy whose paragraphs ran
       * together) are two; a domain, an initialism before a capital and
       * a two-letter abbreviation are not cut */
      {"It addressed American concerns.According to AFP, the truce held.", 2,
       "according to afp, the truce held."},
      {"Shares of Amazon.com rose.", 1, NULL},
      {"The U.S.Treasury said so.", 1, NULL},
      {"Mr.Smith left.", 1, NULL},
  };
  (void)state;
  for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
    cd_norm nm;
    cd_sentence *sen = NULL;
    size_t n = split(rows[r].text, strlen(rows[r].text), &nm, &sen);
    if (n != rows[r].n) fail_msg("row %zu: %zu sentences, want %zu", r, n, rows[r].n);
    if (rows[r].second && (sen[1].nspan.end - sen[1].nspan.start != strlen(rows[r].second) ||
                           memcmp(nm.ptr + sen[1].nspan.start, rows[r].second, strlen(rows[r].second))))
      fail_msg("row %zu: the second sentence is '%.*s'", r, (int)(sen[1].nspan.end - sen[1].nspan.start),
               nm.ptr + sen[1].nspan.start);
    free(sen);
    cd_norm_dispose(&nm);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_segment_letters_before_han_count),
      cmocka_unit_test(test_segment_blank_between_han),
      cmocka_unit_test(test_segment_closes_wraps_in_norm),
      cmocka_unit_test(test_segment_count_starts_at_each_sentence),
      cmocka_unit_test(test_segment_stops_at_every_offset),
      cmocka_unit_test(test_segment_lines_end_at_every_length),
  };
  return cmocka_run_group_tests_name("segment", tests, NULL, NULL);
}
