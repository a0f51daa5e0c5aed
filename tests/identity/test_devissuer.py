"""The local dev KYC issuer: it lets the dev accounts of local chains pass the KYC gate visibly, it is never
trusted on any other chain, and every KYC refusal's hint is a command that works as written."""

from __future__ import annotations

import json
import re
import shlex
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from ledgerlm.chain import Chain
from ledgerlm.cli.main import app
from ledgerlm.errors import PolicyViolation
from ledgerlm.identity import devissuer, gate_action, issue, registry, require_kyc, store, verify_credential
from ledgerlm.identity.credentials import Credential


def _not_local(chain: Chain) -> Chain:
    """The same EVM reached as any JSON-RPC chain is: backend "rpc", so never a local chain for the dev issuer."""
    return Chain(chain.w3, "rpc", [], chain.default_account, url="http://127.0.0.1:1")


def test_dev_account_passes_the_gate_visibly_on_the_memory_chain(chain: Chain) -> None:
    dev = chain.dev_accounts[4].address
    status = gate_action("borrow", dev, chain, lang="en")
    assert status is not None and status.level == 1 and status.source == "chain"
    assert status.issuer == devissuer.address() and status.issuer_label == devissuer.LABEL
    assert status.note is not None and "KYC: dev attestation from the local dev issuer" in status.note["en"]
    assert "本地开发签发方（非真实 KYC 机构）" in status.note["zh"]
    record = registry.attestation(chain, dev)
    assert record is not None and record["issuer"] == devissuer.address()
    # the anchored credential is on disk and verifies on this chain, its issuer named as what it is
    cred = Credential.from_json((devissuer.credentials_dir(chain.chain_id) / f"{dev}.json").read_text())
    assert cred.hash == record["credential_hash"]
    result = verify_credential(cred, chain=chain)
    trusted = next(c for c in result.checks if c.name == "issuer_trusted")
    assert result.valid and "local dev issuer (not a real KYC provider)" in trusted.detail
    assert gate_action("borrow", dev, chain).issuer == devissuer.address()  # no second attestation needed


def test_a_non_dev_account_and_a_disabled_dev_issuer_are_refused(chain: Chain, monkeypatch: pytest.MonkeyPatch) -> None:
    stranger = "0x" + "12" * 20
    with pytest.raises(PolicyViolation, match="KYC level 0"):
        gate_action("borrow", stranger, chain)
    assert registry.attestation(chain, stranger) is None
    monkeypatch.setenv("LEDGERLM_IDENTITY_LOCAL_DEV_ISSUER", "false")
    dev = chain.dev_accounts[5].address
    with pytest.raises(PolicyViolation) as info:
        gate_action("borrow", dev, chain, lang="zh")
    assert "KYC 等级 0" in info.value.message and "ledgerlm id dev-issuer --chain memory" in (info.value.hint or "")


def test_the_dev_issuer_is_never_trusted_on_another_chain(chain: Chain) -> None:
    dev = chain.dev_accounts[6].address
    gate_action("borrow", dev, chain)  # attested by the dev issuer on the local chain
    remote = _not_local(chain)
    assert not devissuer.is_local_chain(remote)
    with pytest.raises(PolicyViolation, match="never trusted"):
        require_kyc(dev, 1, remote)
    with pytest.raises(PolicyViolation, match="never trusted"):
        gate_action("borrow", dev, remote)
    cred = Credential.from_json((devissuer.credentials_dir(chain.chain_id) / f"{dev}.json").read_text())
    checks = {c.name: c for c in verify_credential(cred, chain=remote).checks}
    assert checks["issuer_trusted"].ok is False and "never here" in checks["issuer_trusted"].detail
    with pytest.raises(PolicyViolation):
        store.trust(str(devissuer.did(chain.chain_id)))  # not even by hand: its key is public
    assert not verify_credential(cred, chain=None, allow_offline=True).valid
    with pytest.raises(PolicyViolation, match="only on local chains"):
        registry.add_issuer(remote, devissuer.address())
    with pytest.raises(PolicyViolation, match="only on local chains"):
        devissuer.setup(remote)
    # a credential signed with the dev key but presented as a credential is refused too
    forged = issue(devissuer.account(), dev, {"kyc_level": 3}, chain=chain)
    with pytest.raises(PolicyViolation, match="rejected"):
        require_kyc(dev, 1, remote, credential=forged)


def _refusals(chain: Chain, lang: str | None) -> list[PolicyViolation]:
    """One of each KYC refusal, on the local chain and on a chain that is not local."""
    stranger, other = "0x" + "34" * 20, "0x" + "56" * 20
    from eth_account import Account

    rogue = Account.create()
    untrusted = issue(rogue, stranger, {"kyc_level": 2}, chain=chain)
    found: list[PolicyViolation] = []
    attempts = [
        lambda: require_kyc(stranger, 1, chain, lang=lang),
        lambda: require_kyc(stranger, 1, None, lang=lang),
        lambda: require_kyc(stranger, 1, chain, credential=untrusted, lang=lang),
        lambda: require_kyc(other, 1, chain, credential=untrusted, trusted=[untrusted.issuer], lang=lang),
        lambda: require_kyc(stranger, 5, chain, credential=untrusted, trusted=[untrusted.issuer], lang=lang),
        lambda: require_kyc(stranger, 1, _not_local(chain), lang=lang),
        lambda: require_kyc(chain.dev_accounts[6].address, 1, _not_local(chain), lang=lang),
    ]
    gate_action("borrow", chain.dev_accounts[6].address, chain)
    for attempt in attempts:
        with pytest.raises(PolicyViolation) as info:
            attempt()
        found.append(info.value)
    return found


@pytest.mark.parametrize("lang", ["en", "zh", None])
def test_every_kyc_refusal_hint_is_a_command_that_works(chain: Chain, lang: str | None) -> None:
    runner = CliRunner()
    commands = set()
    for refusal in _refusals(chain, lang):
        text = refusal.message + " " + (refusal.hint or "")
        if lang == "zh":
            assert re.search(r"[\u4e00-\u9fff]", refusal.message) and "required" not in refusal.message
        if lang == "en":
            assert not re.search(r"[\u4e00-\u9fff]", text)
        found = re.findall(r"`(ledgerlm [^`]+)`", refusal.hint or "")
        assert len(found) == 1, refusal.hint
        commands.add(found[0])
    assert any("dev-issuer" in c for c in commands) and "ledgerlm id trust list" in commands
    for command in sorted(commands):
        out = runner.invoke(app, [*shlex.split(command)[1:], "--json"])
        assert out.exit_code == 0, (command, out.output)
        json.loads(out.stdout)


def test_dev_issuer_command_attests_every_dev_account(chain: Chain) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["id", "dev-issuer", "--chain", "memory", "--json"])
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    assert data["label"]["en"] == "local dev issuer (not a real KYC provider)"
    assert data["label"]["zh"] == "本地开发签发方（非真实 KYC 机构）"
    assert len(data["attested"]) + len(data["already_attested"]) + len(data["skipped"]) == 10
    one = "0x" + "78" * 20
    shown = runner.invoke(app, ["id", "dev-issuer", "--chain", "memory", "--subject", one])
    assert shown.exit_code == 0 and "local dev issuer (not a real KYC provider)" in shown.output
    assert re.search(rf"attested\s+{one}", shown.output, re.IGNORECASE)


def test_the_seed_loan_of_100_eth_is_created_on_the_memory_chain() -> None:
    """``ledgerlm create "<loan of 100 ETH>" --yes --chain memory``: above the KYC size, and it passes, saying how."""
    from ledgerlm.contracts import pipeline

    text = "Loan of 100 ETH for 3 months at 5% a year, 10% of the principal repaid each month"
    assert pipeline.contract_size_usd(pipeline.plan_from_text(text).spec) > Decimal(100_000)
    out = CliRunner().invoke(app, ["create", text, "--yes", "--chain", "memory"])
    assert out.exit_code == 0, out.output
    flat = " ".join(out.output.split())
    assert "KYC: dev attestation from the local dev issuer (not a real KYC provider)" in flat
    assert "loan deployed" in flat
