"""The words of the errors the HTTP server makes itself (size, rate, token, confirmation), English and Chinese side
by side (``ledgerlm.i18n`` catalogue ``server``). Each error has a message and a hint (``<id>_hint``); errors of the
core keep the core's own words."""

from __future__ import annotations

from ledgerlm.i18n import Catalogue

MESSAGES: dict[str, dict[str, str]] = {
    "too_large": {
        "en": "request body too large ({size} bytes; at most {limit})",
        "zh": "请求体过大（{size} 字节，上限 {limit}）",
    },
    "too_large_hint": {"en": "send less, or split it", "zh": "请减少内容或分开发送"},
    "rate": {"en": "too many requests from this client", "zh": "此客户端请求过于频繁"},
    "rate_hint": {"en": "wait {wait:.1f} s and try again", "zh": "请等待 {wait:.1f} 秒后重试"},
    "token": {"en": "an access token is required", "zh": "需要访问令牌"},
    "token_hint": {
        "en": "send 'Authorization: Bearer TOKEN', or open /?token=TOKEN",
        "zh": "请发送 'Authorization: Bearer 令牌'，或打开 /?token=令牌",
    },
    "origin": {"en": "cross-origin requests are refused", "zh": "拒绝跨域请求"},
    "origin_hint": {"en": "use the page served by this server", "zh": "请使用本服务器提供的页面"},
    "json": {"en": "the body must be a JSON object: {detail}", "zh": "请求体必须是 JSON 对象：{detail}"},
    "json_hint": {"en": "send Content-Type: application/json", "zh": "请发送 Content-Type: application/json"},
    "plan_unknown": {"en": "no such plan for this session", "zh": "本会话没有这个计划"},
    "plan_unknown_hint": {
        "en": "ask again; plans belong to the session that saw them",
        "zh": "请重新提问；计划只属于显示它的会话",
    },
    "plan_used": {"en": "this plan was already approved, cancelled or replaced", "zh": "该计划已被确认、取消或替换"},
    "plan_used_hint": {"en": "ask again for a new plan", "zh": "请重新生成计划"},
    "plan_expired": {"en": "this plan expired before it was approved", "zh": "该计划已过期"},
    "plan_expired_hint": {"en": "ask again for a fresh plan", "zh": "请重新生成计划"},
    "plan_hash": {
        "en": "the approval does not match the plan on screen (hash differs)",
        "zh": "确认与显示的计划不符（哈希不同）",
    },
    "plan_hash_hint": {"en": "approve the plan exactly as displayed", "zh": "请确认屏幕上显示的计划"},
    "plan_code": {"en": "this plan needs the code shown in it", "zh": "该计划需要输入计划中显示的确认码"},
    "plan_code_hint": {"en": "type the code from the plan card", "zh": "请输入计划卡片上的确认码"},
    "plan_kind": {"en": "this plan is not a {want} plan", "zh": "该计划不是{want}计划"},
    "plan_kind_hint": {"en": "use the matching endpoint", "zh": "请使用对应的接口"},
    "internal": {"en": "internal server error", "zh": "服务器内部错误"},
    "internal_hint": {"en": "see the server log", "zh": "请查看服务器日志"},
    "not_found": {"en": "no such endpoint: {path}", "zh": "没有这个接口：{path}"},
    "not_found_hint": {"en": "see /openapi.json", "zh": "见 /openapi.json"},
    "method": {"en": "method not allowed", "zh": "不允许的请求方法"},
    "method_hint": {"en": "see /openapi.json", "zh": "见 /openapi.json"},
    "invalid": {"en": "invalid request: {detail}", "zh": "请求无效：{detail}"},
    "invalid_hint": {"en": "see /openapi.json for the schema", "zh": "请求格式见 /openapi.json"},
    "review_missing": {
        "en": "contract review is not available in this build (ledgerlm.review is missing)",
        "zh": "此版本没有合约审查功能（缺少 ledgerlm.review）",
    },
    "review_missing_hint": {"en": "install a ledgerlm with the review module", "zh": "请安装包含审查模块的 ledgerlm"},
    "target": {"en": "cannot explain {target!r}", "zh": "无法解释 {target!r}"},
    "target_hint": {
        "en": "give a deployment id, 'latest' or a contract address",
        "zh": "请给出部署编号、latest 或合约地址",
    },
    "job_unknown": {"en": "no such job", "zh": "没有这个任务"},
    "job_unknown_hint": {
        "en": "start one with POST /v1/consensus/compare",
        "zh": "请用 POST /v1/consensus/compare 启动",
    },
}

CATALOGUE = Catalogue("server", MESSAGES)
