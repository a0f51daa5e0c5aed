"""Every sentence the assistant says, in Chinese and English. Facts are filled in; wording never changes facts."""

from __future__ import annotations

from typing import Any

_TEXT: dict[str, dict[str, str]] = {
    "ask_amount": {"en": "How much {token} should I {verb}?", "zh": "要{verb}多少 {token}？"},
    "ask_token": {"en": "Which token should I {verb}?", "zh": "要{verb}哪种代币？"},
    "ask_recipient": {
        "en": "Who should receive it? Give an address or a contact name.",
        "zh": "转给谁？请给出地址或联系人名字。",
    },
    "ask_target": {
        "en": "Which contract? Give its address, a deployment id or a .sol file.",
        "zh": "是哪个合约？请给出地址、部署编号或 .sol 文件。",
    },
    "unknown_recipient": {
        "en": "I don't know who '{name}' is. Add them first: ledgerlm contacts add {name} 0x...",
        "zh": "我不认识“{name}”。请先添加联系人：ledgerlm contacts add {name} 0x...",
    },
    "plan_header": {"en": "Here is exactly what will happen:", "zh": "将要执行的操作如下："},
    "confirm_prompt": {
        "en": "Plan {plan_id} (valid {seconds} s). Type yes to sign and send, anything else cancels it.",
        "zh": "计划 {plan_id}（{seconds} 秒内有效）。输入“是”或 yes 签名并发送，输入其他内容即取消。",
    },
    "confirm_code_prompt": {
        "en": "Plan {plan_id} (valid {seconds} s). This is a large amount: type the code {code} "
        "to sign and send (yes is not enough); anything else cancels it.",
        "zh": "计划 {plan_id}（{seconds} 秒内有效）。金额较大：请输入确认码 {code} 签名并发送"
        "（输入“是”不够）；输入其他内容即取消。",
    },
    "stale_cancelled": {
        "en": "(The plan {plan_id} shown before was cancelled because you wrote something else; nothing was sent.)",
        "zh": "（你发送了其他内容，之前显示的计划 {plan_id} 已取消，没有发送任何交易。）",
    },
    "next_request": {
        "en": "Next, request {index} of {total}: {text}",
        "zh": "接下来处理第 {index}/{total} 个请求：{text}",
    },
    "queue_dropped": {
        "en": "(The remaining requests {which} of your earlier message were not done either; send them "
        "again if you still want them.)",
        "zh": "（你之前消息中剩余的第 {which} 个请求也没有执行；如仍需要请重新发送。）",
    },
    "several_requests": {
        "en": "I see {total} requests in your message; I will handle them one at a time:",
        "zh": "你的消息里有 {total} 个请求，我会逐个处理：",
    },
    "code_needed": {
        "en": "This plan needs its code ({code}), not yes. Type the code, or anything else to cancel.",
        "zh": "此计划需要输入确认码（{code}），而不是“是”。请输入确认码，或输入其他内容取消。",
    },
    "not_a_terminal": {
        "en": "Not confirmed: input is not a terminal, so a typed yes cannot be trusted to come from "
        'you after you saw the plan. Nothing was sent. Scripts: ledgerlm act --yes "..."',
        "zh": "未确认：输入不是终端，无法确定“是”是在你看到计划之后输入的。没有发送任何交易。"
        '脚本请使用：ledgerlm act --yes "..."',
    },
    "script_refused": {
        "en": "Not sent: --yes only confirms plans the policy has nothing to ask about, and this one "
        "{why}. Run it in a terminal without --yes to confirm it yourself.",
        "zh": "未发送：--yes 只确认策略无需询问的计划，而此计划{why}。请在终端中去掉 --yes 亲自确认。",
    },
    "cancelled": {"en": "Cancelled. Nothing was sent.", "zh": "已取消，没有发送任何交易。"},
    "nothing_pending": {"en": "There is nothing waiting for confirmation.", "zh": "当前没有待确认的操作。"},
    "done": {"en": "Done: {summary}", "zh": "已完成：{summary}"},
    "failed": {"en": "It did not go through: {reason}", "zh": "操作失败：{reason}"},
    "refused": {"en": "I can't do that: {reason}", "zh": "无法执行：{reason}"},
    "secret": {
        "en": "That message contained a private key or seed phrase. I refused it and did not store it "
        "anywhere. Never share it; if it was real, move your funds to a new wallet.",
        "zh": "这条消息包含私钥或助记词，我已拒绝处理且没有保存。请勿分享；如果是真实的，请尽快把资产转到新钱包。",
    },
    "other": {
        "en": "I'm ledgerlm, a blockchain assistant. I can check prices and risk, explain contracts, answer "
        "questions about crypto, and move funds on-chain after you confirm.",
        "zh": "我是 ledgerlm 区块链助手：可以查询价格和风险、解释合约、回答加密货币问题，并在你确认后执行链上操作。",
    },
    "new_recipient": {
        "en": "Note: {address} is a new recipient (not in your address book).",
        "zh": "注意：{address} 是新的收款地址（不在通讯录中）。",
    },
    "not_advice": {
        "en": "This is data, not financial advice; prices can move either way.",
        "zh": "以上为数据分析，不构成投资建议；价格可能上涨也可能下跌。",
    },
    "edited": {"en": "Updated the plan.", "zh": "已更新计划。"},
    "confirm_via_token": {
        "en": "Typing yes here does not sign anything: confirm this plan with its confirmation "
        "token (the chat asks you directly under the plan).",
        "zh": "在这里输入“是”不会签名：请用确认令牌确认该计划（终端聊天会在计划下方直接询问）。",
    },
    "defi_missing": {
        "en": "The DeFi contracts are not available on this chain, so I cannot {verb} here. On a local "
        "chain run `ledgerlm devnet up`; elsewhere configure their addresses under [defi].",
        "zh": "此链上没有可用的 DeFi 合约，无法{verb}。本地链请运行 `ledgerlm devnet up`；"
        "其他链请在 [defi] 中配置地址。",
    },
    "no_rewards": {"en": "You have no claimable rewards right now.", "zh": "目前没有可领取的奖励。"},
}

VERBS = {
    "buy": {"en": "buy", "zh": "买入"},
    "sell": {"en": "sell", "zh": "卖出"},
    "transfer": {"en": "send", "zh": "转账"},
    "deposit": {"en": "deposit", "zh": "存入"},
    "withdraw": {"en": "withdraw", "zh": "取出"},
    "borrow": {"en": "borrow", "zh": "借入"},
    "repay": {"en": "repay", "zh": "偿还"},
}


def say(key: str, lang: str, **values: Any) -> str:
    table = _TEXT[key]
    return table.get(lang, table["en"]).format(**values)


def verb(intent: str, lang: str) -> str:
    return VERBS.get(intent, {"en": intent, "zh": intent}).get(lang, intent)
