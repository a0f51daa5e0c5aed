"""Words blanked before the kinds read a request (a closing "thanks", an e-mail signature) are listed as deliberately
ignored with a reason, so every number in the text is accounted for (issue 8, "nothing unaccounted for")."""

from __future__ import annotations

from ledgerlm.contracts.request import parse


def test_a_signature_is_listed_as_ignored_and_its_numbers_feed_nothing() -> None:
    text = "token Amber, AMB, 500k supply.\n\nBest,\nTom Reyes | +44 7700 900123 | 221B Baker St"
    result = parse(text, today="2026-12-02")
    assert result.params["initial_supply"] == 500000
    (signature,) = [i for i in result.ignored if "signature" in i.reason]
    assert "7700 900123" in signature.words and text[signature.start : signature.end].strip() == signature.words


def test_closing_thanks_are_listed_as_ignored() -> None:
    result = parse("lend Bob 2 ETH for 6 months at 5%, thanks a lot!", today="2026-12-02")
    assert result.params["principal"] == 2
    assert any(i.reason == "thanks: no value" and "thanks" in i.words for i in result.ignored)
