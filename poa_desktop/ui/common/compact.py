"""Long texts must not widen a window: labels may be narrower than their text, combos compact.

A translation or a long name then elides or wraps inside the space the layout gives, instead of
pushing the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy


def let_shrink(*labels: QLabel) -> None:
    """The layout may give these labels less width than their text asks for."""
    for label in labels:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


def keep_compact(*combos: QComboBox, characters: int = 8) -> None:
    """These combos ask for room for ``characters`` characters, not for their longest item."""
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
