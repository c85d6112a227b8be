"""The composition of services over one database, shared by the GUI and the CLI."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from hyrdesk.paths import Paths
from hyrdesk.services.actions.areas import AreaLibrary
from hyrdesk.services.actions.service import ActionService
from hyrdesk.services.agreement.service import AgreementService
from hyrdesk.services.backups.opening import open_database
from hyrdesk.services.backups.service import BackupService
from hyrdesk.services.costs.accounts import AccountService
from hyrdesk.services.costs.service import CostService
from hyrdesk.services.delivery.service import DeliveryService
from hyrdesk.services.followup.service import FollowUpService
from hyrdesk.services.gaps.service import GapService
from hyrdesk.services.line_dialogue.dialogue_text import DialogueTextService
from hyrdesk.services.line_dialogue.service import ExportService
from hyrdesk.services.reviews.service import ReviewService
from hyrdesk.services.reviews.templates import TemplateLibrary
from hyrdesk.services.rollup.service import RollupService
from hyrdesk.services.settings import SettingsService
from hyrdesk.services.units import UnitService
from hyrdesk.storage.actions import ActionRepository
from hyrdesk.storage.agreement import AgreementRepository
from hyrdesk.storage.costs import AccountRepository, CostRepository
from hyrdesk.storage.db import Database
from hyrdesk.storage.followup import FollowUpRepository, SickLeaveRepository
from hyrdesk.storage.gaps import GapRepository
from hyrdesk.storage.reviews import ReviewRepository
from hyrdesk.storage.settings import SettingsRepository
from hyrdesk.storage.units import CategoryRepository, UnitRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """Something the user must know from start-up on; the window shows it as a banner.

    ``kind`` is ``read_only`` (the database can only be read; ``detail`` is its path)
    or ``backup_failed`` (the daily copy failed; ``detail`` says why).
    """

    kind: str
    detail: str = ""


READ_ONLY = "read_only"
BACKUP_FAILED = "backup_failed"


@dataclass
class Services:
    paths: Paths
    # What the user must know from start-up on (a banner each); keyword-only, so it may stand here.
    notices: list[Notice] = field(default_factory=list, kw_only=True)
    db: Database
    settings: SettingsService
    units: UnitService
    backups: BackupService
    costs: CostService
    reviews: ReviewService
    gaps: GapService
    delivery: DeliveryService
    exports: ExportService
    followup: FollowUpService
    agreement: AgreementService
    rollup: RollupService
    actions: ActionService

    @property
    def read_only(self) -> bool:
        """The database could only be opened for reading (a read-only file or folder)."""
        return self.db.read_only

    def close(self) -> None:
        self.db.close()


def open_services(paths: Paths, *, daily_backup: bool = True) -> Services:
    """Open (creating, checking, migrating) the database in ``paths`` and build every service.

    A damaged, locked, read-only or too new database raises a ``DatabaseError``
    with a way out (services/backups/opening.py). The daily backup is made here, so
    the CLI alone also keeps one.
    """
    db = open_database(paths)
    services = build_services(paths, db)
    if db.read_only:
        services.notices.append(Notice(READ_ONLY, str(db.path)))
    if daily_backup:
        services.backups.daily_if_due()
        if services.backups.daily_error:
            services.notices.append(Notice(BACKUP_FAILED, services.backups.daily_error))
    return services


def build_services(paths: Paths, db: Database) -> Services:
    settings = SettingsService(SettingsRepository(db))
    units = UnitService(UnitRepository(db), CategoryRepository(db), settings)
    backups = BackupService(paths, db, settings)
    reviews = ReviewService(ReviewRepository(db), TemplateLibrary(settings))
    gaps = GapService(GapRepository(db), units, settings)
    costs = CostService(CostRepository(db), AccountService(AccountRepository(db), units), units, settings)
    delivery = DeliveryService(db, settings)
    actions = ActionService(ActionRepository(db), units, costs, AreaLibrary(settings))
    followup = FollowUpService(FollowUpRepository(db), SickLeaveRepository(db), GapRepository(db), costs, settings)
    agreement = AgreementService(AgreementRepository(db), costs, settings)
    exports = ExportService(
        paths,
        settings,
        delivery,
        DialogueTextService(db),
        reviews=reviews,
        costs=costs,
        gaps=gaps,
        actions=actions,
        followup=followup,
        agreement=agreement,
        units=units,
    )
    return Services(
        paths=paths,
        db=db,
        settings=settings,
        units=units,
        backups=backups,
        reviews=reviews,
        costs=costs,
        gaps=gaps,
        delivery=delivery,
        exports=exports,
        followup=followup,
        agreement=agreement,
        rollup=RollupService(db),
        actions=actions,
    )
