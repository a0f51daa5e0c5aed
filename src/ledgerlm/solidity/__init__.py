"""The low Solidity layer: toolchain discovery, the solc-js compiler and its artefact cache, Slither analysis.

Everything that deploys (chain, contracts, audit, identity, defi) builds on this package; it imports nothing of
theirs, so it can be used (and imported) without web3 or the contract kinds.
"""
