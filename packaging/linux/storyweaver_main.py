"""Entry point of the frozen StoryWeaver (PyInstaller needs a script, not a console entry point)."""

import multiprocessing
import sys

from storyweaver.cli import main

if __name__ == "__main__":
    # A frozen program re-runs itself for multiprocessing children; this makes them workers.
    multiprocessing.freeze_support()
    sys.exit(main())
