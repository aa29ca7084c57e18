"""What the Import dialogs offer: a filter for each kind of file StoryWeaver reads (taken from
the importers themselves, so a new suffix shows here without a second list), and a folder.

The file dialog offered only "All Files"; a new user could not tell what it would take.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget


def _globs(suffixes: Iterable[str]) -> str:
    return " ".join(f"*{s}" for s in sorted(suffixes))


class ImportChoices(QObject):
    def filters(self) -> list[str]:
        # Imported when a dialog opens: the saved-page importer brings the whole page parser.
        from storyweaver.capture.importers import images, saved_page, twarc_jsonl

        kinds = [
            (self.tr("X archives"), "*.zip"),
            (self.tr("Images"), _globs(images.SUFFIXES)),
            (self.tr("Posts as CSV"), "*.csv *.tsv"),
            (self.tr("Posts as JSON lines (twarc) and Storify exports"), _globs({*twarc_jsonl.SUFFIXES, ".json"})),
            (self.tr("Saved web pages"), _globs(saved_page.SUFFIXES)),
        ]
        every = " ".join(dict.fromkeys(" ".join(globs for _label, globs in kinds).split()))
        return ([self.tr("Everything StoryWeaver reads (%1)").replace("%1", every)]
                + [f"{label} ({globs})" for label, globs in kinds] + [self.tr("All files (*)")])

    def ask_files(self, parent: QWidget) -> list[str]:
        filters = self.filters()
        paths, _chosen = QFileDialog.getOpenFileNames(parent, self.tr("Import files"), "", ";;".join(filters),
                                                      filters[0])
        return list(paths)

    def ask_folder(self, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("Import a folder"))
