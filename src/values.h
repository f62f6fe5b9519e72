/* values.h: amounts, counts, percentages, ratios and dates in English and Chinese.
 *
 * Takes one sentence of *normalised* text (NFKC + case folded by norm.c,
 * so digits are ASCII and Latin letters lower case; the Chinese clause
 * comma U+FF0C and circled numbers are kept as they were) and finds the
 * values in it, each normalised to a closed numeric range [lo, hi]:
 *
 *   "$5.5 billion"   money   5.5e9 USD   lo 5.45e9  hi 5.55e9
 *   "约55亿美元"      money   5.5e9 USD   approx: range widened
 *   "july 31"        date    2025-07-31  lo = hi = that day (days since 1970-01-01)
 *   "in april"       date    2025-04     lo = Apr 1, hi = Apr 30
 *   "翻了一番"        ratio   2x          lo = hi = 2 (a multiple of some earlier value)
 *   "a third of"     percent 33.3%       lo 30.8  hi 35.8 (a fraction: +-2.5 points)
 *
 * Two values are compatible when they are of one kind (and currency) and
 * their ranges intersect; this is the whole comparison rule (DESIGN-NOTES:
 * a bare number is exact up to the precision it was written with; about /
 * 约 widen; more than / 逾 make a bound; dates compare at the coarser
 * precision because a month is a range of days).
 *
 * Cost: O(len) per call, no allocation. Values are plain structs the caller
 * owns; an unresolved date's cue points into the text scanned, which must
 * outlive it.
 *
 * Adding a kind takes three things: an enum value before CD_VALUE_NKINDS;
 * its row in values.c's kind table (name, the noun a finding uses, compare,
 * format, whether it is an amount and whether it may stand in a clause of
 * its own, and its grammar; the shared compare_range and format_amount
 * serve most), placed where its grammar should be tried (rows are tried in
 * order, the first match wins); and its grammar, a values_<kind>.c that
 * includes values_scan.h (which declares its entry point) and sets v->kind.
 * Rule files' values: lists, their error message,
 * `claimdiff values` and the findings' wording all read the table. (A rule
 * keeps its kinds in an unsigned bit set, CD_VALUE_BIT: up to 32 kinds.) */
#ifndef CD_VALUES_H
#define CD_VALUES_H

#include <stddef.h>

#include "common.h"

typedef enum {
  CD_VALUE_NONE = 0,
  CD_VALUE_MONEY,
  CD_VALUE_COUNT,
  CD_VALUE_PERCENT,
  CD_VALUE_DATE,
  CD_VALUE_RATIO, /* a multiple: doubled, 两倍, 翻番, three times as many (2 = twice as much;
                     增长两倍 "grew by two times" = 3, see values_quantity.c); appended after
                     DATE so that the older kinds keep their numbers */
  CD_VALUE_NKINDS /* how many kinds there are, NONE included: new kinds go above */
} cd_value_kind;

typedef enum {
  CD_DATE_NONE = 0,
  CD_DATE_YEAR,  /* 2023, 去年 */
  CD_DATE_PART,  /* a part of a year: late 2023, 上半年, 2023年底 */
  CD_DATE_MONTH, /* April, 2025年4月 */
  CD_DATE_WEEK,  /* last week, 上周 */
  CD_DATE_DAY    /* July 31, Thursday, 7月31日 */
} cd_date_precision;

/* The units the rules know (rules.h, rules/units.yaml); the scan reads
 * them, a value keeps one as an index. */
typedef struct cd_units cd_units;

/* 64 bytes, where the fields as ints took 128 and a cue of 24 chars
 * made 80: a claim holds copies of its values (extract.h), a claim for
 * every 75 bytes of kept Chinese. The doubles come first, then the
 * pointer, the int, the 16-bit year and indices, the currency, the span
 * (offsets in a sentence, under 4 GiB as every offset of a document is:
 * norm.h), the small fields a byte each (an enum's value, a month, a day,
 * bound's -1..1) and the flags a bit each (the cue's length five). */
#define CD_VALUE_CUE_MAX 23 /* bytes of an unresolved date's cue kept, cut at a character */
_Static_assert(CD_VALUE_CUE_MAX < 32, "cd_value.cue_len has 5 bits");
typedef struct {
  double num;    /* the value as written, normalised: 5.5e9, 15 (percent), 2 (ratio),
                            days for dates */
  double lo, hi; /* compatible range, inclusive; dates: days since 1970-01-01 */
  union {
    const char *cue; /* dates: an unresolved date's cue ("thursday", "上周四"), cue_len bytes of
                        the text scanned (lower case, as normalised), borrowed from it: it lives
                        as long as that text (a claim's values hold a copy in their extraction's
                        arena: extract.c); NULL otherwise. Read only where cue_len > 0 */
    struct {
      uint32_t goods, goods_wide; /* amounts: the goods named in its clause (extract.c
                                     bind_goods), a bit each (an entity index mod 32), and with
                                     their groups; 0 where none is named (cd_value_goods_apart) */
    };
  };
  int minutes;              /* count only: the length of its unit of time (units.yaml `minutes`), 0 for
                            none: two counts of time compare in it (一个月, "30 days") */
  short year;               /* dates: at the stated precision, 0 where unstated (four digits at
                             most, from the text or the document's date) */
  unsigned short unit;      /* count: what it counts (12 million tonnes, 20个月); money: what it is a
                           price per ($11.46 a bushel, 每净吨50美元): a 1-based index into the
                           cd_units the scan was given (cd_units_name), 0 for none */
  unsigned short measure;   /* percent: what it is a share of, read from the words before it in
                             its clause or right after it (a yield, a share of a whole, a
                             rise, a fall, a margin, a target; rules/units.yaml `measures:`), 1-based into the
                             cd_units' measures, 0 for none: two shares of different measures
                             never compare (良率约为百分之四十 is no "aiming for 60%") */
  char currency[4];         /* ISO 4217 for money ("USD"), "" otherwise */
  cd_lspan32 span;          /* where it stands in the text passed in */
  unsigned char kind;       /* a cd_value_kind */
  unsigned char precision;  /* a cd_date_precision */
  unsigned char month, day; /* dates: at the stated precision, 0 where unstated (1..99 when
                               unresolved: values_date.c) */
  signed char bound;       /* 0 exact; 1 lower bound (more than, 逾, 超过); -1 upper (less than, 不到) */
  unsigned cue_len : 5;    /* bytes at cue, at most CD_VALUE_CUE_MAX; 0 for none */
  unsigned approx : 1;     /* 1: about, approximately, nearly, 约, 近, 左右 (nearly and 近 widen the
                               range below only: "nearly half" is 45..50%) */
  unsigned range : 1;      /* 1: the text states a span (hundreds of thousands, 三四家, 300多, 3-5%,
                               between 300 and 500, 3家至5家, 在10%到15%之间), so lo..hi is the
                               value and cd_value_format prints it */
  unsigned packed : 1;     /* count only: its unit packs goods (50箱, "50 boxes"; units.yaml `packs`) */
  unsigned points : 1;     /* percent only: 1 for percentage points (3个百分点), a difference of two
                               shares; never comparable with a share (cd_value_compatible gives -1) */
  unsigned unresolved : 1; /* relative date with no document date: never compared */
  unsigned guessed : 1;    /* dates: no year written, the one nearest the document's date taken
                              (7月1日, "on July 1"): one year off a stated one says nothing
                              (pair.c compare_values, cd_pair_year_slip) */
  unsigned relative : 1;   /* dates: a day reckoned from the document's date ("on Tuesday", yesterday,
                              上周四, 昨天): the outlet's own day, which another time zone may call the
                              next or the one before (cd_value_days_slip) */
  unsigned stretch : 1;    /* dates: a stretch told by two ends at month precision or finer
                               (2024年10月至2025年1月, "between October 2024 and January
                               2025"): compared end by end with another such, never
                               with a point (cd_value_compatible) */
  unsigned start : 1;      /* dates: a bound of a term, where something starts ("from August 1",
                               "effective Oct. 1", 自10月1日起) or ends ("until Nov. 9", 12月31日到期):
                               never compared with a date that is not one (the day a measure was
                               announced) */
  unsigned deadline : 1;   /* dates: a day something is due by ("by Wednesday", "by the end of the
                              year", 5月14日前, 年底之前): no day of the act, nor a start; compared
                              only with another deadline */
  unsigned intraday : 1;   /* percent: a reading during a session ("down about 5% in early trading",
                              "as much as 5%", 盘中一度下跌5%), not where it closed: no misstated close
                              (cd_pair_moves_apart, align.c) */
  unsigned ends : 1;       /* count, money, percent: a span told by its two ends (3至5家,
                              115亿至135亿美元, "$2 to $3"), compared end by end with another such
                              (values.c); a vague span (数十, "dozens") is none */
  unsigned running : 2;    /* count only: 1 a sum (共17人, 累计, 增至17人, "a total of 17"); 2 a
                              running total English names around a bare number ("brings to 17
                              the number of officials", "the total to 17"), which compares only
                              with a sum or another such (values.c): no count of one act
                              (将12家企业列入 is no "brings to 12 the number of firms") */
  unsigned tally : 1;      /* ratio only: the split of a vote, for x 1000 + against ("voted 4-0",
                               以九比零): never comparable with a multiple */
  unsigned or_next_week : 1; /* dates: an English weekday the day after the article's, told in the
                                past ("said on Tuesday" dated Monday): six days back, or the next
                                day, Asia's, told from an American dateline; either agrees
                                (values.c compare_date) */
  unsigned strict : 1;       /* a bound that leaves its number out ("more than 50%", 超过50%) */
  unsigned inclusive : 1;    /* a bound that holds it ("at least 50%", 至少, "or more"): against a
                                strict one of the same number, another statement (values.c) */
} cd_value;

/* cd_value_goods_apart: are a and b told of two sets of goods, neither
 * naming one of the other's (or of its groups): 对煤炭和液化天然气加征15%
 * against "10% on crude oil"? A value of no named good is apart from none.
 * A bit two goods share reads as one good: it only keeps values together. */
static inline int cd_value_goods_apart(const cd_value *a, const cd_value *b) {
  return a->kind != CD_VALUE_DATE && b->kind != CD_VALUE_DATE && a->goods && b->goods &&
         !(a->goods & b->goods_wide) && !(b->goods & a->goods_wide);
}

/* cd_values_find: scans text[0, len) (normalised, valid UTF-8, not
 * necessarily NUL-terminated) and writes up to max values, left to right,
 * into out. units (borrowed, or NULL for none) are the unit words a count
 * or a price per unit is read with: a unit word after a Chinese number
 * makes it a count (20个月, 30天), as a counter does. doc_date is the document's date, used to resolve relative and
 * year-less dates, or NULL (or year 0) (then relative dates come back with
 * unresolved = 1 and year-less dates keep year 0 and unresolved = 1; a
 * relative one's cue points into text). Returns the number of values written (at most max); *more (when not
 * NULL) is set to the number found after those, read to the end of the
 * text but not written, so that a caller that bounds its values can say
 * so. Never fails: text that is not a value is skipped. */
size_t cd_values_find(cd_value *out, size_t max, const char *text, size_t len, const cd_date *doc_date,
                      const cd_units *units, size_t *more);

/* cd_value_identical: 1 when a and b agree in every field, numbers bit
 * for bit (two scans of the same bytes by the same grammar); for the tests
 * that compare the filtered scan with the unfiltered one. */
int cd_value_identical(const cd_value *a, const cd_value *b);

/* cd_values_find_unfiltered: cd_values_find, the same arguments and the
 * same values, but every grammar is tried at every start instead of only
 * where its start words say one of its values can start (values_scan.h).
 * Slower; for tests, which check the two agree. */
size_t cd_values_find_unfiltered(cd_value *out, size_t max, const char *text, size_t len,
                                 const cd_date *doc_date, const cd_units *units, size_t *more);

/* cd_values_tries: how many times cd_values_find on text[0, len) with
 * units (borrowed, or NULL) and no document date runs a grammar: once for
 * each grammar its start filter lets try at each start (values_scan.h),
 * whether or not it finds a value. For tests, which check the filter
 * lets no grammar try where none of its values can start ("in the" is
 * not "in excess of"). */
size_t cd_values_tries(const char *text, size_t len, const cd_units *units);

/* cd_units_index_measures: the measure index of units (cd_units.measure_
 * index), and the units the scan names (cd_units.day and .company), once
 * its units and measures are all read: the rule loader calls it, and so
 * must whoever makes a cd_units by hand. O(measure words + units). */
void cd_units_index_measures(cd_units *units);

/* cd_units_name: the id of unit (a cd_value's unit) in units: "tonne";
 * NULL for 0, for NULL units or for an index units does not have. */
const char *cd_units_name(const cd_units *units, unsigned unit);

/* cd_measures_name: the id of measure (a cd_value's measure): "yield";
 * NULL for 0, NULL units or an index units does not have. */
const char *cd_measures_name(const cd_units *units, unsigned measure);

/* cd_value_days_slip: are a and b two days one day apart, one of them
 * reckoned from its document's date (`relative`)? Outlets in other time
 * zones date one event a day apart ("on Wednesday" in Washington is
 * Thursday in Beijing); two calendar dates as written (5月30日, "May 29")
 * do not slip. */
int cd_value_days_slip(const cd_value *a, const cd_value *b);

/* cd_units_duration: is unit a unit of time (`duration: true`: a year, a
 * month), of which one is a measure (为期一年, "for a year")? */
int cd_units_duration(const cd_units *units, unsigned unit);

/* cd_units_packs: is unit one goods are packed in (`packs: true`: a box,
 * a crate)? 0 for unit 0 or NULL units. */
int cd_units_packs(const cd_units *units, unsigned unit);

/* cd_units_day: the unit one day long (units.yaml's day: `duration`,
 * 1440 minutes), 1-based; cd_units_company: the unit "company". 0 for
 * none or NULL units. O(1): cd_units_index_measures found them. */
unsigned short cd_units_day(const cd_units *units);
unsigned short cd_units_company(const cd_units *units);

/* cd_units_minutes: the length of a unit of time in minutes (`minutes:`),
 * 0 for any other unit, unit 0 or NULL units. */
int cd_units_minutes(const cd_units *units, unsigned unit);

/* cd_value_compatible: 1 when a and b can describe the same fact (same kind,
 * same currency for money, ranges intersect; ratios compare like counts),
 * 0 otherwise. Unresolved dates,
 * values of different kinds, percentage points against a share, and two
 * counts (or two prices per unit) of different units, and two shares of
 * different measures, return -1: not
 * comparable (12 cargoes and 12 million tonnes are two facts). A count
 * without a unit compares with one that has one, as before units. The
 * units of a and b must come from one cd_units. */
int cd_value_compatible(const cd_value *a, const cd_value *b);

/* cd_value_distinctive: 1 when v is an amount too rare to meet by chance:
 * money, or a count from 10 ("两国", "three kinds" are everywhere). The
 * same number in two places is then likely one fact. */
int cd_value_distinctive(const cd_value *v);

/* cd_value_rounds_to: 1 when a is approximate, one number, and b's
 * number rounds to it at the precision a is written in (its last
 * nonzero digit): "about 2%" admits 2.4% and "about $2 billion" $2.3
 * billion, "about 40%" admits 43%, "about 2.4%" only 2.35 to 2.45. Two
 * sources that tell one figure at two precisions do not conflict. */
int cd_value_rounds_to(const cd_value *a, const cd_value *b);

/* cd_value_estimate: 1 when v is written as an estimate: approximate
 * (about, 约) or a bound (more than, 逾, up to). */
int cd_value_estimate(const cd_value *v);

/* cd_value_format: writes the contract's normalised form into buf (size n,
 * always NUL-terminated, truncated to fit): "5500000000 USD", "15%", "120",
 * "0.25%" (basis points become percentage points), "2x" (ratios); a stated
 * range (range = 1) as "100000..999999", "3..5%", "1000000000..9999999999 USD",
 * "2..3x". Dates at their
 * precision: "2025-07-31", "2025-07", "2025"; parts of a year and weeks as
 * their days, "2025-07-21..2025-07-27". Unresolved dates print their cue
 * ("thursday", "上周四") or, year-less, ISO 8601's "--07-31", "--07", "---31".
 * approx, bound and points are not printed. Returns buf. */
char *cd_value_format(const cd_value *v, char *buf, size_t n);

/* cd_value_format_against: v as a finding shows it beside other: as
 * cd_value_format, with the side of a bound and whether it holds its
 * number before it when both are bounds that say (">50%" against
 * ">=50%": "more than 50%", "at least 50%"). Returns buf. */
char *cd_value_format_against(const cd_value *v, const cd_value *other, char *buf, size_t n);

/* One row of the kind table: what the rest of claimdiff knows about a kind. */
typedef struct cd_value_kind_info {
  const char *name; /* "money": rule files' values:, `claimdiff values`, reports */
  const char *noun; /* what a finding calls a mismatch of it: "amount" for money, else name */
  int (*compare)(const cd_value *a, const cd_value *b);   /* cd_value_compatible for a and b of
                                                             this kind (kinds already equal) */
  void (*format)(const cd_value *v, char *buf, size_t n); /* cd_value_format's text into buf
                                                             (n > 0, buf[0] already '\0') */
  int magnitude; /* 1: an amount, no value when beyond 1e18 (a chain of scale
                    words); 0: dates, whose numbers are days */
  int roams;     /* 1: may stand in a clause of its own and attach to the
                    nearest trigger anywhere in the sentence ("9月5日，...",
                    "..., 货值约420万美元"); 0: only to a trigger in its clause */
} cd_value_kind_info;

/* cd_value_none: a value of kind CD_VALUE_NONE, all zero, for a pointer to
 * a value that must point somewhere when there is none (a claim's date,
 * extract.h). Static: never free it nor write to it. */
extern const cd_value cd_value_none;

/* cd_value_kind_get: the table row of kind; a kind outside the enum gets the
 * row of CD_VALUE_NONE. The row is static: never free it. */
const cd_value_kind_info *cd_value_kind_get(cd_value_kind kind);

/* cd_value_kind_name: the row's name: "money", "count", "percent", "date",
 * "ratio" or "none". */
const char *cd_value_kind_name(cd_value_kind kind);

/* cd_value_kind_parse: the kind whose name is name (NUL-terminated), or
 * CD_VALUE_NONE when none is ("none" included). */
cd_value_kind cd_value_kind_parse(const char *name);

/* cd_value_kind_list: the names of every kind but none, in enum order,
 * comma-separated ("money, count, percent, date, ratio"), into buf (size n,
 * always NUL-terminated, truncated to fit). Returns buf. */
char *cd_value_kind_list(char *buf, size_t n);

#endif
