"""The PDF renderer's own process: ``python -m storyweaver.export.pdf_child JOB.json``.

It limits its own memory and CPU time before importing WeasyPrint, dies with its
parent, reads only the job's HTML and prepared media (through :class:`MediaFetcher`),
writes the PDF to the path the job names, and leaves a JSON report beside the job.
"""

from __future__ import annotations

import gc
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from storyweaver.child_process import die_with_parent, limit_memory, own_peak_mib


def render(job: dict[str, Any]) -> dict[str, Any]:
    """Render the job's HTML to its output; return the report."""
    import_start = time.perf_counter()
    import_weasyprint()
    from storyweaver.export.fetcher import MediaFetcher
    from storyweaver.export.lean_ua import BriefingHTML

    full_before = young_collections_only()
    warnings: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            warnings.append(record.getMessage()[:300])

    logging.getLogger("weasyprint").addHandler(Collect(logging.WARNING))
    media = Path(job["media"])
    fetcher = MediaFetcher(media, job["mimes"])
    if job.get("role"):  # one part of a briefing laid out by several processes (pdf_parts)
        from storyweaver.export import pdf_part_child

        start = time.perf_counter()
        part = pdf_part_child.run(job, fetcher, warnings)
        return {"ok": True, **part, "refused": fetcher.refused, "served": fetcher.served,
                "warnings": warnings[:50], "import_seconds": start - import_start,
                "full_collections": full_collections() - full_before,
                "peak_mib": own_peak_mib(), "cpu_seconds": time.process_time()}
    html = Path(job["html"]).read_text(encoding="utf-8")
    start = time.perf_counter()
    document = BriefingHTML(string=html, base_url=None, url_fetcher=fetcher).render()
    laid_out = time.perf_counter()
    document.write_pdf(job["output"], pdf_tags=bool(job.get("tags", False)))
    done = time.perf_counter()
    return {
        "ok": True,
        "pages": len(document.pages),
        "refused": fetcher.refused,
        "served": fetcher.served,
        "warnings": warnings[:50],
        "import_seconds": start - import_start,
        "layout_seconds": laid_out - start,
        "weasyprint_seconds": done - start,
        "full_collections": full_collections() - full_before,
        "peak_mib": own_peak_mib(),
        "cpu_seconds": time.process_time(),
    }


def full_collections() -> int:
    return int(gc.get_stats()[2]["collections"])


def young_collections_only() -> int:
    """No full passes of the cyclic garbage collector while WeasyPrint works.

    WeasyPrint's boxes live until the PDF is written, and each full pass walks all of them
    again, more as the document grows: 10 full passes took a fifth of a 300-item briefing's
    processor time (11.7-13.5 s with them, 8.9-9.0 s without, for 5 MiB more peak memory;
    BENCHMARKS.md, issue 19).  The objects of the imports are set aside for good
    (``gc.freeze``), and young objects are still collected, so short-lived cycles are freed.
    Returns the count of full passes so far.
    """
    gc.freeze()
    gc.set_threshold(2000, 10, 1_000_000_000)
    return full_collections()


def import_weasyprint() -> None:
    from storyweaver.export.library_lookup import loader_cache_lookups

    with loader_cache_lookups():
        import weasyprint  # noqa: F401 - importing is the point

        import storyweaver.export.lean_ua  # noqa: F401 - its stylesheet is read while the child waits


def main(argv: list[str]) -> int:
    if argv[1:] == ["--wait"]:  # started early (pdf_warm): import first, then wait for the job
        die_with_parent()
        import_weasyprint()

        line = sys.stdin.readline().strip()
        if not line:
            return 0  # the export did not need this process
        argv = [argv[0], line]
    job_path = Path(argv[1])
    job = json.loads(job_path.read_text(encoding="utf-8"))
    report_path = Path(job["report"])
    limit_memory(int(job.get("memory_bytes", 0)), int(job.get("cpu_seconds", 0)))
    die_with_parent()
    try:
        report = render(job)
        code = 0
    except MemoryError:
        report = {"ok": False, "error": "memory", "reason": "out of memory"}
        code = 3
    except Exception as exc:  # noqa: BLE001 - the parent turns this into a clear error
        report = {"ok": False, "error": type(exc).__name__, "reason": str(exc)[:500]}
        code = 2
    report_path.write_text(json.dumps(report), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
