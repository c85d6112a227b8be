"""Where review templates come from: the standard one, the shared folder, a file.

The standard template ships as package data (``resources/templates``). A
region's own templates are JSON files in the ``mallar`` subfolder of the
shared folder (the setting ``shared-folder``), or any file the user opens.
A template that cannot be read never stops the others: it is listed with
every error so that whoever maintains it can fix it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from hyrdesk.domain.review_template import Template, TemplateError, parse_template_text, version_key
from hyrdesk.errors import UserError
from hyrdesk.resources import resource_path
from hyrdesk.services.settings import SHARED_FOLDER, SettingsService

log = logging.getLogger(__name__)

TEMPLATES_SUBFOLDER = "mallar"
STANDARD_FILE = "standard.json"
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024  # a template is a few kB; anything this big is the wrong file


@dataclass
class TemplateListing:
    """Templates that can be used, with where each came from, and files that could not be read."""

    templates: list[tuple[Template, str]] = field(default_factory=list)  # (template, source)
    problems: list[TemplateError | UserError] = field(default_factory=list)


def load_template_file(path: Path | str) -> Template:
    """Read and validate a template file; raises TemplateError (every problem) or UserError."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(f"Mallfilen {path} finns inte.") from None
    except OSError as exc:
        raise UserError(f"Mallfilen {path} går inte att läsa: {exc.strerror or exc}.") from None
    if not path.is_file():
        raise UserError(f"{path} är ingen fil.")
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError(path.name, [f"Filen är {size // 1024} kB; en mall är bara några kB. Är det rätt fil?"])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Mallfilen {path} går inte att läsa: {exc.strerror or exc}.") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(
            path.name, ["Filen är inte sparad som UTF-8. Spara om den som UTF-8 i din textredigerare."]
        ) from None
    return parse_template_text(text, path.name)


class TemplateLibrary:
    def __init__(self, settings: SettingsService):
        self._settings = settings
        self._standard: Template | None = None

    def standard(self) -> Template:
        if self._standard is None:
            self._standard = load_template_file(resource_path("templates", STANDARD_FILE))
        return self._standard

    def shared_folder(self) -> Path | None:
        folder = self._settings.get(SHARED_FOLDER)
        return Path(folder) / TEMPLATES_SUBFOLDER if folder else None

    def available(self) -> TemplateListing:
        """The standard template first, then the shared folder's, by name and newest version."""
        listing = TemplateListing(templates=[(self.standard(), "inbyggd")])
        folder = self.shared_folder()
        if folder is not None:
            try:
                files = sorted(p for p in folder.glob("*.json") if p.is_file()) if folder.is_dir() else []
            except OSError as exc:
                files = []
                listing.problems.append(UserError(f"Mallmappen {folder} går inte att läsa: {exc.strerror or exc}."))
            found: list[tuple[Template, str]] = []
            for path in files:
                try:
                    found.append((load_template_file(path), str(path)))
                except UserError as exc:
                    listing.problems.append(exc)
            found.sort(key=lambda ts: version_key(ts[0].version), reverse=True)
            found.sort(key=lambda ts: ts[0].name.lower())  # stable: newest version first within a name
            seen = {(self.standard().id, self.standard().version)}
            for template, source in found:
                if (template.id, template.version) not in seen:
                    seen.add((template.id, template.version))
                    listing.templates.append((template, source))
        return listing

    def find(self, ref: str | None) -> Template:
        """A template by id (its newest version), ``id@version``, or the path of a template file."""
        if not ref:
            return self.standard()
        if ref.lower().endswith(".json") or "/" in ref or "\\" in ref:
            return load_template_file(Path(ref).expanduser())
        wanted_id, _, wanted_version = ref.partition("@")
        listing = self.available()
        matches = [
            t for t, _ in listing.templates if t.id == wanted_id and (not wanted_version or t.version == wanted_version)
        ]
        if not matches:
            known = ", ".join(f"{t.id}@{t.version}" for t, _ in listing.templates)
            raise UserError(f"Det finns ingen mall ”{ref}”. Mallar: {known}.")
        return max(matches, key=lambda t: version_key(t.version))
