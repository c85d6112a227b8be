"""Where the action areas come from: the region's file in the shared folder, else the built-in one.

Like the review templates, the areas are data the region can change without a
new release: a file ``atgardsomraden.json`` in the ``mallar`` subfolder of
the shared folder replaces the built-in list. A region file that cannot be
read is reported (``problem``) and the built-in list is used, so the page
always opens. Areas already used by saved actions stay readable by key.
"""

from __future__ import annotations

import logging
from pathlib import Path

from hyrdesk.domain.actions import AreaList, AreasError, parse_areas_text
from hyrdesk.resources import resource_path
from hyrdesk.services.reviews.templates import TEMPLATES_SUBFOLDER
from hyrdesk.services.settings import SHARED_FOLDER, SettingsService

log = logging.getLogger(__name__)

AREAS_FILE = "atgardsomraden.json"
MAX_AREAS_BYTES = 256 * 1024


def load_areas_file(path: Path) -> AreaList:
    """Read and check an areas file; raises AreasError with every problem."""
    try:
        if path.stat().st_size > MAX_AREAS_BYTES:
            raise AreasError(path.name, ["filen är för stor för att vara en områdeslista."])
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise AreasError(path.name, ["filen är inte sparad som UTF-8."]) from None
    except OSError as exc:
        raise AreasError(path.name, [f"filen går inte att läsa: {exc.strerror or exc}."]) from None
    return parse_areas_text(text, path.name)


class AreaLibrary:
    def __init__(self, settings: SettingsService):
        self._settings = settings
        self._standard: AreaList | None = None
        self.problem: str | None = None

    def standard(self) -> AreaList:
        if self._standard is None:
            self._standard = load_areas_file(resource_path("templates", AREAS_FILE))
        return self._standard

    def region_file(self) -> Path | None:
        folder = self._settings.get(SHARED_FOLDER)
        return Path(folder) / TEMPLATES_SUBFOLDER / AREAS_FILE if folder else None

    def current(self) -> AreaList:
        """The region's list when there is a readable one, else the built-in list."""
        self.problem = None
        path = self.region_file()
        try:
            if path is not None and path.is_file():
                return load_areas_file(path)
        except AreasError as exc:
            self.problem = f"Områdesfilen {path} kan inte användas: {' '.join(exc.problems)}"
            log.warning("%s", self.problem)
        except OSError:
            pass  # an unreachable shared folder: the built-in list
        return self.standard()
