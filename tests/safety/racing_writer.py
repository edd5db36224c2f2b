"""Child process for the two-writer test: saves answers as soon as it is told to go.

    python -m tests.safety.racing_writer DB RUN FIRST COUNT

Opens the database, prints "ready", waits for a line on stdin (so two writers start together),
then saves COUNT answers to the measures FIRST, FIRST+1, ... and prints one line per save:
"saved <commitment id> <text>" once committed, or "failed <commitment id> <error>".
"""

from __future__ import annotations

import sys
from pathlib import Path

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.errors import AppError
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.workspace import open_workspace


def main() -> None:
    db, run, first, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    ws = open_workspace(db)
    info = find_assessment(ws)
    measures = [c.id for c in ws.catalog.measures][first : first + count]
    print("ready", flush=True)
    sys.stdin.readline()
    for n, commitment_id in enumerate(measures):
        text = f"writer {run} save {n}"
        try:
            save_answer(
                ws,
                info.id,
                commitment_id,
                AnswerContent(status="developing", measures_taken=text),
                author=f"writer {run}",
            )
        except AppError as error:
            print(f"failed {commitment_id} {error}", flush=True)
        else:
            print(f"saved {commitment_id} {text}", flush=True)
    ws.close()


if __name__ == "__main__":
    main()
