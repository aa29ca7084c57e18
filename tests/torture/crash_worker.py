"""Child process for the crash torture: edits, imports and exports a project in a loop,
printing ``ack KIND N`` once each step is committed (or, for exports, written)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.core.model import Block, BlockType
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

IMPORT_SIZE = 200


def tweet_id(step: int, k: int) -> str:
    return str(900000000000000000 + step * 1000 + k)


def twarc2_page(step: int) -> str:
    tweets = [
        {"id": tweet_id(step, k), "text": f"Import {step} tweet {k} #EndImpunity", "author_id": "77",
         "created_at": f"2014-11-{1 + k % 28:02d}T10:{k % 60:02d}:00.000Z", "lang": "en"}
        for k in range(IMPORT_SIZE)
    ]
    return json.dumps({"data": tweets, "includes": {"users": [{"id": "77", "name": "Vigil", "username": "vigil"}]}})


def main(path: str, start: int) -> None:
    folder = Path(path).parent
    project = Project.open(path)
    step = start
    while True:
        kind = step % 5
        if kind == 3:
            source = folder / f"import-{step}.jsonl"
            source.write_text(twarc2_page(step) + "\n", encoding="utf-8")
            report = capture_sources(project, [str(source)], CaptureContext())
            assert not report.failures, report.failures
            print(f"ack import {step}", flush=True)
        elif kind == 4:
            export_story(project, ExportOptions(html=folder / "recap.html", json=folder / "story.json"))
            print(f"ack export {step}", flush=True)
        elif kind == 2:
            with project.transaction():  # a compound edit: both or neither
                project.story.append(Block(BlockType.HEADING, text=f"edit {step}"))
                project.set_meta(f"edit {step}", "heading")
            print(f"ack edit {step}", flush=True)
        else:
            project.story.insert(step % 5, Block(BlockType.TEXT, text=f"edit {step}"))
            print(f"ack edit {step}", flush=True)
        step += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
