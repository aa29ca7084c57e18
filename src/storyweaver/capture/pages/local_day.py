"""The calendar day of a publication instant as the publisher's readers saw it.

Many sites state their dates in UTC ("2021-11-04T23:00Z" for a German article of 5 November,
midnight in Berlin).  The page itself shows its local day, so a card should too: the day in
the page's address (``/2020/02/24/``, written by the publisher's system in its own time) when
a real UTC offset (−12 to +14 hours) puts the instant on it, else the day in the time zone of
the country its domain names, for a country that lives in one zone (or mostly in one).
An instant the page gives with its own offset keeps that offset's day; one without any
offset is left as written."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_ADDRESS_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)")
_ZONES = {
    "at": "Europe/Vienna", "be": "Europe/Brussels", "ch": "Europe/Zurich", "cz": "Europe/Prague",
    "de": "Europe/Berlin", "dk": "Europe/Copenhagen", "es": "Europe/Madrid", "fi": "Europe/Helsinki",
    "fr": "Europe/Paris", "gr": "Europe/Athens", "hr": "Europe/Zagreb", "hu": "Europe/Budapest",
    "ie": "Europe/Dublin", "it": "Europe/Rome", "li": "Europe/Vaduz", "lu": "Europe/Luxembourg",
    "nl": "Europe/Amsterdam", "no": "Europe/Oslo", "pl": "Europe/Warsaw", "pt": "Europe/Lisbon",
    "ro": "Europe/Bucharest", "se": "Europe/Stockholm", "si": "Europe/Ljubljana", "sk": "Europe/Bratislava",
    "tr": "Europe/Istanbul", "ua": "Europe/Kyiv", "uk": "Europe/London",
    "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "il": "Asia/Jerusalem", "in": "Asia/Kolkata",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "sg": "Asia/Singapore", "tw": "Asia/Taipei",
    "za": "Africa/Johannesburg", "nz": "Pacific/Auckland",
    "ar": "America/Argentina/Buenos_Aires", "bo": "America/La_Paz", "br": "America/Sao_Paulo",
    "cl": "America/Santiago", "co": "America/Bogota", "cr": "America/Costa_Rica", "do": "America/Santo_Domingo",
    "ec": "America/Guayaquil", "gt": "America/Guatemala", "hn": "America/Tegucigalpa", "mx": "America/Mexico_City",
    "ni": "America/Managua", "pa": "America/Panama", "pe": "America/Lima", "py": "America/Asuncion",
    "sv": "America/El_Salvador", "uy": "America/Montevideo", "ve": "America/Caracas",
}


def address_day(address: str | None) -> date | None:
    """The day a page's address names (``/2020/02/24/``, ``/2017/7/12/``), if any."""
    found = _ADDRESS_DAY.search(urlsplit(address).path) if address else None
    if not found:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def _zone(address: str | None) -> ZoneInfo | None:
    host = (urlsplit(address).hostname or "") if address else ""
    name = _ZONES.get(host.rsplit(".", 1)[-1].lower())
    try:
        return ZoneInfo(name) if name else None
    except ZoneInfoNotFoundError:  # a system without time zone data: the UTC day stands
        return None


def local_day(moment: datetime, assumed: bool, address: str | None) -> date:
    """The publisher's calendar day of ``moment`` (aware, in the offset the page gave)."""
    if assumed or moment.utcoffset() != timedelta(0):
        return moment.date()
    named = address_day(address)
    if named and (moment - timedelta(hours=12)).date() <= named <= (moment + timedelta(hours=14)).date():
        return named
    zone = _zone(address)
    return moment.astimezone(zone).date() if zone else moment.date()
