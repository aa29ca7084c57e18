"""One renderer process of a briefing laid out in parts (``pdf_parts``): its job file, its
log, the thread that reads what it says, and how it is stopped."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from pathlib import Path
from typing import IO, Any

from storyweaver.child_process import child_environment, module_command
from storyweaver.export.pdf_warm import stop


class PartProcess:
    def __init__(self, name: str, work: Path, job: dict[str, Any], messages: queue.Queue[tuple[str, Any]],
                 early: subprocess.Popen[str] | None = None) -> None:
        self.name = name
        self.work = work
        self.report_path = work / f"{name}.report.json"
        job = {**job, "report": str(self.report_path)}
        (work / f"{name}.job.json").write_text(json.dumps(job), encoding="utf-8")
        self.log = open(work / f"{name}.log", "wb")  # noqa: SIM115 - closed in stop()
        if early is not None:  # started early (pdf_warm), waiting for its job's path
            self.process = early
            self.send_line(str(work / f"{name}.job.json"))
        else:
            self.process = subprocess.Popen(
                module_command("storyweaver.export.pdf_child", str(work / f"{name}.job.json")),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, cwd=work,
                env=child_environment(network=False), text=True, encoding="utf-8",
            )
        self.listener = threading.Thread(target=self._listen, args=(self.process.stdout, messages), daemon=True)
        self.listener.start()

    def _listen(self, stream: IO[str] | None, messages: queue.Queue[tuple[str, Any]]) -> None:
        assert stream is not None
        for line in stream:
            try:
                messages.put((self.name, json.loads(line)))
            except ValueError:
                continue  # not ours (a library printing): the report file is what counts
        messages.put((self.name, None))

    def send(self, message: dict[str, Any]) -> None:
        self.send_line(json.dumps(message))

    def send_line(self, line: str) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        except OSError:
            pass  # it died: its report says why

    def report(self) -> dict[str, Any]:
        code = self.process.wait()
        report: dict[str, Any] = (json.loads(self.report_path.read_text(encoding="utf-8"))
                                  if self.report_path.is_file() else {})
        report.setdefault("exit", code)
        return report

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.listener.join(timeout=5)  # the pipe ends with the process
        stop(self.process)
        self.log.close()


