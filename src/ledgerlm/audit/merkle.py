"""A binary Merkle tree over record leaves, with explicit odd-node handling.

Levels are built pairwise left to right. When a level has an odd number of nodes, the last one is **promoted**
unchanged to the next level (never duplicated: duplicating lets two different leaf lists share a root). A proof
is the list of siblings from the leaf up, each tagged with the side it sits on; levels where the node was promoted
contribute no step. The shape of a proof is fully determined by ``(index, count)``, which the verifier checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ledgerlm.audit.hashing import NODE_PREFIX, keccak_new


@dataclass(frozen=True)
class Step:
    """One step of a Merkle path: the sibling hash and whether it is the LEFT operand."""

    sibling: bytes
    left: bool


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    if not leaves:
        raise ValueError("a Merkle tree needs at least one leaf")
    level = list(leaves)
    prefix, k = NODE_PREFIX, keccak_new
    while len(level) > 1:
        nxt = [k(prefix + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def path_shape(index: int, count: int) -> list[bool]:
    """For each step of the proof of leaf ``index`` in a tree of ``count`` leaves: is the sibling on the left?"""
    if not 0 <= index < count:
        raise ValueError(f"index {index} outside a tree of {count} leaves")
    shape: list[bool] = []
    while count > 1:
        if index % 2 == 1:
            shape.append(True)
        elif index + 1 < count:
            shape.append(False)
        # else: promoted, no step
        index //= 2
        count = (count + 1) // 2
    return shape


def merkle_path(leaves: Sequence[bytes], index: int) -> list[Step]:
    if not 0 <= index < len(leaves):
        raise ValueError(f"index {index} outside a tree of {len(leaves)} leaves")
    level = list(leaves)
    steps: list[Step] = []
    prefix, k = NODE_PREFIX, keccak_new
    while len(level) > 1:
        if index % 2 == 1:
            steps.append(Step(level[index - 1], True))
        elif index + 1 < len(level):
            steps.append(Step(level[index + 1], False))
        nxt = [k(prefix + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
        index //= 2
    return steps


def fold_path(leaf: bytes, steps: Sequence[Step]) -> bytes:
    """The root a leaf and its path lead to."""
    node = leaf
    prefix, k = NODE_PREFIX, keccak_new
    for step in steps:
        node = (k(prefix + step.sibling + node) if step.left else k(prefix + node + step.sibling)).digest()
    return node
