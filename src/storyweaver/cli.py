"""The ``storyweaver`` command line.

Start-up must stay fast (under 0.3 s): this module imports only argparse; each command's
code (and Qt, WeasyPrint, requests) is imported when that command runs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from storyweaver import __version__
from storyweaver.i18n import _

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="storyweaver",
        description=_("Collect posts, links and images and weave them into a recap and a briefing."),
        epilog=_("With no command, or with a project file, StoryWeaver opens its editor."),
    )
    parser.add_argument("--version", action="version", version=f"StoryWeaver {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("new", help=_("create an empty project"))
    p.add_argument("file", help=_("the project file to create (NAME.storyweaver)"))
    p.add_argument("--title", required=True, help=_("the story's title"))

    p = sub.add_parser("add", help=_("capture addresses, files, folders and archives into the library"))
    p.add_argument("file", help=_("the project file"))
    p.add_argument("sources", nargs="+", metavar="SOURCE", help=_("an address, file, folder or archive"))
    p.add_argument("--to-story", action="store_true",
                   help=_("also place the new items in the story by date (a Storify story in its own order)"))
    p.add_argument("--with-story", action="store_true",
                   help=_("also append a merged project's story as a new section"))
    p.add_argument("--workers", type=int, default=16, help=_("addresses fetched at once (default 16)"))
    p.add_argument("--keep-exif", action="store_true", help=_("keep GPS and camera data of images"))
    p.add_argument("--fetch-blobs", action="store_true",
                   help=_("also fetch the images and videos a Bluesky export left on its server (the PDS)"))

    p = sub.add_parser("curator", help=_("show or set who curates this project (recorded by merges)"))
    p.add_argument("file", help=_("the project file"))
    p.add_argument("--name", help=_("the curator's name"))
    p.add_argument("--organisation", help=_("the curator's organisation"))

    p = sub.add_parser("items", help=_("list the library's items"))
    p.add_argument("file", help=_("the project file"))
    p.add_argument("--json", action="store_true", required=True, help=_("print a JSON array"))

    p = sub.add_parser("story", help=_("list the story's blocks"))
    p.add_argument("file", help=_("the project file"))
    p.add_argument("--json", action="store_true", required=True, help=_("print a JSON array"))

    p = sub.add_parser("redact-author", help=_("redact every post by an account, now and in later imports"))
    p.add_argument("file", help=_("the project file"))
    p.add_argument("platform", choices=["x", "mastodon", "bluesky"])
    p.add_argument("handle", help=_("the account's handle, as the items list shows it"))
    p.add_argument("--undo", action="store_true", help=_("stop redacting this account as a person"))

    p = sub.add_parser("check", help=_("verify a project file (integrity and every media hash)"))
    p.add_argument("file", help=_("the project file"))

    p = sub.add_parser("sample", help=_("write the bundled sample project and its recaps into a folder"))
    p.add_argument("dir", help=_("the folder to write into (created if needed)"))

    p = sub.add_parser("unfurl", help=_("read one web page as a link card (no project needed)"))
    p.add_argument("url", help=_("the page's address"))
    p.add_argument("--html", metavar="SAVED.html", help=_("read this saved page instead of fetching"))
    p.add_argument("--json", action="store_true", required=True, help=_("print the card as JSON"))

    p = sub.add_parser("search", help=_("search the open networks for posts (candidates, not kept)"))
    p.add_argument("network", choices=["mastodon", "bluesky", "feed"])
    p.add_argument("query", help=_("a hashtag, search words, or a feed address"))
    p.add_argument("--server", help=_("the Mastodon server (default from settings)"))
    p.add_argument("--limit", type=int, default=40, help=_("at most this many results"))
    p.add_argument("--json", action="store_true", required=True, help=_("print the results as JSON"))

    p = sub.add_parser("export", help=_("write the story as an HTML recap, a PDF briefing, or JSON"))
    p.add_argument("file", help=_("the project file"))
    p.add_argument("--html", metavar="OUT.html", help=_("the HTML recap (a path ending in / writes a folder)"))
    p.add_argument("--pdf", metavar="OUT.pdf", help=_("the PDF briefing"))
    p.add_argument("--json", dest="json_out", metavar="OUT.json", help=_("all of the story as JSON"))
    p.add_argument("--wacz", metavar="OUT.wacz",
                   help=_("the public story's captures as a web archive (ReplayWeb.page, pywb)"))
    p.add_argument("--fragment", action="store_true",
                   help=_("write the HTML recap as a piece of a page, its styles kept to itself"))
    p.add_argument("--bundle", metavar="OUT.storyweaver-bundle",
                   help=_("the whole project with its media, for a colleague's 'add'"))
    p.add_argument("--timeline", metavar="OUT.json|DIR/",
                   help=_("a TimelineJS file; in a folder, with its images beside it"))
    p.add_argument("--timeline-text", choices=["slides", "following"], default="slides",
                   help=_("text blocks as slides of their own, or as the text of the following slide"))
    p.add_argument("--theme", default=None, help=_("the theme"))
    p.add_argument("--lang", default=None, help=_("the language of the recap's own words"))
    p.add_argument("--keep-exif", action="store_true", help=_("keep GPS and camera data in exported images"))
    p.add_argument("--paper", choices=["a4", "letter"], default="a4", help=_("the PDF's paper size"))
    p.add_argument("--full-text", nargs="?", const="all", default=None, metavar="IDS",
                   help=_("add the full text of the story's linked pages to the PDF briefing, as an appendix "
                          "(only the items whose ids are given, separated by commas, if any)"))
    p.add_argument("--no-reuse", action="store_true",
                   help=_("lay out every page of the PDF briefing again, and keep none for the next export"))

    sub.add_parser("clear-cache", help=_("delete the pages of briefings kept to export them again faster"))

    p = sub.add_parser("open", help=_("open the editor on a project"))
    p.add_argument("file", help=_("the project file"))
    p.add_argument("--screenshot", metavar="OUT.png", help=_("save a picture of the window and quit"))
    p.add_argument("--size", default="1400x900", help=_("window size for the screenshot, WIDTHxHEIGHT"))

    p = sub.add_parser("bench", help=_("measure StoryWeaver at campaign scale and print the figures"))
    p.add_argument("--json", dest="json_out", metavar="OUT.json", help=_("also write the figures as JSON"))
    p.add_argument("--only", action="append", help=_("run only the named groups"))
    p.add_argument("--scale", type=float, default=1.0, help=_("fraction of the full sizes (quick runs)"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and not argv[0].startswith("-") and argv[0] not in _commands(parser):
        # "storyweaver story.storyweaver" opens the editor on that project.
        args = argparse.Namespace(command="gui", project=argv[0])
    else:
        args = parser.parse_args(argv)
        if args.command is None:
            args.project = None
    command = args.command or "gui"
    from storyweaver.errors import StoryWeaverError

    try:
        module = importlib.import_module(f"storyweaver.commands.{command.replace('-', '_')}")
        return int(module.run(args))
    except StoryWeaverError as exc:
        print(f"storyweaver: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"storyweaver: {_('Cancelled.')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a clear line
        log = _log_bug()
        print(
            f"storyweaver: {_('Unexpected error')} ({type(exc).__name__}: {exc}). "
            f"{_('Details were written to')} {log}",
            file=sys.stderr,
        )
        return EXIT_BUG


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _log_bug() -> str:
    import traceback

    from storyweaver.paths import cache_dir

    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "last-error.txt"
        path.write_text(traceback.format_exc(), encoding="utf-8")
        return str(path)
    except OSError:
        return "(no log)"
