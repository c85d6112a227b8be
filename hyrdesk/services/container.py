"""The composition of services over one database, shared by the GUI and the CLI."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..paths import Paths
from ..storage.db import Database
from ..storage.migrations import migrate
from ..storage.reviews import ReviewRepository
from ..storage.settings import SettingsRepository
from ..storage.units import CategoryRepository, UnitRepository
from .review_templates import TemplateLibrary
from .reviews import ReviewService
from .settings import SettingsService
from .units import UnitService

log = logging.getLogger(__name__)


@dataclass
class Services:
    paths: Paths
    db: Database
    settings: SettingsService
    units: UnitService
    reviews: ReviewService

    def close(self) -> None:
        self.db.close()


def open_services(paths: Paths) -> Services:
    """Open (creating or migrating) the database in ``paths`` and build every service."""
    paths.ensure()
    db = Database(paths.database)
    try:
        migrate(db, paths.backups_dir)
    except BaseException:
        db.close()
        raise
    return build_services(paths, db)


def build_services(paths: Paths, db: Database) -> Services:
    settings = SettingsService(SettingsRepository(db))
    units = UnitService(UnitRepository(db), CategoryRepository(db), settings)
    reviews = ReviewService(ReviewRepository(db), TemplateLibrary(settings))
    return Services(paths=paths, db=db, settings=settings, units=units, reviews=reviews)
