"""Typed user settings, stored in the database's settings table.

Each setting is declared once with its key, default and parser, so the GUI's
settings dialog and ``hyrdesk settings set NAME VALUE`` share one definition.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, TypeVar

from hyrdesk.domain.numbers import parse_decimal
from hyrdesk.files.writable import check_writable
from hyrdesk.storage.settings import SettingsRepository

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A setting whose value is a ``T`` (stored as the text ``dump`` gives, read back with ``parse``)."""

    key: str
    default: T
    parse: Callable[[str], T]
    dump: Callable[[T], str] = str
    cli_name: str | None = None  # name accepted by `hyrdesk settings set`
    label: str = ""
    # A check made only when the user sets the value (not on every read): returns
    # a Swedish reason to refuse it, or None. ``parse`` stays pure, so a shared
    # folder that is unreachable today is still read back as set.
    check: Callable[[T], str | None] | None = None


def _language(text: str) -> str:
    value = text.strip().lower()
    if value not in {"sv", "en"}:
        raise ValueError("Språket måste vara sv (svenska) eller en (engelska).")
    return value


def _positive_decimal(text: str) -> Decimal:
    value = parse_decimal(text)
    if value <= 0:
        raise ValueError("Värdet måste vara större än noll.")
    return value


def _folder(text: str) -> Path:
    return Path(text).expanduser()


LANGUAGE = Setting("language", "sv", _language, cli_name="language", label="Språk (sv eller en)")
CURRENT_UNIT = Setting("current_unit_id", None, int)
HIRE_TARGET_PCT = Setting(
    "hire_target_pct",
    Decimal("2"),
    _positive_decimal,
    cli_name="hire-target",
    label="Målvärde för hyrkostnad i procent av kostnad egen personal",
)


def _writable_folder(path: Path | None) -> str | None:
    return None if path is None else check_writable(path)  # set_text passes a parsed Path


SHARED_FOLDER: Setting[Path | None] = Setting(
    "shared_folder",
    None,
    _folder,
    cli_name="shared-folder",
    label="Delad mapp för export",
    check=_writable_folder,
)
WINDOW_GEOMETRY: Setting[str | None] = Setting("window_geometry", None, str)


def _shift_length(text: str) -> Decimal:
    value = parse_decimal(text)
    if not 0 < value <= 24:
        raise ValueError("Ett pass måste vara längre än 0 och högst 24 timmar.")
    return value


# The length of one shift, for gaps entered as a number of shifts (bemanningsluckor).
SHIFT_HOURS_DAY = Setting(
    "shift_hours_dag", Decimal(8), _shift_length, cli_name="shift-hours-dag", label="Längd på ett dagpass i timmar"
)
SHIFT_HOURS_EVENING = Setting(
    "shift_hours_kvall",
    Decimal(8),
    _shift_length,
    cli_name="shift-hours-kvall",
    label="Längd på ett kvällspass i timmar",
)
SHIFT_HOURS_NIGHT = Setting(
    "shift_hours_natt", Decimal(10), _shift_length, cli_name="shift-hours-natt", label="Längd på ett nattpass i timmar"
)


def _keep_count(text: str) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise ValueError("Antalet säkerhetskopior måste vara ett heltal, t.ex. 10.") from None
    if not 1 <= value <= 1000:
        raise ValueError("Antalet säkerhetskopior måste vara mellan 1 och 1000.")
    return value


BACKUP_KEEP = Setting(
    "backup_keep",
    10,
    _keep_count,
    cli_name="backup-keep",
    label="Antal säkerhetskopior som sparas av varje slag (dagliga, egna, före uppgradering/återställning)",
)


def _fte_hours(text: str) -> Decimal:
    value = parse_decimal(text)
    if not 1000 <= value <= 2200:
        raise ValueError("Timmar per årsarbetare ska vara mellan 1 000 och 2 200 (t.ex. 1700).")
    return value


FTE_HOURS = Setting(
    "fte_hours",
    Decimal("1700"),
    _fte_hours,
    cli_name="fte-hours",
    label="Timmar per årsarbetare (regionens mått för att räkna timmar som årsarbetare)",
)
BUDGET_THRESHOLD_PCT = Setting(
    "budget_threshold_pct",
    Decimal("10"),
    _positive_decimal,
    cli_name="budget-threshold",
    label="Avvikelse mot budget i procent som kräver en kommentar",
)

ALL_SETTINGS = (
    LANGUAGE,
    CURRENT_UNIT,
    HIRE_TARGET_PCT,
    SHARED_FOLDER,
    WINDOW_GEOMETRY,
    BACKUP_KEEP,
    SHIFT_HOURS_DAY,
    SHIFT_HOURS_EVENING,
    SHIFT_HOURS_NIGHT,
    FTE_HOURS,
    BUDGET_THRESHOLD_PCT,
)


def by_cli_name(name: str) -> Setting[Any]:
    for s in ALL_SETTINGS:
        if s.cli_name == name:
            return s
    known = ", ".join(s.cli_name for s in ALL_SETTINGS if s.cli_name)
    raise ValueError(f"Okänd inställning ”{name}”. Kända: {known}")


class SettingsService:
    def __init__(self, repo: SettingsRepository):
        self.repo = repo

    def get(self, setting: Setting[T]) -> T:
        raw = self.repo.get(setting.key)
        if raw is None:
            return setting.default
        try:
            return setting.parse(raw)
        except (ValueError, TypeError):
            # A value we can no longer read must not stop the program.
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.repo.set(setting.key, None if value is None else setting.dump(value))

    def set_text(self, setting: Setting[T], text: str) -> T:
        """Parse user text (raises ValueError with a Swedish message) and store it."""
        value = setting.parse(text)
        problem = setting.check(value) if setting.check is not None else None
        if problem:
            raise ValueError(problem)
        self.set(setting, value)
        return value
