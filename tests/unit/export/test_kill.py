"""A kill at any moment of an export leaves the old file or none, never half a file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pypdf


def _complete_pdf(data: bytes) -> bool:
    import io

    try:
        return len(pypdf.PdfReader(io.BytesIO(data)).pages) > 0 and data.rstrip().endswith(b"%%EOF")
    except Exception:
        return False


def test_killing_the_export_leaves_the_old_files_or_complete_new_ones(demo_project, tmp_path):
    pdf, html = tmp_path / "b.pdf", tmp_path / "r.html"
    pdf.write_bytes(b"OLD PDF")
    html.write_bytes(b"OLD HTML")
    rng = random.Random(11)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    outcomes = set()
    for _attempt in range(6):
        child = subprocess.Popen(
            [sys.executable, "-m", "storyweaver", "export", str(demo_project), "--pdf", str(pdf), "--html", str(html)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        time.sleep(rng.uniform(0.3, 4.0))
        os.killpg(child.pid, signal.SIGKILL)  # the app and its PDF renderer, at once
        child.wait()
        for target, old, check in ((pdf, b"OLD PDF", _complete_pdf), (html, b"OLD HTML",
                                   lambda d: d.rstrip().endswith(b"</html>"))):
            data = target.read_bytes()
            assert data == old or check(data), f"{target.name} is half written ({len(data)} bytes)"
            outcomes.add((target.name, data == old))
    assert ("r.html", False) in outcomes or ("b.pdf", True) in outcomes
    # Leftover hidden files of killed runs are swept by the next export.
    done = subprocess.run([sys.executable, "-m", "storyweaver", "export", str(demo_project), "--html", str(html),
                           "--pdf", str(pdf)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf", "r.html"]
    assert _complete_pdf(pdf.read_bytes())
