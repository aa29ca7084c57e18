"""How good readable copies are on real pages: the shared corpus ``real-pages`` (949 saved
pages, each with snippets its main text must contain, ``with``, and snippets of page
furniture it must not, ``without``), scored with the corpus README's comparison rules.

Our copy is scored as it is kept (trafilatura's HTML, sanitised, made plain text again);
trafilatura's own plain-text output is scored beside it in the same run by the bench.
Used by the ``links`` bench group and by the test suite (which fails below the floors).
The pages are read from the shared folder beside the checkout, never copied into it.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyweaver.bench._card_scores import comparable, corpus_folder

__all__ = ["WITHOUT_FLOOR", "WITH_FLOOR", "TextScore", "corpus_folder", "score_corpus"]

# The floors (percent of snippets).
WITH_FLOOR = 90.0
WITHOUT_FLOOR = 85.0


@dataclass(slots=True)
class TextScore:
    found: int = 0  # ``with`` snippets found
    wanted: int = 0
    absent: int = 0  # ``without`` snippets absent
    unwanted: int = 0
    seconds: float = 0.0  # extraction time, summed over pages

    @property
    def with_percent(self) -> float:
        return 100.0 * self.found / self.wanted if self.wanted else 0.0

    @property
    def without_percent(self) -> float:
        return 100.0 * self.absent / self.unwanted if self.unwanted else 0.0

    def add(self, other: TextScore) -> None:
        self.found += other.found
        self.wanted += other.wanted
        self.absent += other.absent
        self.unwanted += other.unwanted
        self.seconds += other.seconds


def _ours(data: bytes, address: str) -> str:
    from storyweaver.capture.pages.readable import EXTRACT_LIMIT, main_text_html, plain_text

    markup = main_text_html(data[:EXTRACT_LIMIT], address)
    return plain_text(markup) if markup else ""


def _trafilatura(data: bytes, address: str) -> str:
    import trafilatura

    return trafilatura.extract(data, url=address) or ""


def _score_page(job: tuple[Path, str, dict[str, Any], bool]) -> tuple[TextScore, TextScore | None]:
    folder, address, case, compare = job
    data = (folder / "pages" / case["file"]).read_bytes()
    scores = []
    for extract in (_ours, _trafilatura) if compare else (_ours,):
        start = time.perf_counter()
        try:
            text = comparable(extract(data, address))
        except Exception:  # noqa: BLE001 - one page that breaks the extractor scores nothing
            text = ""
        score = TextScore(seconds=time.perf_counter() - start)
        wanted = [comparable(s) for s in case.get("with", [])]
        unwanted = [comparable(s) for s in case.get("without", [])]
        score.wanted, score.found = len(wanted), sum(1 for s in wanted if s in text)
        score.unwanted, score.absent = len(unwanted), sum(1 for s in unwanted if s not in text)
        scores.append(score)
    return scores[0], scores[1] if compare else None


def score_corpus(folder: Path, *, compare: bool = False, workers: int | None = None) -> tuple[TextScore, TextScore]:
    """Our readable copies' score on the corpus, and trafilatura's plain text's (empty unless
    ``compare``), the pages shared among worker processes."""
    cases: dict[str, dict[str, Any]] = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    jobs = [(folder, address, case, compare) for address, case in cases.items()]
    ours, theirs = TextScore(), TextScore()
    with ProcessPoolExecutor(workers or os.cpu_count() or 1) as pool:
        for mine, other in pool.map(_score_page, jobs, chunksize=16):
            ours.add(mine)
            if other is not None:
                theirs.add(other)
    return ours, theirs
