"""Render the application icon for every platform from its one SVG source.

    .venv/bin/python packaging/icons/make_icons.py

Reads ``hyrdesk/resources/icons/hyrdesk.svg`` (the app also uses it at run
time for its window icon) and writes, next to this script:

- ``png/hyrdesk-<N>.png`` for the Linux icon theme and the installers,
- ``hyrdesk.ico`` (Windows: 16–256 px, PNG-compressed entries, Vista and later),
- ``hyrdesk.icns`` (macOS: 16–1024 px, PNG-encoded entries),
- ``SOURCE.sha256``: the SVGs' checksums, so a test notices an icon that was
  changed without regenerating the sizes.

16 and 24 px come from ``hyrdesk-small.svg``, the same motif on a pixel grid.

Rendering uses Qt's own SVG renderer, offscreen, so no extra dependency is
needed (Pillow or icnsutil would only repeat what Qt and ~40 lines of
``struct`` already do). The outputs are committed: building a package does
not render anything.
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parents[1] / "hyrdesk" / "resources" / "icons" / "hyrdesk.svg"
# Hand-simplified art for the sizes where the full drawing turns to mush.
SMALL_SVG = HERE / "hyrdesk-small.svg"
SMALL_SIZES = (16, 24)

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that carry PNG data (what iconutil writes for an iconset).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container (ICONDIR + ICONDIRENTRY per size) holding PNG images."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container: 'icns' + total length, then (type, length, PNG) per entry."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def checksums() -> str:
    """The contents of SOURCE.sha256 for the SVGs as they are now."""
    return "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in (SVG, SMALL_SVG))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it
    pngs = {size: render_png(SMALL_SVG if size in SMALL_SIZES else SVG, size) for size in PNG_SIZES}
    out = HERE / "png"
    out.mkdir(exist_ok=True)
    for size, data in pngs.items():
        (out / f"hyrdesk-{size}.png").write_bytes(data)
    (HERE / "hyrdesk.ico").write_bytes(ico_bytes(pngs))
    (HERE / "hyrdesk.icns").write_bytes(icns_bytes(pngs))
    (HERE / "SOURCE.sha256").write_text(checksums(), encoding="ascii")
    print(f"wrote {len(pngs)} PNGs, hyrdesk.ico and hyrdesk.icns from {SVG.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
