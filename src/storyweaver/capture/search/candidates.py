"""Search results are candidates: they carry their raw JSON until the editor keeps them."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from storyweaver.core.model import Item
from storyweaver.store.library import AddResult
from storyweaver.store.project import Project

RAW_KEY = "raw_json"  # the post as the network sent it, until kept as a blob


def raw_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def raw_sha(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def keep(project: Project, candidates: Iterable[Item]) -> AddResult:
    """Store the chosen candidates in the library (one transaction), with their raw JSON as a blob."""
    with project.transaction():
        chosen = list(candidates)
        for item in chosen:
            raw = item.extra.pop(RAW_KEY, None)
            if isinstance(raw, str):
                item.raw_sha256 = project.put_blob(raw.encode("utf-8"), "application/json")
        return project.library.add(chosen)


def public_view(item: Item) -> Item:
    """A copy of the candidate as the editor sees it (the raw JSON stays out of listings)."""
    if RAW_KEY not in item.extra:
        return item
    return dataclasses.replace(item, extra={k: v for k, v in item.extra.items() if k != RAW_KEY})
