"""The server's own errors come from its catalogue: every one renders in both languages, message and hint."""

from __future__ import annotations

import re

import pytest

from ledgerlm.server.errors import HINTS, HttpError
from ledgerlm.server.messages import CATALOGUE

VALUES = {"size": 2_000_000, "limit": 1_000_000, "wait": 1.25, "detail": "x", "want": "swap", "path": "/v9/x"}
VALUES["target"] = "deployment #7"


@pytest.mark.parametrize("key", sorted(HINTS))
def test_every_server_error_speaks_both_languages(key: str) -> None:
    en = HttpError(400, key, lang="en", **VALUES).body()
    zh = HttpError(400, key, lang="zh", **VALUES).body()
    assert en["kind"] == zh["kind"] == key and en["error"] and en["hint"] and zh["error"] and zh["hint"]
    assert not re.search(r"[\u4e00-\u9fff]", en["error"] + en["hint"])
    assert re.search(r"[\u4e00-\u9fff]", zh["error"] + zh["hint"])


def test_every_catalogue_id_is_an_error_or_its_hint() -> None:
    assert set(CATALOGUE.ids()) == set(HINTS) | set(HINTS.values())


def test_values_are_filled_and_made_inert() -> None:
    body = HttpError(429, "rate", lang="zh", wait=2.5).body()
    assert body["hint"] == "请等待 2.5 秒后重试"
    body = HttpError(404, "not_found", lang="en", path="/x\x1b[2J\u202e").body()
    # The escape sequence goes whole; markup is escaped by the page (textContent), not here.
    assert body["error"] == "no such endpoint: /x"
