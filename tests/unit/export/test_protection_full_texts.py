"""Property: a page's full text reaches a public output (the recap, its fragment) only for a
public card that asks for it and is not redacted, whatever the story.

Each generated story holds link cards with readable copies: redacted or not, asking for their
text to be published or not, in public or briefing-only blocks, some under a briefing-only
heading.  Every copy carries a unique token, so finding a protected one in an output is a leak.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweaver.core.model import Block, BlockType, Item, ItemKind, ReadableCopy, Visibility
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

entry = st.tuples(
    st.sampled_from(["link", "link", "heading"]),
    st.booleans(),  # redacted
    st.booleans(),  # the card asks for its text to be published
    st.sampled_from([Visibility.PUBLIC, Visibility.PUBLIC, Visibility.BRIEFING]),
)


def build(path: Path, entries: list[tuple[str, bool, bool, Visibility]]) -> tuple[set[str], set[str]]:
    """The story; returns the tokens no public output may hold, and those it must hold."""
    secret, shown = set(), set()
    captured = datetime(2024, 3, 1, tzinfo=UTC)
    with Project.create(path, title="Full texts") as project:
        hidden_section = False
        for n, (kind, redacted, asks, visibility) in enumerate(entries):
            if kind == "heading":
                hidden_section = visibility is Visibility.BRIEFING
                project.story.append(Block(BlockType.HEADING, f"Section {n}", visibility=visibility))
                continue
            token = f"zqfull{n}x"
            html = project.put_blob(f"<p>Article words {token}</p>".encode(), "text/html")
            item = Item(kind=ItemKind.LINK, captured_at=captured, capture_method="test",
                        url=f"https://news.example.org/{n}", title=f"Article {n}", redacted=redacted,
                        extra={"readable_public": True} if asks else {},
                        readable=ReadableCopy(captured, "trafilatura", html, None, f"Article words {token}", 3))
            project.library.add([item])
            project.story.append(Block(BlockType.ITEM, item_id=item.id, visibility=visibility))
            public = visibility is Visibility.PUBLIC and not hidden_section
            (shown if public and asks and not redacted else secret).add(token)
    return secret, shown


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(entry, min_size=1, max_size=8))
def test_a_full_text_is_public_only_where_a_public_unredacted_card_asks(tmp_path_factory, entries) -> None:
    folder = tmp_path_factory.mktemp("full")
    path = folder / "p.storyweaver"
    secret, shown = build(path, entries)
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=folder / "recap.html", lang="en", full_text=True))
        export_story(project, ExportOptions(html=folder / "fragment.html", lang="en", fragment=True))
    for name in ("recap.html", "fragment.html"):
        text = (folder / name).read_text(encoding="utf-8")
        assert not {token for token in secret if token in text}, name
        assert all(token in text for token in shown), name
