"""Cold and warm latency of `askspeech.answer()` on the current index.

    python bench/latency.py [--qa ../shared/eval/dev_qa.jsonl] [--rounds 3] [--cold 3]

Cold: a fresh Python process from `import askspeech` to its first answer (model and index
load included), run `--cold` times. Warm: every question of the QA file answered `--rounds`
times in one process after a warm-up. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_QA = ROOT.parent / "shared" / "eval" / "dev_qa.jsonl"
COLD_SNIPPET = """
import time, json
import askspeech
a = askspeech.answer({question!r})
print(json.dumps({{"answered_at": time.time()}}), flush=True)
"""


def cold(question: str, runs: int) -> list[float]:
    """Seconds from launching a new Python process to its first answer (the process's
    shutdown afterwards, ~1 s of torch and Chroma threads stopping, is not counted)."""
    totals = []
    for _ in range(runs):
        started = time.time()  # wall clock: compared with the child's
        out = subprocess.run(
            [sys.executable, "-c", COLD_SNIPPET.format(question=question)],
            capture_output=True, text=True, check=True,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
        )
        answered = json.loads(out.stdout.strip().splitlines()[-1])["answered_at"]
        totals.append(answered - started)
    return totals


def warm(questions: list[str], rounds: int) -> tuple[list[float], list[float]]:
    import askspeech

    askspeech.answer(questions[0])  # warm-up: loads the model and index
    answer_ms, retrieve_ms = [], []
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            askspeech.retrieve(q)
            retrieve_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            askspeech.answer(q)
            answer_ms.append((time.perf_counter() - t) * 1000)
    return answer_ms, retrieve_ms


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--qa", type=Path, default=DEFAULT_QA)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cold", type=int, default=3)
    args = ap.parse_args()
    lines = [json.loads(x) for x in args.qa.read_text(encoding="utf-8").splitlines() if x.strip()]
    questions = [x["question"] for x in lines]
    cold_s = cold(questions[0], args.cold)
    answer_ms, retrieve_ms = warm(questions, args.rounds)
    print(f"| measure | value |\n|---|---|\n"
          f"| cold first answer (new process, import → answer), median of {args.cold} | "
          f"{statistics.median(cold_s):.1f} s |\n"
          f"| warm `answer()` p50 / p95 ({len(answer_ms)} calls) | "
          f"{pct(answer_ms, 0.5):.0f} / {pct(answer_ms, 0.95):.0f} ms |\n"
          f"| warm `retrieve()` p50 / p95 | "
          f"{pct(retrieve_ms, 0.5):.0f} / {pct(retrieve_ms, 0.95):.0f} ms |")


if __name__ == "__main__":
    main()
