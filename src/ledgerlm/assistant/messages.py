"""Every sentence the assistant says, English and Chinese side by side (``ledgerlm.i18n`` catalogue ``assistant``).

Facts are filled in; wording never changes facts. ``replies.say(id, lang, **values)`` reads from here; a test
checks that every id has both languages with the same placeholders and that every id is used.
"""

from __future__ import annotations

from ledgerlm.i18n import Catalogue

MESSAGES: dict[str, dict[str, str]] = {
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
    # -- plans and answers --------------------------------------------------------------------------------------
    "balances": {"en": "Balances of {owner}: {listing}", "zh": "{owner} 的余额：{listing}"},
    "balances_now": {"en": "  balances now: {listing}", "zh": "  现在余额: {listing}"},
    "contract_needs": {"en": "I still need: {missing}", "zh": "还缺少这些参数：{missing}"},
    "not_ours": {
        "en": "ledgerlm did not deploy {address} on chain {chain_id}, so its source is unknown",
        "zh": "{address} 不是 ledgerlm 在链 {chain_id} 上部署的合约，源码未知，无法解释",
    },
    "not_ours_hint": {
        "en": "explain its Solidity file instead: ledgerlm explain Contract.sol",
        "zh": "请改为解释它的 Solidity 文件：ledgerlm explain Contract.sol",
    },
    "amount_positive": {
        "en": "the amount must be positive (got {amount} {symbol})",
        "zh": "金额必须大于 0（收到的是 {amount} {symbol}）",
    },
    "amount_positive_hint": {
        "en": "say how much to send, e.g. 'send 0.5 ETH to bob'",
        "zh": "请说明转多少，例如：给 bob 转 0.5 ETH",
    },
    "insufficient": {
        "en": "you have {balance} {symbol}, not enough to send {amount}",
        "zh": "余额不足：只有 {balance} {symbol}，不够发送 {amount}",
    },
    "insufficient_hint": {"en": "send less, or top up first", "zh": "少发一些，或先充值"},
    "transfer_step": {
        "en": "send {amount} {symbol} to {shown}{address}",
        "zh": "向 {shown}{address} 转账 {amount} {symbol}",
    },
    "address_aside": {"en": " ({address})", "zh": "（{address}）"},
    "cannot_receive_eth": {
        "en": "{recipient} is a contract that cannot receive ETH: the simulated transfer reverted ({reason}); "
        "nothing was sent",
        "zh": "{recipient} 是合约，模拟显示它不能接收 ETH（{reason}），没有发送任何交易",
    },
    "check_recipient": {"en": "check the recipient address", "zh": "检查收款地址"},
    "not_a_money_intent": {
        "en": "the request '{intent}' does not move money; nothing to plan",
        "zh": "“{intent}”类请求不涉及转账，无需制定计划",
    },
    "simulation_failed": {
        "en": "(in the simulation of step {index} ({step}); nothing was sent)",
        "zh": "（第 {index} 步（{step}）模拟失败，未发送任何交易）",
    },
    "plan_kind": {"en": "  contract kind: {kind}", "zh": "  合约类型：{kind}"},
    "plan_expected": {"en": "  expected: {amount} {token}", "zh": "  预计得到: {amount} {token}"},
    "plan_min_out": {
        "en": "  minimum received: {amount} (slippage limit {slippage}%)",
        "zh": "  最少得到: {amount} (滑点上限 {slippage}%)",
    },
    "plan_impact": {"en": "  price impact: {pct}%", "zh": "  价格影响: {pct}%"},
    "plan_value": {"en": "  value: ${usd}", "zh": "  价值约: ${usd}"},
    "plan_fee": {"en": "  estimated fee: {eth} ETH{usd}", "zh": "  预计手续费: {eth} ETH{usd}"},
    "plan_after": {"en": "  balances after: {listing}", "zh": "  执行后余额: {listing}"},
    "plan_health": {"en": "  health factor after: {value}", "zh": "  执行后健康因子: {value}"},
    "plan_kyc": {"en": "This needs a KYC credential.", "zh": "需要 KYC 凭证。"},
    "plan_chain": {"en": "  chain id: {chain_id}    from: {sender}", "zh": "  链: {chain_id}    账户: {sender}"},
    "list_separator": {"en": "; ", "zh": "；"},
    "mined_step": {"en": "{step} (tx {tx})", "zh": "{step}（交易 {tx}）"},
    "partially_executed": {
        "en": "step {index} of {total} ({step}) failed: {error}. Already mined and still in effect: {left}.",
        "zh": "第 {index}/{total} 步（{step}）失败：{error}。以下已上链且仍然有效：{left}。",
    },
    "partially_executed_hint": {
        "en": "nothing else was sent; an approval that remains can be reset with an approve of 0",
        "zh": "没有发送其他交易；残留的授权可以用一次额度为 0 的 approve 撤销",
    },
    "deployed": {
        "en": "deployed {kind} contract {address} (id {id})",
        "zh": "已部署 {kind} 合约 {address}（编号 {id}）",
    },
    # -- DeFi -----------------------------------------------------------------------------------------------------
    "swap_itself": {"en": "cannot swap {symbol} for itself", "zh": "不能用 {symbol} 兑换 {symbol}"},
    "swap_how_much": {
        "en": "say how much to buy, or how much to spend",
        "zh": "请说明买多少或花多少",
    },
    "how_much_of": {"en": "how much {symbol}?", "zh": "多少 {symbol}？"},
    "collateral_note": {
        "en": "collateral: {token} (as you asked; the pool lends against your deposits)",
        "zh": "抵押品：{token}（按你的要求；借贷池按你的存款放贷）",
    },
    "staking_rewards": {"en": "staking rewards", "zh": "质押奖励"},
    "deposit_interest": {"en": "deposit interest", "zh": "存款利息"},
    "claimable": {
        "en": "Claimable: {shown}. Say 'claim my rewards' to claim them (you will confirm first).",
        "zh": "可领取：{shown}。要领取请说“领取奖励”（需要确认）。",
    },
    # -- recipients -----------------------------------------------------------------------------------------------
    "lookalike": {
        "en": "the address {word} contains '{char}' ({name}) at position {position}: a look-alike, "
        "not an ASCII hex character; refusing it",
        "zh": "地址 {word} 的第 {position} 个字符“{char}”（{name}）不是 ASCII 字符，只是看起来像；拒绝使用这个地址",
    },
    "lookalike_hint": {
        "en": "copy the address again from the wallet instead of typing it",
        "zh": "请从钱包中重新复制地址，不要手动输入",
    },
    "bad_checksum": {
        "en": "the address {address} has a wrong EIP-55 checksum (its upper/lower case does not match); "
        "a character may be off, so I will not use it",
        "zh": "地址 {address} 的 EIP-55 校验和（大小写）不正确，可能有字符输错；拒绝使用",
    },
    "bad_checksum_hint": {
        "en": "copy it again; if it is right, its checksummed form is {good}",
        "zh": "请重新复制地址；若确认无误，其正确校验和形式是 {good}",
    },
    "several_recipients": {
        "en": "Your message names {count} possible recipients: {listing}.{aside} I will not pick one for you: "
        "send the request again naming only the one you mean.",
        "zh": "你的消息里有 {count} 个可能的收款方：{listing}。{aside}我不会替你选择：请只写明一个收款方后重新发送。",
    },
    "recipient_aside": {
        "en": " One of them is in brackets, quotes or after 'actually'/'instead'.",
        "zh": "其中一个写在括号、引号或“其实/改为”之后。",
    },
    "several_recipients_hint": {"en": "for example: send 1 USDC to bob", "zh": "例如：给 bob 转 1 USDC"},
    "zero_address": {
        "en": "the recipient is the zero address (0x000…000): anything sent there is lost for good",
        "zh": "收款地址是零地址（0x000…000），发送到那里的资产会永久丢失",
    },
    "token_contract": {
        "en": "{recipient} is the {symbol} token contract itself; tokens or ETH sent to a token contract are "
        "usually lost",
        "zh": "收款地址 {recipient} 是 {symbol} 代币合约本身；转到代币合约的资产通常无法取回",
    },
    "token_contract_hint": {"en": "use the recipient's own wallet address", "zh": "请改为收款人的钱包地址"},
    "contract_recipient": {
        "en": "{recipient} is a contract, not a wallet; it may have no way to move {symbol} it receives, so the "
        "tokens could be locked for good",
        "zh": "{recipient} 是一个合约，不是钱包；它不一定能转出收到的 {symbol}，资产可能永久锁死",
    },
    "contract_recipient_hint": {
        "en": "if you are sure it handles {symbol}, add it first: ledgerlm contacts add NAME {recipient}",
        "zh": "若确定该合约能处理 {symbol}，先添加联系人：ledgerlm contacts add NAME {recipient}",
    },
}

CATALOGUE = Catalogue("assistant", MESSAGES)
