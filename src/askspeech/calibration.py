"""The weights and thresholds askspeech fitted to QA data, read from `calibration.json`: one
file, one section per use (refusal model, rank fusion, sentence scores, quote selection), each
saying what it was fitted on and how. `bench/calibrate.py` rewrites the refusal section."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

FILE = "calibration.json"


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("askspeech").joinpath(FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def section(name: str) -> dict[str, Any]:
    """One section's values (a copy), without its description."""
    return {k: v for k, v in _data()[name].items() if k not in ("fitted_on", "method")}
