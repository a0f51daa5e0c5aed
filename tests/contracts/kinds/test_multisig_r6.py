"""Round 6 of reading nft, splitter, multisig and dao requests: the classes of failure found on the round-5 blind
set, each proved in both languages, and the round-6 hand-written sets never silently wrong.

Every test gives the kind (``parse(..., kind=...)``): what is proven here is the extractor's reading; which kind a
request is belongs to the classifier and its own tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse

from ._newkinds import asked, judged_files

A1 = "0x5B303cfDF4A41F5B9C26Ff1348e021663238987d"  # the first two addresses are never the same one
A2 = "0xfE0Ff676aE3b812e6eBe0f864d3dEA24952a7532"


def _read(kind: str, text: str) -> tuple[dict[str, object], object]:
    r = parse(text, kind=kind, today="2026-12-01")
    return r.params, r


# -- multisig --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "owners", "count", "threshold"),
    [
        ("me + Ollie + our accountant Ms. Brandt, any two of us can sign", ["me", "Ollie", "Ms. Brandt"], 3, 2),
        ("treasury: Ana plus Bea plus me, 2 approvals", ["Ana", "Bea", "me"], 3, 2),
        ("公司金库多签：钱总、孙总、财务部刘会计、我，四个人里要三个同意", ["钱总", "孙总", "刘会计", "me"], 4, 3),
        ("社团多签：社长阿龙、副社长小蒋、会计刘姐，需要其中两个人同意", ["阿龙", "小蒋", "刘姐"], 3, 2),
        ("我和两个合伙人（Ken、Steven）建个多签，要三个人全签", ["me", "Ken", "Steven"], 3, 3),
    ],
)
def test_owners_in_every_list_form(text: str, owners: list[str], count: int, threshold: int) -> None:
    got, _ = _read("multisig", text)
    assert (got["owners"], got["owners_count"], got["threshold"]) == (owners, count, threshold)


@pytest.mark.parametrize(
    "text",
    [
        "多签钱包：我、阿琳、周叔，动钱的话缺一个人签字都不行",
        "多签：我、老周、小吴，少一个都不行",
        "need a vault where all 3 of us (me, Greta, Hiroshi) must sign",
    ],
)
def test_without_any_one_owner_nothing_moves(text: str) -> None:
    got, _ = _read("multisig", text)
    assert got["owners_count"] == 3 and got["threshold"] == 3  # once read as 1, silently


@pytest.mark.parametrize(
    "text",
    [
        "多签，我和赵姐、钱哥，两个人签就行？还是三个都要签？你帮我看看",
        "multisig for me, Ana and Bo: 2 sigs or all of us must sign?",
    ],
)
def test_a_choice_of_two_thresholds_is_asked_showing_both(text: str) -> None:
    got, r = _read("multisig", text)
    assert got["threshold"] is None and asked(r, "threshold")
    q = next(q for q in r.questions if "threshold" in q.fields)
    assert "两" in q.words or "2" in q.words


def test_a_stated_total_wins_over_another_count_and_an_unnamed_owner_is_kept_apart() -> None:
    text = (
        "我们家的钱之前都是我爸一个人说了算，现在改成多签，至少两个人同意才能转出："
        "我爸老林、我妈、我、我姐林芳，一共四个人"
    )
    got, _ = _read("multisig", text)
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["老林", "me", "林芳"], 4, 2)
    got, r = _read("multisig", "多签：我爸老林、我妈、我，两个人同意就能转账")
    assert asked(r, "owners_count")  # 我妈 has no name: the named two are not all the owners


# -- splitter --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "payees", "shares"),
    [
        (
            "Liv did most of the art so she gets half, and me and Bastian split the other half evenly",
            ["Liv", "me", "Bastian"],
            [50, 25, 25],
        ),
        ("工作室收入：我拿一半，剩下的给阿青和阿蓝平分", ["me", "阿青", "阿蓝"], [50, 25, 25]),
        ("I take 40% and the rest is split equally between Ana and Bo", ["me", "Ana", "Bo"], [40, 30, 30]),
        (
            "版税分成，作者周老师百分之八十五，出版社上海星辰文化有限公司百分之十五",
            ["周老师", "上海星辰文化有限公司"],
            [85, 15],
        ),
        (
            "splitter，payees 是 我、Hannah、Kenji、Obi，shares 40、20、20、20",
            ["me", "Hannah", "Kenji", "Obi"],
            [40, 20, 20, 20],
        ),
        ("payees: Mina, Jae, me; shares: 2, 1, 1", ["Mina", "Jae", "me"], [2, 1, 1]),
        ("split it 40-40-20 between Joon, Faye and me", ["Joon", "Faye", "me"], [40, 40, 20]),
        (f"Half goes to the charity {A1} and the other half to me", [A1, "me"], [1, 1]),
    ],
)
def test_splitter_classes(text: str, payees: list[str], shares: list[int]) -> None:
    got, _ = _read("splitter", text)
    assert got["payees"] == payees
    assert [Decimal(x) * sum(shares) for x in got["shares"]] == [Decimal(x) * sum(got["shares"]) for x in shares]


def test_a_rest_split_that_has_no_exact_percent_is_asked() -> None:
    got, r = _read("splitter", "I keep 50% and Ana, Bo and Cy split the rest")
    assert got["payees"] == ["me", "Ana", "Bo", "Cy"]  # once the three alone, silently
    assert got["shares"] is None and asked(r, "shares")  # 50/3 each has no exact percent


def test_payees_without_shares_are_read_and_the_shares_asked() -> None:
    got, r = _read("splitter", "我要个分钱的合约，我和小武，怎么分还没想好")
    assert got["payees"] == ["me", "小武"] and got["shares"] is None and asked(r, "shares")


# -- nft -------------------------------------------------------------------------------------------------------
def test_nft_symbol_name_and_receiver_cues() -> None:
    got, _ = _read("nft", f"mint price 0.015 ETH, 7777 supply, name Glitch Monks, sym GMONK, royalties 4% to {A1}")
    assert (got["name"], got["symbol"]) == ("Glitch Monks", "GMONK")
    got, _ = _read("nft", "NFT合约：名字『十二生肖』，符号 ZODIAC，总共 12 个，每个 1 ETH，不收版税")
    assert got["name"] == "十二生肖"
    got, _ = _read("nft", f"NFT collection 'Jade Rabbit' 符号 JRAB，supply 2222，mint 0.03 ETH，royalty 5% 给 {A2}")
    assert got["royalty_receiver"] == A2


# -- dao -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Elmwood Tenants Union DAO: 4,000 votes (symbol HTU), 30% quorum, 7 days voting, 2 days timelock",
            "Elmwood Tenants Union",
        ),
        (
            "Spin up a DAO — Harbor Lights — symbol HLGT, 40,000 votes, 20% quorum, 4 days voting, timelock 1 day",
            "Harbor Lights",
        ),
    ],
)
def test_dao_name_next_to_the_word_dao(text: str, name: str) -> None:
    got, _ = _read("dao", text)
    assert got["name"] == name


def test_dao_holders_shares_and_words() -> None:
    got, _ = _read(
        "dao",
        "a DAO called Knight Moves, symbol KNGT, 20000 tokens, I keep 40% and the other 60% goes to the club "
        "treasurer Mrs. Adeyemi, quorum a quarter of the supply, voting ten days, two days in the timelock",
    )
    assert (got["holders"], got["holder_shares"], got["quorum_pct"]) == (["me", "Mrs. Adeyemi"], [40, 60], 25)
    got, _ = _read("dao", "DAO：代币 ZHU，一万枚，法定人数四分之一，投票期 7 天，时间锁 1 天")
    assert got["quorum_pct"] == 25
    got, r = _read("dao", "DAO, token ZHU, 10000 supply, quorum a third, voting 7 days, timelock 1 day")
    assert got["quorum_pct"] is None and asked(r, "quorum_pct")  # 33.3…% cannot be held: asked, never rounded


def test_dao_bare_setting_words() -> None:
    got, _ = _read(
        "dao", "governor + timelock: token VOTE, supply 1e6, quorum 20 %, period 6 days, delay 1 day, timelock 3 days"
    )
    assert (got["voting_period_days"], got["voting_delay_days"], got["timelock_delay_days"]) == (6, 1, 3)
    got, _ = _read("dao", "DAO, token VOTE, supply 1e6, quorum 20 %, voting 6 days, delay 1 day")
    assert got["voting_delay_days"] is None  # a bare delay with no timelock named may be either: not read


# -- classes found by the after-tuning sets (measured once first, then fixed) ------------------------------------
@pytest.mark.parametrize(
    ("kind", "text", "key", "want"),
    [
        (
            "multisig",
            "multi sig: me, Oona, Piet, Quinn & Rosa — majority rules",
            "owners",
            ["me", "Oona", "Piet", "Quinn", "Rosa"],
        ),
        ("multisig", "多签钱包 成员 小马 老钱 阿May 我 三个签名才能动", "owners", ["小马", "老钱", "阿May", "me"]),
        ("multisig", "给我和小芸、大卫弄个多签钱包，任何一笔都得我们三个人一致同意", "threshold", 3),  # not "一笔" = 1
        ("multisig", "多签，我跟我哥阿豪，两个人都签才行", "threshold", 2),
        ("multisig", "I and my wife Sunita want a joint multisig where either of us can sign alone", "threshold", 1),
        (
            "multisig",
            "ok so Jun, Talia and I want a wallet, nobody can sign alone, 2 signatures needed",
            "threshold",
            2,
        ),
        ("splitter", "我和两个朋友阿坤、小菲平分收益", "payees", ["me", "阿坤", "小菲"]),
        ("splitter", "把每笔收入按 5:5 分给我和表妹晓雪", "payees", ["me", "晓雪"]),
        ("splitter", "splitter w/ shares me=50 Jo=25 Sam=25", "shares", [50, 25, 25]),
        ("splitter", "分账 阿梅 40 小唐 35 我 25", "payees", ["阿梅", "小唐", "me"]),
        ("nft", "NFT | Ghost Ships | GSHP | 1111 | 0.011 ETH | 3/wallet", "max_per_wallet", 3),
        (
            "nft",
            f"nft called Fern Folk, ticker FERNF, 64 pieces, 1 eth each, royalty 12% to her wallet {A2}",
            "royalty_receiver",
            A2,
        ),
        ("nft", "发行数字藏品：系列名 江南烟雨，符号 JNYY，一共 2000 份，每份 0.01 ETH", "name", "江南烟雨"),
        ("nft", "NFT plz — Neon Alley, symbol ALLEY, 1500 supply, 0.015 ETH", "name", "Neon Alley"),
        (
            "dao",
            "We are the Maple Lane Residents Association and would like a DAO. Token: MAPL, 5,000 total",
            "name",
            "Maple Lane Residents Association",
        ),
        ("dao", "建DAO：星火社区，代币 SPARK，一百万枚，法定人数 5%，投票期 7 天，时间锁 2 天", "name", "星火社区"),
        ("dao", "a DAO for our band The Loud Quiet — token LOUD, 4000 votes, quorum 50%", "name", "The Loud Quiet"),
        ("dao", "建一个DAO，代币 LEAF 两百万枚，一半给我，一半给小竹，法定人数 10%", "holders", ["me", "小竹"]),
        (
            "multisig",
            "my cofounder Beatriz and I, so: a multisig with the two of us plus our advisor Dr. Mensah, 2 signatures",
            "owners",
            ["Beatriz", "me", "Dr. Mensah"],
        ),
        ("multisig", "多签：我＋小唐＋阿Ken，2/3", "owners", ["me", "小唐", "阿Ken"]),
        ("multisig", "门槛 3，签名人 7 个，多签钱包", "owners_count", 7),
        ("multisig", "给公司弄个多签，股东有王总、李总、赵总和我，一半以上同意才行", "threshold", 3),
        ("splitter", f"{A1} 60 / {A2} 40", "shares", [60, 40]),  # never "60 / 0" from the 0 of 0x
        ("splitter", f"I keep half and the other half goes to my mum's account {A2}", "payees", ["me", A2]),
        (
            "dao",
            "DAO for me and my 2 partners Lina and Omar: token TRIO, 3000 supply split evenly",
            "holders",
            ["me", "Lina", "Omar"],
        ),
        ("dao", "dao: Harbor Rowers, HROW, 8000 votes, quorum 25%", "name", "Harbor Rowers"),
    ],
)
def test_after_set_classes(kind: str, text: str, key: str, want: object) -> None:
    got, _ = _read(kind, text)
    assert got[key] == want


# -- the round-6 sets ------------------------------------------------------------------------------------------
R6 = tuple(f"heldout_nsmd_r6{suffix}.jsonl" for suffix in ("", "_after", "_after2", "_after3"))


@pytest.mark.parametrize("kind", ["nft", "splitter", "multisig", "dao"])
def test_round6_sets_never_silently_wrong(kind: str) -> None:
    total, correct, silent = judged_files(kind, R6, force_kind=True)
    assert total == 50
    assert silent == []
    assert correct >= 49
