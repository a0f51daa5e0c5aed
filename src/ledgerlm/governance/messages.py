"""What a proposal review says, English and Chinese side by side (``ledgerlm.i18n`` catalogue ``governance``): the
summary's headings and the reason of every risk flag. Facts are filled in; wording never changes facts."""

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
}

CATALOGUE = Catalogue("governance", MESSAGES)
