"""PyInstaller hook for PySide6.QtGui: the stock one, minus Qt plugins poa-desktop never loads.

Takes precedence over PyInstaller's own hook because packaging/poa-desktop.spec lists this folder
in ``hookspath``. Plugins are dropped here, before PyInstaller follows their library dependencies,
so what they alone would have pulled in (Qt's network module, the build machine's GTK stack) never
enters the bundle.
"""

from fnmatch import fnmatch

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNWANTED_PLUGINS = (
    # Link QtNetwork: a VNC server, a TUIO (UDP) touch listener, the on-screen keyboard.
    "*/platforms/*qvnc*",
    "*/generic/*",
    "*/platforminputcontexts/*virtualkeyboard*",
    # Embedded-device back ends (no window system).
    "*/platforms/*qeglfs*",
    "*/platforms/*qlinuxfb*",
    "*/platforms/*qminimalegl*",
    "*/platforms/*qvkkhrdisplay*",
    "*/egldeviceintegrations/*",
    # GTK theme: would bundle the build machine's GTK, cairo and pango next to the user's own.
    "*/platformthemes/*qgtk3*",
    # Image formats the app never reads (qpdf needs QtPdf, which PySide6-Essentials lacks).
    "*/imageformats/*qpdf*",
    "*/imageformats/*qtiff*",
    "*/imageformats/*qwebp*",
    "*/imageformats/*qwbmp*",
    "*/imageformats/*qtga*",
)


def _wanted(entry: tuple[str, str]) -> bool:
    source = entry[0].replace("\\", "/")
    return not any(fnmatch(source, pattern) for pattern in UNWANTED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _wanted(entry)]
