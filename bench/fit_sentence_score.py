"""Fit the sentence score's terms beside the hand-set ones: which candidate sentence holds the
evidence, as a softmax over each question's candidates (a conditional logit).

    python bench/fit_sentence_score.py ../shared/eval/dev_qa.jsonl eval/extra_qa.jsonl \\
        eval/users_qa.jsonl eval/probes_qa.jsonl

Every answerable question (follow-ups with their history, answered in turn) is searched as
`askspeech.answer` searches it; each sentence the extractive answerer scores is labelled by
whether it holds a piece of the evidence. The features are the sentence's current score and
the terms fitted beside it: its embedding similarity, the IDF-weighted share of all the
question's words it holds, and for an English question its similarity again and its similarity
to the question's Chinese terms. Prints, 2-fold cross-validated (folds by a hash of the id),
how often the best sentence holds the evidence before and after, and the weights in score
units (each divided by the current score's own weight); `--write` puts them into
`calibration.json` (`sentence_score.fitted`), where they add to the weights set beside them.
`scale` there divides the whole score by how much the terms widen its gaps between candidates
(the median, over the second to tenth candidate, of the median gap's growth), so the selection
margins (`hedge`, `completes`, …) keep the meaning they were set with. The candidates are
ranked without the fitted terms, whatever `calibration.json` holds, so a rerun refits them.
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from askspeech.api import parse
from askspeech.config import get_settings
from askspeech.engine import Loaded, get_engine
from askspeech.evaluation import QAItem, conversation, holds, load_qa

TERMS = ("dense", "overlap_all", "dense_english", "translated_english")
OUT = Path(__file__).resolve().parents[1] / "src" / "askspeech" / "calibration.json"
FROZEN = "test"  # eval/users_qa.jsonl's frozen split: reported, never fitted on
L2 = 1e-4  # toward the current score alone; the held-out figures were flat from 1e-4 to 1e-3


def candidates(loaded: Loaded, item: QAItem, answer_fn: Callable[..., Any]
               ) -> tuple[np.ndarray, np.ndarray] | None:
    """Each candidate sentence's score and terms, and whether it holds a piece of evidence."""
    history = conversation(item, answer_fn)
    query = parse(loaded.searcher, item.question, history, None,
                  lambda q: loaded.answerer.answer(q, get_settings().top_k))
    ev = loaded.answerer.evidence(query, get_settings().top_k)
    if not ev.scored:
        return None
    english = 1.0 if query.english else 0.0
    translated = (np.asarray(query.translated_vector, dtype=np.float32)
                  if query.english and query.search_english and query.translated_text else None)
    vectors = loaded.snapshot.sentence_vectors([s.sentence.passage_id for s in ev.scored])
    rows, labels = [], []
    for s in ev.scored:
        vec = vectors.get(s.sentence.passage_id)
        near = (float(np.dot(translated, np.asarray(vec, dtype=np.float32)))
                if translated is not None and vec else s.dense)
        rows.append([s.score, s.dense, s.overlap, english * s.dense, english * near])
        text = s.sentence.text
        labels.append(any(holds(text, e) or (len(text) > 8 and holds(e, text))
                          for e in item.evidence))
    return np.array(rows), np.array(labels, dtype=float)


def fit(data: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    start = np.zeros(1 + len(TERMS))
    start[0] = 10.0
    useful = [(X, y / y.sum()) for X, y in data if y.sum() > 0]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for X, target in useful:
            z = X @ w
            z -= z.max()
            p = np.exp(z)
            norm = p.sum()
            total -= float(target @ (z - np.log(norm)))
            grad += X.T @ (p / norm - target)
        n = len(useful)
        return total / n + L2 * float(((w - start) ** 2).sum()) / 2, grad / n + L2 * (w - start)

    return np.asarray(minimize(loss, start, jac=True, method="L-BFGS-B").x)


def top1(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    return float(np.mean([y[int(np.argmax(X @ w))] > 0 for X, y in data]))


def terms_of(w: np.ndarray) -> dict[str, float]:
    """The fitted weights in score units: each divided by the current score's own."""
    return {name: float(v) for name, v in zip(TERMS, w[1:] / w[0], strict=True)}


def scale_of(data: list[tuple[np.ndarray, np.ndarray]], terms: dict[str, float]) -> float:
    """How much the terms widen the gaps from the best candidate to the next nine (median)."""
    added = np.array([terms[t] for t in TERMS])
    old: list[list[float]] = []
    new: list[list[float]] = []
    for X, _ in data:
        if len(X) < 10:
            continue
        before = np.sort(X[:, 0])[::-1]
        after = np.sort(X[:, 0] + X[:, 1:] @ added)[::-1]
        old.append([before[0] - before[j] for j in range(1, 10)])
        new.append([after[0] - after[j] for j in range(1, 10)])
    ratios = np.median(np.array(new), axis=0) / np.median(np.array(old), axis=0)
    return float(np.median(ratios))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("qa", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="write the fit into calibration.json")
    args = ap.parse_args()
    import askspeech

    loaded = get_engine(get_settings()).get()
    # the candidates as the score ranks them without its fitted terms (this fit's input)
    scorer = loaded.answerer.scorer
    scorer.dense_fitted = scorer.overlap_all = 0.0
    scorer.dense_english = scorer.translated = 0.0
    scorer.scale = 1.0
    folds: list[list[tuple[np.ndarray, np.ndarray]]] = [[], []]
    for f in args.qa:
        for item in load_qa(f):
            if not item.answerable or not item.evidence or item.split == FROZEN:
                continue
            got = candidates(loaded, item, askspeech.answer)
            if got is not None:
                folds[zlib.crc32(item.id.encode()) % 2].append(got)
    everything = folds[0] + folds[1]
    current = np.eye(1 + len(TERMS))[0]
    print(f"{len(everything)} answerable questions; a candidate holds the evidence for "
          f"{np.mean([y.max() > 0 for _, y in everything]):.3f}")
    for k in (0, 1):
        w = fit(folds[1 - k])
        print(f"fold {k} held out: the best sentence holds the evidence "
              f"{top1(folds[k], current):.3f} -> {top1(folds[k], w):.3f}; fitted without it: "
              + ", ".join(f"{n} {v:+.3f}" for n, v in terms_of(w).items()))
    w = fit(everything)
    terms = {n: round(v, 3) for n, v in terms_of(w).items()}
    terms["scale"] = round(scale_of(everything, terms), 2)
    print(f"all: {top1(everything, current):.3f} -> {top1(everything, w):.3f}; {terms}")
    if args.write:
        whole = json.loads(OUT.read_text(encoding="utf-8"))
        whole["sentence_score"]["fitted"] = terms
        OUT.write_text(json.dumps(whole, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
