"""Scale benchmark: build and query the index at ×1, ×10 and ×100 the shipped corpus.

    python bench/scale.py                          # ×1, ×10, ×100 (×100 builds for ~1 h on 2 cores)
    python bench/scale.py --scales 1,10            # a quicker run
    python bench/scale.py --scales 100 --subset 0.1  # ×100 build time from a measured 10 % subset

×1 is `corpus/speeches.txt` itself. ×S is a deterministic synthetic corpus of S files, each
holding the 8 cleaned speeches once: file 0 verbatim, the others with every paragraph perturbed
by a generator seeded with (file, speech, paragraph): digits redrawn, place names swapped,
clauses of a sentence reordered, and, where that is not enough, a stock clause inserted, until
the paragraph is farther from the original than cleaning's near-duplicate test, so cleaning keeps
every copy (the table shows the paragraph counts).

Every phase runs in its own process so its peak memory (ru_maxrss) is its own. A build is
reused when its index is still current (same corpus, model, chunking); --rebuild forces it.
Query latency is measured on the dev QA questions through the public `retrieve` and `answer`,
after one warm-up pass. The table goes to bench/results/scale.md and is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from askspeech.evaluation import percentile
from askspeech.ingest.corpus import comparison_key, shingles

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "speeches.txt"
DEV_QA = ROOT.parent / "shared" / "eval" / "dev_qa.jsonl"
RESULTS = ROOT / "bench" / "results"
SEED = "askspeech-scale-2"

# Place names of the corpus and a pool to swap them with (same length, so texts stay alike).
PLACES = ("耒阳", "沙雅", "京口", "磐石", "衡阳", "淮北", "永济", "余庆", "湖南", "安徽", "新疆")
PLACE_POOL = ("江宁", "武进", "新化", "桐乡", "安吉", "平阳", "龙泉", "海门", "如皋", "丹阳",
              "溧阳", "宜兴", "昆山", "太仓", "常熟", "泰兴", "临海", "温岭", "诸暨", "义乌",
              "东阳", "永康", "兰溪", "建德", "富阳", "慈溪", "余姚", "瑞安", "乐清", "嵊州")
FILLERS = ("结合本地实际", "按照上级部署", "在前期工作基础上", "立足当前形势", "对照年度目标",
           "围绕中心工作", "坚持问题导向", "聚焦薄弱环节", "紧扣时间节点", "统筹各方力量")
_PLACE = re.compile("|".join(PLACES))
_DIGITS = re.compile(r"\d+")
_SENTENCE = re.compile(r"[^。！？；]+[。！？；]*")
_CLAUSE_SEP = re.compile(r"[，,]")
# An outline marker opening a sentence ("一是", "（二）", "第三,", "1、") stays in front.
_MARKER = re.compile(
    r"^([一二三四五六七八九十]+[是要、]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+|\d+[、.．])")
_NUMERALS = "一二三四五六七八九十"
NEAR_LIMIT = 0.8  # shingle overlap kept below cleaning's 0.9 near-duplicate threshold


# ---------------------------------------------------------------- synthetic corpus


def _shingles(text: str) -> set[str]:
    return shingles(comparison_key(text))  # what cleaning's near-duplicate test compares


def _near(a: set[str], b: set[str]) -> bool:
    return len(a & b) >= NEAR_LIMIT * min(len(a), len(b))


def _redraw(match: re.Match[str], rng: random.Random) -> str:
    n = len(match.group(0))
    return str(rng.randrange(10 ** (n - 1) if n > 1 else 0, 10**n))


def _shuffle_clauses(sentence: str, rng: random.Random) -> str:
    """The clauses of one sentence in a seeded order; separators, the ender and an opening
    outline marker stay put. Quoted sentences and ones without an ender (headings) are left
    alone: reordering could unbalance quotation marks or change how cleaning joins lines."""
    body = sentence.rstrip("。！？；")
    ender = sentence[len(body):]
    if not ender or "“" in body or "”" in body:
        return sentence
    clauses = _CLAUSE_SEP.split(body)
    seps = _CLAUSE_SEP.findall(body)
    fixed = 1 if _MARKER.match(clauses[0]) else 0
    if len(clauses) - fixed < 2:
        return sentence
    rest = clauses[fixed:]
    rng.shuffle(rest)
    clauses = clauses[:fixed] + rest
    out = [clauses[0]]
    for sep, clause in zip(seps, clauses[1:], strict=True):
        out += [sep, clause]
    return "".join(out) + ender


def perturb(paragraph: str, rng: random.Random, earlier: list[set[str]]) -> str:
    """A variant of `paragraph` that cleaning will take for a near copy neither of it nor of
    the `earlier` variants (their shingle sets; the new one is appended)."""
    text = _DIGITS.sub(lambda m: _redraw(m, rng), paragraph)
    text = _PLACE.sub(lambda m: rng.choice(PLACE_POOL), text)
    text = "".join(_shuffle_clauses(s, rng) for s in _SENTENCE.findall(text)) or text
    mine = _shingles(text)
    while any(_near(mine, other) for other in earlier):
        # A stock clause at a random point breaks the shingles around it and adds its own;
        # the last character (the ender) stays last, so the paragraph still ends as it did.
        at = rng.randrange(1, max(2, len(text) - 1))
        text = f"{text[:at]}{rng.choice(PLACE_POOL)}{rng.choice(FILLERS)}，{text[at:]}"
        mine = _shingles(text)
    earlier.append(mine)
    return text


def _numeral(n: int) -> str:
    if n <= 10:
        return _NUMERALS[n - 1]
    return (_NUMERALS[n // 10 - 1] if n >= 20 else "") + "十" + (
        _NUMERALS[n % 10 - 1] if n % 10 else "")


def make_corpus(scale: int, out: Path) -> Path:
    """The ×`scale` corpus folder (written once; the generator is deterministic)."""
    if scale == 1:
        return CORPUS
    done = out / ".complete"
    if done.is_file() and done.read_text() == SEED:
        return out
    from askspeech.ingest.corpus import load_corpus

    speeches = load_corpus(CORPUS).speeches
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    variants: dict[tuple[int, int], list[set[str]]] = {
        (s.number, p): [_shingles(para)] for s in speeches for p, para in enumerate(s.paragraphs)}
    for variant in range(scale):
        lines = []
        for s in speeches:
            lines.append(f"在党的基层组织建设工作会议上的讲话第{variant:03d}辑篇{_numeral(s.number)}")
            for p, para in enumerate(s.paragraphs):
                rng = random.Random(f"{SEED}:{variant}:{s.number}:{p}")
                earlier = variants[(s.number, p)]
                lines.append(para if variant == 0 else perturb(para, rng, earlier))
        (out / f"variant-{variant:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done.write_text(SEED)
    return out


# ---------------------------------------------------------------- phases (child processes)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _settings(index: Path, corpus: Path) -> Any:
    from askspeech.config import Settings

    return Settings(index_dir=index, corpus_path=corpus)


def phase_build(index: Path, corpus: Path) -> dict[str, Any]:
    from askspeech.store import build_index, open_store

    settings = _settings(index, corpus)
    started = time.perf_counter()
    result = build_index(settings, rebuild=True)
    seconds = time.perf_counter() - started
    m = result.manifest
    store_dir = index / "builds" / m.build_id
    texts = m.counts["passages"] + m.counts["sentences"]  # what is embedded and stored
    assert open_store(settings).current() == m.build_id
    return {"build_id": m.build_id, "counts": m.counts, "texts": texts, "seconds": seconds,
            "texts_per_s": texts / seconds, "passages_per_s": m.counts["passages"] / seconds,
            "embedded": m.embedded, "disk_mb": _du_mb(store_dir),
            "peak_rss_mb": _peak_rss_mb(), "cleaning": m.cleaning}


def _questions() -> list[str]:
    if DEV_QA.is_file():
        lines = DEV_QA.read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["question"] for line in lines if line.strip()]
    return ["篇七讲话中,村干部报酬要落实什么制度?", "六个不批是什么?", "明天会下雨吗?"]


def phase_query(index: Path, corpus: Path, rounds: int) -> dict[str, Any]:
    import askspeech
    from askspeech.engine import get_engine

    settings = _settings(index, corpus)
    started = time.perf_counter()
    # what opening an index imports on first use, timed apart from the opening itself (bm25s
    # is no longer one: a saved index is read with NumPy)
    from langchain_core.embeddings import Embeddings  # noqa: F401

    imports_s = time.perf_counter() - started
    loaded = get_engine(settings).get()
    open_s = time.perf_counter() - started
    questions = _questions()
    refused = sum(askspeech.answer(q, settings=settings).refused for q in questions)  # warm-up
    times: dict[str, list[float]] = {"retrieve": [], "answer": []}
    for _ in range(rounds):
        for q in questions:
            for name, fn in (("retrieve", askspeech.retrieve), ("answer", askspeech.answer)):
                t = time.perf_counter()
                fn(q, settings=settings)
                times[name].append((time.perf_counter() - t) * 1000)
    out: dict[str, Any] = {"open_s": open_s, "imports_s": imports_s,
                           "serve_rss_mb": _peak_rss_mb(),
                           "build_id": loaded.snapshot.build_id, "questions": len(questions),
                           "samples": len(times["answer"]), "refused": refused}
    for name, values in times.items():
        out[name] = {"p50": statistics.median(values), "p95": percentile(values, 0.95)}
    return out


def _fake_embeddings() -> None:
    """Profiling only: hash vectors instead of the model (never reported as measured)."""
    import hashlib

    import numpy as np

    from askspeech.models import embeddings

    class Fake:
        def _vec(self, text: str) -> list[float]:
            seed = int.from_bytes(hashlib.sha1(text.encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(384).astype(np.float32)
            return list(map(float, v / np.linalg.norm(v)))

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [self._vec(t) for t in texts]

        def embed_query(self, text: str) -> list[float]:
            return self._vec(text)

    fake = Fake()
    embeddings.load_embeddings = lambda settings: fake  # type: ignore[assignment,return-value]


def child(args: argparse.Namespace) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.fake_embeddings:
        _fake_embeddings()
    index, corpus = Path(args.index), Path(args.corpus)
    if args.phase == "build":
        out = phase_build(index, corpus)
    else:
        out = phase_query(index, corpus, args.rounds)
    print("RESULT " + json.dumps(out, ensure_ascii=False))


# ---------------------------------------------------------------- driver


def run_child(phase: str, index: Path, corpus: Path, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", phase, "--index", str(index), "--corpus",
           str(corpus), "--rounds", str(args.rounds)]
    if args.fake_embeddings:
        cmd.append("--fake-embeddings")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "TOKENIZERS_PARALLELISM": "false"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if proc.returncode or line is None:
        sys.exit(f"{phase} failed for {index}:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(line[len("RESULT "):])
    return result


def _current_build(index: Path) -> str | None:
    pointer = index / "CURRENT"
    return pointer.read_text().strip() if pointer.is_file() else None


def build_figures(scale: int, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Build (or reuse) the ×scale index; with --subset, also measure a subset build and
    extrapolate the full build time from it."""
    corpus = make_corpus(scale, work / f"corpus-x{scale}")
    index = work / f"index-x{scale}"
    cache = work / f"build-x{scale}.json"
    if cache.is_file() and not args.rebuild:
        cached: dict[str, Any] = json.loads(cache.read_text())
        if cached.get("build_id") == _current_build(index):
            return {**cached, "reused": True}
    if args.subset < 1.0 and scale > 1:
        return subset_figures(scale, corpus, work, args)
    shutil.rmtree(index, ignore_errors=True)
    figures = run_child("build", index, corpus, args)
    figures.update(corpus=str(corpus), index=str(index), measured="measured")
    cache.write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    return figures


def subset_figures(scale: int, corpus: Path, work: Path,
                   args: argparse.Namespace) -> dict[str, Any]:
    files = sorted(corpus.glob("*.txt"))
    part = work / f"corpus-x{scale}-subset"
    shutil.rmtree(part, ignore_errors=True)
    part.mkdir()
    chosen = files[: max(1, round(len(files) * args.subset))]
    for f in chosen:
        shutil.copy(f, part / f.name)
    index = work / f"index-x{scale}-subset"
    shutil.rmtree(index, ignore_errors=True)
    figures = run_child("build", index, part, args)
    factor = len(files) / len(chosen)
    figures.update(
        corpus=str(corpus), index=str(index),
        measured=f"extrapolated ×{factor:g} from a measured {len(chosen)}-file build",
        seconds=figures["seconds"] * factor, disk_mb=figures["disk_mb"] * factor,
        texts=round(figures["texts"] * factor),
        counts={k: round(v * factor) for k, v in figures["counts"].items()},
    )
    return figures


def row(scale: int, b: dict[str, Any], q: dict[str, Any] | None) -> str:
    c = b["counts"]
    cells = [f"×{scale}", f"{c['speeches']:,}", f"{c['paragraphs']:,}", f"{c['passages']:,}",
             f"{b['texts']:,}", f"{b['seconds']:,.0f}", f"{b['texts_per_s']:.1f}",
             f"{b['passages_per_s']:.1f}", f"{b['disk_mb']:,.0f}", f"{b['peak_rss_mb']:,.0f}"]
    if q:
        cells += [f"{q['open_s']:.2f} ({q.get('imports_s', 0.0):.2f} imports)",
                  f"{q['serve_rss_mb']:,.0f}",
                  f"{q['retrieve']['p50']:.0f} / {q['retrieve']['p95']:.0f}",
                  f"{q['answer']['p50']:.0f} / {q['answer']['p95']:.0f}"]
    else:
        cells += ["–"] * 4
    cells.append(b["measured"] + (" (cached)" if b.get("reused") else ""))
    return "| " + " | ".join(cells) + " |"


HEADER = ("| scale | speeches | paragraphs | passages | texts | build s | texts/s | passages/s "
          "| disk MB | build peak RSS MB | open s (of which first imports) | serve peak RSS MB "
          "| retrieve p50/p95 ms "
          "| answer p50/p95 ms | build figures |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")


def ratios(work: Path, scales: list[int]) -> str:
    """Each scale's query and open figures as ratios to ×1's (same run, same machine)."""
    base_file = work / "query-x1.json"
    base = json.loads(base_file.read_text()) if base_file.is_file() else None
    if not base:
        return ""
    out = ["", "| scale | retrieve p50 ÷ ×1 | answer p50 ÷ ×1 | open ÷ ×1 |",
           "|---|---:|---:|---:|"]
    for scale in scales:
        f = work / f"query-x{scale}.json"
        q = json.loads(f.read_text()) if f.is_file() else None
        if q:
            out.append(f"| ×{scale} | {q['retrieve']['p50'] / base['retrieve']['p50']:.2f} | "
                       f"{q['answer']['p50'] / base['answer']['p50']:.2f} | "
                       f"{q['open_s'] / base['open_s']:.1f} |")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scales", default="1,10,100")
    ap.add_argument("--work", type=Path, default=RESULTS / "scale-work")
    ap.add_argument("--rounds", type=int, default=3, help="timed passes over the questions")
    ap.add_argument("--rebuild", action="store_true", help="rebuild even if an index is current")
    ap.add_argument("--subset", type=float, default=1.0,
                    help="for ×10/×100: build this fraction of the files, extrapolate build time "
                         "(query figures then need a full index from an earlier run)")
    ap.add_argument("--fake-embeddings", action="store_true",
                    help="hash vectors instead of the model: for profiling the rest only")
    ap.add_argument("--phase", choices=["build", "query"], help=argparse.SUPPRESS)
    ap.add_argument("--index", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        child(args)
        return
    if args.fake_embeddings:
        args.work = args.work.with_name(args.work.name + "-fake")
    args.work.mkdir(parents=True, exist_ok=True)
    lines = []
    for scale in (int(s) for s in args.scales.split(",")):
        b = build_figures(scale, args.work, args)
        full_index = args.work / f"index-x{scale}"
        q = (run_child("query", full_index, Path(b["corpus"]), args)
             if _current_build(full_index) else None)
        lines.append(row(scale, b, q))
        print(lines[-1], flush=True)
        (args.work / f"query-x{scale}.json").write_text(json.dumps(q, indent=1))
    title = "fake embeddings (profiling only)" if args.fake_embeddings else "real model"
    table = (f"# Scale benchmark ({title}, {os.cpu_count()} CPUs, load average "
             f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())}, "
             f"{time.strftime('%Y-%m-%d %H:%M')})\n\n{HEADER}\n" + "\n".join(lines) + "\n"
             + ratios(args.work, [int(s) for s in args.scales.split(",")]))
    out = RESULTS / ("scale-fake.md" if args.fake_embeddings else "scale.md")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table, encoding="utf-8")
    print("\n" + table)


if __name__ == "__main__":
    main()
