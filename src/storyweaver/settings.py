"""User settings (recent projects, theme, language, network endpoints, proxy), kept as JSON in
the platform's config folder.  Written atomically; a damaged file falls back to defaults."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from storyweaver.paths import config_dir

MAX_RECENT = 10


@dataclass
class Settings:
    recent_projects: list[str] = field(default_factory=list)
    theme: str = "system"  # light | dark | system (the editor); exports have their own themes
    export_theme: str = "default"
    language: str = ""  # "" follows the system
    x_oembed: str = ""  # "" means the default endpoint (or the environment's override)
    bluesky_api: str = ""
    bluesky_pds: str = ""
    bluesky_handle: str = ""
    mastodon_server: str = ""
    proxy: str = ""
    allow_local_addresses: bool = False  # capture may reach 127.0.0.1 and private networks (capture/address_guard)
    workers: int = 8
    first_start_done: bool = False

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        target = path or settings_path()
        try:
            raw = json.loads(target.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for name, value in raw.items():
            if name in known and isinstance(value, type(getattr(defaults, name))):
                values[name] = value
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        target = path or settings_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", dir=target.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(asdict(self), stream, ensure_ascii=False, indent=2)
            Path(temporary).replace(target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def remember_project(self, project_path: str | os.PathLike[str]) -> None:
        text = str(Path(project_path).resolve())
        self.recent_projects = [text, *(p for p in self.recent_projects if p != text)][:MAX_RECENT]

    def endpoint_overrides(self) -> dict[str, str]:
        """Endpoints the user set, for ``Endpoints.from_environment(**overrides)``."""
        pairs = {
            "x_oembed": self.x_oembed,
            "bluesky_api": self.bluesky_api,
            "bluesky_pds": self.bluesky_pds,
            "mastodon_server": self.mastodon_server,
        }
        return {k: v for k, v in pairs.items() if v}


def settings_path() -> Path:
    return config_dir() / "settings.json"
