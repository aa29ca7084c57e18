"""WeasyPrint's user-agent stylesheet without the rules that style every element for nothing.

The stylesheet gives every element five note pseudo-elements (``::footnote-call``,
``::footnote-marker``, ``::note-call``, ``::note-marker``, ``::note-callback``) and a
``::marker``, and WeasyPrint computes a style for each of them, element by element, shared
with none: seven styles an element where one would do (15,920 styles for 2,270 elements of
a 120-item briefing; 230 without them and without the other causes in the templates).
The briefing has no notes (nothing in its stylesheet floats to a footnote or names a note),
and only list items have markers, so the note rules go and the marker rule is scoped to
``li``: the same pages to the pixel (BENCHMARKS.md, issue 19).

Imported only in the PDF child (it imports WeasyPrint), where it is built while the child
waits for its job.  It leans on one private method of WeasyPrint's ``HTML``: if a new
version renames it or changes its stylesheet, the full stylesheet is simply used.
"""

from __future__ import annotations

import re
from typing import Any

import weasyprint
from weasyprint import html as weasyprint_html

NOTE_RULE = re.compile(r"^::(?:footnote|note)-[a-z]+ \{[^}\n]*\}\n", re.MULTILINE)
# Only list items have markers (the sheet's own ``li { display: list-item }``; the briefing's
# stylesheet makes no other), so its rule for every element's ::marker is scoped to them.
MARKER_RULE = re.compile(r"^::marker \{", re.MULTILINE)
_LEAN = weasyprint.CSS(string=MARKER_RULE.sub("li::marker {", NOTE_RULE.sub("", weasyprint_html.UA)),
                       counter_style=weasyprint_html.UA_COUNTER_STYLE)


class BriefingHTML(weasyprint.HTML):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """``weasyprint.HTML`` laid out with the lean user-agent stylesheet."""

    def _ua_stylesheets(self, *args: Any, **kwargs: Any) -> list[Any]:
        return [_LEAN if sheet is weasyprint_html.UA_STYLESHEET else sheet
                for sheet in super()._ua_stylesheets(*args, **kwargs)]
