"""The line-dialogue export as a use case: gather, write, keep locally, queue for delivery.

The work is split so the GUI can run the slow part off its thread: ``write``
only reads the database and writes a file; ``enqueue`` records it in the
outbox (a short write on the GUI thread); delivery runs wherever the caller
likes (``DeliveryService``). ``export_line_dialogue`` does all of it in a row,
for the CLI.
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from hyrdesk.domain.period import Period
from hyrdesk.domain.units import Unit
from hyrdesk.errors import UserError
from hyrdesk.files.atomic import atomic_save_workbook
from hyrdesk.files.writable import explain_os_error
from hyrdesk.paths import Paths
from hyrdesk.progress import Progress
from hyrdesk.services.delivery.service import NO_SHARED_FOLDER, DeliveryService, OutboxItem
from hyrdesk.services.line_dialogue import schema
from hyrdesk.services.line_dialogue.content import DialogueData, data_rows
from hyrdesk.services.line_dialogue.dialogue_text import DialogueTextService
from hyrdesk.services.line_dialogue.sources import collect
from hyrdesk.services.settings import HIRE_TARGET_PCT, SettingsService

if TYPE_CHECKING:  # the features this one reads; the container hands them over
    from hyrdesk.services.actions.service import ActionService
    from hyrdesk.services.agreement.service import AgreementService
    from hyrdesk.services.costs.service import CostService
    from hyrdesk.services.followup.service import FollowUpService
    from hyrdesk.services.gaps.service import GapService
    from hyrdesk.services.reviews.service import ReviewService
    from hyrdesk.services.units import UnitService

log = logging.getLogger(__name__)


S = TypeVar("S")  # a workbook section


def last_complete_month(today: _dt.date | None = None) -> Period:
    return Period.from_date(today or _dt.date.today()) - 1


@dataclass(frozen=True)
class Included:
    """One line of "what will be included": a sheet and what it holds, or why it is empty."""

    sheet: str
    text: str
    missing: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    item: OutboxItem | None  # None when written with --out (not queued)


class ExportService:
    def __init__(
        self,
        paths: Paths,
        settings: SettingsService,
        delivery: DeliveryService,
        texts: DialogueTextService,
        *,
        reviews: ReviewService | None = None,
        costs: CostService | None = None,
        gaps: GapService | None = None,
        actions: ActionService | None = None,
        followup: FollowUpService | None = None,
        agreement: AgreementService | None = None,
        units: UnitService | None = None,
        clock: Callable[[], _dt.datetime] = _dt.datetime.now,
    ):
        self.paths = paths
        self.followup = followup
        self.settings = settings
        self.delivery = delivery
        self.texts = texts
        self.reviews, self.costs, self.gaps, self.actions = reviews, costs, gaps, actions
        self.agreement, self.units = agreement, units
        self.clock = clock

    # --- reading ---------------------------------------------------------------------
    def collect(self, unit: Unit, period: Period) -> DialogueData:
        return collect(
            unit,
            period,
            text=self.texts.get(unit, period),
            target_pct=self.settings.get(HIRE_TARGET_PCT),
            costs=self.costs,
            gaps=self.gaps,
            reviews=self.reviews,
            actions=self.actions,
            followup=self.followup,
            agreement=self.agreement,
            categories=self.units,
            now=self.clock(),
        )

    def included(self, data: DialogueData) -> list[Included]:
        """What the workbook will hold, sheet by sheet, in words."""
        out = [
            Included(
                schema.SHEET_SUMMARY,
                "enhet, period, nyckeltal och din text till dialogen"
                + ("" if data.text.strip() else " (ingen text skriven ännu)"),
            )
        ]

        def section(sheet: str, content: S | None, describe: Callable[[S], str], missing: str) -> None:
            """The sheet with what it holds, or, when its section is absent, why it is empty."""
            out.append(Included(sheet, missing, True) if content is None else Included(sheet, describe(content)))

        section(
            schema.SHEET_COSTS,
            data.costs,
            lambda c: (
                f"{len(c.months)} månader "
                f"({sum(1 for p in c.months if (r := c.row(p, c.total_group)) and r.hire is not None)} med uppgifter) "
                "per rapportgrupp med R12, ackumulerat mot förra året och hyrkvot, två diagram"
            ),
            data.notes.get("costs", ""),
        )
        section(
            schema.SHEET_GAPS,
            data.gaps,
            lambda g: f"{len(g.months)} månader, timmar per täckning och per orsak (bara summor, inga anteckningar)",
            data.notes.get("gaps", ""),
        )
        section(
            schema.SHEET_REVIEW,
            data.review,
            lambda v: (
                f"{v.title}: {len(v.tasks)} uppgifter, varav {v.line_dialogue} för dialog i linjen"
                + (f". {data.notes['review']}" if data.notes.get("review") else "")
            ),
            data.notes.get("review", ""),
        )
        section(
            schema.SHEET_ACTIONS,
            data.actions,
            lambda a: (
                f"{a.done} av {a.total} åtgärder genomförda, {a.overdue} försenade, "
                f"{a.line_dialogue} för dialog i linjen, med uppmätt effekt"
            ),
            data.notes.get("actions", ""),
        )
        section(
            schema.SHEET_AGREEMENT,
            data.agreement,
            lambda hire: (
                f"{len(hire.findings)} avvikelser i {hire.month.label()}s fakturor och "
                f"{len(hire.deviations)} avsteg, i kronor per rapportgrupp"
            ),
            "enheten har inga avrop registrerade",
        )
        out.append(Included(schema.SHEET_DEFINITIONS, "hur varje mått räknas fram"))
        out.append(
            Included(schema.SHEET_DATA, f"{sum(1 for _ in data_rows(data))} rader i långt format för maskinell läsning")
        )
        return out

    # --- writing ------------------------------------------------------------------------
    def write(self, unit: Unit, period: Period, folder: Path | None = None, progress: Progress | None = None) -> Path:
        """Write the workbook atomically into ``folder`` (default: the local exports folder). Reads only."""
        from hyrdesk.services.line_dialogue.workbook import build_workbook  # no cycle; start-up does not need it

        progress = progress or Progress()
        progress.step(0, 3, "Hämtar uppgifterna…")
        data = self.collect(unit, period)
        progress.step(1, 3, "Skriver arbetsboken…")
        wb = build_workbook(data)
        folder = Path(folder) if folder is not None else self.paths.exports_dir
        if folder == self.paths.exports_dir:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir():
            raise UserError(f"Mappen {folder} finns inte.")
        progress.step(2, 3, "Sparar…")
        try:
            path = atomic_save_workbook(wb, folder / data.file_name)
        except OSError as exc:
            raise UserError(f"Arbetsboken sparades inte. {explain_os_error(exc, folder)}") from exc
        progress.step(3, 3, "Klart.")
        return path

    def enqueue(self, unit: Unit, period: Period, path: Path) -> OutboxItem:
        """Queue a saved export; if it cannot be queued (a full disk), the local copy goes too.

        An export saved locally is always queued: one that is not is not saved, and says so.
        """
        try:
            return self.delivery.queue(unit, schema.KIND, str(period), path, path.name)
        except UserError as exc:
            try:
                path.unlink()
            except OSError:
                log.warning("could not remove the unqueued export %s", path)
            raise UserError(f"Exporten sparades inte: den kunde inte läggas i kön för leverans. {exc.message}") from exc

    def require_shared_folder(self) -> Path:
        folder = self.delivery.shared_folder()
        if folder is None:
            raise UserError(NO_SHARED_FOLDER)
        return folder

    def export_line_dialogue(
        self, unit: Unit, period: Period, out_dir: Path | None = None, progress: Progress | None = None
    ) -> ExportResult:
        """With ``out_dir``: write there, not queued. Without: keep locally, queue, try to deliver once."""
        if out_dir is not None:
            return ExportResult(self.write(unit, period, out_dir, progress), None)
        self.require_shared_folder()
        path = self.write(unit, period, None, progress)
        item = self.enqueue(unit, period, path)
        return ExportResult(path, self.delivery.deliver(item))
