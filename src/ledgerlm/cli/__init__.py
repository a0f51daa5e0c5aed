"""Command-line shell over the typed Python API. Each area registers its commands in its own module."""
