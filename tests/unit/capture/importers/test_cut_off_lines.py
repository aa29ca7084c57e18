"""A JSON Lines capture cut off by an interruption, or damaged in the middle, keeps every good line.

The lines are real twarc output (tests/fixtures/posts/twarc1.jsonl: twarc 1 writes one
v1.1 status per line, https://twarc-project.readthedocs.io/en/latest/twarc1_en_us/); the
damage is what an interrupted ``twarc filter`` or a bad copy leaves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.errors import CaptureError
from storyweaver.i18n import use_language
from tests.post_fixtures import FIXTURES


def _lines() -> list[str]:
    return (FIXTURES / "twarc1.jsonl").read_text(encoding="utf-8").splitlines()


def _stream(tmp_path: Path, copies: int, *, middle_damage: bool = False) -> Path:
    """``copies`` good posts (distinct ids), then a last line cut off mid-object."""
    good = json.loads(_lines()[0])
    rows = []
    for number in range(copies):
        post = dict(good, id_str=str(600000000000000000 + number), id=600000000000000000 + number)
        rows.append(json.dumps(post))
        if middle_damage and number == 2:
            rows.append('{"id_str": "1", "text": "garbled \x00')
    path = tmp_path / "stream.jsonl"
    path.write_text("\n".join(rows) + "\n" + rows[-1][:-40], encoding="utf-8")  # no final newline: cut off
    return path


def test_a_cut_off_last_line_is_skipped_and_named(project, add, tmp_path):
    path = _stream(tmp_path, 7)
    warnings: list[CaptureError] = []
    report = add(path, ctx=CaptureContext(warn=warnings.append))
    assert not report.failures and len(report.added) == 7  # all seven good posts kept
    assert [w.code for w in report.warnings] == ["line-cut-off"] and report.warnings[0].facts["line"] == 8
    assert str(report.warnings[0]).endswith("stream.jsonl: line 8 is cut off and was skipped.")
    assert project.library.count() == 7


def test_damaged_lines_in_the_middle_are_counted_with_real_plurals_in_french(project, tmp_path):
    path = _stream(tmp_path, 5, middle_damage=True)
    report = capture_sources(project, [str(path)], CaptureContext())
    assert len(report.added) == 5
    [warning] = report.warnings
    assert warning.code == "lines-skipped" and warning.facts["lines"] == [4, 7]
    assert str(warning).endswith("stream.jsonl: 2 damaged lines were skipped (lines 4, 7).")
    try:
        use_language("fr")
        assert str(warning).endswith("stream.jsonl : 2 lignes endommagées ont été ignorées (lignes 4, 7).")
        one = CaptureError("lines-skipped", source="s.jsonl", count=1, lines=[2402])
        assert str(one) == "s.jsonl : 1 ligne endommagée a été ignorée (ligne 2\u202f402)."
        many = CaptureError("lines-skipped", source="s.jsonl", count=12, lines=list(range(1000, 1010)))
        assert str(many).startswith("s.jsonl : 12 lignes endommagées") and str(many).endswith("1\u202f009, …).")
    finally:
        use_language(None)
    assert str(CaptureError("line-cut-off", source="s", line=2402)) == "s: line 2,402 is cut off and was skipped."


def test_re_adding_the_repaired_stream_adds_only_the_missing_post(project, add, tmp_path):
    path = _stream(tmp_path, 7)
    add(path)
    path.write_text(path.read_text(encoding="utf-8").rsplit("\n", 1)[0] + "\n" + json.dumps(
        dict(json.loads(_lines()[0]), id_str="600000000000000099", id=600000000000000099)) + "\n", encoding="utf-8")
    again = add(path)
    assert len(again.added) == 1 and len(set(again.existing)) == 7 and not again.warnings


def test_the_command_line_summary_names_the_skipped_line(tmp_path):
    project = tmp_path / "p.storyweaver"
    run = [sys.executable, "-m", "storyweaver"]
    env = {**os.environ, "STORYWEAVER_LANG": "en"}
    subprocess.run([*run, "new", str(project), "--title", "t"], check=True, capture_output=True, env=env)
    done = subprocess.run([*run, "add", str(project), str(_stream(tmp_path, 7))], capture_output=True, text=True,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("7 added") and "line 8 is cut off and was skipped." in done.stderr
