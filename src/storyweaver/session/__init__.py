"""The editing session, free of Qt: the story document the editor changes (evented, undoable)
and the library index it filters. Tested without a QApplication."""
