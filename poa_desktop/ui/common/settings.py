"""Window geometry, splitter sizes, the last commitment visited and the last import, kept.

An INI file in the user's config folder (or ``$POA_DESKTOP_CONFIG``, which tests point at a
temporary folder) rather than the registry, so a portable install and the tests stay self-contained.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from poa_desktop.paths import config_dir, create_private_file, make_private_folder


def settings_path() -> Path:
    return config_dir() / "poa-desktop.ini"


class AppSettings:
    """Typed access to the few things remembered between sessions."""

    def __init__(self) -> None:
        path = settings_path()
        make_private_folder(path.parent)
        # QSettings keeps an existing file's mode when it rewrites it: create it private first.
        with contextlib.suppress(OSError):  # unwritable: Qt says so when it syncs
            create_private_file(path)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @staticmethod
    def _db_key(db_path: Path) -> str:
        return hashlib.sha1(str(db_path.resolve()).encode(), usedforsecurity=False).hexdigest()[:12]

    def geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def splitter(self) -> QByteArray | None:
        value = self._qsettings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def restore_window(self, window: QWidget, splitter: QSplitter) -> bool:
        """Put the window and its splitter back as :meth:`save_window` kept them, if it did.

        Returns whether there was a window geometry to restore."""
        geometry = self.geometry()
        restored = geometry is not None and window.restoreGeometry(geometry)
        state = self.splitter()
        if state is not None:
            splitter.restoreState(state)
        return restored

    def save_window(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", geometry)
        self._qsettings.setValue("window/splitter", splitter)

    def last_commitment(self, db_path: Path) -> str | None:
        value = self._qsettings.value(f"last/{self._db_key(db_path)}")
        return str(value) if value else None

    def set_last_commitment(self, db_path: Path, commitment_id: str) -> None:
        self._qsettings.setValue(f"last/{self._db_key(db_path)}", commitment_id)

    def interface_language(self) -> str:
        """The language chosen in the Language menu ("" = as the system)."""
        value = self._qsettings.value("ui/language")
        return str(value) if value else ""

    def set_interface_language(self, code: str) -> None:
        self._qsettings.setValue("ui/language", code)

    def last_import_file(self) -> str:
        """The workbook imported last (the import dialog offers it again)."""
        value = self._qsettings.value("import/last_file")
        return str(value) if value else ""

    def import_mapping(self, workbook: Path) -> str:
        """The sheets and columns chosen last time for this workbook (mapping JSON), or ""."""
        value = self._qsettings.value(f"import/mapping/{self._db_key(workbook)}")
        return str(value) if value else ""

    def set_last_import(self, workbook: Path, mapping_json: str) -> None:
        self._qsettings.setValue("import/last_file", str(workbook))
        self._qsettings.setValue(f"import/mapping/{self._db_key(workbook)}", mapping_json)

    def sync(self) -> None:
        self._qsettings.sync()
