"""Plain text boxes that read right to left in the Arabic window.

A ``QPlainTextEdit`` aligns every line on the left whatever the window's direction: in the
Arabic window a narrative typed in Arabic then starts at the box's far edge, away from its
label. The box is given the window's direction and, right to left, its lines' start on the right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit


def follow_direction(edit: QPlainTextEdit) -> None:
    """Lay ``edit``'s lines out in its own layout direction (the window's, unless set)."""
    document = edit.document()
    option = document.defaultTextOption()
    direction = edit.layoutDirection()
    option.setTextDirection(direction)
    if direction == Qt.LayoutDirection.RightToLeft:
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    document.setDefaultTextOption(option)
