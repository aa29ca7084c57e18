"""The Qt desktop editor: main window, models, delegates, dialogs, workers, undo."""
