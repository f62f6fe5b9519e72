# Gold specification for story `geneva-tariff-truce` (US and China agree in Geneva to cut reciprocal
# tariffs for 90 days; joint statement of Monday 12 May 2025). The summary is in Traditional
# Chinese, Taiwan style (川普, 關稅, 貝森特, 葛里爾, 標普500, 那斯達克, 道瓊, 台股, 12日).
# All texts are invented for evaluation (the headline tariff rates, the 90 days, the 10% baseline,
# the 24 points, April 2, May 14, the mechanism's leaders and the parcel duty follow the real
# events; outlets, quotes, analysts, forwarders, CargoPilot and most market and trade figures are
# made up or approximate).
# Edit here, then run `python3 build_gold.py --root DIR --story geneva-tariff-truce`.
#
# Traps:
# - Weekday-relative dates: a and c are dated Monday 12 May ("on Monday" = the agreement; "on
#   Sunday" = He Lifeng's remarks, 11 May; "this weekend" = the talks of 10-11 May); b is dated
#   Tuesday 13 May ("announced on Monday" = 12 May, "take effect on Wednesday" = 14 May, which a
#   gives as "by May 14").
# - Several April dates: non-tariff countermeasures "since April 2" (f6) vs the US increase to 125%
#   "on April 9" vs China's duties effective "April 12" (a) vs "best day since April 9" (c); m03
#   mutates 4月2日 -> 4月9日. The talks (10-11 May) vs the statement (12 May); m02 mutates 12日 -> 10日.
#   "mid-August" (b) is when the truce lapses; "until early May" (b) is the de minimis change.
# - Same number, different referents: 125% is both the April US reciprocal rate (a) and China's
#   tariff (f3); 10% is both China's new rate and each side's baseline; 20% is the fentanyl levy;
#   "24 percentage points" (a) is the suspended part; "around 40%" (c) is the effective US rate
#   counting first-term duties, not the new 30%; 90 days appears as "90-day window", "90-day pause",
#   "90-day clock".
# - Time-of-day figures: a has the Dow "up more than 1,000 points by midday"; c has the close,
#   "1,160.72 points, or 2.81%"; the summary's 逾1100點 follows c.
# - Parcel amounts of different kinds: 120% -> 54% duty, $100 flat fee kept, $200 increase dropped,
#   $800 duty-free threshold (b); m12 mutates per item -> per kilogram.
# - Attribution: Bessent's "neither side wants a decoupling" (a, c) and Greer's hedged remark (a)
#   sit next to He Lifeng's "in-depth, frank and constructive" (a); m08/m09 swap the speakers.
# - Hedges: "may not have been as large" (a, m10), "could climb again", "could see rates spike",
#   "could fade"; "China also agreed to suspend or remove" is a commitment, not a done deed (m11).
# - Negations that do not negate a summary claim: "which is not covered by the agreement", "did not
#   spell out", "it was not clear whether", "does not restore", "not in the clear", "won't fully
#   restock", "have not gone away", "no rush"; "neither side wants a decoupling" supports f8.
# - The unsupported Taiwan-stocks line (f12) has only the Hang Seng (c) and teasers nearby.
# - Source conflict: the 2024 US goods trade deficit with China is $295 billion (a) vs $263 billion
#   (c); the summary says neither.
# - Teasers with claim-like numbers: "1.4%", "$100 billion", "3%", "31%", "8%", "40 sailings",
#   "$104,000".

A = "a-harbourline.en.txt"
B = "b-cargocurrents.en.txt"
C = "c-ledgerline.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-05-12 | 90 days",
         "what": "On Monday 12 May, after talks in Geneva, the US and China agreed in a joint statement to slash tariffs on each other's goods for 90 days",
         "in": {S: "美國與中國12日在日內瓦會談後發表聯合聲明，同意大幅調降對彼此商品課徵的關稅，為期90天",
                A: "The United States and China agreed on Monday to slash the punishing tariffs they imposed on each other's goods for 90 days",
                B: "The deal, announced on Monday, lowers the U.S. tariff on most Chinese goods from 145% to 30%"}},
        {"id": "f2", "status": "agreement", "value": "145% -> 30%",
         "what": "The US cuts its tariffs on Chinese goods from 145% to 30%",
         "in": {S: "美國對中國商品的關稅將從145%降至30%",
                A: "the U.S. will cut its tariffs on Chinese imports to 30% from 145%",
                C: "Washington will lower its tariffs on Chinese goods to 30% from 145%"}},
        {"id": "f3", "status": "agreement", "value": "125% -> 10%",
         "what": "China cuts its tariffs on US goods from 125% to 10%",
         "in": {S: "中國對美國商品的關稅則從125%降至10%",
                A: "China will lower its duties on American goods to 10% from 125%",
                B: "China's tariff on U.S. goods from 125% to 10%"}},
        {"id": "f4", "status": "agreement", "value": "20%",
         "what": "The remaining 30% US rate includes the 20% fentanyl-related levy Trump imposed",
         "in": {S: "美方保留的30%稅率中，有20%是川普以芬太尼問題為由加徵的關稅",
                A: "The U.S. figure includes a 20% levy that President Donald Trump imposed over Beijing's role in the fentanyl trade",
                C: "a rate that still includes the 20% fentanyl-related levy Trump imposed earlier this year"}},
        {"id": "f5", "status": "agreement", "value": "2025-05-14",
         "what": "The new rates take effect by Wednesday 14 May",
         "in": {S: "新稅率將在14日前生效",
                A: "The reductions are to take effect by May 14",
                B: "The new rates take effect on Wednesday"}},
        {"id": "f6", "status": "agreement", "value": "2025-04-02",
         "what": "China agreed to suspend or remove non-tariff countermeasures taken against the US since April 2 (a commitment)",
         "in": {S: "中方也將暫停或取消4月2日以來對美國採取的非關稅反制措施",
                A: "China also agreed to suspend or remove the non-tariff countermeasures it has taken against the United States since April 2"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "A mechanism for further talks is led by Vice Premier He Lifeng for China and by Bessent and Greer for the US",
         "in": {S: "中方由國務院副總理何立峰牽頭，美方則由財政部長貝森特和貿易代表葛里爾負責",
                A: "led by Vice Premier He Lifeng for China and by Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer for the United States",
                B: "led on the U.S. side by Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer, and on the Chinese side by Vice Premier He Lifeng"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Bessent told a news conference in Geneva that neither delegation wants a decoupling (negated)",
         "in": {S: "貝森特在記者會上表示，兩國代表團的共識是雙方都不希望「脫鉤」",
                A: "neither side wants a decoupling",
                C: "Treasury Secretary Scott Bessent told reporters in Geneva that neither delegation wanted a decoupling"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Greer said the speed of the deal suggests the differences may not have been as large as thought (hedged, attributed)",
         "in": {S: "葛里爾則說，雙方能這麼快達成協議，顯示分歧或許沒有外界想像的那麼大",
                A: "suggests the differences may not have been as large as some people thought"}},
        {"id": "f10", "status": "agreement", "value": "S&P +3.3% | Nasdaq +4.35% | Dow +1160.72 pts",
         "what": "US stocks surged on Monday 12 May: S&P 500 +3.3%, Nasdaq +4.35%, Dow +1,160.72 points",
         "in": {S: "美股12日大漲，標普500指數上漲3.3%，那斯達克指數勁揚逾4%，道瓊工業指數上漲逾1100點",
                C: "The S&P 500 gained 3.3% to close at 5,844.19, its best day since April 9"}},
        {"id": "f11", "status": "agreement", "value": "120% -> 54% | 100 USD per item",
         "what": "The White House cut the duty on low-value parcels from China from 120% to 54%, keeping the USD 100 flat fee per postal item",
         "in": {S: "白宮另將中國小額包裹的關稅從120%降至54%，每件100美元的固定費用則維持不變",
                B: "The White House separately said it would cut the duty on low-value parcels shipped from China to 54% from 120%"}},
        {"id": "f12", "status": "unsupported", "value": "2025-05-13",
         "what": "Taiwan stocks also rose on 13 May (no source mentions Taiwan's market)",
         "in": {S: "台股13日也跟進上漲"}},
        {"id": "f13", "status": "omission", "value": "10% | 24 points",
         "what": "Each side keeps a 10% baseline and suspends 24 percentage points of its reciprocal rate for 90 days",
         "in": {A: "Each side will keep a 10% baseline and suspend 24 percentage points of its remaining \"reciprocal\" rate during the 90-day period"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "A forwarder said transpacific freight rates could spike by the end of the month (hedged)",
         "in": {B: "We could see transpacific rates spike by the end of the month"}},
        {"id": "f15", "status": "omission", "value": "40%",
         "what": "A strategist said the effective US tariff rate on Chinese imports is still around 40% counting first-term duties",
         "in": {C: "the effective tariff rate on Chinese imports is still around 40% once you count the duties from Trump's first term"}},
        {"id": "f16", "status": "omission", "value": "200 USD (2025-06-01)",
         "what": "A planned increase of the parcel fee to USD 200 on 1 June was dropped",
         "in": {B: "a planned increase to $200 on June 1 was dropped"}},
        {"id": "f17", "status": "source-conflict", "value": "295000000000 USD vs 263000000000 USD",
         "what": "The 2024 US goods trade deficit with China: USD 295 billion (a) vs USD 263 billion (c)",
         "in": {A: "The U.S. ran a $295 billion goods trade deficit with China last year",
                C: "reached $263 billion last year"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "為期90天", "mutated": "為期60天",
         "note": "a 90-day truce -> 60 days"},
        {"n": 2, "type": "date", "fact": "f1", "original": "12日在日內瓦", "mutated": "10日在日內瓦",
         "note": "statement of Monday 12 May -> 10 May (the Saturday the talks began)"},
        {"n": 3, "type": "date", "fact": "f6", "original": "4月2日以來", "mutated": "4月9日以來",
         "note": "countermeasures since April 2 -> since April 9 (the date of the US increase to 125%, a)"},
        {"n": 4, "type": "negation", "fact": "f8", "original": "都不希望", "mutated": "都希望",
         "note": "neither side wants a decoupling -> both want one"},
        {"n": 5, "type": "negation", "fact": "f11", "original": "則維持不變", "mutated": "則一併取消",
         "note": "the USD 100 flat fee stays in place (b) -> is scrapped"},
        {"n": 6, "type": "entity", "fact": "f7", "original": "葛里爾負責", "mutated": "盧特尼克負責",
         "note": "Greer -> Commerce Secretary Lutnick, whom no source mentions"},
        {"n": 7, "type": "entity", "fact": "f10", "original": "那斯達克指數", "mutated": "費城半導體指數",
         "note": "Nasdaq Composite -> Philadelphia Semiconductor index; no source gives its move"},
        {"n": 8, "type": "attribution", "fact": "f8", "original": "貝森特在記者會上", "mutated": "何立峰在記者會上",
         "note": "the no-decoupling remark was Bessent's (a, c); He Lifeng called the talks frank and constructive"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "葛里爾則說", "mutated": "貝森特則說",
         "note": "the remark on the speed of the deal was Greer's (a)"},
        {"n": 10, "type": "modality", "fact": "f9", "original": "或許沒有", "mutated": "顯然沒有",
         "note": "hedged 'may not have been as large' -> asserted 'clearly not as large'"},
        {"n": 11, "type": "modality", "fact": "f6", "original": "也將暫停或取消", "mutated": "也已暫停或取消",
         "note": "China agreed to suspend or remove (a commitment) -> has already suspended or removed"},
        {"n": 12, "type": "unit", "fact": "f11", "original": "每件100美元", "mutated": "每公斤100美元",
         "note": "USD 100 per postal item (b) -> per kilogram"},
        {"n": 13, "type": "percentage", "fact": "f2", "original": "降至30%", "mutated": "降至20%",
         "note": "US rate cut to 30% -> 20% (20% is the fentanyl levy)"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "上漲3.3%", "mutated": "上漲1.3%",
         "note": "S&P 500 up 3.3% (c) -> up 1.3%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Lukas Brenner and Ivy Chan | Published 11:56 AM EDT, Monday, May 12, 2025"},
            "Related Stories"],
        B: [{"inline": "TRADE POLICY | May 13, 2025 | By Hannah Ruiz"},
            "Subscribe to Cargo Currents Daily"],
        C: [{"inline": "MARKETS | Closing Bell | By Priya Natarajan | May 12, 2025, 5:04 p.m. ET"},
            "Sign up for Closing Bell"],
    },
}
