"""One router per area; each handler calls the core and returns its JSON unchanged."""
