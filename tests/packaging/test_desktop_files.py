"""The Linux desktop integration: the menu entry, the AppStream metadata, the MIME type, the icons.

The validators are Debian's `desktop-file-validate` (desktop-file-utils) and `appstreamcli`
(appstream), both installed by scripts/setup; a test skips, saying so, where one is missing.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import storyweaver
from storyweaver.store.project import Project
from storyweaver.store.schema import APPLICATION_ID

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "io.github.storyweaver.StoryWeaver"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
ICONS = REPO / "resources" / "icons"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; scripts/setup installs it)")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # not even a hint


def test_desktop_entry_opens_project_files_with_the_app_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "storyweaver"
    assert "%f" in entry["Exec"].split()  # the double-clicked file reaches `storyweaver FILE`
    assert "application/x-storyweaver" in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == []


def test_metainfo_agrees_with_the_desktop_entry_pyproject_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == pyproject["project"]["license"]
    assert root.findtext("provides/mediatype") == "application/x-storyweaver"
    # A release entry for the version being packaged: software centres show it as "what's new".
    assert storyweaver.__version__ in [r.get("version") for r in root.iter("release")]


def test_mime_type_maps_the_extension_and_the_file_header() -> None:
    root = ET.parse(MIME).getroot()
    (mime_type,) = root.findall("m:mime-type", MIME_NS)
    assert mime_type.get("type") == "application/x-storyweaver"
    assert [g.get("pattern") for g in mime_type.findall("m:glob", MIME_NS)] == ["*.storyweaver"]
    header = mime_type.find("m:magic/m:match", MIME_NS)
    assert header is not None and header.get("value") == "SQLite format 3\\000"
    application_id = header.find("m:match", MIME_NS)
    assert application_id is not None
    assert (application_id.get("offset"), int(application_id.get("value", ""), 16)) == ("68", APPLICATION_ID)
    icon = mime_type.find("m:icon", MIME_NS)
    assert icon is not None and icon.get("name") == f"{APP_ID}-document"


DETECT = """
import sys
from PySide6.QtCore import QMimeDatabase
database = QMimeDatabase()
for path in sys.argv[1:]:
    print(database.mimeTypeForFile(path).name())
"""


def test_installed_mime_type_recognises_projects_by_name_and_by_content(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(MIME, share / "mime" / "packages" / f"{APP_ID}.xml")
    # Qt reads shared-mime-info from the XDG data folders, the user's own first.
    env = {"XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": "/usr/share", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([tool("update-mime-database", "shared-mime-info"), str(share / "mime")],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stderr == "", done.stderr

    named = tmp_path / "campaign.storyweaver"
    renamed = tmp_path / "campaign-backup.bin"  # no extension to go by: only the header tells
    for path in (named, renamed):
        Project.create(path, title="Detection").close()
    plain_sqlite = tmp_path / "other.bin"
    import sqlite3

    with sqlite3.connect(plain_sqlite) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()

    found = subprocess.run([sys.executable, "-c", DETECT, str(named), str(renamed), str(plain_sqlite)],
                           capture_output=True, text=True, env=env, timeout=60)
    assert found.returncode == 0, found.stderr
    assert found.stdout.split() == ["application/x-storyweaver", "application/x-storyweaver",
                                    "application/vnd.sqlite3"]


@pytest.mark.parametrize("name", ["storyweaver", "storyweaver-document"])
def test_icons_exist_as_svg_and_as_png_in_every_size(name: str) -> None:
    svg = ET.parse(ICONS / f"{name}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / "png" / f"{name}-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            assert png.getextrema()[3][0] == 0  # transparent corners: a tile, not a square
    with Image.open(ICONS / f"{name}.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
