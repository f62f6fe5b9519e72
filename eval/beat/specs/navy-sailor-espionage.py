# Gold specification for story `navy-sailor-espionage` (a US Navy machinist's mate on the USS Essex
# convicted by a federal jury in San Diego on Wednesday 20 August 2025 of spying for China; China's
# foreign ministry replied on Thursday 21 August). The summary is in Traditional Chinese, Taiwan
# style (聖地牙哥, 美國海軍, 間諜, 兩棲突擊艦, 上週三/上週四, 萬, 8成, 網路, 資訊).
# All texts are invented for evaluation: the sailor, his lawyer, the prosecutor, the judge, the FBI
# official, the analyst, outlets and most figures are made up (the ship, the agencies and the
# statutory maximum of life in prison are real; the Justice Department's "about 80%" figure on
# economic espionage cases follows a figure the department has published).
# Edit here, then run `python3 build_gold.py --root /work/main/eval/heldout --story navy-sailor-espionage`.
#
# Traps:
# - Source conflict on the manuals: "more than 50 technical and operating manuals" (a) vs "about 30
#   manuals" (b). The summary's 數十份 fits both, so the conflict does not touch a summary claim.
# - Counts: "five counts" (a), "five of the six counts" (b), acquitted on "one count" (b); 5 vs 6
#   vs 1; m01 mutates 5 -> 4.
# - Amount in two forms: "at least $14,200" (a) and "more than $14,000" (c) -> 至少1.42萬美元;
#   m13 changes the currency to 新台幣, a likely slip at a Taiwan desk.
# - Dates of different events: first contact February 2022, naturalised "in 2022", arrest August
#   2023, verdict Wednesday 20 August 2025, China's reply Thursday 21 August, sentencing Dec. 1
#   (a) / December 1 (b), the other sailor's sentence in January 2024. m03 moves the arrest to
#   2024, the year of the other sailor's sentence.
# - Durations and ages that are not amounts: "seven-day trial", "about two days", "roughly 18
#   months", "27 months in prison" (the other sailor), "Zheng, 26" (a) vs "a 24-year-old kid"
#   (c, his age at the time), none in the summary.
# - Ship class vs ship name: "The Essex, a Wasp-class ship" (b); m07 swaps 艾塞克斯號 -> 黃蜂號.
# - Several speakers: the prosecutor Hallett (b, "for money"), the FBI's Delgado (a, "actively
#   targeting"), the defence lawyer Garland (c), an analyst (c), the foreign ministry (c); m09 moves
#   Hallett's quote to Delgado, m10 moves the reply to the defence ministry.
# - Hedges: "could face life in prison" (b), "a maximum penalty of life" (a), "a possible life
#   sentence" (c) -> 最重可判處; "The defense may appeal after sentencing" (c) -> 可能……提出上訴.
# - Negations that do not negate a summary claim: "left the courthouse without speaking to
#   reporters" (a; Garland spoke the next day, c), "did not immediately respond" (the Chinese
#   Embassy, a), "The defense did not dispute that Zheng sent the material" (b, omitted), "had
#   never been shown to reach China" (b), "The Navy has not said whether it will review security
#   procedures" (b), "showed no visible reaction" (a). "acquitted" (b) supports the negated f3;
#   "not aware of the specifics" (c) supports the negated part of f14.
# - Teasers with claim-like numbers: "cut 5% of civilian workforce", "27 Chinese military aircraft"
#   (same number as the 27 months), "7.17 per dollar", "fall 2.6%".

A = "a-continental.en.txt"
B = "b-seapower.en.txt"
C = "c-pacrim.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-08-20",
         "what": "On Wednesday 20 August 2025 a federal jury in San Diego convicted Jian Zheng, a machinist's mate on the USS Essex, of spying for China",
         "in": {S: "美國聖地牙哥聯邦陪審團上週三裁定，美國海軍兩棲突擊艦「艾塞克斯號」輪機士官鄭健替中國從事間諜活動",
                A: "A federal jury in San Diego on Wednesday convicted a U.S. Navy sailor of spying for China",
                C: "A federal jury in San Diego on Wednesday found Jian Zheng, a machinist's mate on the amphibious assault ship USS Essex, guilty of espionage and related charges"}},
        {"id": "f2", "status": "agreement", "value": "5 (of 6)",
         "what": "He was found guilty on five counts, including espionage and conspiracy to commit espionage",
         "in": {S: "陪審團認定他間諜罪、共謀從事間諜罪等5項罪名成立",
                A: "was found guilty of five counts, including espionage and conspiracy to commit espionage",
                B: "Jurors found Zheng guilty on five of the six counts he faced, among them espionage, conspiracy to commit espionage and conspiracy to export defense articles"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "He was acquitted on one count of exporting defense articles without a license (negated)",
         "in": {S: "另一項未經許可出口國防物品的罪名則不成立",
                B: "He was acquitted on one count of exporting defense articles without a license"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "He sold technical manuals on the Essex's weapons, power and steering systems, with photos and video of the ship, to a Chinese intelligence officer",
         "in": {S: "其後鄭健將艦上武器、動力與操舵系統的數十份技術手冊及艦艇照片和影片賣給對方",
                A: "finding that he sold photos, videos and technical manuals from an amphibious assault ship to a Chinese intelligence officer",
                B: "covering the weapons, power and steering systems of the USS Essex, as well as photos and video of the ship"}},
        {"id": "f5", "status": "agreement", "value": "2022-02",
         "what": "He was first contacted online in February 2022",
         "in": {S: "鄭健2022年2月首度在網路上遭一名中國情報官員接觸",
                A: "Prosecutors said Zheng was first contacted online in February 2022"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "The handler first presented himself as an employee of a Chinese state-owned shipbuilding company",
         "in": {S: "對方起初自稱國營造船公司員工",
                B: "The handler first presented himself as an employee of a Chinese state-owned shipbuilding company"}},
        {"id": "f7", "status": "agreement", "value": "14200 USD",
         "what": "He was paid at least USD 14,200 (c: more than USD 14,000)",
         "in": {S: "鄭健為此共收取至少1.42萬美元",
                A: "Zheng was paid at least $14,200",
                C: "Prosecutors said he received more than $14,000 from a Chinese intelligence officer in exchange for information about the ship"}},
        {"id": "f8", "status": "agreement", "value": "2023-08",
         "what": "He was arrested in August 2023",
         "in": {S: "直到2023年8月被捕",
                A: "He was arrested in August 2023 as he arrived for duty at Naval Base San Diego"}},
        {"id": "f9", "status": "agreement", "value": "life",
         "what": "Espionage carries a maximum of life in prison (hedged: could face)",
         "in": {S: "間諜罪最重可判處終身監禁",
                A: "Espionage carries a maximum penalty of life in prison",
                B: "Zheng could face life in prison",
                C: "Zheng faces a possible life sentence"}},
        {"id": "f10", "status": "agreement", "value": "2025-12-01",
         "what": "Sentencing is set for 1 December",
         "in": {S: "法院訂於12月1日宣判刑期",
                A: "The judge set sentencing for Dec. 1",
                B: "Sentencing is scheduled for December 1 before U.S. District Judge Harold Monroe"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Assistant US Attorney Rebecca Hallett said he knew exactly what he was doing and did it for money",
         "in": {S: "助理聯邦檢察官哈利特（Rebecca Hallett）表示，鄭健「很清楚自己在做什麼，而且是為了錢」",
                B: "\"He knew exactly what he was doing, and he did it for money,\" Assistant U.S. Attorney Rebecca Hallett told jurors in her closing argument"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Defence lawyer Joseph Garland said Zheng was a young sailor manipulated by a skilled handler and most of what he shared was publicly available",
         "in": {S: "鄭健是遭老練情報人員操弄的年輕水兵，提供的資訊大多可公開取得",
                C: "Zheng's lawyer, Joseph Garland, said on Thursday that his client was a young sailor who had been manipulated by a skilled handler and that most of what he shared was publicly available"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "The defence may appeal after sentencing (hedged)",
         "in": {S: "辯方可能在量刑後提出上訴",
                C: "The defense may appeal after sentencing, he said"}},
        {"id": "f14", "status": "agreement", "value": "2025-08-21",
         "what": "On Thursday 21 August a Chinese foreign ministry spokesperson said Beijing was not aware of the specifics and accused the US of hyping the so-called China spy threat",
         "in": {S: "中國外交部發言人上週四表示不了解具體情況，並批評美方長期炒作所謂「中國間諜威脅」",
                C: "a Chinese foreign ministry spokesperson said Beijing was \"not aware of the specifics\" and that the United States had long been \"hyping up the so-called China spy threat.\""}},
        {"id": "f15", "status": "agreement", "value": "80%",
         "what": "About 80% of the Justice Department's economic espionage cases involve conduct benefiting China",
         "in": {S: "據美國司法部統計，約8成經濟間諜案涉及對中國有利的行為",
                C: "About 80% of the economic espionage cases brought by the Justice Department involve conduct that would benefit China, according to department figures"}},
        {"id": "f16", "status": "unsupported", "value": "3 in 10 years",
         "what": "This is the third conviction of US Navy personnel for spying for China in ten years (c says only 'one of several in recent years')",
         "in": {S: "這是近10年來第3起美國海軍官兵因替中國從事間諜活動而被定罪的案件"}},
        {"id": "f17", "status": "source-conflict", "value": ">50 vs about 30",
         "what": "Manuals handed over: more than 50 (a) vs about 30 (b); the summary's 數十份 fits both",
         "in": {A: "he sent more than 50 technical and operating manuals for systems aboard the Essex",
                B: "Zheng handed over about 30 manuals"}},
        {"id": "f18", "status": "omission", "value": "2022",
         "what": "Zheng, born in China, became a naturalized US citizen in 2022 while the scheme was under way",
         "in": {A: "became a naturalized U.S. citizen in 2022 while the scheme was under way"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "The handler told him to use an encrypted messaging app and delete their conversations, and he did",
         "in": {B: "The officer told Zheng to communicate only through an encrypted messaging app and to delete their conversations"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "The defence did not dispute that he sent the material but argued he did not know his contact was Chinese intelligence",
         "in": {B: "The defense did not dispute that Zheng sent the material but argued that he did not know his contact worked for Chinese intelligence"}},
        {"id": "f21", "status": "omission", "value": "27 months (2024-01)",
         "what": "A second Navy sailor arrested the same day pleaded guilty and was sentenced in January 2024 to 27 months",
         "in": {C: "pleaded guilty and was sentenced in January 2024 to 27 months in prison"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "等5項罪名成立", "mutated": "等4項罪名成立",
         "note": "guilty on five counts -> four"},
        {"n": 2, "type": "number", "fact": "f7", "original": "至少1.42萬", "mutated": "至少14.2萬",
         "note": "at least USD 14,200 -> at least USD 142,000 (decimal point slipped; a lower figure would still be true of 'at least')"},
        {"n": 3, "type": "date", "fact": "f8", "original": "2023年8月被捕", "mutated": "2024年8月被捕",
         "note": "arrested August 2023 -> August 2024 (2024 is when the other sailor was sentenced)"},
        {"n": 4, "type": "date", "fact": "f10", "original": "12月1日", "mutated": "11月1日",
         "note": "sentencing on 1 December -> 1 November"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "罪名則不成立", "mutated": "罪名亦成立",
         "note": "acquitted on the export count (b) -> also convicted on it"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "表示不了解具體情況", "mutated": "表示了解具體情況",
         "note": "Beijing was 'not aware of the specifics' (c) -> said it was aware of them"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "艾塞克斯號", "mutated": "黃蜂號",
         "note": "USS Essex -> USS Wasp; b calls the Essex a Wasp-class ship, but no source puts Zheng on the Wasp"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "操舵系統", "mutated": "雷達系統",
         "note": "steering systems -> radar systems; no source mentions radar"},
        {"n": 9, "type": "attribution", "fact": "f11", "original": "助理聯邦檢察官哈利特（Rebecca Hallett）",
         "mutated": "聯邦調查局聖地牙哥分局主管德爾加多（Marcus Delgado）",
         "note": "the 'for money' quote is the prosecutor Hallett's (b); the FBI's Delgado said something else (a)"},
        {"n": 10, "type": "attribution", "fact": "f14", "original": "中國外交部發言人", "mutated": "中國國防部發言人",
         "note": "the reply came from a foreign ministry spokesperson (c), not the defence ministry"},
        {"n": 11, "type": "modality", "fact": "f9", "original": "最重可判處終身監禁", "mutated": "將被判處終身監禁",
         "note": "maximum / could face life in prison -> will be sentenced to life"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "可能在量刑後提出上訴", "mutated": "將在量刑後提出上訴",
         "note": "'The defense may appeal' -> will appeal"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "1.42萬美元", "mutated": "1.42萬新台幣",
         "note": "currency USD -> New Taiwan dollars (USD 14,200 is about NT$430,000)"},
        {"n": 14, "type": "percentage", "fact": "f15", "original": "約8成", "mutated": "約6成",
         "note": "about 80% of economic espionage cases -> about 60%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Helen Vasquez | Aug. 20, 2025, 6:12 p.m. PT"},
            "(Editing by Laura Beckett)"],
        B: [{"inline": "NAVY | Aug. 21, 2025 | Staff report"},
            "Related: How China recruits"],
        C: [{"inline": "Updated Aug. 22, 2025 | Asia-Pacific desk | Reporting by Min-ji Park and Oliver Strand"},
            "Share: X | Facebook"],
    },
}
