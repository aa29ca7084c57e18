"""WeasyPrint's user-agent stylesheet without its rules for notes, for the briefing.

The stylesheet gives every element five note pseudo-elements (``::footnote-call``,
``::footnote-marker``, ``::note-call``, ``::note-marker``, ``::note-callback``), and
WeasyPrint computes a style for each of them, element by element, shared with none:
six styles an element where one would do.  The briefing has no notes (nothing in its
stylesheet floats to a footnote or names a note), so those rules lay out nothing in it;
without them the pages are the same to the pixel, for 3 % fewer Python calls and 5-10 %
less processor time (BENCHMARKS.md, issue 19).

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
_LEAN = weasyprint.CSS(string=NOTE_RULE.sub("", weasyprint_html.UA),
                       counter_style=weasyprint_html.UA_COUNTER_STYLE)


class BriefingHTML(weasyprint.HTML):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """``weasyprint.HTML`` laid out with the lean user-agent stylesheet."""

    def _ua_stylesheets(self, *args: Any, **kwargs: Any) -> list[Any]:
        return [_LEAN if sheet is weasyprint_html.UA_STYLESHEET else sheet
                for sheet in super()._ua_stylesheets(*args, **kwargs)]
