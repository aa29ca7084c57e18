"""The Flatpak manifest stays in step with the project (it cannot be built on this machine)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FLATPAK = REPO / "packaging" / "flatpak"
APP_ID = "io.github.storyweaver.StoryWeaver"
MANIFEST = FLATPAK / f"{APP_ID}.yml"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return normalise(re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0])


def test_flatpak_wheels_cover_every_dependency_of_pyproject() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    module = json.loads((FLATPAK / "python3-dependencies.json").read_text(encoding="utf-8"))
    wheels = {normalise(Path(source["url"]).name.split("-")[0]) for source in module["sources"]}
    wanted = {requirement_name(r) for r in pyproject["project"]["dependencies"]}
    assert wanted - wheels == set()
    installed = {normalise(n) for n in module["build-commands"][0].split("--no-build-isolation", 1)[1].split()}
    assert wanted <= installed


def test_flatpak_wheels_come_from_pypi_with_checksums() -> None:
    module = json.loads((FLATPAK / "python3-dependencies.json").read_text(encoding="utf-8"))
    for source in module["sources"]:
        assert source["url"].startswith("https://files.pythonhosted.org/"), source["url"]
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
    arches = {arch for source in module["sources"] for arch in source.get("only-arches", [])}
    assert arches == {"x86_64", "aarch64"}


def test_flatpak_manifest_installs_files_that_exist_under_the_app_id() -> None:
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    assert re.search(r"^command: storyweaver$", text, re.MULTILINE)
    paths = set(re.findall(r"(?:packaging|resources)/[\w./-]+\.(?:desktop|xml|svg)", text))
    assert paths
    for path in paths:
        assert (REPO / path).is_file(), path
    for size in re.search(r"for size in ([\d ]+);", text).group(1).split():  # type: ignore[union-attr]
        assert (REPO / "resources" / "icons" / "png" / f"storyweaver-{size}.png").is_file()
    # Flatpak exports only files named after the app id.
    for exported in re.findall(r"\$\{FLATPAK_DEST\}/share/\S+", text):
        name = exported.rsplit("/", 1)[-1]
        assert name.startswith(APP_ID) or name in {"applications", "metainfo"}, exported
