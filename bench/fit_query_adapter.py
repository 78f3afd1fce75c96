"""Fit the query adapter (`askspeech/retrieval/query_adapter.npz`, see `retrieval/adapter.py`).

    python bench/fit_query_adapter.py ../shared/eval/dev_qa.jsonl eval/extra_qa.jsonl \\
        eval/users_qa.jsonl eval/probes_qa.jsonl [--write]

Every answerable question without history (of `eval/users_qa.jsonl`: the tune split only; its
test split stays held out) is embedded as the search embeds it and paired with the units of
the current index (shipped corpus, bundled model) holding its evidence. A 384×384 matrix W,
started at the identity, is fitted by Adam (seeded, one thread: the same file every run) to
the cross-entropy of a softmax over every unit's cosine with normalise(W · q) (temperature
`TAU`), plus `RIDGE` · ‖W − I‖². Prints dense-only R@5 (passages of the five best units)
before and after, 2-fold cross-validated (folds by a hash of the id), for each ridge on the
grid; the ridge with the best cross-validated mean is fitted on all items and, with --write,
saved in float16 with what it was fitted on.
"""

from __future__ import annotations

import argparse
import zlib
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch

from askspeech.config import get_settings
from askspeech.engine import get_engine
from askspeech.evaluation import holds, load_qa

OUT = Path(__file__).resolve().parents[1] / "src" / "askspeech" / "retrieval" / "query_adapter.npz"
TAU = 0.05
RIDGES = (0.1, 0.01, 0.001, 0.0001)
EPOCHS = 40
BATCH = 128
LEARNING_RATE = 1e-3


def fit(queries: npt.NDArray[np.float32], targets: npt.NDArray[np.float32],
        units: npt.NDArray[np.float32], ridge: float) -> npt.NDArray[np.float32]:
    torch.manual_seed(0)
    torch.set_num_threads(1)
    dim = queries.shape[1]
    eye = torch.eye(dim)
    w = eye.clone().requires_grad_(True)
    opt = torch.optim.Adam([w], lr=LEARNING_RATE)
    x, y, u = torch.tensor(queries), torch.tensor(targets), torch.tensor(units)
    for _ in range(EPOCHS):
        order = torch.randperm(len(x))
        for start in range(0, len(x), BATCH):
            b = order[start:start + BATCH]
            q = torch.nn.functional.normalize(x[b] @ w.T, dim=1)
            loss = -(y[b] * torch.log_softmax(q @ u.T / TAU, dim=1)).sum(1).mean()
            loss = loss + ridge * ((w - eye) ** 2).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return np.asarray(w.detach().numpy(), dtype=np.float32)


def recall_at_5(queries: npt.NDArray[np.float32], units: npt.NDArray[np.float32],
                parent: npt.NDArray[np.intp], gold: list[set[int]]) -> float:
    sims = queries @ units.T
    hits = []
    for row, wanted in zip(sims, gold, strict=True):
        found: list[int] = []
        for unit in np.argsort(-row):
            if int(parent[unit]) not in found:
                found.append(int(parent[unit]))
            if len(found) == 5:
                break
        hits.append(bool(wanted & set(found)))
    return float(np.mean(hits))


def adapt(queries: npt.NDArray[np.float32], w: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    out = queries @ w.T
    return np.asarray(out / np.linalg.norm(out, axis=1, keepdims=True), dtype=np.float32)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("qa", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    loaded = get_engine(get_settings()).get()
    snap = loaded.snapshot
    if snap.vectors is None:
        raise SystemExit("the index holds no vector file; rebuild it (askspeech index --rebuild)")
    units = np.asarray(snap.vectors, dtype=np.float32)
    texts = [p.text for p in snap.passages] + [s.text for s in snap.sentences]
    n_passages = len(snap.passages)
    parent = np.array([i if i < n_passages else snap.passage_index[
        snap.parent[snap.sentences[i - n_passages].passage_id]] for i in range(len(texts))])
    questions, rows, ids = [], [], []
    for path in args.qa:
        for item in load_qa(path):
            if not item.answerable or not item.evidence or item.history or item.split == "test":
                continue
            held = [i for i, t in enumerate(texts) if any(holds(t, ev) for ev in item.evidence)]
            if held:
                questions.append(item.question)
                rows.append(held)
                ids.append(item.id)
    queries = np.asarray([loaded.embeddings.embed_query(q) for q in questions], dtype=np.float32)
    targets = np.zeros((len(rows), len(texts)), dtype=np.float32)
    for r, held in enumerate(rows):
        targets[r, held] = 1.0 / len(held)
    gold = [{int(parent[i]) for i in held} for held in rows]
    folds = np.array([zlib.crc32(i.encode()) % 2 for i in ids])
    print(f"{len(questions)} questions, {len(texts)} units")
    best = (-1.0, RIDGES[0])
    for ridge in RIDGES:
        scores = []
        for f in (0, 1):
            train, test = folds != f, folds == f
            w = fit(queries[train], targets[train], units, ridge)
            held_out = [g for g, t in zip(gold, test, strict=True) if t]
            before = recall_at_5(queries[test], units, parent, held_out)
            after = recall_at_5(adapt(queries[test], w), units, parent, held_out)
            scores.append(after)
            print(f"ridge {ridge}: fold {f} dense R@5 {before:.3f} -> {after:.3f}")
        if np.mean(scores) > best[0]:
            best = (float(np.mean(scores)), ridge)
    print(f"chosen ridge {best[1]} (cross-validated dense R@5 {best[0]:.3f})")
    if args.write:
        w = fit(queries, targets, units, best[1])
        fitted_on = ", ".join(str(p) for p in args.qa) + " (users: tune split; no history)"
        np.savez_compressed(OUT, matrix=w.astype(np.float16), fitted_on=np.array(fitted_on),
                            ridge=np.array(best[1]), questions=np.array(len(questions)))
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
