"""The application icon: the committed files are what tools/make_icons.py draws, in containers that Qt's own
.ico and .icns readers (the formats Windows and macOS use) open at every size."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from tools import make_icons

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _read_all(path: Path, fmt: bytes) -> list[QSize]:
    reader = QImageReader(str(path), QByteArray(fmt))
    assert reader.canRead(), reader.errorString()
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.size())
    return sizes


def test_each_png_has_the_size_in_its_name(qapp: QApplication) -> None:
    for size in make_icons.PNG_SIZES:
        assert _png_size((ICONS / f"comptoir-{size}.png").read_bytes()) == (size, size)
    assert _png_size((ICONS / "comptoir.png").read_bytes()) == (make_icons.MAIN_SIZE,) * 2


def test_the_windows_icon_holds_every_size_qt_can_read(qapp: QApplication) -> None:
    sizes = _read_all(ICONS / "comptoir.ico", b"ico")
    assert sorted(s.width() for s in sizes) == sorted(make_icons.ICO_SIZES)
    assert all(s.width() == s.height() for s in sizes)


def test_the_macos_icon_holds_every_size_and_retina_variant(qapp: QApplication) -> None:
    data = (ICONS / "comptoir.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        found[kind] = _png_size(data[offset + 8 : offset + length])
        offset += length
    assert found == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES.items()}
    assert max(s.width() for s in _read_all(ICONS / "comptoir.icns", b"icns")) == 1024


def test_the_committed_icons_are_what_the_script_draws(qapp: QApplication, tmp_path: Path) -> None:
    """Edit tools/make_icons.py, then run it: the files in resources/icons must follow."""
    written = make_icons.write_all(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in ICONS.iterdir())
    for path in written:
        fresh, committed = QImage(str(path)), QImage(str(ICONS / path.name))
        if path.suffix == ".png":
            assert fresh.size() == committed.size(), path.name
            assert _difference(fresh, committed) < 0.01, path.name  # antialiasing may differ by Qt version


def _difference(first: QImage, second: QImage) -> float:
    """Mean absolute difference of the ARGB channels, 0 (same) to 1."""
    a = first.convertToFormat(QImage.Format.Format_ARGB32)
    b = second.convertToFormat(QImage.Format.Format_ARGB32)
    total = sum(abs(x - y) for x, y in zip(_bytes(a), _bytes(b), strict=True))
    return total / (255 * a.width() * a.height() * 4)


def _bytes(image: QImage) -> bytes:
    return bytes(image.constBits())


@pytest.mark.parametrize("sizes", [(16,), (16, 256), (16, 32, 48, 256)])
def test_the_ico_writer_points_each_entry_at_its_image(qapp: QApplication, sizes: tuple[int, ...]) -> None:
    pngs = {size: make_icons.render(size) for size in sizes}
    data = make_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(sizes))
    for index, size in enumerate(sorted(sizes)):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert (planes, bits) == (1, 32)
        assert data[offset : offset + length] == pngs[size]
