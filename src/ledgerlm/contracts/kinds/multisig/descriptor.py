"""The multisig kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="multisig",
    display={"en": "multisig", "zh": "多签钱包"},
    keywords=(
        (
            r"\bmulti-?sig(?:nature)?\b|\bmulti\s+signature\b|多签|多重签名|共管|共同管理|双签|联签|\b\d+\s+sigs\b|"
            r"\b\d+\s*-?\s*of\s*-?\s*\d+\b|\b(?:control|manage|own)\s+(?:it\s+)?jointly\b|\bm-?sig\b|"
            # "make 4 sign before money go", "need 3 to sign": a count of people who must sign
            r"\b(?:make|let|need|want|get)\s+(?:\d+|two|three|four|five|six)\s+(?:of\s+(?:us|them)\s+)?(?:to\s+)?sign\b",
            4.0,
        ),
        (
            r"\bsigners?\b|\bsignatures?\b|\bsign[- ]off\b|\bowners\b|\bapprov(?:e|als?)\b|\bco-?sign|"
            r"签名人|签名|签字|同意|\bmust\s+agree\b|\bco-?founders\b|"
            r"\bconfirmations?\b|管理员|\btreasury\b|金库",
            1.2,
        ),
        (
            r"\b(?:trustees|board\s+members|council\s+members|signers|directors|owners)\b[^.;]{0,40}\bmajority\b|"
            r"\bmajority\b[^.;]{0,40}\b(?:sign|approve|needed|required|to\s+move|must)\b|"
            r"\bthreshold\s+of\s+\d+\b|\d+\s*(?:选|签)\s*\d+|"
            r"\b(?:any|all)\s+(?:two|three|four|five|\d+)\s+(?:of\s+(?:us|them)\s+)?(?:can|must|need\s+to|have\s+to)\s+"
            r"(?:sign|approve|agree)|\b(?:shared|joint|family|household)\s+(?:wallet|account|acct|treasury|vault|safe)\b|"
            r"共同钱包|共管钱包|家庭钱包|\bmajority\s+rules\b|"
            r"\b\d\s*/\s*\d{1,2}\s+(?:safe|vault|wallet)\b|"
            # "safe w/ 7 guardians, 4 needed": a wallet of counted people, some of them needed
            r"\b(?:safe|wallet|vault)\s+(?:w/|with)\s*\d+\s+[a-z]+s\b[^.;]{0,30}\b\d+\s+(?:needed|required)\b|"
            r"\bboth\s+(?:of\s+us\s+)?(?:must|have\s+to|need\s+to|should)\s+(?:sign|approve|confirm)\b|"
            # "a wallet that needs any two of Olu, Farah and me": approvals needed from named people
            r"\b(?:wallet|safe|vault|account|treasury)\b[^.;]{0,30}\b(?:needs?|requires?|needing)\s+(?:any\s+|at\s+least\s+)?"
            r"(?:two|three|four|five|\d+)\s+(?:out\s+)?of\b",
            3.0,
        ),
        # round 12: a settings form listing owners and a threshold ("owner\nme\nKwabena\n…\nthreshold: 2"), and one
        # wallet held by several named people ("office wallet for me, Amina Yusuf and Joseph Kariuki")
        (r"(?is)\bowners?\b.{0,300}\bthreshold\b|\bthreshold\b.{0,300}\bowners?\b", 3.0),
        (
            r"\bwallet\s+for\s+(?:me|us|[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)?)\s*,\s*[^.;\n]{1,40}?\band\b|"
            r"\bwallet\s+(?:for|of)\s+(?:me|[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)?)\s+and\s+(?:me|[A-Z])",
            3.0,
        ),
    ),
    prototypes=(
        "a multisig wallet with 4 owners where any 3 must approve a payment",
        "a shared treasury that needs several signatures to spend, 2-of-3",
        "多签钱包，3 个签名人，需要 2 人同意才能转账",
        "多重签名金库，五个管理员中三个确认",
        "a wallet that my cofounders and I control jointly, two of us must agree to spend",
        "几个人共同管理的钱包，多数人同意才能转账",
    ),
    roles={
        "owners": (r"owners?|signers?|signatories|members?|keyholders?", r"签名人|所有者|管理员|成员|签署人"),
    },
    size_field=None,
    party_lists=("owners",),
)
