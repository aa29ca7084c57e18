"""How right link cards are on real pages: the shared corpus ``real-pages`` (949 saved pages
with human-checked title, author, date and description), scored with the corpus README's
comparison rules, for our cards and, where installed, for trafilatura's metadata.

Used by the ``cards`` bench group and by the test suite (which fails below the floors).
The pages are read from the shared folder beside the checkout, never copied into it.
"""

from __future__ import annotations

import html
import json
import os
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("title", "author", "date", "description")
# The floors (percent); our cards must also reach trafilatura's figure on each field.
FLOORS = {"title": 70.0, "author": 65.0, "date": 90.0, "description": 80.0}
# trafilatura 2.3.1's metadata on the same pages, measured in the same way (the test suite
# compares with these; ``storyweaver bench`` measures it again where trafilatura is installed).
TRAFILATURA_FIGURES = {"title": 60.5, "author": 52.0, "date": 86.4, "description": 75.2}
Extractor = Callable[[bytes, str], dict[str, str | None]]


def corpus_folder() -> Path | None:
    """``real-pages`` in the shared folder beside the checkout (or ``STORYWEAVER_REAL_PAGES``)."""
    given = os.environ.get("STORYWEAVER_REAL_PAGES")
    candidates = [Path(given)] if given else []
    candidates += [Path(__file__).resolve().parents[3].parent / "shared" / "real-pages",
                   Path.cwd().parent / "shared" / "real-pages"]
    return next((path for path in candidates if (path / "cases.json").is_file()), None)


def load_cases(folder: Path) -> dict[str, dict[str, Any]]:
    """The corpus's cases by page address; list values (several authors) joined by "; "."""
    cases: dict[str, dict[str, Any]] = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    for case in cases.values():
        for name in FIELDS:
            if isinstance(case.get(name), list):
                case[name] = "; ".join(case[name])
    return cases


_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                        "\u2015": "-", "\u2212": "-"})


def comparable(value: object) -> str:
    """The README's normal form: NFC, HTML unescaped, whitespace collapsed, curly quotes and
    dashes made plain, case folded."""
    if not isinstance(value, str):
        return ""
    text = unicodedata.normalize("NFC", html.unescape(value))
    return " ".join(text.translate(_PLAIN).split()).casefold()


_TRAILING = re.compile(r"(\.\.\.|…|\.)+$")


def matches(name: str, found: object, expected: object) -> bool:
    """Whether ``found`` counts as right for a gold value under the README's rules."""
    ours, gold = comparable(found), comparable(expected)
    if not ours or not gold:
        return False
    if name == "date":
        return ours[:10] == gold[:10]
    if name == "description":
        ours, gold = (_TRAILING.sub("", text[:80]).rstrip() for text in (ours, gold))
        return bool(ours and gold) and (ours.startswith(gold) or gold.startswith(ours))
    return ours == gold


def card_fields(data: bytes, address: str) -> dict[str, str | None]:
    """What our card says of a page, read as ``unfurl --html`` reads a saved page."""
    from storyweaver.capture.context import CaptureContext, MemorySink
    from storyweaver.capture.pages.capture import page_card

    sink = MemorySink()
    item = page_card(data, sink, CaptureContext(readable=False), fetched_url=None, address=address, method="saved-page",
                     online=False)
    day = item.extra.get("published_day") if isinstance(item.extra.get("published_day"), str) else None
    return {"title": item.title, "author": item.author.name if item.author else None,
            "date": day or (item.published.date().isoformat() if item.published else None),
            "description": item.description}


def trafilatura_fields(data: bytes, address: str) -> dict[str, str | None]:
    """What trafilatura's metadata says of the same page (given the same bytes)."""
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return dict.fromkeys(FIELDS)
    meta = extract_metadata(tree, default_url=address)
    return {"title": meta.title, "author": meta.author, "date": meta.date, "description": meta.description}


def trafilatura_installed() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(slots=True)
class Score:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    seconds: float = 0.0  # extraction time, summed over pages
    pages: int = 0
    crashes: list[str] = field(default_factory=list)  # pages whose extraction raised
    misses: dict[str, list[tuple[str, str | None, str]]] = field(default_factory=lambda: {n: [] for n in FIELDS})

    def percent(self, name: str) -> float:
        return 100.0 * self.right[name] / self.total[name] if self.total[name] else 0.0


_EXTRACTORS: dict[str, Extractor] = {"ours": card_fields, "trafilatura": trafilatura_fields}


def _read_one(job: tuple[str, str, str]) -> tuple[str, dict[str, str | None] | None, float]:
    extractor, path, address = job
    data = Path(path).read_bytes()
    start = time.perf_counter()
    try:
        found: dict[str, str | None] | None = _EXTRACTORS[extractor](data, address)
    except Exception:  # noqa: BLE001 - a crash on a page scores as nothing found, and is counted
        found = None
    return address, found, time.perf_counter() - start


def score(folder: Path, extractor: str = "ours", *, addresses: Iterable[str] | None = None,
          workers: int | None = None) -> Score:
    """Score one extractor on the corpus (or on the given pages of it), in a process pool."""
    cases = load_cases(folder)
    wanted = list(addresses) if addresses is not None else list(cases)
    jobs = [(extractor, str(folder / "pages" / cases[a]["file"]), a) for a in wanted]
    result = Score()
    workers = workers or min(4, os.cpu_count() or 1)
    if workers > 1 and len(jobs) > 20:
        with ProcessPoolExecutor(workers) as pool:
            answers = list(pool.map(_read_one, jobs, chunksize=16))
    else:
        answers = [_read_one(job) for job in jobs]
    for address, answer, seconds in answers:
        if answer is None:
            result.crashes.append(address)
        found = answer or dict.fromkeys(FIELDS)
        result.pages += 1
        result.seconds += seconds
        for name in FIELDS:
            expected = cases[address].get(name)
            if not expected:
                continue
            result.total[name] += 1
            if matches(name, found.get(name), expected):
                result.right[name] += 1
            else:
                result.misses[name].append((address, found.get(name), expected))
    return result


def table(scores: dict[str, Score]) -> list[str]:
    """The per-field table, one column per extractor."""
    names = list(scores)
    lines = [f"{'field':<20}" + "".join(f"{name:>14}" for name in names)]
    for name in FIELDS:
        total = next(iter(scores.values())).total[name]
        lines.append(f"{name + f' ({total})':<20}" + "".join(f"{s.percent(name):>13.1f}%" for s in scores.values()))
    lines.append(f"{'ms per page':<20}" + "".join(f"{1000 * s.seconds / max(1, s.pages):>14.1f}"
                                                   for s in scores.values()))
    return lines
