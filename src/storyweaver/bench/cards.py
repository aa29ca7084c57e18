"""How right link cards are on real pages (the shared ``real-pages`` corpus), per field, with
trafilatura's metadata on the same pages beside ours where it is installed."""

from __future__ import annotations

from collections.abc import Callable

NAME = "cards"
ORDER = 45


def run(scale: float, report: Callable[..., None]) -> None:
    from storyweaver.bench._card_scores import (
        FIELDS,
        FLOORS,
        corpus_folder,
        load_cases,
        score,
        table,
        trafilatura_installed,
    )
    from storyweaver.i18n import _

    folder = corpus_folder()
    if folder is None:
        print(f"{NAME:<10} " + _("the shared corpus real-pages is not beside the checkout: skipped"), flush=True)
        return
    addresses = list(load_cases(folder))
    addresses = addresses[: max(50, round(len(addresses) * min(scale, 1.0)))]
    scores = {"ours": score(folder, "ours", addresses=addresses)}
    if trafilatura_installed():
        scores["trafilatura"] = score(folder, "trafilatura", addresses=addresses)
    for line in table(scores):
        print(f"cards      {line}", flush=True)
    ours = scores["ours"]
    for name in FIELDS:
        # A score is better when higher: the figure reported is the shortfall from the floor.
        beside = f"; trafilatura {scores['trafilatura'].percent(name):.1f}%" if "trafilatura" in scores else ""
        report(f"{name} right on {ours.total[name]} real pages: points under {FLOORS[name]:g}%",
               max(0.0, FLOORS[name] - ours.percent(name)), "pt", 0.0, f"ours {ours.percent(name):.1f}%{beside}")
    report("card metadata of a real page (mean)", 1000 * ours.seconds / max(1, ours.pages), "ms", None,
           f"{ours.pages} pages, {len(ours.crashes)} crashes")
