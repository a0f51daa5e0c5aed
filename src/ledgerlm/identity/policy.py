"""KYC gates for actions: the assistant's policy calls these before a borrow or a large contract creation.

Two sources of truth, checked in this order:

1. a presented credential (``credential=``): fully verified (signature, dates, trust list, on-chain revocation),
   its subject must be the acting address and its ``kyc_level`` claim at least ``min_level``;
2. otherwise the on-chain attestation ``CredentialRegistry.kycLevel(address)`` (which is what the lending pool
   contract itself enforces, so both layers agree).

On local chains (memory, managed anvil) ``gate_action`` first lets the local dev issuer attest the dev accounts
(``ledgerlm.identity.devissuer``), and the status it returns says so (``issuer_label``, ``note``) so that the pass
is visible. An attestation from that issuer never counts on any other chain.

Failures raise ``PolicyViolation`` with the reason in the user's language (``lang``; both when unknown) and a hint
that is one command which works as written (tests run each one).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from eth_utils import to_checksum_address
from pydantic import BaseModel

from ledgerlm.chain import Chain
from ledgerlm.config import load_config
from ledgerlm.errors import PolicyViolation
from ledgerlm.i18n import LANGS
from ledgerlm.identity import devissuer, registry
from ledgerlm.identity.credentials import Credential
from ledgerlm.identity.did import parse_did
from ledgerlm.identity.messages import CATALOGUE
from ledgerlm.identity.verify import verify_credential


class KycStatus(BaseModel):
    address: str
    level: int
    source: Literal["credential", "chain"]
    credential_id: str | None = None
    registry: str | None = None
    issuer: str | None = None
    #: how the issuer is shown when it is not an ordinary one (the local dev issuer), both languages
    issuer_label: dict[str, str] | None = None
    #: one line for the plan or the create output, both languages: why the gate passed
    note: dict[str, str] | None = None


def min_kyc_level() -> int:
    """``identity.min_kyc_level`` (default 1): the level a gated action needs."""
    return int(load_config().get("identity", {}).get("min_kyc_level", 1))


def _say(lang: str | None, message_id: str, **values: Any) -> str:
    """The message in ``lang``; in both languages (``english / 中文``) when the language is unknown."""
    if lang in LANGS:
        return CATALOGUE.say(message_id, str(lang), **values)
    both = CATALOGUE.both(message_id, **values)
    return f"{both['en']} / {both['zh']}"


def _one_language(reason: str, lang: str | None) -> str:
    """A verifier's report (``check: detail; ...``, details written ``english / 中文``) in one language."""
    if lang not in ("en", "zh"):
        return reason
    parts = []
    for part in reason.split("; "):
        en, sep, zh = part.partition(" / ")
        name, colon, _ = en.partition(": ")
        parts.append(en if not sep else en if lang == "en" else f"{name}{colon}{zh}")
    return "; ".join(parts)


def chain_option(chain: Chain) -> str:
    """What to pass as ``--chain`` to reach ``chain`` again from the command line."""
    return chain.url if chain.backend == "rpc" and chain.url else chain.backend


def refusal_hint(address: str, chain: Chain | None, lang: str | None = None) -> str:
    """One command that works as written: on a local chain it attests ``address`` from the local dev issuer; on
    any other chain (or none) it lists the issuers you trust, since only a real KYC provider can help there."""
    if devissuer.is_local_chain(chain):
        assert chain is not None
        command = f"ledgerlm id dev-issuer --chain {chain_option(chain)} --subject {address}"
        text = _say(lang, "hint_local")
    else:
        command = "ledgerlm id trust list"
        text = _say(lang, "hint_real")
    return CATALOGUE.say("hint_command", lang or "en", text=text, command=command)  # the command once


def _refuse(message_id: str, who: str, chain: Chain | None, lang: str | None, **values: Any) -> PolicyViolation:
    return PolicyViolation(_say(lang, message_id, who=who, **values), hint=refusal_hint(who, chain, lang))


def require_kyc(
    address: str,
    min_level: int | None = None,
    chain: Chain | None = None,
    *,
    credential: Credential | dict[str, Any] | None = None,
    trusted: list[str] | None = None,
    lang: str | None = None,
) -> KycStatus:
    """Return the KYC status of ``address`` or raise ``PolicyViolation`` saying why it is not enough. Read-only:
    never deploys or sends anything."""
    need = min_kyc_level() if min_level is None else int(min_level)
    who = to_checksum_address(address)
    if credential is not None:
        result = verify_credential(credential, chain=chain, trusted=trusted, allow_offline=chain is None)
        if not result.valid:
            reason = _one_language(result.reason(), lang)
            raise _refuse("credential_rejected", who, chain, lang, reason=reason)
        if parse_did(result.subject).address != who:
            raise _refuse("credential_other_subject", who, chain, lang, subject=result.subject)
        level = result.claims.get("kyc_level")
        if isinstance(level, bool) or not isinstance(level, int) or level < need:
            raise _refuse("credential_level_low", who, chain, lang, level=repr(level), need=need)
        dev = devissuer.is_dev_issuer(result.issuer)
        return KycStatus(
            address=who,
            level=level,
            source="credential",
            credential_id=result.credential_id,
            issuer=result.issuer,
            issuer_label=devissuer.LABEL if dev else None,
            note=devissuer.ATTESTED if dev else None,
        )
    if chain is None:
        raise _refuse("no_credential_no_chain", who, chain, lang)
    level = registry.kyc_level(chain, who)
    record = registry.attestation(chain, who) if level else None
    issuer = record["issuer"] if record else None
    dev = issuer is not None and devissuer.is_dev_issuer(issuer)
    if dev and not devissuer.is_local_chain(chain):
        raise _refuse("dev_only_elsewhere", who, chain, lang, chain_id=chain.chain_id)
    if level < need:
        raise _refuse("level_low", who, chain, lang, level=level, chain_id=chain.chain_id, need=need)
    return KycStatus(
        address=who,
        level=level,
        source="chain",
        registry=registry.registry_address(chain),
        issuer=issuer,
        issuer_label=devissuer.LABEL if dev else None,
        note=devissuer.ATTESTED if dev else None,
    )


def kyc_required_for(amount_usd: Decimal | int | float) -> bool:
    """Whether an action of this size needs KYC: ``policy.kyc_required_above_usd`` (default 100000)."""
    threshold = Decimal(str(load_config().get("policy", {}).get("kyc_required_above_usd", 100000)))
    return Decimal(str(amount_usd)) > threshold


def gate_action(
    action: Literal["borrow", "create_contract"],
    address: str,
    chain: Chain | None,
    *,
    amount_usd: Decimal | int | float = 0,
    credential: Credential | dict[str, Any] | None = None,
    lang: str | None = None,
) -> KycStatus | None:
    """The assistant's policy hook: borrow always needs KYC; contract creation only above the size threshold.
    Returns None when no KYC is needed. On a local chain, a dev account never attested before is first attested
    by the local dev issuer (a setup transaction, said in the returned status's ``note``)."""
    if action == "create_contract" and not kyc_required_for(amount_usd):
        return None
    if credential is None:
        devissuer.auto_attest(chain, address)
    return require_kyc(address, None, chain, credential=credential, lang=lang)
