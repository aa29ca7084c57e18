"""One clear, translatable sentence for each error code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyweaver.i18n import _

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


def describe(error: StoryWeaverError) -> str:
    template = _templates().get(error.code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in error.facts.items())
        return f"{error.code}: {detail}" if detail else error.code
    try:
        return template.format(**error.facts)
    except (KeyError, IndexError):
        return template
