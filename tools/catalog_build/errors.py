"""The one error the build raises, and how it names files in its messages."""

from __future__ import annotations

from pathlib import Path


class BuildError(Exception):
    """The outline, the text or the metadata disagree.

    Each problem is one line that names the file and says what is wrong, so a maintainer can
    go straight to the place; the command prints them one per line and exits with status 1.
    """

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems: tuple[str, ...] = problems


def shown(path: Path) -> str:
    """``path`` as a maintainer would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
