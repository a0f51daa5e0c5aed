"""Exported credentials verify with standard tools only: eth-account and the EthereumEip712Signature2021 rules.

No ledgerlm code is used on the verifying side: the JSON is written to disk, read back as plain JSON, and checked
the way an outsider would (complete typed data in ``proof.eip712``, signature recovered by eth-account, the
recovered address equal to the issuer DID's account, the embedded message equal to the credential's fields,
contexts that define every term used). Edited credentials must fail.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_account.signers.local import LocalAccount

from ledgerlm.chain import Chain
from ledgerlm.identity import issue, store, verify_credential

VC1 = "https://www.w3.org/2018/credentials/v1"
VC2 = "https://www.w3.org/ns/credentials/v2"
VC1_TERMS = {"issuanceDate", "expirationDate"}
VC2_TERMS = {"validFrom", "validUntil"}


def outsider_verify(vc: dict[str, Any]) -> str:
    """An independent verifier: returns "ok" or the first rule broken. Uses eth-account and plain Python only."""
    proof = vc.get("proof", {})
    if proof.get("type") != "EthereumEip712Signature2021" or proof.get("proofPurpose") != "assertionMethod":
        return "proof type/purpose"
    td = proof.get("eip712", {})
    if not all(k in td for k in ("domain", "types", "primaryType", "message")):
        return "incomplete typed data"
    if "EIP712Domain" not in td["types"] or td["primaryType"] not in td["types"]:
        return "types"
    ctx = vc.get("@context", [])
    if VC2_TERMS & vc.keys() and VC2 not in ctx:
        return "VC 2.0 terms without the VC 2.0 context"
    if VC1_TERMS & vc.keys() and VC1 not in ctx:
        return "VC 1.1 terms without the VC 1.1 context"
    if "https://w3id.org/security/suites/eip712sig-2021/v1" not in ctx:
        return "suite context"
    try:
        signer = Account.recover_message(encode_typed_data(full_message=td), signature=proof["proofValue"])
    except Exception:  # noqa: BLE001 - any malformed signature is a failure
        return "signature unreadable"
    # did:pkh:eip155:<chain>:<address>; the verification method is that DID's blockchainAccountId
    _, method, _, chain_id, address = vc["issuer"].split(":")
    if method != "pkh" or not proof["verificationMethod"].startswith(vc["issuer"] + "#"):
        return "verification method"
    if signer.lower() != address.lower():
        return "signer is not the issuer"
    if int(td["domain"]["chainId"]) != int(chain_id):
        return "chain id"
    msg = td["message"]
    subject = {k: v for k, v in vc["credentialSubject"].items() if k != "id"}
    claims = [
        {"key": k, "value": json.dumps(v, separators=(",", ":"), ensure_ascii=False)}
        for k, v in sorted(subject.items())
    ]
    expected = {
        "id": vc["id"],
        "issuer": vc["issuer"],
        "subject": vc["credentialSubject"]["id"],
        "claims": claims,
        "credentialType": next(t for t in vc["type"] if t != "VerifiableCredential"),
    }
    if any(msg.get(k) != v for k, v in expected.items()):
        return "message differs from the credential"
    from datetime import UTC, datetime

    def ts(s: str) -> int:
        return int(datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp())

    if msg.get("issuanceDate") != ts(vc["issuanceDate"]) or msg.get("expirationDate") != ts(vc["expirationDate"]):
        return "dates differ from the signed ones"
    return "ok"


@pytest.fixture
def exported(chain: Chain, issuer: LocalAccount, holder: LocalAccount, tmp_path: Path) -> dict[str, Any]:
    cred = issue(issuer, holder.address, {"kyc_level": 2, "country": "CN"}, chain=chain)
    store.trust(cred.issuer)
    path = tmp_path / "cred.json"
    path.write_text(json.dumps(cred.to_json(), ensure_ascii=False), encoding="utf-8")
    return json.loads(path.read_text(encoding="utf-8"))


def test_exported_credential_carries_complete_typed_data(exported: dict[str, Any]) -> None:
    td = exported["proof"]["eip712"]
    assert set(td) == {"domain", "types", "primaryType", "message"}
    assert td["types"]["EIP712Domain"][-1] == {"name": "verifyingContract", "type": "address"}
    assert "validFrom" not in exported and "validUntil" not in exported  # VC 1.1 terms under the VC 1.1 context
    assert exported["@context"][0] == VC1


def test_eth_account_alone_recovers_the_issuer(exported: dict[str, Any], issuer: LocalAccount) -> None:
    td = exported["proof"]["eip712"]
    signer = Account.recover_message(encode_typed_data(full_message=td), signature=exported["proof"]["proofValue"])
    assert signer == issuer.address
    assert outsider_verify(exported) == "ok"


@pytest.mark.parametrize(
    ("edit", "rule"),
    [
        (lambda d: d["credentialSubject"].update(kyc_level=3), "message differs from the credential"),
        (lambda d: d["proof"]["eip712"]["message"]["claims"][1].update(value="3"), "signer is not the issuer"),
        (lambda d: d.update(expirationDate="2099-01-01T00:00:00Z"), "dates differ from the signed ones"),
        (lambda d: d.update(validUntil="2099-01-01T00:00:00Z"), "VC 2.0 terms without the VC 2.0 context"),
        (lambda d: d["proof"]["eip712"].pop("message"), "incomplete typed data"),
        (lambda d: d["proof"]["eip712"]["domain"].update(chainId=1), "signer is not the issuer"),
    ],
)
def test_edited_credentials_fail_both_verifiers(exported: dict[str, Any], edit: Any, rule: str) -> None:
    edited = copy.deepcopy(exported)
    edit(edited)
    assert outsider_verify(edited) == rule
    assert not verify_credential(edited).valid


def test_ledgerlm_and_the_outsider_agree_on_the_original(exported: dict[str, Any], chain: Chain) -> None:
    assert verify_credential(exported, chain=chain).valid
    assert outsider_verify(exported) == "ok"
