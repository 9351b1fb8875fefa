"""Draw Comptoir's application icon and write it in every format the installers need (offscreen).

    python tools/make_icons.py [--out resources/icons]

The icon is a shop's striped awning over a speech bubble (a shop that talks to its clients) on a teal tile.
It is drawn with QPainter at each size — small sizes get thicker shapes and fewer stripes so that they stay
readable — and written as:

- ``comptoir-<N>.png`` for N in 16…256 and ``comptoir.png`` (512): the window and tray icon
  (``desktop/ui/app_icon.py``), the Linux ``.desktop`` entry and the AppImage;
- ``comptoir.ico`` (16…256, PNG-compressed entries, as Windows Vista and later read them): the Windows
  executable and the Inno Setup installer;
- ``comptoir.icns`` (16…1024 including the @2x variants): the macOS ``.app``.

Both containers are written here (they are a header and a table of PNG images); no image library is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"

#: The sizes written as separate PNG files (the largest is ``comptoir.png``).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
MAIN_SIZE = 512
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, and the pixel size of each (Apple's ``IconFamily`` types).
ICNS_TYPES: Mapping[bytes, int] = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,  # 512@2x
    b"ic11": 32,  # 16@2x
    b"ic12": 64,  # 32@2x
    b"ic13": 256,  # 128@2x
    b"ic14": 512,  # 256@2x
}

TEAL_TOP = "#1f9d94"
TEAL_BOTTOM = "#0e5f6e"
AWNING = "#f2665a"
RAIL = "#c8463d"
CREAM = "#fff3e6"
WHITE = "#ffffff"


def render(size: int) -> bytes:
    """The icon at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QImage,
        QImageWriter,
        QLinearGradient,
        QPainter,
        QPainterPath,
    )

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 1024, size / 1024)  # drawn on a 1024 grid
    small = size <= 32
    margin = 40 if small else 72

    # The tile: a rounded square with a light-to-deep teal gradient.
    tile = QRectF(margin, margin, 1024 - 2 * margin, 1024 - 2 * margin)
    gradient = QLinearGradient(QPointF(0, margin), QPointF(0, 1024 - margin))
    gradient.setColorAt(0, QColor(TEAL_TOP))
    gradient.setColorAt(1, QColor(TEAL_BOTTOM))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(tile, 200, 200)

    # The awning: coral and cream stripes ending in scallops, under a darker rail.
    stripes = 3 if small else 5
    awning_left, awning_right = (130, 894) if small else (170, 854)
    awning_top, awning_bottom = (150, 330) if small else (180, 330)
    width = (awning_right - awning_left) / stripes
    for index in range(stripes):
        x = awning_left + index * width
        stripe = QPainterPath()
        stripe.moveTo(x, awning_top)
        stripe.lineTo(x + width, awning_top)
        stripe.lineTo(x + width, awning_bottom)
        stripe.arcTo(QRectF(x, awning_bottom - width / 2, width, width), 0, -180)
        stripe.closeSubpath()
        painter.setBrush(QColor(AWNING if index % 2 == 0 else CREAM))
        painter.drawPath(stripe)
    painter.setBrush(QColor(RAIL))
    rail = 56 if small else 40
    painter.drawRoundedRect(
        QRectF(awning_left - 16, awning_top - rail / 2, awning_right - awning_left + 32, rail), 20, 20
    )

    # The speech bubble under it, like the shop's window: white, with a tail at the bottom left.
    left, right = (170, 854) if small else (212, 812)
    top, bottom = (awning_bottom + width / 2 + (40 if small else 50)), (820 if small else 790)
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(left, top, right - left, bottom - top), 90, 90)
    tail = QPainterPath()
    tail.moveTo(left + 80, bottom - 40)
    tail.lineTo(left + 30, bottom + 120)
    tail.lineTo(left + 240, bottom - 20)
    tail.closeSubpath()
    painter.setBrush(QColor(WHITE))
    painter.drawPath(bubble.united(tail))

    # Three dots in the bubble: someone is writing.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(TEAL_BOTTOM))
    radius = 62 if small else 46
    centre_y = (top + bottom) / 2
    spacing = 180 if small else 150
    for offset in (-spacing, 0, spacing):
        painter.drawEllipse(QPointF(512 + offset, centre_y), radius, radius)
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows ``.ico`` holding one PNG per size (ICONDIR, then one ICONDIRENTRY per image, then data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in a one-byte field
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS ``.icns``: the ``icns`` magic and total length, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all(out: Path) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    sizes = sorted({*PNG_SIZES, MAIN_SIZE, *ICO_SIZES, *ICNS_TYPES.values()})
    pngs = {size: render(size) for size in sizes}
    out.mkdir(parents=True, exist_ok=True)
    files = {out / f"comptoir-{size}.png": pngs[size] for size in PNG_SIZES}
    files[out / "comptoir.png"] = pngs[MAIN_SIZE]
    files[out / "comptoir.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[out / "comptoir.icns"] = icns_bytes(pngs)
    for path, data in files.items():
        path.write_bytes(data)
    return list(files)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write to (default: resources/icons)")
    args = parser.parse_args()
    for path in write_all(args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
