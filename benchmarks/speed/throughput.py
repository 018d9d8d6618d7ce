"""Articles per second of extraction, against a bare spaCy NER-only pass over the same texts.

    python benchmarks/speed/throughput.py [--articles 1000] [--jobs N] [DATASET]

The corpus's articles are repeated up to ``--articles``. Every article is read afresh (no
document cache: the extractor's real cost is measured), in ``--jobs`` processes. The bare
pass runs spaCy's NER (tok2vec + ner, the same model) over every whole text, in one
process per job too, so the two figures compare like with like.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from accordcheck.dataset.sources import read_source  # noqa: E402


def _articles(dataset: Path, count: int) -> list[tuple[str, str, object]]:
    sources = [read_source(p) for p in sorted((dataset / "sources").glob("*.txt"))]
    base = [(s.text, s.metadata.language or "fr", s.metadata.published) for s in sources]
    return [base[i % len(base)] for i in range(count)]


def _extract_chunk(chunk):
    from accordcheck.extraction.extract import records_from_document
    from accordcheck.model.record import SourceRef
    from accordcheck.reading.reader import read_document

    records = 0
    for text, language, published in chunk:
        document = read_document(text, language, published)
        ref = SourceRef(path="sources/a.txt", language=language, published=published)
        records += len(records_from_document(document, ref))
    return records


def _ner_chunk(chunk):
    from accordcheck.reading.ner import _pipeline

    nlp = _pipeline("fr")
    entities = 0
    bare = [p for p in nlp.pipe_names if p not in ("tok2vec", "ner")]  # the model also holds the parser
    for doc in nlp.pipe((text for text, _, _ in chunk), disable=bare):
        entities += len(doc.ents)
    return entities


def _warm(kind: str) -> None:
    from accordcheck.reading.ner import _pipeline

    _pipeline("fr")
    if kind == "extract":
        from accordcheck.reading.reader import read_document  # noqa: F401


def _timed(function, articles, jobs: int) -> tuple[float, int]:
    chunks = [articles[i::jobs] for i in range(jobs)]
    if jobs == 1:
        _warm("extract")
        return _run_single(function, chunks[0])
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_warm, ["extract"] * jobs))  # load the model in every worker first
        started = time.perf_counter()
        total = sum(pool.map(function, chunks))
        return time.perf_counter() - started, total


def _run_single(function, chunk) -> tuple[float, int]:
    started = time.perf_counter()
    total = function(chunk)
    return time.perf_counter() - started, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(ROOT / "fixtures" / "dataset"))
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    articles = _articles(Path(args.dataset), args.articles)
    words = sum(len(text.split()) for text, _, _ in articles)
    extract_s, records = _timed(_extract_chunk, articles, args.jobs)
    ner_s, entities = _timed(_ner_chunk, articles, args.jobs)
    print(f"{len(articles)} articles ({words} words), {args.jobs} job(s)")
    print(f"extract:        {extract_s:7.2f}s  {len(articles) / extract_s:7.1f} articles/s  {words / extract_s:8.0f} words/s  ({records} records)")
    print(f"bare NER pass:  {ner_s:7.2f}s  {len(articles) / ner_s:7.1f} articles/s  {words / ner_s:8.0f} words/s  ({entities} entities)")
    print(f"extract / bare NER time: {extract_s / ner_s:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
