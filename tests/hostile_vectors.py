"""The shared hostile strings (../shared/test-vectors: BLNS and DOMPurify payloads), read where
a test needs them; the checkout never holds a copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

VECTORS = Path(__file__).resolve().parents[1].parent / "shared" / "test-vectors"


def hostile_strings() -> list[str]:
    """Every string of the shared hostile corpora (BLNS and DOMPurify payloads)."""
    blns = VECTORS / "blns" / "blns.json"
    payloads = VECTORS / "dompurify" / "payloads.json"
    if not blns.is_file() or not payloads.is_file():
        pytest.skip(f"the shared test vectors are not beside the checkout ({VECTORS})")
    strings = [s for s in json.loads(blns.read_text(encoding="utf-8")) if isinstance(s, str)]
    strings += [p["payload"] for p in json.loads(payloads.read_text(encoding="utf-8")) if p.get("payload")]
    return strings
