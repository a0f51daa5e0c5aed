"""solc-js through the worker: OpenZeppelin imports, strict warnings, clear errors, and the artefact cache."""

from __future__ import annotations

import json

import pytest

from ledgerlm.errors import CompilationError
from ledgerlm.solidity import compiler
from ledgerlm.solidity.compiler import compile_file, compile_sources

TOKEN = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
/// @title Demo token
contract Demo is ERC20 {
    constructor(uint256 supply) ERC20("Demo", "DMO") { _mint(msg.sender, supply); }
}
"""


def test_openzeppelin_imports_resolve_and_settings_are_pinned() -> None:
    artifacts = compile_sources({"Demo.sol": TOKEN})
    demo = artifacts["Demo"]
    assert demo.bytecode.startswith("0x60") and any(i.get("name") == "transfer" for i in demo.abi)
    assert demo.compiler_version.startswith("0.8.30")
    std = compiler.standard_input({"Demo.sol": TOKEN})
    assert std["settings"]["evmVersion"] == "prague"
    assert "@openzeppelin/contracts/token/ERC20/ERC20.sol" in std["sources"]


def test_cache_key_depends_on_source_and_is_reused(shared_cache) -> None:
    first = compile_sources({"Demo.sol": TOKEN})["Demo"]
    compiler._memory_cache.clear()
    again = compile_sources({"Demo.sol": TOKEN})["Demo"]  # served from the on-disk cache
    assert again.key == first.key and again.bytecode == first.bytecode
    assert (shared_cache / "solc" / f"{first.key}.json").exists()
    changed = compile_sources({"Demo.sol": TOKEN.replace('"DMO"', '"DM2"')})["Demo"]
    assert changed.key != first.key


def test_warnings_are_errors_when_strict() -> None:
    extra = "function f() external pure returns (uint256) { uint256 unused = 1; return 2; }\n    "
    noisy = TOKEN.replace("constructor(uint256 supply)", extra + "constructor(uint256 supply)")
    with pytest.raises(CompilationError, match="warnings are errors"):
        compile_sources({"Noisy.sol": noisy}, strict=True)
    assert "Demo" in compile_sources({"Noisy.sol": noisy}, strict=False)


def test_syntax_errors_and_missing_imports_are_reported() -> None:
    with pytest.raises(CompilationError, match=r"ParserError|Expected"):
        compile_sources({"Bad.sol": "pragma solidity ^0.8.24; contract {"})
    with pytest.raises(CompilationError, match="cannot resolve import"):
        compile_sources({"Imp.sol": 'import "./Nope.sol";'})


def test_compile_file_resolves_relative_imports(tmp_path) -> None:
    (tmp_path / "Lib.sol").write_text(
        "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\n"
        "library Lib { function two() internal pure returns (uint256) { return 2; } }\n"
    )
    header = '// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\nimport "./Lib.sol";\n'
    (tmp_path / "Main.sol").write_text(
        header + "contract Main { function f() external pure returns (uint256) { return Lib.two(); } }\n"
    )
    assert "Main" in compile_file(tmp_path / "Main.sol")
    with pytest.raises(CompilationError, match="does not exist"):
        compile_file(tmp_path / "Missing.sol")


def test_solc_shim_answers_version_and_standard_json() -> None:
    import subprocess

    from ledgerlm.solidity.toolchain import solc_shim

    version = subprocess.run([str(solc_shim()), "--version"], capture_output=True, text=True, check=True).stdout
    assert "Version: 0.8.30" in version
    std = compiler.standard_input({"Demo.sol": TOKEN})
    out = subprocess.run(
        [str(solc_shim()), "--standard-json"], input=json.dumps(std), capture_output=True, text=True, check=True
    ).stdout
    assert "Demo" in json.loads(out)["contracts"]["Demo.sol"]
