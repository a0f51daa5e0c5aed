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
        "zh": "计划 {plan_id}（{seconds} 秒内有效）。输入“是”、“确认”或 yes 签名并发送，输入其他内容即取消。",
    },
    "confirm_code_prompt": {
        "en": "Plan {plan_id} (valid {seconds} s). This is a large amount: type the code {code} "
        "to sign and send (yes is not enough); anything else cancels it.",
        "zh": "计划 {plan_id}（{seconds} 秒内有效）。金额较大：请输入确认码 {code} 签名并发送"
        "（输入“是”不够）；输入其他内容即取消。",
    },
    "assent_not_yes": {
        "en": "(The plan {plan_id} shown before was cancelled: only yes confirms it, as its prompt said; "
        "nothing was sent. Send the request again and type yes under the new plan.)",
        "zh": "（之前显示的计划 {plan_id} 已取消：按提示只有“是”、“确认”或 yes 才能确认；没有发送任何交易。"
        "请重新发送请求，并在新计划下输入“是”。）",
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
    "simulated_by_estimate": {
        "en": "simulated step by step with gas estimates only (no isolated fork: {reason}); "
        "steps after an approval were not simulated",
        "zh": "仅按步骤估算了 Gas（无法创建隔离分叉：{reason}）；授权之后的步骤未模拟",
    },
    "confirm_not_a_token": {
        "en": "that is not a confirmation of a displayed plan",
        "zh": "这不是对已显示计划的确认",
    },
    "confirm_no_such_plan": {
        "en": "there is no plan {plan_id} waiting for your confirmation",
        "zh": "没有等待你确认的计划 {plan_id}",
    },
    "confirm_plan_used": {
        "en": "plan {plan_id} was already used; nothing more was sent",
        "zh": "计划 {plan_id} 已失效（已确认），没有再发送任何交易",
    },
    "confirm_plan_cancelled": {
        "en": "plan {plan_id} is no longer open (cancelled); nothing more was sent",
        "zh": "计划 {plan_id} 已失效（已取消），没有再发送任何交易",
    },
    "confirm_plan_closed_expired": {
        "en": "plan {plan_id} is no longer open (expired); nothing more was sent",
        "zh": "计划 {plan_id} 已失效（已过期），没有再发送任何交易",
    },
    "confirm_plan_expired": {
        "en": "plan {plan_id} expired before it was confirmed; nothing was sent",
        "zh": "计划 {plan_id} 已过期，没有发送任何交易",
    },
    "confirm_other_version": {
        "en": "the confirmation is for a different version of plan {plan_id}",
        "zh": "该确认对应的不是计划 {plan_id} 的当前内容",
    },
    "confirm_code_needed": {
        "en": "this plan needs the code shown in it, not 'yes' ({tries} tries left)",
        "zh": "此计划需要输入计划中显示的确认码，而不是“是”（还可尝试 {tries} 次）",
    },
    "confirm_code_needed_cancelled": {
        "en": "this plan needs the code shown in it, not 'yes' (the plan is cancelled)",
        "zh": "此计划需要输入计划中显示的确认码，而不是“是”（计划已取消）",
    },
    "confirm_already_confirmed": {"en": "plan {plan_id} was already confirmed", "zh": "计划 {plan_id} 已被确认过"},
    "confirm_stored_mismatch": {
        "en": "stored plan {plan_id} does not match its hash",
        "zh": "已存储的计划 {plan_id} 与其哈希不符",
    },
    "confirm_plan_changed": {"en": "the plan changed after it was shown", "zh": "计划在显示后被修改"},
    "confirm_hint_ask_and_confirm": {
        "en": "ask for the plan again and confirm the plan you see",
        "zh": "请重新获取计划，并确认你看到的那个计划",
    },
    "confirm_hint_ask_again": {
        "en": "ask again; confirm the plan that is shown to you",
        "zh": "请重新提问，并确认显示给你的计划",
    },
    "confirm_hint_new_plan": {"en": "ask again for a new plan", "zh": "请重新生成计划"},
    "confirm_hint_fresh_plan": {"en": "ask again for a fresh plan", "zh": "请重新生成计划"},
    "confirm_hint_as_shown": {"en": "confirm the plan exactly as it is shown", "zh": "请按显示的内容确认计划"},
    "confirm_hint_type_code": {"en": "type the code printed under the plan", "zh": "请输入计划下方显示的确认码"},
    "confirm_hint_new_version": {"en": "confirm the new plan", "zh": "请确认新的计划"},
    "policy_unknown_chain": {
        "en": "chain id {chain_id} is not a known chain; refusing to act on it",
        "zh": "未知的链 ID {chain_id}，拒绝操作",
    },
    "policy_no_price": {
        "en": "there is no USD price for {symbol}, so the spending limits cannot be checked",
        "zh": "无法为 {symbol} 估值，因此无法检查支出限额",
    },
    "policy_max_tx": {
        "en": "this action is worth about ${usd}, above the per-transaction limit of ${limit}",
        "zh": "此操作价值约 ${usd}，超过单笔限额 ${limit}",
    },
    "policy_max_tx_hint": {
        "en": "split it, or raise the limit: LEDGERLM_POLICY_MAX_TX_USD={need} ledgerlm chat",
        "zh": "拆分成多笔，或提高限额：LEDGERLM_POLICY_MAX_TX_USD={need} ledgerlm chat",
    },
    "policy_daily": {
        "en": "this action (${usd}) would bring today's total to ${total}, above the daily limit of ${limit}",
        "zh": "此操作（${usd}）会使今日累计达到 ${total}，超过每日限额 ${limit}",
    },
    "policy_daily_hint": {
        "en": "wait until tomorrow (UTC), or raise the limit: LEDGERLM_POLICY_DAILY_LIMIT_USD={need} ledgerlm chat",
        "zh": "等到明天（UTC），或提高限额：LEDGERLM_POLICY_DAILY_LIMIT_USD={need} ledgerlm chat",
    },
    "policy_slippage": {
        "en": "slippage limit {pct}% is above the allowed {limit}%",
        "zh": "滑点上限 {pct}% 高于允许的 {limit}%",
    },
    "policy_slippage_hint": {
        "en": "ask for a lower slippage, or: LEDGERLM_POLICY_MAX_SLIPPAGE_PCT={pct} ledgerlm chat",
        "zh": "请使用更低的滑点，或：LEDGERLM_POLICY_MAX_SLIPPAGE_PCT={pct} ledgerlm chat",
    },
    "policy_allowlist": {"en": "{recipient} is not on your allowlist", "zh": "{recipient} 不在你的白名单中"},
    "policy_allowlist_hint": {
        "en": "add it first: ledgerlm contacts add NAME {recipient}",
        "zh": "先添加：ledgerlm contacts add NAME {recipient}",
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
    # -- knowledge answers --------------------------------------------------------------------------------------
    "kb_dont_know": {
        "en": "I don't know. My knowledge base has nothing that answers that, so I won't guess.",
        "zh": "我不知道。我的知识库里没有能回答这个问题的内容，所以不会乱猜。",
    },
    "kb_nearest": {"en": "Nearest topics I do know: {topics}.", "zh": "我了解的相近主题：{topics}。"},
    "kb_no_lessons": {"en": "no lessons on '{name}'", "zh": "没有关于“{name}”的课程"},
    "kb_topics": {"en": "topics: {known}", "zh": "已有主题：{known}"},
    "fig_col_volatility": {"en": "volatility % a year", "zh": "年化波动率 %"},
    "fig_col_drawdown_1y": {"en": "max drawdown 1y %", "zh": "近一年最大回撤 %"},
    "fig_col_drawdown_all": {"en": "max drawdown all %", "zh": "历史最大回撤 %"},
    "fig_col_var": {"en": "1-day 95% VaR %", "zh": "单日 95% VaR %"},
    "fig_col_30d": {"en": "30-day change %", "zh": "30 天涨跌 %"},
    "fig_loan_sources": {
        "en": "Prices: {prices}, as of {when}; thresholds: {thresholds}.",
        "zh": "价格来源：{prices}，截至 {when}；阈值来源：{thresholds}。",
    },
    # the sources as the risk module names them (English), and the same sources in Chinese
    "src_shipped_prices": {
        "en": "shipped daily series (ledgerlm/risk/data/prices.csv)",
        "zh": "内置日线数据（ledgerlm/risk/data/prices.csv）",
    },
    "src_devnet_thresholds": {
        "en": "ledgerlm.defi.devnet lending-pool collateral factors",
        "zh": "devnet 借贷池的抵押系数（ledgerlm.defi.devnet）",
    },
    "fig_next_sentence": {"en": "{text} {sentence}", "zh": "{text}{sentence}"},
    "kb_topic_separator": {"en": "; ", "zh": "、"},
    "kb_sources": {"en": "(Source: {refs})", "zh": "(来源: {refs})"},
    "kb_checked": {"en": "checked", "zh": "核对于"},
    "kb_no_prediction": {
        "en": "I don't predict prices: nobody can say where a price will go, and ledgerlm only describes the past. "
        "Here is what the past shows:",
        "zh": "我不预测价格：没有人能知道价格会怎么走，ledgerlm 只描述过去的数据。过去的数据是：",
    },
    "kb_stocks": {
        "en": "Stocks are out of scope: ledgerlm has no stock data. I can answer questions about crypto and DeFi.",
        "zh": "股票不在范围内：ledgerlm 没有股票数据。我可以回答加密货币和 DeFi 方面的问题。",
    },
    # -- figures (knowledge answers with numbers) --------------------------------------------------------------
    "fig_window": {
        "en": " ({source}, {days}-day window, as of {as_of})",
        "zh": "（{source}，{days} 天窗口，截至 {as_of}）",
    },
    "fig_peg": {"en": " (priced at its $1 peg)", "zh": "（按 1 美元锚定估算）"},
    "fig_price": {
        "en": "{symbol}{peg} closed at ${price:,}; 7 days {d7:+.2f}%, 30 days {d30:+.2f}%{window}. This is the last "
        "day of the shipped history, not a live quote.",
        "zh": "{symbol}{peg} 收盘价 ${price:,}，7 天 {d7:+.2f}%，30 天 {d30:+.2f}%{window}。"
        "这是内置历史数据的最后一天，不是实时行情。",
    },
    "fig_risk": {
        "en": "{symbol}: volatility {vol:.1f}% a year, max drawdown {dd_year:.1f}% over the last year and "
        "{dd_all:.1f}% over the whole series, one-day 95% VaR {var95:.2f}% (historical; parametric {var95p:.2f}%), "
        "99% VaR {var99:.2f}%{window}. {note}",
        "zh": "{symbol}：年化波动率 {vol:.1f}%，近一年最大回撤 {dd_year:.1f}%，全部历史最大回撤 {dd_all:.1f}%，"
        "单日 95% VaR {var95:.2f}%（历史模拟；参数法 {var95p:.2f}%），99% VaR {var99:.2f}%{window}。{note}",
    },
    "fig_riskier": {
        "en": "By volatility and drawdown {symbol} was the riskier.",
        "zh": "按波动率和回撤，{symbol} 风险更高。",
    },
    "fig_correlation": {
        "en": " Their daily returns had a correlation of {corr:.2f}.",
        "zh": "两者日收益相关系数 {corr:.2f}。",
    },
    "fig_data": {
        "en": "Data: {source}, {days}-day window, as of {as_of}. {note}",
        "zh": "数据：{source}，{days} 天窗口，截至 {as_of}。{note}",
    },
    "fig_need_position": {
        "en": "To tell whether you could be liquidated I need your own position, not market data. Tell me what you "
        "deposited and borrowed, e.g. `ledgerlm risk --collateral ETH=2 --debt USDC=1500`; in `ledgerlm chat` "
        "with the devnet up I read your lending-pool position.",
        "zh": "要判断你会不会被清算，我需要你的借贷仓位，而不是市场行情。请告诉我抵押了什么、借了什么，例如运行 "
        "`ledgerlm risk --collateral ETH=2 --debt USDC=1500`；在连接了 devnet 的 `ledgerlm chat` 里我会"
        "读取你在借贷池的仓位。",
    },
    "fig_balances": {
        "en": "On-chain balances of {who}: {listing} (source: read from the chain)",
        "zh": "{who} 的链上余额：{listing}（来源：链上查询）",
    },
    "fig_balances_elsewhere": {
        "en": 'Balances live on the chain, not in the knowledge base. Ask "my balance" in `ledgerlm chat` and I will '
        "read it from the chain.",
        "zh": "余额在链上，不在知识库里。请在 `ledgerlm chat` 里问“我的余额”，我会从链上读取。",
    },
    "fig_gas": {
        "en": "Gas price {gwei:.4f} gwei (chain {chain_id}, block {block}, source: the node's eth_gasPrice)",
        "zh": "当前 gas 价格 {gwei:.4f} gwei（链 {chain_id}，区块 {block}，来源：节点 eth_gasPrice）",
    },
    "fig_gas_elsewhere": {
        "en": "Gas price is a live figure that has to come from a node, not from the knowledge base. Ask in "
        "`ledgerlm chat` with a chain connected, or check your wallet's or a block explorer's gas tracker.",
        "zh": "gas 价格是实时数据，要从链上读取，知识库里没有。连接节点后在 `ledgerlm chat` 里问，或查看钱包/区块"
        "浏览器的 gas 追踪器。",
    },
    "fig_no_debt": {"en": "You have no debt, so nothing can be liquidated.", "zh": "你没有借款，不会被清算。"},
    "fig_liquidatable": {"en": "can be liquidated now", "zh": "已可被清算"},
    "fig_safe": {"en": "is not liquidatable now", "zh": "目前安全"},
    "fig_health": {
        "en": "Health factor {hf} (liquidation below 1): the position {status}; collateral ${coll:,}, debt ${debt:,}.",
        "zh": "健康因子 {hf}（低于 1 即可被清算），仓位{status}；抵押 ${coll:,}，借款 ${debt:,}。",
    },
    "fig_alone_safe": {
        "en": "{symbol} falling alone cannot trigger liquidation: the other collateral covers the debt "
        "({symbol} liquidation threshold {pct}%).",
        "zh": "仅 {symbol} 下跌不会触发清算：其他抵押品已足够覆盖借款（{symbol} 清算阈值 {pct}%）。",
    },
    "fig_liq_price": {
        "en": "{symbol} liquidation price ${liq:,}: {dist}% below ${price:,}, other assets unchanged "
        "(liquidation threshold {pct}%).",
        "zh": "{symbol} 跌到 ${liq:,}（比现价 ${price:,} 低 {dist}%，其他资产不变）时会被清算，清算阈值 {pct}%。",
    },
    "fig_all_fall": {
        "en": "If all volatile collateral falls together, a {pct}% fall liquidates it.",
        "zh": "若所有非稳定币抵押同时下跌，跌 {pct}% 即被清算。",
    },
    "fig_given_prices": {"en": "given prices", "zh": "给定价格"},
    # -- recipients -----------------------------------------------------------------------------------------------
    "lookalike": {
        "en": "the address {word} contains '{char}' ({name}) at position {position}: a look-alike, "
        "not an ASCII hex character; refusing it",
        "zh": "地址 {word} 的第 {position} 个字符“{char}”（{name}）不是 ASCII 字符，只是看起来像；拒绝使用这个地址",
    },
    "invisible_in_address": {
        "en": "the address {word} has an invisible character ({name}) at position {position}: what you see is "
        "not all that was written; refusing it",
        "zh": "地址 {word} 的第 {position} 个字符是不可见字符（{name}）：看到的并不是写入的全部内容；拒绝使用这个地址",
    },
    "bidi_control": {
        "en": "your message contains an invisible text-direction control ({name}) at position {position}: what "
        "is displayed differs from what was written, so I will not read it either way",
        "zh": "你的消息第 {position} 个字符是不可见的文字方向控制符（{name}）：显示出来的内容与实际写入的不同，"
        "我不会按任何一种方式理解它",
    },
    "bidi_control_hint": {
        "en": "type the request again without pasting it",
        "zh": "请不要粘贴，重新手动输入这条请求",
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
