"""Reading time against an article's length: is extraction linear in it?

    python benchmarks/speed/length.py [--sizes 0.1,0.5,1,2] [--lang fr] [--profile]

A long article is made of the corpus's articles one after another (each a paragraph run,
so it holds as many signings, officials and agreements as they do together), cut to each
size in MB. It prints seconds per size and seconds per MB; a linear reader keeps the last
column flat. ``--profile`` prints the functions that take the longest at the largest size.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import time
from pathlib import Path

from accordcheck.extraction.extract import records_from_document
from accordcheck.model.record import SourceRef
from accordcheck.reading.reader import read_document
from accordcheck.dataset.sources import read_source

ROOT = Path(__file__).resolve().parents[2]
CORPUS = {"fr": ROOT / "fixtures" / "dataset", "en": ROOT / "fixtures" / "dataset-en"}


def long_article(language: str, size: int) -> str:
    texts = [read_source(p).text for p in sorted((CORPUS[language] / "sources").glob("*.txt"))]
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text.strip())
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def read_once(text: str, language: str) -> float:
    published = dt.date(2026, 1, 14)
    start = time.perf_counter()
    document = read_document(text, language, published)
    records_from_document(document, SourceRef(path="sources/long.txt", language=language, published=published))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,0.5,1,2", help="MB, comma-separated")
    parser.add_argument("--lang", default="fr", choices=sorted(CORPUS))
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    read_once("Un texte.", args.lang)  # load the models first
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'MB':>6}{'chars':>10}{'seconds':>10}{'s/MB':>8}")
    for mb in sizes:
        text = long_article(args.lang, int(mb * 1_000_000))
        seconds = read_once(text, args.lang)
        print(f"{mb:>6.2f}{len(text):>10}{seconds:>10.2f}{seconds / mb:>8.2f}", flush=True)
    if args.profile:
        text = long_article(args.lang, int(sizes[-1] * 1_000_000))
        profile = cProfile.Profile()
        profile.runcall(read_once, text, args.lang)
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
