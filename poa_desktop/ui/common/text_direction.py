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


def path_text(path: object) -> str:
    """A path as shown in a list or a line of text: isolated left to right (U+2066…U+2069), so
    that in the Arabic window "/tmp/reports" does not read "tmp/reports/"."""
    return f"\u2066{path}\u2069"
