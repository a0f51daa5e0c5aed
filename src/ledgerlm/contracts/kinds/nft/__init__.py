"""The nft contract kind."""
