"""Where users wait, as ratios measured in one run on the current index.

    python bench/latency.py [--qa eval/dev_qa.jsonl] [--rounds 3] [--cold 5] [--build]

- CLI cold answer: `askspeech ask` as a whole new process (import, model, index, answer,
  exit), `--cold` runs, median — wall clock of the process, exit included.
- Warm `answer()` ÷ one query embedding, measured interleaved in one process.
- With `--build`: a full rebuild of the corpus into a temporary index ÷ the raw embedding of
  the same texts (the model alone, length-sorted batches), so the ratio is what the build adds.
The machine's load average is printed with the figures: on a shared machine, compare ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_QA = ROOT / "eval" / "dev_qa.jsonl"


def cold_cli(question: str, runs: int) -> list[float]:
    """Seconds for `askspeech ask` in a new process, from launch to exit."""
    totals = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "askspeech.cli", "ask", question],
                       capture_output=True, text=True, check=True,
                       env={**os.environ, "HF_HUB_OFFLINE": "1"})
        totals.append(time.perf_counter() - started)
    return totals


def warm(questions: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Milliseconds per `answer()` and per query embedding, interleaved."""
    import askspeech
    from askspeech.engine import get_engine

    askspeech.answer(questions[0])  # warm-up: loads the model and index
    embeddings = get_engine().get().embeddings
    answer_ms, embed_ms = [], []
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            embeddings.embed_query(q)
            embed_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            askspeech.answer(q)
            answer_ms.append((time.perf_counter() - t) * 1000)
    return answer_ms, embed_ms


def build_ratio() -> tuple[float, float, int]:
    """(build seconds, raw embedding seconds, texts) for the configured corpus."""
    from askspeech.config import get_settings
    from askspeech.ingest.chunking import ChunkingParams, chunk_speech
    from askspeech.ingest.corpus import load_corpus
    from askspeech.models.embeddings import load_embeddings
    from askspeech.store import build_index
    from askspeech.store.build import _unit_records

    settings = get_settings()
    model = load_embeddings(settings)  # loaded before either timing starts
    params = ChunkingParams(size=settings.chunk_size)
    texts = sorted({r.searched for s in load_corpus(settings.corpus).speeches
                    for r in _unit_records(chunk_speech(s, params), params)}, key=len)
    started = time.perf_counter()
    size = settings.embedding_batch_size
    for lo in range(0, len(texts), size):
        model.embed_documents(texts[lo : lo + size])
    raw = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build_index(settings.model_copy(update={"index_dir": Path(tmp)}))
        built = time.perf_counter() - started
    return built, raw, len(texts)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--qa", type=Path, default=DEFAULT_QA)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cold", type=int, default=5)
    ap.add_argument("--build", action="store_true", help="also time a full build")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    lines = [json.loads(x) for x in args.qa.read_text(encoding="utf-8").splitlines() if x.strip()]
    questions = [x["question"] for x in lines]
    load = os.getloadavg()
    cold_s = cold_cli(questions[0], args.cold)
    answer_ms, embed_ms = warm(questions, args.rounds)
    from askspeech.config import get_settings

    rows = [
        f"| CLI `askspeech ask`, new process to exit, median of {args.cold} | "
        f"{statistics.median(cold_s):.2f} s (min {min(cold_s):.2f}) |",
        f"| warm `answer()` p50 / p95 ({len(answer_ms)} calls) | "
        f"{pct(answer_ms, 0.5):.0f} / {pct(answer_ms, 0.95):.0f} ms |",
        f"| one query embedding p50 / p95 | {pct(embed_ms, 0.5):.1f} / "
        f"{pct(embed_ms, 0.95):.1f} ms |",
        f"| answer ÷ query embedding (p50) | "
        f"{pct(answer_ms, 0.5) / pct(embed_ms, 0.5):.2f}× |",
    ]
    if args.build:
        built, raw, texts = build_ratio()
        rows += [f"| full build ({texts} distinct texts) / raw embedding | {built:.1f} s / "
                 f"{raw:.1f} s = {built / raw:.2f}× |"]
    print(f"backend {get_settings().embedding_backend}; load average at start "
          f"{' / '.join(f'{x:.1f}' for x in load)}, at end "
          f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)\n")
    print("| measure | value |\n|---|---|\n" + "\n".join(rows))


if __name__ == "__main__":
    main()
