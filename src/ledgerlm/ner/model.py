"""The learned scorer: a logistic regression over hashed features, weights shipped as ``weights.npz``.

Loading is lazy (the first ``score`` call) and deliberately does not import numpy: the file holds only the
non-zero weights (``index`` int32, ``value`` float32, little-endian), read with ``zipfile`` and ``array`` into a
dict, so redaction on the ``parse`` path pays no numpy import (100-900 ms on a loaded machine) and scoring one
candidate is ~40 dict look-ups. ``python -m ledgerlm.ner.train`` writes the file (with numpy); it records the
feature dimension so a stale file is refused rather than read wrongly.
"""

from __future__ import annotations

import ast
import math
import sys
import zipfile
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ledgerlm.errors import ConfigError
from ledgerlm.ner import features
from ledgerlm.ner.candidates import Candidate

WEIGHTS = Path(__file__).with_name("weights.npz")
_HINT = "run `python -m ledgerlm.ner.train`"


@dataclass(frozen=True)
class Model:
    weights: dict[int, float]
    threshold: float

    def score(self, text: str, cand: Candidate, rules: features.Spans | None = None) -> float:
        get = self.weights.get
        z = sum(get(i, 0.0) for i in features.indices(text, cand, rules))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _read_npy(raw: bytes) -> tuple[str, tuple[int, ...], bytes]:
    """(dtype descr, shape, data) of a version 1/2 ``.npy`` payload (the format numpy documents)."""
    if raw[:6] != b"\x93NUMPY":
        raise ValueError("not an .npy payload")
    if raw[6] == 1:
        hlen, off = int.from_bytes(raw[8:10], "little"), 10
    else:
        hlen, off = int.from_bytes(raw[8:12], "little"), 12
    header = ast.literal_eval(raw[off : off + hlen].decode("latin1"))
    if header.get("fortran_order"):
        raise ValueError("fortran order not supported")
    return str(header["descr"]), tuple(header["shape"]), raw[off + hlen :]


def _array(zf: zipfile.ZipFile, name: str, code: str, descr: str) -> array[Any]:
    got, _, data = _read_npy(zf.read(name + ".npy"))
    if got != descr:
        raise ValueError(f"{name}: dtype {got}, expected {descr}")
    out: array[Any] = array(code)
    out.frombytes(data)
    if sys.byteorder != "little":
        out.byteswap()
    return out


def read_npz_array(path: Path, name: str, code: str, descr: str) -> array[Any]:
    """One array of an ``.npz`` file, read without numpy (the word lists beside the weights use it too)."""
    with zipfile.ZipFile(path) as zf:
        return _array(zf, name, code, descr)


_cache: dict[Path, Model] = {}


def load(path: Path = WEIGHTS) -> Model:
    if path not in _cache:
        try:
            with zipfile.ZipFile(path) as zf:
                index = _array(zf, "index", "i", "<i4")
                value = _array(zf, "value", "f", "<f4")
                (threshold,) = _array(zf, "threshold", "f", "<f4")
                (dim,) = _array(zf, "dim", "i", "<i4")
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ConfigError(f"name tagger weights unreadable: {path} ({exc})", hint=_HINT) from exc
        if dim != features.DIM or len(index) != len(value):
            raise ConfigError(f"name tagger weights {path} were trained for another feature space", hint=_HINT)
        _cache[path] = Model(weights=dict(zip(index, value, strict=True)), threshold=round(threshold, 4))
    return _cache[path]
