"""What a proposal review says, English and Chinese side by side (``ledgerlm.i18n`` catalogue ``governance``): the
summary's headings, the reason of every risk flag, and the questions asked while reading a proposal or a DAO's
settings. Facts are filled in; wording never changes facts."""

from __future__ import annotations

from ledgerlm.i18n import Catalogue

MESSAGES: dict[str, dict[str, str]] = {
    "review_header": {"en": "This proposal:", "zh": "提案内容："},
    "review_changes": {"en": "Balances after a simulated execution:", "zh": "模拟执行后的余额变化："},
    "review_simulation": {"en": "Simulation: {method}", "zh": "模拟：{method}"},
    "review_simulation_failed": {
        "en": "Simulation: {method} — FAILED: {reason}",
        "zh": "模拟：{method} — 失败：{reason}",
    },
    "method_fork": {"en": "executed on an isolated fork", "zh": "在隔离的分叉链上执行"},
    "method_call": {
        "en": "checked call by call (the memory chain cannot fork)",
        "zh": "逐个以 eth_call 检查（内存链无法分叉）",
    },
    "role_change": {"en": "{name}: {role} for {who}", "zh": "角色变更（{name}）：{role} → {who}"},
    "ownership_change": {"en": "{name} ({args})", "zh": "所有权变更：{name}（{args}）"},
    "upgrade": {
        "en": "{name}: the code behind {target} changes",
        "zh": "合约升级（{name}）：{target} 的代码将被替换",
    },
    "governance_change": {"en": "{name} {args}", "zh": "治理参数变更：{name} {args}"},
    "batch": {
        "en": "a batch of {count} calls (each decoded below)",
        "zh": "批量调用 {count} 个（已逐一解码）",
    },
    "approval": {"en": "{name}", "zh": "代币授权：{name}"},
    "mint": {"en": "{name}", "zh": "增发代币：{name}"},
    "unknown_call": {
        "en": "{name}: calldata that no known ABI decodes",
        "zh": "无法用已知 ABI 解码的调用：{name}",
    },
    "no_code": {
        "en": "{target} has no code: the call does nothing but may move value",
        "zh": "{target} 没有合约代码：调用不做任何事，但可能转走资金",
    },
    "delegatecall": {
        "en": "{target} can DELEGATECALL (runs other code as itself)",
        "zh": "{target} 含 DELEGATECALL（以自身身份运行其他代码）",
    },
    "selfdestruct": {"en": "{target} contains SELFDESTRUCT", "zh": "{target} 含 SELFDESTRUCT"},
    "unverified_target": {
        "en": "{target} is not a contract whose source ledgerlm knows",
        "zh": "{target} 的源代码未知",
    },
    "insufficient_treasury": {
        "en": "moves {amount} base units of {label} but the treasury holds {balance}",
        "zh": "金库只有 {balance}，提案要转出 {amount}（{label} 最小单位）",
    },
    "treasury_share": {
        "en": "moves {share}% of the treasury's {label}",
        "zh": "转出金库 {label} 的 {share}%",
    },
    # Reading a proposal's text (governance/language.py): questions for what was not read for sure.
    "ask_amount_ambiguous": {
        "en": '"{words}" can be read more than one way: please write the exact amount.',
        "zh": "“{words}”可以有不同的读法，请写出确切金额。",
    },
    "ask_amount": {"en": 'How much should "{where}" pay?', "zh": "“{where}”里应该支付多少？"},
    "ask_which_amount": {
        "en": '"{where}" has several numbers: which one is the amount?',
        "zh": "“{where}”里有多个数字，哪个是金额？",
    },
    "ask_positive_amount": {
        "en": 'The amount "{words}" must be greater than 0.',
        "zh": "金额“{words}”必须大于 0。",
    },
    "ask_which_token": {
        "en": '"{where}" names several tokens: which one is paid?',
        "zh": "“{where}”提到多个代币，支付哪一个？",
    },
    "ask_no_payment": {
        "en": 'No treasury payment was read. Write it as "pay 5,000 USDC from the treasury to 0x…", or give other '
        "calls as typed actions with --actions FILE.",
        "zh": "没有读到金库支付。请写成“从金库支付 5000 USDC 给 0x…”，其他调用请用 --actions 文件。",
    },
    "ask_which_recipient": {
        "en": "Two possible recipients: {candidates}. Which one?",
        "zh": "收款人不明确：{candidates}，是哪一个？",
    },
    "ask_contact_address": {
        "en": "What is {name}'s address? (ledgerlm contacts add {name} 0x…)",
        "zh": "{name} 的地址是什么？（ledgerlm contacts add {name} 0x…）",
    },
    "ask_recipient": {"en": "Who should receive the payment (an address)?", "zh": "收款地址是什么？"},
    # Reading a DAO's settings (governance/extract.py).
    "dao_two_readings": {
        "en": 'Both "{first}" and "{second}" read as {key}: which one is meant?',
        "zh": "“{first}”和“{second}”都像是{key}，以哪个为准？",
    },
    "dao_which_duration": {
        "en": 'Is "{words}" the voting period, the voting delay or the timelock delay?',
        "zh": "“{words}”是投票期、投票延迟还是时间锁？",
    },
    "dao_number_ambiguous": {
        "en": '"{words}" can be read more than one way: please write the exact number.',
        "zh": "“{words}”有多种读法，请写出确切数字。",
    },
    "dao_which_percent": {"en": 'What is "{words}" (the quorum?)', "zh": "“{words}”指的是什么？（法定人数？）"},
    "dao_which_count": {"en": 'What does "{words}" count?', "zh": "“{words}”是什么数量？"},
    "dao_ask_symbol": {
        "en": "What is the governance token's symbol? (--set symbol=GUILD)",
        "zh": "治理代币的代号是什么？（--set symbol=GUILD）",
    },
    "dao_ask_supply": {"en": "How many governance tokens (votes) in total?", "zh": "治理代币总量是多少？"},
    "dao_ask_quorum_pct": {"en": "What quorum (percent of all votes)?", "zh": "法定人数是总票数的百分之几？"},
    "dao_ask_voting_period_s": {"en": "How long does voting stay open?", "zh": "投票期多长？"},
    "dao_ask_timelock_delay_s": {
        "en": "How long is the timelock delay before execution?",
        "zh": "执行前的时间锁多长？",
    },
}

CATALOGUE = Catalogue("governance", MESSAGES)
