"""A French session's capture warnings are French from end to end.

Found in a first hour under Xvfb: adding a real page (ZEIT ONLINE, from ../shared/real-pages) in a
French editor showed "Une image de … n'a pas été conservée : Could not connect to … (name or service
not known)." The inner sentence was written by the capture child, which spoke the system's language,
and the reason was the operating system's English words.
"""

from __future__ import annotations

import socket

from storyweaver.gui.translations import install_translations


def _closed_port() -> int:
    with socket.socket() as probe:  # a port nobody listens on: the connection is refused
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_picture_that_cannot_be_fetched_is_reported_in_french(qtbot, window, qapp, demo_path,
                                                                httpserver, monkeypatch) -> None:
    monkeypatch.setenv("STORYWEAVER_ALLOW_LOCAL_ADDRESSES", "1")
    # The shape of a card's page: an og:image (https://ogp.me/#metadata) on a host that refuses.
    picture = f"http://127.0.0.1:{_closed_port()}/vigil.jpg"
    page = (f'<!DOCTYPE html><html lang="fr"><head><title>Veillée</title>'
            f'<meta property="og:title" content="Veillée pour la liberté de la presse">'
            f'<meta property="og:image" content="{picture}"></head><body><p>Texte</p></body></html>')
    httpserver.expect_request("/veillee").respond_with_data(page, content_type="text/html; charset=utf-8")
    try:
        install_translations(qapp, "fr")
        assert window.actions_.open(demo_path)
        window.actions_.import_sources([httpserver.url_for("/veillee")])
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
        (row,) = window.progress.failed_rows()
        failure = row.job.failure
        assert "Impossible de se connecter" in failure and "connexion refusée" in failure, failure
        assert "Could not connect" not in failure and "refused" not in failure, failure
    finally:
        install_translations(qapp, "en")
