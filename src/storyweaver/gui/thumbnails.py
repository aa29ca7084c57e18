"""Thumbnails and avatars decoded from the project's blobs on first paint, then cached.

Decoding reads only what the card needs (QImageReader scales while decoding), so a
screen of cards costs a few milliseconds, and QPixmapCache bounds the memory used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QImage, QImageReader, QPainter, QPixmap, QPixmapCache, QTransform

BlobReader = Callable[[str], "tuple[bytes, str] | None"]

QPixmapCache.setCacheLimit(64 * 1024)  # KiB: thousands of card-sized thumbnails


# The first bytes of the formats pictures come in: named, Qt loads that reader alone. Else
# it loads every image plugin it has (SVG, PDF, TIFF, WebP...) to ask each whether it reads
# the data: a tenth of the cold start's paint, and the SVG library for nothing.
SIGNATURES = ((b"\xff\xd8\xff", b"jpeg"), (b"\x89PNG\r\n\x1a\n", b"png"), (b"GIF87a", b"gif"), (b"GIF89a", b"gif"))


def image_format(data: bytes) -> bytes:
    """Qt's name for the format ``data`` is in; empty (Qt asks its plugins) when not one of these."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return b"webp"
    return next((name for signature, name in SIGNATURES if data.startswith(signature)), b"")


class Thumbnails:
    def __init__(self, read_blob: BlobReader) -> None:
        self._read_blob = read_blob
        self._missing: set[str] = set()
        self.decoded = 0

    def pixmap(self, sha256: str | None, size: QSize) -> QPixmap | None:
        """The image ``sha256`` scaled to cover ``size``, or None when there is none to show."""
        if not sha256 or sha256 in self._missing or size.isEmpty():
            return None
        key = f"{sha256}:{size.width()}x{size.height()}"
        cached: QPixmap | None = QPixmapCache.find(key)  # type: ignore[call-overload]  # find(str) is in Qt
        if cached is not None and not cached.isNull():
            return cached
        blob = self._read_blob(sha256)
        if blob is None or not blob[1].startswith("image/") or blob[1] == "image/svg+xml":
            self._missing.add(sha256)
            return None
        data = QByteArray(blob[0])
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, image_format(blob[0]))
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid() and not original.isEmpty():
            reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
        image = reader.read()
        if image.isNull():
            self._missing.add(sha256)
            return None
        self.decoded += 1
        pixmap = QPixmap.fromImage(image)
        QPixmapCache.insert(key, pixmap)
        return pixmap

    def cut(self, sha256: str | None, size: QSize, radius: float) -> QPixmap | None:
        """The image ``sha256`` cropped to ``size`` (its centre) with corners of ``radius``
        (half the size: a circle), transparent outside, ready to draw without clipping.

        A card drew its thumbnail through a rounded clip path: 0.1-0.6 ms a picture on each
        paint (a tenth of the first paint); cut once, it is a plain copy."""
        if size.isEmpty():
            return None
        key = f"{sha256}:{size.width()}x{size.height()}:r{radius:g}"
        cached: QPixmap | None = QPixmapCache.find(key)  # type: ignore[call-overload]  # find(str) is in Qt
        if cached is not None and not cached.isNull():
            return cached
        pixmap = self.pixmap(sha256, size)
        if pixmap is None:
            return None
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        brush = QBrush(pixmap)  # the picture's centre under the shape
        brush.setTransform(QTransform.fromTranslate(-(pixmap.width() - size.width()) / 2,
                                                    -(pixmap.height() - size.height()) / 2))
        painter.setBrush(brush)
        painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height()), radius, radius)
        painter.end()
        cut = QPixmap.fromImage(image)
        QPixmapCache.insert(key, cut)
        return cut
