"""Translations for the core, the command line and the exports (Qt has its own .qm files).

Catalogues are gettext ``.po`` files under ``resources/translations/``, read with polib,
so translators work with the usual tools and nothing needs compiling.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from functools import cache

from storyweaver.paths import resources_dir

DOMAIN = "storyweaver"
AVAILABLE = ("en", "fr")


def system_language() -> str:
    """The language the user's system asks for, reduced to one we have (default English)."""
    for var in ("STORYWEAVER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            if code in AVAILABLE:
                return code
            if code not in ("c", "posix", ""):
                return "en"
    code = (locale.getlocale()[0] or "en").split("_")[0].lower()
    return code if code in AVAILABLE else "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    try:
        path = resources_dir() / "translations" / f"{DOMAIN}.{lang}.po"
    except FileNotFoundError:  # a checkout without resources still speaks English
        return {}
    if not path.is_file():
        return {}
    import polib

    entries = polib.pofile(str(path))
    return {e.msgid: e.msgstr for e in entries if e.msgstr and not e.obsolete and "fuzzy" not in e.flags}


_chosen: str | None = None  # the editor's language setting, when it names one


def use_language(code: str | None) -> None:
    """Speak ``code`` from now on in this process (None: the system's language again).

    The editor calls it when the user picks a language, so the core's messages (an import's
    failure, a refused file) follow the window's language, not the system's.
    """
    global _chosen
    _chosen = code if code in AVAILABLE else None


def current_language() -> str:
    """The language this process speaks now (the editor's choice, else the system's)."""
    return _chosen or system_language()


def gettext(message: str, lang: str | None = None) -> str:
    return catalogue(lang or _chosen or system_language()).get(message, message)


def _(message: str) -> str:
    """Mark and translate a user-visible string into the user's language."""
    return gettext(message)


@cache
def _plural_catalogue(lang: str) -> tuple[dict[str, dict[int, str]], str]:
    """Plural entries (msgid -> form index -> text) and the catalogue's Plural-Forms rule."""
    try:
        path = resources_dir() / "translations" / f"{DOMAIN}.{lang}.po"
    except FileNotFoundError:
        return {}, "n != 1"
    if not path.is_file():
        return {}, "n != 1"
    import polib

    entries = polib.pofile(str(path))
    header = entries.metadata.get("Plural-Forms", "")
    rule = header.split("plural=", 1)[1].rstrip(";").strip() if "plural=" in header else "n != 1"
    forms = {e.msgid: {int(k): v for k, v in e.msgstr_plural.items()}
             for e in entries if e.msgid_plural and not e.obsolete and "fuzzy" not in e.flags
             and all(e.msgstr_plural.values())}
    return forms, rule


@cache
def _plural_rule(rule: str) -> Callable[[int], int]:
    import gettext as stdlib_gettext

    return stdlib_gettext.c2py(rule)  # the C expression of Plural-Forms, checked and compiled


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` things, by the language's own plural rule (French
    says "1 ligne", "0 ligne", "2 lignes"; English "0 lines")."""
    forms, rule = _plural_catalogue(_chosen or system_language())
    translated = forms.get(singular)
    if translated is None:
        return singular if count == 1 else plural
    index = int(_plural_rule(rule)(count))
    return translated.get(index, plural)


def number(value: int) -> str:
    """A count written the reader's way: 2,401 in English, 2 401 (narrow space) in French."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if (_chosen or system_language()) == "fr" else text
