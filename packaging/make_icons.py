"""Draw resources/placeboard.png (256 px) and placeboard.ico (16 to 256 px) from the SVG.

Run after editing resources/placeboard.svg:  .venv/bin/python packaging/make_icons.py
(Qt draws the SVG; Pillow, which reportlab already brings, writes the .ico.)
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv)
    svg = RESOURCES / "placeboard.svg"
    render(svg, 256).save(RESOURCES / "placeboard.png", optimize=True)
    images = {size: render(svg, size) for size in ICO_SIZES}
    images[256].save(
        RESOURCES / "placeboard.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES[:-1]],
    )
    print(f"Wrote {RESOURCES / 'placeboard.png'} and {RESOURCES / 'placeboard.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
