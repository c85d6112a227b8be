"""Calendar dates: parsing what people type and what spreadsheets hold, and Swedish holidays.

A staffing gap on a weekend or a holiday (*helg*) is harder to cover, so the
gaps keep a ``weekend`` flag derived from their dates. In Swedish working-time
agreements (OB, *storhelg*) that means Saturday, Sunday, the public holidays
(*röda dagar*) and the eves that are treated as holidays: midsommarafton,
julafton and nyårsafton.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from functools import lru_cache

MIN_YEAR, MAX_YEAR = 2000, 2099

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EUROPEAN = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_SLASHED_ISO = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")


def parse_date(value: object) -> _dt.date:
    """A date from a cell or typed text: ``2024-03-05``, ``20240305``, ``5/3/2024``, ``5.3.2024``.

    Day-first for the slashed and dotted forms, as Swedes write them. Takes
    ``date``/``datetime`` objects as spreadsheet readers give them. Raises
    ``ValueError`` with a Swedish message otherwise.
    """
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return _check_year(value, str(value))
    if value is None or isinstance(value, (bool, int, float)):
        raise ValueError(f"”{'' if value is None else value}” är inget datum (skriv t.ex. 2024-03-05)")
    text = str(value).strip()
    for pattern, order in ((_ISO, "ymd"), (_COMPACT, "ymd"), (_SLASHED_ISO, "ymd"), (_EUROPEAN, "dmy")):
        m = pattern.match(text)
        if m:
            a, b, c = (int(g) for g in m.groups())
            y, mo, d = (a, b, c) if order == "ymd" else (c, b, a)
            try:
                return _check_year(_dt.date(y, mo, d), text)
            except ValueError as exc:
                if "orimligt" in str(exc):
                    raise
                raise ValueError(f"”{text}” är inget giltigt datum") from None
    raise ValueError(f"”{text}” är inget datum (skriv t.ex. 2024-03-05)")


_TYPED_DAY_MONTH = re.compile(r"^(\d{1,2})[./](\d{1,2})$")
_PARTIAL = re.compile(r"^(\d{1,7}|\d{4}-(\d{1,2}-?)?|\d{1,2}[./]|\d{1,2}[./]\d{1,2}[./]\d{0,3})$")


def parse_typed_date(text: str, today: _dt.date) -> _dt.date:
    """A date the user typed into a date field, read whole, or a Swedish ``ValueError``.

    Besides what ``parse_date`` takes, ``23/11`` (and ``23.11``) is that day in
    ``today``'s year. A partial date (``2026-11``, ``23``, ``2026112``) and an
    impossible one (``2026-02-30``) are errors: a field never turns them into
    some other date.
    """
    text = text.strip()
    m = _TYPED_DAY_MONTH.match(text)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        try:
            return _dt.date(today.year, month, day)
        except ValueError:
            raise ValueError(f"”{text}” är inget giltigt datum") from None
    try:
        return parse_date(text)
    except ValueError:
        if _PARTIAL.match(text):
            raise ValueError(
                f"”{text}” är inget helt datum: skriv år, månad och dag, t.ex. 2026-11-23, 20261123 eller 23/11"
            ) from None
        raise


def _check_year(d: _dt.date, text: str) -> _dt.date:
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        raise ValueError(f"Året i ”{text}” är orimligt")
    return d


def days(start: _dt.date, end: _dt.date) -> Iterator[_dt.date]:
    """Every date from start to end, both included."""
    for i in range((end - start).days + 1):
        yield start + _dt.timedelta(days=i)


# --- holidays --------------------------------------------------------------------
def easter_sunday(year: int) -> _dt.date:
    """Gregorian Easter (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


def _weekday_between(year: int, month: int, first_day: int, weekday: int) -> _dt.date:
    """The date with ``weekday`` (Monday 0) in the seven days starting at ``first_day``."""
    d = _dt.date(year, month, first_day)
    return d + _dt.timedelta(days=(weekday - d.weekday()) % 7)


@lru_cache(maxsize=256)
def swedish_holidays(year: int) -> frozenset[_dt.date]:
    """Public holidays (röda dagar) and the eves treated as holidays, for one year."""
    easter = easter_sunday(year)
    one = _dt.timedelta(days=1)
    midsummer_eve = _weekday_between(year, 6, 19, 4)  # the Friday 19–25 June
    all_saints = _weekday_between(year, 10, 31, 5)  # the Saturday 31 Oct – 6 Nov
    return frozenset(
        {
            _dt.date(year, 1, 1),  # nyårsdagen
            _dt.date(year, 1, 6),  # trettondedag jul
            easter - 2 * one,  # långfredagen
            easter - one,  # påskafton
            easter,  # påskdagen
            easter + one,  # annandag påsk
            _dt.date(year, 5, 1),  # första maj
            easter + 39 * one,  # Kristi himmelsfärdsdag
            easter + 49 * one,  # pingstdagen
            _dt.date(year, 6, 6),  # nationaldagen
            midsummer_eve,
            midsummer_eve + one,  # midsommardagen
            all_saints,  # alla helgons dag
            _dt.date(year, 12, 24),  # julafton
            _dt.date(year, 12, 25),  # juldagen
            _dt.date(year, 12, 26),  # annandag jul
            _dt.date(year, 12, 31),  # nyårsafton
        }
    )


def is_weekend_or_holiday(d: _dt.date) -> bool:
    return d.weekday() >= 5 or d in swedish_holidays(d.year)
