/* values_quantity.c: quantities: money (currencies before and after, $5.5
 * billion, 55亿美元), percentages and percentage points (15%, 三成, 百分之五,
 * a third), counts (300 companies, 300家, 数十万), ratios (doubled, 两倍, 2x),
 * the modifiers around them (about, more than, 约, 以上) and spans of two
 * (between 3 and 5, 3家至5家). Builds on values_number.c; O(length of the
 * quantity), a bounded look at the words before it. */
#include "values_scan.h"

/* gap(), or i when there is no space. */
static size_t opt_gap(const vs_scan *s, size_t i) {
  size_t j = gap(s, i);
  return j ? j : i;
}

/* Written before a number. v: 0 approximate, 1 lower bound, -1 upper bound,
 * 2 just under it (nearly, 近: "nearly half" is 46%, not 52%); a bound
 * is 3 (-3) when it leaves the number out ("more than", 超过, "less
 * than", 不到), 4 (-4) when it holds it ("at least", 至少, "or more",
 * 不超过): 超过50% is no "at least 50%" (cd_value.strict, inclusive); 以上
 * and "up to" are read both ways. */
static const vs_entry prefix_mods[] = {
    {"no more than", -4, NULL},
    {"not more than", -4, NULL},
    {"more than", 3, NULL},
    {"less than", -3, NULL},
    {"fewer than", -3, NULL},
    {"at least", 4, NULL},
    {"at most", -4, NULL},
    {"up to", -1, NULL},
    {"as many as", -1, NULL},
    {"as much as", -1, NULL},
    {"upwards of", 3, NULL},
    {"in excess of", 3, NULL},
    {"over", 3, NULL},
    {"above", 3, NULL},
    {"under", -3, NULL},
    {"below", -3, NULL},
    {"just over", 0, NULL},
    {"just under", 0, NULL},
    {"about", 0, NULL},
    {"approximately", 0, NULL},
    {"approx.", 0, NULL},
    {"around", 0, NULL},
    {"roughly", 0, NULL},
    {"nearly", 2, NULL},
    {"almost", 2, NULL},
    {"some", 0, NULL},
    {"close to", 0, NULL},
    {"an estimated", 0, NULL},
    {"estimated", 0, NULL},
    {"circa", 0, NULL},
    {"大约", 0, NULL},
    {"大概", 0, NULL},
    {"约合", 0, NULL},
    {"约", 0, NULL},
    {"将近", 2, NULL},
    {"接近", 2, NULL},
    {"近", 2, NULL},
    {"超过", 3, NULL},
    {"超", 3, NULL},
    {"逾", 3, NULL},
    {"至少", 4, NULL},
    {"不少于", 4, NULL},
    {"不低于", 4, NULL},
    {"多于", 3, NULL},
    {"高于", 3, NULL},
    {"不到", -3, NULL},
    {"不足", -3, NULL},
    {"不超过", -4, NULL},
    {"少于", -3, NULL},
    {"低于", -3, NULL},
    {"最多", -4, NULL},
    {"至多", -4, NULL},
    {"多达", -1, NULL},
    {"高达", -1, NULL},
    {"最高可达", -1, NULL},
    {"最高", -1, NULL}, /* 最高500万美元, 最高10%: "up to" */
};
static vs_firsts prefix_mods_first;
/* Written after it. */
static const vs_entry suffix_mods[] = {
    {"左右", 0, NULL},     {"上下", 0, NULL},      {"及以上", 4, NULL},    {"或以上", 4, NULL},
    {"及以下", -4, NULL},  {"或以下", -4, NULL},   {"以上", 1, NULL},      {"以下", -1, NULL},
    {"or so", 0, NULL},    {"or more", 4, NULL},   {"or higher", 4, NULL}, {"or above", 4, NULL},
    {"or less", -4, NULL}, {"or fewer", -4, NULL}, {"or lower", -4, NULL}, {"or below", -4, NULL},
};
static vs_firsts suffix_mods_first;

static void apply_mod(const vs_entry *h, int *approx, int *bound) {
  if (h->v == 0 || h->v == 2)
    *approx = h->v == 2 && *approx != 1 ? 2 : 1;
  else
    *bound = (int)h->v;
}

static size_t prefix_mod(const vs_scan *s, size_t i, int *approx, int *bound) {
  const vs_entry *h = NULL;
  size_t e;
  if (is_alpha(at(s, i))) {
    if (!(e = table(s, i, prefix_mods, NELEM(prefix_mods), 1, &h, &prefix_mods_first)) || !(e = gap(s, e)))
      return 0;
  } else if ((e = table(s, i, prefix_mods, NELEM(prefix_mods), 0, &h, &prefix_mods_first))) {
    e = opt_gap(s, e);
  } else {
    return 0;
  }
  apply_mod(h, approx, bound);
  return e;
}

static size_t suffix_mod(const vs_scan *s, size_t i, int *approx, int *bound) {
  const vs_entry *h = NULL;
  size_t e, g = opt_gap(s, i);
  if (((e = table(s, g, suffix_mods, NELEM(suffix_mods), 1, &h, &suffix_mods_first)) ||
       (e = table(s, i, suffix_mods, 4, 0, &h, &suffix_mods_first))) &&
      !lit(s, e, "游")) /* 上下游 is up- and downstream */
    apply_mod(h, approx, bound);
  else
    e = 0;
  return e ? e : i;
}

static const vs_entry currency_before[] = {
    {"us$", 0, "USD"},  {"hk$", 0, "HKD"},  {"nt$", 0, "TWD"},    {"s$", 0, "SGD"},     {"a$", 0, "AUD"},
    {"c$", 0, "CAD"},   {"r$", 0, "BRL"},   {"jp¥", 0, "JPY"},    {"cn¥", 0, "CNY"},    {"rmb", 0, "CNY"},
    {"usd", 0, "USD"},  {"eur", 0, "EUR"},  {"cny", 0, "CNY"},    {"jpy", 0, "JPY"},    {"hkd", 0, "HKD"},
    {"gbp", 0, "GBP"},  {"$", 0, "USD"},    {"€", 0, "EUR"},      {"£", 0, "GBP"},      {"¥", 0, "CNY"},
    {"₩", 0, "KRW"},    {"₹", 0, "INR"},    {"人民币", 0, "CNY"}, {"新台币", 0, "TWD"}, {"台币", 0, "TWD"},
    {"港币", 0, "HKD"}, {"港元", 0, "HKD"},
};
static vs_firsts currency_before_first;
/* v: 1, or the fraction of the unit (美分, cents) */
static const vs_entry currency_after_zh[] = {
    {"美元", 1, "USD"},   {"美金", 1, "USD"},     {"欧元", 1, "EUR"},     {"日元", 1, "JPY"},
    {"日圆", 1, "JPY"},   {"港元", 1, "HKD"},     {"港币", 1, "HKD"},     {"英镑", 1, "GBP"},
    {"韩元", 1, "KRW"},   {"新台币", 1, "TWD"},   {"台币", 1, "TWD"},     {"卢布", 1, "RUB"},
    {"澳元", 1, "AUD"},   {"加元", 1, "CAD"},     {"新加坡元", 1, "SGD"}, {"瑞郎", 1, "CHF"},
    {"人民币", 1, "CNY"}, {"元人民币", 1, "CNY"}, {"元", 1, "CNY"},       {"美分", 0.01, "USD"},
};
static vs_firsts currency_after_zh_first;
static const vs_entry currency_after_en[] = {
    {"hong kong dollars", 1, "HKD"},
    {"hong kong dollar", 1, "HKD"},
    {"new taiwan dollars", 1, "TWD"},
    {"taiwan dollars", 1, "TWD"},
    {"singapore dollars", 1, "SGD"},
    {"australian dollars", 1, "AUD"},
    {"canadian dollars", 1, "CAD"},
    {"us dollars", 1, "USD"},
    {"u.s. dollars", 1, "USD"},
    {"dollars", 1, "USD"},
    {"dollar", 1, "USD"},
    {"usd", 1, "USD"},
    {"euros", 1, "EUR"},
    {"euro", 1, "EUR"},
    {"eur", 1, "EUR"},
    {"yuan", 1, "CNY"},
    {"renminbi", 1, "CNY"},
    {"rmb", 1, "CNY"},
    {"cny", 1, "CNY"},
    {"yen", 1, "JPY"},
    {"jpy", 1, "JPY"},
    {"hkd", 1, "HKD"},
    {"pounds sterling", 1, "GBP"},
    {"sterling", 1, "GBP"},
    {"pounds", 1, "GBP"},
    {"gbp", 1, "GBP"},
    {"won", 1, "KRW"},
    {"rupees", 1, "INR"},
    {"rubles", 1, "RUB"},
    {"roubles", 1, "RUB"},
    {"cents", 0.01, "USD"},
};
static vs_firsts currency_after_en_first;

/* A currency before the number: "$", "us$", "usd ", "rmb3", "人民币". */
static size_t match_currency_before(const vs_scan *s, size_t i, const char **code) {
  const vs_entry *h = NULL;
  size_t e = table(s, i, currency_before, NELEM(currency_before), 0, &h, &currency_before_first);
  if (!e || (is_alpha(h->w[strlen(h->w) - 1]) && is_alpha(at(s, e)))) return 0; /* "usda", "eurozone" */
  *code = h->code;
  return opt_gap(s, e);
}

/* A currency after the number: "亿美元", " billion yen", "多万元". */
static size_t match_currency_after(const vs_scan *s, size_t i, vs_number *n, const char **code) {
  static const char *const not_yuan[] = {"素", "旦", "件", "首", "老", "年", "月", "宵"};
  const vs_entry *h = NULL;
  size_t e, g, f;
  if ((e = table(s, i, currency_after_zh, NELEM(currency_after_zh), 0, &h, &currency_after_zh_first))) {
    if (strcmp(h->w, "元") == 0 && next_is_any(s, e, not_yuan, NELEM(not_yuan))) return 0;
    if (strcmp(h->w, "元") == 0 && *code) return e; /* 新台币420亿元: the currency named before */
    n->scale *= h->v;
    *code = h->code;
    return e;
  }
  if (!(g = gap(s, i))) return 0;
  if (n->vague && (e = word(s, g, "of")) && (f = gap(s, e))) g = f; /* billions of dollars */
  if (!(e = table(s, g, currency_after_en, NELEM(currency_after_en), 1, &h, &currency_after_en_first)))
    return 0;
  /* "pounds" is a weight before "of" and with no scale word ("weighing
   * more than 10,000 pounds", as 1万磅 reads); money is "5 million
   * pounds", "£5", "pounds sterling" */
  if (strcmp(h->w, "pounds") == 0 && ((n->scale <= 1 && !n->vague) || ((f = gap(s, e)) && word(s, f, "of"))))
    return 0;
  if (strcmp(h->w, "won") == 0 && n->scale <= 1) return 0; /* the verb */
  n->scale *= h->v;
  *code = h->code;
  return e;
}

/* A percentage after the number: %, percent, per cent, 个百分点, or
 * hyphened as an adjective ("the 24-percent reciprocal tariffs"); basis
 * points become percentage points (25 basis points = 0.25), so *factor.
 * Inlined in its one caller, asked of nearly every number, where GCC's
 * size limits would call it out of line. */
VS_ALWAYS_INLINE size_t match_percent_after(const vs_scan *s, size_t i, int *points, double *factor) {
  size_t e, g;
  *points = 0;
  *factor = 1;
  if ((e = lit(s, opt_gap(s, i), "%"))) return e;
  if ((e = lit(s, i, "个百分点")) || (e = lit(s, i, "百分点"))) return *points = 1, e;
  if ((e = lit(s, i, "个基点")) || (e = lit(s, i, "基点"))) return *points = 1, *factor = 0.01, e;
  if ((e = word(s, i, "-percent")) || (e = word(s, i, "-per-cent"))) return e;
  if (!(g = gap(s, i))) return 0;
  if ((e = word(s, g, "percentage points")) || (e = word(s, g, "percentage point"))) return *points = 1, e;
  if ((e = word(s, g, "basis points")) || (e = word(s, g, "basis point")) || (e = word(s, g, "bps")))
    return *points = 1, *factor = 0.01, e;
  if ((e = word(s, g, "percent")) || (e = word(s, g, "per cent")) || (e = word(s, g, "pct"))) return e;
  return 0;
}

/* 三成 = 30%: tenths, each +-5 points because the unit is that coarse. */
static size_t match_cheng(const vs_scan *s, size_t i, const vs_number *n) {
  static const char *const not_after[] = {"为", "立", "功", "交", "员", "长", "熟", "就", "型",
                                          "品", "本", "果", "绩", "都", "效", "年", "不"};
  size_t e;
  if (n->script == SCRIPT_WORDS || n->decimals || n->scale != 1 || n->plus || n->ranged) return 0;
  if (!n->vague && (n->mant < 1 || n->mant > 10)) return 0;
  if (n->vague && n->vhi > 10) return 0;
  if (!(e = lit(s, i, "成")) || next_is_any(s, e, not_after, NELEM(not_after))) return 0;
  return e;
}

static const vs_entry counters_zh[] = {
    {"家", 0, NULL},
    {"个", 0, NULL},
    {"名", 0, NULL},
    {"款", 0, NULL},
    {"台", 0, NULL},
    {"枚", 0, NULL},
    {"颗", 0, NULL},
    {"项", 0, NULL},
    {"位", 0, NULL},
    {"人", 0, NULL},
    {"辆", 0, NULL},
    {"片", 0, NULL},
    {"件", 0, NULL},
    {"只", 0, NULL},
    {"次", 0, NULL},
    {"种", 0, NULL},
    {"份", 0, NULL},
    {"张", 0, NULL},
    {"座", 0, NULL},
    {"架", 0, NULL},
    {"艘", 0, NULL},
    {"条", 0, NULL},
    {"户", 0, NULL},
    {"所", 0, NULL},
    {"套", 0, NULL},
    {"批", 0, NULL},
    {"块", 0, NULL},
    {"部", 0, NULL},
    {"起", 0, NULL},
    {"轮", 0, NULL},
    {"支", 0, NULL},
    {"例", 0, NULL},
    {"国", 0, NULL},
    {"篇", 0, NULL},
    {"场", 0, NULL},
    {"届", 0, NULL},
    {"道", 0, NULL},
    {"笔", 0, NULL},
    {"股", 0, NULL},
    {"吨", 0, NULL},
    /* Hong Kong's counter of companies (37間中國企業): 家's */
    {"间", 0, NULL},
};
static vs_firsts counters_zh_first;
/* Words that follow a number without being what it counts. */
static const char *const not_nouns[] = {
    "of",        "to",      "and",      "or",       "in",    "on",      "at",        "for",     "by",
    "from",      "with",    "as",       "than",     "then",  "is",      "was",       "were",    "are",
    "be",        "been",    "has",      "have",     "had",   "the",     "a",         "an",      "that",
    "this",      "these",   "those",    "which",    "who",   "will",    "would",     "could",   "can",
    "may",       "might",   "must",     "should",   "per",   "percent", "pct",       "am",      "pm",
    "gmt",       "utc",     "est",      "edt",      "bst",   "cet",     "jst",       "hrs",     "nm",
    "mm",        "cm",      "km",       "kg",       "mg",    "gb",      "tb",        "mb",      "kb",
    "ghz",       "mhz",     "hz",       "kw",       "mw",    "gw",      "kwh",       "mph",     "ft",
    "lb",        "lbs",     "oz",       "but",      "if",    "so",      "not",       "also",    "after",
    "before",    "since",   "until",    "into",     "over",  "under",   "about",     "against", "between",
    "during",    "through", "while",    "when",     "where", "up",      "down",      "out",     "it",
    "its",       "times",   "january",  "february", "march", "april",   "june",      "july",    "august",
    "september", "october", "november", "december", "said",  "says",    "according", "last",
};
static vs_wordset not_nouns_set; /* vs_quantity_index */
/* Words before a number that make it a name, not a count: section 301 tariffs. */
static const char *const labels[] = {
    "section", "article",  "chapter",  "clause",  "rule",  "no",     "number", "phase",  "round",
    "part",    "level",    "tier",     "version", "model", "series", "item",   "page",   "paragraph",
    "title",   "annex",    "schedule", "exhibit", "room",  "route",  "flight", "gate",   "window",
    "stage",   "type",     "class",    "grade",   "vol",   "volume", "issue",  "figure", "table",
    "line",    "category", "step",     "group",   "covid", "g",
};
/* Labels of a list of designations: sections 232 and 301, articles 3, 4 or 5
 * (a singular label names one: "chapter 11 and 300 firms" counts firms). */
static const char *const labels_plural[] = {"sections", "articles",   "chapters",
                                            "clauses",  "paragraphs", "titles"};
static vs_wordset labels_set, labels_plural_set; /* vs_quantity_index */
#define DESIGNATION_HOPS 4                       /* numbers of a list looked back through, plus one */

/* Abbreviated labels, read only with their point: sec. 301, art. 5 ("art 5"
 * may be anything). */
static const char *const label_abbrevs[] = {"sec.",  "secs.",  "art.", "arts.",
                                            "para.", "paras.", "ch.",  "cl."};
/* Words that join the designations of one label: sections 232 and 301. */
static const char *const label_joins[] = {"and", "or"};

/* Is the abbreviation of a label (with its point) the word before i?
 * Each ends with its point, so the words are read only after one. */
static int abbrev_before(const vs_scan *s, size_t i) {
  size_t b = i;
  while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
  if (b == i || b == 0 || s->p[b - 1] != '.') return 0; /* "sec.301" is no designation we know */
  for (size_t k = 0; k < NELEM(label_abbrevs); k++) {
    size_t n = strlen(label_abbrevs[k]);
    if (ends_with(s, b, label_abbrevs[k]) && (b == n || !is_alnum(at(s, b - n - 1)))) return 1;
  }
  return 0;
}

/* Does the number at i name a part of a law or a document (section 301,
 * sec. 301, rule 10b-5) rather than count? In a list after a plural label
 * every number is a designation ("sections 232 and 301"); hops bounds how
 * far back through such a list it looks, so the scan stays linear. */
static int designation_at(const vs_scan *s, size_t i, int hops) {
  size_t b = i, a;
  if (prev_word_in_set(s, i, labels_plural, NELEM(labels_plural), &labels_plural_set)) return 1;
  if (hops == 0) return 0;
  if (hops == DESIGNATION_HOPS &&
      (prev_word_in_set(s, i, labels, NELEM(labels), &labels_set) || abbrev_before(s, i)))
    return 1;
  /* 1. step back over a comma or a joining word */
  while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
  if (b > 0 && s->p[b - 1] == ',') {
    b--;
  } else if (prev_word_in_few(s, i, label_joins, NELEM(label_joins))) {
    while (b > 0 && is_alpha(at(s, b - 1))) b--;
  } else {
    return 0;
  }
  for (a = b; b > 0 && a - b < MAX_GAP && s->p[b - 1] == ' ';) b--;
  /* 2. the designation before it: a word that starts with a digit (232, 10b-5) */
  a = b;
  while (a > 0 && b - a < 16 && (is_alnum(at(s, a - 1)) || at(s, a - 1) == '-')) a--;
  if (a == b || !is_digit(at(s, a))) return 0;
  return designation_at(s, a, hops - 1);
}

static int english_noun_at(const vs_scan *s, size_t i) {
  size_t g = gap(s, i), e;
  if (!g) return 0;
  if (vs_partitive_end(s, i)) return 1;
  /* "15 U.S. entities": the noun after the abbreviation; "9 a.m." is a time */
  if ((e = abbrev_end(s, g))) {
    if (lit(s, g, "a.m.") || lit(s, g, "p.m.") || !(e = gap(s, e))) return 0;
    g = e;
  }
  for (e = g; is_alpha(at(s, e)); e++) {
  }
  /* a model number ("50 H200 chips", "400 A100 GPUs"): the noun after it is
   * what is counted */
  if (e > g && e - g <= 3 && is_digit(at(s, e))) {
    while (is_alnum(at(s, e))) e++;
    if (at(s, e) != ' ' || !(g = gap(s, e))) return 0;
    for (e = g; is_alpha(at(s, e)); e++) {
    }
  }
  /* single letters and abbreviations (a.m., u.s.) are not what is counted */
  if (e - g < 2 || (at(s, e) == '.' && is_alpha(at(s, e + 1))) || is_digit(at(s, e))) return 0;
  if (!vs_wordset_may(&not_nouns_set, s->p + g, e - g)) return 1;
  for (size_t k = 0; k < NELEM(not_nouns); k++)
    if ((unsigned char)not_nouns[k][0] == at(s, g) && strlen(not_nouns[k]) == e - g &&
        memcmp(s->p + g, not_nouns[k], e - g) == 0)
      return 0; /* the first byte first: most words differ there */
  return 1;
}

/* Does an English number at [start, j) stand for a tally the words around
 * it name, with no noun after it: "brings to 17 the number of officials",
 * "bringing the total to 17"? A running total, no count of one event's
 * (values.h: running). */
static int tally_named(const vs_scan *s, size_t start, size_t j) {
  static const char *const after[] = {"the number of", "the total number of", "the total of", "the tally of"};
  static const char *const before[] = {"total to ", "number to ", "tally to ",
                                       "total at ", "number at ", "tally at "};
  size_t g = gap(s, j);
  for (size_t k = 0; g && k < NELEM(after); k++)
    if (word(s, g, after[k])) return 1;
  for (size_t k = 0; k < NELEM(before); k++)
    if (ends_with(s, start, before[k])) return 1;
  return 0;
}

/* Words right before a count that make it a sum (values.h: running):
 * 共17人, 累计制裁…共有35家, 增至17人, "a total of 17". */
static const char *const sum_before_words[] = {"共",     "共有",   "共计",       "总共",   "累计",
                                               "合计",   "总计",   "总数达",     "总数为", "增至",
                                               "增加至", "增加到", "a total of "};

/* sum_before_words with their lengths, and how they end (measured in
 * vs_quantity_index, read only after): asked of every count, they are
 * compared only where one may end. */
static size_t sum_before_n[NELEM(sum_before_words)];
static const vs_words sum_before_list = {sum_before_words, NELEM(sum_before_words), sum_before_n};
static vs_tails sum_before_last;

/* 1 when one of sum_before_words ends at i, else 0. */
static int sum_before(const vs_scan *s, size_t i) {
  return i > 0 && vs_tails_may_end(&sum_before_last, s->p, i) && ends_with_any(s, i, &sum_before_list);
}

/* Does an English number at [start, j) after "the" stand for a noun said
 * before, left out: "added five elements to the seven it restricted in
 * April", "the 12 that remain"? A clause after it (a pronoun, a relative)
 * or its end says so; "the one" is no count. */
static int head_left_out(const vs_scan *s, size_t start, size_t j, const vs_number *n) {
  static const char *const after[] = {"it", "they", "that", "which", "already", "previously", "earlier"};
  size_t g;
  if (n->mant <= 1 || n->decimals || n->lone_one || !ends_with(s, start, "the ") ||
      (start > 4 && is_alpha(at(s, start - 5))))
    return 0;
  if (at(s, j) == '.' || at(s, j) == ',' || at(s, j) == ';') return 1;
  for (size_t k = 0; (g = gap(s, j)) && k < NELEM(after); k++)
    if (word(s, g, after[k])) return 1;
  return 0;
}

/* How a number came to be a count (is_count). */
enum { COUNT_NO = 0, COUNT_COUNTER, COUNT_IMPLICIT, COUNT_NOUN, COUNT_TALLY };

/* Is the number a count? Spans and scaled numbers always are (数十万, 3
 * million: COUNT_IMPLICIT); otherwise Chinese needs a counter (300家), English
 * a noun after it (300 companies), and years, designations (section 301,
 * 301条款; 第301条 is refused as an ordinal) and a bare 一 never count. *j moves past a counter, which goes to *counter. */
/* Words before a Chinese duration that make one of its unit a measure:
 * 为期一年, 暂停一年, 延长一个月 (前一天, 较一年前, 每一年 are times, not
 * durations). */
static const char *const spans_zh[] = {"为期", "期限为", "长达", "延长", "暂停",
                                       "暂缓", "推迟",   "持续", "停止"};

/* 家 counts organisations (banks, labs, shops, firms), so where no unit
 * word follows it the phrase it opens may end in a company's
 * (两家香港船舶管理公司: its head 公司, not the 船舶 before it, which 家
 * never counts). Looks HEAD_REACH bytes of Chinese on from e, to 的 or
 * a mark, passing over a short Latin aside in brackets (三家芯片设计软件
 * （EDA）供应商); O(HEAD_REACH x unit words). */
#define HEAD_REACH 30
static unsigned short org_head(const vs_scan *s, size_t e) {
  unsigned short company = cd_units_company(s->units);
  for (size_t i = e; company && i < e + HEAD_REACH && !lit(s, i, "的");) {
    if (at(s, i) == '(') { /* an aside of Latin letters: (EDA) */
      size_t k = i + 1;
      while (k < i + 16 && (is_alpha(at(s, k)) || at(s, k) == ' ')) k++;
      if (at(s, k) != ')' || k == i + 1) break;
      i = k + 1;
      continue;
    }
    if (at(s, i) < 0x80) break;
    if (vs_company_at(s, i)) return company;
    i++;
    while ((at(s, i) & 0xC0) == 0x80) i++; /* the next character */
  }
  return 0;
}

/* 日 after a number at e is no day of the month but a count of days
 * (units.yaml leaves 日 out of the day's words for that): 90日寬限期, 为期
 * 150日, 30日内, and any number past 31. Returns the end of 日, or 0. */
static size_t days_at(const vs_scan *s, size_t e, const vs_number *n, size_t start) {
  static const char *const after[] = {"内", "以内", "之内", "宽限", "期限", "的宽限"};
  size_t f = lit(s, e, "日");
  if (!f || n->vague || n->scale > 1 || n->decimals || n->mant < 1) return 0;
  if (n->mant > 31 || prev_is_any(s, start, spans_zh, NELEM(spans_zh)) ||
      next_is_any(s, f, after, NELEM(after)))
    return f;
  return 0;
}

/* Do two countries' one-character names end at i (中美, 美中, 中俄)? Then
 * 两国 after them is "the two", naming the pair, no count: 中美两国元首. */
static int country_pair_before(const vs_scan *s, size_t i) {
  static const char *const abbr[] = {"中", "美", "俄", "日", "韩", "英", "法",
                                     "德", "印", "欧", "澳", "朝", "越"};
  return i >= 6 && prev_is_any(s, i, abbr, NELEM(abbr)) && prev_is_any(s, i - 3, abbr, NELEM(abbr));
}

/* Is h the row of counters_zh for the character w (three bytes, as every
 * counter is)? Four bytes compared, the NUL too: a load, not a call. */
static int counter_is(const vs_entry *h, const char *w) {
  return memcmp(h->w, w, 4) == 0;
}

static int is_count(const vs_scan *s, size_t *j, const vs_number *n, size_t start, const vs_entry **counter,
                    unsigned short *unit) {
  size_t e = opt_gap(s, *j), ue = 0, ce = 0, de;
  unsigned short u0 = 0;
  const vs_entry *h = NULL;
  /* what a counter can start without counting: 七国集团 is the G7, 两位数 "double-digit" */
  static const char *const not_country[] = {"集团", "联军"};
  /* the unit word and the counter at e, each read once (every counter is
     a Chinese character) */
  if (at(s, e) >= 0x80) {
    ue = vs_unit_at(s, e, &u0);
    ce = table(s, e, counters_zh, NELEM(counters_zh), 0, &h, &counters_zh_first);
  }
  /* a Chinese unit word counts like a counter (72万吨, 20个月, 30天), and
     one may follow a counter that is none (3个国家) */
  if (ue > ce) {
    *unit = u0;
    if (n->lone_one && !n->plus &&
        !(cd_units_duration(s->units, *unit) && prev_is_any(s, start, spans_zh, NELEM(spans_zh))))
      return COUNT_NO;
    *j = ue;
    return COUNT_COUNTER;
  }
  *unit = 0;
  if ((de = days_at(s, e, n, start)) && (*unit = cd_units_day(s->units))) {
    *j = de;
    return COUNT_COUNTER;
  }
  if (ce) {
    if (counter_is(h, "国") && (next_is_any(s, ce, not_country, NELEM(not_country)) ||
                                (n->mant == 2 && country_pair_before(s, start))))
      return COUNT_NO;
    if (counter_is(h, "位") && lit(s, ce, "数")) return COUNT_NO;
    if (counter_is(h, "条") && lit(s, ce, "款")) return COUNT_NO; /* 301条款: a section, named */
    /* 二次 is "secondary" (二次制裁, 二次资源): twice is 两次 */
    if (counter_is(h, "次") && ends_with(s, e, "二") && e - start == 3) return COUNT_NO;
    if (n->lone_one && !n->plus) return COUNT_NO;
    *j = ce;
    *counter = h;
    /* 3艘船 is vessels (the unit word at the counter, read above); 3个国家 */
    if (ue)
      *unit = u0;
    else
      vs_unit_at(s, ce, unit);
    /* 家 (间 in Hong Kong) counts organisations: the company word its phrase ends in wins
     * over a unit word right after 家 (三家芯片设计软件供应商: suppliers) */
    if (counter_is(h, "家") || counter_is(h, "间")) {
      unsigned short org = org_head(s, ce);
      if (org) *unit = org;
    }
    return COUNT_COUNTER;
  }
  if (n->vague || n->scale > 1 || n->filled) return n->lone_one ? COUNT_NO : COUNT_IMPLICIT;
  if (n->script == SCRIPT_ZH || n->year_like) return COUNT_NO;
  /* a unit word joined by a hyphen ("a 90-day truce", "a 30-day comment
   * period", "a two-year review"): the count of that unit */
  {
    unsigned short u = 0;
    if (at(s, *j) == '-' && (ue = vs_unit_at(s, *j + 1, &u)) && !is_alpha(at(s, ue)) && at(s, ue) != '-') {
      *j = ue;
      *unit = u;
      return COUNT_COUNTER;
    }
    /* or glued to it ("40nm": the number grammar lets only a unit word
     * through) */
    if (is_alpha(at(s, *j)) && (ue = vs_unit_at(s, *j, &u)) && !is_alnum(at(s, ue))) {
      *j = ue;
      *unit = u;
      return COUNT_COUNTER;
    }
  }
  if (designation_at(s, start, DESIGNATION_HOPS)) return COUNT_NO;
  /* "one of the firms" is no count of firms */
  if ((n->lone_one || (n->mant == 1 && n->decimals == 0 && n->scale == 1)) && vs_partitive_end(s, *j))
    return COUNT_NO;
  if (english_noun_at(s, *j)) return COUNT_NOUN;
  return tally_named(s, start, *j) ? COUNT_TALLY : head_left_out(s, start, *j, n) ? COUNT_NOUN : COUNT_NO;
}

/* ---- Ratios -------------------------------------------------------------- */

/* Words after "three times" or "twice" that make it a multiple ("three
 * times as many", "twice the size"); without one it is how often. */
static const char *const times_cues[] = {"as",      "more",   "less",    "larger", "bigger", "higher",
                                         "greater", "faster", "smaller", "lower",  "the",    "that",
                                         "what",    "its",    "their",   "over"};

static int times_cue_at(const vs_scan *s, size_t i) {
  size_t g = gap(s, i);
  for (size_t k = 0; g && k < NELEM(times_cues); k++)
    if (word(s, g, times_cues[k])) return 1;
  return 0;
}

/* Words that are a multiple on their own. v: the multiple. 翻番 doubles, 翻两番
 * doubles twice. */
static const vs_entry ratio_words[] = {
    {"doubled", 2, NULL},       {"doubling", 2, NULL},   {"doubles", 2, NULL},  {"tripled", 3, NULL},
    {"tripling", 3, NULL},      {"triples", 3, NULL},    {"trebled", 3, NULL},  {"quadrupled", 4, NULL},
    {"quadrupling", 4, NULL},   {"quadruples", 4, NULL}, {"halved", 0.5, NULL}, {"halving", 0.5, NULL},
    {"hundredfold", 100, NULL}, {"翻番", 2, NULL},       {"翻倍", 2, NULL},     {"翻了一倍", 2, NULL},
    {"翻一番", 2, NULL},        {"翻了一番", 2, NULL},   {"翻两番", 4, NULL},   {"翻了两番", 4, NULL},
    {"翻三番", 8, NULL},        {"翻了三番", 8, NULL},   {"减半", 0.5, NULL},   {"腰斩", 0.5, NULL},
};
static vs_firsts ratio_words_first;

/* The base verbs of those words are a multiple only where a modal or "to"
 * makes them a verb: "output could triple", "plans to double tariffs"
 * (not "a double standard", "triple-digit", "grew to double digits"). */
static const vs_entry ratio_verbs[] = {
    {"double", 2, NULL},    {"triple", 3, NULL},  {"treble", 3, NULL},
    {"quadruple", 4, NULL}, {"halve", 0.5, NULL},
};
static const char *const ratio_verb_before[] = {"to",    "could", "would",  "will", "may",
                                                "might", "can",   "should", "must", "not"};

static size_t ratio_verb(const vs_scan *s, size_t i, double *mult) {
  const vs_entry *h = NULL;
  size_t e = table(s, i, ratio_verbs, NELEM(ratio_verbs), 1, &h, NULL), g;
  if (!e || at(s, e) == '-' || !prev_word_in(s, i, ratio_verb_before, NELEM(ratio_verb_before))) return 0;
  if ((g = gap(s, e)) && (word(s, g, "down") || word(s, g, "digits") || word(s, g, "digit"))) return 0;
  *mult = h->v;
  return e;
}

/* A multiple written as one word at i: doubled, 翻番, twofold, tenfold,
 * "twice the size", "could triple". */
static size_t ratio_word(const vs_scan *s, size_t i, double *mult) {
  const vs_entry *h = NULL;
  size_t e, g;
  double u;
  if ((e = table(s, i, ratio_words, NELEM(ratio_words), 1, &h, &ratio_words_first))) {
    /* "doubling down" is an idiom, not a number */
    if (s->p[i] == 'd' && (g = gap(s, e)) && word(s, g, "down")) return 0;
    *mult = h->v;
    return e;
  }
  if ((e = ratio_verb(s, i, mult))) return e;
  if ((e = vs_en_unit_word(s, i, 0, &u)) && (g = word(s, e, "fold"))) return *mult = u, g;
  if (((e = word(s, i, "twice")) || (e = word(s, i, "thrice"))) && times_cue_at(s, e))
    return *mult = s->p[i + 1] == 'w' ? 2 : 3, e;
  return 0;
}

/* A multiple after a number: 两倍, 1.5倍, 2x, ten-fold, "three times as many". */
static size_t match_ratio_after(const vs_scan *s, size_t i, const vs_number *n) {
  size_t e, g;
  if (n->vague || n->frac > 0 || n->half_pct) return 0;
  if ((e = lit(s, i, "倍")) && !lit(s, e, "数")) return e; /* 倍数 is "a multiple" as a noun */
  if (n->script == SCRIPT_ASCII && (e = word(s, i, "x"))) return e;
  if ((e = word(s, i, "-fold")) || (e = word(s, i, "fold"))) return e;
  if ((g = gap(s, i)) && (e = word(s, g, "times")) && times_cue_at(s, e)) return e;
  return 0;
}

/* 增长两倍: "grew by two times". After a verb of growth N倍 is the
 * increase as Chinese grammar traditionally reads it (增加了N倍 = N + 1
 * times the original), but news writes it for the multiple too (提高4倍至
 * 100% from 25%, "quadruple", in two Taiwan reports of the May 2024
 * tariffs): so 增长两倍 is the span 2x to 3x, which meets "doubled" and
 * "tripled" alike (no contradiction; a person reads it), while 增长一倍 is
 * 2x (doubled). Taiwan writes 成長 for 增长 (銷售額成長一倍). After 到, 至 or 为 (增长到两倍, 增至两倍) and in 是去年的两倍,
 * N倍 is the multiple itself. English states the multiple ("tripled",
 * "grew threefold") and is read as written. */
static const char *const growth_zh[] = {
    "增长", "增长了", "增加", "增加了", "提高", "提高了", "提升", "提升了", "上升", "上升了",
    "上涨", "上涨了", "扩大", "扩大了", "成长", "成长了", "攀升", "攀升了", "跃升", "跃升了",
    "飙升", "飙升了", "激增", "大增",   "暴增", "增",     "增了", "涨",     "涨了"};

/* ---- One quantity --------------------------------------------------------- */

/* What one quantity reads as, before it becomes a cd_value. */
typedef struct {
  vs_number n;
  const char *code; /* ISO 4217, or NULL */
  int pct, points, ratio;
  int approx, bound;       /* from the words around it */
  int implicit;            /* a count only by its scale or span (3万, 数十万): takes the unit of
                           the number it spans to (3万至5万人, 30亿至50亿美元) */
  int noun;                /* a count because an English noun follows (300 companies) */
  int tally;               /* a count because words around it name a tally (tally_named) */
  const vs_entry *counter; /* the Chinese counter after it, or NULL */
  unsigned short unit;     /* what it counts (values_unit.c), or 0 */
  int from;                /* after_from() */
  int suffix;              /* a suffix modifier (左右, or more) was read */
  double num, lo, hi;      /* what it stands for, before approx and bound widen it */
} qty;

/* Before a number at i: 0 nothing, 1 "from" or 从 / 由 as in a change ("rose
 * from 3 to 5 percent": two values, the first taking the unit of the
 * second), 2 "from" after a word that makes a span ("ranging from 3 to 5"). */
static int after_from(const vs_scan *s, size_t i) {
  static const char *const from[] = {"from"};
  static const char *const zh_from[] = {"从", "由"};
  static const char *const range_cues[] = {"ranging", "range",  "ranges",  "ranged", "anywhere",
                                           "vary",    "varies", "varying", "varied"};
  size_t b = i;
  if (prev_is_any(s, i, zh_from, NELEM(zh_from))) return 1;
  if (!prev_word_in_few(s, i, from, NELEM(from))) return 0;
  while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
  return b >= 4 && prev_word_in(s, b - 4, range_cues, NELEM(range_cues)) ? 2 : 1;
}

/* 三分之一, 四分之三: a share in percent (百分之 is read apart, exactly). */
static size_t zh_fraction(const vs_scan *s, size_t i, double *pct) {
  size_t e;
  int d, k;
  if (!(e = vs_small_num(s, i, &d)) || d < 2 || d > 10 || !(e = lit(s, e, "分之"))) return 0;
  if (!(e = vs_small_num(s, e, &k)) || k < 1 || k >= d) return 0;
  *pct = 100.0 * k / d;
  return e;
}

/* The share a fraction word stands for: a third is 33.3% as printed and
 * anything from 30.8 to 35.8 as compared, since a reporter rounds 31% to 36%
 * to "a third" (a tenth of 三成 is five points; a fraction is finer). */
#define FRACTION_HALF_WIDTH 2.5

/* Steps 1 to 3 of quantity_at: the modifiers before the number, a currency
 * or 百分之 before it, and the number itself into q->n. Returns the index
 * after the number, or 0 when there is none. */
static size_t quantity_number(const vs_scan *s, size_t i, qty *q, int flags, int end) {
  size_t j = i, e;
  int k, per_mille = 0;
  double frac = 0;
  vs_number *n = &q->n;

  /* 1. about, more than, 约, 逾 */
  for (k = 0; k < 2 && (e = prefix_mod(s, j, &q->approx, &q->bound)); k++) j = e;
  if (j > i && !vs_may_start(s, j, vs_match_quantity)) return 0; /* "over the", 约束 */
  if (!end && (q->from = after_from(s, j)) == 1) flags |= PN_FROM;
  /* 2. 百分之, 千分之, 三分之一, or a currency before the number */
  if ((e = lit(s, j, "百分之")) || (e = lit(s, j, "千分之"))) {
    q->pct = 1;
    per_mille = lit(s, j, "千") != 0;
    j = e;
  } else if ((e = zh_fraction(s, j, &frac))) {
    memset(n, 0, sizeof *n);
    n->frac = frac;
    n->scale = 1;
    n->script = SCRIPT_ZH;
    j = e;
  } else if ((e = match_currency_before(s, j, &q->code))) {
    j = e;
  }
  /* 3. the number; 百分之百 is the one numeral written without a digit; a
     multiple can be a word of its own (doubled, 翻番) */
  if (frac > 0) {
    /* read above */
  } else if (q->pct && (e = lit(s, j, "百"))) {
    memset(n, 0, sizeof *n);
    n->mant = 100;
    n->scale = 1;
    n->script = SCRIPT_ZH;
    j = e;
  } else if ((e = vs_parse_number(s, j, n, flags | (q->code ? PN_MONEY : 0)))) {
    j = e;
  } else if (!q->pct && !q->code && (e = ratio_word(s, j, &n->mant))) {
    n->scale = 1;
    q->ratio = 1;
    j = e;
  } else {
    return 0;
  }
  if (per_mille) n->scale *= 0.1;
  return j;
}

/* Step 4 of quantity_at: what the number ending at j (the quantity starts
 * at i) is a number of: a share, a multiple, a currency or a count.
 * *fixed_half gets the half width the unit imposes (三成: 5 points), left
 * alone otherwise; *bei is set when the multiple is written with 倍.
 * Returns the index after the unit, or 0 when the number is no quantity. */
static size_t quantity_unit(const vs_scan *s, size_t i, size_t j, qty *q, double *fixed_half, int *bei) {
  vs_number *n = &q->n;
  size_t e;
  double factor;
  int how;

  if (q->ratio) {
    /* read above */
  } else if (n->frac > 0) {
    q->pct = 1;
    *fixed_half = FRACTION_HALF_WIDTH;
  } else if (q->pct || n->half_pct) {
    q->pct = 1;
    if (n->half_pct) n->mant = 50, n->script = SCRIPT_ZH;
    if (n->bound) q->bound = 1;
  } else if ((e = match_percent_after(s, j, &q->points, &factor))) {
    q->pct = 1;
    n->scale *= factor;
    j = e;
  } else if ((e = match_cheng(s, j, n))) {
    q->pct = 1;
    n->scale = 10;
    *fixed_half = 5;
    j = e;
  } else if (!q->code && (e = match_ratio_after(s, j, n))) {
    q->ratio = 1;
    *bei = lit(s, j, "倍") != 0;
    j = e;
  } else if ((e = match_currency_after(s, j, n, &q->code))) {
    j = e;
  } else if (!q->code) {
    if (!(how = is_count(s, &j, n, i, &q->counter, &q->unit))) return 0;
    q->implicit = how == COUNT_IMPLICIT;
    q->noun = how == COUNT_NOUN || how == COUNT_TALLY;
    q->tally = how == COUNT_TALLY;
    if (!q->unit) q->unit = vs_unit_after_en(s, j); /* the span stays the number's */
  }
  return j;
}

/* Step 5 of quantity_at: what follows the unit at j. Returns where the
 * quantity ends. */
static size_t quantity_suffix(const vs_scan *s, size_t j, qty *q) {
  vs_number *n = &q->n;
  size_t e;

  /* a span after "from" as in a change: only its first number is meant
     ("from 3 to 5 percent" is 3 percent, then 5 percent), unless 不等 says
     the numbers vary (从3到5家不等) */
  if (n->ranged && n->from_span && !lit(s, j, "不等")) {
    n->ranged = 0;
    j = n->x_end;
  } else {
    /* 5. 左右, 以上, or more */
    e = suffix_mod(s, j, &q->approx, &q->bound);
    q->suffix = e > j;
    j = e;
    if (n->ranged && ((e = lit(s, j, "之间")) || (e = lit(s, j, "不等")))) j = e;
  }
  return j;
}

/* Step 6 of quantity_at: the range q->n stands for, into q->num, lo, hi;
 * fixed_half is the unit's half width, or -1 for the one the number's
 * precision gives. */
static void quantity_range(qty *q, double fixed_half) {
  const vs_number *n = &q->n;

  if (n->frac > 0) {
    q->num = floor(n->frac * 10 + 0.5) / 10;
    q->lo = n->frac - fixed_half;
    q->hi = n->frac + fixed_half;
  } else if (n->vague) {
    q->num = q->lo = n->vlo * n->scale;
    q->hi = n->vhi * n->scale;
  } else {
    q->num = n->mant * n->scale / p10(n->decimals);
    if (fixed_half >= 0) {
      q->lo = q->num - fixed_half;
      q->hi = q->num + fixed_half;
    } else {
      double h = vs_half_width(n->mant, n->decimals, n->scale);
      q->lo = q->num - h;
      q->hi = q->num + h;
    }
    if (n->plus) {
      int digits, tz;
      double place = 1.0 / p10(n->decimals);
      if (!n->decimals) vs_digit_shape(n->mant, &digits, &tz), place = p10(tz);
      q->lo = q->num;
      q->hi = (n->mant / p10(n->decimals) + place) * n->scale;
      if (q->hi - q->lo >= 2) q->lo += 1, q->hi -= 1;
    }
    if (n->ranged)
      q->hi =
          n->to_mant * n->scale / p10(n->to_decimals) + vs_half_width(n->to_mant, n->to_decimals, n->scale);
  }
}

/* One quantity at i: 1. modifiers, 2. a currency or 百分之 before it, 3. the
 * number, 4. what it is a number of, 5. modifiers after it, 6. the range it
 * stands for. flags: PN_BETWEEN after "between" / 介于; end says this is the
 * far end of a span, read on its own. Returns the index after it (q filled
 * in), or 0. */
static size_t quantity_at(const vs_scan *s, size_t i, qty *q, int flags, int end) {
  size_t j;
  double fixed_half = -1;
  int bei = 0;

  memset(q, 0, sizeof *q);
  if (!(j = quantity_number(s, i, q, flags, end)) || !(j = quantity_unit(s, i, j, q, &fixed_half, &bei)))
    return 0;
  j = quantity_suffix(s, j, q);
  quantity_range(q, fixed_half);
  if (bei && prev_is_any(s, i, growth_zh, NELEM(growth_zh))) {
    /* 增加一倍 is 2x; 增长两倍 is 2x or 3x, but 增长近两倍 and 增长超过两倍
     * keep the grammar's reading: see growth_zh */
    if (q->num < 2 || q->approx || q->bound) {
      q->num += 1;
      q->lo += 1;
    } else {
      q->n.ranged = 1;
    }
    q->hi += 1;
  }
  return j;
}

/* Do a and b measure in one unit? A count only by its scale (3万) takes
 * the unit of the other end. */
static int same_unit(qty *a, const qty *b) {
  if (a->implicit && !b->implicit) {
    a->code = b->code;
    a->pct = b->pct;
    a->points = b->points;
    a->ratio = b->ratio;
    a->counter = b->counter;
    a->unit = b->unit;
    a->implicit = 0;
  }
  if (a->unit != b->unit) return 0;
  if (a->pct != b->pct || a->points != b->points || a->ratio != b->ratio || a->noun || b->noun ||
      a->counter != b->counter)
    return 0;
  return a->code == b->code || (a->code && b->code && strcmp(a->code, b->code) == 0);
}

/* Where the far end of a span starts after a quantity ending at j: 10%-15%,
 * 3家至5家, 10%到15%; "and", 和, 与 after between / 介于; "to" only after
 * "from" (elsewhere "rose 0.25% to 5.5%" is a change, "sold 3 chips to 20
 * companies" two counts), or between two amounts of money no more than
 * twice apart (vs_match_quantity: "add $2 to $3 a barrel", "$12.5 billion
 * to $13.5 billion"; "fell $2 to $68" is a change). */
static size_t connector(const vs_scan *s, size_t j, int between, int from) {
  size_t e, g;
  if (at(s, j) == '-' || at(s, j) == '~') return j + 1;
  if ((e = lit(s, j, "–")) || (e = lit(s, j, "至")) || (e = lit(s, j, "到"))) return e;
  if (between && ((e = lit(s, j, "和")) || (e = lit(s, j, "与")))) return e;
  if ((g = gap(s, j)) && ((between && (e = word(s, g, "and"))) || (from && (e = word(s, g, "to")))))
    return gap(s, e);
  return 0;
}

/* Is the connector after j the word "to"? */
static int to_at(const vs_scan *s, size_t j) {
  size_t g = gap(s, j);
  return g && word(s, g, "to");
}

/* A span word of one unit of time at i: "year-long", "month-long",
 * "week-long" (a year-long investigation lasted a year, 历时一年): a count
 * of one of that unit; not the plural, which counts nothing ("a
 * months-long surge" is several months). Returns the end, or 0. */
static size_t long_span(const vs_scan *s, size_t i, cd_value *v) {
  unsigned short u = 0;
  size_t e = is_alpha(at(s, i)) ? vs_unit_at(s, i, &u) : 0, f;
  if (!e || !cd_units_duration(s->units, u) || at(s, e - 1) == 's' || !(f = lit(s, e, "-long")) ||
      is_alnum(at(s, f)))
    return 0;
  v->kind = CD_VALUE_COUNT;
  v->num = v->lo = v->hi = 1;
  v->unit = u;
  v->minutes = cd_units_minutes(s->units, u);
  return f;
}

/* A quantity at i, or a span of two ("between $3 billion and $5 billion",
 * "3家至5家", "在10%到15%之间"), written into v. Steps:
 *   1. "between" / 介于 before it lets "and" / 和 join a span;
 *   2. the first quantity (quantity_at), which may be a span already when
 *      its unit comes once at the end ("3 to 5 percent", "3至5家");
 *   3. else a connector and a second quantity in the same unit, larger:
 *      the span is the first's low end to the second's high end; after
 *      "from" / 从 as in a change, the second only lends its unit (从3亿到5亿元
 *      is 3亿元 then 5亿元) unless 不等 follows;
 *   4. approx and bound widen the range. */
/* ---- Tallies: the split of a vote or a bench ---------------------------
 *
 * "voted 4-0", "a 6-3 decision", "passed 360-58", 以4比0, 以九比零裁定,
 * 以360票对58票: the votes for and against, a ratio marked tally (never
 * compared with a multiple). Written N-M or N to M in English, N比M or
 * N票对M票 or N票赞成、M票反对 in Chinese, the larger side first, each side at most 999; the
 * words around it must say it is a vote (voted, ruled, vote, decision; 以
 * before, 票, 裁定, 通过, 投票, 表决 after), since "3-5" and 1比1 are also
 * ranges and rates. Kept as for x 1000 + against. */
#define TALLY_SIDE_MAX 999

static const char *const tally_before_en[] = {"voted",  "ruled",    "vote of",   "votes of", "vote was",
                                              "passed", "approved", "margin of", "split"};
static const char *const tally_after_en[] = {"vote",    "votes",    "decision", "ruling",
                                             "verdict", "majority", "margin",   "split"};
static const char *const tally_after_zh[] = {"的投票", "投票", "的表决", "表决",  "裁定",
                                             "通过",   "判决", "一致",   "的多数"};

/* A side of a tally at i: up to three ASCII digits, or a Chinese numeral
 * of one or two digits (零 and 〇 included, also before 一致: 九比零一致裁定).
 * Returns its end, or 0. */
static size_t tally_side(const vs_scan *s, size_t i, int *n) {
  size_t j = i, e;
  int d;
  if (is_digit(at(s, i))) {
    *n = 0;
    while (is_digit(at(s, j)) && j - i < 4) *n = *n * 10 + at(s, j++) - '0';
    return j - i <= 3 && !is_alnum(at(s, j)) ? j : 0;
  }
  if ((d = zh_digit(s, i, &e, 0)) >= 0 && lit(s, e, "一致")) { /* 九比零一致: no 01 */
    *n = d;
    return e;
  }
  if (d == 0 && zh_digit(s, e, &j, 1) < 0 && !lit(s, e, "十")) {
    *n = 0;
    return e;
  }
  return vs_small_num(s, i, n);
}

/* Does a word that tells of a vote stand before i in its clause ("voted
 * 4-0", "passed the provision 360-58")? TALLY_REACH bytes back at most,
 * to a comma or a full stop. */
#define TALLY_REACH 48
static int tally_word_before(const vs_scan *s, size_t i) {
  size_t from = i > TALLY_REACH ? i - TALLY_REACH : 0;
  for (size_t j = i; j > from; j--) {
    char c = s->p[j - 1];
    if (c == ',' || c == '.' || c == ';' || c == ':') return 0;
    if (is_alnum((unsigned char)c) && !is_alnum(at(s, j)))
      for (size_t k = 0; k < NELEM(tally_before_en); k++) {
        size_t n = strlen(tally_before_en[k]);
        if (ends_with(s, j, tally_before_en[k]) && (j == n || !is_alnum(at(s, j - n - 1)))) return 1;
      }
  }
  return 0;
}

static int tally_word_after(const vs_scan *s, size_t e, int zh) {
  size_t j = e;
  if (zh) {
    for (size_t k = 0; k < NELEM(tally_after_zh); k++)
      if (lit(s, j, tally_after_zh[k])) return 1;
    return 0;
  }
  while (at(s, j) == ' ') j++;
  if (j == e) return 0;
  for (size_t k = 0; k < NELEM(tally_after_en); k++)
    if (word(s, j, tally_after_en[k])) return 1;
  return 0;
}

/* The votes for and against told apart in Chinese: 306票赞成、81票反对
 * (支持 for 赞成; a comma, 、, 和 or 及 between). Returns the end of 反对, or
 * 0; *b the votes against. */
static size_t for_against_zh(const vs_scan *s, size_t j, int *b) {
  static const char *const seps[] = {"、", "，", ",", "和", "及"};
  size_t e, g = 0;
  if (!(e = lit(s, j, "票赞成")) && !(e = lit(s, j, "票支持"))) return 0;
  for (size_t k = 0; k < NELEM(seps) && !g; k++) g = lit(s, e, seps[k]);
  if (!g || !(e = tally_side(s, g, b))) return 0;
  return lit(s, e, "票反对");
}

/* Writes the tally a for, b against into v; returns e, its end. */
static size_t put_tally(cd_value *v, int a, int b, size_t e) {
  v->kind = CD_VALUE_RATIO;
  v->tally = 1;
  v->num = v->lo = v->hi = a * 1000.0 + b;
  return e;
}

static size_t tally_at(const vs_scan *s, size_t i, cd_value *v) {
  size_t j, e, g;
  int a, b, zh = 0;
  if (!(j = tally_side(s, i, &a))) return 0;
  if (a <= TALLY_SIDE_MAX && (e = for_against_zh(s, j, &b)) && a >= b) return put_tally(v, a, b, e);
  if ((g = lit(s, j, "-")) || (g = lit(s, j, "\xE2\x80\x93")) || (g = lit(s, j, " to "))) {
    /* English */
  } else if ((g = lit(s, j, "比")) || ((e = lit(s, j, "票")) && (g = lit(s, e, "对")))) {
    zh = 1;
  } else {
    return 0;
  }
  if (!(e = tally_side(s, g, &b)) || a < b || a > TALLY_SIDE_MAX) return 0;
  if (zh && (g = lit(s, e, "票"))) e = g;
  if (!(zh ? ends_with(s, i, "以") || tally_word_after(s, e, 1)
           : tally_word_before(s, i) || tally_word_after(s, e, 0)))
    return 0;
  return put_tally(v, a, b, e);
}

/* A band of percentages named by its digits, as company guidance names
 * it: "a low-double-digit percentage", 低双位数百分比 (10 to 20%), high,
 * mid and low single digits (7-9, 4-6, 1-3%), "double-digit" (10-99%).
 * The word percentage (百分比) must follow: "double-digit growth" names
 * no value of its own here. */
static const struct {
  const char *w;
  double lo, hi;
} digit_bands[] = {
    {"low-double-digit percentage", 10, 20},
    {"low double-digit percentage", 10, 20},
    {"low double digit percentage", 10, 20},
    {"high-single-digit percentage", 7, 9},
    {"high single-digit percentage", 7, 9},
    {"mid-single-digit percentage", 4, 6},
    {"mid single-digit percentage", 4, 6},
    {"low-single-digit percentage", 1, 3},
    {"low single-digit percentage", 1, 3},
    {"double-digit percentage", 10, 99},
    {"低双位数百分比", 10, 20},
    {"低两位数百分比", 10, 20},
    {"高单位数百分比", 7, 9},
    {"双位数百分比", 10, 99},

};

static size_t digit_band_at(const vs_scan *s, size_t i, cd_value *v) {
  size_t e;
  unsigned char c = at(s, i);
  /* low, mid, high, double; 低, 高, 双: a compare or two turns down the
   * numbers every other start is */
  if (c < 0x80 ? c != 'l' && c != 'h' && c != 'm' && c != 'd'
               : !lit(s, i, "低") && !lit(s, i, "高") && !lit(s, i, "双"))
    return 0;
  for (size_t k = 0; k < NELEM(digit_bands); k++)
    if ((e = lit(s, i, digit_bands[k].w)) && (is_alpha(digit_bands[k].w[0]) ? !is_alnum(at(s, e)) : 1)) {
      v->kind = CD_VALUE_PERCENT;
      v->lo = digit_bands[k].lo;
      v->hi = digit_bands[k].hi;
      v->num = (v->lo + v->hi) / 2;
      v->range = 1;
      return e;
    }
  return 0;
}

/* Does "ago" or 前 follow a count of time ending at j, its unit word
 * ("20 years ago") read or not (约20年前: 年 is in the count)? */
static int ago_after(const vs_scan *s, size_t j) {
  size_t g = gap(s, j), e = g;
  if (lit(s, j, "前")) return 1;
  if (!g) return 0;
  if (word(s, g, "ago")) return 1;
  while (is_alpha(at(s, e))) e++;
  return e > g && (g = gap(s, e)) && word(s, g, "ago");
}

size_t vs_match_quantity(const vs_scan *s, size_t i, cd_value *v) {
  size_t j = i, e, g;
  int between = 0;
  qty q, y;

  /* long_span needs a "-long" after i: without one, no unit word (a
   * table of the rules' words, read at every start) is looked up */
  if (s->long_at > i && (e = long_span(s, i, v))) return e;
  if ((e = tally_at(s, i, v))) return e;
  if ((e = digit_band_at(s, i, v))) return e;
  /* 1. */
  if ((e = word(s, i, "between")) && (g = gap(s, e)))
    between = 1, j = g;
  else if ((e = lit(s, i, "介于")))
    between = 1, j = e;
  if (between && !vs_may_start(s, j, vs_match_quantity)) return 0; /* "between the two" */
  /* 2. */
  if (!(e = quantity_at(s, j, &q, between ? PN_BETWEEN : 0, 0))) return 0;
  /* 每一美元 is "every dollar", no amount ("every dollar" reads none) */
  if (q.code && q.num == 1 && lit(s, j, "一") && ends_with(s, j, "每")) return 0;
  j = e;
  /* a length of time counted back ("about 20 years ago", 约20年前) is a
   * date: the date grammar reads it at its number */
  if (!between && !q.code && !q.pct && q.unit && cd_units_duration(s->units, q.unit) && ago_after(s, j))
    return 0;
  /* 3. */
  if (!q.n.ranged && !q.n.vague && !q.n.plus && q.n.frac == 0 && !q.n.half_pct && !q.noun && !q.suffix &&
      (g = connector(s, j, between, q.from || q.code)) && (e = quantity_at(s, g, &y, 0, 1)) && !y.n.vague &&
      y.n.frac == 0 && !y.n.half_pct) {
    qty x = q;
    if (same_unit(&x, &y) && y.num > x.num && (q.from || !q.code || !to_at(s, j) || y.num <= 2 * x.num)) {
      int vary = 0;
      if ((g = lit(s, e, "之间")))
        e = g;
      else if ((g = lit(s, e, "不等")))
        e = g, vary = 1;
      q = x; /* with the unit it took from y */
      if (q.from != 1 || vary) {
        q.hi = y.hi;
        q.n.ranged = 1;
        q.approx |= y.approx;
        if (!q.bound) q.bound = y.bound;
        j = e;
      }
    }
  }
  if (between && !q.n.ranged) return 0; /* read again from the number, without "between" */

  /* 4. */
  v->range = q.n.vague || q.n.plus || q.n.ranged;
  v->ends = q.n.ranged && !q.n.vague && !q.n.plus;
  if (q.approx == 2 && !v->range) { /* nearly: up to a tenth below, hardly above */
    q.lo -= 0.10 * fabs(q.num);
  } else if (q.approx) {
    if (v->range) {
      q.lo -= 0.05 * q.lo;
      q.hi += 0.05 * q.hi;
    } else {
      /* by 5%, or by half the unit of its last decimal where that is
       * less: 约20.6亿 is 20.5 to 20.7亿, no "about €1.9 billion" */
      double w = 0.05 * fabs(q.num), half = (q.hi - q.lo) / 2;
      if (q.n.frac == 0 && q.n.decimals > 0 && half > 0 && half < w) w = half;
      q.lo -= w;
      q.hi += w;
    }
  }
  if (q.bound > 0) q.hi = HUGE_VAL;
  if (q.bound < 0) q.lo = 0;
  if (q.lo < 0 && q.num >= 0) q.lo = 0;

  v->kind = q.pct ? CD_VALUE_PERCENT : q.ratio ? CD_VALUE_RATIO : q.code ? CD_VALUE_MONEY : CD_VALUE_COUNT;
  if (q.code) memcpy(v->currency, q.code, 4);
  v->unit = q.code ? vs_price_unit(s, i, j) : v->kind == CD_VALUE_COUNT ? q.unit : 0;
  v->packed = v->kind == CD_VALUE_COUNT && cd_units_packs(s->units, v->unit);
  v->running = v->kind != CD_VALUE_COUNT ? 0 : q.tally ? 2 : sum_before(s, i);
  v->minutes = v->kind == CD_VALUE_COUNT ? cd_units_minutes(s->units, v->unit) : 0;
  v->num = q.num;
  v->lo = q.lo;
  v->hi = q.hi;
  v->approx = q.approx != 0;
  v->bound = (signed char)(q.bound > 0 ? 1 : q.bound < 0 ? -1 : 0);
  v->strict = q.bound == 3 || q.bound == -3;
  v->inclusive = q.bound == 4 || q.bound == -4;
  v->points = q.points;
  return j;
}

void vs_quantity_index(void) {
  vs_words_measure(&sum_before_list);
  vs_tails_add(&sum_before_last, sum_before_words, NELEM(sum_before_words));
  vs_wordset_add(&not_nouns_set, not_nouns, NELEM(not_nouns));
  vs_wordset_add(&labels_set, labels, NELEM(labels));
  vs_wordset_add(&labels_plural_set, labels_plural, NELEM(labels_plural));
  vs_firsts_of(&counters_zh_first, counters_zh, NELEM(counters_zh));
  vs_firsts_of(&currency_after_en_first, currency_after_en, NELEM(currency_after_en));
  vs_firsts_of(&currency_after_zh_first, currency_after_zh, NELEM(currency_after_zh));
  vs_firsts_of(&currency_before_first, currency_before, NELEM(currency_before));
  vs_firsts_of(&prefix_mods_first, prefix_mods, NELEM(prefix_mods));
  vs_firsts_of(&ratio_words_first, ratio_words, NELEM(ratio_words));
  vs_firsts_of(&suffix_mods_first, suffix_mods, NELEM(suffix_mods));
}

/* ---- Where a quantity starts (values_scan.h) ------------------------------ */

/* What vs_match_quantity tests first: between, 介于; then quantity_number's
 * steps: a modifier (prefix_mods), 百分之, 千分之, a Chinese fraction
 * (zh_fraction: a small number), a currency (currency_before), a number
 * (vs_parse_number) or a multiple in one word (ratio_word: ratio_words,
 * ratio_verbs, a number word glued to fold, twice, thrice). long_span's
 * unit words are the rules', known only when a scan runs:
 * vs_quantity_open. */
void vs_quantity_starts(vs_starts *st) {
  static const char *const first[] = {"between",
                                      "介于",
                                      "百分之",
                                      "千分之",
                                      "twice",
                                      "thrice",
                                      "low-double-digit",
                                      "low-single-digit",
                                      "high-single-digit",
                                      "mid-single-digit",
                                      "double-digit",
                                      "low",
                                      "high",
                                      "mid",
                                      "低双位",
                                      "低两位",
                                      "高单位",
                                      "中单位",
                                      "低单位",
                                      "双位数",
                                      "两位数百"};
  vs_starts_list(st, first, NELEM(first));
  vs_starts_table(st, prefix_mods, NELEM(prefix_mods));
  vs_small_num_starts(st);
  vs_starts_table(st, currency_before, NELEM(currency_before));
  vs_number_starts(st);
  vs_starts_table(st, ratio_words, NELEM(ratio_words));
  vs_starts_table(st, ratio_verbs, NELEM(ratio_verbs));
  vs_en_unit_word_starts(st, "fold");
}

/* long_span at i: a unit word of the rules' (any ASCII word may be one)
 * right before "-long", so only where one follows; and the number "a" or
 * "an" (a dozen, a third, "for a year"), which the scan asks about
 * wherever it stands (vs_number_starts): "a company" tries nothing. */
int vs_quantity_open(const vs_scan *s, size_t i) {
  return (is_alpha(at(s, i)) && s->long_at > i) || vs_article_number_may(s, i);
}
