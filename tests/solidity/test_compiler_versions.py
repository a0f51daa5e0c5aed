"""Old contracts compile with the release their pragma asks for, through one worker per release, and the
``tools/solc`` shim picks the same release (flag, environment variable or pragma)."""

from __future__ import annotations

import json
import subprocess

import pytest

from ledgerlm.errors import CompilationError
from ledgerlm.solidity import compiler
from ledgerlm.solidity.toolchain import solc_shim

# WETH9-style 0.4 code (written for this test): `function() payable`, `throw`, `this.balance`
OLD = """pragma solidity ^0.4.18;
contract MiniWeth {
    mapping (address => uint) public balanceOf;
    function() public payable { deposit(); }
    function deposit() public payable { balanceOf[msg.sender] += msg.value; }
    function withdraw(uint wad) public {
        if (balanceOf[msg.sender] < wad) throw;
        balanceOf[msg.sender] -= wad;
        msg.sender.transfer(wad);
    }
    function total() public view returns (uint) { return this.balance; }
}
"""


def test_pragma_0_4_compiles_with_a_0_4_release() -> None:
    art = compiler.compile_sources({"MiniWeth.sol": OLD}, strict=False)["MiniWeth"]
    assert art.compiler_version.startswith("0.4.26")
    assert any(i.get("name") == "withdraw" for i in art.abi) and len(art.bytecode) > 100
    std = compiler.standard_input({"MiniWeth.sol": OLD})
    assert std["settings"]["evmVersion"] == "byzantium"  # never prague for an old release


@pytest.mark.parametrize(("pragma", "expect"), [("^0.5.0", "0.5.17"), ("^0.6.0", "0.6.12"), ("^0.7.0", "0.7.6")])
def test_each_minor_has_a_release(pragma: str, expect: str) -> None:
    src = f"pragma solidity {pragma};\ncontract C {{ uint public x; function set(uint v) public {{ x = v; }} }}\n"
    art = compiler.compile_sources({"C.sol": src}, strict=False)["C"]
    assert art.compiler_version.startswith(expect)


def test_unshipped_exact_pragma_is_a_clear_error() -> None:
    with pytest.raises(CompilationError, match=r"no shipped compiler accepts `pragma solidity 0.4.9`.*shipped: "):
        compiler.compile_sources({"X.sol": "pragma solidity 0.4.9;\ncontract X {}\n"}, strict=False)


def test_shim_takes_the_version_by_flag_env_or_pragma() -> None:
    shim = str(solc_shim())
    out = subprocess.run([shim, "--version", "--solc-version", "0.5.17"], capture_output=True, text=True, check=True)
    assert "Version: 0.5.17" in out.stdout
    env_out = subprocess.run(
        [shim, "--version"],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "LEDGERLM_SOLC_VERSION": "0.7.6"},
    )
    assert "Version: 0.7.6" in env_out.stdout
    bad = subprocess.run([shim, "--version", "--solc-version", "0.5.1"], capture_output=True, text=True)
    assert bad.returncode == 2 and "not shipped" in bad.stderr
    std = {
        "language": "Solidity",
        "sources": {"MiniWeth.sol": {"content": OLD}},
        "settings": {"outputSelection": {"*": {"*": ["abi"]}}},
    }
    res = subprocess.run([shim, "--standard-json"], input=json.dumps(std), capture_output=True, text=True, check=True)
    assert "MiniWeth" in json.loads(res.stdout)["contracts"]["MiniWeth.sol"]
