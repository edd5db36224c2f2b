"""Combining two versions of one answer: the focal point's and an agency's (issue 19).

When both changed an answer since the agency's workbook was prepared, keeping one side loses
the other's words. "Combine both" keeps everything either side wrote: the focal point's version
leads, and what the agency adds follows it.
"""

from __future__ import annotations

from poa_desktop.domain.content import AnswerContent

TEXTS = (
    "measures_taken",
    "challenges",
    "assistance_description",
    "assistance_offered",
    "national_target",
)


def _text(mine: str, theirs: str) -> str:
    """Both texts, mine first; one that already holds the other stays as it is."""
    a, b = mine.strip(), theirs.strip()
    if not b or b in a:
        return mine
    if not a or a in b:
        return theirs
    return f"{a}\n\n{b}"


def combine(mine: AnswerContent, theirs: AnswerContent) -> AnswerContent:
    """An answer holding what either version says.

    - texts: both, mine first (a text that already contains the other is kept alone);
    - laws, agencies, kinds of assistance: every entry of either, mine first, none twice;
    - assistance needed: yes if either says so;
    - status and target date: mine, or theirs where mine is empty. A status is a judgement the
      focal point answers for; the agency's text stays there to weigh it.
    """
    merged = {name: _text(getattr(mine, name), getattr(theirs, name)) for name in TEXTS}
    return AnswerContent(
        status=mine.status if mine.status is not None else theirs.status,
        laws=tuple(dict.fromkeys((*mine.laws, *theirs.laws))),
        agencies=tuple(dict.fromkeys((*mine.agencies, *theirs.agencies))),
        assistance_needed=mine.assistance_needed or theirs.assistance_needed,
        assistance_kinds=tuple(dict.fromkeys((*mine.assistance_kinds, *theirs.assistance_kinds))),
        target_date=mine.target_date or theirs.target_date,
        **merged,
    )
