"""Render the app icon set from the SVGs beside this script.

Run it after changing either SVG, with the dev environment (PySide6 is all it needs; no Pillow)::

    python resources/icons/make_icons.py

It renders offscreen, so it works without a display (CI, SSH). It writes next to itself, or into
the folder given as the only argument (to compare a fresh render with the committed one):

- ``png/caregiver-companion-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512
- ``caregiver-companion.ico`` (Windows: 16 to 256 px in one file)
- ``caregiver-companion.icns`` (macOS: 16 to 1024 px in one file)

16 and 24 px are drawn from ``caregiver-companion-small.svg``, where the arc is bold enough to stay
a line of its own; every other size comes from ``caregiver-companion.svg``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
NAME = "caregiver-companion"
SMALL_SIZES = (16, 24)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Each ICNS slot and the pixels it holds; an @2x (Retina) slot reuses the render of twice the size.
ICNS_SLOTS = {
    "icp4": 16,
    "icp5": 32,
    "ic11": 32,  # 16@2x
    "ic12": 64,  # 32@2x
    "ic07": 128,
    "ic13": 256,  # 128@2x
    "ic08": 256,
    "ic14": 512,  # 256@2x
    "ic09": 512,
    "ic10": 1024,  # 512@2x
}


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn into a ``size`` x ``size`` image, antialiased, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as a PNG file, compressed as hard as Qt can (PNG is lossless at any setting)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", quality=0):  # quality 0 = zlib level 9 for PNG
        raise RuntimeError("Qt could not encode a PNG")
    return data.data()


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico with one PNG-compressed image per size (read by Windows Vista and later).

    Qt's own ICO writer stores a single image per file, hence this container."""
    header = struct.pack("<3H", 0, 1, len(pngs))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(pngs)
    entries = []
    for size, png in pngs.items():
        side = size % 256  # the byte holds 1..255; 0 means 256
        # width, height, palette colours, reserved, colour planes, bits per pixel, length, offset
        entries.append(struct.pack("<4B2H2I", side, side, 0, 0, 1, 32, len(png), offset))
        offset += len(png)
    return header + b"".join(entries) + b"".join(pngs.values())


def icns_file(slots: dict[str, bytes]) -> bytes:
    """A macOS .icns with a PNG in each slot (read by macOS 10.8 and later).

    Qt's own ICNS writer stores a single image per file, hence this container."""
    blocks = b"".join(
        ostype.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
        for ostype, png in slots.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def source_svg(size: int) -> Path:
    """The drawing for an icon of ``size`` pixels."""
    return HERE / (f"{NAME}-small.svg" if size in SMALL_SIZES else f"{NAME}.svg")


def make_icons(out_dir: Path) -> list[Path]:
    """Writes the PNGs, the .ico and the .icns into ``out_dir``; returns the files written."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SLOTS.values()})
    pngs = {size: png_bytes(render(source_svg(size), size)) for size in sizes}
    written = []
    (out_dir / "png").mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        written.append(out_dir / "png" / f"{NAME}-{size}.png")
        written[-1].write_bytes(pngs[size])
    written.append(out_dir / f"{NAME}.ico")
    written[-1].write_bytes(ico_file({size: pngs[size] for size in ICO_SIZES}))
    written.append(out_dir / f"{NAME}.icns")
    written[-1].write_bytes(icns_file({ostype: pngs[size] for ostype, size in ICNS_SLOTS.items()}))
    return written


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is ever shown
    _app = QGuiApplication(sys.argv[:1])  # kept alive while painting: QPainter needs one
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in make_icons(out_dir):
        print(f"{path.stat().st_size:>8,} bytes  {path}")


if __name__ == "__main__":
    main()
