"""Measuring retrieval and answers on a QA file (one JSON object per line: question, evidence
strings, speech number, answerable)."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from askspeech.ingest.chunking import Passage

# Share of an evidence string one passage must hold when a chunk boundary splits it.
SPLIT_TOLERANCE = 0.6


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    answerable: bool
    evidence: tuple[str, ...]
    speech: int | None = None
    lang: str = "zh"
    kind: str = ""
    answer: str = ""
    history: tuple[str, ...] = ()  # earlier user questions, replayed through the answerer
    split: str = ""


def load_qa(path: Path) -> list[QAItem]:
    if not path.is_file():
        raise ValueError(f"{path}: no such QA file. Pass --qa with a .jsonl file of questions "
                         "(e.g. eval/dev_qa.jsonl).")
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            items.append(QAItem(
                id=str(d.get("id", n)), question=d["question"], answerable=bool(d["answerable"]),
                evidence=tuple(d.get("evidence") or ()), speech=d.get("speech"),
                lang=d.get("lang", "zh"), kind=d.get("kind", ""), answer=d.get("answer", ""),
                history=tuple(_user_turns(d.get("history") or ())), split=d.get("split", ""),
            ))
        except (KeyError, ValueError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a QA item ({exc})") from exc
    return items


def _user_turns(history: Sequence[Any]) -> list[str]:
    """The user questions of a QA item's `history`: messages ({"role", "content"}) or plain
    strings; assistant turns are not taken from the file but replayed (see `conversation`)."""
    out = []
    for turn in history:
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict) and turn.get("role") == "user":
            out.append(str(turn["content"]))
    return out


def conversation(item: QAItem, answer_fn: Callable[..., Any]) -> list[dict[str, Any]]:
    """The item's history as a chat would hold it: each earlier question answered in turn by
    `answer_fn`, so a follow-up is read against the answers the user actually saw."""
    history: list[dict[str, Any]] = []
    for question in item.history:
        earlier = answer_fn(question, history=list(history))
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": earlier.text, "answer": earlier}]
    return history


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _longest_common_run(a: str, b: str) -> int:
    """Length of the longest substring of `a` that occurs in `b`."""
    best = 0
    for i in range(len(a)):
        lo, hi = best + 1, len(a) - i
        while lo <= hi:  # binary search on the length of a[i:i+L] occurring in b
            mid = (lo + hi) // 2
            if a[i : i + mid] in b:
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
    return best


def holds(passage_text: str, evidence: str) -> bool:
    """The passage holds the evidence, or most of it when a chunk boundary cuts through it."""
    ev, text = _norm(evidence), _norm(passage_text)
    if not ev:
        return False
    if ev in text:
        return True
    return _longest_common_run(ev, text) >= SPLIT_TOLERANCE * len(ev)


@dataclass
class RetrievalScores:
    recall: dict[int, float] = field(default_factory=dict)  # per evidence piece, @k
    question_recall: dict[int, float] = field(default_factory=dict)  # all pieces found, @k
    mrr: float = 0.0
    n_items: int = 0
    n_pieces: int = 0
    by_kind: dict[str, float] = field(default_factory=dict)  # piece recall@5 per kind


def score_retrieval(
    items: Sequence[QAItem], results: Sequence[Sequence[Passage]], ks: Sequence[int] = (1, 3, 5)
) -> RetrievalScores:
    out = RetrievalScores()
    pieces: dict[int, list[bool]] = {k: [] for k in ks}
    whole: dict[int, list[bool]] = {k: [] for k in ks}
    rr: list[float] = []
    kinds: dict[str, list[bool]] = {}
    for item, passages in zip(items, results, strict=True):
        if not item.answerable or not item.evidence:
            continue
        first = [next((r for r, p in enumerate(passages) if holds(p.text, ev)), None)
                 for ev in item.evidence]
        for k in ks:
            found = [f is not None and f < k for f in first]
            pieces[k].extend(found)
            whole[k].append(all(found))
        kinds.setdefault(item.kind or item.lang, []).extend(
            f is not None and f < 5 for f in first)
        best = min((f for f in first if f is not None), default=None)
        rr.append(1.0 / (best + 1) if best is not None else 0.0)
    out.n_items, out.n_pieces = len(rr), len(pieces[ks[0]])
    out.recall = {k: _mean(v) for k, v in pieces.items()}
    out.question_recall = {k: _mean(v) for k, v in whole.items()}
    out.mrr = _mean(rr)
    out.by_kind = {k: _mean(v) for k, v in sorted(kinds.items())}
    return out


def _mean(values: Sequence[float | bool]) -> float:
    return float(statistics.fmean(values)) if values else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[idx]


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    value = fn()
    return value, (time.perf_counter() - t) * 1000.0


@dataclass
class AnswerScores:
    cited_evidence: float = 0.0  # answered answerable items whose cited passages hold evidence
    quoted_evidence: float = 0.0  # … whose quotes hold (part of) the evidence
    refusal_unanswerable: float = 0.0
    false_refusal: float = 0.0
    median_chars: float = 0.0  # answer text length (quotes only, markers excluded)
    cited_share: float = 0.0  # share of evidence pieces the cited passages hold (answered)
    text_share: float = 0.0  # share of evidence pieces the answer text holds (answered)
    follow_ups_cited: float = 0.0  # items with history: answered with the evidence cited
    n_follow_ups: int = 0
    cited_by_kind: dict[str, float] = field(default_factory=dict)  # refused counts as a miss
    n_answerable: int = 0
    n_unanswerable: int = 0
    # LLM mode: share of the LLM's claims supported by the passage they cite (None: extractive)
    claim_support: float | None = None
    claims_checked: int = 0
    claims_supported: int = 0


@dataclass
class EvalReport:
    n_items: int
    retrieval: dict[str, RetrievalScores]  # method → scores
    answers: AnswerScores
    latency_ms: dict[str, dict[str, float]]  # "retrieve"/"answer" → p50/p95
    failures: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


# The baselines every eval run compares against: plain BM25 over passages, and plain vector
# search over passages (what a stock LangChain Chroma retriever does).
BASELINES: dict[str, dict[str, Any]] = {
    "bm25": {"dense_passage": 0.0, "dense_sentence": 0.0, "bm25_sentence": 0.0,
             "speech_prior": 0.0, "speech_bonus": 0.0, "translated": 0.0},
    "vector": {"dense_sentence": 0.0, "bm25_passage": 0.0, "bm25_sentence": 0.0,
               "speech_prior": 0.0, "speech_bonus": 0.0, "translated": 0.0},
}


def run_eval(items: Sequence[QAItem], k: int = 5, baselines: bool = True) -> EvalReport:
    """Retrieval (hybrid and baselines) and answers for every item, on the current index."""
    from dataclasses import replace as dc_replace

    from askspeech.api import answer as answer_fn
    from askspeech.api import retrieve as retrieve_fn
    from askspeech.api import warm_up
    from askspeech.config import get_settings
    from askspeech.engine import get_engine
    from askspeech.retrieval.search import Searcher

    settings = get_settings()
    get_engine(settings).get()  # no index or a damaged one: its clear error, before anything
    warm_up(settings)  # latency is of warm calls; the cold start is bench/latency.py's
    loaded = get_engine(settings).get()
    retrieve_ms: list[float] = []
    answer_ms: list[float] = []
    hybrid: list[list[Passage]] = []
    histories = [conversation(item, answer_fn) for item in items]
    for item, history in zip(items, histories, strict=True):
        passages, ms = timed(lambda q=item.question, h=history: retrieve_fn(q, k, history=h))  # type: ignore[misc]
        hybrid.append(passages)
        retrieve_ms.append(ms)
    methods = {"hybrid": score_retrieval(items, hybrid)}
    if baselines:
        for name, overrides in BASELINES.items():
            searcher = Searcher(loaded.snapshot, loaded.embeddings,
                                dc_replace(loaded.searcher.params, **overrides))
            results = [searcher.search(searcher.parse(i.question), k=k).passages
                       for i in items]
            methods[name] = score_retrieval(items, results)
    scores = AnswerScores()
    cited, quoted, refused_u, refused_a, lengths = [], [], [], [], []
    cited_share: list[float] = []
    text_share: list[float] = []
    follow_ups: list[bool] = []
    by_kind: dict[str, list[bool]] = {}
    failures: list[dict[str, Any]] = []
    for item, history in zip(items, histories, strict=True):
        ans, ms = timed(lambda q=item.question, h=history: answer_fn(q, history=h))  # type: ignore[misc]
        answer_ms.append(ms)
        if ans.claim_support is not None:
            scores.claims_supported += ans.claim_support[0]
            scores.claims_checked += ans.claim_support[1]
        if not item.answerable:
            refused_u.append(ans.refused)
            if not ans.refused:
                failures.append({"id": item.id, "problem": "answered an unanswerable question",
                                 "question": item.question, "answer": ans.text})
            continue
        refused_a.append(ans.refused)
        if ans.refused:
            by_kind.setdefault(item.kind or item.lang, []).append(False)
            if item.history:
                follow_ups.append(False)
            failures.append({"id": item.id, "problem": "refused an answerable question",
                             "question": item.question})
            continue
        held = [any(holds(ci.passage.text, ev) for ci in ans.citations) for ev in item.evidence]
        cited_share.append(_mean(held))
        text_share.append(_mean([holds(ans.text, ev) for ev in item.evidence]))
        by_kind.setdefault(item.kind or item.lang, []).append(any(held))
        if item.history:
            follow_ups.append(any(held))
        c = any(held)
        q = any(holds(ci.quote, ev) or holds(ev, ci.quote)
                for ci in ans.citations for ev in item.evidence)
        cited.append(c)
        quoted.append(q)
        lengths.append(sum(len(ci.quote) for ci in ans.citations))
        if not c:
            failures.append({"id": item.id, "problem": "citations do not hold the evidence",
                             "question": item.question, "answer": ans.text})
    scores.cited_evidence = _mean(cited)
    scores.cited_share = _mean(cited_share)
    scores.text_share = _mean(text_share)
    scores.follow_ups_cited = _mean(follow_ups)
    scores.n_follow_ups = len(follow_ups)
    scores.cited_by_kind = {k: _mean(v) for k, v in sorted(by_kind.items())}
    scores.quoted_evidence = _mean(quoted)
    scores.refusal_unanswerable = _mean(refused_u)
    scores.false_refusal = _mean(refused_a)
    scores.median_chars = float(statistics.median(lengths)) if lengths else 0.0
    scores.n_answerable, scores.n_unanswerable = len(refused_a), len(refused_u)
    if scores.claims_checked:
        scores.claim_support = scores.claims_supported / scores.claims_checked
    latency = {
        "retrieve": {"p50": percentile(retrieve_ms, 0.5), "p95": percentile(retrieve_ms, 0.95)},
        "answer": {"p50": percentile(answer_ms, 0.5), "p95": percentile(answer_ms, 0.95)},
    }
    return EvalReport(len(items), methods, scores, latency, failures)
