"""``parse``: the shared dev set, our larger bilingual set, the seed request, impossible values, ambiguity."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.parser import ParseResult
from ledgerlm.errors import AmbiguousRequest, InputError, LedgerError, SpecError

from .conftest import load_jsonl, params_match


def _evaluate(rows: list[dict[str, Any]]) -> tuple[float, dict[str, str], list[str]]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for row in rows:
        options = [row["expect"]] if "expect" in row else row["expect_any"]
        kind = options[0]["kind"]
        per[kind][1] += 1
        try:
            result = parse(row["text"])
            ok = any(params_match(result, e) for e in options)
            got: Any = (result.kind, result.params)
        except LedgerError as exc:
            ok, got = False, repr(exc)
        if ok:
            per[kind][0] += 1
        else:
            failures.append(f"{row['text']!r}: expected {options}, got {got}")
    total = sum(a for a, _ in per.values()) / sum(b for _, b in per.values())
    return total, {k: f"{a}/{b}" for k, (a, b) in sorted(per.items())}, failures


@pytest.mark.parametrize("dataset", ["contracts_dev.jsonl", "contracts_more.jsonl"])
def test_dataset_accuracy(dataset: str) -> None:
    rows = load_jsonl(dataset)
    accuracy, per_kind, failures = _evaluate(rows)
    print(f"\n{dataset}: {accuracy:.1%} fully correct over {len(rows)} rows; per kind {per_kind}")
    assert accuracy >= 0.95, "\n".join(failures)
    kinds = {(r["expect"] if "expect" in r else r["expect_any"][0])["kind"] for r in rows}
    assert kinds == {"loan", "token", "escrow", "vesting", "crowdfund", "multisig"}


def test_larger_set_is_bilingual_and_large() -> None:
    rows = load_jsonl("contracts_more.jsonl")
    assert len(rows) >= 120
    zh = sum(1 for r in rows if any("\u4e00" <= c <= "\u9fff" for c in r["text"]))
    assert zh >= 40 and len(rows) - zh >= 40


def test_seed_request() -> None:
    r = parse("自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金")
    assert isinstance(r, ParseResult)
    assert r.kind == "loan" and r.lang == "zh"
    assert r.params["term_months"] == Decimal(3)
    assert r.params["annual_rate_pct"] == Decimal(5)
    assert r.params["installment_pct"] == Decimal(10)
    assert r.params["period_months"] == Decimal(1)
    assert r.params["principal"] is None and r.missing[0] == "principal"
    assert r.confidence >= 0.5


def test_nothing_is_invented() -> None:
    r = parse("I need a multisig wallet")
    assert r.params["threshold"] is None and r.params["owners_count"] is None
    assert {"threshold", "owners_count"} <= set(r.missing)
    r = parse("create a token called Ember with 10M supply")
    assert r.params["symbol"] is None and "symbol" in r.missing


def test_token_defaults_to_eth_with_a_note() -> None:
    r = parse("loan 5 to Bob for 3 months at 4%")
    assert r.params["token"] == "ETH"
    assert any("ETH" in n for n in r.notes)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("loan -100 USDC for 6 months at 5%", "principal"),
        ("lend 100 USDC for 0 months at 5%", "term_months"),
        ("贷款 100 USDC，期限 3 个月，年利率 150%", "annual_rate_pct"),
        ("2-of-1 multisig", "threshold"),
        ("multisig with 3 owners, 5 must approve", "threshold"),
        ("vest 1000 PROJ over 6 months with a 12-month cliff", "cliff_months"),
        ("token named Foo, symbol FOO, 5M supply, cap of 1M", "cap"),
        ("crowdfund -5 ETH in 10 days", "goal"),
    ],
)
def test_impossible_values_name_the_field(text: str, field: str) -> None:
    with pytest.raises(SpecError) as err:
        parse(text)
    assert err.value.field == field
    assert err.value.hint


def test_high_rate_allowed_with_flag() -> None:
    r = parse("贷款 100 USDC，期限 3 个月，年利率 150%", allow_high_rate=True)
    assert r.params["annual_rate_pct"] == Decimal(150)


def test_bad_checksum_is_an_input_error() -> None:
    bad = "0x742d35Cc6634C0532925a3b844Bc454e4438f44E"
    with pytest.raises(InputError, match="checksum"):
        parse(f"Loan 10 ETH to {bad} for 2 years at 6% APR")


def test_lowercase_address_is_checksummed() -> None:
    r = parse("Loan 10 ETH to 0x742d35cc6634c0532925a3b844bc454e4438f44e for 2 years at 6% APR")
    assert r.params["borrower"] == "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


@pytest.mark.parametrize("text", ["what's the weather", "今天天气怎么样", "tell me a joke", "hello there"])
def test_non_contract_text_is_ambiguous(text: str) -> None:
    with pytest.raises(AmbiguousRequest) as err:
        parse(text)
    from ledgerlm.contracts.kinds import kind_names

    assert err.value.options and all(o in kind_names() for o in err.value.options)


def test_ambiguous_message_follows_the_language() -> None:
    with pytest.raises(AmbiguousRequest) as err:
        parse("今天天气怎么样")
    assert "合约" in err.value.message


def test_threshold_from_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_CONTRACTS_KIND_CONFIDENCE_THRESHOLD", "0.99999")
    with pytest.raises(AmbiguousRequest):
        parse("第三方担保 1 个 ETH，期限三周")
    assert parse("第三方担保 1 个 ETH，期限三周", threshold=0.5).kind == "escrow"


def test_forced_kind_skips_classification() -> None:
    r = parse("100 ETH, 30 days", kind="crowdfund")
    assert r.kind == "crowdfund" and r.params["goal"] == Decimal(100) and r.params["deadline_days"] == Decimal(30)
    with pytest.raises(SpecError):
        parse("100 ETH", kind="lottery")


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="empty"):
        parse("   ")


def test_kind_scores_and_confidence() -> None:
    r = parse("5-of-9 multi-signature treasury")
    assert r.kind == "multisig" and r.confidence > 0.8
    assert abs(sum(r.kind_scores.values()) - 1) < 0.01


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I want to give my friend 500 USDC and have him pay me back with interest in a year", "loan"),
        ("I want my own cryptocurrency for my bakery, 1 million units", "token"),
        ("hold the payment until the package arrives, 2 ETH, 10 days", "escrow"),
        ("我买二手车，钱先放在合约里，验车没问题再给卖家，5 ETH", "escrow"),
        ("employee stock-like grant of 10000 PROJ released over 4 years", "vesting"),
        ("pool money from fans to fund our next album, 20 ETH", "crowdfund"),
        ("our club treasury should need 3 of the 5 board members to approve", "multisig"),
        ("三个人共管的钱包，两个人同意就能转账", "multisig"),
    ],
)
def test_paraphrases_without_the_usual_keywords(text: str, kind: str) -> None:
    assert parse(text).kind == kind


@pytest.mark.parametrize("text", ["what is a loan?", "什么是多签钱包", "how does escrow work", "send 1 ETH to bob"])
def test_questions_and_other_intents_are_not_contract_requests(text: str) -> None:
    with pytest.raises(AmbiguousRequest):
        parse(text)
