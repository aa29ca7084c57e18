"""The project file at campaign scale: create, insert, open, list; and CLI start-up."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storyweaver.bench import Report
from storyweaver.bench._measure import peak_during, run_child, stopwatch
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Platform
from storyweaver.store.project import Project

NAME = "store"
ORDER = 10
START = datetime(2014, 11, 1, tzinfo=UTC)


def campaign_posts(count: int) -> Iterator[Item]:
    """Posts shaped like a real campaign month: many authors, hashtags, metrics, some media."""
    captured = datetime(2014, 12, 1, tzinfo=UTC)
    for n in range(count):
        yield Item(
            kind=ItemKind.POST,
            captured_at=captured,
            capture_method="bench",
            platform=Platform.X,
            platform_id=str(528000000000000000 + n * 4096),
            url=f"https://x.com/member{n % 2000}/status/{528000000000000000 + n * 4096}",
            text=f"Day {n % 30 + 1} of the action month: no more impunity for crimes against journalists "
                 f"#EndImpunity #IDEI2014 @member{(n * 7) % 2000} https://example.org/a/{n}",
            author=Author(f"Member {n % 2000}", f"member{n % 2000}", f"https://x.com/member{n % 2000}"),
            published=START + timedelta(seconds=n * 50),
            lang="en" if n % 5 else "fr",
            hashtags=["EndImpunity", "IDEI2014"],
            extra={"metrics": {"reposts": n % 13, "likes": n % 29}},
        )


def _cli_seconds(*args: str, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "storyweaver", *args], capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def _cli_peak(*args: str) -> float:
    """Peak memory of one command-line run, read by that process itself."""
    _seconds, peak, _out = run_child(
        "import sys\nfrom storyweaver.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass",
        *args)
    return peak


def run(scale: float, report: Report) -> None:
    count = max(1000, int(50_000 * scale))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.storyweaver"
        posts = list(campaign_posts(count))  # made before the clock starts: we time the store
        with peak_during() as peak, stopwatch() as elapsed, Project.create(path, title="bench") as project:
            project.library.add(posts)
            story_ids = [r[0] for r in project.query("SELECT id FROM items WHERE id % 10 = 0")]
            project.story.append(Block(BlockType.HEADING, text="November"))
            project.story.place_by_date(story_ids)
        report(f"create project + insert {count:,} items", elapsed(), "s", 2.0)
        report("  peak memory (the posts to insert held in memory included)", peak(), "MiB", None)
        del posts

        with peak_during() as peak, stopwatch() as elapsed, Project.open(path) as project:
            project.library.count()
        report(f"open a {count:,}-item project (schema check)", elapsed(), "s", 0.3)
        report("  peak memory", peak(), "MiB", None)

        # What the editor's undo and redo of a whole import do (ImportItems in gui/undo.py).
        with Project.open(path) as project:
            ids = [r[0] for r in project.query("SELECT id FROM items WHERE id % 10 != 0 ORDER BY id")]
            with stopwatch() as elapsed:
                project.library.stash_many(ids, "bench_import")
            report(f"undo an import of {len(ids):,} items (moved to temporary tables)", elapsed(), "s", None)
            with stopwatch() as elapsed:
                restored = project.library.unstash("bench_import")
            assert len(restored) == len(ids)
            report("redo it (moved back under their ids)", elapsed(), "s", None)

        report(f"items --json on {count:,} items (CLI, whole command)",
               _cli_seconds("items", str(path), "--json", runs=1), "s", 2.0)
        report("  peak memory of that command", _cli_peak("items", str(path), "--json"), "MiB", None)
        report("CLI start-up (storyweaver --help)", _cli_seconds("--help"), "s", 0.3)
        report("  peak memory of that command", _cli_peak("--help"), "MiB", None)
        report("python -c pass (interpreter alone)", _python_floor(), "s")


def _python_floor() -> float:
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        best = min(best, time.perf_counter() - start)
    return best
