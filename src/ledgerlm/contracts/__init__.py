"""Contracts from plain language: spec -> Solidity -> compile -> analyse -> test -> deploy -> explain."""
