"""AI model and data registry: entries on chain (``ModelRegistry``), file manifests, paid access, and EIP-712
receipts that tie every audited decision to the registered model version that made it.

The decision path (``decisions.model_version_for``, ``receipts``) imports neither web3 nor eth-account; the
registry's chain operations live in ``ledgerlm.registry.api``.
"""
