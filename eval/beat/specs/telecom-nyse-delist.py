# Gold specification for story `telecom-nyse-delist` (the NYSE says on Wednesday 6 January 2021,
# New York time, that it will after all delist China Mobile, China Telecom and China Unicom under
# Trump's November 2020 executive order on "Communist Chinese military companies", after announcing
# the delisting on 31 December 2020 and withdrawing it on 4 January; ADR trading suspended from
# 4 a.m. New York time on 11 January). Summary in Traditional Chinese, Hong Kong usage.
# All texts are invented for evaluation: the outlets (Pacific Bridge Newswire, Telecom Asia Weekly,
# Kowloon Harbour Post), reporters, the analyst Vincent Ho / Tideway Research, the quotes, the share
# moves, the ADR market value and the 2.5% share are made up. The companies, agencies (NYSE, OFAC,
# Treasury, Pentagon, MOFCOM, FCC) and the sequence of decisions follow the real episode.
#
# f13 is a genuine source-versus-source conflict: a says China Mobile closed 4.5% lower in Hong
# Kong on Thursday 7 January, c says it ended 6.1 per cent lower "yesterday" (the same day). The
# summary does not give China Mobile's fall (it gives only China Unicom's 7.4%, on which a and c agree).
#
# Traps:
# - Same amount in two units: a "about $4 billion" and c "about HK$31 billion" are the same value.
# - Same number, different meanings: "31" is the initial count of companies under the order (b)
#   and the date Dec. 31 (a); "4" is 4 a.m. and Jan. 4; "35" is the current Pentagon list (a, b).
#   m02 mutates 35 -> 31, the order's initial count.
# - Relative vs calendar dates: a (Thu 7 Jan) "late on Wednesday", "on Monday" (= 4 Jan), "on
#   Thursday"; b (Mon 11 Jan) "last Wednesday", "On New Year's Eve" (= 31 Dec), "today" (= 11 Jan);
#   c (Fri 8 Jan) "on Wednesday night", "yesterday" (= 7 Jan), "from 4am on Monday" (= 11 Jan).
# - Non-contradicting negations: "China Mobile did not respond", "nothing changes for now", "none of
#   the three carriers has said its U.S. operations will be affected", "I don't see forced selling",
#   "had not seen unusual redemption requests", "The market did not take it well", "without saying".
# - "second U-turn" (b) vs title "Three decisions in a week": same episode, not a conflict.
# - Teasers with claim-like numbers: "China Mobile ADRs sink 9%", "Hang Seng climbs 1.4%", "adds four
#   firms", "pass 200 million", "$81 billion", "fall 3%", "up 2.8%", "HK$31 billion bridge project"
#   (same figure as the ADR value), "drop 18%"; an image caption with a date inside c.

A = "a-pacificbridge.en.txt"
B = "b-telecomasia.en.txt"
C = "c-harbourpost.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2021-01-06; 2nd reversal",
         "what": "On Wednesday 6 Jan 2021 (NY time) the NYSE said it would go ahead with delisting China Mobile, China Telecom and China Unicom, its second reversal in a week",
         "in": {S: "紐約證券交易所（紐交所）美國時間1月6日宣布，將繼續推進中國移動、中國電信及中國聯通的除牌程序，是一周內第二次改變立場",
                A: "The New York Stock Exchange said late on Wednesday it would go ahead with delisting China Mobile, China Telecom and China Unicom, its second reversal in less than a week",
                B: "This is the second U-turn in a week",
                C: "The New York Stock Exchange said on Wednesday night, New York time, that it would after all delist China Mobile, China Telecom and China Unicom"}},
        {"id": "f2", "status": "agreement", "value": "2020-12-31; 2021-01-04",
         "what": "The NYSE first announced the delisting on 31 Dec 2020 and withdrew it on Monday 4 Jan",
         "in": {S: "紐交所於去年12月31日首次宣布啟動除牌程序，其後在1月4日撤回決定",
                A: "The NYSE first said on Dec. 31 it would delist the three, then said on Monday it no longer intended to do so",
                B: "On Jan. 4 it changed its mind"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The NYSE cited new guidance from Treasury's OFAC and did not elaborate (negated)",
         "in": {S: "紐交所表示，是次決定是基於美國財政部海外資產控制辦公室（OFAC）的最新指引，但未有進一步解釋",
                A: "The exchange cited new guidance from the Treasury Department's Office of Foreign Assets Control (OFAC) and did not elaborate beyond that reference",
                B: "The exchange gave no further explanation",
                C: "The exchange pointed to fresh guidance from the US Treasury's sanctions office, known as OFAC"}},
        {"id": "f4", "status": "agreement", "value": "2021-01-11 04:00 ET",
         "what": "ADR trading suspended from 4 a.m. New York time on 11 January",
         "in": {S: "三家公司的美國預託證券將於1月11日凌晨4時（紐約時間）起暫停買賣",
                A: "Trading in the three companies' American depositary receipts will be suspended at 4 a.m. New York time on Jan. 11",
                B: "Trading in the carriers' ADRs will halt at 4:00 a.m. ET on Monday, January 11",
                C: "will be suspended from 4am on Monday (New York time)"}},
        {"id": "f5", "status": "agreement", "value": "2020-11",
         "what": "Trump's November executive order bars US investors from buying securities of companies the Defense Department links to China's military",
         "in": {S: "特朗普去年11月簽署行政命令，禁止美國投資者購入被美國國防部列為與中國軍方有關連企業的證券",
                A: "the executive order President Donald Trump signed in November, which bars U.S. investors from buying securities of companies the Defense Department has identified as linked to China's military",
                B: "Trump's Nov. 12 order barring Americans from investing in companies the Pentagon says are tied to the People's Liberation Army",
                C: "Donald Trump's November executive order, which stops American investors from buying shares in companies Washington says have links to the Chinese military"}},
        {"id": "f6", "status": "agreement", "value": "35",
         "what": "The Pentagon list now names 35 companies",
         "in": {S: "目前國防部名單上共有35家企業",
                A: "A Pentagon list now names 35 companies",
                B: "additions in December took the Pentagon list to 35"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Treasury Secretary Mnuchin reportedly objected to the Monday reversal (hedged, reported)",
         "in": {S: "據報美國財長努欽曾反對紐交所周一撤回除牌的決定",
                A: "Treasury Secretary Steven Mnuchin had objected to the Monday reversal, according to people familiar with the matter cited in U.S. media",
                B: "Treasury Secretary Steven Mnuchin reportedly objected when the NYSE first backed away from delisting"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "China's Commerce Ministry said it would take necessary measures to safeguard Chinese firms' legitimate rights",
         "in": {S: "中國商務部表示，將採取必要措施，堅決維護中國企業的正當權益",
                A: "China's Commerce Ministry said on Thursday it would take necessary measures to safeguard the legitimate rights of Chinese firms",
                B: "The Commerce Ministry promised \"necessary measures\" to protect Chinese firms' legitimate rights",
                C: "The Ministry of Commerce in Beijing vowed \"necessary measures\" to protect Chinese companies"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "China Unicom said it had not yet received formal notice from the NYSE as of Thursday (negated)",
         "in": {S: "中國聯通表示，截至周四仍未收到紐交所的正式通知",
                A: "China Unicom said on Thursday it had not yet received formal notice from the NYSE",
                C: "Unicom said it had still not received any formal notice from the exchange as of yesterday"}},
        {"id": "f10", "status": "agreement", "value": "4000000000 USD; 2.5%",
         "what": "The three companies' ADRs are worth about USD 4 bn (c: HK$31 bn), about 2.5% of their total market value",
         "in": {S: "三家公司的美國預託證券市值合共約40億美元，僅佔三家公司總市值約2.5%",
                A: "The three companies' ADRs are worth about $4 billion combined, roughly 2.5% of the carriers' total market value",
                B: "The ADRs represent only about 2.5% of the three companies' market capitalisation",
                C: "The three companies' US-listed receipts are worth about HK$31 billion in total"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts: direct impact likely limited, but more US-listed Chinese companies may face the same (hedged)",
         "in": {S: "分析員指，除牌對三家公司的直接影響料屬有限，但更多在美上市中企或會面臨同樣處境",
                A: "more U.S.-listed Chinese companies may face the same treatment",
                B: "analysts expect the direct hit to be modest",
                C: "But more Chinese companies in New York may be next"}},
        {"id": "f12", "status": "agreement", "value": "-7.4%",
         "what": "China Unicom closed 7.4% lower in Hong Kong on Thursday 7 January",
         "in": {S: "受消息拖累，中國聯通周四在港收市跌7.4%",
                A: "China Unicom fell 7.4%",
                C: "Unicom shed 7.4 per cent"}},
        {"id": "f13", "status": "source-conflict", "value": "-4.5% | -6.1%",
         "what": "China Mobile's Hong Kong close on Thursday 7 January: down 4.5% (a) versus down 6.1% (c)",
         "in": {A: "China Mobile closed 4.5% lower on Thursday",
                C: "China Mobile ended 6.1 per cent lower yesterday"}},
        {"id": "f14", "status": "unsupported", "value": "1997",
         "what": "China Mobile has been listed in New York since 1997 (no source says so)",
         "in": {S: "中國移動早於1997年已在紐約上市"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "The three companies can request a review of the decision by an NYSE board committee",
         "in": {A: "The three companies can request a review of the decision by a committee of the NYSE's board"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "FTSE Russell and S&P Dow Jones Indices will drop the stocks from their benchmarks",
         "in": {B: "FTSE Russell and S&P Dow Jones Indices have said they will drop the stocks from their benchmarks"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "The FCC has moved to revoke China Telecom Americas' authorisation to operate in the US",
         "in": {B: "the FCC has separately moved to revoke China Telecom Americas' authorisation to operate in the U.S."}},
        {"id": "f18", "status": "omission", "value": "942000000",
         "what": "China Mobile has about 942 million mobile customers",
         "in": {C: "China Mobile, which counts about 942 million mobile customers"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "第二次", "mutated": "第三次",
         "note": "second reversal in a week -> third"},
        {"n": 2, "type": "number", "fact": "f6", "original": "35家", "mutated": "31家",
         "note": "the Pentagon list now has 35 companies; 31 was the order's initial count (b)"},
        {"n": 3, "type": "date", "fact": "f2", "original": "12月31日", "mutated": "12月30日",
         "note": "first delisting announcement on Dec. 31 (New Year's Eve) -> Dec. 30"},
        {"n": 4, "type": "date", "fact": "f4", "original": "1月11日凌晨", "mutated": "1月21日凌晨",
         "note": "suspension from 4 a.m. on Jan. 11 -> Jan. 21"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "但未有進一步解釋", "mutated": "並作出了詳細解釋",
         "note": "the exchange did not elaborate / gave no further explanation -> gave a detailed explanation"},
        {"n": 6, "type": "negation", "fact": "f9", "original": "仍未收到", "mutated": "已收到",
         "note": "Unicom had not yet received formal notice -> had received it"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "海外資產控制辦公室（OFAC）", "mutated": "外國投資委員會（CFIUS）",
         "note": "the guidance came from OFAC; no source mentions CFIUS"},
        {"n": 8, "type": "entity", "fact": "f5", "original": "美國國防部", "mutated": "美國商務部",
         "note": "the companies are identified by the Defense Department (Pentagon), not the Commerce Department"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "美國財長努欽", "mutated": "美國國務卿蓬佩奧",
         "note": "it was Treasury Secretary Mnuchin who reportedly objected, not Secretary of State Pompeo"},
        {"n": 10, "type": "attribution", "fact": "f8", "original": "中國商務部表示", "mutated": "中國外交部表示",
         "note": "the 'necessary measures' pledge came from the Commerce Ministry, not the Foreign Ministry"},
        {"n": 11, "type": "modality", "fact": "f4", "original": "將於1月11日", "mutated": "或於1月11日",
         "note": "asserted 'will be suspended at 4 a.m. on Jan. 11' -> hedged 'may be suspended'"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "或會面臨", "mutated": "必會面臨",
         "note": "hedged 'may face the same treatment' -> 'will certainly face'"},
        {"n": 13, "type": "unit", "fact": "f10", "original": "約40億美元", "mutated": "約40億港元",
         "note": "currency USD -> HKD; the ADRs are worth about USD 4 bn = about HK$31 bn (c)"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "約2.5%", "mutated": "約25%",
         "note": "ADRs are about 2.5% of total market value -> 25%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Owen Tsang and Laura Becker | January 7, 2021 6:05 PM HKT | 3 min read"},
            "Related coverage"],
        B: [{"inline": "Policy & Regulation | Monday 11 January 2021 | By Meera Pillai, Asia Bureau Chief"},
            "Get Telecom Asia Weekly in your inbox"],
        C: [{"inline": "BUSINESS | Friday, January 8, 2021 | Angela Yip"},
            {"inline": "Caption: Pedestrians pass a China Mobile shop in Mong Kok on January 7, 2021. (Photo: Kowloon Harbour Post)"},
            "Newsletter: Get the Harbour Post business briefing"],
    },
}
