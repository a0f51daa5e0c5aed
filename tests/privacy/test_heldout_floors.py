"""Every hand-written held-out set stays at or above the recall and precision it was measured at (issue 14).

The figures in ``docs/privacy.md`` come from ``bench/privacy.py``; these floors sit a little under them so a change
that trades one set for another fails here, not silently in the next round's unseen figure. Secrets are always
refused and nothing else is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerlm.privacy.evaluation import ledgerlm_redactor, load_labelled, load_marked, score

DATA = Path(__file__).parent / "data"

# (file, recall floor, precision floor)
FLOORS = [
    ("labelled.jsonl", 0.99, 0.99),
    ("heldout.txt", 0.99, 0.99),
    ("heldout2.txt", 0.98, 0.98),
    ("heldout3.txt", 0.97, 0.98),
    ("heldout4.txt", 0.98, 0.98),
    ("heldout4.jsonl", 0.98, 0.98),
    ("heldout5.jsonl", 0.98, 0.98),
    ("heldout6.jsonl", 0.95, 0.98),
    ("heldout7.jsonl", 0.98, 0.98),
    # the unseen-precision round: 8 written before its tuning (tuned on), 9 measured once then fixed for, 10 measured
    # once at the end (recall 100 %, precision 91.3 %: the floor holds that figure, it is no target)
    ("heldout8.jsonl", 0.98, 0.98),
    ("heldout9.jsonl", 0.98, 0.98),
    ("heldout10.jsonl", 0.98, 0.98),
    # the evidence round: 11 written before its tuning, 12-14 each measured once after a pass, then fixed for (their
    # first, unseen figures are in docs/privacy.md: precision 84.6 / 84.2 / 86.1 %; heldout15, 16: 88.9 % each)
    ("heldout11.jsonl", 0.97, 0.98),
    ("heldout12.jsonl", 0.96, 0.98),
    ("heldout13.jsonl", 0.98, 0.98),
    ("heldout14.jsonl", 0.96, 0.96),
    ("heldout15.jsonl", 0.95, 0.98),
    ("heldout16.jsonl", 0.95, 0.95),
    # round 7: 17 written before its tuning (its first figure 95.8 % / 89.3 %), then tuned on; 18 written after it and
    # measured once (85.1 % / 93.0 %), then fixed for; 19 written after that and measured once (96.4 % / 100 %)
    ("heldout17.jsonl", 0.98, 0.96),
    ("heldout18.jsonl", 0.98, 0.95),
    ("heldout19.jsonl", 0.96, 0.98),
    # round 8: 20 written before its tuning (its first figure 97.0 % / 95.5 %), then tuned on; 21 written after it and
    # measured once (93.8 % / 90.0 %), then its classes fixed for; 22 written after those fixes and measured once
    # (91.7 % / 89.2 % with three of its labels corrected after the measurement), then a few of its classes fixed
    ("heldout20.jsonl", 0.98, 0.98),
    ("heldout21.jsonl", 0.98, 0.94),
    ("heldout22.jsonl", 0.94, 0.96),
    # round 9: 23 written before its tuning (its first figure 83.5 % / 79.2 %), then tuned on; 24 written after it
    # and measured once (90.2 % / 91.8 %), then its classes fixed; 25 written after that and measured once
    # (82.9 % / 96.7 %), then its classes fixed
    ("heldout23.jsonl", 0.98, 0.98),
    ("heldout24.jsonl", 0.98, 0.96),
    ("heldout25.jsonl", 0.95, 0.95),
    # round 9b (names without cue words): 26 written before its tuning (its first figure 82.3 % / 96.2 %), then tuned
    # on; 27 written after it and measured once (84.1 % / 88.1 %), then its classes fixed; 28 written after that and
    # measured once (85.2 % / 92.0 %), then its classes fixed
    ("heldout26.jsonl", 0.96, 0.98),
    ("heldout27.jsonl", 0.86, 0.88),
    ("heldout28.jsonl", 0.88, 0.92),
    # round 10 (round 8's blind classes): 29 written before its tuning (its first figure 91.6 % / 98.6 %), then a few of
    # its classes fixed with the blind-7 ones; 30 written after those fixes and measured once (97.9 % / 93.9 %), then
    # three of its classes fixed (a copula after a role noun, an Arabic article after a name, a beach after a bay);
    # 31 written after that and measured once (91.9 % / 89.5 %), then its classes fixed (street-first addresses with a
    # postcode, "HP" as a phone word, a shop word after a maker's name, a route between chains)
    ("heldout29.jsonl", 0.98, 0.98),
    ("heldout30.jsonl", 0.98, 0.94),
    ("heldout31.jsonl", 0.98, 0.96),
    # round 10b (precision): 32 written before its changes (its first figure 99.0 % / 96.2 %, 4/60 clean flagged), then
    # its classes fixed (titles of works, compound app names, a kind of person counted with 个); 33 written after
    # those fixes and measured once (95.0 % / 90.5 %, 4/32), then two of its classes fixed (a quoted title before its
    # author, a compound that is itself a dictionary word)
    ("heldout32.jsonl", 0.98, 0.98),
    ("heldout33.jsonl", 0.94, 0.94),
    # round 10c (where software stands): 34 written before its changes (its first figure 95.8 % / 86.0 %, 9/50 clean
    # flagged), then its classes fixed (software slots, a listed non-name, signature lines, a modal question, an
    # adjective after a surname-initial word, an address after a residence verb)
    ("heldout34.jsonl", 0.98, 0.96),
    # 35 written after those fixes and measured once (100 % / 95.0 %, 2/26 clean flagged: "Intercom says my quota is
    # exceeded", "Virginia passed a new crypto bill"); not tuned on
    ("heldout35.jsonl", 0.98, 0.94),
    # round 11 (r9, name recall): 36 written before its changes (its first figure 84.8 % / 96.4 %, 2/36 clean flagged),
    # then its classes fixed; 37 written after those fixes and measured once (87.5 % / 98.0 %, 1/18), then its classes
    # fixed; 38 written after that and measured once (97.4 % / 90.5 %, 4/15), then its classes fixed; 39 written after
    # those fixes and measured once (88.9 % / 96.0 %, 1/14: "公孙树是银杏的别名"); not tuned on
    ("heldout36.jsonl", 0.98, 0.96),
    ("heldout37.jsonl", 0.95, 0.98),
    ("heldout38.jsonl", 0.98, 0.96),
    ("heldout39.jsonl", 0.88, 0.95),
]


@pytest.mark.parametrize(("name", "min_recall", "min_precision"), FLOORS)
def test_heldout_floor(name: str, min_recall: float, min_precision: float) -> None:
    path = DATA / name
    items = load_labelled(path) if path.suffix == ".jsonl" else load_marked(path)
    s = score(items, ledgerlm_redactor)
    assert s.secret_recall == 1.0, s.misses
    assert s.non_secrets_refused == 0, s.misses
    assert s.recall >= min_recall, s.misses
    assert s.precision >= min_precision, s.misses


def test_round4_sets_have_the_promised_shape() -> None:
    """heldout4.jsonl: written before the round-4 tuning (>= 120 messages, 200 entities, 60 clean look-alikes, both
    languages); heldout5/6/7: written after it and measured once each."""
    h4 = load_labelled(DATA / "heldout4.jsonl")
    assert len(h4) >= 120 and sum(len(i["entities"]) for i in h4) >= 200
    assert sum(1 for i in h4 if not i["entities"]) >= 60 and {i["lang"] for i in h4} == {"zh", "en"}
    for name, clean in (("heldout5.jsonl", 25), ("heldout6.jsonl", 20), ("heldout7.jsonl", 15)):
        items = load_labelled(DATA / name)
        assert sum(1 for i in items if not i["entities"]) >= clean
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_precision_round_sets_have_the_promised_shape() -> None:
    """heldout8: >= 60 messages written before the round's tuning, >= 30 clean look-alikes and >= 30 with entities;
    heldout9 (40, 20 clean) and heldout10 (30, 15 clean) written after it; both scripts in each."""
    for name, total, clean in (("heldout8.jsonl", 60, 30), ("heldout9.jsonl", 40, 20), ("heldout10.jsonl", 30, 15)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        assert sum(1 for i in items if i["entities"]) >= total - clean - 8 and {i["lang"] for i in items} == {
            "zh",
            "en",
        }
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_evidence_round_sets_have_the_promised_shape() -> None:
    """heldout11: >= 80 messages written before the evidence round's tuning, >= 40 clean look-alikes and >= 40 with
    names; heldout12-14: ~50 messages (25 clean) each, written after a pass of it; both scripts in each."""
    for name, total, clean in (("heldout11.jsonl", 80, 40), ("heldout12.jsonl", 50, 25), ("heldout13.jsonl", 50, 24),
                               ("heldout14.jsonl", 48, 24), ("heldout15.jsonl", 40, 20),
                               ("heldout16.jsonl", 40, 20)):  # fmt: skip
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        assert sum(1 for i in items if i["entities"]) >= total - clean - 2 and {i["lang"] for i in items} == {
            "zh",
            "en",
        }
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_round7_sets_have_the_promised_shape() -> None:
    """heldout17: >= 80 messages written before round 7's tuning, >= 40 clean look-alikes and >= 40 with entities;
    heldout18: 60 messages (30 clean) written after it; heldout19: 40 (20 clean) written after the fixes that followed;
    both scripts in each, offsets exact."""
    for name, total, clean in (("heldout17.jsonl", 80, 40), ("heldout18.jsonl", 60, 30), ("heldout19.jsonl", 40, 20)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        assert sum(1 for i in items if i["entities"]) >= total - clean and {i["lang"] for i in items} == {"zh", "en"}
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_round8_sets_have_the_promised_shape() -> None:
    """heldout20: >= 80 messages written before the round's tuning, >= 40 clean look-alikes, >= 40 with entities;
    heldout21 (60, 30 clean) written after it; both scripts in each."""
    for name, total, clean in (("heldout20.jsonl", 80, 40), ("heldout21.jsonl", 60, 30)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        assert sum(1 for i in items if i["entities"]) >= total - clean and {i["lang"] for i in items} == {"zh", "en"}
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_round9_sets_have_the_promised_shape() -> None:
    """heldout23: >= 100 messages written before round 9's tuning, >= 50 clean look-alikes and >= 50 with entities;
    heldout24 (80, 40 clean) and heldout25 (50, 25 clean) written after it; both scripts in each."""
    for name, total, clean, with_entities in (
        ("heldout23.jsonl", 100, 50, 50),
        ("heldout24.jsonl", 80, 40, 40),
        ("heldout25.jsonl", 50, 25, 24),
    ):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        assert sum(1 for i in items if i["entities"]) >= with_entities and {i["lang"] for i in items} == {"zh", "en"}
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_round9b_sets_have_the_promised_shape() -> None:
    """heldout26: >= 80 messages written before round 9b's tuning, >= 40 clean look-alikes and >= 40 with names
    without cue words; heldout27 (60, 30 clean) and heldout28 (40, 20 clean) written after it; both scripts in each."""
    for name, total, clean, with_entities in (
        ("heldout26.jsonl", 80, 40, 40),
        ("heldout27.jsonl", 60, 30, 30),
        ("heldout28.jsonl", 40, 20, 20),
    ):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        assert sum(1 for i in items if i["entities"]) >= with_entities and {i["lang"] for i in items} == {"zh", "en"}
        assert sum(1 for i in items for e in i["entities"] if e["type"] == "NAME") >= with_entities
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_round10_sets_have_the_promised_shape() -> None:
    """heldout29: >= 120 messages written before round 10's tuning, >= 150 entities of which >= 60 names, >= 40 clean
    look-alikes; heldout30 (70 messages, 25 clean) and heldout31 (50, 20 clean) written after it; both scripts in
    each, offsets exact."""
    for name, total, clean, entities, names in (
        ("heldout29.jsonl", 120, 40, 150, 60),
        ("heldout30.jsonl", 70, 25, 40, 20),
        ("heldout31.jsonl", 50, 20, 30, 15),
    ):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"] and not i["secret"]) >= clean
        assert sum(len(i["entities"]) for i in items) >= entities and {i["lang"] for i in items} == {"zh", "en"}
        assert sum(1 for i in items for e in i["entities"] if e["type"] == "NAME") >= names
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_round10b_sets_have_the_promised_shape() -> None:
    """heldout32: >= 100 messages written before round 10b's changes, >= 45 clean look-alikes, >= 80 entities;
    heldout33 (60 messages, 30 clean) written after them; both scripts in each, offsets exact."""
    for name, total, clean, entities in (("heldout32.jsonl", 100, 45, 80), ("heldout33.jsonl", 60, 30, 35)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"] and not i["secret"]) >= clean
        assert sum(len(i["entities"]) for i in items) >= entities and {i["lang"] for i in items} == {"zh", "en"}
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


def test_round10c_set_has_the_promised_shape() -> None:
    """heldout34: >= 100 messages written before round 10c's changes, >= 40 clean look-alikes, >= 90 entities."""
    items = load_labelled(DATA / "heldout34.jsonl")
    assert len(items) >= 100 and sum(1 for i in items if not i["entities"] and not i["secret"]) >= 40
    assert sum(len(i["entities"]) for i in items) >= 90 and {i["lang"] for i in items} == {"zh", "en"}
    for item in items:
        for ent in item["entities"]:
            assert item["text"][ent["start"] : ent["end"]] == ent["value"]
