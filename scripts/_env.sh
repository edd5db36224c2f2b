# Shared set-up for scripts/run and scripts/test: system libraries, then a virtual environment
# with the pinned versions of requirements/constraints.txt. Sourced, not run.
# Re-installs only when pyproject.toml or the constraints change (a stamp file records their hash).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${POA_VENV:-$ROOT/.venv}"
EXTRAS="${1:-}"

# Debian/Ubuntu libraries Qt needs even offscreen, and poppler-utils for rendering PDF pages in tests.
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils desktop-file-utils)
# The X11 libraries Qt's xcb platform plugin links to: without them scripts/run cannot open the
# window on a real display ("Could not load the Qt platform plugin 'xcb'"), which the offscreen
# tests never see. tests/test_system_packages.py checks this list against the plugin's links.
XCB_PACKAGES=(libxcb1 libxcb-render0 libxcb-shm0 libxcb-util1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
SYSTEM_PACKAGES+=("${XCB_PACKAGES[@]}")
# scripts/bundle adds the X11 libraries Qt's xcb plugin links to, so the bundle carries them.
read -r -a EXTRA_PACKAGES <<<"${POA_EXTRA_PACKAGES:-}"
SYSTEM_PACKAGES+=("${EXTRA_PACKAGES[@]}")

ensure_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: see README
    local missing=()
    for p in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing system packages: ${missing[*]}" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Missing system packages: ${missing[*]}" >&2
        echo "Install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
}

find_python() {
    for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
        [[ -n $candidate ]] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    echo "poa-desktop needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
    exit 1
}

ensure_venv() {
    local py stamp want
    py="$(find_python)"
    if [[ ! -x $VENV/bin/python ]]; then
        echo "Creating virtual environment in $VENV" >&2
        "$py" -m venv "$VENV"
    fi
    stamp="$VENV/.poa-installed"
    want="$(cat "$ROOT/pyproject.toml" "$ROOT/requirements/constraints.txt" | sha256sum | cut -c1-16)-${EXTRAS:-base}"
    if [[ ! -f $stamp ]] || ! grep -qx -- "$want" "$stamp"; then
        echo "Installing pinned dependencies into $VENV" >&2
        local target="$ROOT"
        [[ -n $EXTRAS ]] && target="$ROOT[$EXTRAS]"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
            -c "$ROOT/requirements/constraints.txt" -e "$target" 2>&1 |
            { grep -v "^WARNING: Location 'file:" || true; } >&2
        echo "$want" >"$stamp"
    fi
}

# Bytecode for the app's own modules, written now rather than at each start: pip compiles what it
# installs from wheels, but the app is installed editable (its modules are read from the source
# tree), and a Python told not to write bytecode (PYTHONDONTWRITEBYTECODE) would otherwise compile
# every module from source at every start. Quick when nothing changed (it compares times only);
# a module edited since simply compiles in memory until the next run.
compile_bytecode() {
    "$VENV/bin/python" -m compileall -q -j 0 "$ROOT/poa_desktop" "$ROOT/bench" >/dev/null
}

ensure_system_packages
ensure_venv
compile_bytecode
export PATH="$VENV/bin:$PATH"
# The window's translations: compile the committed .ts sources into .qm (only those changed).
(cd "$ROOT" && "$VENV/bin/python" -m tools.translations build --quiet)
