# Gold specification for story `de-minimis-end` (the US ends the de minimis duty-free exemption
# for low-value parcels from mainland China and Hong Kong, effective 2 May 2025). The summary
# is in Simplified Chinese, mainland press style.
# All texts are invented for evaluation (the dates and the headline rates follow the 2025
# episode; outlets, quotes, analysts, lawyers and most volume figures are made up).
# Edit here, then run `python3 build_gold.py --root eval/beat --story de-minimis-end`.
# f14 is a genuine source-versus-source conflict: a says CBP puts the share of de minimis
# parcels from China and Hong Kong at roughly 60%; b says an industry group, the Cross-Border
# E-Commerce Council, puts it at about 70%. The summary attributes each figure.
#
# Traps:
# - Several rates for the same goods: postal items pay 120% of value (f3), but b says the ad
#   valorem rate was raised "from 30% to 90% and then to 120%" in April, and express-carrier
#   parcels pay the full 145% tariff (f16). Mutant m13 uses the superseded 90%.
# - Per item, not per weight: "$100 per item" (f3) -> m12 makes it 每公斤100美元.
# - $100 now, $200 from June 1 (b); c calls the same step "doubles to $200 in June", and the
#   summary's 6月按件计征的税费翻倍 rests on it.
# - Same volume, other units: "about 1.36 billion ... in fiscal 2024" (a) = 约13.6亿件, next
#   to "roughly 1 billion a year earlier" (a) and "roughly 4 million such parcels a day" (c).
# - Fiscal year vs calendar year: "fiscal 2024" (a) vs "last year" (b, c).
# - Approximation, not hedge: "more than 30%" -> 三成以上; "roughly 60%" -> 约六成.
# - The threshold $800 appears twice in a ("up to $800", "$800 or less") and once in c.
# - Yearless dates: "on April 2", "from 12:01 a.m. EDT on May 2", "on April 25", "on June 1",
#   "on April 27"; b (1 May) speaks of May 2 in the future ("closes on Friday, May 2").
# - Percentages that are not the fact: c's "increases ranging from 10% to more than 50%"
#   (a Cartwheel check) next to "Shein did not say how much its prices had risen" (f9).
# - Non-conflicting negations: "it won't be the factory", "it would not collect duties",
#   "We will not know for a month", "Items already sitting in U.S. warehouses are not subject
#   to the new duties", "declined to give details".
# - Hedges: "could rise further" (f12, modality); "Temu appears to have slashed" (f19).
# - Entities close together: Temu, Shein (and, in the unsupported f15, Amazon Haul); Hong Kong
#   next to mainland China; Hongkong Post; CBP vs the White House (m10 swaps the speaker).
# - Numbers in furniture: "fall 45%", "7.27 per dollar", "jump 31%", "slide 12%", "under $50",
#   "under $30", "rises $5", "3,000 summer items"; inline "May 2 - June 1" table caption.

A = "a-meridian.en.txt"
B = "b-parcelfreight.en.txt"
C = "c-cartwheel.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-05-02",
         "what": "The de minimis exemption for parcels from mainland China and Hong Kong ended on 2 May 2025",
         "in": {S: "美国自5月2日起取消对中国内地和香港低价值包裹的小额豁免免税待遇",
                A: "removed the exemption for goods from China and Hong Kong from 12:01 a.m. EDT on May 2",
                B: "The duty-free window for low-value e-commerce parcels from mainland China and Hong Kong closes on Friday, May 2"}},
        {"id": "f2", "status": "agreement", "value": "800 USD",
         "what": "The exemption had covered parcels worth up to USD 800",
         "in": {S: "价值800美元及以下的包裹可免税进入美国",
                A: "parcels worth up to $800 could enter the country free of duties",
                C: "The exemption had let parcels valued at up to $800 into the U.S. without duties"}},
        {"id": "f3", "status": "agreement", "value": "120% | 100 USD/item",
         "what": "Postal items face a duty of 120% of value or a flat USD 100 per item, at the carrier's choice",
         "in": {S: "通过邮政渠道寄送的包裹须缴纳相当于货值120%的关税，或按每件100美元缴纳固定税费",
                A: "Items sent through the international postal network now face a duty of 120% of their value or a flat $100 per item",
                B: "carriers can choose between an ad valorem duty of 120% of the declared value and a per-item duty of $100"}},
        {"id": "f4", "status": "agreement", "value": "200 USD/item from 2025-06-01",
         "what": "The per-item duty rises to USD 200 on 1 June 2025",
         "in": {S: "后者将于6月1日起提高至每件200美元",
                B: "The per-item duty climbs to $200 on June 1"}},
        {"id": "f5", "status": "agreement", "value": "2025-04-02",
         "what": "The change rests on an executive order President Trump signed on 2 April 2025",
         "in": {S: "据美国总统特朗普4月2日签署的行政令",
                A: "An executive order that President Donald Trump signed on April 2"}},
        {"id": "f6", "status": "agreement", "value": "1360000000 parcels (FY2024)",
         "what": "CBP processed about 1.36 billion de minimis shipments in fiscal 2024",
         "in": {S: "2024财年该局处理的小额豁免包裹约13.6亿件",
                A: "U.S. Customs and Border Protection processed about 1.36 billion de minimis shipments in fiscal 2024"}},
        {"id": "f7", "status": "agreement", "value": ">30%",
         "what": "Temu and Shein together accounted for more than 30% of US de minimis shipments, per a 2023 House select committee report",
         "in": {S: "Temu和Shein两家平台合计占美国小额豁免包裹的三成以上",
                C: "Temu and Shein together accounted for more than 30% of all de minimis shipments into the United States"}},
        {"id": "f8", "status": "agreement", "value": "2025-04-25",
         "what": "Temu and Shein raised prices for US shoppers on 25 April 2025",
         "in": {S: "两家平台已于4月25日上调面向美国消费者的商品价格",
                C: "Both Temu and Shein raised prices for U.S. shoppers on April 25"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Shein did not say how much its prices had risen (negated)",
         "in": {S: "但Shein未透露涨价幅度",
                C: "Shein did not say how much its prices had risen"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Parcels from other countries are not affected for now (negated)",
         "in": {S: "来自其他国家和地区的包裹暂不受影响",
                A: "Parcels from other countries are not affected for now"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "The White House said the exemption had been exploited to send synthetic opioids such as fentanyl into the US (attributed)",
         "in": {S: "白宫称，小额豁免遭到滥用，被用于向美国走私芬太尼等合成阿片类药物",
                A: "The White House said the exemption had been exploited by shippers to send synthetic opioids such as fentanyl into the United States"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "An analyst said prices could rise further once the per-item duty doubles to USD 200 in June (hedged: could)",
         "in": {S: "分析人士认为，6月按件计征的税费翻倍后，商品价格可能进一步上涨",
                C: "Prices could rise further once the per-item duty on postal parcels doubles to $200 in June"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Temu said all of its US sales are now handled by locally based sellers",
         "in": {S: "Temu则表示其美国销售现已全部由本地卖家负责",
                B: "Temu said this week that all of its U.S. sales are now handled by locally based sellers"}},
        {"id": "f14", "status": "source-conflict", "value": "60% | 70%",
         "what": "Share of de minimis parcels from China and Hong Kong: roughly 60% per CBP (a) versus about 70% per the Cross-Border E-Commerce Council (b)",
         "in": {S: "该局称约为六成，一家跨境电商行业组织则称约为七成",
                A: "CBP has said roughly 60% of them came from China and Hong Kong",
                B: "Parcels from China and Hong Kong made up about 70% of de minimis volume last year"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "Amazon will raise prices on its low-price Haul storefront next month (no source says so)",
         "in": {S: "亚马逊也将于下月上调其低价商品频道Haul的售价"}},
        {"id": "f16", "status": "omission", "value": "145%",
         "what": "Express-carrier parcels (UPS, FedEx, DHL) must clear customs entry and pay the full tariffs on Chinese goods, currently 145%",
         "in": {B: "pay the full tariffs on Chinese goods, currently 145%"}},
        {"id": "f17", "status": "omission", "value": "2025-04-27",
         "what": "Hongkong Post stopped accepting goods-bearing mail for the US on 27 April 2025 (yearless date)",
         "in": {A: "Hongkong Post stopped accepting mail items containing goods bound for the United States on April 27"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Postal carriers must pick one duty method and cannot switch more than once a month, per CBP guidance (negated)",
         "in": {B: "cannot switch between them more than once a month"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Temu appears to have slashed its US advertising spending in April (hedged)",
         "in": {C: "Temu appears to have slashed its U.S. advertising spending in April"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "800美元", "mutated": "600美元",
         "note": "the exemption covered parcels worth up to USD 800 (a, c) -> USD 600"},
        {"n": 2, "type": "number", "fact": "f6", "original": "约13.6亿件", "mutated": "约3.6亿件",
         "note": "about 1.36 billion shipments in fiscal 2024 (a) -> about 360 million"},
        {"n": 3, "type": "number", "fact": "f4", "original": "每件200美元", "mutated": "每件250美元",
         "note": "the per-item duty climbs to USD 200 (b; c: doubles to USD 200) -> USD 250"},
        {"n": 4, "type": "date", "fact": "f1", "original": "5月2日起", "mutated": "5月12日起",
         "note": "the exemption ended on 2 May (a, b), not 12 May"},
        {"n": 5, "type": "date", "fact": "f8", "original": "4月25日", "mutated": "4月15日",
         "note": "Temu and Shein raised prices on 25 April (c), not 15 April"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "暂不受影响", "mutated": "同样受到影响",
         "note": "parcels from other countries are not affected for now (a) -> are affected too"},
        {"n": 7, "type": "negation", "fact": "f9", "original": "Shein未透露", "mutated": "Shein已透露",
         "note": "Shein did not say how much its prices had risen (c) -> has disclosed it"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "中国内地和香港低价值包裹", "mutated": "中国内地和澳门低价值包裹",
         "note": "Hong Kong -> Macau as the second origin losing the exemption; a and b say China and Hong Kong"},
        {"n": 9, "type": "entity", "fact": "f7", "original": "Temu和Shein两家平台", "mutated": "Temu和速卖通两家平台",
         "note": "Shein -> AliExpress in the congressional report's more-than-30% share; c names Temu and Shein"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "白宫称", "mutated": "美国海关与边境保护局称",
         "note": "the fentanyl argument came from the White House (a), not from CBP"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能进一步上涨", "mutated": "必将进一步上涨",
         "note": "hedged 'prices could rise further' (c) -> asserted 'prices will certainly rise further'"},
        {"n": 12, "type": "unit", "fact": "f3", "original": "每件100美元", "mutated": "每公斤100美元",
         "note": "a flat USD 100 per item (a, b) -> USD 100 per kilogram"},
        {"n": 13, "type": "percentage", "fact": "f3", "original": "货值120%", "mutated": "货值90%",
         "note": "the postal ad valorem duty is 120% (a, b); 90% was the rate before the second April increase (b)"},
        {"n": 14, "type": "percentage", "fact": "f7", "original": "三成以上", "mutated": "五成以上",
         "note": "more than 30% (c) -> more than 50%"},
    ],
    "boilerplate": {
        A: "(Reporting by Meridian's trade team",
        B: [{"inline": "Customs & Compliance | May 1, 2025 | By Helen Marsh-Odum"},
            {"inline": "Table: Postal duty options for China-origin items, May 2 - June 1 (Source: CBP)"},
            "Subscribe to Parcel & Freight Weekly"],
        C: [{"inline": "By Jordan Whitlow | Retail | Published May 3, 2025, 8:15 AM ET"},
            {"inline": "Photo: A Temu package on a doorstep in Columbus, Ohio. (The Cartwheel)"},
            "Get The Cartwheel's deals newsletter"],
    },
}
