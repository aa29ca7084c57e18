"""List the import circles left between StoryWeaver's modules (type-only imports left out).

Run: PYTHONPATH=src .venv/bin/python scripts/import_circles.py
Prints each circle (a strongly connected group of modules) with one import chain through it;
exits 1 if there is any, so it can guard the walls like the import-linter contracts.
"""

from __future__ import annotations

import sys

import grimp


def circles(package: str = "storyweaver") -> list[list[str]]:
    graph = grimp.build_graph(package, exclude_type_checking_imports=True)
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    # Tarjan's strongly connected components, iteratively (the graph has a few hundred modules).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges.get(child, []))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def main() -> int:
    found = circles()
    for group in found:
        print("circle:", " <-> ".join(group))
    if not found:
        print("no import circles (type-only imports left out)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
