"""The pragma matcher (npm-semver semantics, as solc uses) and the choice of a shipped solc release."""

from __future__ import annotations

import pytest

from ledgerlm.errors import CompilationError
from ledgerlm.solidity import versions
from ledgerlm.solidity.versions import parse_constraint


@pytest.mark.parametrize(
    ("pragma", "yes", "no"),
    [
        ("^0.4.19", ["0.4.19", "0.4.26"], ["0.4.18", "0.5.0"]),
        ("~0.4.24", ["0.4.24", "0.4.26"], ["0.5.0", "0.4.23"]),
        (">=0.4.22 <0.6.0", ["0.4.22", "0.5.17"], ["0.6.0", "0.4.21"]),
        ("^0.5.0 || ^0.6.0", ["0.5.1", "0.6.12"], ["0.7.0", "0.4.26"]),
        ("0.4.25", ["0.4.25"], ["0.4.26", "0.4.24"]),
        ("=0.8.30", ["0.8.30"], ["0.8.29"]),
        ("0.4.24 - 0.5", ["0.4.24", "0.5.17"], ["0.6.0", "0.4.23"]),
        (">0.4 <=0.5", ["0.5.0", "0.5.17"], ["0.4.26", "0.6.0"]),
        ("0.8.x", ["0.8.0", "0.8.30"], ["0.7.6", "0.9.0"]),
        ("*", ["0.4.11", "0.8.30"], []),
        ("^0.0.3", ["0.0.3"], ["0.0.4"]),
        ("> = 0.4.0", ["0.4.0", "0.8.30"], ["0.3.6"]),
    ],
)
def test_constraints_follow_semver(pragma: str, yes: list[str], no: list[str]) -> None:
    c = parse_constraint(pragma)
    for v in yes:
        assert c.accepts(versions.parse_version(v)), (pragma, v)
    for v in no:
        assert not c.accepts(versions.parse_version(v)), (pragma, v)


def test_newest_shipped_release_that_fits_is_chosen() -> None:
    shipped = versions.shipped()
    assert (0, 8, 30) in shipped and any(v[:2] == (0, 4) for v in shipped)
    assert {v[:2] for v in shipped} >= {(0, 4), (0, 5), (0, 6), (0, 7), (0, 8)}
    assert versions.select(["pragma solidity ^0.4.19;"])[:2] == (0, 4)
    assert versions.select(["pragma solidity ^0.4.19;"]) == max(v for v in shipped if v[:2] == (0, 4))
    assert versions.select(["pragma solidity >=0.5.0 <0.7.0;"])[:2] == (0, 6)
    assert versions.select(["// pragma solidity ^0.4.0;\npragma solidity ^0.8.0;"]) == (0, 8, 30)
    assert versions.select(["contract A {}"]) == versions.default_version()
    # every pragma of every source must hold
    assert versions.select(["pragma solidity ^0.4.24;", "pragma solidity >=0.4.0;"])[:2] == (0, 4)


def test_a_pragma_no_release_accepts_names_the_pragma_and_the_releases() -> None:
    with pytest.raises(CompilationError) as err:
        versions.select(["pragma solidity 0.4.9;"])
    assert "pragma solidity 0.4.9" in str(err.value) and "0.8.30" in str(err.value) and "0.4.26" in str(err.value)
    with pytest.raises(CompilationError, match="unreadable pragma"):
        versions.select(["pragma solidity ^banana;"])


def test_evm_version_is_one_each_release_knows() -> None:
    assert versions.evm_version((0, 8, 30)) == "prague"
    assert versions.evm_version((0, 4, 26)) == "byzantium"
    assert versions.evm_version((0, 4, 18)) is None  # evmVersion appeared in 0.4.21
    assert versions.evm_version((0, 7, 6)) == "istanbul"
