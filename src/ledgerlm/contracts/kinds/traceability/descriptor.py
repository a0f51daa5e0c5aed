"""The traceability kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="traceability",
    display={"en": "supply-chain traceability", "zh": "供应链溯源"},
    keywords=(
        (
            r"\btrac(?:e|ing|eability)\b|\btrack(?:ing)?\b|溯源|追溯|\bsupply[- ]chain\b|供应链|\bprovenance\b|"
            r"\bchain\s+of\s+custody\b|防伪|"
            # round 10: a "whole-journey record" and Taiwan's 產銷履歷 (production-and-sales history) name the kind
            r"全程记录|全程記錄|产销履历|產銷履歷|生产履历|生產履歷|\btrack\s+(?:each|every)\s+(?:batch|lot)\b",
            4.0,
        ),
        # a record of each hand or step something passes through ("every time the samples change hands", "流程上链")
        (
            r"\bchanges?\s+hands\b|\bcustody\b|\bhand-?offs?\b|\bevery\s+(?:step|stage|handoff|hand-off)\b|"
            r"流程上链|上链(?:记录|存证)|每个环节|每一步|流转|经手|"
            # "幫我哋做個追蹤" (Cantonese, traditional), "from farm to shelf" (round 10)
            r"追踪|追蹤|\bfrom\s+(?:farm|field|vineyard|mine|forest|sea|ocean|boat)\s+to\s+(?:shelf|fork|table|store|"
            r"shop|cup|plate|market)\b",
            2.0,
        ),
        # "疫苗冷链：出厂、入库、接种": a cold chain named with its steps is a chain to trace
        (r"冷链\s*[：:]|\bcold[- ]chain\b", 3.0),
        (
            r"\bstages?\b|环节|阶段|\bharvest(?:ed)?\b|\bshipped\b|\bdelivered\b|运输|加工|种植|生产|\blots?\b|批次|"
            r"\bbatch(?:es)?\b|\bfarm\b|\bwarehouse\b|物流",
            1.5,
        ),
    ),
    prototypes=(
        "track coffee lots through harvested, roasted, shipped, delivered; the farm records harvest",
        "a supply chain registry where each stage is signed by the right party with a document hash",
        "provenance for our wine bottles from vineyard to shop",
        "供应链溯源：种植、加工、运输、销售四个环节",
        "药品批次追溯，生产、质检、物流、药店各环节上链",
        "农产品溯源系统，每个环节由对应的人记录",
    ),
    roles={},
    size_field=None,
    party_lists=(),
)
