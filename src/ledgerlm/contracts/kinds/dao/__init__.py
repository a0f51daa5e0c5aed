"""The ``dao`` kind: votes token + Governor + TimelockController treasury, deployed as one journaled whole."""
