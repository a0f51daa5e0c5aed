"""``did:pkh`` and ``did:ethr`` identifiers and their DID documents.

``did:pkh:eip155:<chainId>:<address>`` is derived from an account alone, so its DID document is resolvable
offline, deterministically, by anyone: no registry lookup, no network. That is why it is the default here.

``did:ethr:<chainId>:<address>`` (ERC-1056) starts from the same account but can rotate its owner key, add delegates
and attributes in an ``EthereumDIDRegistry`` on that chain (``ledgerlm.identity.ethr``). Without a chain its document
is the default one (owner = the address itself, as the did:ethr spec says for an identity with no changes); with a
chain it is rebuilt from the registry's events. The chain id is written in hex (``did:ethr:0x7a69:0x...``) as the
did:ethr spec does; decimal (``did:ethr:31337:0x...``) and no network at all (mainnet) are read too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from eth_utils import is_address, to_checksum_address

from ledgerlm.errors import InputError

_PKH = re.compile(r"^did:pkh:eip155:(\d{1,20}):(0x[0-9a-fA-F]{40})$")
_ETHR = re.compile(r"^did:ethr:(?:(0x[0-9a-fA-F]{1,16}|\d{1,20}|mainnet):)?(0x[0-9a-fA-F]{40})$")
METHODS = ("pkh", "ethr")
DID_CONTEXT = [
    "https://www.w3.org/ns/did/v1",
    {
        "EcdsaSecp256k1RecoveryMethod2020": "https://identity.foundation/EcdsaSecp256k1RecoverySignature2020#"
        "EcdsaSecp256k1RecoveryMethod2020",
        "blockchainAccountId": "https://w3id.org/security#blockchainAccountId",
    },
]


ETHR_CONTEXT = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/secp256k1recovery-2020/v2"]


@dataclass(frozen=True)
class Did:
    chain_id: int
    address: str
    method: str = "pkh"

    def __str__(self) -> str:
        if self.method == "ethr":
            return f"did:ethr:{hex(self.chain_id)}:{self.address}"
        return f"did:pkh:eip155:{self.chain_id}:{self.address}"

    @property
    def verification_method_id(self) -> str:
        return f"{self}#controller" if self.method == "ethr" else f"{self}#blockchainAccountId"


def make_did(address: str, chain_id: int, method: str = "pkh") -> Did:
    if not is_address(address):
        raise InputError(f"{address!r} is not an Ethereum address", hint="use a 0x-prefixed 40-hex address")
    if chain_id <= 0:
        raise InputError(f"chain id must be positive, got {chain_id}")
    if method not in METHODS:
        raise InputError(f"unsupported DID method {method!r} / 不支持的 DID 方法", hint="use pkh or ethr")
    return Did(int(chain_id), to_checksum_address(address), method)


def parse_did(did: str) -> Did:
    """Parse ``did:pkh:eip155:<chainId>:<address>`` or ``did:ethr:[<chainId>:]<address>``; anything else is an
    ``InputError`` naming the formats."""
    text = did.strip()
    m = _PKH.match(text)
    if m:
        return make_did(m.group(2), int(m.group(1)))
    e = _ETHR.match(text)
    if e:
        network = e.group(1) or "mainnet"
        chain_id = 1 if network == "mainnet" else int(network, 16) if network.startswith("0x") else int(network)
        return make_did(e.group(2), chain_id, "ethr")
    raise InputError(
        f"unsupported or malformed DID {did!r} / 无法识别的 DID",
        hint="expected did:pkh:eip155:<chainId>:<0x address>, e.g. did:pkh:eip155:31337:0xf39F...2266, "
        "or did:ethr:<chainId>:<0x address>",
    )


def resolve(did: str | Did, chain: Any = None) -> dict[str, Any]:
    """The DID document (W3C DID Core). did:pkh: derived from the DID alone. did:ethr: the default document
    without ``chain``, else the one the chain's EthereumDIDRegistry events describe."""
    d = did if isinstance(did, Did) else parse_did(did)
    if d.method == "ethr":
        from ledgerlm.identity import ethr

        return ethr.resolve(d, chain)
    vm = d.verification_method_id
    return {
        "@context": DID_CONTEXT,
        "id": str(d),
        "verificationMethod": [
            {
                "id": vm,
                "type": "EcdsaSecp256k1RecoveryMethod2020",
                "controller": str(d),
                "blockchainAccountId": f"eip155:{d.chain_id}:{d.address}",
            }
        ],
        "authentication": [vm],
        "assertionMethod": [vm],
    }
