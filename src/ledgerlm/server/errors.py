"""Errors as JSON ``{error, hint, kind}`` with the right HTTP status, in the language of the request.

Core errors keep their own words (the core already answers in the user's language); the few errors the server makes
itself (size, rate, token, confirmation) come from the small bilingual table below. A traceback never reaches a
client: anything unexpected is a 500 with a generic message, and the details go to the server log.
"""

from __future__ import annotations

from typing import Any

from ledgerlm import errors as E
from ledgerlm.server.inert import inert

# most specific first
_STATUS: list[tuple[type[E.LedgerError], int]] = [
    (E.SecretDetected, 400),
    (E.AmbiguousRequest, 422),
    (E.SpecError, 422),
    (E.InputError, 400),
    (E.NotFound, 404),
    (E.PolicyViolation, 403),
    (E.ConfirmationRequired, 409),
    (E.CompilationError, 422),
    (E.AnalysisError, 422),
    (E.ContractReverted, 422),
    (E.TransactionFailed, 502),
    (E.ChainError, 502),
    (E.ToolchainError, 503),
    (E.ConfigError, 500),
]

_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "too_large": {
        "en": ("request body too large ({size} bytes; at most {limit})", "send less, or split it"),
        "zh": ("请求体过大（{size} 字节，上限 {limit}）", "请减少内容或分开发送"),
    },
    "rate": {
        "en": ("too many requests from this client", "wait {wait:.1f} s and try again"),
        "zh": ("此客户端请求过于频繁", "请等待 {wait:.1f} 秒后重试"),
    },
    "token": {
        "en": ("an access token is required", "send 'Authorization: Bearer TOKEN', or open /?token=TOKEN"),
        "zh": ("需要访问令牌", "请发送 'Authorization: Bearer 令牌'，或打开 /?token=令牌"),
    },
    "origin": {
        "en": ("cross-origin requests are refused", "use the page served by this server"),
        "zh": ("拒绝跨域请求", "请使用本服务器提供的页面"),
    },
    "json": {
        "en": ("the body must be a JSON object: {detail}", "send Content-Type: application/json"),
        "zh": ("请求体必须是 JSON 对象：{detail}", "请发送 Content-Type: application/json"),
    },
    "plan_unknown": {
        "en": ("no such plan for this session", "ask again; plans belong to the session that saw them"),
        "zh": ("本会话没有这个计划", "请重新提问；计划只属于显示它的会话"),
    },
    "plan_used": {
        "en": ("this plan was already approved, cancelled or replaced", "ask again for a new plan"),
        "zh": ("该计划已被确认、取消或替换", "请重新生成计划"),
    },
    "plan_expired": {
        "en": ("this plan expired before it was approved", "ask again for a fresh plan"),
        "zh": ("该计划已过期", "请重新生成计划"),
    },
    "plan_hash": {
        "en": (
            "the approval does not match the plan on screen (hash differs)",
            "approve the plan exactly as displayed",
        ),
        "zh": ("确认与显示的计划不符（哈希不同）", "请确认屏幕上显示的计划"),
    },
    "plan_code": {
        "en": ("this plan needs the code shown in it", "type the code from the plan card"),
        "zh": ("该计划需要输入计划中显示的确认码", "请输入计划卡片上的确认码"),
    },
    "plan_kind": {
        "en": ("this plan is not a {want} plan", "use the matching endpoint"),
        "zh": ("该计划不是{want}计划", "请使用对应的接口"),
    },
    "internal": {"en": ("internal server error", "see the server log"), "zh": ("服务器内部错误", "请查看服务器日志")},
    "not_found": {
        "en": ("no such endpoint: {path}", "see /openapi.json"),
        "zh": ("没有这个接口：{path}", "见 /openapi.json"),
    },
    "method": {"en": ("method not allowed", "see /openapi.json"), "zh": ("不允许的请求方法", "见 /openapi.json")},
    "invalid": {
        "en": ("invalid request: {detail}", "see /openapi.json for the schema"),
        "zh": ("请求无效：{detail}", "请求格式见 /openapi.json"),
    },
    "review_missing": {
        "en": (
            "contract review is not available in this build (ledgerlm.review is missing)",
            "install a ledgerlm with the review module",
        ),
        "zh": ("此版本没有合约审查功能（缺少 ledgerlm.review）", "请安装包含审查模块的 ledgerlm"),
    },
    "target": {
        "en": ("cannot explain {target!r}", "give a deployment id, 'latest' or a contract address"),
        "zh": ("无法解释 {target!r}", "请给出部署编号、latest 或合约地址"),
    },
    "job_unknown": {
        "en": ("no such job", "start one with POST /v1/consensus/compare"),
        "zh": ("没有这个任务", "请用 POST /v1/consensus/compare 启动"),
    },
}


class HttpError(Exception):
    """An error the server itself raises: a key into the bilingual table plus an HTTP status."""

    def __init__(
        self, status: int, key: str, *, lang: str = "en", headers: dict[str, str] | None = None, **values: Any
    ) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.lang = lang
        self.values = values
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        words = _WORDS[self.key].get(self.lang) or _WORDS[self.key]["en"]
        return {
            "error": inert(words[0].format(**self.values)),
            "hint": inert(words[1].format(**self.values)),
            "kind": self.key,
        }


def lang_of(accept_language: str | None) -> str:
    """'zh' when the client prefers Chinese (Accept-Language), else 'en'."""
    first = (accept_language or "").split(",")[0].strip().lower()
    return "zh" if first.startswith("zh") else "en"


def status_of(exc: E.LedgerError) -> int:
    for cls, status in _STATUS:
        if isinstance(exc, cls):
            return status
    return 500 if type(exc).__name__ == "AuditError" else 400


def ledger_body(exc: E.LedgerError) -> dict[str, Any]:
    body: dict[str, Any] = {
        "error": inert(exc.message),
        "hint": inert(exc.hint) if exc.hint else None,
        "kind": type(exc).__name__,
    }
    if isinstance(exc, E.AmbiguousRequest):
        body["options"] = list(exc.options)
    if isinstance(exc, E.SpecError):
        body["field"] = exc.field
    return body


def error_event(exc: BaseException, lang: str = "en") -> dict[str, Any]:
    """The ``error`` event of a stream (the HTTP status is already sent; the body says what failed)."""
    if isinstance(exc, E.LedgerError):
        return {**ledger_body(exc), "status": status_of(exc)}
    if isinstance(exc, HttpError):
        return {**exc.body(), "status": exc.status}
    return {**HttpError(500, "internal", lang=lang).body(), "status": 500}


class ApiError(Exception):
    """A core reply that failed (refused by policy, failed on chain), already worded by the core."""

    def __init__(self, status: int, error: str, hint: str | None, kind: str) -> None:
        super().__init__(error)
        self.status = status
        self.payload = {"error": inert(error), "hint": inert(hint) if hint else None, "kind": kind}
