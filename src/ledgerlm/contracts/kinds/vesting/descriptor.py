"""The vesting kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="vesting",
    display={"en": "vesting", "zh": "锁仓释放"},
    keywords=(
        (
            r"\bvest(?:s|ed|ing|ng|in)?\b|\bcliff\b|归属|锁仓|解锁|线性释放|分期释放|\bunlock|锁定期|锁仓期|悬崖期|归属期|"
            r"受益人[^，。；;]{0,60}释放|释放给|"
            r"\brelease\b[^.;]{0,40}\b(?:gradually|linearly|monthly|"
            r"over\s+(?:\d|a\b|one|two|three|four|five|six))",
            4.0,
        ),
        (
            r"释放|\block(?:ed|up)?\b|锁定|\bbeneficiary\b|受益人|团队代币|\bteam tokens?\b|期权|解冻|"
            r"\breleased?\s+(?:gradually|monthly|linearly|over)\b|\bgrant\b|\bgradually\b|\bslowly\b|逐步|慢慢|"
            r"\bover\s+(?:time|the\s+next)\b|线性|\blinear(?:ly)?\b|锁.{0,2}[一二两三四五六七八九十半\d]+\s*(?:个月|年)",
            1.5,
        ),
    ),
    prototypes=(
        "vest tokens to an employee over 4 years with a one-year cliff",
        "release team tokens gradually over time, linear unlock schedule",
        "token lockup for an advisor, unlocks monthly after the cliff",
        "团队代币锁仓一年后线性释放，四年释放完",
        "给顾问的代币分期解锁，归属期两年",
        "an employee grant of company tokens released gradually over four years",
        "把代币按月解冻给员工，两年发完",
    ),
    roles={
        # "who: Ms. Chen", "for = Rui": in a vesting's list of settings, who / for names the one who gets it
        "beneficiary": (
            r"beneficiary|recipient|grantee|(?:who|for)(?=\s*[:：=|])",
            r"受益人|受益方|领取人|(?:激励|授予|发放)?对象|发给(?=\s*[:：])",
        ),
    },
    size_field="amount",
    party_lists=(),
)
