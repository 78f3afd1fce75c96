"""``askspeech`` command line: index, model, ask, eval, serve. Thin: it parses, calls the
public API and prints."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from askspeech.config import get_settings, offline_defaults

EXIT_USAGE = 2
EXIT_FAILED = 1


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    # Third-party libraries chatter at INFO/WARNING about things users cannot act on.
    for noisy in ("sentence_transformers", "chromadb", "httpx", "jieba", "bm25s", "transformers"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    offline_defaults()


# ---------------------------------------------------------------- index


def cmd_index(args: argparse.Namespace) -> int:
    from askspeech.store import build_index, current_manifest

    settings = get_settings()
    if args.status:
        manifest = current_manifest(settings)
        if manifest is None:
            print(f"No index yet in {settings.index_path}. Build it with `askspeech index`.")
            return EXIT_FAILED
        print(_status(manifest))
        return 0
    from tqdm import tqdm

    bar: Any = None

    def progress(stage: str, done: int, total: int) -> None:
        # One bar per stage (embedding, writing): tqdm shows texts/s and the time left.
        nonlocal bar
        if bar is None or bar.desc != stage:
            if bar is not None:
                bar.close()
            bar = tqdm(total=total, desc=stage, unit="text", file=sys.stderr)
        bar.update(done - bar.n)

    corpus = Path(args.corpus) if args.corpus else None
    print(f"Indexing {corpus or settings.corpus} …", file=sys.stderr)
    result = build_index(settings, corpus, rebuild=args.rebuild, progress=progress)
    if bar is not None:
        bar.close()
    print("Cleaning report:")
    for line in result.report_lines:
        print("  " + line)
    if result.up_to_date:
        print("Index is up to date (same corpus, model and chunking); nothing rebuilt. "
              "Use --rebuild to force.")
    else:
        m = result.manifest
        print(f"Built index {m.build_id} in {m.build_seconds:.1f} s: {m.counts}; "
              f"{m.embedded} texts embedded, {m.reused} vectors reused.")
    print(_status(result.manifest))
    return 0


def _status(m: Any) -> str:
    lines = [
        f"index build   {m.build_id} (created {m.created})",
        f"corpus        {m.corpus} ({len(m.files)} file(s))",
        f"model         {m.model_id}",
        f"chunking      {m.chunking}",
        f"counts        {m.counts}",
        f"build time    {m.build_seconds:.1f} s ({m.embedded} embedded, {m.reused} reused)",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- model


def cmd_model(args: argparse.Namespace) -> int:
    from askspeech.models.embeddings import resolve_model

    started = time.perf_counter()
    settings = get_settings()
    resolved = resolve_model(settings)
    if settings.embedding_backend != "torch":
        from askspeech.models.embeddings import load_embeddings

        load_embeddings(settings)  # exports the model to ONNX, once
    print(f"model ready in {time.perf_counter() - started:.1f} s: {resolved.path} "
          f"(backend {settings.embedding_backend})")
    print(f"model id: {resolved.model_id}; prompts: {resolved.prompts}")
    return 0


# ---------------------------------------------------------------- ask


def cmd_ask(args: argparse.Namespace) -> int:
    from askspeech.answer.types import Answer
    from askspeech.api import answer_stream

    final: Answer | None = None
    streamed: list[str] = []
    for piece in answer_stream(args.question, speech=args.speech):
        if isinstance(piece, Answer):
            final = piece
        elif not args.json:
            streamed.append(piece)
            print(piece, end="", flush=True)
    assert final is not None
    if args.json:
        print(json.dumps(final.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print()
    if "".join(streamed).strip() != final.text.strip():
        # the LLM's draft was replaced (fallback) or corrected (claims marked): show the answer
        if streamed:
            print("\n" + ("Answer:" if final.language == "en" else "回答:"))
        print(final.text)
    rendered = _render(final)
    if rendered:
        print(rendered)
    return 0


def _render(a: Any) -> str:
    lines = []
    for note in a.notes:
        lines.append(f"(note: {note})")
    for c in a.citations:
        p = c.passage
        where = f"第{p.paragraph}段 · chars {c.start}-{c.end}"
        lines.append(f"[{c.n}] {p.label or f'篇{p.speech} {p.title}'} · {where}")
        lines.append(f"    “{c.quote}”")
    if a.related:
        english = a.language == "en"
        lines.append("Related passages (not support):" if english else "相关段落（仅供参考）:")
        for p in a.related:
            lines.append(f"  - {p.label or f'篇{p.speech}'} 第{p.paragraph}段: {p.text[:80]}…")
    return "\n".join(lines)


# ---------------------------------------------------------------- eval


def cmd_eval(args: argparse.Namespace) -> int:
    from askspeech.evaluation import load_qa, run_eval

    items = [i for f in args.qa for i in load_qa(Path(f))]
    report = run_eval(items, k=args.k, baselines=not args.no_baselines)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{report.n_items} questions from {', '.join(args.qa)}")
    print(f"{'retrieval':10s} {'R@1':>6s} {'R@3':>6s} {'R@5':>6s} {'MRR':>6s}   R@5 by kind")
    for name, s in report.retrieval.items():
        kinds = " ".join(f"{k}={v:.2f}" for k, v in s.by_kind.items())
        print(f"{name:10s} {s.recall[1]:6.3f} {s.recall[3]:6.3f} {s.recall[5]:6.3f} "
              f"{s.mrr:6.3f}   {kinds}")
    a = report.answers
    print(f"answers: cited evidence {a.cited_evidence:.3f}, quoted evidence {a.quoted_evidence:.3f}"
          f", median {a.median_chars:.0f} chars")
    print(f"refusal: {a.refusal_unanswerable:.3f} of {a.n_unanswerable} unanswerable, "
          f"false refusals {a.false_refusal:.3f} of {a.n_answerable} answerable")
    if a.claim_support is not None:
        print(f"claims supported by their passage: {a.claim_support:.3f} "
              f"({a.claims_supported} of {a.claims_checked})")
    for name, lat in report.latency_ms.items():
        print(f"latency {name}: p50 {lat['p50']:.1f} ms, p95 {lat['p95']:.1f} ms")
    if args.failures:
        for f in report.failures:
            print(f"  {f['id']}: {f['problem']}: {f['question']}")
    return 0


# ---------------------------------------------------------------- feedback


def cmd_feedback(args: argparse.Namespace) -> int:
    from askspeech.ui.feedback import load, qa_skeleton

    settings = get_settings()
    items = load(settings.feedback_file)
    if args.export_qa:
        rows = qa_skeleton(items)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if args.export_qa == "-":
            print(text, end="")
        else:
            Path(args.export_qa).write_text(text, encoding="utf-8")
            print(f"{len(rows)} 👎 answer(s) written to {args.export_qa} as QA items: fill in "
                  "`evidence` and `answer`, then run `askspeech eval --qa` on it.")
        return 0
    if args.json:
        from dataclasses import asdict

        for item in items:
            print(json.dumps(asdict(item), ensure_ascii=False))
        return 0
    if not items:
        print(f"No feedback yet in {settings.feedback_file}.")
        return 0
    marks = {"up": "👍", "down": "👎"}
    for item in items:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.time))
        print(f"{marks.get(item.rating or '', '·')} {when} {item.id}  {item.question}")
        if item.comment:
            print(f"    comment: {item.comment}")
    ups = sum(i.rating == "up" for i in items)
    downs = sum(i.rating == "down" for i in items)
    print(f"{ups} 👍, {downs} 👎 in {settings.feedback_file}")
    return 0


# ---------------------------------------------------------------- serve


def cmd_serve(args: argparse.Namespace) -> int:
    from askspeech.ui import serve

    # The web chat's own log lines (ready, answered in …, rejected calls) are what an operator
    # watches; INFO for askspeech only, the libraries stay quiet.
    logging.getLogger("askspeech").setLevel(logging.INFO)
    settings = get_settings()
    serve(host=args.host or settings.ui_host, port=args.port or settings.ui_port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="askspeech", description="Cited answers about a corpus of Chinese speeches."
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="clean, chunk and embed the corpus into the index")
    p.add_argument("--corpus", help="speech file or folder (default: the shipped corpus)")
    p.add_argument("--rebuild", action="store_true", help="rebuild even if nothing changed")
    p.add_argument("--status", action="store_true", help="show what is indexed and exit")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("model", help="prepare the embedding model (converts the bundled one)")
    p.set_defaults(func=cmd_model)

    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question")
    p.add_argument("--speech", type=int, action="append",
                   help="only this speech (1-based number; repeat for several)")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="measure retrieval and answers on QA files")
    p.add_argument("--qa", action="append", required=True, help="QA .jsonl (repeatable)")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.add_argument("--no-baselines", action="store_true", help="skip the BM25/vector baselines")
    p.add_argument("--failures", action="store_true", help="list the items that failed")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("feedback", help="list the web chat's 👍/👎 feedback, or export the "
                       "👎 ones as a QA file for `askspeech eval`")
    p.add_argument("--export-qa", metavar="FILE",
                   help="write the 👎 answers as QA items (JSON lines; '-' = stdout)")
    p.add_argument("--json", action="store_true", help="one JSON record per line")
    p.set_defaults(func=cmd_feedback)

    p = sub.add_parser("serve", help="start the web chat")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Runs a command. From the command line (no `argv`), the process then ends at once: the
    interpreter's own shutdown (torch's thread pools, Chroma's system) took 1.7 s after the
    answer was printed, with nothing left to write."""
    code = _main(argv)
    if argv is None:
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    return code


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    from pydantic import ValidationError

    from askspeech.answer.errors import LLMError
    from askspeech.ingest.corpus import CorpusError
    from askspeech.models.embeddings import ModelError
    from askspeech.store import IndexUnavailableError

    try:
        return int(args.func(args))
    except (CorpusError, ModelError, IndexUnavailableError, LLMError, ValueError,
            ValidationError) as exc:
        print(f"askspeech: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("askspeech: interrupted; the current index is unchanged.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
