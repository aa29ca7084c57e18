from __future__ import annotations

import re
from pathlib import Path

import polib

REPO = Path(__file__).resolve().parents[3]
MINE = ["capture/posts", "capture/search", "capture/importers/x_archive.py", "capture/importers/twarc_jsonl.py",
        "capture/importers/posts_csv.py", "capture/importers/storify.py", "capture/addresses/x.py",
        "capture/addresses/mastodon.py", "capture/addresses/bluesky.py", "commands/search.py"]
_MARKED = re.compile(r'\b_\(\s*"((?:[^"\\]|\\.)*)"\s*\)')


def test_every_message_of_the_post_captures_has_a_french_translation():
    entries = polib.pofile(str(REPO / "resources/translations/storyweaver.fr.po"))
    catalogue = {e.msgid: e.msgstr for e in entries if not e.msgid_plural}
    for entry in (e for e in entries if e.msgid_plural):  # each plural form keeps the placeholders it needs
        assert all(entry.msgstr_plural.values()), entry.msgid
        assert set(re.findall(r"\{\w+\}", entry.msgstr_plural[1])) == set(re.findall(r"\{\w+\}", entry.msgid_plural))
    sources = REPO / "src" / "storyweaver"
    marked: set[str] = set()
    for part in MINE:
        for path in [sources / part] if part.endswith(".py") else sorted((sources / part).rglob("*.py")):
            marked |= set(_MARKED.findall(path.read_text(encoding="utf-8")))
    assert "unsafe name" in marked and "line {line}" in marked
    missing = sorted(m for m in marked if not catalogue.get(m))
    assert missing == []
    for code in ("{source}: {member} was skipped ({reason}).", "{source} is a CSV file without the expected columns "
                 "({expected}).", "{service} needs you to sign in for this search ({reason})."):
        assert catalogue[code]
    for msgid, msgstr in catalogue.items():  # placeholders survive translation
        assert set(re.findall(r"\{\w+\}", msgid)) == set(re.findall(r"\{\w+\}", msgstr)), msgid
