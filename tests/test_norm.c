/* test_norm.c: NFKC + case folding, the offset map, and the places where
 * blind NFKC would change meaning in Chinese. */
#include "testutil.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <yaml.h>

#include "arena.h"
#include "buf.h"
#include "norm.h"
#include "segment.h"
#include "trim.h"

static const struct {
  const char *in, *out;
} rows[] = {
    {"Nvidia", "nvidia"},
    /* ASCII is lower-cased eight bytes at a time: every letter, the bytes
     * either side of A-Z and a-z, at every offset of a word */
    {"@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`abcxyz{ 0129 AZaz", "@abcdefghijklmnopqrstuvwxyz[`abcxyz{ 0129 azaz"},
    {"xAZ@[`{ZAxBYxCXxDW", "xaz@[`{zaxbyxcxxdw"},
    {"ＮＶＩＤＩＡ　Ｈ２０", "nvidia h20"}, /* full-width letters, digits, space */
    {"５５亿美元", "55亿美元"},             /* full-width digits */
    {"‘backdoor’ “kill switch”", "'backdoor' \"kill switch\""},
    {"3，5", "3，5"}, /* the clause comma stays: not 3,5 */
    {"①②③", "①②③"},   /* circled numbers are not counts */
    {"⑵", "⑵"},
    {"10²", "10²"},
    {"ｶﾀｶﾅ", "カタカナ"},                  /* half-width katakana */
    {"ﬁnance", "finance"},                 /* ligature */
    {"STRASSE Straße", "strasse strasse"}, /* full case folding */
    {"e\xCC\x81", "\xC3\xA9"},             /* e + combining acute composes */
    {"a\xC2\xAD"
     "b",
     "ab"}, /* soft hyphen is ignorable */
    {"美国：商务部", "美国:商务部"},
    {"輝達 5.5億美元 美國商務部", "辉达5.5亿美元 美国商务部"}, /* Traditional -> Simplified; a digit's space
                                                           * to an ideograph closed */
    {"2022 年第 1 季增長 37%", "2022年第1季增长37%"}, /* Taiwan's spacing closed: a date, a percent */
    {"TI 的 CAN 接口", "ti 的 can 接口"},             /* only digits: letters keep their space */
    {"美国 ２０２５ 年", "美国2025年"},               /* full-width digits too, once made ASCII */
    /* character for character: the price of an exact offset map is that a
     * phrase-level exception such as the name 乾隆 reads as 干隆 */
    {"乾隆 發表", "干隆 发表"},
};

static void test_norm_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    char *got = cd_norm_string(rows[i].in);
    assert_non_null(got);
    if (strcmp(got, rows[i].out))
      fail_msg("row %zu: '%s' -> '%s', expected '%s'", i, rows[i].in, got, rows[i].out);
    free(got);
  }
}

static void test_norm_map_points_back(void **state) {
  /* "Ｈ２０ ‘x’": each full-width character is 3 bytes in the original */
  static const char text[] = "ab Ｈ２０ ‘x’";
  cd_norm n;
  (void)state;
  assert_int_equal(cd_norm_text(&n, text, 3, sizeof text - 1, NULL), 0);
  assert_string_equal(n.ptr, "h20 'x'");
  assert_int_equal(cd_norm_orig(&n, 0), 3);  /* h <- Ｈ */
  assert_int_equal(cd_norm_orig(&n, 1), 6);  /* 2 <- ２ */
  assert_int_equal(cd_norm_orig(&n, 2), 9);  /* 0 <- ０ */
  assert_int_equal(cd_norm_orig(&n, 3), 12); /* space */
  assert_int_equal(cd_norm_orig(&n, 4), 13); /* ' <- ‘ */
  assert_int_equal(cd_norm_orig(&n, n.len), sizeof text - 1);
  assert_int_equal(cd_norm_find(&n, 9), 2);
  assert_int_equal(cd_norm_find(&n, 7), 2); /* inside ２: the next character */
  cd_norm_dispose(&n);
}

static void test_norm_map_multi_byte_expansion(void **state) {
  /* ß folds to "ss": both bytes map to ß's offset */
  static const char text[] = "xß";
  cd_norm n;
  (void)state;
  assert_int_equal(cd_norm_text(&n, text, 0, sizeof text - 1, NULL), 0);
  assert_string_equal(n.ptr, "xss");
  assert_int_equal(cd_norm_orig(&n, 1), 1);
  assert_int_equal(cd_norm_orig(&n, 2), 1);
  cd_norm_dispose(&n);
}

/* A combining mark after a character kept as is (，) or a straight-made
 * quote, or at the very start, opens a chunk of its own: the map must
 * never go back (it did, and a sentence ended before it started). */
static void test_norm_map_never_goes_back(void **state) {
  static const char *const texts[] = {
      "Nvidia was banned\xEF\xBC\x9B\xEF\xBC\x9B\xCC\x81 Second part.",
      "\xCC\x81Nvidia was banned in April.",
      "x \xE2\x80\x9C\xCC\x81quote",
      "\xE2\x91\xA0\xCC\x81\xCC\x82 circled",
  };
  (void)state;
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    cd_norm n;
    size_t len = strlen(texts[i]);
    assert_int_equal(cd_norm_text(&n, texts[i], 0, len, NULL), 0);
    for (size_t k = 0; k < n.len; k++)
      if (cd_norm_orig(&n, k) > cd_norm_orig(&n, k + 1))
        fail_msg("text %zu: map[%zu] = %u > map[%zu] = %u", i, k, cd_norm_orig(&n, k), k + 1,
                 cd_norm_orig(&n, k + 1));
    cd_norm_dispose(&n);
  }
}

/* A Chinese line that ends no sentence, then lines of spaces only: those
 * are a paragraph break, not a wrap, and looking for the next line must
 * not run past it (the fuzzer found the next line's end taken before the
 * blank lines were skipped: a length of (size_t)-2, which clang's UBSan
 * flags; tests/fuzz/regressions/ keeps that input for make fuzz). */
static void test_norm_segment_blank_lines_after_a_wrap(void **state) {
  static const char text[] =
      "\xE4\xB8\xAD\xE6\x96\x87\xE7\x9A\x84\xE4\xB8\x80\xE8\xA1\x8C\n \n\t\n"
      "\xE4\xB8\x8B\xE4\xB8\x80\xE8\xA1\x8C\xE4\xB8\xAD\xE6\x96\x87\n"; /* 中文的一行 / 下一行中文 */
  cd_norm nm;
  cd_line *lines = NULL;
  cd_sentence *sen = NULL;
  size_t nlines = 0, nsen = 0, len = sizeof text - 1;
  (void)state;
  assert_int_equal(cd_norm_text(&nm, text, 0, len, NULL), 0);
  assert_int_equal(cd_trim_lines(&lines, &nlines, &nm, text, NULL, 0, NULL), 0);
  assert_int_equal(cd_segment_split(&sen, &nsen, text, &nm, lines, nlines, NULL, NULL), 0);
  assert_int_equal(nsen, 2);
  for (size_t i = 0; i < nsen; i++) {
    assert_true(sen[i].nspan.start < sen[i].nspan.end && sen[i].nspan.end <= nm.len);
    assert_true(sen[i].span.start <= sen[i].span.end && sen[i].span.end <= len);
  }
  free(sen);
  free(lines);
  cd_norm_dispose(&nm);
}

/* The map as runs answers at every offset what the map an entry a byte
 * answers (cd_norm_text_dense keeps that one, written as before there were
 * runs), after normalising and again after the segmenter closed the wraps:
 * cd_norm_orig() and cd_norm_find() at every offset, for text of each kind
 * of run break. *checked counts the offsets compared. */
static void same_as_dense(const char *what, const char *text, size_t len, size_t *checked) {
  cd_norm nm;
  cd_line *lines = NULL;
  cd_sentence *sen = NULL;
  size_t nlines = 0, nsen = 0;
  if (cd_norm_text_dense(&nm, text, 0, len, NULL) < 0) fail_msg("%s: cd_norm_text_dense fails", what);
  for (int pass = 0; pass < 2; pass++) {
    for (size_t k = 0; k <= nm.len; k++, (*checked)++)
      if (cd_norm_orig(&nm, k) != nm.dense[k])
        fail_msg("%s (%s): map at %zu is %u, %u byte by byte", what, pass ? "segmented" : "normalised", k,
                 (unsigned)cd_norm_orig(&nm, k), (unsigned)nm.dense[k]);
    for (size_t off = 0; off <= len + 1; off++) {
      size_t want = 0;
      while (want < nm.len && nm.dense[want] < off) want++;
      if (cd_norm_find(&nm, off) != want)
        fail_msg("%s: cd_norm_find(%zu) = %zu, %zu byte by byte", what, off, cd_norm_find(&nm, off), want);
    }
    if (pass == 0) {
      assert_int_equal(cd_trim_lines(&lines, &nlines, &nm, text, NULL, 0, NULL), 0);
      assert_int_equal(cd_segment_split(&sen, &nsen, text, &nm, lines, nlines, NULL, NULL), 0);
    }
  }
  free(sen);
  free(lines);
  cd_norm_dispose(&nm);
}

static void test_norm_map_runs_answer_as_dense(void **state) {
  static const struct {
    const char *what, *text;
  } texts[] = {
      {"ASCII", "Nvidia said on Tuesday it would resume H20 sales to China."},
      {"empty", ""},
      {"ignorable only", "\xC2\xAD\xC2\xAD"}, /* soft hyphens: no byte out */
      {"Traditional", "輝達表示，美國商務部將恢復H20晶片銷售。"},
      {"full width", "ＮＶＩＤＩＡ　Ｈ２０：５５億美元（約）"},
      {"curly quotes", "He called it a “kill switch” and ‘backdoor’."},
      {"combining marks",
       "Cafe\xCC\x81 q\xCC\x87 e\xCC\x81\xCC\x82 \xCC\x81start, ，\xCC\x81 \xE2\x80\x9C\xCC\x81x"},
      {"NFKC expansions", "ﬁnance Straße ﷺ ㎏ ½ ﬀ ǅ"},
      {"kept as is", "3，5；①②⑵ 10² ㊀"},
      {"digit gaps", "2022 年第 1 季增長 37% 美国 ２０２５ 年 a 1 年 1 1"},
      {"wraps, Chinese",
       "列入实体 "
       "\n清单。美方或将于下月\n撤销对H20芯片的禁令。\n\n标题\n\n正文第一行很长很长很长，\n第二行。"},
      {"wraps, English",
       "On the entity \n  list now. Nvidia said it\nwould resume sales\n\tto China.\n\nNext."},
      {"wrap then full width", "The ban  \n  ended ＨＥＲＥ \n  today. ß\nss"},
  };
  char big[4096];
  size_t checked = 0, n = 0;
  (void)state;
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
    same_as_dense(texts[i].what, texts[i].text, strlen(texts[i].text), &checked);
  /* blocks of the index full of runs (a full-width letter is a run of its
   * own), then long runs that cross blocks, then wraps */
  for (int i = 0; i < 300; i++) n += (size_t)snprintf(big + n, sizeof big - n, "%s", i % 5 ? "Ａ" : "a");
  for (int i = 0; i < 40; i++) n += (size_t)snprintf(big + n, sizeof big - n, "plain ascii %d ", i);
  for (int i = 0; i < 30; i++) n += (size_t)snprintf(big + n, sizeof big - n, "wrap %d \n next ", i);
  assert_true(n < sizeof big - 1);
  same_as_dense("blocks", big, n, &checked);
  assert_true(checked > 3000); /* every offset of every text, twice */
}

/* A text of CD_NORM_SPLIT_MIN bytes or more (Chinese: CD_NORM_SPLIT_MIN_ZH)
 * is normalised in two halves parted after a line break: the bytes and the map are those of the text
 * normalised whole (the dense path never splits), wherever the break falls:
 * every line below is one a half may start or end with (a mark opening a
 * line, a digit gap at a line's edge, a full-width form, a Traditional
 * ideograph, an expansion), and the text is shifted so that the part
 * falls after each in turn. */
static void test_norm_halves_same_as_whole(void **state) {
  static const char *lines[] = {
      "\xCC\x81start with a mark, then Cafe\xCC\x81",
      " 2022 年第 1 季增長 37% 1",
      " 年 5",
      "輝達表示，美國商務部將恢復H20晶片銷售。",
      "ＮＶＩＤＩＡ　Ｈ２０：５５億美元（約）",
      "He called it a “kill switch” and ‘backdoor’. ﬁnance Straße",
      "3，5；①②⑵ 10² ㊀",
      "Nvidia said on Tuesday it would resume H20 sales to China.",
  };
  const size_t nl = sizeof lines / sizeof *lines;
  cd_buf b = CD_BUF_INIT;
  (void)state;
  /* the shifts first at the size every text splits from, then, with every
   * line but the first written in Chinese too, at the size Chinese does */
  for (size_t shift = 0; shift < 2 * nl; shift++) {
    cd_norm whole, halves;
    size_t size = shift < nl ? CD_NORM_SPLIT_MIN : CD_NORM_SPLIT_MIN_ZH;
    cd_buf_clear(&b);
    for (size_t i = 0; i < shift % nl; i++) cd_buf_puts(&b, "x\n");
    for (size_t i = 0; b.len < size + 4096; i++) {
      if (shift >= nl && i % nl)
        cd_buf_puts(&b, "\xE7\xBE\x8E\xE5\x9C\x8B\xE5\x95\x86\xE5\x8B\x99\xE9\x83\xA8");
      cd_buf_puts(&b, lines[i % nl]);
      cd_buf_putc(&b, '\n');
    }
    assert_int_equal(cd_buf_error(&b), 0);
    assert_non_null(memchr(b.ptr + b.len / 2, '\n', b.len - b.len / 2 - 1)); /* a part to take */
    assert_int_equal(cd_norm_text_dense(&whole, b.ptr, 0, b.len, NULL), 0);
    assert_int_equal(cd_norm_text(&halves, b.ptr, 0, b.len, NULL), 0);
    assert_int_equal(halves.len, whole.len);
    assert_memory_equal(halves.ptr, whole.ptr, whole.len + 1);
    assert_int_equal(halves.end, whole.end);
    for (size_t k = 0; k <= whole.len; k++)
      if (cd_norm_orig(&halves, k) != whole.dense[k])
        fail_msg("shift %zu: map at %zu is %u, %u in one piece", shift, k, (unsigned)cd_norm_orig(&halves, k),
                 (unsigned)whole.dense[k]);
    cd_norm_dispose(&whole);
    cd_norm_dispose(&halves);
  }
  cd_buf_dispose(&b);
}

/* norm.c passes a chunk of one code point over utf8proc_normalize_utf32
 * (ordering and composing need two): for every code point, composing it
 * alone gives it back, unchanged. */
static void test_norm_single_code_point_composes_to_itself(void **state) {
  (void)state;
  for (utf8proc_int32_t c = 0; c <= 0x10FFFF; c++) {
    utf8proc_int32_t cp = c;
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (utf8proc_normalize_utf32(&cp, 1, UTF8PROC_STABLE | UTF8PROC_COMPOSE) != 1 || cp != c)
      fail_msg("U+%04X alone composes to U+%04X", (unsigned)c, (unsigned)cp);
  }
}

/* t2s_bits.inc against t2s.inc, which norm.c searches only where a bit
 * is set: a bit for every pair, and none without one. */
static const struct {
  uint32_t t, s;
} t2s[] = {
#include "t2s.inc"
};
#include "t2s_bits.inc"

static void test_norm_t2s_bits_match_pairs(void **state) {
  size_t k = 0, n = sizeof t2s / sizeof *t2s;
  (void)state;
  assert_true(n > 3000);
  for (uint32_t cp = T2S_FIRST; cp <= T2S_LAST; cp++) {
    uint32_t d = cp - T2S_FIRST;
    int bit = (int)(t2s_bits[d / 64] >> d % 64 & 1), pair = k < n && t2s[k].t == cp;
    if (bit != pair) fail_msg("U+%04X: bit %d, pair %d", (unsigned)cp, bit, pair);
    k += (size_t)pair;
  }
  assert_int_equal(k, n); /* every pair inside the bits, in order */
}

/* text normalised, its output copied to out (of cap bytes) */
static void norm_into(const char *text, char *out, size_t cap, cd_norm *n) {
  assert_int_equal(cd_norm_text(n, text, 0, strlen(text), NULL), 0);
  assert_true(n->len < cap);
  memcpy(out, n->ptr, n->len + 1);
}

/* The three-byte character c (U+cp), whose chunk gives want[0, k): alone,
 * and before ASCII and itself, it gives the same bytes, each character
 * mapped to its first byte. */
static void as_its_chunk(unsigned cp, const char *c, const char *want, size_t k) {
  char in[32], got[32];
  cd_norm n;
  snprintf(in, sizeof in, "%s", c);
  norm_into(in, got, sizeof got, &n);
  if (n.len != k || memcmp(got, want, k)) fail_msg("U+%04X alone: not as in a chunk", cp);
  assert_int_equal(cd_norm_orig(&n, 0), 0);
  cd_norm_dispose(&n);
  snprintf(in, sizeof in, "%sa%s%s", c, c, c);
  norm_into(in, got, sizeof got, &n);
  if (n.len != 3 * k + 1 || memcmp(got, want, k) || got[k] != 'a' || memcmp(got + k + 1, want, k) ||
      memcmp(got + 2 * k + 1, want, k))
    fail_msg("U+%04X before ASCII and itself: not as in a chunk", cp);
  assert_int_equal(cd_norm_orig(&n, k + 1), 4);
  assert_int_equal(cd_norm_orig(&n, 2 * k + 1), 7);
  cd_norm_dispose(&n);
}

/* An ideograph of U+4000..U+9FFF followed by ASCII, another ideograph or
 * nothing takes norm.c's short cut; followed by 。 (U+3002) it takes the
 * chunk path. Each of the 24,576 gives the same bytes both ways, mapped to
 * its first byte; followed by a combining mark, the mark joins its chunk
 * (mapped to the ideograph) and nothing composes. */
static void test_norm_ideograph_short_cut_as_chunks(void **state) {
  char in[32], want[32], got[32];
  cd_norm n;
  (void)state;
  for (unsigned cp = 0x4000; cp <= 0x9FFF; cp++) {
    char c[4] = {(char)(0xE0 | cp >> 12), (char)(0x80 | (cp >> 6 & 0x3F)), (char)(0x80 | (cp & 0x3F)), 0};
    size_t k;
    snprintf(in, sizeof in, "%s。", c); /* the chunk path */
    norm_into(in, want, sizeof want, &n);
    k = n.len - 3; /* 。 stays itself */
    assert_string_equal(want + k, "。");
    cd_norm_dispose(&n);
    as_its_chunk(cp, c, want, k);
    snprintf(in, sizeof in, "%s\xCC\x81", c); /* U+0301 */
    norm_into(in, got, sizeof got, &n);
    if (n.len != k + 2 || memcmp(got, want, k) || memcmp(got + k, "\xCC\x81", 2))
      fail_msg("U+%04X before a mark: not as in a chunk", cp);
    assert_int_equal(cd_norm_orig(&n, k), 0);
    cd_norm_dispose(&n);
  }
}

/* The CJK punctuation norm.c emits without decoding (、 。 〃 〈 〉 《 》
 * 「 」 『 』 【 】, and ， ； kept as they are) gives, alone, before ASCII
 * and before itself, the bytes and map its chunk gives (forced by an é
 * after it); followed by a combining mark, 、 and the brackets keep the
 * mark in their chunk, mapped to them. */
static void test_norm_cjk_punctuation_short_cut_as_chunks(void **state) {
  static const unsigned cps[] = {0x3001, 0x3002, 0x3003, 0x3008, 0x3009, 0x300A, 0x300B, 0x300C, 0x300D,
                                 0x300E, 0x300F, 0x3010, 0x3011, 0xFF0C, 0xFF1B, 0x3000, 0x3004, 0x3012};
  char in[32], want[32], got[32];
  cd_norm n;
  (void)state;
  for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
    unsigned cp = cps[i];
    char c[4] = {(char)(0xE0 | cp >> 12), (char)(0x80 | (cp >> 6 & 0x3F)), (char)(0x80 | (cp & 0x3F)), 0};
    size_t k;
    snprintf(in, sizeof in, "%s\xC3\xA9", c); /* é: the chunk path */
    norm_into(in, want, sizeof want, &n);
    k = n.len - 2;
    assert_string_equal(want + k, "\xC3\xA9");
    cd_norm_dispose(&n);
    as_its_chunk(cp, c, want, k);
    snprintf(in, sizeof in, "%s\xCC\x81", c); /* U+0301 */
    norm_into(in, got, sizeof got, &n);
    if (memcmp(got, want, k)) fail_msg("U+%04X before a mark: not as in a chunk", cp);
    assert_int_equal(cd_norm_orig(&n, k), cp == 0xFF0C || cp == 0xFF1B ? 3 : 0); /* ， ； stand alone */
    cd_norm_dispose(&n);
  }
}

/* The full-width forms U+FF01..U+FF5E and the curly quotes U+2018..U+201F
 * norm.c writes as one ASCII byte without decoding give, alone, before
 * ASCII and before themselves, the byte and map their chunk gives (forced
 * by an é after them). */
static void test_norm_full_width_and_quotes_short_cut_as_chunks(void **state) {
  char in[32], want[32];
  cd_norm n;
  (void)state;
  for (unsigned cp = 0x2018; cp <= 0xFF5E; cp = cp == 0x201F ? 0xFF01 : cp + 1) {
    char c[4] = {(char)(0xE0 | cp >> 12), (char)(0x80 | (cp >> 6 & 0x3F)), (char)(0x80 | (cp & 0x3F)), 0};
    size_t k;
    snprintf(in, sizeof in, "%s\xC3\xA9", c); /* é: the chunk path */
    norm_into(in, want, sizeof want, &n);
    k = n.len - 2;
    assert_string_equal(want + k, "\xC3\xA9");
    cd_norm_dispose(&n);
    assert_true(k == 1 || cp == 0xFF0C || cp == 0xFF1B); /* ， ； are kept */
    as_its_chunk(cp, c, want, k);
  }
}

/* The last ASCII character before another character joins the ASCII run
 * when that character starts a chunk of its own (an ideograph, CJK
 * punctuation, a full-width form, a curly quote): each ASCII byte before
 * each of them gives the byte its chunk gives (forced by an é after it),
 * mapped to itself, then what the character gives alone, mapped to 1. */
static void test_norm_ascii_before_a_starter_as_its_chunk(void **state) {
  static const char *const after[] = {
      "\xE4\xB8\xAD" /* 中 */, "\xE8\xBC\x9D" /* 輝 */, "\xE3\x80\x82" /* 。 */, "\xE3\x80\x80" /* U+3000 */,
      "\xEF\xBC\x8C" /* ， */, "\xEF\xBC\xA1" /* Ａ */, "\xE2\x80\x9C" /* “ */};
  char in[32], want[32], alone[32], got[32];
  cd_norm n;
  (void)state;
  for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
    size_t ka;
    norm_into(after[i], alone, sizeof alone, &n);
    ka = n.len;
    cd_norm_dispose(&n);
    for (int c = 1; c < 0x80; c++) {
      snprintf(in, sizeof in, "%c\xC3\xA9", c);
      norm_into(in, want, sizeof want, &n);
      cd_norm_dispose(&n);
      snprintf(in, sizeof in, "%c%s", c, after[i]);
      norm_into(in, got, sizeof got, &n);
      if (n.len != 1 + ka || got[0] != want[0] || memcmp(got + 1, alone, ka))
        fail_msg("0x%02X before %s: not as in a chunk", (unsigned)c, after[i]);
      assert_int_equal(cd_norm_orig(&n, 0), 0);
      assert_int_equal(cd_norm_orig(&n, 1), 1);
      cd_norm_dispose(&n);
    }
  }
}

/* Every Traditional character of the table becomes its Simplified one
 * (norm.c finds the pair by its rank among the bits), alone, mapped to
 * its first byte. */
static void test_norm_every_pair_simplified(void **state) {
  char in[8], got[16], want[8];
  cd_norm n;
  (void)state;
  for (size_t i = 0; i < sizeof t2s / sizeof *t2s; i++) {
    size_t k = (size_t)utf8proc_encode_char((utf8proc_int32_t)t2s[i].t, (utf8proc_uint8_t *)in);
    size_t ks = (size_t)utf8proc_encode_char((utf8proc_int32_t)t2s[i].s, (utf8proc_uint8_t *)want);
    in[k] = '\0';
    norm_into(in, got, sizeof got, &n);
    if (n.len != ks || memcmp(got, want, ks))
      fail_msg("U+%04X: not U+%04X", (unsigned)t2s[i].t, (unsigned)t2s[i].s);
    assert_int_equal(cd_norm_orig(&n, 0), 0);
    cd_norm_dispose(&n);
  }
}

/* The spaces between digits and ideographs go whether ideographs are few
 * (an English text with a Chinese name: norm.c looks for them by their
 * ideographs) or many (by the spaces), and the map follows. */
static void test_norm_digit_gaps_few_and_many_ideographs(void **state) {
  static const char *const gaps = "in 2022 \xE5\xB9\xB4, 3 \xE6\x9C\x88 and \xE4\xB8\xAD 5 x \xE4\xB8\xAD 7";
  static const char *const closed = "in 2022\xE5\xB9\xB4, 3\xE6\x9C\x88 and \xE4\xB8\xAD"
                                    "5 x \xE4\xB8\xAD"
                                    "7";
  char text[1024];
  size_t checked = 0;
  cd_norm n;
  (void)state;
  for (int many = 0; many < 2; many++) {
    size_t len = 0;
    for (int i = 0; i < 12; i++) /* few: 500 bytes of English; many: of Chinese */
      len += (size_t)snprintf(text + len, sizeof text - len, "%s",
                              many ? "\xE6\xB5\x8B\xE8\xAF\x95\xE6\x96\x87\xE5\xAD\x97\xE6\x96\x87\xE6\x9C"
                                     "\xAC\xE5\x86\x85\xE5\xAE\xB9\xE5\xBE\x88\xE9\x95\xBF"
                                   : "Nvidia said it would resume sales. ");
    len += (size_t)snprintf(text + len, sizeof text - len, "%s", gaps);
    assert_int_equal(cd_norm_text(&n, text, 0, len, NULL), 0);
    assert_true(n.len == len - 4);
    assert_string_equal(n.ptr + n.len - strlen(closed), closed);
    cd_norm_dispose(&n);
    same_as_dense(many ? "digit gaps, many ideographs" : "digit gaps, few ideographs", text, len, &checked);
  }
}

/* A range that ends inside a character reads nothing past its end: the
 * short cuts for ， ； 、 Ａ “ and ideographs once took the bytes after
 * end for the rest of the character. Each is cut after its first two
 * bytes, with the byte that would complete it after end. */
static void test_norm_reads_nothing_past_end(void **state) {
  static const char *const cut[] = {"\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xE3\x80\x81",
                                    "\xEF\xBC\xA1", "\xE2\x80\x9C", "\xE4\xB8\xAD"};
  cd_norm n;
  (void)state;
  for (size_t i = 0; i < sizeof cut / sizeof *cut; i++) {
    char text[8];
    snprintf(text, sizeof text, "a%s", cut[i]);
    assert_int_equal(cd_norm_text(&n, text, 0, 3, NULL), 0);
    if (memchr(n.ptr, text[3], n.len) || n.len == 4)
      fail_msg("%s cut short: the byte after the end was read", cut[i]);
    cd_norm_dispose(&n);
  }
}

/* A run of ideographs is copied at once where none has a Simplified form
 * and one by one where one has: 4,000 runs of 1..40 ideographs drawn from
 * U+4E00..U+9FFF, a third of them Traditional (輝, 達, 國, 晶, 銷: the
 * run breaks there), give what each ideograph gives alone, every character
 * mapped to its first byte, and the map by runs answers as the dense one. */
static void test_norm_ideograph_runs_as_one_by_one(void **state) {
  static const unsigned trad[] = {0x8F1D, 0x9054, 0x570B, 0x6676, 0x92B7};
  unsigned long seed = 12345;
  char in[200], want[200], got[200], one[8], label[32];
  size_t checked = 0;
  (void)state;
  for (int r = 0; r < 4000; r++) {
    size_t n = 0, nw = 0, len;
    unsigned cps[40];
    cd_norm nm;
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    len = 1 + (seed >> 33) % 40;
    for (size_t j = 0; j < len; j++) {
      unsigned cp;
      seed = seed * 6364136223846793005u + 1442695040888963407u;
      cp = (seed >> 33) % 3 ? 0x4E00 + (unsigned)((seed >> 40) % 0x5200) : trad[(seed >> 40) % 5];
      cps[j] = cp;
      in[n++] = (char)(0xE0 | cp >> 12), in[n++] = (char)(0x80 | (cp >> 6 & 0x3F)),
      in[n++] = (char)(0x80 | (cp & 0x3F));
    }
    in[n] = '\0';
    for (size_t j = 0; j < len; j++) { /* each alone */
      char c[4] = {in[3 * j], in[3 * j + 1], in[3 * j + 2], 0};
      cd_norm a;
      norm_into(c, one, sizeof one, &a);
      memcpy(want + nw, one, a.len);
      nw += a.len;
      cd_norm_dispose(&a);
    }
    norm_into(in, got, sizeof got, &nm);
    if (nm.len != nw || memcmp(got, want, nw)) fail_msg("run %d (U+%04X...): not as one by one", r, cps[0]);
    for (size_t k = 0, j = 0; k < nm.len; j++) { /* every character to its first byte */
      assert_int_equal(cd_norm_orig(&nm, k), 3 * j);
      k += (size_t)((unsigned char)nm.ptr[k] >= 0xF0 ? 4 : 3);
    }
    cd_norm_dispose(&nm);
    snprintf(label, sizeof label, "ideograph run %d", r);
    same_as_dense(label, in, n, &checked);
  }
}

/* cd_norm_key gives what cd_norm_string gives, byte for byte; *checked
 * counts the strings compared. */
static void same_as_string(cd_arena *a, const char *s, size_t *checked) {
  char *want = cd_norm_string(s);
  const char *got = cd_norm_key(a, s);
  assert_non_null(want);
  assert_non_null(got);
  if (strcmp(want, got)) fail_msg("cd_norm_key('%s') = '%s', cd_norm_string = '%s'", s, got, want);
  if (cd_norm_key_is_normal(s, strlen(s)) && strcmp(want, s))
    fail_msg("cd_norm_key_is_normal('%s'), but it normalises to '%s'", s, want);
  got = cd_norm_key_or_same(a, s, strlen(s));
  assert_non_null(got);
  if (strcmp(want, got) || (got == s) != cd_norm_key_is_normal(s, strlen(s)))
    fail_msg("cd_norm_key_or_same('%s') = '%s' (%s), cd_norm_string = '%s'", s, got,
             got == s ? "itself" : "a copy", want);
  free(want);
  (*checked)++;
}

/* The ASCII short cut of cd_norm_key, against the full path: every string
 * of every shipped rule file (keys, ids, examples: every YAML scalar), and
 * the ASCII that could differ: each byte alone and between digits, letters
 * and spaces, quotes, gaps and wildcards, all 127 bytes in one string. */
static void test_norm_key_same_as_string(void **state) {
  static const char *const tricky[] = {
      "", " ", "  ", "A", "Z", "@", "[", "`", "{", "ABCXYZ abcxyz", "Nvidia H20", "U.S.", "u.s.-china",
      "2022 ", " 2022", "1 2", "a 1", "1 a", "don't", "\"quoted\"", "'single'", "`tick`",
      "provid* ... subsid*", "Export Controls ... Chips", "tariff*", "\t\x01\x1f\x7f", "a\r\nb",
      "~!#$%^&*()_+-=|;:,.<>/?",
      /* not ASCII: the full path, whatever the short cut does */
      "2022 年", "年 2022", "Ａ", "‘a’", "輝達", "é", "e\xCC\x81", "①", "年 a", "1年 2", "中国，美国",
      "《芯片》、出口", "英伟达H20", "x 1 年", "年\xCC\x81", "〃〃", "〪", "、\xCC\x81", NULL};
  cd_arena a = CD_ARENA_INIT;
  char buf[512];
  size_t checked = 0, files = 0;
  DIR *d;
  struct dirent *de;
  (void)state;
  for (size_t i = 0; tricky[i]; i++) same_as_string(&a, tricky[i], &checked);
  /* keys about the size of the stack buffer, before and after normalising
   * (ﷺ expands to 33 bytes): those over it take the heap path */
  for (size_t reps = 80; reps <= 90; reps++) {
    buf[0] = '\0';
    for (size_t i = 0; i < reps; i++) strcat(buf, i % 7 ? "中" : "國");
    same_as_string(&a, buf, &checked);
    snprintf(buf, sizeof buf, "%.*s%s", (int)(reps - 80), "AAAAAAAAAAAA", "ﷺ ﷺ ﷺ ﷺ ﷺ ﷺ ﷺ ﷺ");
    same_as_string(&a, buf, &checked);
  }
  for (int c = 1; c < 128; c++) {
    snprintf(buf, sizeof buf, "%c", c);
    same_as_string(&a, buf, &checked);
    snprintf(buf, sizeof buf, "1%c2 A%cb %c", c, c, c);
    same_as_string(&a, buf, &checked);
  }
  for (int c = 1; c < 128; c++) buf[c - 1] = (char)c;
  buf[127] = '\0';
  same_as_string(&a, buf, &checked);
  assert_non_null(d = opendir("rules"));
  while ((de = readdir(d)) != NULL) {
    size_t len = strlen(de->d_name);
    yaml_parser_t parser;
    yaml_event_t ev;
    FILE *f;
    int done = 0;
    if (len < 6 || strcmp(de->d_name + len - 5, ".yaml")) continue;
    snprintf(buf, sizeof buf, "rules/%s", de->d_name);
    assert_non_null(f = fopen(buf, "rb"));
    assert_true(yaml_parser_initialize(&parser));
    yaml_parser_set_input_file(&parser, f);
    while (!done) {
      if (!yaml_parser_parse(&parser, &ev)) fail_msg("%s: does not parse", buf);
      if (ev.type == YAML_SCALAR_EVENT) same_as_string(&a, (const char *)ev.data.scalar.value, &checked);
      done = ev.type == YAML_STREAM_END_EVENT;
      yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    fclose(f);
    files++;
  }
  closedir(d);
  assert_true(files >= 9);
  assert_true(checked > 10000); /* the shipped rules hold some 18,000 strings */
  cd_arena_dispose(&a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_norm_table),
      cmocka_unit_test(test_norm_map_points_back),
      cmocka_unit_test(test_norm_map_multi_byte_expansion),
      cmocka_unit_test(test_norm_map_never_goes_back),
      cmocka_unit_test(test_norm_segment_blank_lines_after_a_wrap),
      cmocka_unit_test(test_norm_map_runs_answer_as_dense),
      cmocka_unit_test(test_norm_halves_same_as_whole),
      cmocka_unit_test(test_norm_single_code_point_composes_to_itself),
      cmocka_unit_test(test_norm_t2s_bits_match_pairs),
      cmocka_unit_test(test_norm_ideograph_short_cut_as_chunks),
      cmocka_unit_test(test_norm_ideograph_runs_as_one_by_one),
      cmocka_unit_test(test_norm_cjk_punctuation_short_cut_as_chunks),
      cmocka_unit_test(test_norm_key_same_as_string),
      cmocka_unit_test(test_norm_full_width_and_quotes_short_cut_as_chunks),
      cmocka_unit_test(test_norm_ascii_before_a_starter_as_its_chunk),
      cmocka_unit_test(test_norm_every_pair_simplified),
      cmocka_unit_test(test_norm_reads_nothing_past_end),
      cmocka_unit_test(test_norm_digit_gaps_few_and_many_ideographs),
  };
  return cmocka_run_group_tests_name("norm", tests, NULL, NULL);
}
