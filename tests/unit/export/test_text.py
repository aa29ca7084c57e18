from __future__ import annotations

from storyweaver.core.textdir import direction, is_rtl
from storyweaver.export.text import clean, editor_html, rich_text, safe_href


def test_captured_markup_is_escaped_not_interpreted():
    html = str(rich_text('<img src=x onerror="alert(1)"> & <script>alert(2)</script>'))
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; &amp; &lt;script&gt;" in html


def test_web_addresses_and_hashtags_become_links_built_from_escaped_text():
    html = str(rich_text("Read https://example.org/a?b=1&c=2. #EndImpunity now", "x"))
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow ugc" dir="ltr">' in html
    tag = ('<a href="https://x.com/hashtag/EndImpunity" rel="noopener noreferrer nofollow ugc" dir="ltr">'
           "#EndImpunity</a>")
    assert tag in html
    assert html.count("<a ") == 2


def test_an_address_with_a_quote_cannot_break_out_of_its_attribute():
    html = str(rich_text('see https://example.org/"onmouseover="alert(1)'))
    assert 'onmouseover="' not in html
    assert "alert(1)" in html  # still shown, as text


def test_javascript_and_file_addresses_are_never_links():
    html = str(rich_text("javascript:alert(1) file:///etc/passwd"))
    assert "<a" not in html
    assert safe_href("javascript:alert(1)") is None
    assert safe_href("file:///etc/passwd") is None
    assert safe_href("https://ok.example/") == "https://ok.example/"


def test_mastodon_hashtags_link_to_the_posts_own_server():
    html = str(rich_text("#FinImpunité", "mastodon", "https://mastodon.example/@a/1"))
    assert 'href="https://mastodon.example/tags/FinImpunit%C3%A9"' in html


def test_paragraphs_and_line_breaks_are_kept():
    html = str(rich_text("one\ntwo\n\nthree"))
    assert html == "<p>one<br>two</p><p>three</p>"


def test_editor_text_keeps_only_the_allowed_formatting():
    html = str(editor_html(
        '<p onclick="x()"><b>bold</b> <i>it</i> <a href="https://ok.example" style="color:red">ok</a>'
        '<a href="javascript:alert(1)">bad</a><a href="mailto:a@b.example">mail</a></p>'
        "<script>alert(1)</script><iframe src=x></iframe><ul><li>one</li></ul><img src=x onerror=alert(1)>"
    ))
    assert "<b>bold</b>" in html and "<i>it</i>" in html and "<ul><li>one</li></ul>" in html
    assert 'href="https://ok.example"' in html and 'href="mailto:a@b.example"' in html
    for bad in ("onclick", "script", "javascript", "iframe", "style=", "<img", "onerror"):
        assert bad not in html


def test_editor_plain_text_is_escaped_into_paragraphs():
    assert str(editor_html("a < b\n\nc")) == "<p>a &lt; b</p><p>c</p>"


def test_arabic_reads_right_to_left_from_its_language_or_its_letters():
    assert is_rtl("  مرحبا") and not is_rtl("Hello مرحبا")
    assert is_rtl("Hello", "ar-EG") and is_rtl("x", "ku-Arab")
    assert direction("ar", "") == "rtl"
    assert direction(None, "لا للإفلات من العقاب") == "rtl"
    assert direction("fr", "Bonjour") == "ltr"


def test_characters_that_break_documents_are_replaced():
    assert clean("a\x00b\x0bc\ud800d") == "a\ufffdb\ufffdc\ufffdd"
    assert clean(None) == ""


def test_captured_text_is_escaped_exactly_as_markupsafe_escapes_it():
    # rich_text escapes pieces as plain strings (issue 19, for speed): the entities must stay
    # markupsafe's, or every recap would change. Lines without links or hashtags are one piece.
    from markupsafe import escape

    from tests.hostile_vectors import hostile_strings

    for text in [*hostile_strings(), "a'b\"c<d>e&f", "&amp; already"]:
        line = " ".join(clean(text).replace("#", " ").replace("://", " ").split())
        if line:
            assert str(rich_text(line)) == f"<p>{escape(line)}</p>", text
