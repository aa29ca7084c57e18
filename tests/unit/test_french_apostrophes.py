"""French text uses one apostrophe, the typographic ’ (the French norm), in both catalogues: the
core's and the exports' (gettext ``.po``) and the editor's (Qt ``.ts``).  They mixed it with the
straight ' ("note d'information" beside "n’est pas").  Only the translations are read (the
sources are English); a straight quote stays allowed where the translation copies code from its
source verbatim (``pip install 'storyweaver[archive]'``)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import polib

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
QUOTED_CODE = re.compile(r"'[^'\s]+'")


def straight_apostrophes(source: str, translation: str) -> list[str]:
    """The places in ``translation`` where a straight ' stands for an apostrophe."""
    for code in set(QUOTED_CODE.findall(source)):
        translation = translation.replace(code, "")  # code copied from the source keeps its quotes
    return [translation[max(0, m.start() - 12):m.end() + 12] for m in re.finditer("'", translation)]


def po_pairs() -> list[tuple[str, str]]:
    pairs = []
    for entry in polib.pofile(str(TRANSLATIONS / "storyweaver.fr.po")):
        pairs.append((entry.msgid, entry.msgstr))
        pairs.extend((entry.msgid_plural, text) for text in entry.msgstr_plural.values())
    return pairs


def ts_pairs() -> list[tuple[str, str]]:
    root = ET.parse(TRANSLATIONS / "storyweaver_gui_fr.ts").getroot()
    pairs = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform") or [translation]
            pairs.extend((source, form.text or "") for form in forms)
    return pairs


def test_the_french_catalogues_use_the_typographic_apostrophe_only() -> None:
    found = [(source[:40], place) for source, text in po_pairs() + ts_pairs()
             for place in straight_apostrophes(source, text)]
    assert found == [], found[:10]


def test_the_check_finds_a_straight_apostrophe_and_spares_copied_code() -> None:
    assert straight_apostrophes("the briefing", "la note d'information") == ["la note d'information"]
    assert straight_apostrophes("run: pip install 'storyweaver[archive]'",
                                "lancez : pip install 'storyweaver[archive]'") == []
    assert straight_apostrophes("the briefing", "la note d’information") == []
