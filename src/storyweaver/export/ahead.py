"""Prepare a story's images ahead of its export, while the user is still choosing what to write.

The editor calls :func:`prepare_ahead` when its Export dialog opens: the images both audiences'
views ask for (the public recap's and the briefing's) are prepared and returned, for the caller
to keep in the project (store/keep_prepared.py); the export then takes them as they are.
Cancelled when the user presses Export: what was finished by then is returned all the same.
"""

from __future__ import annotations

import threading

from storyweaver.core.reader import ProjectReader
from storyweaver.errors import Cancelled
from storyweaver.export.imagebank import ImageBank
from storyweaver.export.labels import labels
from storyweaver.export.viewmodel import BRIEFING, PUBLIC, StorySource
from storyweaver.store.prepared_images import PreparedRow


def prepare_ahead(project: ProjectReader, cancel: threading.Event) -> list[PreparedRow]:
    """The images of the story's views not kept yet, prepared (those done if ``cancel`` is set)."""
    bank = ImageBank(project)
    bank.begin(cancel)
    words = labels("en")  # the words do not change which images a view asks for
    try:
        source = StorySource(project, bank, "en")
        source.view(PUBLIC, words)
        if not cancel.is_set():
            source.view(BRIEFING, words)
        bank.start(cancel=cancel)
        bank.wait()
    except Cancelled:
        pass
    finally:
        bank.close(abandon=cancel.is_set())
    return bank.fresh()
