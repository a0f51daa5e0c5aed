"""Round 8 of reading token, multisig and nft requests: each class of misreading found on the round-7 blind set and
on the hand-written round-8 set, proved in both languages with sentences of their own, and the round-8 set never
silently wrong.

Every reading test gives the kind (``parse(..., kind=...)``): what is proven is the extractor's reading. The
classifier cues a kind's descriptor adds are tested apart, without the kind given."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse

from ._newkinds import judged_files

R8 = ("heldout_tmn_r8.jsonl",)
A1 = "0x8E2d3D574E57cF1c872812EB4c5919Bc9Ee988e4"


def _read(kind: str, text: str) -> tuple[dict[str, object], object]:
    r = parse(text, kind=kind, today="2026-12-02")
    return r.params, r


def _asked(r: object, field: str) -> bool:
    return field in r.missing or any(field in q.fields for q in r.questions)  # type: ignore[attr-defined]


# -- multisig: owners ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # the party a person represents is no part of the name, and no item of the list is dropped for it
        ("本钱包由买方代表赵老师、卖方代表钱经理及本人共同管理，三人都须签字", ["赵老师", "钱经理", "me"]),
        ("多签：业委会代表老郑、物业代表小冯、我，三个人里两个同意", ["老郑", "小冯", "me"]),
        (
            "multisig between Noor for the buyers, Ilan for the sellers, and me for the agency; 2 of 3",
            ["Noor", "Ilan", "me"],
        ),
        # fillers of dictation inside a list
        ("so the signers are, um, me, Tove, and uh Bastian, two of us need to approve", ["me", "Tove", "Bastian"]),
    ],
)
def test_owners_read_past_representatives_and_fillers(text: str, owners: list[str]) -> None:
    got, _ = _read("multisig", text)
    assert got["owners"] == owners
    assert got["owners_count"] == len(owners)


def test_the_user_and_a_spoken_count_of_others() -> None:
    """ "我和俩合伙人…": 俩 (two people) before the names; the count said again (仨人) is the same one, no question."""
    got, r = _read("multisig", "我跟俩朋友阿花、阿草弄个多签，仨人里俩人签字就能转账")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["me", "阿花", "阿草"], 3, 2)
    assert not r.questions  # type: ignore[attr-defined]


# -- multisig: thresholds said in words ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "count", "threshold"),
    [
        # legal drafting: the number restated in brackets, "not fewer than"
        (
            "The fund is held by nine (9) directors and any payment requires the consent of not fewer than "
            "six (6) directors.",
            9,
            6,
        ),
        ("wallet w/ five (5) trustees, at least three (3) must approve", 5, 3),
        # more than half: a majority
        ("multisig for our choir, we are nine members, more than half must agree", 9, 5),
        ("treasury multisig, 8 council members, over half have to approve", 8, 5),
        # "M of our N <owner word>"
        ("3 of our 5 directors have to say yes", 5, 3),
        # representatives are people that own the wallet
        ("业主群选了 4 个代表管基金，4 个代表里三个同意就能付款，多签", 4, 3),
        # approval verbs of everyday speech
        ("shared wallet for the 4 of us housemates, three have to say ok", 4, 3),
        ("council of 7 members multisig, a payout needs 4 votes", 7, 4),
    ],
)
def test_thresholds_said_in_words(text: str, count: int, threshold: int) -> None:
    got, _ = _read("multisig", text)
    assert (got["owners_count"], got["threshold"]) == (count, threshold)


def test_all_n_that_disagrees_with_the_owners_read_is_asked() -> None:
    """ "with Hiro and Ana … needs all three": all of 2 would be a silent wrong threshold (the user may be third)."""
    got, r = _read("multisig", "multisig with Pia and Lasse, needs all three to sign")
    assert got.get("threshold") is None
    assert _asked(r, "owners_count")
    got, r = _read("multisig", "多签，老蒋、小白，三个人都得签")
    assert got.get("threshold") is None or _asked(r, "owners_count")
    # the count agrees: read
    got, _ = _read("multisig", "multisig with Pia, Lasse and me, all three must sign")
    assert (got["owners_count"], got["threshold"]) == (3, 3)


def test_count_with_its_owner_word_restated_in_the_pair_is_no_question() -> None:
    got, r = _read("multisig", "multisig, 4 keyholders, 3/4 to execute")
    assert (got["owners_count"], got["threshold"]) == (4, 3)
    assert not any(q.fields in (("owners_count", "threshold"),) for q in r.questions)  # type: ignore[attr-defined]


# -- token -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "symbol"),
    [
        # key=value notes: the next key ends the name
        ("token name=Marlin sym=MRL supply=5000", "Marlin", "MRL"),
        # "the name will be …": the verb is no part of the name
        ("the name should be Harvest Moon and the ticker HMN, 1 million tokens", "Harvest Moon", "HMN"),
        # a filler between the key and the ticker: never the ticker "IS"
        ("make a token, name Gullwing, symbol is, um, GULL, supply 10k", "Gullwing", "GULL"),
        # a name after a dash, then its ticker
        ("a token for the chess club — Rook Points, $ROOK, 2000 tokens", "Rook Points", "ROOK"),
        # the name and ticker as segments after the kind's word
        ("new coin for our parish fete, Fete Tokens, FETE, 5000 supply", "Fete Tokens", "FETE"),
        ("coin for the gym, Iron Bar, symbol IRNB, 1m supply", "Iron Bar", "IRNB"),
        # "token, Name." alone, the symbol later
        ("Make me a token, Osprey. Symbol is OSP. Supply 300k.", "Osprey", "OSP"),
        # a settings list opening with the kind's word
        ("token Lindenwood / LDW / 12,000 / burnable", "Lindenwood", "LDW"),
        # looser keys of a ticker, written in capitals
        ("create a token called Tallow Works, short name TLW, 100k supply", "Tallow Works", "TLW"),
        # a Latin name with one Chinese word
        ("弄个会员积分，叫 Boba 积分，符号 BOBA，发行十万个", "Boba 积分", "BOBA"),
    ],
)
def test_token_names_and_tickers(text: str, name: str, symbol: str) -> None:
    got, _ = _read("token", text)
    assert (got["name"], got["symbol"]) == (name, symbol)


def test_token_supply_cues() -> None:
    got, _ = _read(
        "token",
        "The Issuer shall create a token named 'Cedar Unit' (symbol: CDU) with an initial issuance of two million "
        "(2,000,000) units, which shall not be subject to further minting.",
    )
    assert got["initial_supply"] == Decimal(2000000)
    assert got["mintable"] is False
    got, _ = _read("token", "发个币叫松果，符号 PINE，先发个二十万")
    assert got["initial_supply"] == Decimal(200000)


# -- nft -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a ticker alone in the segment after the name
        (
            "my niece paints cats, call it Whisker Club, WHSK, 40 pieces, 0.01 eth",
            {"name": "Whisker Club", "symbol": "WHSK"},
        ),
        ("nft 叫 Moon Rabbit，MRBT，200 张，每张 0.01 ETH", {"name": "Moon Rabbit", "symbol": "MRBT"}),
        # "nft Name TICKER" without a colon
        ("nft Pebbles PBLS 500 supply 0.01 eth", {"name": "Pebbles", "symbol": "PBLS", "max_supply": 500}),
        # a segmented spec with spaced dashes
        # ("900 — 0.02 eth" bare reads as a range in the shared layer: asked, so the count has its noun here)
        (
            "pfp — Salt Crabs — SCRB — 900 pieces — 0.02 eth",
            {"name": "Salt Crabs", "symbol": "SCRB", "max_supply": 900},
        ),
        # looser keys of a ticker
        ("collection name Ink Days, code INKD, 60 pieces, 0.05 ETH each", {"symbol": "INKD"}),
        # "0.005 个 E": E said for ETH; "0.03E" glued
        ("NFT 叫 Lotus，LOTS，100 张，0.02 个 E 一张", {"mint_price": Decimal("0.02")}),
        ('NFT collection "Dust Motes" DUST 300 pieces 0.04E', {"mint_price": Decimal("0.04")}),
        # "N only": the whole supply; "we make N"; "max N for a wallet"; "limit N each"
        ("NFT for my book club, name Dog Ears, symbol DEAR, 80 only, free", {"max_supply": 80, "mint_price": 0}),
        (
            "NFT 'Kiln Marks', symbol KILN, we make 120, 0.03 ETH, maximum 2 for a wallet",
            {"max_supply": 120, "max_per_wallet": 2},
        ),
        ('mint for "Low Tide" (LTID): 700 supply, free mint, limit 3 each', {"max_per_wallet": 3}),
        # a token written before a number that already follows the number before it
        ("ERC721 Rust Foxes RFOX 2000 max 0.03 eth 4 per wallet", {"mint_price": Decimal("0.03"), "max_per_wallet": 4}),
        # the series' name after 系列 and a space
        ("NFT 系列 云海，符号 YUNH，总量 800，每个 0.01 ETH", {"name": "云海", "symbol": "YUNH"}),
    ],
)
def test_nft_readings(text: str, want: dict[str, object]) -> None:
    got, _ = _read("nft", text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("NFT 'Heron Days' HRN, 40 pieces, 0.05 ETH each, and I'd like to receive 6% whenever one is resold", 6),
        ("数字藏品『竹影』，代号 ZHUY，100 份，每份 0.01 ETH，以后转卖的时候我想拿 8% 的版税", 8),
        ("NFT 'Gull Cry' GULC, 100 pieces, 0.02 eth, royalties 2.5% go to my wallet", Decimal("2.5")),
    ],
)
def test_royalty_taken_by_the_user(text: str, pct: object) -> None:
    got, _ = _read("nft", text)
    assert (got["royalty_pct"], got["royalty_receiver"]) == (Decimal(str(pct)), "me")


def test_a_receiver_named_after_a_decimal_royalty() -> None:
    got, _ = _read("nft", "NFT Wren Notes WREN, 300 pieces, 0.01 eth, royalty 7.5% to Oksana")
    assert got["royalty_receiver"] == "Oksana"


# -- which kind ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("给我儿子的奶茶店弄个会员币 MILK，名字叫奶茶币，一万个", "token"),
        ("Our household wallet: my partner Jonas, his mother Ute and me. Majority rules.", "multisig"),
        ("safe w/ 6 guardians, 4 needed", "multisig"),
        (
            "The Artist shall mint 100 tokens entitled 'Dunes', symbol DUNE, at 0.2 ETH per token, with a royalty "
            "of 5% on secondary sales.",
            "nft",
        ),
    ],
)
def test_the_kind_from_its_everyday_words(text: str, kind: str) -> None:
    assert parse(text, today="2026-12-02").kind == kind


# -- the round-8 set -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["token", "multisig", "nft"])
def test_round8_set_never_silently_wrong(kind: str) -> None:
    total, correct, silent = judged_files(kind, R8, force_kind=True)
    assert total >= 16
    assert silent == []
    assert correct >= total - 1


# -- found on probes written after the round-8 set was measured ---------------------------------------------------
def test_owners_past_titles_in_brackets_and_a_name_after_addresses() -> None:
    got, _ = _read("multisig", "multisig: Uma (COO), Vik (CFO), Wes (CEO); 2 needed")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["Uma", "Vik", "Wes"], 3, 2)
    got, _ = _read(
        "multisig", f"multisig with owners {A1}, 0x03674D7a3d85aEeD82595C783e54e99a81c4Cb85 and Dora, 2 needed"
    )
    assert got["owners"] == [A1, "0x03674D7a3d85aEeD82595C783e54e99a81c4Cb85", "Dora"]
    assert got["owners_count"] == 3


def test_a_count_of_people_is_no_owner_name() -> None:
    got, _ = _read("multisig", "共管钱包，我和我姐两个人，都要签字")
    assert "两个人" not in (got.get("owners") or [])


@pytest.mark.parametrize(
    ("text", "count", "threshold"),
    [
        ("multisig: 2 signers out of 3 partners", 3, 2),
        ("multi sig, owners are me and Bruno, either can sign", 2, 1),
    ],
)
def test_more_threshold_forms(text: str, count: int, threshold: int) -> None:
    got, _ = _read("multisig", text)
    assert (got["owners_count"], got["threshold"]) == (count, threshold)


def test_nft_names_with_joining_words_and_mint_prices() -> None:
    got, _ = _read("nft", "nft: Songs of Oslo, SOSL, supply 300, 0.02 eth")
    assert (got["name"], got["symbol"]) == ("Songs of Oslo", "SOSL")
    got, _ = _read("nft", "nft collection Reed Light (REED), supply 900, mint 0.012, 2 per address")
    assert got["mint_price"] == Decimal("0.012")


def test_the_first_pieces_minted_are_no_supply() -> None:
    got, r = _read("nft", "NFT 'Barn Owls' BOWL, 0.02 eth, first 40 mints free")
    assert got.get("max_supply") is None
    assert _asked(r, "max_supply")


def test_a_dollar_ticker_that_spells_the_name() -> None:
    got, _ = _read("token", "launching memecoin $TOAD, name Toad, 1,000,000,000 supply")
    assert (got["name"], got["symbol"]) == ("Toad", "TOAD")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Could you help me create a digital currency for my shop? Call it Fern Dollar, FERN, 50000 units.", "token"),
        ("need a 2/3 safe for the ops team", "multisig"),
    ],
)
def test_more_kinds_from_everyday_words(text: str, kind: str) -> None:
    assert parse(text, today="2026-12-02").kind == kind


# -- found on the second hand-written set (heldout_tmn_r8_after.jsonl), measured once after the fixes above -------
def test_dictation_before_the_list_keeps_the_user() -> None:
    """ "for me and, um, Priya and Sol": dropping the user made a 2-owner wallet of a 3-owner request, silently."""
    got, _ = _read("multisig", "uh, a multisig for me and, um, Jonah and Bea, and like all of us gotta approve")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["me", "Jonah", "Bea"], 3, 3)


def test_both_of_us_with_a_relation_word_the_names_do_not_know() -> None:
    got, _ = _read("multisig", "joint wallet w/ my gf Noemi, both of us must sign")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["me", "Noemi"], 2, 2)


def test_more_can_be_issued_said_as_jiafa() -> None:
    got, _ = _read("token", "发个积分币，名字叫「米粒」，代号 MILI，先发一万个，以后可以加发")
    assert got["mintable"] is True
    got, _ = _read("token", "发个积分币，名字叫「米粒」，代号 MILI，先发一万个，不能加发")
    assert got["mintable"] is False


def test_a_bare_number_correcting_a_price() -> None:
    got, _ = _read("nft", "collection Harbor Gulls, HGUL, 500 supply, 0.05 eth, no sorry 0.04")
    assert got["mint_price"] == Decimal("0.04")
    got, _ = _read("nft", "NFT 系列 雪松，符号 XSON，总量 300，每个 0.03，不，0.035 ETH")
    assert got["mint_price"] == Decimal("0.035")


# -- found on later probes ---------------------------------------------------------------------------------------
def test_the_user_and_a_counted_group_named_in_brackets() -> None:
    """ "me and 2 friends (Ali, Bora)": two owners read from the brackets alone was a silent 2-of-2."""
    got, _ = _read("multisig", "multisig: me and 3 cousins (Ada, Bo, Cy), 3 of us sign")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["me", "Ada", "Bo", "Cy"], 4, 3)


def test_us_named_in_brackets_plus_one_more() -> None:
    got, _ = _read("multisig", "multisig with the two of us (me and Ravi) plus our lawyer Odette, 2 approvals")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["me", "Ravi", "Odette"], 3, 2)


def test_every_one_signs_said_at_the_end_of_the_clause() -> None:
    got, _ = _read("multisig", "多签钱包：我、我哥李强，两人都签")
    assert (got["owners_count"], got["threshold"]) == (2, 2)


def test_erc20_then_the_name_and_its_ticker() -> None:
    got, _ = _read("token", "pls erc20 Comet Pass COMET 2b supply")
    assert (got["name"], got["symbol"]) == ("Comet Pass", "COMET")


def test_royalty_to_a_relation_then_the_name() -> None:
    got, _ = _read("nft", "NFT 'Fox Den' FOXD, 300 pieces, 0.02 ETH, royalty 5% to my co-author Ines")
    assert got["royalty_receiver"] == "Ines"


def test_a_number_inside_a_token_name() -> None:
    """ "Series 2 Coin": cut at the 2, the name was "Series" and the supply 2, silently."""
    got, _ = _read("token", "token named Vintage 3 Club, symbol V3C, 40000 supply")
    assert (got["name"], got["initial_supply"]) == ("Vintage 3 Club", Decimal(40000))


def test_an_amount_of_money_counts_no_owners() -> None:
    """ "a daily limit of 2 ETH": "of 2" is no count of owners; the amount stays a question (no param holds it)."""
    got, r = _read("multisig", "multisig 4 owners, 2 sign, and a weekly limit of 3 ETH")
    assert (got["owners_count"], got["threshold"]) == (4, 2)
    assert any("3" in q.words for q in r.questions)  # type: ignore[attr-defined]
    got, _ = _read("multisig", "多签，四个人，两个签，每笔不超过 5 ETH")
    assert (got["owners_count"], got["threshold"]) == (4, 2)


def test_an_english_verb_in_chinese_speech() -> None:
    got, _ = _read("multisig", "我们 team 三个人：我、阿Joe、小米，两个人 approve 就可以")
    assert (got["owners_count"], got["threshold"]) == (3, 2)


def test_a_singular_piece_in_second_language_english() -> None:
    got, _ = _read(
        "nft", 'i want sell my drawing as nft, the name "Kite Day", symbol KDAY, 60 piece, 0.01 eth, 2 piece per wallet'
    )
    assert (got["max_supply"], got["max_per_wallet"]) == (60, 2)
