"""The dao kind describes itself: names, classifier cues, the initial token holders as a party list."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="dao",
    display={"en": "DAO", "zh": "DAO（去中心化自治组织）"},
    keywords=(
        (r"(?<![a-z])daos?(?![a-z])|去中心化自治组织|自治组织|去中心化自治組織|自治組織", 3.5),
        (
            r"\bgovern[oe]r\b|\bon-?chain\s+governance\b|链上治理|\bgovernance\s+dao\b|DAO\s*治理",
            3.0,
        ),
        # a governance token alone is a coin that may vote some day (a token request) as often as a DAO's
        (r"\bgovernance\s+tokens?\b|治理代币|治理币|治理代幣|治理幣", 1.5),
        # the same cues in Traditional characters and Japanese ("時間鎖", "法定人數", "定足数", "タイムロック")
        (
            r"\btime-?\s?lock|时间锁|\bvoting\s+(?:period|delay)\b|投票期|投票延迟|法定人数|最低投票率|"
            r"時間鎖|投票延遲|法定人數|定足数|タイムロック|投票期間",
            2.5,
        ),
        (r"\bquorum\b|\bproposals?\b|提案|\bdelegat(?:e|ion)\b|\bvot(?:e|es|ing)\b|投票", 1.0),
        # "vote tokens called FERN", "a quarter of the votes must take part": tokens that exist to vote on decisions
        (
            r"\b(?:vote|voting)\s+tokens?\b|投票代币|投票币|\bvotes?\s+(?:stay|stays|remain|remains)\s+open\b|"
            r"\bof\s+the\s+votes\s+(?:must|should|need\s+to)\s+(?:take\s+part|participate|vote|be\s+cast)\b",
            2.5,
        ),
        # the DAO as a party or an asset of another kind ("a multisig for the DAO", "借给 DAO 金库", "DAO tokens")
        (
            r"\b(?:for|to|of|from)\s+(?:the|our|a|my)\s+daos?\b|给\s*DAO|DAO\s*的?\s*(?:金库|多签)|\bdao\s+tokens?\b",
            -3.0,
        ),
    ),
    prototypes=(
        "a DAO for the Harbor guild, 1M votes, 4% quorum, one-week voting, 2-day timelock",
        "set up on-chain governance: governance token, Governor and a timelock holding the treasury",
        "our community treasury should only move through token-holder votes with a quorum",
        "dao with a GOV token, proposals need 1% of supply, voting lasts 5 days",
        "创建一个DAO：治理代币 GUILD 一百万枚，法定人数 4%，投票期一周，时间锁两天",
        "成立去中心化自治组织，代币持有人投票决定金库支出",
        "社区金库用DAO管理，提案通过后经过时间锁执行",
        "链上治理合约，投票期三天，法定人数百分之五",
    ),
    roles={"holders": (r"holders?|members?|founders?", r"持有人|成员|创始人")},
    size_field=None,
    party_lists=("holders",),
)
