"""Compiled contract artefacts: what the compiler produces and every later stage consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Artifact:
    """One compiled contract. ``key`` identifies the compilation (sources + compiler settings) it came from."""

    contract_name: str
    source_path: str
    abi: list[dict[str, Any]]
    bytecode: str
    deployed_bytecode: str
    key: str
    compiler_version: str
    userdoc: dict[str, Any] = field(default_factory=dict)
    devdoc: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    #: (byte offset, length) of immutable values in the runtime code, which differ per deployment.
    immutable_refs: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "contract_name": self.contract_name,
            "source_path": self.source_path,
            "abi": self.abi,
            "bytecode": self.bytecode,
            "deployed_bytecode": self.deployed_bytecode,
            "key": self.key,
            "compiler_version": self.compiler_version,
            "userdoc": self.userdoc,
            "devdoc": self.devdoc,
            "warnings": list(self.warnings),
            "immutable_refs": [list(r) for r in self.immutable_refs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Artifact:
        return cls(
            **{
                **data,
                "warnings": tuple(data.get("warnings", ())),
                "immutable_refs": tuple(tuple(r) for r in data.get("immutable_refs", ())),
            }
        )

    def matches_runtime(self, code: bytes) -> bool:
        """Whether on-chain runtime ``code`` is this artefact's, ignoring the per-deployment immutables."""
        expected = bytearray(bytes.fromhex(self.deployed_bytecode.removeprefix("0x")))
        actual = bytearray(code)
        if len(expected) != len(actual):
            return False
        for start, length in self.immutable_refs:
            expected[start : start + length] = actual[start : start + length]
        return expected == actual
