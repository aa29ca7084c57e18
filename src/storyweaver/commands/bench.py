"""Run every benchmark group and print a table of figures (and JSON if asked)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

from storyweaver.bench import Figure, groups
from storyweaver.i18n import _


def machine() -> dict[str, Any]:
    memory = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            memory = info.readline().split(":")[1].strip()
    except OSError:
        pass
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
    }


def run(args: argparse.Namespace) -> int:
    figures: list[Figure] = []
    about = machine()
    print(_("Machine: {cpu}, {cores} cores, {memory}, Python {python}").format(**about))
    print(f"{'group':<10} {'measure':<58} {'value':>10}  {'target':>9}  ")
    for module in groups():
        name = module.NAME
        if args.only and name not in args.only:
            continue

        def report(label: str, value: float, unit: str, target: float | None = None, note: str = "",
                   _group: str = name) -> None:
            figure = Figure(_group, label, value, unit, target, note)
            figures.append(figure)
            verdict = "" if figure.met is None else ("ok" if figure.met else "MISSED")
            goal = f"<{target:g} {unit}" if target is not None else ""
            print(f"{_group:<10} {label:<58} {value:>8.3f} {unit:<3} {goal:>9}  {verdict} {note}", flush=True)

        try:
            module.run(args.scale, report)
        except Exception as exc:  # noqa: BLE001 - one broken group must not hide the others
            print(f"{name:<10} {_('failed')}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
    if args.json_out:
        payload = {"machine": about, "scale": args.scale, "figures": [vars_of(f) for f in figures]}
        Path(args.json_out).write_text(json.dumps(payload, indent=2), encoding="utf-8")
    missed = [f for f in figures if f.met is False]
    return 1 if missed else 0


def vars_of(figure: Figure) -> dict[str, Any]:
    return {
        "group": figure.group,
        "name": figure.name,
        "value": figure.value,
        "unit": figure.unit,
        "target": figure.target,
        "met": figure.met,
        "note": figure.note,
    }
