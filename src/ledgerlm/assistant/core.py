"""The assistant: one ``handle(text)`` for every front end (terminal chat, Python API, later the web page).

    from ledgerlm.assistant.core import Assistant
    bot = Assistant("memory")
    reply = bot.handle("给 bob 转 0.1 ETH")     # reply.plan, reply.plan_id, reply.plan_hash
    done = bot.confirm(reply.confirmation_token)  # "<plan_id>.<plan_hash>": the only way anything gets signed

Text never confirms anything: "yes" typed into ``handle`` does not execute; only ``confirm(token, code)`` does, and
the terminal chat calls it when the user types yes / 是 / 确认 (or the plan's code, above the value threshold) after
the plan was drawn. The confirmation carries the plan's id and the hash of its exact contents and is redeemed once in
the shared ``ConfirmationStore``; any other message cancels the plan on screen, and plans expire. Questions (price,
hold, risk, info, explain, other) never produce transactions. Replies follow the language the user wrote in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.assistant import replies
from ledgerlm.assistant.confirmations import ConfirmationError, ConfirmationStore, Pending
from ledgerlm.assistant.executor import Executor, audit_record
from ledgerlm.assistant.intents import spec as intents
from ledgerlm.assistant.plan import Outcome, Plan
from ledgerlm.assistant.planner import MissingSlot, Planner
from ledgerlm.assistant.session import (
    PendingRequest,
    Session,
    edit_amount,
    is_cancel,
    is_confirmation,
    is_edit,
    is_yes,
)
from ledgerlm.assistant.tokens import TokenBook
from ledgerlm.chain import Chain
from ledgerlm.config import load_config
from ledgerlm.errors import AmbiguousRequest, InputError, LedgerError, NotFound, SecretDetected
from ledgerlm.inert import inert

_DEFAULT_SYMBOL = "ETH"


def _pool_position(chain: Chain, account: Any) -> Any:
    """The user's lending-pool position, read only when they ask about their own liquidation risk."""
    from ledgerlm.defi.views import position

    return position(chain, account)


@dataclass
class Reply:
    """What the assistant says. ``kind``: answer | question | plan | done | refused | error | cancelled."""

    text: str
    lang: str
    kind: str
    intent: str | None = None
    confidence: float | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    plan: Plan | None = None
    confirmation_token: str | None = None
    pending: Pending | None = None
    notice: str | None = None
    outcome: Outcome | None = None
    citations: list[dict[str, Any]] = field(default_factory=list)
    error: dict[str, Any] | None = None

    @property
    def needs_confirmation(self) -> bool:
        return self.confirmation_token is not None

    @property
    def plan_id(self) -> str | None:
        return self.pending.plan_id if self.pending else None

    @property
    def plan_hash(self) -> str | None:
        return self.pending.plan_hash if self.pending else None

    @property
    def code(self) -> str | None:
        """The short code to type instead of "yes" (plans above the value threshold), else None."""
        return self.pending.code if self.pending else None

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape (plain JSON values only: amounts as decimal strings)."""
        from ledgerlm.assistant.executor import jsonable

        return jsonable(
            {
                "kind": self.kind,
                "text": self.text,
                "lang": self.lang,
                "intent": self.intent,
                "confidence": None if self.confidence is None else round(self.confidence, 4),
                "slots": {k: str(v) if isinstance(v, Decimal) else v for k, v in self.slots.items()},
                "plan": self.plan.to_dict() if self.plan else None,
                "confirmation_token": self.confirmation_token,
                "confirmation": None
                if self.pending is None
                else {
                    "plan_id": self.pending.plan_id,
                    "plan_hash": self.pending.plan_hash,
                    "expires_at": self.pending.expires_at,
                    "code_required": self.pending.code is not None,
                    "code": self.pending.code,
                },
                "outcome": self.outcome.to_dict() if self.outcome else None,
                "citations": self.citations,
                "error": self.error,
            }
        )


# What carries no language of its own: hex and base58 runs (keys, tokens, hashes), addresses, URLs, JSON objects,
# markup tags, emoji and punctuation. A message made of that alone keeps the conversation's language.
_NO_LANGUAGE = re.compile(
    r"0x[0-9a-fA-F]+|\b(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{16,}\b|[0-9a-fA-F]{8,}(?:\.[0-9a-fA-F]{8,})+|https?://\S+"
    r"|file:/\S*|\{.*\}|\[/?[A-Za-z#][^\]\[]{0,60}\]",
    re.DOTALL,
)


def message_lang(text: str, previous: str | None = None) -> str:
    """The language of ``text``: Chinese or English by its words once keys, addresses, JSON and markup are set
    aside (a pasted key or keystore after "私钥：" is still Chinese); a message with no words ("👍", "2", a token)
    keeps the conversation's language ``previous``."""
    from ledgerlm.language.lang import detect_lang

    if not isinstance(text, str) or not text.strip():
        return previous or "en"
    rest = _NO_LANGUAGE.sub(" ", text)
    if not re.search(r"[A-Za-z]{2,}|[\u3400-\u9fff]", rest):
        return previous or detect_lang(text)
    return detect_lang(rest)


def check_all_secrets(text: str) -> None:
    """``privacy.check_secrets`` on the message as written and as it would be once copied back together: zero-width
    and direction characters removed, hex groups split by spaces, dashes or colons joined (a key pasted as
    ``4c0883a6 9102937d …``); plus BIP-32 extended private keys and WIF keys (base58check-verified)."""
    from ledgerlm.privacy import check_secrets

    check_secrets(text)
    squeezed = _INVISIBLE.sub("", text)
    squeezed = _HEX_GROUPS.sub(lambda m: re.sub(r"[\s:\-_,]+", "", m.group(0)), squeezed)
    if squeezed != text:
        check_secrets(squeezed)
    for m in _BASE58_KEY.finditer(squeezed):
        if _base58check_private(m.group(0)):
            raise SecretDetected(
                "message contains an extended private key or WIF key / 消息中包含扩展私钥或 WIF 私钥",
                hint="never paste keys into a chat / 请勿在聊天中粘贴私钥",
            )


_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_HEX_GROUPS = re.compile(r"(?:0x)?[0-9a-fA-F]{4,}(?:[\s:\-_,]{1,3}[0-9a-fA-F]{2,}){3,}")
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_KEY = re.compile(r"\b(?:[xyztuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{100,112}|[5KLc9][1-9A-HJ-NP-Za-km-z]{50,51})\b")


def _base58check_private(word: str) -> bool:
    """True when ``word`` decodes as base58check to a private key: a BIP-32 ``?prv`` (78-byte payload) or a WIF
    key (version 0x80 / 0xef). Any ``?prv`` prefix with a valid checksum counts even with an unknown version."""
    import hashlib

    num = 0
    for ch in word:
        num = num * 58 + _BASE58.index(ch)
    raw = num.to_bytes((num.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(word) - len(word.lstrip("1"))) + raw
    payload, check = raw[:-4], raw[-4:]
    if len(raw) < 5 or hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return False
    if word[1:4] == "prv":
        return len(payload) == 78
    return payload[:1] in (b"\x80", b"\xef") and len(payload) in (33, 34)


# Unicode direction controls make what is displayed differ from what was written ("bob" followed by a reversed
# address): refused wherever they appear, named, rather than read either way.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def refuse_hidden_text(text: str, lang: str) -> None:
    """Before understanding: refuse direction controls, and check everything written like an address (look-alike
    characters, EIP-55 checksums) so that the error names the character or checksum in the user's language."""
    import unicodedata

    from ledgerlm.assistant import recipients

    m = _BIDI.search(text)
    if m is not None:
        ch = m.group(0)
        raise InputError(
            replies.say("bidi_control", lang, name=unicodedata.name(ch, f"U+{ord(ch):04X}"), position=m.start() + 1),
            hint=replies.say("bidi_control_hint", lang),
        )
    recipients.check_lookalikes(text, lang)
    recipients.check_checksums(text, lang)


class Assistant:
    """A conversation with one user on one chain. ``chain``: a ``Chain``, a backend name, or None (config; the
    chain is only opened when an answer needs it). ``tokens``: extra SYMBOL -> address entries."""

    def __init__(
        self,
        chain: Chain | str | None = None,
        *,
        user: str | None = None,
        tokens: dict[str, str] | None = None,
        keep_history: bool = True,
        confirm_ttl_s: float | None = None,
    ) -> None:
        cfg = load_config().get("assistant", {})
        self.user = user or str(cfg.get("user", "default"))
        self._chain_arg = chain
        self._chain: Chain | None = chain if isinstance(chain, Chain) else None
        self._explicit_tokens = tokens
        self._tokens: TokenBook | None = None
        self.book = ConfirmationStore(ttl_s=confirm_ttl_s)
        self._executor: Executor | None = None
        self.session = Session(self.user)
        self._history = None
        if keep_history:
            from ledgerlm.assistant.history import History

            self._history = History()

    # -- lazily opened chain pieces ---------------------------------------------------------------------------
    @property
    def chain(self) -> Chain:
        if self._chain is None:
            from ledgerlm.chain import connect

            self._chain = connect(self._chain_arg if isinstance(self._chain_arg, str) else None)
        return self._chain

    @property
    def tokens(self) -> TokenBook:
        if self._tokens is None:
            self._tokens = TokenBook(self.chain, self._explicit_tokens)
        return self._tokens

    @property
    def executor(self) -> Executor:
        if self._executor is None:
            self._executor = Executor(self.chain, self.book, user=self.user)
        return self._executor

    def planner(self) -> Planner:
        from ledgerlm.assistant.policy import require_known_chain

        require_known_chain(self.chain)
        return Planner(self.chain, self.tokens, self.executor.account.address)

    # -- the public API ---------------------------------------------------------------------------------------
    def handle(self, text: str) -> Reply:
        """Understand one message and answer it; money-moving requests come back as a plan + confirmation.

        Any message other than a bare "yes" cancels the plan on screen (the reply says so): a confirmation can
        only be given to the plan the user is looking at, never to one that scrolled away behind a question."""
        lang = message_lang(text, self.session.lang)
        self.session.lang = lang
        notice = self._drop_stale(text, lang)
        try:
            check_all_secrets(text)
        except SecretDetected:
            reply = Reply(replies.say("secret", lang), lang, "refused", error={"error": "SecretDetected"})
            _prefix(reply, notice)
            self._remember("[REFUSED: secret]", reply)
            return reply
        try:
            refuse_hidden_text(text, lang)
            reply = self._route(text, lang)
        except LedgerError as exc:
            reply = self._error(exc, lang)
        _prefix(reply, notice)
        self._remember(text, reply)
        return reply

    def _drop_stale(self, text: str, lang: str) -> str | None:
        """Cancel the plan on screen when ``text`` is anything but its confirmation word (yes / 是 / 确认) or a
        cancel word; returns what to say."""
        s = self.session
        if s.plan is None or not s.token or is_confirmation(text) or is_cancel(text):
            return None
        plan_id = s.plan.plan_id
        self.book.cancel_open(self.user)
        s.plan, s.token, s.confirmation = None, None, None
        # "ok", "好的", 👍: assent, but not the word the prompt offered -- cancelled like any other message, saying so
        note = replies.say("assent_not_yes" if is_yes(text) else "stale_cancelled", lang, plan_id=plan_id)
        if s.queue:
            dropped = ", ".join(str(i) for i, *_ in s.queue)
            note += "\n" + replies.say("queue_dropped", lang, which=dropped)
            s.queue = []
        return note

    def confirm(self, token: str, code: str | None = None) -> Reply:
        """Execute the plan this confirmation (``<plan_id>.<plan_hash>``, and the plan's code when it showed one)
        was given to: once, by this user, before it expires, only if unchanged."""
        plan = self.session.plan
        lang = plan.lang if plan is not None else "en"
        try:
            outcome = self.executor.execute(None, token, code)
        except ConfirmationError as exc:
            if exc.code != "plan_code" and self.session.token == token:
                self.session.clear()
            reply = Reply(
                exc.text(lang) + (f" ({hint})" if (hint := exc.hint_text(lang)) else ""),
                lang,
                "error",
                error={**exc.to_dict(), "code": exc.code},
            )
            if exc.code == "plan_code" and self.session.token == token:
                reply.confirmation_token, reply.pending, reply.plan = token, self.session.confirmation, plan
            self._remember("[confirm]", reply)
            return reply
        except LedgerError as exc:
            if self.session.token == token:
                self.session.clear()
            reply = self._error(exc, lang, failed=True)
            self._remember("[confirm]", reply)
            return self._next_queued(reply)
        if self.session.token == token:
            self.session.clear()
        summary = outcome.summary.get(lang, outcome.summary.get("en", ""))
        text = replies.say("done", lang, summary=summary) + "\n" + "\n".join(f"  tx {h}" for h in outcome.tx_hashes)
        if plan is not None and plan.balances_after:
            owner = self.executor.account.address
            now = ", ".join(f"{self.tokens.balance(k, owner)} {k}" for k in plan.balances_after)
            text += "\n" + replies.say("balances_now", lang, listing=now)
        reply = Reply(text, lang, "done", intent=plan.intent if plan else None, outcome=outcome)
        self._remember("[confirm]", reply)
        return self._next_queued(reply)

    def cancel(self) -> Reply:
        lang = (
            self.session.plan.lang
            if self.session.plan
            else (self.session.pending.lang if self.session.pending else "en")
        )
        if self.session.token:
            self.book.cancel_open(self.user)
        had = self.session.plan is not None or self.session.pending is not None
        self.session.clear()
        return self._next_queued(Reply(replies.say("cancelled" if had else "nothing_pending", lang), lang, "cancelled"))

    def _next_queued(self, reply: Reply) -> Reply:
        """After a plan was done, failed or cancelled: plan the next request of a multi-request message."""
        s = self.session
        if not s.queue or s.plan is not None or s.pending is not None:
            return reply
        index, total, part, lang = s.queue.pop(0)
        nxt = self.handle(part)
        head = replies.say("next_request", lang, index=index, total=total, text=inert(part))
        reply.text = reply.text + "\n\n" + head + "\n" + nxt.text
        if nxt.needs_confirmation:
            reply.plan, reply.confirmation_token, reply.pending = nxt.plan, nxt.confirmation_token, nxt.pending
            if reply.kind in ("cancelled", "done", "error", "refused"):
                reply.notice = reply.kind
        return reply

    # -- routing ----------------------------------------------------------------------------------------------
    def _route(self, text: str, lang: str) -> Reply:
        s = self.session
        if is_cancel(text) and (s.plan is not None or s.pending is not None):
            return self.cancel()
        if is_yes(text):
            if s.plan is not None and s.token:
                return Reply(
                    replies.say("confirm_via_token", lang),
                    lang,
                    "plan",
                    intent=s.plan.intent,
                    plan=s.plan,
                    confirmation_token=s.token,
                    pending=s.confirmation,
                )
            return Reply(replies.say("nothing_pending", lang), lang, "answer")
        if s.pending is None:
            from ledgerlm.assistant.multi import split_requests

            parts = split_requests(text)
            if len(parts) > 1:
                return self._several(parts, lang)
        from ledgerlm.assistant.intents import understand

        u = understand(text)
        money = intents.money_intents()
        # a complete new request ("actually send 5 USDC to alice") is never mistaken for an edit or an answer
        fresh = (u.classified or u.intent) in money and u.confidence >= 0.6 and len(u.slots) >= 2
        if is_edit(text) and not fresh and s.last is not None:
            amount = edit_amount(text)
            if amount is not None:
                req = s.last
                return self._plan_money(req.intent, {**req.slots, "amount": amount}, lang, req.text, edited=True)
        if s.pending is not None and not fresh:
            filled = self._fill(s.pending, text)
            if filled is not None:
                pending = s.pending
                return self._plan_money(
                    pending.intent, filled, pending.lang if _looks_bare(text) else lang, pending.text
                )
        audit_record("assistant.intent", text, u.to_dict(), kind=u.intent)
        intent, slots = u.intent, dict(u.slots)
        described = intents.get(intent)  # understand() already applied its refine rule (swap side, collateral)
        if intents.as_question(intent, text):
            intent, described = "info", intents.get("info")  # "how do I buy bitcoin?": a question, never an order
        if described.moves_money:
            if described.order_when is not None and not described.order_when(text) and described.answer is not None:
                reply = described.answer(self, intent, slots, lang, text)  # "what rewards have I earned?"
                reply.confidence = u.confidence
                return reply
            reply = self._plan_money(intent, slots, lang, text)
        else:
            reply = self._answer(intent, slots, lang, text)
            audit_record(
                "assistant.answer",
                text,
                {"intent": intent, "text": reply.text, "citations": reply.citations},
                kind=intent,
            )
        reply.confidence = u.confidence
        return reply

    def _several(self, parts: list[str], lang: str) -> Reply:
        """List every request back, then handle the first; the rest follow one at a time (``_next_queued``)."""
        total = len(parts)
        listing = "\n".join(f"  {i}. {inert(p)}" for i, p in enumerate(parts, 1))
        head = (
            replies.say("several_requests", lang, total=total)
            + "\n"
            + listing
            + "\n\n"
            + replies.say("next_request", lang, index=1, total=total, text=inert(parts[0]))
        )
        self.session.queue = [(i, total, p, lang) for i, p in enumerate(parts[1:], 2)]
        try:
            first = self._route(parts[0], lang)
        except LedgerError as exc:
            first = self._error(exc, lang)
        first.text = head + "\n" + first.text
        if first.kind in ("error", "refused", "answer"):
            first = self._next_queued(first)
        return first

    def _fill(self, pending: PendingRequest, text: str) -> dict[str, Any] | None:
        """Use ``text`` as the answer to the pending question, when it looks like one."""
        from ledgerlm.language.slots import extract_slots

        got = extract_slots(text, pending.intent)
        slots = dict(pending.slots)
        if pending.missing == "recipient":
            from ledgerlm.language.addresses import find_addresses

            addrs = find_addresses(text, strict=False)
            if addrs:
                slots["recipient"] = addrs[0].text
            elif got.get("recipient"):
                slots["recipient"] = got["recipient"]
            elif re.fullmatch(r"@?[\w.\-]{1,40}", text.strip()):  # one word: a contact name
                slots["recipient"] = text.strip().lstrip("@")
            else:
                return None
        elif pending.missing == "amount":
            from ledgerlm.language.slots import wants_all

            if got.get("amount") is not None:
                slots["amount"] = got["amount"]
            elif wants_all(text):
                slots["amount"] = "all"
            else:
                amount = edit_amount(text)
                if amount is None:
                    return None
                slots["amount"] = amount
            if got.get("token"):
                slots["token"] = got["token"]
        elif pending.missing == "token":
            from ledgerlm.language.tokens import find_tokens

            found = find_tokens(text)
            amount = got.get("amount") if got.get("amount") is not None else edit_amount(text)
            if not found and amount is None:
                return None
            if found:
                slots["token"] = found[0].symbol
            if amount is not None and "amount" not in slots:
                slots["amount"] = amount
        else:
            return None
        return slots

    def _plan_money(self, intent: str, slots: dict[str, Any], lang: str, text: str, *, edited: bool = False) -> Reply:
        s = self.session
        if s.token:
            self.book.cancel_open(self.user)
        s.clear()
        try:
            planner = self.planner()
            self._check_amount(planner, intent, slots, lang, text)
            plan = planner.build(intent, dict(slots), lang, text)
        except MissingSlot as missing:
            s.pending = PendingRequest(intent, dict(slots), lang, text, missing.slot)
            return Reply(missing.message, lang, "question", intent=intent, slots=slots)
        s.last = PendingRequest(intent, dict(slots), lang, text, "")
        if self.executor.needs_kyc(plan):
            self.executor.kyc(plan)  # refuse before asking for a confirmation that could not succeed
        self._simulate(plan)
        head = replies.say("edited", lang) + "\n" if edited else ""
        audit_record("assistant.plan", text, plan.to_data(), kind=intent)
        return self._show_plan(plan, lang, head=head, intent=intent, slots=slots)

    def _show_plan(
        self, plan: Plan, lang: str, *, head: str = "", intent: str | None = None, slots: dict[str, Any] | None = None
    ) -> Reply:
        """Register ``plan`` as the one on screen (id, hash, expiry, code) and word it with its confirmation."""
        s = self.session
        pending = self.executor.issue(plan)
        s.plan, s.token, s.confirmation = plan, pending.token, pending
        body = head + plan.render(lang) + "\n" + _confirm_lines(pending, lang)
        return Reply(
            body,
            lang,
            "plan",
            intent=intent or plan.intent,
            slots=slots or {},
            plan=plan,
            confirmation_token=pending.token,
            pending=pending,
        )

    def _check_amount(self, planner: Planner, intent: str, slots: dict[str, Any], lang: str, text: str) -> None:
        """Refuse, quoting the user, an amount the plan cannot represent (any intent, before planning)."""
        from ledgerlm.assistant.planner import representable

        for key, sym_key in (("amount", "token"), ("counter_amount", "counter_token")):
            amount, symbol = slots.get(key), slots.get(sym_key)
            if not isinstance(amount, Decimal) or not symbol:
                continue
            try:
                info = planner.tokens.get(str(symbol))
            except LedgerError:
                continue  # the planner reports an unknown token in its own words
            representable(info, amount, text, lang)

    # -- answers (never transact) -------------------------------------------------------------------------------
    def _answer(self, intent: str, slots: dict[str, Any], lang: str, text: str) -> Reply:
        """A question, answered by its registry entry's ``answer`` function (never transacts)."""
        described = intents.get(intent)
        if described.answer is None:
            return self.answer_knowledge(intent, slots, lang, text)
        reply: Reply = described.answer(self, intent, slots, lang, text)
        return reply

    def answer_market(self, intent: str, slots: dict[str, Any], lang: str, text: str) -> Reply:
        """price / hold / risk of a token, from the risk module; the user's own loan, two assets side by side and
        requests for advice go to the answers module instead."""
        from ledgerlm.assistant.knowledge.route import classify

        routed = classify(text).kind  # own loan, two assets side by side, advice: the answers module (issue 13)
        if routed in ("loan", "compare", "advice", "prediction"):
            return self.answer_knowledge(intent, slots, lang, text, routed=routed)
        from ledgerlm.risk import advice

        sym = str(slots.get("token") or "").upper() or _DEFAULT_SYMBOL
        views = {"price": advice.price_view, "hold": advice.hold_view}
        body = views.get(intent, advice.risk_view)(sym, lang)
        if (
            intent != "price"
            and replies.say("not_advice", lang) not in body
            and "advice" not in body
            and "建议" not in body
        ):
            body += "\n" + replies.say("not_advice", lang)
        return Reply(body, lang, "answer", intent=intent, slots=slots)

    def answer_knowledge(
        self, intent: str, slots: dict[str, Any], lang: str, text: str, *, routed: str | None = None
    ) -> Reply:
        """Questions about crypto and the project, from the knowledge base (with citations); greetings."""
        from ledgerlm.assistant.knowledge import AnswerContext, answer

        if routed is None:
            from ledgerlm.assistant.knowledge.route import classify

            routed = classify(text).kind
        context = AnswerContext(
            chain=self.chain,
            account=self.executor.account.address,
            position_reader=lambda: _pool_position(self.chain, self.executor.account),
        )
        ans = answer(text, lang, context=context)
        if intent == "other" and not ans.found and routed != "prediction":
            return Reply(replies.say("other", lang), lang, "answer", intent=intent)
        return Reply(ans.text, lang, "answer", intent=intent, citations=ans.citations)

    def _balances(self, lang: str, slots: dict[str, Any]) -> Reply:
        owner = self.executor.account.address
        if slots.get("token"):
            bal = {str(slots["token"]).upper(): self.tokens.balance(str(slots["token"]), owner)}
        else:
            bal = self.tokens.balances(owner)
        listing = ", ".join(f"{v} {k}" for k, v in bal.items())
        text = replies.say("balances", lang, owner=owner, listing=listing)
        return Reply(text, lang, "answer", intent="balance", slots={k: str(v) for k, v in bal.items()})

    def _rewards(self, lang: str, confidence: float | None) -> Reply:
        from ledgerlm.assistant import defi_bridge

        text = defi_bridge.rewards_text(self, lang)
        return Reply(text, lang, "answer", intent="dividend", confidence=confidence)

    def _explain(self, text: str, lang: str) -> Reply:
        from ledgerlm.language.addresses import find_addresses

        addrs = find_addresses(text, strict=False)
        ref = re.search(
            r"(?:deployment|\bid|编号|部署)\s*#?\s*(\d+)|#\s*(\d+)|(\S+\.sol)\b|\b(latest)\b|(最新)", text, re.I
        )
        target = addrs[0].text if addrs else None
        if target is None and ref is not None:
            target = next(g for g in ref.groups() if g)
            target = "latest" if target == "最新" else target
        if not target:
            return Reply(replies.say("ask_target", lang), lang, "question", intent="explain")
        from ledgerlm.contracts import registry
        from ledgerlm.contracts.explain import explain, explain_deployment

        if addrs:  # an address is looked up on this assistant's chain, not the default one
            found = registry.find_by_address(target, self.chain.chain_id)
            if found is None:
                raise NotFound(
                    replies.say("not_ours", lang, address=target, chain_id=self.chain.chain_id),
                    hint=replies.say("not_ours_hint", lang),
                )
            result = explain_deployment(found, lang=lang, chain=self.chain)
        else:
            result = explain(target, lang=lang)
        body = result.to_text() if hasattr(result, "to_text") else str(result)
        return Reply(body, lang, "answer", intent="explain")

    def _contract(self, text: str, lang: str) -> Reply:
        """Contract creation: the lead's pipeline plans it; the same confirmation token path deploys it."""
        from ledgerlm.assistant.policy import require_known_chain
        from ledgerlm.contracts.pipeline import plan_from_text

        cplan = plan_from_text(text)
        missing = cplan.spec.missing()
        if missing:
            ask = replies.say("contract_needs", lang, missing=", ".join(missing))
            return Reply(ask, lang, "question", intent="create_contract")
        require_known_chain(self.chain)
        plan = Plan(
            intent="create_contract",
            lang=lang,
            chain_id=self.chain.chain_id,
            sender=self.executor.account.address,
            request=text,
            steps=[],
            contract_plan=cplan,
        )
        s = self.session
        if s.token:
            self.book.cancel_open(self.user)
        s.clear()
        return self._show_plan(plan, lang, intent="create_contract")

    # -- helpers ----------------------------------------------------------------------------------------------
    def _simulate(self, plan: Plan) -> None:
        """Run the whole plan once in a throw-away snapshot (or estimate it): a revert is reported now, with its
        reason, before any confirmation is asked; the gas it used gives the fee shown."""
        from ledgerlm.assistant.tokens import plain

        gas = self.executor.simulate(plan)
        fee = plain(self.chain.fee_quote().expected_eth(gas))
        old = plan.fee_eth or Decimal(0)
        plan.fee_eth = fee
        try:
            from ledgerlm.assistant.policy import usd_value

            plan.fee_usd = usd_value("ETH", fee)
        except LedgerError:
            plan.fee_usd = None
        if "ETH" in plan.balances_after:
            plan.balances_after["ETH"] = plain(plan.balances_after["ETH"] + old - fee)

    def _error(self, exc: LedgerError, lang: str, *, failed: bool = False) -> Reply:
        from ledgerlm.errors import PolicyViolation

        hint = pick_lang(exc.hint, lang) if exc.hint else None
        reason = pick_lang(exc.message, lang) + (f" ({hint})" if hint else "")
        if isinstance(exc, AmbiguousRequest):
            return Reply(reason, lang, "question", error=exc.to_dict())
        if isinstance(exc, PolicyViolation):
            return Reply(replies.say("refused", lang, reason=reason), lang, "refused", error=exc.to_dict())
        if isinstance(exc, InputError | NotFound) and not failed:
            return Reply(reason, lang, "error", error=exc.to_dict())
        return Reply(replies.say("failed", lang, reason=reason), lang, "error", error=exc.to_dict())

    def _remember(self, text: str, reply: Reply) -> None:
        if self._history is None:
            return
        meta: dict[str, Any] = {"intent": reply.intent, "kind": reply.kind}
        if reply.outcome:
            meta["tx_hashes"] = reply.outcome.tx_hashes
        self._history.add(self.user, "user", text, {})
        self._history.add(self.user, "assistant", reply.text, meta)


_CJK = re.compile(r"[\u3400-\u9fff]")


def pick_lang(text: str, lang: str) -> str:
    """From a bilingual "English / 中文" message keep the half in ``lang``; other text is returned unchanged."""
    for sep in (" / ", " ／ ", "/ "):
        parts = text.split(sep)
        if len(parts) == 2 and bool(_CJK.search(parts[0])) != bool(_CJK.search(parts[1])):
            en, zh = (parts[1], parts[0]) if _CJK.search(parts[0]) else (parts[0], parts[1])
            return zh.strip() if lang == "zh" else en.strip()
    return text


def _prefix(reply: Reply, notice: str | None) -> None:
    if notice:
        reply.notice = notice
        reply.text = notice + "\n" + reply.text


def _confirm_lines(pending: Pending, lang: str) -> str:
    """How to confirm the plan just drawn: its id, expiry and either "yes" or the code."""
    secs = round(pending.seconds_left)
    if pending.code:
        return replies.say("confirm_code_prompt", lang, plan_id=pending.plan_id, seconds=secs, code=pending.code)
    return replies.say("confirm_prompt", lang, plan_id=pending.plan_id, seconds=secs)


def _looks_bare(text: str) -> bool:
    """A bare answer like "2", "bob" or "0x..." carries no language of its own: keep the conversation's."""
    stripped = re.sub(r"0x[0-9a-fA-F]+", "", text)
    return len(re.findall(r"[A-Za-z]{2,}", stripped)) <= 1 and not re.search(r"[\u4e00-\u9fff]", text)
