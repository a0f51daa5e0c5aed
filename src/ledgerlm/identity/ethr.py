"""did:ethr (ERC-1056): the ``EthereumDIDRegistry`` on a chain, changes to an identity, and resolution of
``did:ethr:<chainId>:<address>`` into a DID document rebuilt from the registry's events.

Resolution follows ERC-1056 as the did:ethr resolver does: start at ``changed(identity)``, read that block's
``DIDOwnerChanged`` / ``DIDDelegateChanged`` / ``DIDAttributeChanged`` logs for the identity, follow each event's
``previousChange`` back to block 0, then replay the history oldest first (owner, delegates and attributes with a
``validTo`` after the chain's time). Owner ``0x0`` means deactivated. Reading never deploys: a chain without a
registry, or no chain at all, gives the default document (owner = the address itself).

The registry is deployed once per chain (like the CredentialRegistry) and remembered in
``<data_dir>/identity/did-registry.json``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from eth_account.signers.local import LocalAccount
from eth_utils import to_checksum_address
from web3.contract import Contract

from ledgerlm.chain import Chain, TxResult
from ledgerlm.errors import InputError
from ledgerlm.identity import registry
from ledgerlm.identity.did import ETHR_CONTEXT, Did, make_did, parse_did

CONTRACT = "EthereumDIDRegistry"
ZERO = "0x" + "00" * 20
#: delegate types of the did:ethr spec: veriKey signs (assertionMethod), sigAuth also authenticates
DELEGATE_TYPES = ("veriKey", "sigAuth")
_KEY_TYPES = {
    "Secp256k1": "EcdsaSecp256k1VerificationKey2019",
    "Ed25519": "Ed25519VerificationKey2018",
    "X25519": "X25519KeyAgreementKey2019",
}


def _b32(text: str) -> bytes:
    raw = text.encode("utf-8")
    if len(raw) > 32:
        raise InputError(f"{text!r} is longer than 32 bytes, the size of an ERC-1056 name / 名称超过 32 字节")
    return raw.ljust(32, b"\0")


def _text(raw: bytes) -> str:
    return bytes(raw).rstrip(b"\0").decode("utf-8", errors="replace")


def ethr_did(address: str, chain_id: int) -> Did:
    return make_did(address, chain_id, "ethr")


# -- the registry -----------------------------------------------------------------------------------------------
def ensure_did_registry(chain: Chain, *, sender: LocalAccount | None = None) -> Contract:
    """The EthereumDIDRegistry on ``chain``, deployed once (it has no owner: anyone may deploy it)."""
    return registry.deployed_once(chain, CONTRACT, lambda: ([], sender or chain.default_account))


def did_registry_address(chain: Chain) -> str | None:
    return registry.remembered_address(chain, CONTRACT)


def _existing(chain: Chain | None) -> Contract | None:
    address = did_registry_address(chain) if chain is not None else None
    return chain.contract(address, registry.artifact(CONTRACT).abi) if chain is not None and address else None


def _send(chain: Chain, fn: Any, sender: LocalAccount, event: str) -> TxResult:
    registry.fund_if_local(chain, sender)
    return chain.transact(fn, sender=sender, expect_events=(event,))


def change_owner(chain: Chain, identity: str, new_owner: str, owner: LocalAccount) -> TxResult:
    """Rotate the key that controls ``identity`` (signed by its current owner)."""
    reg = ensure_did_registry(chain)
    fn = reg.functions.changeOwner(to_checksum_address(identity), to_checksum_address(new_owner))
    return _send(chain, fn, owner, "DIDOwnerChanged")


def add_delegate(
    chain: Chain,
    identity: str,
    delegate: str,
    owner: LocalAccount,
    *,
    delegate_type: str = "veriKey",
    validity_s: int = 365 * 86400,
) -> TxResult:
    reg = ensure_did_registry(chain)
    fn = reg.functions.addDelegate(
        to_checksum_address(identity), _b32(delegate_type), to_checksum_address(delegate), int(validity_s)
    )
    return _send(chain, fn, owner, "DIDDelegateChanged")


def revoke_delegate(
    chain: Chain, identity: str, delegate: str, owner: LocalAccount, *, delegate_type: str = "veriKey"
) -> TxResult:
    reg = ensure_did_registry(chain)
    fn = reg.functions.revokeDelegate(to_checksum_address(identity), _b32(delegate_type), to_checksum_address(delegate))
    return _send(chain, fn, owner, "DIDDelegateChanged")


def set_attribute(
    chain: Chain, identity: str, name: str, value: bytes | str, owner: LocalAccount, *, validity_s: int = 365 * 86400
) -> TxResult:
    """``name`` as in the did:ethr spec, e.g. ``did/svc/LinkedDomains`` or ``did/pub/Secp256k1/veriKey/hex``."""
    reg = ensure_did_registry(chain)
    raw = value.encode("utf-8") if isinstance(value, str) else value
    fn = reg.functions.setAttribute(to_checksum_address(identity), _b32(name), raw, int(validity_s))
    return _send(chain, fn, owner, "DIDAttributeChanged")


def revoke_attribute(chain: Chain, identity: str, name: str, value: bytes | str, owner: LocalAccount) -> TxResult:
    reg = ensure_did_registry(chain)
    raw = value.encode("utf-8") if isinstance(value, str) else value
    fn = reg.functions.revokeAttribute(to_checksum_address(identity), _b32(name), raw)
    return _send(chain, fn, owner, "DIDAttributeChanged")


# -- resolution -------------------------------------------------------------------------------------------------
@dataclass
class EthrState:
    """An identity as the registry's events leave it."""

    did: Did
    owner: str
    deactivated: bool = False
    #: (delegate type, address) -> validTo
    delegates: dict[tuple[str, str], int] = field(default_factory=dict)
    #: (name, value bytes) -> validTo
    attributes: dict[tuple[str, bytes], int] = field(default_factory=dict)
    changed_block: int = 0
    events: int = 0

    def signers(self) -> set[str]:
        """Addresses whose signature counts for this DID: the owner and its veriKey/sigAuth delegates."""
        if self.deactivated:
            return set()
        return {self.owner} | {address for (kind, address) in self.delegates if kind in DELEGATE_TYPES}


def _history(chain: Chain, reg: Contract, identity: str) -> list[dict[str, Any]]:
    block = int(chain.call(reg.functions.changed(identity)))
    history: list[dict[str, Any]] = []
    seen: set[int] = set()
    while block and block not in seen:
        seen.add(block)
        logs: list[dict[str, Any]] = []
        for name in ("DIDOwnerChanged", "DIDDelegateChanged", "DIDAttributeChanged"):
            event = getattr(reg.events, name)
            found = event.get_logs(from_block=block, to_block=block, argument_filters={"identity": identity})
            logs += [{"event": name, "args": dict(e["args"]), "index": int(e["logIndex"])} for e in found]
        logs.sort(key=lambda e: e["index"], reverse=True)
        previous = 0
        for log in logs:
            history.insert(0, log)
            if int(log["args"]["previousChange"]) < block:
                previous = int(log["args"]["previousChange"])
        block = previous
    return history


def state(did: str | Did, chain: Chain | None = None) -> EthrState:
    """The identity's owner, delegates and attributes now; the default state without a chain or a registry."""
    d = did if isinstance(did, Did) else parse_did(did)
    if d.method != "ethr":
        raise InputError(f"{d} is not a did:ethr DID")
    result = EthrState(did=d, owner=d.address)
    reg = _existing(chain)
    if reg is None or chain is None:
        return result
    if chain.chain_id != d.chain_id:
        raise InputError(
            f"{d} lives on chain {d.chain_id}, but this is chain {chain.chain_id} / DID 所在的链与当前链不一致",
            hint=f"resolve it on chain {d.chain_id}",
        )
    now = chain.now()
    history = _history(chain, reg, d.address)
    result.events = len(history)
    result.changed_block = int(chain.call(reg.functions.changed(d.address)))
    for log in history:
        args = log["args"]
        if log["event"] == "DIDOwnerChanged":
            result.owner = to_checksum_address(args["owner"])
            result.deactivated = result.owner == to_checksum_address(ZERO)
        elif log["event"] == "DIDDelegateChanged":
            key = (_text(args["delegateType"]), to_checksum_address(args["delegate"]))
            if int(args["validTo"]) > now:
                result.delegates[key] = int(args["validTo"])
            else:
                result.delegates.pop(key, None)
        else:
            akey = (_text(args["name"]), bytes(args["value"]))
            if int(args["validTo"]) > now:
                result.attributes[akey] = int(args["validTo"])
            else:
                result.attributes.pop(akey, None)
    return result


def _public_key(did: str, n: int, name: str, value: bytes) -> dict[str, Any] | None:
    parts = name.split("/")  # did/pub/<algorithm>/<purpose>/<encoding>
    if len(parts) < 4 or parts[2] not in _KEY_TYPES:
        return None
    encoding = parts[4] if len(parts) > 4 else "hex"
    entry: dict[str, Any] = {"id": f"{did}#delegate-{n}", "type": _KEY_TYPES[parts[2]], "controller": did}
    if encoding == "hex":
        entry["publicKeyHex"] = value.hex()
    elif encoding == "base64":
        entry["publicKeyBase64"] = base64.b64encode(value).decode("ascii")
    else:
        return None
    return entry


def document(st: EthrState) -> dict[str, Any]:
    """The W3C DID document of ``st`` as the did:ethr method specifies it."""
    did = str(st.did)
    if st.deactivated:
        return {
            "@context": ETHR_CONTEXT,
            "id": did,
            "verificationMethod": [],
            "authentication": [],
            "assertionMethod": [],
        }
    controller = f"{did}#controller"
    methods: list[dict[str, Any]] = [
        {
            "id": controller,
            "type": "EcdsaSecp256k1RecoveryMethod2020",
            "controller": did,
            "blockchainAccountId": f"eip155:{st.did.chain_id}:{st.owner}",
        }
    ]
    authentication, assertion = [controller], [controller]
    services: list[dict[str, Any]] = []
    n = 0
    for kind, address in sorted(st.delegates):
        n += 1
        vm = f"{did}#delegate-{n}"
        methods.append(
            {
                "id": vm,
                "type": "EcdsaSecp256k1RecoveryMethod2020",
                "controller": did,
                "blockchainAccountId": f"eip155:{st.did.chain_id}:{address}",
            }
        )
        assertion.append(vm)
        if kind == "sigAuth":
            authentication.append(vm)
    for name, value in sorted(st.attributes):
        if name.startswith("did/pub/"):
            n += 1
            key = _public_key(did, n, name, value)
            if key is not None:
                methods.append(key)
                assertion.append(key["id"])
                if "/sigAuth" in name:
                    authentication.append(key["id"])
        elif name.startswith("did/svc/"):
            services.append(
                {
                    "id": f"{did}#service-{len(services) + 1}",
                    "type": name.removeprefix("did/svc/"),
                    "serviceEndpoint": value.decode("utf-8", errors="replace"),
                }
            )
    doc: dict[str, Any] = {
        "@context": ETHR_CONTEXT,
        "id": did,
        "verificationMethod": methods,
        "authentication": authentication,
        "assertionMethod": assertion,
    }
    if services:
        doc["service"] = services
    return doc


def resolve(did: str | Did, chain: Chain | None = None) -> dict[str, Any]:
    return document(state(did, chain))
