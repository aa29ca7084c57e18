"""``export --html OUT.html --fragment``: the recap as a piece of a page (WordPress, Drupal ...).

The recap's body goes into one container, ``<div id="storyweaver-recap">``, with its own
``<style>``; nothing of it may change the host page and nothing of the host page may
change it:

- every rule of the theme is scoped to the container (``#storyweaver-recap .card``);
  ``:root``, ``html`` and ``body`` become the container itself; ``@page`` is dropped;
- the container starts from ``all: initial`` and every element in it from ``all: revert``
  (the browser's own defaults), under an id selector, so a host's ``p {…}`` or
  ``.entry-content img {…}`` does not reach in; the theme's scoped rules come after;
- ``rem`` lengths become pixels (16px to the rem), since a host may change the root size.

A host rule with ``!important`` or a more specific id selector could still reach in: the
fragment is meant for a page's content area, not for a hostile page.
"""

from __future__ import annotations

import re

import tinycss2
from tinycss2.ast import AtRule, Node, QualifiedRule

from storyweaver.errors import ExportError

SCOPE = "storyweaver-recap"
_ROOTS = re.compile(r"^(?::root|html|body)(?=$|[\s.:#\[>+~])")
_REM = re.compile(r"(?<![\w.-])(\d*\.?\d+)rem\b")
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
_HTML_ATTRS = re.compile(r'<html lang="([^"]*)" dir="([^"]*)">')
RESET = (f"#{SCOPE} {{ all: initial; display: block; }}\n"
         f"#{SCOPE} *, #{SCOPE} *::before, #{SCOPE} *::after {{ all: revert; }}\n")


def _split_selectors(prelude: str) -> list[str]:
    """The selectors of a rule's prelude, split at the commas outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:index])
            start = index + 1
    parts.append(prelude[start:])
    return [p.strip() for p in parts if p.strip()]


def _scoped_selector(selector: str) -> str:
    root = _ROOTS.match(selector)
    if root:
        return f"#{SCOPE}{selector[root.end():]}"
    return f"#{SCOPE} {selector}"


def _pixels(text: str) -> str:
    return _REM.sub(lambda m: f"{float(m.group(1)) * 16:g}px", text)


def _scope_rules(rules: list[Node]) -> list[str]:
    out: list[str] = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            selectors = ", ".join(_scoped_selector(s) for s in _split_selectors(tinycss2.serialize(rule.prelude)))
            out.append(f"{selectors} {{{_pixels(tinycss2.serialize(rule.content))}}}")
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _scope_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
            out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{\n{chr(10).join(inner)}\n}}")
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in ("font-face", "keyframes"):
            out.append(rule.serialize())
        # @page, @import and anything else have no place in a piece of someone else's page.
    return out


def scope_css(css: str) -> str:
    """The theme's CSS with every rule confined to the fragment's container."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return RESET + "\n".join(_scope_rules(rules)) + "\n"


def as_fragment(document: str) -> str:
    """The recap's full HTML document turned into one scoped container."""
    body, style, html = _BODY.search(document), _STYLE.search(document), _HTML_ATTRS.search(document)
    if body is None or style is None or html is None:
        raise ExportError("export-failed", reason="the theme's recap has no body, style or html element")
    # Our own output: the style is the theme's CSS, the body our escaped template (no user
    # text can hold "</style>" or "</body>" unescaped).
    css = scope_css(style.group(1)).replace("</", "<\\/")
    return (f'<div id="{SCOPE}" class="{SCOPE}" lang="{html.group(1)}" dir="{html.group(2)}">\n'
            f"<style>{css}</style>\n{body.group(1).strip()}\n</div>\n")
