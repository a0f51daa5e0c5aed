"""The loan kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="loan",
    display={"en": "loan", "zh": "借贷"},
    keywords=(
        (r"\bloans?\b|\blend(?:s|ing)?\b|\blent\b|\bborrow(?:s|er|ing)?\b|\blender\b", 4.0),
        (r"借款|贷款|借贷|借给|借钱|放贷|出借|借出|借入|向.{1,6}借|先借|借我", 4.0),
        (
            r"\b(?:pay|pays|paying|paid)\s+(?:me|us|it|him|her|them)\s+back\b|\bfront\s+(?:it|him|her|them|you)\b|"
            r"\breturn\s+it\b|\bplus\s+\d+(?:\.\d+)?\s*%|连本带利|还给?我|归还",
            2.0,
        ),
        (r"\bAPR\b|\binterest\b|年利率|年化|年息|利率|利息|月息|还款|还本|\brepay", 1.5),
        (r"\binstal+ments?\b|分\s*\S{1,3}\s*期|每期|本金|\bprincipal\b", 1.0),
        # round 12: the verb and its receiver apart ("借 1.200 USDC 给 Hamid", "借 五千 U 俾 阿明"), and dictated
        (r"借\s*[\d一二两三四五六七八九十几百千万][^，,。；;\n]{0,24}?(?:给|俾|畀)|借\s+(?:给|俾|畀)", 4.0),
    ),
    prototypes=(
        "lend money to someone with interest and a repayment schedule",
        "a loan of 1000 USDC for 6 months at 5% annual interest, monthly repayments",
        "borrow 2 ETH for one year at an 8% interest rate",
        "借款合约，借给朋友一笔钱，按月还本付息",
        "贷款 2000 USDT，期限半年，年利率 6%",
        "自动借贷合约，贷款期限3个月，年利率5%",
        "my friend needs money and will pay me back with interest later",
        "先借我一笔钱，几个月后连本带利还给你",
    ),
    roles={
        "lender": (r"lender|creditor", r"出借人|出借方|贷款人|债权人"),
        "borrower": (r"borrower|debtor", r"借款人|借款方|债务人"),
    },
    size_field="principal",
    party_lists=(),
)
