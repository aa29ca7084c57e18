"""Fixtures for the editor's tests: real project files, a real window, real capture plumbing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from storyweaver.settings import Settings
from tests.gui.builders import build_demo_project


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    """The editor as the app starts it in English: with the catalogue of English plural forms."""
    from storyweaver.gui.translations import install_translations

    install_translations(qapp, "en")


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    return build_demo_project(tmp_path / "demo.storyweaver")


@pytest.fixture
def settings() -> Settings:
    return Settings(workers=2, first_start_done=True)


@pytest.fixture
def window(qtbot, settings: Settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from storyweaver.gui.main_window import MainWindow

    win = MainWindow(settings)
    win.remember_on_close = False
    qtbot.addWidget(win)
    win.resize(1400, 900)
    yield win
    win.runner.cancel_all()
    win.close_project()
    win.runner.shutdown()


class JsonLinesArchive(ModuleType):
    """A small archive format for the tests (one JSON post per line, ``*.swtest.jsonl``),
    plugged into the real dispatch as an importer module would be."""

    PRIORITY = 1

    @staticmethod
    def can_read(path: Path) -> bool:
        return path.is_file() and path.name.endswith(".swtest.jsonl")

    @staticmethod
    def read(path: Path, sink, ctx) -> None:  # type: ignore[no-untyped-def]
        from datetime import datetime

        from storyweaver.core.model import Author, Item, ItemKind, Platform
        from storyweaver.errors import CaptureError

        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            ctx.check_cancelled()
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise CaptureError("broken-file", source=str(path), where=f"line {number}", reason=str(exc)) from exc
            sink.add(Item(kind=ItemKind.POST, captured_at=ctx.clock(), capture_method="x-archive",
                          platform=Platform.X, platform_id=row["id"], text=row["text"],
                          url=f"https://x.com/a/status/{row['id']}",
                          author=Author(row["name"], row["handle"]),
                          published=datetime.fromisoformat(row["published"]), hashtags=row.get("tags", [])))


class TitlePage(ModuleType):
    """An address handler for the tests: fetches a page from the local server through the
    real HTTP layer and keeps it as a link card titled by its <title>."""

    PRIORITY = 1

    @staticmethod
    def handles(address: str) -> bool:
        return address.startswith(("http://127.0.0.1", "http://localhost"))

    @staticmethod
    def capture(address: str, sink, ctx) -> None:  # type: ignore[no-untyped-def]
        import re

        from storyweaver.core.model import Item, ItemKind

        ctx.check_cancelled()
        response = ctx.require_http().get(address, timeout=15)
        html = response.content.decode("utf-8", "replace")
        match = re.search(r"<title>(.*?)</title>", html, re.S)
        sink.add(Item(kind=ItemKind.LINK, captured_at=ctx.clock(), capture_method="unfurl", url=address,
                      title=match.group(1).strip() if match else address, site_name="Local test site"))


@pytest.fixture
def capture_plugins(monkeypatch: pytest.MonkeyPatch, window) -> None:  # type: ignore[no-untyped-def]
    """Route the test formats to the test importer/handler; everything else to the real ones."""
    from storyweaver.capture import addresses, importers
    from storyweaver.gui import capture_jobs

    # The test formats exist in this process only: the window captures here, not in a child.
    window.actions_.capture_reader = capture_jobs.reader_here
    archive, page = JsonLinesArchive("archive"), TitlePage("page")
    real_importer, real_handler = importers.importer_for, addresses.handler_for
    monkeypatch.setattr(importers, "importer_for", lambda p: archive if archive.can_read(p) else real_importer(p))
    monkeypatch.setattr(addresses, "handler_for", lambda a: page if page.handles(a) else real_handler(a))
