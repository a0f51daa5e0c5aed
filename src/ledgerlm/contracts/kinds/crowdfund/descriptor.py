"""The crowdfund kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="crowdfund",
    display={"en": "crowdfund", "zh": "众筹"},
    keywords=(
        (
            r"\bcrowd-?fund(?:ing|s)?\b|众筹|\bfundrais(?:e|er|ing)\b|募资|募集|筹款|筹集|募捐|凑钱|集资|"
            r"\bpool(?:ing)?\s+(?:our\s+|the\s+)?(?:money|funds|cash)\b|\bchip(?:ping)?\s+in\b|\bdonations?\b",
            4.0,
        ),
        (r"\braise\b|\braising\b", 2.5),
        # round 10b: the words of other countries for a collection among friends: Brazil's "vaquinha" ("vaquinha
        # para a creche, meta 10.000 USDC"), Kenya's "harambee", West Africa's "contribution", Spanish "colecta"
        (r"\bvaquinha\b|\bvakinha\b|\bharambee\b|\bcolecta\b|\bvaca\s+para\b|\barrecada(?:r|ção|cao)\b", 4.0),
        (
            r"筹\s*[\d一二两三四五六七八九十几百千万]|筹钱|筹资|\braise\s+(?:\$\s*)?\d[\d.,]*\s*[kKmM]?\s*(?:[A-Za-z]+\s+)?for\b|\braise\s+(?:money|funds|cash)\b|\bfundrasi(?:e|er|ing)\b|\bcrowd\s*fund",
            3.0,
        ),
        (
            r"\bcollect\b|\bsupporters?\b|\bgoal\b|\bcampaign\b|\bcontributors?\b|\bbackers?\b|目标金额|目标|"
            r"\bkickstarter\b|达标|\b(?:get|put|raise)\s+[^.;]{0,25}\btogether\b|\b(?:if|when)\s+we\s+(?:fall\s+short|"
            r"miss|don'?t\s+(?:reach|make|hit))\b|凑够|不够就退|没凑够",
            1.5,
        ),
        # round 12: the Malay and Indonesian words ("Kutip dana untuk kenduri", "galang dana", "kumpul duit"), and a
        # named fund for someone that closes ("Honeymoon fund for Priya & Tomás: 2 ETH, closes on …")
        (
            r"\b(?:kutip|kumpul(?:kan)?|galang|himpun)\s+(?:dana|duit|wang|derma|sumbangan)\b|\bpenggalangan\s+dana\b|"
            r"\bderma\b|\bsumbangan\b",
            4.0,
        ),
        (r"\b[a-z]+\s+fund\s+for\b[^.;\n]{0,60}\b(?:closes?|closing|ends?|until|till|by|deadline)\b", 3.0),
    ),
    prototypes=(
        "crowdfund 100 ETH for a documentary with a deadline, refund if the goal is not reached",
        "raise money from many contributors toward a funding goal",
        "a fundraising campaign for a community project",
        "raise 10,000 USDC in 30 days",
        "为社区图书馆众筹 3 万 DAI，一个月内完成",
        "募集资金，目标金额，未达标自动退款",
        "pool money from fans to fund our next album",
        "大家一起凑钱做一个项目，凑够目标才执行",
    ),
    roles={},
    size_field="goal",
    party_lists=(),
)
