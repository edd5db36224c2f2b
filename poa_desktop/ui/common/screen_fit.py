"""The main window kept within the screen it opens on.

The window is designed at 1280×760. On a 1366×768 office screen, at 1280×720, or at 1920×1080
with 150 % scaling (1280×720 logical pixels), that size runs past the screen's bottom edge and
hides the Previous / Next bar, the save indicator and the progress in the status bar. A restored
size from a larger screen does the same. So before the window is shown its size is bounded by the
screen's available area (without the task bar), less what the window manager adds around it, and
a first start on a screen too small for the designed size opens maximised.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DESIGNED = QSize(1280, 760)
# The title bar and borders a window manager adds; Qt only knows them once the window is shown.
FRAME_ALLOWANCE = QSize(16, 40)


def room_on_screen(window: QWidget) -> tuple[QPoint, QSize] | None:
    """Where the window's client area can go: the available area's corner and size."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    area = screen.availableGeometry()
    room = QSize(
        max(area.width() - FRAME_ALLOWANCE.width(), 320),
        max(area.height() - FRAME_ALLOWANCE.height(), 240),
    )
    return area.topLeft(), room


def fit_to_screen(window: QWidget, *, restored: bool) -> None:
    """Bound the window (not yet shown) to its screen; maximise a first start on a small screen.

    ``restored``: the geometry came from the last session (kept as it was if it still fits).
    """
    found = room_on_screen(window)
    if found is None or window.isMaximized() or window.isFullScreen():
        return
    corner, room = found
    too_small = DESIGNED.width() > room.width() or DESIGNED.height() > room.height()
    size = window.size().boundedTo(room)
    if size != window.size():
        window.resize(size)
    if not restored and too_small:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    position = window.pos()
    right = corner.x() + room.width() - size.width()
    bottom = corner.y() + room.height() - size.height()
    moved = QPoint(
        min(max(position.x(), corner.x()), right), min(max(position.y(), corner.y()), bottom)
    )
    if moved != position:
        window.move(moved)
