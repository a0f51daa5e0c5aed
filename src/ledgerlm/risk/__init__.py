"""Market risk, loan health and AML screening, computed from the shipped price series and on-chain positions."""
