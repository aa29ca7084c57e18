"""The fragment's CSS scoping, rule by rule (the browser test checks the effect)."""

from __future__ import annotations

from storyweaver.export.fragment import RESET, as_fragment, scope_css


def test_every_rule_is_confined_to_the_container():
    css = scope_css(":root { --a: 1rem; } html, body.x { margin: 0 } a:is(.b, .c) > img { width: 2.5rem }"
                    "@media (min-width: 40rem) { .card { padding: 0.5rem } } @page { size: A4 } @import url(x.css);")
    assert css.startswith(RESET)
    rules = css[len(RESET):]
    assert "#storyweaver-recap { --a: 16px; }" in rules
    assert "#storyweaver-recap, #storyweaver-recap.x { margin: 0 }" in rules
    assert "#storyweaver-recap a:is(.b, .c) > img { width: 40px }" in rules
    assert "@media (min-width: 40rem) {\n#storyweaver-recap .card { padding: 8px }\n}" in rules
    assert "@page" not in rules and "@import" not in rules


def test_a_page_becomes_one_container_keeping_its_language():
    html = ('<!DOCTYPE html><html lang="ar" dir="rtl"><head><style>p { color: red }</style></head>'
            '<body><p>نص</p></body></html>')
    assert as_fragment(html) == ('<div id="storyweaver-recap" class="storyweaver-recap" lang="ar" dir="rtl">\n'
                                 f"<style>{RESET}#storyweaver-recap p {{ color: red }}\n</style>\n<p>نص</p>\n</div>\n")
