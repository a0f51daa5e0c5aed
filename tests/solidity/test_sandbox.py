"""The compile sandbox: imports only inside the project tree, include paths and shipped libraries; escapes refused
without printing what they point to; size limits with a clear message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ledgerlm.errors import CompilationError, InputError
from ledgerlm.solidity import compiler, sandbox
from ledgerlm.solidity.compiler import compile_file

HEAD = "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\n"
SECRET = "TOP-SECRET-LINE do not print me"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_relative_import_from_a_subfolder_works(tmp_path: Path) -> None:
    _write(tmp_path / "foundry.toml", "")
    _write(tmp_path / "src" / "Base.sol", HEAD + "contract Base { uint256 public x = 1; }\n")
    main = _write(tmp_path / "src" / "sub" / "Main.sol", HEAD + 'import "../Base.sol";\ncontract Main is Base {}\n')
    assert "Main" in compile_file(main)
    # the folder given is the root too
    assert "Main" in compile_file(main, root=tmp_path / "src")


@pytest.mark.parametrize("spelled", ["/etc/passwd", "/proc/self/environ", "~/secret.sol", "C:\\\\x.sol"])
def test_absolute_imports_are_refused(tmp_path: Path, spelled: str) -> None:
    main = _write(tmp_path / "Main.sol", HEAD + f'import "{spelled}";\ncontract Main {{}}\n')
    with pytest.raises(sandbox.SandboxError) as err:
        compile_file(main)
    assert "absolute path" in str(err.value) and "root:" not in str(err.value)


def test_dotdot_escape_is_refused_and_nothing_outside_is_printed(tmp_path: Path) -> None:
    _write(tmp_path / "outside" / "Secret.sol", SECRET + "\n")
    main = _write(tmp_path / "proj" / "Main.sol", HEAD + 'import "../outside/Secret.sol";\ncontract Main {}\n')
    with pytest.raises(sandbox.SandboxError) as err:
        compile_file(main)
    assert "leaves the project folder" in str(err.value) and SECRET not in str(err.value)
    deep = _write(tmp_path / "proj" / "Deep.sol", HEAD + 'import "./a/../../outside/Secret.sol";\ncontract D {}\n')
    with pytest.raises(sandbox.SandboxError):
        compile_file(deep)


def test_symlink_out_of_the_root_is_refused(tmp_path: Path) -> None:
    _write(tmp_path / "outside" / "Secret.sol", SECRET + "\n")
    proj = tmp_path / "proj"
    proj.mkdir()
    os.symlink(tmp_path / "outside" / "Secret.sol", proj / "Lib.sol")
    main = _write(proj / "Main.sol", HEAD + 'import "./Lib.sol";\ncontract Main {}\n')
    with pytest.raises(sandbox.SandboxError) as err:
        compile_file(main)
    assert "link" in str(err.value) and SECRET not in str(err.value)


def test_openzeppelin_and_include_paths_resolve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _write(
        tmp_path / "libs" / "mylib" / "Helper.sol",
        HEAD + "library Helper { function one() internal pure returns (uint256) { return 1; } }\n",
    )
    monkeypatch.setenv("LEDGERLM_SOLIDITY_INCLUDE", str(lib.parent.parent))
    main = _write(
        tmp_path / "proj" / "Main.sol",
        HEAD + 'import "mylib/Helper.sol";\n'
        'import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";\n'
        "contract Main is Ownable { constructor() Ownable(msg.sender) {} "
        "function f() external pure returns (uint256) { return Helper.one(); } }\n",
    )
    assert "Main" in compile_file(main)


def test_size_limits_give_a_clear_message(tmp_path: Path) -> None:
    big = tmp_path / "Big.sol"
    big.write_text(HEAD + "// " + "x" * (5 * 1024 * 1024) + "\ncontract Big {}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"5\.0 MB; a Solidity source may be at most 2 MB"):
        compile_file(big)
    with pytest.raises(InputError, match="larger than"):
        compiler.compile_sources({"Big.sol": big.read_text()}, strict=False)


def test_binary_and_non_utf8_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "Bin.sol").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="binary"):
        compile_file(tmp_path / "Bin.sol")
    (tmp_path / "Latin.sol").write_bytes(b"pragma solidity ^0.8.0; // caf\xe9\ncontract L {}\n")
    with pytest.raises(InputError, match="not UTF-8"):
        compile_file(tmp_path / "Latin.sol")
    with pytest.raises(CompilationError, match="does not exist"):
        compile_file(tmp_path / "Nope.sol")
