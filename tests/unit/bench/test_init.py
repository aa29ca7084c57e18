"""Every public module of bench/ is a benchmark group (helpers are ``_``-prefixed): a helper
found by discovery stops `storyweaver bench` with an AttributeError."""

from __future__ import annotations

from storyweaver.bench import groups


def test_every_group_found_has_a_name_and_a_run() -> None:
    found = groups()
    assert {g.NAME for g in found} >= {"store", "links", "export", "gui", "posts"}
    for group in found:
        assert isinstance(group.NAME, str) and callable(group.run), group.__name__
