"""Builders shared by tests: realistic items without any network."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storyweaver.core.model import Author, Item, ItemKind, Media, Platform

BASE = datetime(2014, 11, 2, 9, 0, tzinfo=UTC)


def post(n: int, *, text: str | None = None, when: datetime | None = None) -> Item:
    return Item(
        kind=ItemKind.POST,
        captured_at=BASE + timedelta(days=30),
        capture_method="test",
        platform=Platform.X,
        platform_id=str(530000000000000000 + n),
        url=f"https://x.com/voices_example/status/{530000000000000000 + n}",
        text=text if text is not None else f"Post {n} #EndImpunity for journalists",
        author=Author(name=f"Voices {n % 50}", handle=f"voices{n % 50}_example", url="https://x.com/voices_example"),
        published=when or BASE + timedelta(minutes=n),
        lang="en",
        hashtags=["EndImpunity"],
        extra={"metrics": {"reposts": n % 7, "likes": n % 11}},
    )


def link(n: int, *, title: str | None = None) -> Item:
    return Item(
        kind=ItemKind.LINK,
        captured_at=BASE,
        capture_method="test",
        url=f"https://news.example.org/article/{n}",
        title=title or f"Article {n}",
        description="A report on impunity for crimes against journalists.",
        site_name="News Example",
        published=BASE + timedelta(hours=n),
        image_url="https://news.example.org/lead.jpg",
    )


def image(sha: str, *, alt: str | None = "A candle vigil") -> Item:
    return Item(
        kind=ItemKind.IMAGE,
        captured_at=BASE,
        capture_method="file",
        media=[Media(type="image", sha256=sha, alt=alt, width=4, height=3, mime="image/png")],
    )


def run_cli(*args: str | Path, check: bool = False, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process."""
    done = subprocess.run(
        [sys.executable, "-m", "storyweaver", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"storyweaver {args} failed ({done.returncode}): {done.stderr}")
    return done


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """Make ``path`` impossible to write, even for root (``chattr +i``); skip where that cannot be done."""
    import shutil

    import pytest

    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("this file system or user cannot make a file immutable")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
