"""A linear map of question vectors toward the sentences that answer them.

Users ask in everyday words, English and fragments; the speeches are written in the official
register. The bundled embedding model places a question and its answer only roughly together
across that gap. `query_adapter.npz` holds a matrix W, fitted by `bench/fit_query_adapter.py`
on the QA items of this project (questions paired with the sentences holding their evidence,
a softmax over every unit of the shipped corpus, W kept near the identity), so that
normalise(W · q) lies nearer the answering units. For a question asked first (it was fitted
on those), the search takes the adapted question's dense lists beside the plain ones
(`FusionParams.adapted`); the plain vector still feeds the answer's sentence scores and the
refusal model, whose calibrations were fitted on it.

It is fitted to the bundled model and to the register of these speeches: `Settings.query_adapter`
turns it off for a corpus of another kind, and it is never applied to vectors of another model.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from importlib import resources

import numpy as np
import numpy.typing as npt

ADAPTER_FILE = "query_adapter.npz"


class QueryAdapter:
    def __init__(self, matrix: npt.NDArray[np.float32]) -> None:
        self.matrix = matrix

    @classmethod
    def bundled(cls) -> QueryAdapter:
        """The adapter shipped with askspeech (for the bundled model's 384-dimensional vectors)."""
        data = resources.files("askspeech.retrieval").joinpath(ADAPTER_FILE).read_bytes()
        with np.load(io.BytesIO(data)) as npz:
            return cls(np.asarray(npz["matrix"], dtype=np.float32))

    def fits(self, vector: Sequence[float]) -> bool:
        """Whether `vector` has the dimension the map was fitted for (another model's has not)."""
        return len(vector) == int(self.matrix.shape[1])

    def __call__(self, vector: Sequence[float]) -> list[float]:
        adapted = self.matrix @ np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(adapted))
        return (adapted / norm).tolist() if norm else list(vector)
