"""Guard against a Qt binding that loses references to None.

PySide6 6.12.0 drops a reference to ``None`` each time a Qt value converts to or from Python
``None`` (every empty ``data()`` role a view asks for). On Python 3.11, where ``None`` is not
immortal, the interpreter then aborts ("deallocating None") after a few thousand calls. 6.11.3 is
pinned; this test fails if an upgrade brings the leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


class _Proxy(QSortFilterProxyModel):
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return True


def test_none_keeps_its_references(qapp: object) -> None:
    model = QStandardItemModel()
    item = QStandardItem("x")
    model.appendRow(item)
    proxy = _Proxy()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(2000):
        model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        item.setData(None, Qt.ItemDataRole.UserRole + 2)
        proxy.invalidate()
    assert sys.getrefcount(None) - before > -50
