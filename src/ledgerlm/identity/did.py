"""``did:pkh`` identifiers and their DID documents.

``did:pkh:eip155:<chainId>:<address>`` is derived from an account alone, so its DID document is resolvable
offline, deterministically, by anyone: no registry lookup, no network. That is why it is the default here
(``did:ethr`` would need an ERC-1056 registry deployment to resolve key rotations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from eth_utils import is_address, to_checksum_address

from ledgerlm.errors import InputError

_PKH = re.compile(r"^did:pkh:eip155:(\d{1,20}):(0x[0-9a-fA-F]{40})$")
DID_CONTEXT = [
    "https://www.w3.org/ns/did/v1",
    {
        "EcdsaSecp256k1RecoveryMethod2020": "https://identity.foundation/EcdsaSecp256k1RecoverySignature2020#"
        "EcdsaSecp256k1RecoveryMethod2020",
        "blockchainAccountId": "https://w3id.org/security#blockchainAccountId",
    },
]


@dataclass(frozen=True)
class Did:
    chain_id: int
    address: str

    def __str__(self) -> str:
        return f"did:pkh:eip155:{self.chain_id}:{self.address}"

    @property
    def verification_method_id(self) -> str:
        return f"{self}#blockchainAccountId"


def make_did(address: str, chain_id: int) -> Did:
    if not is_address(address):
        raise InputError(f"{address!r} is not an Ethereum address", hint="use a 0x-prefixed 40-hex address")
    if chain_id <= 0:
        raise InputError(f"chain id must be positive, got {chain_id}")
    return Did(int(chain_id), to_checksum_address(address))


def parse_did(did: str) -> Did:
    """Parse ``did:pkh:eip155:<chainId>:<address>``; anything else is an ``InputError`` naming the format."""
    m = _PKH.match(did.strip())
    if not m:
        raise InputError(
            f"unsupported or malformed DID {did!r}",
            hint="expected did:pkh:eip155:<chainId>:<0x address>, e.g. did:pkh:eip155:31337:0xf39F...2266",
        )
    return make_did(m.group(2), int(m.group(1)))


def resolve(did: str | Did) -> dict[str, Any]:
    """The DID document (W3C DID Core) of a did:pkh identifier."""
    d = did if isinstance(did, Did) else parse_did(did)
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
