"""Canonical bytes, domain-separated Merkle tree with promoted odd nodes, and the path shape rule."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledgerlm.audit.hashing import (
    canonical_json,
    keccak,
    leaf_hash,
    node_hash,
    record_bytes,
)
from ledgerlm.audit.merkle import Step, fold_path, merkle_path, merkle_root, path_shape
from ledgerlm.errors import InputError


def test_keccak_is_ethereum_keccak256() -> None:
    assert keccak(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def test_canonical_json_rules() -> None:
    text = canonical_json({"b": Decimal("1.50"), "a": "年利率5%", "c": [1, None, True]})
    assert text == '{"a":"年利率5%","b":"1.50","c":[1,null,true]}'
    with pytest.raises(InputError):
        canonical_json({"x": float("nan")})
    with pytest.raises(InputError):
        canonical_json({"x": object()})


def test_hand_assembled_record_bytes_equal_generic_canonical_json() -> None:
    fields = {
        "actor": "user",
        "component": "assistant",
        "id": 7,
        "input": 'say "hi"\n你好',
        "input_sha256": "ab" * 32,
        "kind": None,
        "model": "m",
        "model_version": None,
        "output": {"z": [1, 2], "a": {"y": "\u2028"}},
        "time": "2026-01-01T00:00:00.000000Z",
        "tx_hashes": ["0x" + "1" * 64],
        "v": 1,
    }
    assert record_bytes(fields) == canonical_json(fields).encode("utf-8")
    assert json.loads(record_bytes(fields)) == fields


def test_odd_node_is_promoted_not_duplicated() -> None:
    a, b, c = (leaf_hash(bytes([i])) for i in range(3))
    assert merkle_root([a, b, c]) == node_hash(node_hash(a, b), c)
    assert merkle_root([a]) == a
    # duplicating the last leaf would give [a, b, c] and [a, b, c, c] the same root; promotion does not
    assert merkle_root([a, b, c]) != merkle_root([a, b, c, c])


def test_domain_separation_blocks_inner_node_as_leaf() -> None:
    leaves = [leaf_hash(bytes([i])) for i in range(4)]
    root = merkle_root(leaves)
    inner = node_hash(leaves[0], leaves[1])
    # the inner node with the upper half of the path reaches the root ...
    assert fold_path(inner, [Step(node_hash(leaves[2], leaves[3]), False)]) == root
    # ... but that one-step path does not have the shape of any leaf in a 4-leaf tree, and no record hashes to it
    assert [False] not in [path_shape(i, 4) for i in range(4)]
    assert leaf_hash(inner) != inner


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=70), st.data())
def test_every_path_folds_to_the_root_and_has_the_predicted_shape(count: int, data: st.DataObject) -> None:
    leaves = [leaf_hash(i.to_bytes(4, "big")) for i in range(count)]
    index = data.draw(st.integers(min_value=0, max_value=count - 1))
    path = merkle_path(leaves, index)
    assert fold_path(leaves[index], path) == merkle_root(leaves)
    assert [s.left for s in path] == path_shape(index, count)
    other = (index + 1) % count
    if other != index:
        assert fold_path(leaves[other], path) != merkle_root(leaves)


def test_verifier_shape_rule_matches_the_tree_for_every_small_tree() -> None:
    """The verifier walks the shape inline (for speed); it must agree with merkle.path_shape everywhere."""
    from ledgerlm.audit.hashing import to_hex
    from ledgerlm.audit.verify import check_math

    for count in range(1, 34):
        for index in range(count):
            record = {
                "actor": "u",
                "component": "c",
                "id": index + 1,
                "input": None,
                "input_sha256": None,
                "kind": None,
                "model": None,
                "model_version": None,
                "output": index,
                "time": "t",
                "tx_hashes": [],
                "v": 1,
            }
            leaves = [leaf_hash(i.to_bytes(4, "big")) for i in range(count)]
            leaves[index] = leaf_hash(record_bytes(record))
            steps = [
                {"hash": to_hex(s.sibling), "position": "left" if s.left else "right"}
                for s in merkle_path(leaves, index)
            ]
            proof = {
                "record": record,
                "leaf": to_hex(leaves[index]),
                "index": index,
                "path": steps,
                "root": to_hex(merkle_root(leaves)),
                "batch": {"id": 1, "first_id": 1, "last_id": count, "count": count},
            }
            checks, errors = check_math(proof)
            assert all(checks.values()) and not errors, (count, index)
            if steps:
                assert check_math({**proof, "path": steps[:-1]})[0]["path_shape"] is False
                assert check_math({**proof, "path": [*steps, steps[-1]]})[0]["path_shape"] is False
