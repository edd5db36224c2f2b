"""Plain text boxes that read right to left in the Arabic window.

A ``QPlainTextEdit`` aligns every line on the left whatever the window's direction: in the
Arabic window a narrative typed in Arabic then starts at the box's far edge, away from its
label. Right to left, the box's lines now start on the right; each paragraph keeps the
direction of its own text (an English sentence pasted in keeps its full stop at its end).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit


def follow_direction(edit: QPlainTextEdit) -> None:
    """Align ``edit``'s lines on the side its layout direction (the window's) starts from."""
    document = edit.document()
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # each paragraph its own
    if edit.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    document.setDefaultTextOption(option)
