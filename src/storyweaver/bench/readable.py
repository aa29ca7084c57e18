"""Readable copies on real pages: the share of the corpus's ``with`` snippets our copies keep
and of its ``without`` snippets they leave out, beside trafilatura's own plain text."""

from __future__ import annotations

from collections.abc import Callable

NAME = "readable"
ORDER = 45


def run(scale: float, report: Callable[..., None]) -> None:
    from storyweaver.bench._readable_scores import WITH_FLOOR, WITHOUT_FLOOR, corpus_folder, score_corpus

    folder = corpus_folder()
    if folder is None:
        report("readable copies: ../shared/real-pages is absent, not measured", 0.0, "", None)
        return
    ours, theirs = score_corpus(folder, compare=True)
    report("readable copy: 'with' snippets found", ours.with_percent, "%", None,
           f"floor {WITH_FLOOR:.0f}%; trafilatura's plain text {theirs.with_percent:.1f}%")
    report("readable copy: 'without' snippets absent", ours.without_percent, "%", None,
           f"floor {WITHOUT_FLOOR:.0f}%; trafilatura's plain text {theirs.without_percent:.1f}%")
    report("  extraction time over the corpus (ours, summed)", ours.seconds, "s", None,
           f"trafilatura's plain text {theirs.seconds:.1f} s")
