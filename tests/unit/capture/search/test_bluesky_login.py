"""The Bluesky login for searches: the app password lives in the system keyring, never in the
settings file; without a trustworthy keyring it is kept for the session only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from storyweaver.capture.search import bluesky
from storyweaver.settings import Settings, settings_path

HANDLE = "desk.bsky.social"
PASSWORD = "abcd-efgh-ijkl-mnop"


class SystemLikeKeyring(PlaintextKeyring):
    """A real keyring kept in a file, ranked like a system store (no Secret Service here)."""

    priority = 5  # type: ignore[assignment]


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("STORYWEAVER_BLUESKY_APP_PASSWORD", raising=False)
    monkeypatch.delenv("STORYWEAVER_BLUESKY_HANDLE", raising=False)
    monkeypatch.setattr(bluesky, "_SESSION_PASSWORDS", {})
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def system_keyring(tmp_path: Path, no_env: None) -> Path:
    store = SystemLikeKeyring()
    store.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(store)
    return tmp_path / "keyring.cfg"


def save_handle(handle: str) -> None:
    settings = Settings.load()
    settings.bluesky_handle = handle
    settings.save()


def test_the_app_password_goes_to_the_keyring_and_back(system_keyring: Path) -> None:
    save_handle(HANDLE)
    assert bluesky.credentials() is None
    assert bluesky.remember_app_password(HANDLE, PASSWORD) is True
    assert bluesky.credentials() == (HANDLE, PASSWORD)
    assert bluesky.has_app_password(HANDLE)
    assert system_keyring.stat().st_size > 0  # stored (encoded) in the keyring file
    assert bluesky._SESSION_PASSWORDS == {}
    bluesky.forget_app_password(HANDLE)
    assert bluesky.credentials() is None and not bluesky.has_app_password(HANDLE)


def test_without_a_keyring_the_password_lasts_the_session_only(no_env: None) -> None:
    keyring.set_keyring(fail.Keyring())
    save_handle(HANDLE)
    assert bluesky.remember_app_password(HANDLE, PASSWORD) is False
    assert bluesky.credentials() == (HANDLE, PASSWORD)
    bluesky._SESSION_PASSWORDS.clear()  # what quitting does
    assert bluesky.credentials() is None


def test_a_plain_file_keyring_is_not_trusted_with_it(tmp_path: Path, no_env: None) -> None:
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "plain.cfg")  # type: ignore[misc]
    keyring.set_keyring(plain)
    assert bluesky.remember_app_password(HANDLE, PASSWORD) is False
    assert not (tmp_path / "plain.cfg").exists()


def test_preferences_keep_the_handle_in_settings_and_the_password_out_of_them(qtbot, system_keyring: Path) -> None:
    from storyweaver.gui.preferences import PreferencesDialog

    settings = Settings.load()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.form.blueskyHandleEdit.setText("@" + HANDLE)
    dialog.form.blueskyPasswordEdit.setText(PASSWORD)
    dialog.accept()
    settings.save()
    assert settings.bluesky_handle == HANDLE
    assert not dialog.password_kept_for_session_only
    assert PASSWORD not in json.dumps(json.loads(settings_path().read_text(encoding="utf-8")))
    assert bluesky.credentials() == (HANDLE, PASSWORD)
    again = PreferencesDialog(Settings.load())
    qtbot.addWidget(again)
    assert again.form.blueskyPasswordEdit.text() == ""
    assert again.form.blueskyPasswordEdit.placeholderText()  # says one is kept
    # A new handle forgets the old one's password.
    again.form.blueskyHandleEdit.setText("other.bsky.social")
    again.accept()
    assert not bluesky.has_app_password(HANDLE)
