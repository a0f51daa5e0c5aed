"""The multisig contract kind."""
