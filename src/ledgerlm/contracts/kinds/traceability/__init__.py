"""The traceability contract kind."""
