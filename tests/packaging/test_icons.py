"""The committed icon sizes are generated from the current SVGs and are well-formed containers."""

import struct

import make_icons

ICONS = make_icons.HERE


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icon_sizes_are_regenerated_after_the_svg_changes():
    # If this fails: .venv/bin/python packaging/icons/make_icons.py, and commit the result.
    assert (ICONS / "SOURCE.sha256").read_text("ascii") == make_icons.checksums()


def test_every_png_size_exists():
    for size in make_icons.PNG_SIZES:
        assert _png_size((ICONS / "png" / f"hyrdesk-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_every_windows_size():
    data = (ICONS / "hyrdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        png = data[offset : offset + length]
        assert _png_size(png) == (w or 256, h or 256)
        assert (planes, bits) == (1, 32)
        sizes.append(w or 256)
    assert sizes == list(make_icons.ICO_SIZES)


def test_icns_holds_every_macos_size():
    data = (ICONS / "hyrdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, pos = [], 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found.append((kind, _png_size(data[pos + 8 : pos + length])[0]))
        pos += length
    assert pos == len(data)
    assert found == list(make_icons.ICNS_TYPES)


def test_containers_round_trip():
    pngs = {s: (ICONS / "png" / f"hyrdesk-{s}.png").read_bytes() for s in make_icons.PNG_SIZES}
    assert make_icons.ico_bytes(pngs) == (ICONS / "hyrdesk.ico").read_bytes()
    assert make_icons.icns_bytes(pngs) == (ICONS / "hyrdesk.icns").read_bytes()
