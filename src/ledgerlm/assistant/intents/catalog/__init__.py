"""The built-in intents, one module each (``INTENT = IntentSpec(...)``); discovered by ``intents.spec``.

Modules whose name starts with ``_`` hold what several intents share (handlers, slot rules) and are not intents.
"""
