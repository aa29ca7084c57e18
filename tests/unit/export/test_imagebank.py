"""The image bank prepares each image as soon as a view asks for it, and counts progress right."""

from __future__ import annotations

import io
import threading
import time

from PIL import Image

from storyweaver.bench._export_story import avatar, build_demo_story, picture
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.export.imagebank import ImageBank
from storyweaver.export.images import prepare
from storyweaver.store.project import Project


def _project_with_images(path, count):
    project = Project.create(path, title="images")
    with project:
        shas = [project.put_blob(picture(n, (640, 480)), "image/jpeg") for n in range(count)]
    return path, shas


def test_a_begun_bank_prepares_images_while_the_view_is_still_being_built(tmp_path):
    path, shas = _project_with_images(tmp_path / "p.storyweaver", 3)
    with Project.open(path, readonly=True) as project:
        bank = ImageBank(project)
        bank.begin()
        refs = [bank.ref(sha, "media", alt=f"photo {n}") for n, sha in enumerate(shas)]
        deadline = time.monotonic() + 10
        while len([j for j in bank._jobs.values() if j.done()]) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        # Every image is done before start() was ever called.
        assert all(job.done() for job in bank._jobs.values())
        told: list[tuple[int, int]] = []
        bank.start(lambda done, total, _alt: told.append((done, total)))
        assert told == [(3, 3)]  # the ones already done, in one step
        bank.wait()
        bank.close()
    assert all(ref is not None and ref.width == 640 for ref in refs)
    assert len(bank.prepared) == 3


def test_export_progress_counts_every_image_once_and_ends_at_its_total(tmp_path):
    # A project of its own: the session's demo project may hold images kept by the command
    # line's exports in other tests, which are taken as they are and never counted.
    demo_project = build_demo_story(tmp_path / "demo.storyweaver")
    seen: list[tuple[int, int, str]] = []
    lock = threading.Lock()

    def progress(done, total, message):
        with lock:
            seen.append((done, total, message))

    with Project.open(demo_project, readonly=True) as project:
        result = export_story(project, ExportOptions(html=tmp_path / "r.html", lang="en"), progress=progress)
    assert result.images > 0
    dones = [done for done, _total, _message in seen]
    assert dones == sorted(dones)  # never goes back, whatever order the image threads finish in
    assert seen[-1][0] == seen[-1][1]
    images = [message for _d, _t, message in seen if message.startswith("Preparing images")]
    assert images and images[-1] == f"Preparing images ({result.images}/{result.images})"
    assert seen[-2][:2] == (result.images + 1, result.images + 1)  # the images, then the recap


def test_preparing_in_place_gives_the_pixels_of_a_decoded_copy():
    # prepare() no longer copies the decoded image before turning it: the result must be what
    # a plain decode, turn and resize gives.
    exif = Image.Exif()
    exif[0x0112] = 6  # turned a quarter
    out = io.BytesIO()
    Image.open(io.BytesIO(picture(3, (800, 600)))).save(out, "JPEG", exif=exif, quality=95)
    done = prepare(out.getvalue(), "media")
    assert (done.width, done.height) == (600, 800)
    square = prepare(avatar(2), "avatar", square=True)
    assert (square.width, square.height, square.mime) == (96, 96, "image/jpeg")
