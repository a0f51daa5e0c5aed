"""did:ethr (ERC-1056) on the memory chain: the registry contract, resolution from its events, and credentials
issued by a did:ethr identity that verify with eth-account alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import keccak

from ledgerlm.chain import Chain
from ledgerlm.errors import ContractReverted, InputError
from ledgerlm.identity import ethr, issue, make_did, parse_did, resolve, store, verify_credential
from ledgerlm.identity.credentials import LEDGERLM_VOCAB

VC1 = "https://www.w3.org/2018/credentials/v1"
SUITE = "https://w3id.org/security/suites/eip712sig-2021/v1"


def test_did_ethr_forms() -> None:
    address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    did = make_did(address.lower(), 31337, "ethr")
    assert str(did) == f"did:ethr:0x7a69:{address}"
    assert parse_did(f"did:ethr:31337:{address}") == parse_did(f"did:ethr:0x7a69:{address}") == did
    assert parse_did(f"did:ethr:{address}").chain_id == 1 == parse_did(f"did:ethr:mainnet:{address}").chain_id
    with pytest.raises(InputError):
        make_did(address, 1, "web")
    doc = resolve(str(did))  # offline: the default document, owner = the address itself
    assert doc["verificationMethod"][0]["id"] == f"{did}#controller"
    assert doc["verificationMethod"][0]["blockchainAccountId"] == f"eip155:31337:{address}"
    assert doc["assertionMethod"] == doc["authentication"] == [f"{did}#controller"]


def test_registry_follows_erc1056(chain: Chain) -> None:
    alice, mallory = Account.create(), Account.create()
    reg = ethr.ensure_did_registry(chain)
    with pytest.raises(ContractReverted, match="bad_actor"):
        ethr.change_owner(chain, alice.address, mallory.address, mallory)
    blocks = []
    blocks.append(ethr.set_attribute(chain, alice.address, "did/svc/LinkedDomains", "https://a.example", alice))
    blocks.append(ethr.add_delegate(chain, alice.address, mallory.address, alice, validity_s=3600))
    blocks.append(ethr.revoke_delegate(chain, alice.address, mallory.address, alice))
    assert chain.call(reg.functions.changed(alice.address)) == blocks[-1].block_number
    previous = [
        next(iter(r.events))["args"]["previousChange"] for r in blocks
    ]  # each event points at the block of the change before it
    assert previous == [0, blocks[0].block_number, blocks[1].block_number]
    assert not chain.call(reg.functions.validDelegate(alice.address, b"veriKey".ljust(32, b"\0"), mallory.address))

    # the signed variant uses the ERC-1056 message layout: keccak(0x19 0x00 registry nonce identity "changeOwner" new)
    bob = Account.create()
    nonce = chain.call(reg.functions.nonce(alice.address))
    digest = keccak(
        b"\x19\x00"
        + bytes.fromhex(reg.address[2:])
        + nonce.to_bytes(32, "big")
        + bytes.fromhex(alice.address[2:])
        + b"changeOwner"
        + bytes.fromhex(bob.address[2:])
    )
    sig = Account._sign_hash(digest, alice.key)
    relayer = chain.dev_accounts[7]
    fn = reg.functions.changeOwnerSigned(
        alice.address, sig.v, sig.r.to_bytes(32, "big"), sig.s.to_bytes(32, "big"), bob.address
    )
    chain.transact(fn, sender=relayer, expect_events=("DIDOwnerChanged",))
    assert chain.call(reg.functions.identityOwner(alice.address)) == bob.address
    assert chain.call(reg.functions.nonce(alice.address)) == nonce + 1


def test_resolution_from_events(chain: Chain) -> None:
    alice, signer, auth = Account.create(), Account.create(), Account.create()
    did = ethr.ethr_did(alice.address, chain.chain_id)
    pub = bytes.fromhex("02" + "ab" * 32)
    ethr.set_attribute(chain, alice.address, "did/svc/LinkedDomains", "https://alice.example", alice)
    ethr.set_attribute(chain, alice.address, "did/pub/Secp256k1/veriKey/hex", pub, alice)
    ethr.add_delegate(chain, alice.address, signer.address, alice, validity_s=3600)
    ethr.add_delegate(chain, alice.address, auth.address, alice, delegate_type="sigAuth")
    doc = resolve(did, chain)
    accounts = {vm.get("blockchainAccountId") for vm in doc["verificationMethod"]}
    assert {f"eip155:{chain.chain_id}:{a}" for a in (alice.address, signer.address, auth.address)} <= accounts
    keys = [vm for vm in doc["verificationMethod"] if vm.get("publicKeyHex")]
    assert keys and keys[0]["type"] == "EcdsaSecp256k1VerificationKey2019" and keys[0]["publicKeyHex"] == pub.hex()
    assert doc["service"] == [
        {"id": f"{did}#service-1", "type": "LinkedDomains", "serviceEndpoint": "https://alice.example"}
    ]
    assert len(doc["assertionMethod"]) == 4 and len(doc["authentication"]) == 2  # sigAuth also authenticates

    ethr.revoke_attribute(chain, alice.address, "did/svc/LinkedDomains", "https://alice.example", alice)
    snap = chain.snapshot()
    chain.increase_time(3601)  # the veriKey delegate expires by chain time
    later = ethr.state(did, chain)
    assert (("veriKey", signer.address) not in later.delegates) and ("sigAuth", auth.address) in later.delegates
    chain.revert(snap)
    assert "service" not in resolve(did, chain)

    bob = Account.create()
    ethr.change_owner(chain, alice.address, bob.address, alice)
    assert resolve(did, chain)["verificationMethod"][0]["blockchainAccountId"].endswith(bob.address)
    ethr.change_owner(chain, alice.address, "0x" + "00" * 20, bob)
    gone = ethr.state(did, chain)
    assert gone.deactivated and resolve(did, chain)["verificationMethod"] == [] and gone.signers() == set()
    with pytest.raises(InputError, match="chain"):
        ethr.state(ethr.ethr_did(alice.address, 1), chain)


def _outsider(vc: dict[str, Any]) -> str:
    """eth-account and plain Python only: complete typed data, signer = the address in the did:ethr issuer."""
    proof = vc["proof"]
    td = proof["eip712"]
    if not all(k in td for k in ("domain", "types", "primaryType", "message")) or "EIP712Domain" not in td["types"]:
        return "incomplete typed data"
    if VC1 not in vc["@context"] or SUITE not in vc["@context"]:
        return "contexts"
    from eth_account.messages import encode_typed_data

    signer = Account.recover_message(encode_typed_data(full_message=td), signature=proof["proofValue"])
    _, method, network, address = vc["issuer"].split(":")
    if method != "ethr" or proof["verificationMethod"] != vc["issuer"] + "#controller":
        return "verification method"
    if int(network, 16) != int(td["domain"]["chainId"]):
        return "chain id"
    if signer != address or td["message"]["issuer"] != vc["issuer"]:
        return "signer is not the issuer"
    subject = {k: v for k, v in vc["credentialSubject"].items() if k != "id"}
    claims = [{"key": k, "value": json.dumps(v, separators=(",", ":"))} for k, v in sorted(subject.items())]
    return "ok" if td["message"]["claims"] == claims else "message differs from the credential"


@pytest.fixture
def ethr_issuer(chain: Chain) -> LocalAccount:
    account = Account.create()
    store.trust(str(ethr.ethr_did(account.address, chain.chain_id)))
    return account


def test_ethr_credential_verifies_with_eth_account_alone(
    chain: Chain, ethr_issuer: LocalAccount, holder: LocalAccount, tmp_path: Path
) -> None:
    cred = issue(ethr_issuer, holder.address, {"kyc_level": 2, "country": "CN"}, chain=chain, did_method="ethr")
    path = tmp_path / "cred.json"
    path.write_text(json.dumps(cred.to_json()), encoding="utf-8")
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["issuer"].startswith("did:ethr:") and _outsider(exported) == "ok"
    assert {"@vocab": LEDGERLM_VOCAB} in exported["@context"]  # claims and types have a definition
    assert "validFrom" not in exported and "issuanceDate" in exported  # VC 1.1 terms under the VC 1.1 context
    assert verify_credential(exported, chain=chain).valid
    edited = json.loads(json.dumps(exported))
    edited["credentialSubject"]["kyc_level"] = 3
    assert _outsider(edited) != "ok" and not verify_credential(edited, chain=chain).valid


def test_key_rotation_and_delegates_decide_who_may_sign(
    chain: Chain, ethr_issuer: LocalAccount, holder: LocalAccount
) -> None:
    did = str(ethr.ethr_did(ethr_issuer.address, chain.chain_id))
    before = issue(ethr_issuer, holder.address, {"kyc_level": 1}, chain=chain, did_method="ethr")
    delegate, new_owner = Account.create(), Account.create()
    ethr.add_delegate(chain, ethr_issuer.address, delegate.address, ethr_issuer)
    by_delegate = issue(delegate, holder.address, {"kyc_level": 1}, chain=chain, issuer_did=did)
    assert verify_credential(by_delegate, chain=chain).valid
    ethr.change_owner(chain, ethr_issuer.address, new_owner.address, ethr_issuer)
    rotated = {c.name: c for c in verify_credential(before, chain=chain).checks}
    assert rotated["signature"].ok is False  # the old key no longer speaks for the DID
    by_new_owner = issue(new_owner, holder.address, {"kyc_level": 1}, chain=chain, issuer_did=did)
    assert verify_credential(by_new_owner, chain=chain).valid
    ethr.revoke_delegate(chain, ethr_issuer.address, delegate.address, new_owner)
    assert not verify_credential(by_delegate, chain=chain).valid
    mallory = Account.create()
    forged = issue(mallory, holder.address, {"kyc_level": 1}, chain=chain, issuer_did=did)
    assert not verify_credential(forged, chain=chain).valid


def test_cli_ethr_round_trip(chain: Chain, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from ledgerlm.cli import identity as cli_identity

    monkeypatch.setattr(cli_identity, "connect_chain", lambda name: chain)
    root = typer.Typer()
    cli_identity.register(root)

    def run(*args: str, code: int = 0) -> dict[str, Any]:
        result = CliRunner().invoke(root, ["id", *args, "--json"])
        assert result.exit_code == code, result.output
        return json.loads(result.stdout) if result.stdout.strip() else {}

    made = run("create", "--name", "ethr-bank", "--method", "ethr", "--chain-id", str(chain.chain_id))
    assert made["did"] == str(ethr.ethr_did(made["address"], chain.chain_id))
    delegate = Account.create().address
    changed = run("ethr", "ethr-bank", "--delegate", delegate, "--chain", "memory")
    accounts = [vm["blockchainAccountId"] for vm in changed["document"]["verificationMethod"]]
    assert accounts[-1].endswith(delegate)
    shown = run("show", made["did"], "--chain", "memory")
    assert shown == changed["document"]
    run("trust", "add", made["did"])
    out = tmp_path / "cred.json"
    issued = run(
        "issue",
        "--issuer",
        "ethr-bank",
        "--method",
        "ethr",
        "--subject",
        delegate,
        "--claim",
        "kyc_level=1",
        "--out",
        str(out),
    )
    assert issued["credential"]["issuer"] == made["did"] and _outsider(json.loads(out.read_text())) == "ok"
    assert run("verify", str(out))["valid"] is True
    run("ethr", "ethr-bank", "--chain", "memory", code=2)  # no change named
    # chain-supplied text (an attribute) reaches the terminal inert: markup shown as text, escapes dropped
    shown_text = CliRunner().invoke(root, ["id", "ethr", "ethr-bank", "--attribute", "did/svc/Note=[/]\x1b[2Jx"])
    assert shown_text.exit_code == 0, shown_text.output
    assert "[/]" in shown_text.output and "\x1b" not in shown_text.output
    run("create", "--name", "x", "--method", "web", code=2)
