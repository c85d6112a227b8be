"""What a file that is not a readable xlsx is, told by its content, and how to save it as .xlsx.

hyrdesk reads .xlsx (and CSV). Every other spreadsheet kind gets a message
that names it and says how to save it as .xlsx: Excel's old format (.xls), a
password-protected workbook (an OLE container holding ``EncryptedPackage``),
a binary workbook (.xlsb, with or without macros), a workbook with macros
(.xlsm), an OpenDocument spreadsheet (.ods), a Numbers file; and a Word or
PowerPoint file picked by mistake. The content decides, the file name only
when the content says nothing (a damaged file).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from hyrdesk.errors import UserError
from hyrdesk.files.xlsx_package import Package

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_SCAN = 8 << 20  # an OLE directory sits near the start or the end of a small file

SAVE_AS = (
    "Öppna den i Excel, välj Arkiv > Spara som och filformatet Excel-arbetsbok (*.xlsx), "
    "och läs sedan in den nya filen."
)


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole_streams(path: Path) -> set[str]:
    """Which well-known stream names an OLE compound file holds (a byte search of its directory)."""
    wanted = ("EncryptedPackage", "EncryptionInfo", "Workbook", "Book", "WordDocument", "PowerPoint Document")
    found: set[str] = set()
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(_SCAN)
        tail = b""
        if size > _SCAN:
            f.seek(max(size - _SCAN, _SCAN))
            tail = f.read(_SCAN)
    for data in (head, tail):
        for name in wanted:
            if _utf16(name) + b"\0\0" in data:
                found.add(name)
    return found


def refuse_ole(path: Path) -> UserError:
    """The message for an OLE compound file: encrypted, .xls, or another Office document."""
    name, suffix = path.name, path.suffix.lower()
    streams = _ole_streams(path)
    if {"EncryptedPackage", "EncryptionInfo"} & streams:
        return UserError(
            f"{name} är lösenordsskyddad (krypterad), så hyrdesk kan inte läsa den. Öppna den i Excel med "
            "lösenordet, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm fältet) "
            "och spara den som Excel-arbetsbok (*.xlsx); läs sedan in den nya filen."
        )
    if {"Workbook", "Book"} & streams or (suffix not in (".xlsx", ".xlsb", ".xlsm") and not streams):
        return UserError(f"{name} är i Excels gamla format (.xls), som hyrdesk inte läser. {SAVE_AS}")
    if "WordDocument" in streams:
        return UserError(f"{name} är ett Word-dokument, inte ett kalkylark. Välj kalkylarket (.xlsx) i stället.")
    if "PowerPoint Document" in streams:
        return UserError(
            f"{name} är en PowerPoint-presentation, inte ett kalkylark. Välj kalkylarket (.xlsx) i stället."
        )
    return UserError(
        f"{name} är lösenordsskyddad (krypterad) eller en gammal .xls-fil. Ta bort lösenordet, eller spara som "
        ".xlsx, i Excel och försök igen."
    )


def by_suffix(name: str, suffix: str) -> UserError | None:
    if suffix in (".xlsm", ".xltm"):
        return UserError(f"{name} är en Excel-arbetsbok med makron ({suffix}), som hyrdesk inte läser. {SAVE_AS}")
    if suffix == ".xlsb":
        return UserError(f"{name} är en binär Excel-arbetsbok (.xlsb), som hyrdesk inte läser. {SAVE_AS}")
    if suffix in (".ods", ".ots"):
        return _ods(name)
    return None


def _ods(name: str) -> UserError:
    return UserError(
        f"{name} är ett OpenDocument-kalkylark (.ods, från LibreOffice eller OpenOffice), som hyrdesk inte läser. "
        "Öppna den i LibreOffice Calc och välj Arkiv > Spara som och filtypen Excel 2007–365 (.xlsx), "
        "eller öppna den i Excel och spara den som Excel-arbetsbok (*.xlsx); läs sedan in den nya filen."
    )


def refuse_zip(path: Path) -> UserError | None:
    """The message for a zip that is not a readable xlsx, or None when it is one."""
    name, suffix = path.name, path.suffix.lower()
    try:
        with zipfile.ZipFile(path) as z:
            pkg = Package(z, name)
            names = {n.lower() for n in pkg.names()}
            if "mimetype" in names:
                mimetype = (pkg.read_small("mimetype") or b"").decode("ascii", "replace").strip()
                if "opendocument.spreadsheet" in mimetype:
                    return _ods(name)
                if "opendocument" in mimetype:
                    return UserError(
                        f"{name} är ett OpenDocument-dokument, inte ett kalkylark. Välj kalkylarket i stället."
                    )
            found = pkg.workbook()
            macros = pkg.has_macros()
            if found is None:
                if "word/document.xml" in names:
                    return UserError(
                        f"{name} är ett Word-dokument, inte ett kalkylark. Välj kalkylarket (.xlsx) i stället."
                    )
                if "ppt/presentation.xml" in names:
                    return UserError(f"{name} är en PowerPoint-presentation, inte ett kalkylark.")
                if any(n.startswith("index/") and n.endswith(".iwa") for n in names):
                    return UserError(
                        f"{name} är ett Numbers-kalkylark (Apple). Välj Arkiv > Exportera till > Excel i Numbers, "
                        "och läs sedan in den nya filen."
                    )
                return by_suffix(name, suffix) or UserError(f"{name} är en zip-fil men ingen Excel-arbetsbok.")
    except zipfile.BadZipFile:
        return by_suffix(name, suffix)  # the container checks report the damage itself
    _part, kind = found
    if kind == "xlsb":
        if macros:
            return UserError(
                f"{name} är en binär Excel-arbetsbok (.xlsb) med makron, som hyrdesk inte läser. {SAVE_AS}"
            )
        return UserError(f"{name} är en binär Excel-arbetsbok (.xlsb), som hyrdesk inte läser. {SAVE_AS}")
    if kind in ("xlsm", "xltm"):
        return UserError(
            f"{name} är en Excel-arbetsbok med makron (.{kind}). hyrdesk kör aldrig makron och läser inte "
            f"sådana filer. {SAVE_AS} Makrona följer inte med."
        )
    if macros:
        return UserError(
            f"{name} innehåller makron. hyrdesk kör aldrig makron och läser inte sådana filer. "
            f"{SAVE_AS} Makrona följer inte med."
        )
    return None  # an xlsx, whatever its name says
