"""Light, dark or the system's look, applied as a Fusion palette (the same on every platform)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "Window": "#eef1f5", "WindowText": "#1f2933", "Base": "#ffffff", "AlternateBase": "#e8ecf2",
    "Text": "#1f2933", "Button": "#f6f7f9", "ButtonText": "#1f2933", "Highlight": "#2f6fdd",
    "HighlightedText": "#ffffff", "ToolTipBase": "#ffffff", "ToolTipText": "#1f2933", "PlaceholderText": "#6b7785",
    "Link": "#1d4ed8", "Mid": "#c5ccd6", "Midlight": "#dfe3e9", "Dark": "#9aa5b1", "Light": "#ffffff",
}
DARK = {
    "Window": "#1d2127", "WindowText": "#e6e9ee", "Base": "#262b33", "AlternateBase": "#2f353e",
    "Text": "#e6e9ee", "Button": "#2b3038", "ButtonText": "#e6e9ee", "Highlight": "#4c8dff",
    "HighlightedText": "#0b0d10", "ToolTipBase": "#2b3038", "ToolTipText": "#e6e9ee", "PlaceholderText": "#8a94a3",
    "Link": "#8ab4ff", "Mid": "#404752", "Midlight": "#363c46", "Dark": "#15181d", "Light": "#3a414c",
}


def palette_for(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    disabled = QColor(colours["Text"])
    disabled.setAlpha(110)
    for greyed in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, greyed, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """``light``, ``dark`` or ``system`` (follow the desktop's colour scheme)."""
    app.setStyle("Fusion")
    if theme == "system":
        from PySide6.QtCore import Qt

        scheme = app.styleHints().colorScheme()
        theme = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    app.setPalette(palette_for(DARK if theme == "dark" else LIGHT))
