# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the splitter explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "splitter.every_payment_sent_to": {
        "en": "Every payment sent to this contract, in ETH or any ERC-20 token, is split among {payees} payees: {listed}. Nobody sends the money out: each payee calls release() (ETH) or releaseToken(token) to pull their part of everything received so far. The payees and shares cannot be changed.",
        "zh": "转入本合约的每一笔款项（以太币或任何 ERC-20 代币）都按比例分给 {payees} 位收款人：{listed}。合约不会主动打款：每位收款人调用 release()（以太币）或 releaseToken(token) 领取自己应得的部分。收款人和份额部署后不能更改。",
    },
    "splitter.may_pay_into_the": {
        "en": "may pay into the contract",
        "zh": "可以向合约付款",
    },
    "splitter.payment_splitter": {
        "en": "Payment splitter",
        "zh": "分账合约",
    },
    "splitter.p_receives_pct_of": {
        "en": "{p}: receives {pct} of every payment, pulls it with release()",
        "zh": "{p}：获得每笔收入的 {pct}，调用 release() 领取",
    },
    "splitter.anyone_contract_eth_or": {
        "en": "anyone -> contract: ETH or tokens",
        "zh": "任何人 -> 合约：以太币或代币",
    },
    "splitter.contract_payee_its_share": {
        "en": "contract -> payee: its share of all receipts minus what it already pulled",
        "zh": "合约 -> 收款人：全部收入中其份额减去已领取部分",
    },
    "splitter.a_payee_that_never": {
        "en": "A payee that never calls release() leaves its part in the contract; it is never given to others.",
        "zh": "收款人不领取时，其份额一直留在合约中，不会分给别人。",
    },
    "splitter.parts_are_floored_to": {
        "en": "Parts are floored to the smallest unit: a few wei can stay in the contract.",
        "zh": "按最小单位向下取整：可能有几 wei 留在合约中。",
    },
    "splitter.fee_on_transfer_or": {
        "en": "Fee-on-transfer or rebasing tokens are not supported.",
        "zh": "不支持转账扣费或自动增减余额的代币。",
    },
    "splitter.released_to_p_so": {
        "en": "released to {p} so far: {eth:f} ETH",
        "zh": "已付给 {p}：{eth:f} ETH",
    },
    "splitter.list_separator": {"en": ", ", "zh": "，"},
    "splitter.who_release": {"en": "a payee, for itself", "zh": "收款人本人"},
    "splitter.who_releaseToken": {"en": "a payee, for itself", "zh": "收款人本人"},
}
