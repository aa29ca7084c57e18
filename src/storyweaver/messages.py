"""One clear, translatable sentence for each error code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyweaver.i18n import _, ngettext, number

if TYPE_CHECKING:
    from storyweaver.errors import StoryWeaverError


def _templates() -> dict[str, str]:
    # A function, not a constant, so each sentence is translated in the current language.
    return {
        "not-found": _("There is no file at {path}."),
        "not-a-project": _("{path} is not a StoryWeaver project."),
        "unreadable": _("Cannot read {path}: {reason}."),
        "from-the-future": _(
            "{path} was saved by a newer StoryWeaver (format {version}; this one reads up to "
            "{supported}). Update StoryWeaver to open it; the file was not changed."
        ),
        "corrupt": _("{path} is damaged and cannot be opened ({reason})."),
        "foreign-objects": _(
            "{path} contains database objects StoryWeaver never creates ({objects}); "
            "it was not opened, to keep you safe."
        ),
        "exists": _("{path} already exists; choose another name."),
        "no-folder": _("The folder for {path} does not exist."),
        "unwritable": _("Cannot write {path}: {reason}."),
        "read-only": _("{path} is open read-only."),
        "merge-itself": _("{path} is this project itself; choose another project to merge."),
        "wacz-missing": _("Web archives need the 'warcio' and 'wacz' libraries: "
                          "pip install 'storyweaver[archive]'."),
        "bad-bundle": _("{path} is not a bundle StoryWeaver can trust ({reason}); nothing was added."),
        "read-only-file": _("{path} cannot be written (read-only file)."),
        "needs-migration": _("{path} is in an older format (version {version}); open it for writing to update it."),
        "cancelled": _("Cancelled."),
        "no-display": _(
            "No display to open the editor on. The commands work without one: for example "
            "'storyweaver sample DIR' writes the sample with its recap and briefing."
        ),
        "bad-size": _("{size} is not a window size; write it as WIDTHxHEIGHT, e.g. 1400x900."),
        "sample-missing": _("The bundled sample is missing or damaged in this installation ({reason})."),
        "gui-missing": _("The editor is not part of this installation yet; use the commands (storyweaver --help)."),
        "unsupported-source": _("StoryWeaver does not know how to read {source}."),
        "no-such-source": _("There is no file or folder at {source}."),
        "scheme": _("Only http and https addresses can be fetched, not {url}."),
        "http-status": _("The server answered {status} {reason} for {url}."),
        "timeout": _("No answer from {url} within {seconds} s."),
        "too-large": _("{url} is larger than the {limit} allowed."),
        "too-many-redirects": _("{url} redirected more than {limit} times."),
        "redirect-loop": _("{url} redirects in a loop."),
        "connection": _("Could not connect to {url} ({reason})."),
        "tls": _("The secure connection to {url} could not be verified ({reason})."),
        "bad-url": _("{url} is not a web address."),
        "local-address": _(
            "{url} leads to a local or private network address, which is not fetched "
            "(allow local addresses in Preferences to capture it)."
        ),
        "damaged-file": _("{source} is damaged and was not imported ({reason})."),
        "broken-file": _("{source} is damaged at {where}: {reason}."),
        "capture-stopped": _("The capture of {source} stopped before the end and nothing of it was kept ({reason})."),
        "not-an-image": _("{source} is not an image StoryWeaver can read ({reason})."),
        "image-too-large": _("{source} is too large an image ({pixels} pixels)."),
        "svg-refused": _("{source} is an SVG drawing; SVG is not captured because it can carry scripts."),
        "media-skipped": _("A picture of {source} was not kept: {reason}"),
        "unknown-csv": _("{source} is a CSV file without the expected columns ({expected})."),
        "member-refused": _("{source}: {member} was skipped ({reason})."),
        "login-required": _("{service} needs you to sign in for this search ({reason})."),
        "briefing-in-recap": _(
            "The public recap cannot contain briefing-only blocks; {count} would be included."
        ),
        "export-failed": _("The export could not be written: {reason}."),
        "export-timeout": _("The PDF took longer than {seconds} s and was stopped."),
        # export
        "no-output": _("Say what to write: --html, --pdf, --json or --timeline."),
        "unknown-theme": _("There is no theme called {theme} (themes: {available})."),
        "bad-lang": _("{lang} is not a language code (such as en, fr or ar)."),
        "bad-item-ids": _("{value} is not a list of item ids separated by commas (such as 12,15)."),
        "bad-paper": _("{paper} is not a paper size StoryWeaver knows ({available})."),
        "pdf-too-large": _("The PDF needed more than the {limit} of memory allowed and was stopped ({reason})."),
    }


def _plural_templates() -> dict[str, Callable[[int], str]]:
    # Each sentence in the language's plural form for a count (marked for the catalogue checks).
    return {
        "media-missing": lambda n: ngettext(
            "{source}: {count} media file named in the posts is not in the archive; its address was kept.",
            "{source}: {count} media files named in the posts are not in the archive; their addresses were kept.", n),
        "records-unknown": lambda n: ngettext(
            "{source}: {count} entry of a kind StoryWeaver does not know was skipped.",
            "{source}: {count} entries of a kind StoryWeaver does not know were skipped.", n),
        "direct-messages": lambda n: ngettext(
            "{source}: {count} direct message was imported; it stays out of public outputs.",
            "{source}: {count} direct messages were imported; they stay out of public outputs.", n),
        "blobs-later": lambda n: ngettext(
            "{source}: {count} image or video is not in the export; it will be fetched from {pds} when needed.",
            "{source}: {count} images or videos are not in the export; they will be fetched from {pds} when needed.",
            n),
    }


def _counted(error: StoryWeaverError) -> str | None:
    """Sentences about a number of things, in the language's own plural form; numbers and
    lists of numbers written the reader's way."""
    facts = error.facts
    if error.code == "lines-skipped":
        count = int(facts["count"])
        shown = [number(n) for n in facts.get("lines") or ()]
        listed = ", ".join(shown) + (", …" if count > len(shown) else "")
        return ngettext("{source}: {count} damaged line was skipped (line {lines}).",
                        "{source}: {count} damaged lines were skipped (lines {lines}).", count).format(
            source=facts["source"], count=number(count), lines=listed)
    if error.code == "no-good-line":
        count = int(facts["count"])
        return ngettext("{source} was not imported: its only line is damaged.",
                        "{source} was not imported: all of its {count} lines are damaged.", count).format(
            source=facts["source"], count=number(count))
    if error.code == "posts-refused":
        return _refused_posts(facts["reason"], int(facts["count"])).format(
            source=facts["source"], count=number(int(facts["count"])))
    forms = _plural_templates().get(error.code)
    if forms is not None:
        count = int(facts["count"])
        return forms(count).format(**{**facts, "count": number(count)})
    if error.code == "line-cut-off":
        return _("{source}: line {line} is cut off and was skipped.").format(
            source=facts["source"], line=number(int(facts["line"])))
    return None


def _refused_posts(reason: str, count: int) -> str:
    if reason == "id":
        return ngettext("{source}: {count} post was skipped: its id is not a number.",
                        "{source}: {count} posts were skipped: their ids are not numbers.", count)
    return ngettext("{source}: {count} post was skipped: its date is impossible.",
                    "{source}: {count} posts were skipped: their dates are impossible.", count)


def describe(error: StoryWeaverError) -> str:
    counted = _counted(error)
    if counted is not None:
        return counted
    template = _templates().get(error.code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in error.facts.items())
        return f"{error.code}: {detail}" if detail else error.code
    try:
        return template.format(**error.facts)
    except (KeyError, IndexError):
        return template


def withheld_private(count: int) -> str:
    """What an export says when the public recap left private posts out (command line and editor)."""
    return ngettext("{count} direct or followers-only post was kept out of the public recap; the briefing "
                    "shows it.", "{count} direct or followers-only posts were kept out of the public recap; "
                    "the briefing shows them.", count).format(count=number(count))
