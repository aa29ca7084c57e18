"""Where StoryWeaver keeps settings, data and caches, and where its resources live.

Every location can be redirected with ``STORYWEAVER_HOME`` (tests point it at a
temporary folder so that nothing touches the user's real settings).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "StoryWeaver"


def _home_override() -> Path | None:
    value = os.environ.get("STORYWEAVER_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    override = _home_override()
    if override is not None:
        return override / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    override = _home_override()
    if override is not None:
        return override / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    override = _home_override()
    if override is not None:
        return override / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: inside the installed package, or at the top of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        # Any of the shipped sub-folders marks it (a branch may carry only some of them).
        if any((candidate / part).is_dir() for part in ("sample", "themes", "translations")):
            return candidate
    raise FileNotFoundError("StoryWeaver's resources folder is missing from this installation")


@cache
def ui_dir() -> Path:
    """The ``ui/`` folder of Qt Designer forms (shipped for reference; the app uses compiled forms)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ui", here.parents[1] / "ui"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("StoryWeaver's ui folder is missing from this installation")
