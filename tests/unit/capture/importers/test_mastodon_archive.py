"""A Mastodon account archive, as downloaded (.tar.gz), re-zipped, unpacked, or its outbox.json alone.

Every shape is cited in tests/fixtures/posts/MASTODON-SOURCES.md: the archive layout is
mastodon/mastodon ``app/services/backup_service.rb``, each note the fields of
``app/serializers/activitypub/note_serializer.rb``, visibility from ``to``/``cc`` as
``ActivityPub::TagManager`` writes them.
"""

from __future__ import annotations

import io
import tarfile

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.core.model import ItemKind, Platform, Visibility
from storyweaver.export.api import ExportOptions, export_story
from tests.post_fixtures import FIXTURES, MASTODON_HOST, archive_folder, as_tar_gz, items_by_id, zip_folder

HOST = MASTODON_HOST
ME = f"https://{HOST}/users/freedomdesk/statuses/"


def test_the_downloaded_archive_gives_every_post_with_its_audience_warning_poll_and_media(tmp_path, project, add):
    archive = as_tar_gz(archive_folder(tmp_path), tmp_path / "archive-20241107-abc.tar.gz")
    report = add(archive)
    assert not report.failures, report.failures
    items = items_by_id(project)
    first = items[ME + "113410000000000001"]
    assert first.platform is Platform.MASTODON and first.url == f"https://{HOST}/@freedomdesk/113410000000000001"
    assert first.text == ("Ten years of #EndImpunity 🕯️ & still no justice for most.\n\n"
                          "Read: https://freedomdesk.example/2024/idei\nwith @mediawatch")
    assert first.author is not None and first.author.handle == f"freedomdesk@{HOST}"
    assert first.author.name == "Freedom Desk (demo) ✊" and first.author.avatar_sha256
    assert project.get_blob(first.author.avatar_sha256)[1] == "image/png"
    assert first.extra["visibility"] == "public" and first.lang == "en" and first.hashtags == ["endimpunity"]
    [photo] = first.media
    assert photo.alt == "Candles at a vigil, names of journalists on cards" and (photo.width, photo.height) == (8, 6)
    kept = (FIXTURES / "mastodon-archive/media_attachments/files/113/410/000/000/000/100/original/5d3f1c8e2a.png")
    assert project.get_blob(photo.sha256 or "") == (kept.read_bytes(), "image/png")
    assert first.extra["focal_points"] == [[0.0, 0.6]]
    assert first.extra["card"] == {"url": "https://freedomdesk.example/2024/idei"}
    assert first.extra["mentions"] == [{"handle": "mediawatch", "url": f"https://{HOST}/users/mediawatch"}]

    second = items[ME + "113410000000000002"]
    assert second.extra["visibility"] == "unlisted" and second.extra["content_warning"] == "Graphic: injuries"
    assert second.extra["sensitive"] is True and second.lang == "fr"
    assert second.extra["reply_to"] == {"uri": ME + "113410000000000001"}
    assert [m.alt for m in second.media] == ["Courtroom door", "A file the archive lost"]
    assert second.media[1].sha256 is None  # missing from the archive: its address is kept, said once
    assert second.media[1].url == f"https://{HOST}/system/media_attachments/files/113/410/000/000/000/102/original/gone.jpg"
    assert items[ME + "113410000000000003"].extra["visibility"] == "private"
    assert items[ME + "113410000000000004"].extra["visibility"] == "direct"
    poll = items[ME + "113410000000000005"].extra["poll"]
    assert poll["options"] == [{"title": "Saturday", "votes": 12}, {"title": "Sunday", "votes": 5}]
    assert poll["voters"] == 17 and poll["closed"] and not poll["multiple"]
    quoting = items[ME + "113410000000000006"]
    assert quoting.extra["quote_of"]["uri"] == "https://other.example/users/mediawatch/statuses/99"
    boost = items[ME + "113410000000000007/activity"]
    assert boost.kind is ItemKind.LINK and boost.url == "https://other.example/users/mediawatch/statuses/98"
    assert boost.extra["repost_of"]["url"] == boost.url
    assert boost.extra["reposted_by"]["handle"] == f"freedomdesk@{HOST}"
    saved = {i.url: i.extra["saved_as"] for i in project.library.iter_all() if "saved_as" in i.extra}
    assert saved == {"https://other.example/users/mediawatch/statuses/98": "like",
                     "https://other.example/users/mediawatch/statuses/97": "bookmark",
                     "https://other.example/users/mediawatch/statuses/96": "bookmark"}
    codes = {w.code: w.facts.get("count") for w in report.warnings}
    assert codes == {"media-missing": 1, "direct-messages": 1}
    direct = next(w for w in report.warnings if w.code == "direct-messages")
    assert "1 direct message was imported; it stays out of public outputs." in str(direct)
    from storyweaver.errors import CaptureError
    from storyweaver.i18n import use_language

    try:
        use_language("fr")
        assert "1 message direct a été importé ; il reste hors des publications publiques." in str(direct)
        many = CaptureError("direct-messages", source="a.tar.gz", count=1204)
        assert str(many) == ("a.tar.gz : 1\u202f204 messages directs ont été importés ; ils restent hors des "
                             "publications publiques.")
    finally:
        use_language(None)


def test_hostile_html_in_a_post_becomes_inert_text(tmp_path, project, add):
    add(archive_folder(tmp_path))
    post = items_by_id(project)[ME + "113410000000000006"]
    assert "alert" not in (post.text or "") and post.text == "Worth reading again.\n\nclick"
    import json

    stored = json.dumps(post.extra)  # the HTML itself stays in the raw outbox, never in the item
    assert "<script" not in stored and "onerror" not in stored and "javascript:" not in stored
    assert all(link["url"].startswith("https://") for link in post.extra.get("links", []))


def test_zip_folder_outbox_alone_and_tar_give_the_same_posts_and_re_adding_adds_nothing(tmp_path):
    folder = archive_folder(tmp_path)
    sources = {"tar": as_tar_gz(folder, tmp_path / "a.tar.gz"), "zip": zip_folder(folder, tmp_path / "a.zip"),
               "folder": folder, "outbox": folder / "outbox.json"}
    seen = {}
    from storyweaver.store.project import Project

    for name, source in sources.items():
        with Project.create(tmp_path / f"{name}.storyweaver", title="t") as project:
            report = capture_sources(project, [str(source)], CaptureContext())
            assert not report.failures, (name, report.failures)
            seen[name] = sorted(i.platform_id for i in project.library.iter_all() if i.platform_id)
            again = capture_sources(project, [str(source)], CaptureContext())
            assert again.added == [] and not again.failures
    assert seen["tar"] == seen["zip"] == seen["folder"] == seen["outbox"] and len(seen["tar"]) == 7


def test_direct_and_followers_only_posts_never_reach_the_public_recap(tmp_path, project):
    capture_sources(project, [str(archive_folder(tmp_path))], CaptureContext(), to_story=True)
    result = export_story(project, ExportOptions(html=tmp_path / "recap.html", timeline=tmp_path / "timeline.json"))
    assert result.withheld_private == 2  # said on the command line, in one line
    in_story = {project.library.get(b.item_id).url for b in project.story.blocks() if b.item_id}  # type: ignore[union-attr]
    assert "https://other.example/users/mediawatch/statuses/97" not in in_story  # a bookmark stays in the library
    recap = (tmp_path / "recap.html").read_text(encoding="utf-8")
    timeline = (tmp_path / "timeline.json").read_text(encoding="utf-8")
    assert "Ten years of" in recap  # the public post is there
    assert "Saturday · 12 votes" in recap and "Sunday · 5 votes" in recap  # the poll, as it stood
    for page in (recap, timeline):
        assert "Rue Cachée" not in page and "safe house" not in page  # the direct message
        assert "vigil moved to 7 pm" not in page  # followers only
    export_story(project, ExportOptions(pdf=tmp_path / "briefing.pdf"))  # the briefing shows them, marked
    from pypdf import PdfReader

    briefing = " ".join((page.extract_text() or "") for page in PdfReader(tmp_path / "briefing.pdf").pages)
    briefing = " ".join(briefing.split())
    assert "Rue Cachée" in briefing and "Direct message: kept out of the public recap" in briefing
    assert "Followers only: kept out of the public recap" in briefing
    # It was placed briefing-only; the user's decision (the editor asks) makes it public and confirms it.
    direct = next(i for i in project.library.iter_all() if i.extra.get("visibility") == "direct")
    (block,) = [b for b in project.story.blocks() if b.item_id == direct.id]
    assert block.visibility is Visibility.BRIEFING
    project.library.update(direct.id, extra={**direct.extra, "publish_confirmed": True})  # the user said yes
    project.story.update(block.id, visibility=Visibility.PUBLIC)
    export_story(project, ExportOptions(html=tmp_path / "asked.html"))
    assert "Rue Cachée" in (tmp_path / "asked.html").read_text(encoding="utf-8")


def test_a_member_named_to_escape_a_link_and_a_bomb_are_refused(tmp_path, project, add, monkeypatch):
    folder = archive_folder(tmp_path)
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.add(path, path.relative_to(folder).as_posix())
        payload = b"never written"
        for name in ("../../escaped.txt", "/etc/absolute.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            archive.addfile(info, io.BytesIO(payload))
        link = tarfile.TarInfo("media_attachments/link.png")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
    before = set(tmp_path.rglob("*"))
    report = add(evil)
    assert not report.failures and len([i for i in project.library.iter_all() if i.platform_id]) == 7
    refused = {w.facts["member"] for w in report.warnings if w.code == "member-refused"}
    assert refused == {"../../escaped.txt", "/etc/absolute.txt", "media_attachments/link.png"}
    assert {p.name for p in set(tmp_path.rglob("*")) - before} <= {"campaign.storyweaver-wal",
                                                                    "campaign.storyweaver-shm"}

    from storyweaver.capture.archives import members

    monkeypatch.setattr(members, "TAR_TOTAL_FLOOR", 4 * 1024 * 1024)
    bomb = tmp_path / "bomb.tar.gz"
    with tarfile.open(bomb, "w:gz", compresslevel=1) as archive:
        info = tarfile.TarInfo("media_attachments/files/1/original/zeros.png")
        info.size = 32 * 1024 * 1024
        archive.addfile(info, io.BytesIO(bytes(info.size)))
        archive.add(folder / "outbox.json", "outbox.json")
    count = project.library.count()
    failed = add(bomb)
    [(_source, error)] = failed.failures
    assert error.code == "broken-file" and "expands" in str(error)
    assert project.library.count() == count


def test_an_outbox_of_unknown_activities_is_refused_whole_and_a_mixed_one_says_what_it_skipped(tmp_path, project, add):
    import json

    outbox = json.loads((archive_folder(tmp_path) / "outbox.json").read_text(encoding="utf-8"))
    strange = {"id": "https://mastodon.example/x", "type": "Flag", "object": "https://mastodon.example/y"}
    only = tmp_path / "only" / "outbox.json"
    only.parent.mkdir()
    only.write_text(json.dumps({**outbox, "orderedItems": [strange]}), encoding="utf-8")
    [(_source, error)] = add(only).failures
    assert error.code == "broken-file" and project.library.count() == 0
    mixed = tmp_path / "outbox.json"
    mixed.write_text(json.dumps({**outbox, "orderedItems": [strange, *outbox["orderedItems"]]}), encoding="utf-8")
    report = add(mixed)
    assert not report.failures and {w.code: w.facts["count"] for w in report.warnings}["records-unknown"] == 1


def test_a_damaged_outbox_fails_with_one_line_and_keeps_nothing(tmp_path, project, add):
    folder = archive_folder(tmp_path)
    outbox = folder / "outbox.json"
    outbox.write_text(outbox.read_text(encoding="utf-8")[:-3000], encoding="utf-8")
    report = add(as_tar_gz(folder, tmp_path / "cut.tar.gz"))
    [(_source, error)] = report.failures
    assert error.code == "broken-file" and "outbox.json" in str(error)
    assert project.library.count() == 0 and not project.query("SELECT 1 FROM blobs")


def test_a_re_zipped_archive_with_escaping_names_and_a_bomb_for_an_outbox(tmp_path, project, add):
    import zipfile

    folder = archive_folder(tmp_path)
    evil = zip_folder(folder, tmp_path / "evil.zip", prefix="archive-20241107/")
    with zipfile.ZipFile(evil, "a") as archive:
        archive.writestr("../../escaped.txt", "never written")
        archive.writestr("archive-20241107/media_attachments/../../../x.png", b"\x89PNG")
    report = add(evil)
    assert not report.failures and len([i for i in project.library.iter_all() if i.platform_id]) == 7
    refused = {w.facts["member"] for w in report.warnings if w.code == "member-refused"}
    assert refused == {"../../escaped.txt", "archive-20241107/media_attachments/../../../x.png"}
    assert not (tmp_path.parent / "escaped.txt").exists()

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("actor.json", (folder / "actor.json").read_bytes())
        with archive.open("outbox.json", "w", force_zip64=True) as member:
            member.write(b'{"type": "OrderedCollection", "orderedItems": [')
            for _ in range(40):
                member.write(b" " * (1024 * 1024))
    count = project.library.count()
    [(_source, error)] = add(bomb).failures
    assert error.code == "broken-file" and "outbox.json" in str(error)
    assert project.library.count() == count
