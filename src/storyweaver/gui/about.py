"""Help > About: StoryWeaver's version, its licence, and the libraries it is built on.

Everything is shown as plain text (no rich-text interpretation), so a version string from a
library's metadata can never turn into markup. "Copy details" puts the same facts on the
clipboard for a bug report.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyweaver import __version__

LICENCE = "GPL-3.0-or-later"

# (name shown, distributions that may provide it, first found wins). PySide6 comes as the full
# meta-package or as PySide6-Essentials; both are the same library.
LIBRARIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PySide6", ("PySide6-Essentials", "PySide6")),
    ("requests", ("requests",)),
    ("Beautiful Soup", ("beautifulsoup4",)),
    ("lxml", ("lxml",)),
    ("WeasyPrint", ("weasyprint",)),
    ("Jinja2", ("jinja2",)),
    ("nh3", ("nh3",)),
    ("Pillow", ("pillow",)),
    ("platformdirs", ("platformdirs",)),
    ("polib", ("polib",)),
)


def installed_version(distributions: tuple[str, ...]) -> str | None:
    """The version of the first of ``distributions`` that is installed, or None."""
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """The About box: version, licence and library versions, all selectable and copyable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About StoryWeaver"))
        self.setMinimumWidth(460)

        title = _plain_label("StoryWeaver", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = _plain_label(self.tr("Version {version}").format(version=__version__), self)
        summary = _plain_label(
            self.tr("Collect posts, links and images and weave them into a web recap and a PDF briefing."), self
        )
        self.licence_label = _plain_label(
            self.tr(
                "Licence: {licence}. StoryWeaver is free software: you may share and change it under the terms "
                "of the GNU General Public License, version 3 or any later version. It comes with no warranty."
            ).format(licence=LICENCE),
            self,
        )

        header = QHBoxLayout()
        icon = self._icon_label()
        if icon is not None:
            header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        for widget in (title, self.version_label, summary):
            titles.addWidget(widget)
        header.addLayout(titles, 1)

        self.libraries = self._library_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyDetails")
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.licence_label)
        layout.addWidget(_plain_label(self.tr("Built with:"), self))
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """The (component, version) pairs the dialog lists, Python and Qt included."""
        missing = self.tr("not installed")
        rows = [("Python", platform.python_version())]
        for name, distributions in LIBRARIES:
            rows.append((name, installed_version(distributions) or missing))
            if name == "PySide6":
                rows.append(("Qt", qVersion()))
        return rows

    def details(self) -> str:
        """The dialog's facts as plain text, one per line."""
        lines = [f"StoryWeaver {__version__}", self.tr("Licence: {licence}").format(licence=LICENCE)]
        lines += [f"{name} {version}" for name, version in self.rows()]
        lines.append(f"{platform.system()} {platform.release()} ({platform.machine()})")
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put the details on the clipboard, for a bug report."""
        QGuiApplication.clipboard().setText(self.details())

    def _library_table(self) -> QTableWidget:
        rows = self.rows()
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("aboutLibraries")
        table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 8)
        for row, (name, version) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(version))
        return table

    def _icon_label(self) -> QLabel | None:
        from storyweaver.paths import resources_dir

        try:
            path = resources_dir() / "icons" / "png" / "storyweaver-128.png"
        except FileNotFoundError:
            return None
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            return None
        label = QLabel(self)
        label.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        label.setAccessibleName(self.tr("StoryWeaver logo"))
        return label
