"""Render the application icon's PNGs and Windows .ico from resources/icons/poa-desktop.svg.

Run after editing the SVG, then commit the results:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Qt's SVG renderer (PySide6.QtSvg, part of PySide6-Essentials) draws each size from the vector
source. The .ico holds every size the Windows shell asks for; it is written by hand because Qt's
ICO writer stores a single image. Entries below 256 px are classic 32-bit DIBs (read by every
Windows tool, Inno Setup and PyInstaller included), the 256 px entry is PNG-compressed as Windows
expects. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "poa-desktop.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, straight (not premultiplied) ARGB."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An ICO image entry in the classic form: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    stride = image.bytesPerLine()
    bits = bytes(image.constBits())  # Format_ARGB32 is B, G, R, A in memory on little-endian
    rows = [bits[y * stride : y * stride + size * 4] for y in range(size)]
    if sys.byteorder != "little":  # pragma: no cover - every platform Qt ships on is little-endian
        raise RuntimeError("big-endian hosts are not supported")
    mask_row = bytes(((size + 31) // 32) * 4)  # transparency comes from the alpha channel
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = []
    for size, image in sorted(images.items()):
        entries.append((size, png_bytes(image) if size >= 256 else dib_bytes(image)))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    payload = b""
    for size, data in entries:
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return out + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        target = ICONS / f"poa-desktop-{size}.png"
        target.write_bytes(png_bytes(images[size]))
        print(target.relative_to(ICONS.parent.parent))
    ico = ICONS / "poa-desktop.ico"
    ico.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    print(ico.relative_to(ICONS.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
