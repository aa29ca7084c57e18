from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile

from tests.post_fixtures import FIXTURES, items_by_id

TWEET = {"tweet": {"id_str": "528837781607157763", "full_text": "kept", "created_at": "Sun Nov 02 09:15:27 +0000 2014",
                   "entities": {}}}


def test_members_named_with_dot_dot_are_never_written_and_the_rest_imports(tmp_path, project, add):
    archive = tmp_path / "evil.zip"
    work = tmp_path / "work"
    work.mkdir()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps([TWEET]))
        out.writestr("../../escaped.txt", "should never be written")
        out.writestr("../data/tweets-part1.js", "window.YTD.tweets.part1 = []")
        out.writestr("/etc/absolute.txt", "nope")
        out.writestr("data/tweets_media/528837781607157763-../../../x.jpg", b"\xff\xd8")
    before = set(tmp_path.rglob("*"))
    report = add(archive)
    assert [i.text for i in project.library.iter_all()] == ["kept"]
    refused = {w.facts["member"] for w in report.warnings if w.code == "member-refused"}
    assert {"../../escaped.txt", "../data/tweets-part1.js", "/etc/absolute.txt"} <= refused
    after = set(tmp_path.rglob("*"))
    assert {p.name for p in after - before} <= {"campaign.storyweaver-wal", "campaign.storyweaver-shm"}
    assert not (tmp_path.parent / "escaped.txt").exists()


_CHILD = textwrap.dedent(
    """
    import sys
    from storyweaver.capture.context import CaptureContext
    from storyweaver.capture.dispatch import capture_sources
    from storyweaver.store.project import Project
    project = Project.create(sys.argv[2], title="t")
    report = capture_sources(project, [sys.argv[1]], CaptureContext())
    print(len(report.added), len(report.failures), ";".join(w.facts.get("member", "") for w in report.warnings))
    with open("/proc/self/status") as status:
        print(next(line for line in status if line.startswith("VmHWM")).split()[1])
    """
)


def test_a_300_mb_member_is_refused_and_memory_stays_low(tmp_path):
    archive = tmp_path / "bomb.zip"
    block = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        out.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps([TWEET]))
        with out.open("data/tweets-part1.js", "w", force_zip64=True) as member:
            member.write(b"window.YTD.tweets.part1 = [")
            for _ in range(300):
                member.write(block)
        with out.open("data/tweets_media/528837781607157763-big.jpg", "w", force_zip64=True) as member:
            for _ in range(300):
                member.write(block)
    assert archive.stat().st_size < 5 * 1024 * 1024
    done = subprocess.run([sys.executable, "-c", _CHILD, str(archive), str(tmp_path / "p.storyweaver")],
                          capture_output=True, text=True, check=True, timeout=120)
    summary, peak_kib = done.stdout.split("\n")[:2]
    added, failures, refused = summary.split(" ", 2)
    assert (added, failures) == ("1", "0")
    assert "data/tweets-part1.js" in refused
    assert int(peak_kib) < 300 * 1024
    assert not list(tmp_path.glob("**/*.jpg"))


def test_a_fixture_archive_member_list_is_read_without_extracting(tmp_path, project, add):
    from tests.post_fixtures import zip_folder

    archive = zip_folder(FIXTURES / "x-archive", tmp_path / "a.zip")
    before = sorted(p.name for p in tmp_path.iterdir())
    add(archive)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("campaign")) == \
        sorted(p for p in before if not p.startswith("campaign"))
    assert len(items_by_id(project)) == 5
