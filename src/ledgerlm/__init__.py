"""ledgerlm."""
