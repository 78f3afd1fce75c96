"""Fit the refusal model on QA files and write it into src/askspeech/calibration.json.

    python bench/calibrate.py eval/dev_qa.jsonl eval/extra_qa.jsonl

(`--split tune` with eval/users_qa.jsonl adds its tune part; measured 2026-12-01: cross-validated
refusal 0.81 with 0.03 false refusals against 0.92 / 0.01 without it, and the English vocabulary
floor falls to 0, so the shipped model is fitted on dev and extra.)

Features come from the real index and model (`ExtractiveAnswerer.evidence`). A logistic
regression is fitted on standardised features; its threshold is chosen from cross-validated
probabilities so that at most ~5% of answerable questions are refused while as many
unanswerable ones as possible are. Prints the cross-validated rates it expects.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from askspeech.answer.answerability import RefusalModel
from askspeech.answer.extractive import ExtractiveAnswerer
from askspeech.api import parse
from askspeech.config import get_settings
from askspeech.engine import get_engine
from askspeech.evaluation import load_qa

FEATURES = ("dense_top", "best_dense", "best_overlap", "best_bigrams", "coverage", "agreement",
            "vocabulary", "english")
MAX_FALSE_REFUSALS = 0.04
MAX_FLOOR_FALSE_REFUSALS = 0.01  # the off-topic vocabulary gate must almost never misfire
FLOOR_MARGIN = 0.1  # below the lowest answerable questions seen: unseen ones vary more
OUT = Path(__file__).resolve().parents[1] / "src" / "askspeech" / "calibration.json"


def vocabulary_floor(answerable: np.ndarray) -> float:
    """The highest floor that refuses at most MAX_FLOOR_FALSE_REFUSALS of these answerable
    questions' vocabulary coverages, less a margin below the lowest ones seen."""
    floor = 0.0
    for f in np.linspace(0.0, 0.9, 91):
        if np.mean(answerable < f) <= MAX_FLOOR_FALSE_REFUSALS:
            floor = float(f)
    return round(max(0.0, floor - FLOOR_MARGIN), 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("qa", nargs="+", type=Path)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--split", help="of files whose items carry a split, fit on this one only "
                    "(users_qa.jsonl: 'tune'; its 'test' part stays held out)")
    args = ap.parse_args()
    # follow-ups are left out: their features depend on the turns before them
    items = [i for f in args.qa for i in load_qa(f)
             if not i.history and (args.split is None or i.split in ("", args.split))]
    loaded = get_engine(get_settings()).get()
    answerer = ExtractiveAnswerer(loaded.searcher, RefusalModel.neutral(FEATURES))
    X, y, typed = [], [], []
    for item in items:
        query = parse(loaded.searcher, item.question)
        ev = answerer.evidence(query, 5)
        X.append([ev.features[f] for f in FEATURES])
        y.append(1 if item.answerable else 0)
        # refused anyway by the answer-type checks, whatever the model says
        typed.append(answerer.missing(query, ev) is not None)
    Xa, ya, ta = np.array(X), np.array(y), np.array(typed)
    vocab = Xa[:, FEATURES.index("vocabulary")]
    english = Xa[:, FEATURES.index("english")] >= 0.5
    floors = {lang: vocabulary_floor(vocab[(ya == 1) & (english == is_en)])
              for lang, is_en in (("chinese", False), ("english", True))}
    floor_of = np.where(english, floors["english"], floors["chinese"])
    ta = ta | (vocab < floor_of)
    mean, scale = Xa.mean(0), Xa.std(0) + 1e-9
    Z = (Xa - mean) / scale
    probs = np.zeros(len(ya))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(Z, ya):
        m = LogisticRegression(C=args.c, class_weight="balanced").fit(Z[train], ya[train])
        probs[test] = m.predict_proba(Z[test])[:, 1]
    best = None
    for t in np.linspace(0.05, 0.95, 91):
        refused = (probs < t) | ta
        false_ref = float(np.mean(refused[ya == 1]))
        true_ref = float(np.mean(refused[ya == 0]))
        if false_ref <= MAX_FALSE_REFUSALS and (best is None or true_ref > best[1]):
            best = (float(t), true_ref, false_ref)
    assert best is not None
    model = LogisticRegression(C=args.c, class_weight="balanced").fit(Z, ya)
    print(f"{len(ya)} items, {int((ya == 0).sum())} unanswerable; vocabulary floors {floors}; "
          f"with the answer-type checks they refuse {ta[ya == 0].mean():.2f} of unanswerable, "
          f"{ta[ya == 1].mean():.2f} of answerable")
    t, true_ref, false_ref = best
    print(f"cross-validated at threshold {t:.2f}: refusal on unanswerable {true_ref:.2f}, "
          f"false refusals {false_ref:.2f}")
    for name, w in zip(FEATURES, model.coef_[0], strict=True):
        print(f"  {name:14s} {w:+.3f}")
    data = {
        "names": list(FEATURES),
        "weights": [round(float(w), 5) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 5),
        "mean": [round(float(v), 5) for v in mean],
        "scale": [round(float(v), 5) for v in scale],
        "threshold": round(best[0], 3),
        "vocabulary_floor": floors["chinese"],
        "vocabulary_floor_english": floors["english"],
        "fitted_on": [str(f) + (f" (split {args.split})" if args.split else "")
                      for f in args.qa],
        "cv_refusal_unanswerable": round(best[1], 3),
        "cv_false_refusal": round(best[2], 3),
    }
    if args.dry_run:
        json.dump(data, sys.stdout, indent=2)
    else:
        whole = json.loads(OUT.read_text(encoding="utf-8"))
        whole["refusal"] = data  # the other fitted sections are kept as they are
        OUT.write_text(json.dumps(whole, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote the refusal section of {OUT}")


if __name__ == "__main__":
    main()
