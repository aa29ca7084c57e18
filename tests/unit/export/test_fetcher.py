from __future__ import annotations

import json

import pypdf

from storyweaver.export.briefing import run_child


def test_the_renderer_loads_nothing_but_the_projects_media(tmp_path, httpserver):
    httpserver.expect_request("/x.png").respond_with_data(b"not served", content_type="image/png")
    remote = httpserver.url_for("/x.png")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET")
    work = tmp_path / "work"
    (work / "media").mkdir(parents=True)
    from storyweaver.bench._export_story import picture

    key = "0123456789abcdef0123456789abcdef-media"
    (work / "media" / key).write_bytes(picture(1, (200, 100)))
    refs = [f"file://{secret}", "file:///etc/passwd", remote, "https://example.org/a.png", "ftp://example.org/a",
            "data:text/plain;base64,cm9vdDp4OjA6MA==", "relative/path.png", "storyweaver-media:../../etc/passwd"]
    body = "".join(f'<img src="{r}" alt="x">' for r in refs)
    body += f'<link rel="attachment" href="{refs[0]}"><link rel="stylesheet" href="{remote}">'
    body += f'<div style="background: url({remote})">bg</div><object data="{refs[0]}"></object>'
    body += f'<img src="storyweaver-media:{key}" alt="ok">'
    html = f'<html><head><style>@import url("{remote}");</style></head><body><p>Hello</p>{body}</body></html>'
    (work / "briefing.html").write_text(html)
    output = tmp_path / "out.pdf"
    run = run_child(work, {key: "image/jpeg"}, output, timeout=60, memory_bytes=1536 * 1024 * 1024, cancel=None)
    assert httpserver.log == [], "the renderer reached the network"
    for ref in (refs[0], "file:///etc/passwd", remote, "https://example.org/a.png", "data:text/plain"):
        assert any(r.startswith(ref) for r in run.refused), (ref, run.refused)
    assert "storyweaver-media:../../etc/passwd" in run.refused
    reader = pypdf.PdfReader(output)
    assert reader.attachments == {}
    text = "".join(p.extract_text() for p in reader.pages)
    assert "SECRET" not in text and b"SECRET" not in output.read_bytes()
    # The project's own image was served: one image XObject on the page.
    images = reader.pages[0].images
    assert len(images) == 1
    assert json.loads((work / "report.json").read_text())["served"] == 1
