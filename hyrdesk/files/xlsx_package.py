"""Finding the workbook in an xlsx package the way Excel does: by its relationships.

An xlsx is an Open Packaging Conventions zip. Excel finds the workbook part
through ``_rels/.rels`` (the ``officeDocument`` relationship) or
``[Content_Types].xml``, and the sheets and shared strings through the
workbook's own relationships; part names are case-insensitive and some writers
use backslashes or absolute targets. python-calamine and openpyxl assume
Excel's own layout (``xl/workbook.xml``, ``xl/sharedStrings.xml``, forward
slashes). So a package in any other layout is rewritten, in memory, into that
layout (only the parts a reader needs, each copied through the bounded,
CRC-checked reader of ``xlsx_guard``) before either library or the safety
scan sees it. A package already in Excel's layout is read as it is.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hyrdesk.errors import UserError
from hyrdesk.files import xlsx_guard

MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
    "application/vnd.ms-excel.sheet.macroenabled.main+xml": "xlsm",
    "application/vnd.ms-excel.template.macroenabled.main+xml": "xltm",
    "application/vnd.ms-excel.sheet.binary.macroenabled.main": "xlsb",
}
_SHEET_KINDS = {"worksheet": "worksheets", "chartsheet": "chartsheets"}
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_DEFAULT_TYPES = {
    "worksheet": _SML + "worksheet+xml",
    "chartsheet": _SML + "chartsheet+xml",
    "sharedStrings": _SML + "sharedStrings+xml",
    "styles": _SML + "styles+xml",
}
_TARGET_ATTR = re.compile(rb'Target\s*=\s*"[^"]*"')


@dataclass(frozen=True)
class Rel:
    id: str
    type: str  # the last segment of the relationship type: worksheet, sharedStrings, styles …
    part: str  # the resolved part name, normalised (no leading slash, forward slashes)
    external: bool


def normalise(name: str) -> str:
    return posixpath.normpath(name.replace("\\", "/").lstrip("/")) if name else ""


def rels_part(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


class Package:
    """The parts of one open zip, found by normalised, case-insensitive name."""

    def __init__(self, z: zipfile.ZipFile, name: str):
        self.z = z
        self.name = name
        self._parts: dict[str, str] = {}
        for info in z.infolist():
            self._parts.setdefault(normalise(info.filename).lower(), info.filename)

    def actual(self, part: str) -> str | None:
        """The name in the zip of a (normalised) part, or None."""
        return self._parts.get(normalise(part).lower())

    def names(self) -> list[str]:
        return [normalise(n) for n in self._parts.values()]

    def read_small(self, part: str) -> bytes | None:
        actual = self.actual(part)
        return None if actual is None else xlsx_guard.read_small(self.z, actual, self.name)

    def _xml(self, part: str) -> Any:
        from defusedxml.ElementTree import fromstring

        data = self.read_small(part)
        if data is None:
            return None
        try:
            return fromstring(data)
        except Exception as exc:
            raise UserError(f"{self.name} är skadad och går inte att läsa som Excel-fil ({part}).") from exc

    def rels(self, source: str) -> list[Rel]:
        """The relationships of ``source`` ("" for the package), targets resolved to part names."""
        root = self._xml(rels_part(source) if source else "_rels/.rels")
        if root is None:
            return []
        folder = source.rpartition("/")[0]
        out = []
        for el in root.iter():
            if not el.tag.endswith("Relationship"):
                continue
            target = (el.get("Target") or "").replace("\\", "/")
            external = (el.get("TargetMode") or "").lower() == "external"
            part = normalise(target) if target.startswith("/") else normalise(posixpath.join(folder, target))
            kind = (el.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
            out.append(Rel(el.get("Id") or "", kind, part, external))
        return out

    def content_types(self) -> dict[str, str]:
        """Part name → content type from the Override entries."""
        root = self._xml("[Content_Types].xml")
        if root is None:
            return {}
        return {
            normalise(el.get("PartName") or ""): (el.get("ContentType") or "").strip()
            for el in root.iter()
            if el.tag.endswith("Override")
        }

    def workbook(self) -> tuple[str, str] | None:
        """(part name, kind: xlsx, xlsm, xlsb …) of the main workbook part, or None."""
        types = self.content_types()
        for rel in self.rels(""):
            if rel.type == "officeDocument" and not rel.external and self.actual(rel.part):
                return rel.part, MAIN_TYPES.get(types.get(rel.part, "").lower(), _kind_by_name(rel.part))
        for part, content_type in types.items():
            if content_type.lower() in MAIN_TYPES and self.actual(part):
                return part, MAIN_TYPES[content_type.lower()]
        for part, kind in (("xl/workbook.xml", "xlsx"), ("xl/workbook.bin", "xlsb")):
            if self.actual(part):
                return part, kind
        return None

    def has_macros(self) -> bool:
        return any(n.lower().endswith("vbaproject.bin") for n in self.names())


def _kind_by_name(part: str) -> str:
    return "xlsb" if part.lower().endswith(".bin") else "xlsx"


def _standard(pkg: Package, workbook: str, rels: list[Rel]) -> bool:
    """Whether the readers find everything where they look for it already."""
    if workbook != "xl/workbook.xml" or pkg.actual(workbook) != "xl/workbook.xml":
        return False
    if pkg.actual("xl/_rels/workbook.xml.rels") != "xl/_rels/workbook.xml.rels":
        return False
    raw = pkg.read_small("xl/_rels/workbook.xml.rels") or b""
    if any(b"\\" in m for m in _TARGET_ATTR.findall(raw)):
        return False
    for rel in rels:
        if rel.external:
            continue
        actual = pkg.actual(rel.part)
        if actual is not None and actual != rel.part:  # another case, or backslashes
            return False
        if rel.type == "sharedStrings" and rel.part != "xl/sharedStrings.xml":
            return False
    return True


def standard_form(path: Path) -> Path | io.BytesIO:
    """``path`` if the package is in Excel's layout, else an in-memory copy in that layout.

    Call after the container checks (``tabular``): sizes and ratios are known to be sane.
    """
    name = path.name
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(f"{name} är skadad och går inte att öppna som Excel-fil ({exc}).") from exc
    with z:
        pkg = Package(z, name)
        found = pkg.workbook()
        if found is None:
            raise UserError(f"{name} är en zip-fil men ingen Excel-arbetsbok.")
        workbook, _kind = found
        rels = pkg.rels(workbook)
        if _standard(pkg, workbook, rels):
            return path
        return _rewrite(pkg, workbook, rels)


def _rewrite(pkg: Package, workbook: str, rels: list[Rel]) -> io.BytesIO:
    out = io.BytesIO()
    new_rels = []
    overrides = [("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
    counters: dict[str, int] = {}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:

        def copy(part: str, new: str) -> bool:
            actual = pkg.actual(part)
            if actual is None:
                return False
            with zout.open(new, "w") as dst:
                for chunk in xlsx_guard._chunks(pkg.z, actual, pkg.name):
                    dst.write(chunk)
            return True

        copy(workbook, "xl/workbook.xml")
        types = pkg.content_types()
        for rel in rels:
            if rel.external:
                continue
            if rel.type in _SHEET_KINDS:
                counters[rel.type] = counters.get(rel.type, 0) + 1
                new = f"xl/{_SHEET_KINDS[rel.type]}/sheet{counters[rel.type]}.xml"
            elif rel.type == "sharedStrings":
                new = "xl/sharedStrings.xml"
            elif rel.type == "styles":
                new = "xl/styles.xml"
            else:
                continue  # themes, calculation chains, links: no reader needs them for the cells
            if copy(rel.part, new):
                new_rels.append((rel.id, rel.type, new[len("xl/") :]))
                overrides.append((new, types.get(rel.part) or _DEFAULT_TYPES[rel.type]))
        zout.writestr("xl/_rels/workbook.xml.rels", _rels_xml(new_rels))
        zout.writestr("_rels/.rels", _rels_xml([("rId1", "officeDocument", "xl/workbook.xml")]))
        zout.writestr("[Content_Types].xml", _types_xml(overrides))
    out.seek(0)
    return out


_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _rels_xml(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{_attr(i)}" Type="{_OFFICE_REL}{_attr(t)}" Target="{_attr(target)}"/>'
        for i, t, target in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'
    )


def _types_xml(overrides: list[tuple[str, str]]) -> str:
    body = "".join(f'<Override PartName="/{_attr(part)}" ContentType="{_attr(t)}"/>' for part, t in overrides if t)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>'
    )


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
