"""``python -m storyweaver.bench [--only GROUP] [--scale F] [--json OUT]``: the same as
``storyweaver bench``."""

import sys

from storyweaver.cli import main

sys.exit(main(["bench", *sys.argv[1:]]))
