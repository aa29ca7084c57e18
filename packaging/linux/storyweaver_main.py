"""Entry point of the frozen StoryWeaver (PyInstaller needs a script, not a console entry point).

StoryWeaver starts some work in child processes as ``sys.executable -m storyweaver.MODULE ARGS``
(the PDF renderer, for one). In the bundle ``sys.executable`` is this program, not a Python, so
it answers ``-m`` itself, for StoryWeaver's own modules only.
"""

import multiprocessing
import runpy
import sys


def run_module_like_python(argv: list[str]) -> None:
    """Run ``storyweaver ... -m storyweaver.MODULE ARGS`` as ``python -m`` would."""
    module = argv[2]
    if module != "storyweaver" and not module.startswith("storyweaver."):
        sys.exit(f"storyweaver: -m runs only StoryWeaver's own modules, not {module}")
    sys.argv = [argv[0], *argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    # A frozen program re-runs itself for multiprocessing children; this makes them workers.
    multiprocessing.freeze_support()
    if len(sys.argv) >= 3 and sys.argv[1] == "-m":
        run_module_like_python(sys.argv)
        sys.exit(0)
    from storyweaver.cli import main

    sys.exit(main())
