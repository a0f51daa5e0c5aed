"""Data access: held-out requests parse right or ask; Slither clean; self-test; fuzzed grant/revoke/time/access
sequences: no access after revocation or expiry, every access an event (py-evm)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerlm.contracts.kinds.data_access.plugin import has_access, keccak_text
from ledgerlm.contracts.spec import build_spec
from ledgerlm.errors import ContractReverted, SpecError

from ._newkinds import explain, score, self_test, slither_counts
from .conftest import accounts, compile_kind, rolled_back

PARAMS = {"data": "medical records", "access_days": 30}
ADDR = "0x52908400098527886E0F7030069857D2E4169EE7"

KIND = "data_access"
CLI_REQUEST = (
    "a registry for my medical records where I can give my doctor "
    "0x52908400098527886E0F7030069857D2E4169EE7 read access for 30 days"
)


@pytest.fixture(scope="module")
def artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("data_access", PARAMS)


def test_heldout_requests_parse_or_ask() -> None:
    ok, silent, lines = score("data_access")
    assert silent == 0, lines
    assert ok >= 5, lines


def test_spec_rules() -> None:
    assert build_spec("data_access", {"reader": f"did:pkh:eip155:1:{ADDR}", "access_days": 1}).reader == ADDR
    assert build_spec("data_access", {"reader": ADDR}).missing() == ["access_days"]
    with pytest.raises(SpecError, match="reader"):
        build_spec("data_access", {"reader": "did:web:example.com"})


def test_slither_no_high_or_medium(module_env) -> None:  # noqa: ANN001
    counts = slither_counts("data_access", PARAMS)
    assert counts.get("High", 0) == 0 and counts.get("Medium", 0) == 0, counts


def test_self_test(chain, artifact) -> None:  # noqa: ANN001
    with rolled_back(chain):
        checks = self_test(chain, artifact, "data_access", PARAMS)
    assert any("revocation" in c for c in checks) and any("expiry" in c for c in checks)


ACTIONS = st.lists(
    st.tuples(st.sampled_from(["grant", "revoke", "wait", "access"]), st.integers(1, 5)), min_size=1, max_size=10
)


@given(actions=ACTIONS)
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
def test_no_access_after_revocation_or_expiry(chain, artifact, actions: list[tuple[str, int]]) -> None:  # noqa: ANN001
    with rolled_back(chain):
        (reader,) = accounts(chain, 1)
        owner = chain.account(chain.default_account.address)
        address = chain.deploy(artifact, [chain.default_account.address]).address
        fn = chain.contract(address, artifact.abi).functions
        data_id = keccak_text("record")
        chain.transact(fn.register(data_id, keccak_text("content"), "x"), sender=owner)
        expires = 0  # the reference grant
        for action, n in actions:
            if action == "grant":
                expires = chain.now() + n * 3600
                chain.transact(fn.grant(data_id, reader, expires), sender=owner)
            elif action == "revoke":
                chain.transact(fn.revoke(data_id, reader), sender=owner)
                expires = 0
            elif action == "wait":
                chain.increase_time(n * 1800)
            else:
                try:
                    chain.transact(
                        fn.access(data_id, keccak_text("p")),
                        sender=chain.account(reader),
                        expect_events=("DataAccessed",),
                    )
                    ok = True
                except ContractReverted:
                    ok = False
                assert ok == has_access(expires, chain.now())


def test_explainer_both_languages(artifact) -> None:  # noqa: ANN001
    en = explain("data_access", {**PARAMS, "reader": ADDR}, artifact.abi, "en")
    zh = explain("data_access", {**PARAMS, "reader": ADDR}, artifact.abi, "zh")
    assert "revoke" in en and "30 days" in en and ADDR in en
    assert "撤销" in zh and "30 天" in zh


def test_cli_create_end_to_end(module_env) -> None:  # noqa: ANN001
    """``ledgerlm create "<request>" --chain memory --yes --json`` parses, compiles, analyses, self-tests, deploys."""
    import json

    from typer.testing import CliRunner

    from ledgerlm.cli.main import app

    res = CliRunner().invoke(app, ["create", CLI_REQUEST, "--chain", "memory", "--yes", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["kind"] == KIND and out["address"].startswith("0x") and out["checks"]
    assert not {"High", "Medium"} & set(out["analysis"])


def test_round4_heldout_floor() -> None:
    """Round-4 hand-written requests (before and after tuning): never silently wrong, and the floor measured."""
    from ._newkinds import judged_round4

    total, correct, silent = judged_round4("data_access")
    assert total == 34
    assert silent == []
    assert correct >= 32


def test_reader_never_runs_across_the_access_verb() -> None:
    from ledgerlm.contracts.request import parse

    r = parse("授权张律师访问公司合同库，到2027年3月1日", today="2026-12-01")
    assert (r.params["reader"], r.params["data"], r.params["access_days"]) == ("张律师", "公司合同库", 90)
    r = parse("access control for patient records — Dr. Okafor gets read access for 30 days", today="2026-12-01")
    assert (r.params["reader"], r.params["data"]) == ("Dr. Okafor", "patient records")


#: round 5: hand-written before tuning (r5) and after each tuning step (r5_after … r5_after5), blind3 format
ROUND5 = tuple(
    f"heldout_trace_data_r5{suffix}.jsonl" for suffix in ("", "_after", "_after2", "_after3", "_after4", "_after5")
)


def test_round5_heldout_never_silent() -> None:
    """The extractor alone (kind given): every round-5 row right or asked, none silently wrong (docs figures)."""
    from ._newkinds import judged_files

    total, correct, silent = judged_files("data_access", ROUND5, force_kind=True)
    assert total == 105
    assert silent == []
    assert correct >= 103


def test_free_text_edges_are_cues_or_a_question() -> None:
    """Data and reader are filled only between cues; a reader the rules cannot bound is asked with its words."""
    from ledgerlm.contracts.request import parse

    def read(text: str) -> tuple[object, object, list[str]]:
        r = parse(text, today="2026-12-01", kind="data_access")
        return r.params["data"], r.params["reader"], [f for q in r.questions for f in q.fields]

    assert read("数据访问：我的睡眠数据，授权给小米健康60天")[:2] == ("睡眠数据", "小米健康")
    assert read("病历数据访问控制，授权给 0xC869cbcd94D6f779467D5b2CFB47f05Ee2D86fdD，有效期90天")[0] == "病历数据"
    assert read("建一个数据授权登记：数据是客户合同扫描件，先不授权任何人")[:2] == ("客户合同扫描件", None)
    assert read("let my insurance company, Alder Mutual Ltd., see my lab results for 2 weeks")[:2] == (
        "lab results",
        "Alder Mutual Ltd.",
    )
    assert read("Dr. Ortiz needs my cardiology reports, give her 10 days of access")[:2] == (
        "cardiology reports",
        "Dr. Ortiz",
    )
    assert read("data: wearable heart-rate logs; reader: 0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB; 45 days")[0] == (
        "wearable heart-rate logs"
    )
    # two readers for one grant, or a bare role: a question that names the words, never one of them
    data, reader, asked = read("授权给王医生和李医生查看我的病历，7天")
    assert (data, reader) == ("病历", None) and "reader" in asked
    data, reader, asked = read("让医生看我的病历")
    assert reader is None and "reader" in asked
