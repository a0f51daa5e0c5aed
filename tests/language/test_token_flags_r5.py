"""Token names in corner or title brackets, and the mintable flag said with "never / no more / 不再" or as "the supply
can grow": read right, in both languages (each once read silently wrong)."""

from __future__ import annotations

import pytest

from ledgerlm.contracts.request import parse


@pytest.mark.parametrize(
    ("text", "name", "mintable"),
    [
        ("创建代币：名字『麒麟』，代码 QL，总发行两千一百万，不能增发", "麒麟", False),
        ("发个代币，名称《星河》，代号 XH，一百万枚，可以增发", "星河", True),
        ("奶茶店会员币，叫“茶友币”，代号TEA，五十万个，要能暂停转账，以后不再增发", "茶友币", False),
        ("Symbol ZEN, name Zenith, 10 000 000 tokens, and the supply can grow later", "Zenith", True),
        ("token ABC named Abc, 1000 supply, we will never mint more", "Abc", False),
        ("token ABC named Abc, 1000 supply, mintable", "Abc", True),
    ],
)
def test_bracketed_names_and_mintable_said_in_other_words(text: str, name: str, mintable: bool) -> None:
    result = parse(text, kind="token", today="2026-12-01")
    assert result.params["name"] == name
    assert result.params["mintable"] is mintable
    assert "mintable" in result.evidence  # the flag cites the words it was read from
