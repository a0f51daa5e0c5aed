"""The review end to end: every finding described in both languages with every location, roles from the code
(a bank's withdraw is not privileged, an owner-only sweep is), OpenZeppelin bases with their parameters, the CLI
with --json, and clean code staying clean."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ledgerlm.review import catalog, review_dir, review_file, review_sources

HERE = Path(__file__).parent

BANK = """pragma solidity ^0.4.24;
contract Bank {
    address public owner;
    mapping(address => uint) public balances;
    constructor() public { owner = msg.sender; }
    function deposit() public payable { balances[msg.sender] += msg.value; }
    function withdraw() public {
        uint amount = balances[msg.sender];
        require(msg.sender.call.value(amount)());
        balances[msg.sender] = 0;
    }
    function sweep(address to) public {
        require(msg.sender == owner);
        to.transfer(address(this).balance);
    }
}
"""

TOKEN = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
contract Coin is ERC20, Ownable {
    constructor(address admin) ERC20("Coin", "CN") Ownable(admin) { _mint(admin, 1000000 * 10 ** 18); }
    function mint(address to, uint256 amount) external onlyOwner { _mint(to, amount); }
}
"""


def _fn(report, contract: str, name: str):
    c = next(c for c in report.contracts if c.name == contract)
    return next(f for f in c.functions if f.name == name)


def test_bank_withdraw_is_anyones_and_sweep_is_owner_only() -> None:
    report = review_sources({"Bank.sol": BANK})
    withdraw, sweep = _fn(report, "Bank", "withdraw"), _fn(report, "Bank", "sweep")
    assert withdraw.who == "anyone" and not withdraw.privileged
    assert any("the caller" in m for m in withdraw.moves)
    assert sweep.privileged and "owner" in sweep.who and any("sends ETH to to" in m for m in sweep.moves)
    assert report.compiler.startswith("0.4.26")


def test_reentrancy_finding_has_every_location_swc_category_and_excerpt() -> None:
    report = review_sources({"Bank.sol": BANK})
    reentrancy = [f for f in report.findings if f.detector == "reentrancy-eth"]
    assert reentrancy, [f.detector for f in report.findings]
    f = reentrancy[0]
    assert f.swc == "SWC-107" and f.category == "reentrancy" and f.severity == "High"
    lines = f.lines
    assert 9 in lines and 10 in lines  # the external call AND the state written after it
    assert any("call.value" in loc.excerpt for loc in f.locations)
    assert all(loc.file == "Bank.sol" for loc in f.locations)


def test_json_schema_and_both_languages() -> None:
    en = review_sources({"Bank.sol": BANK}, lang="en")
    zh = review_sources({"Bank.sol": BANK}, lang="zh")
    data = en.to_dict()
    assert {"findings", "contracts", "compiler", "counts"} <= set(data)
    for f in data["findings"]:
        assert {"detector", "swc", "category", "severity", "confidence", "lines", "file", "message"} <= set(f)
        assert f["category"] in catalog.CATEGORIES
    for f in zh.findings:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in f.message), f.detector


def test_every_detector_that_can_fire_has_both_texts() -> None:
    from ledgerlm.review.detectors import discover
    from ledgerlm.solidity.analysis import slither_detectors

    names = [d.ARGUMENT for d in slither_detectors(everything=True)] + [d.ID for d in discover()]
    missing = [n for n in names if n not in catalog.ENTRIES]
    assert not missing
    for name in names:
        e = catalog.ENTRIES[name]
        assert e.en and any("\u4e00" <= ch <= "\u9fff" for ch in e.zh) and e.category in catalog.CATEGORIES
    assert {"tx-origin", "unchecked-send", "unchecked-lowlevel"} <= set(names)
    assert len(discover()) >= 8  # the plug-ins are discovered, not listed


def test_openzeppelin_erc20_and_ownable_are_recognised_and_clean() -> None:
    report = review_sources({"Coin.sol": TOKEN})
    coin = next(c for c in report.contracts if c.name == "Coin")
    erc20 = next(r for r in coin.recognised if r.base == "ERC20")
    assert erc20.params["name"] == "Coin" and erc20.params["symbol"] == "CN" and erc20.params["decimals"] == 18
    assert erc20.params["supply_minted_at_deployment"] and "mint" in erc20.params["mint_rights"][0]
    assert "anyone" not in erc20.params["mint_rights"][0]
    owner = next(r for r in coin.recognised if r.base == "Ownable")
    assert "admin" in str(owner.params["initial_owner"])
    assert _fn(report, "Coin", "mint").privileged
    assert not [f for f in report.findings if f.severity in ("High", "Medium")]


GOVERNOR = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
contract Dao is Governor, GovernorSettings, GovernorCountingSimple, GovernorVotes, GovernorVotesQuorumFraction,
    GovernorTimelockControl {
    constructor(IVotes token, TimelockController lock)
        Governor("Dao") GovernorSettings(7200, 50400, 0) GovernorVotes(token) GovernorVotesQuorumFraction(4)
        GovernorTimelockControl(lock) {}
    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay(); }
    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod(); }
    function quorum(uint256 b) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return super.quorum(b); }
    function state(uint256 id) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(id); }
    function proposalNeedsQueuing(uint256 id) public view override(Governor, GovernorTimelockControl)
        returns (bool) { return super.proposalNeedsQueuing(id); }
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold(); }
    function _queueOperations(uint256 id, address[] memory t, uint256[] memory v, bytes[] memory c, bytes32 d)
        internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(id, t, v, c, d); }
    function _executeOperations(uint256 id, address[] memory t, uint256[] memory v, bytes[] memory c, bytes32 d)
        internal override(Governor, GovernorTimelockControl) { super._executeOperations(id, t, v, c, d); }
    function _cancel(address[] memory t, uint256[] memory v, bytes[] memory c, bytes32 d)
        internal override(Governor, GovernorTimelockControl) returns (uint256) { return super._cancel(t, v, c, d); }
    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor(); }
}
"""


def test_governor_parameters_are_stated() -> None:
    report = review_sources({"Dao.sol": GOVERNOR}, roles=True)
    dao = next(c for c in report.contracts if c.name == "Dao")
    gov = next(r for r in dao.recognised if r.base == "Governor")
    assert gov.params["voting_delay"] == 7200 and gov.params["voting_period"] == 50400
    assert gov.params["proposal_threshold"] == 0 and gov.params["quorum_percent_of_supply"] == 4
    assert "lock" in str(gov.params["timelock"]) and any("minDelay" in n for n in gov.notes)


def test_review_dir_and_cli_json(tmp_path: Path) -> None:
    (tmp_path / "foundry.toml").write_text("")
    (tmp_path / "sub").mkdir()
    (tmp_path / "Base.sol").write_text("pragma solidity ^0.4.24;\ncontract Base { address owner; }\n")
    (tmp_path / "sub" / "Bank.sol").write_text(
        BANK.replace("contract Bank {", 'import "../Base.sol";\ncontract Bank is Base {').replace(
            "    address public owner;\n", ""
        )
    )
    report = review_dir(tmp_path)
    assert report.files == ["Base.sol", "sub/Bank.sol"]
    single = review_file(tmp_path / "sub" / "Bank.sol")
    assert any(f.file == "sub/Bank.sol" for f in single.findings)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ledgerlm.cli.main",
            "review",
            str(tmp_path / "sub" / "Bank.sol"),
            "--json",
            "--lang",
            "zh",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["lang"] == "zh" and any(f["detector"] == "reentrancy-eth" for f in data["findings"])
    bad = subprocess.run(
        [sys.executable, "-m", "ledgerlm.cli.main", "review", str(tmp_path / "nope.sol")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in (HERE / "clean").glob("*.sol")))
def test_clean_contracts_have_no_high_or_medium_finding(name: str) -> None:
    report = review_file(HERE / "clean" / name)
    bad = [(f.detector, f.lines[:3]) for f in report.findings if f.severity in ("High", "Medium")]
    assert not bad


def test_unknown_address_says_only_bytecode_is_available() -> None:
    from ledgerlm.review.deployed import selectors

    # PUSH4 0xa9059cbb EQ ... : a dispatcher entry for transfer(address,uint256)
    code = bytes.fromhex("63a9059cbb14610020576370a0823114")
    assert selectors(code) == ["0xa9059cbb", "0x70a08231"]


def test_explain_of_a_file_uses_the_review(tmp_path: Path) -> None:
    from ledgerlm.contracts.explain import explain_file

    sol = tmp_path / "Bank.sol"
    sol.write_text(BANK, encoding="utf-8")
    en = explain_file(sol, lang="en")
    assert "sweep" in en.roles.get("owner", "") and "withdraw" in en.roles.get("anyone", "")
    assert not any(r.startswith("withdraw") for r in en.risks)  # the bank's withdraw is not a privileged power
    assert any("reentrancy" in r.lower() and "Bank.sol:" in r for r in en.risks)
    zh = explain_file(sol, lang="zh")
    assert "任何人" in zh.roles and any("重入" in r for r in zh.risks)


@pytest.mark.parametrize("target", ["#²", "²", "#\u0663"])
def test_a_deployment_id_is_ascii_digits_only(target: str) -> None:
    """'²' passes str.isdigit but not int(): it is a target nobody can read, not a crash (nor deployment #3)."""
    from ledgerlm.errors import InputError
    from ledgerlm.review.deployed import review_deployed

    with pytest.raises(InputError, match="cannot tell what"):
        review_deployed(target)
