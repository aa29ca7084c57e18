"""Settings live where the platform expects them and survive damage."""

from __future__ import annotations

from pathlib import Path

from storyweaver.paths import config_dir
from storyweaver.settings import MAX_RECENT, Settings, settings_path


def test_settings_round_trip_in_the_config_folder(_isolated_home: Path) -> None:
    settings = Settings(theme="dark", language="fr", mastodon_server="https://social.example.org")
    settings.remember_project("/tmp/a.storyweaver")
    settings.save()
    assert settings_path().parent == config_dir()
    assert str(config_dir()).startswith(str(_isolated_home))
    loaded = Settings.load()
    assert loaded == settings
    assert loaded.endpoint_overrides() == {"mastodon_server": "https://social.example.org"}


def test_recent_projects_are_most_recent_first_without_duplicates() -> None:
    settings = Settings()
    for n in range(MAX_RECENT + 3):
        settings.remember_project(f"/tmp/p{n}.storyweaver")
    settings.remember_project("/tmp/p5.storyweaver")
    assert settings.recent_projects[0] == "/tmp/p5.storyweaver"
    assert len(settings.recent_projects) == MAX_RECENT
    assert len(set(settings.recent_projects)) == MAX_RECENT


def test_a_damaged_settings_file_falls_back_to_defaults() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for junk in ("{not json", "[1, 2]", '{"theme": 42, "language": "fr"}'):
        path.write_text(junk, encoding="utf-8")
        loaded = Settings.load()
        assert loaded.theme == "system"
    assert Settings.load().language == "fr"  # the well-typed value of the last file is kept
