"""Child process for the crash test: saves answers in a loop and reports each saved one.

    python -m tests.safety.writer DB

Prints "saved <commitment id> <version> <text>" after each save has committed, flushing at once, so
the parent knows exactly what the app had reported as saved when it was killed.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.workspace import open_workspace


def main() -> None:
    ws = open_workspace(Path(sys.argv[1]))
    info = find_assessment(ws)
    measures = [c.id for c in ws.catalog.measures]
    print("ready", flush=True)
    for n in itertools.count():
        commitment_id = measures[n % len(measures)]
        text = f"run {sys.argv[2]} save {n}"
        saved = save_answer(
            ws,
            info.id,
            commitment_id,
            AnswerContent(status="developing", measures_taken=text),
            author="t",
        )
        print(f"saved {commitment_id} {saved.version} {text}", flush=True)


if __name__ == "__main__":
    main()
