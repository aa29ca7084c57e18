"""The figures a director wants on the briefing's summary page."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from storyweaver.export.labels import PLATFORMS, short_day
from storyweaver.export.viewmodel import StoryView

KIND_ORDER = ("post", "link", "image", "video", "note")
MAX_DAYS = 62  # a chart wider than two months groups by week instead


@dataclass(slots=True)
class Bar:
    label: str
    value: int
    share: float  # 0..1 of the largest bar
    tick: bool = False  # print the label under this bar


@dataclass(slots=True)
class Summary:
    total: int
    by_kind: list[tuple[str, int]]
    by_platform: list[tuple[str, int]]
    per_day: list[Bar]
    per_day_max: int
    per_week: bool
    hashtags: list[Bar]
    accounts: list[Bar]
    reposts: int | None
    likes: int | None
    metrics_known: int
    posts: int
    notes: list[str] = field(default_factory=list)


def _bars(counter: Counter[str], limit: int) -> list[Bar]:
    top = counter.most_common(limit)
    peak = top[0][1] if top else 1
    return [Bar(label, value, value / peak) for label, value in top]


def _per_day(days: Counter[date], lang: str) -> tuple[list[Bar], bool]:
    if not days:
        return [], False
    first, last = min(days), max(days)
    span = (last - first).days + 1
    weekly = span > MAX_DAYS
    step = 7 if weekly else 1
    buckets: list[tuple[date, int]] = []
    current = first
    while current <= last:
        buckets.append((current, sum(days.get(current + timedelta(d), 0) for d in range(step))))
        current += timedelta(step)
    peak = max(v for _d, v in buckets) or 1
    every = max(1, -(-len(buckets) // 8))
    return [
        Bar(short_day(day, lang), value, value / peak, tick=i % every == 0)
        for i, (day, value) in enumerate(buckets)
    ], weekly


def summarise(view: StoryView, kind_labels: dict[str, str], web_label: str, files_label: str = "") -> Summary:
    kinds: Counter[str] = Counter(item.kind for item in view.items)
    platforms: Counter[str] = Counter(
        PLATFORMS.get(item.platform or "", "") or item.site_name
        # A photograph from the user's own disk came from no web site: not "Web".
        or (web_label if item.address.lower().startswith(("http://", "https://")) else files_label or web_label)
        for item in view.items
    )
    days: Counter[date] = Counter()
    tags: Counter[str] = Counter()
    accounts: Counter[str] = Counter()
    reposts = likes = known = posts = 0
    any_reposts = any_likes = False
    shown_tag: dict[str, str] = {}
    for item in view.items:
        for tag in dict.fromkeys(t.casefold() for t in item.hashtags):
            tags[tag] += 1
        for tag in item.hashtags:
            shown_tag.setdefault(tag.casefold(), tag)
        if item.kind != "post":
            continue
        posts += 1
        if item.published is not None:
            days[item.published.astimezone(view.zone).date()] += 1
        if item.author is not None and not item.author.withheld:
            accounts[item.author.handle or item.author.name] += 1
        if item.metrics:
            known += 1
        if "reposts" in item.metrics:
            reposts += item.metrics["reposts"]
            any_reposts = True
        if "likes" in item.metrics:
            likes += item.metrics["likes"]
            any_likes = True
    per_day, weekly = _per_day(days, view.lang)
    hashtag_bars = _bars(tags, 8)
    for bar in hashtag_bars:
        bar.label = "#" + shown_tag.get(bar.label, bar.label)
    return Summary(
        total=len(view.items),
        by_kind=[(kind_labels.get(k, k), kinds[k]) for k in KIND_ORDER if kinds[k]],
        by_platform=platforms.most_common(),
        per_day=per_day,
        per_day_max=max((b.value for b in per_day), default=0),
        per_week=weekly,
        hashtags=hashtag_bars,
        accounts=_bars(Counter({k: v for k, v in accounts.items() if k}), 8),
        reposts=reposts if any_reposts else None,
        likes=likes if any_likes else None,
        metrics_known=known,
        posts=posts,
    )
