"""Child process of the peak-memory benchmark: one task in a fresh interpreter, then its peak RSS.

python -m bench.memory_child window DB          start-up to the window, then Next through every
                                                measure
python -m bench.memory_child export DB FOLDER   PDF + Excel export of the assessment into FOLDER
python -m bench.memory_child import DB BOOK     preview and apply BOOK into a new cycle

The last line printed is JSON: ``{"peak_rss_mb": ..., ...}`` with what the task did, so the
parent can check the run did the whole job. The peak resident set size covers the interpreter,
every module imported and every allocation of this process, at its highest (see
:func:`peak_rss_mb`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def peak_rss_mb() -> float:
    """Peak resident set size of this process since it started, in MiB.

    On Linux this is ``VmHWM`` of ``/proc/self/status``, the high-water mark of this program's
    own memory. ``ru_maxrss`` is not used there: Linux carries the high-water mark of the memory
    a process had before ``exec`` into its ``ru_maxrss``, and a child started by ``subprocess``
    (vfork) had its parent's, so every child of a large benchmark process would report at least
    the parent's peak. Elsewhere ``ru_maxrss`` (KiB, bytes on macOS) is the best there is.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):  # "VmHWM:   131072 kB"
            return int(line.split()[1]) / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def window(db: Path) -> dict[str, object]:
    """Start like the app, show the window, then press Next until the last measure is shown."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from poa_desktop.services.workspace import open_workspace
    from poa_desktop.ui.app import _application, open_window
    from poa_desktop.ui.window.main_window import MainWindow

    app = _application()
    ws = open_workspace(db)
    main = open_window(ws)
    assert isinstance(main, MainWindow)
    main.resize(1366, 768)
    main.show()
    measures = [c.id for c in ws.catalog.measures]
    shown: list[str | None] = []

    def walk() -> None:
        main.go_to(measures[0])
        QCoreApplication.processEvents()
        shown.append(main.current_id)
        for _ in range(2 * len(ws.catalog)):  # a bound, should Next ever stop short
            if main.current_id == measures[-1]:
                break
            main.go_next()
            QCoreApplication.processEvents()  # layout and paint, as on screen
            shown.append(main.current_id)
        app.quit()

    QTimer.singleShot(0, walk)  # once the event loop has painted the window and is idle
    app.exec()
    ws.close()
    return {
        "measures_shown": len(set(shown) & set(measures)),
        "measures": len(measures),
        "moves": len(shown) - 1,
    }


def export(db: Path, folder: Path) -> dict[str, object]:
    """The window's export: a snapshot of the assessment, then the PDF and the Excel file."""
    from poa_desktop.services.reporting.export import write_report_files
    from poa_desktop.services.reporting.report_data import build_report_data
    from poa_desktop.services.workspace import open_workspace

    with open_workspace(db) as ws:
        data = build_report_data(ws)
    pdf, xlsx = folder / "report.pdf", folder / "report.xlsx"
    write_report_files(data, pdf=pdf, xlsx=xlsx)
    return {"pdf_bytes": pdf.stat().st_size, "xlsx_bytes": xlsx.stat().st_size}


def import_book(db: Path, book: Path) -> dict[str, object]:
    """Preview and apply a workbook into a new cycle (the backup the import takes included)."""
    from poa_desktop.services.assessments.assessments import create_assessment, find_assessment
    from poa_desktop.services.reporting.imports import apply_import, preview_import
    from poa_desktop.services.workspace import open_workspace

    with open_workspace(db) as ws:
        current = find_assessment(ws)
        info = create_assessment(
            ws, state=current.state, iso_code=current.iso_code, cycle="memory benchmark"
        )
        result = apply_import(ws, preview_import(ws, book, assessment=info), author="bench")
    return {"answers": result.answers, "fields": result.fields}


def main(argv: list[str]) -> int:
    task, *paths = argv
    if task == "window" and len(paths) == 1:
        facts = window(Path(paths[0]))
    elif task == "export" and len(paths) == 2:
        facts = export(Path(paths[0]), Path(paths[1]))
    elif task == "import" and len(paths) == 2:
        facts = import_book(Path(paths[0]), Path(paths[1]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps({"peak_rss_mb": round(peak_rss_mb(), 1), **facts}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
