"""One folder per contract kind: spec, Solidity template, invariants, explainer."""
