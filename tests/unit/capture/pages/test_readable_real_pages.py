"""Readable copies scored on the shared real-pages corpus (README's rules): the issue's floors
are 90% of the ``with`` snippets found and 85% of the ``without`` snippets absent."""

from __future__ import annotations

import pytest

from storyweaver.bench._readable_scores import WITH_FLOOR, WITHOUT_FLOOR, corpus_folder, score_corpus

FOLDER = corpus_folder()


@pytest.mark.timeout(300)
@pytest.mark.skipif(FOLDER is None, reason="../shared/real-pages is absent (the corpus is never copied into "
                                           "the repository): readable copies not scored")
def test_readable_copies_keep_the_main_text_and_leave_the_furniture_out() -> None:
    assert FOLDER is not None
    ours, _theirs = score_corpus(FOLDER)
    print(f"\nreadable copies on {FOLDER}: with {ours.with_percent:.1f}% of {ours.wanted}, "
          f"without {ours.without_percent:.1f}% of {ours.unwanted}")
    assert ours.wanted > 2500 and ours.unwanted > 2500  # the whole corpus was read
    assert ours.with_percent >= WITH_FLOOR
    assert ours.without_percent >= WITHOUT_FLOOR
