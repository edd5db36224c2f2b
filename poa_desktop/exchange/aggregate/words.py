"""The analysis's own words: sheet names, column headers and the PDF's headings.

English source texts, marked for translation (:func:`report_word`) and said in the report's
language when written. The status columns are the shared status terms, so the analysis says
"Implemented" as the national report does. The order of each sheet's columns is part of the
analysis workbook's format: machines read it by position as well as by header.
"""

from __future__ import annotations

from poa_desktop.domain.status import COUNT_KEYS, status_label
from poa_desktop.exchange.language import report_word, say, term

BY_MEASURE = report_word("By measure")
BY_STATE = report_word("By State")
BY_THEME_REGION = report_word("By theme and region")
ASSISTANCE = report_word("Assistance")
OFFERS = report_word("Assistance offered")
FILES = report_word("Files")

COMMITMENT_ID = report_word("Commitment ID")
CITATION = report_word("Citation")
STATES_REPORTING = report_word("States reporting")
STATE = report_word("State")
ISO_CODE = report_word("ISO code")
GROUP = report_word("UN regional group")
CYCLE = report_word("Reporting cycle")
EXPORTED = report_word("Exported at (UTC)")
LANGUAGE = report_word("Report language")
FILE = report_word("File")
THEME_ID = report_word("Theme ID")
THEME = report_word("Theme")
KINDS = "Assistance kinds"  # shared terms: the answer fields' headers
DESCRIPTION = "Assistance description"
OFFERED = "Assistance offered"
KINDS_NAMED = report_word("Kinds named in the offer")
SAME_MEASURE = report_word("Offered on the same measure by")
SAME_THEME = report_word("Offered on a measure of the same theme by")
OUTCOME = report_word("Outcome")
REASON = report_word("Reason")
COUNTED = report_word("Counted")
DUPLICATE = report_word("Not counted: the same State and cycle again")
NOT_USED = report_word("Not used")
ANY_KIND = report_word("Kind not said")

TITLE = report_word("National reports on the PoA and ITI: analysis")
BY_SECTION_HEADING = report_word("Implementation by document section")
BY_REGION_HEADING = report_word("Implementation by UN regional group")
WEAKEST_HEADING = report_word("The least implemented measures")
WEAKEST_NOTE = report_word(
    "The measures the fewest States implement, as a share of the States that gave them a status "
    "other than Not applicable."
)
NEEDS_HEADING = report_word("Assistance: needs and offers")
NEEDS_NOTE = report_word(
    "A need is met on the same measure when another State offers assistance on that measure, on "
    "the same theme when it offers assistance on a measure sharing one of its themes; an offer "
    "that names no kind of assistance is taken to offer any."
)
BY_KIND = report_word("By kind of assistance")
BY_THEME = report_word("By theme")
NEEDS = report_word("Needs")
STATES_NEEDING = report_word("States needing")
OFFERS_COUNT = report_word("Offers")
STATES_OFFERING = report_word("States offering")
MET_MEASURE = report_word("Met on the same measure")
MET_THEME = report_word("Met on the measure or theme")
SHARE_IMPLEMENTED = report_word("Implemented (share)")
MEASURE = report_word("Measure")
KIND = report_word("Kind of assistance")
FILES_HEADING = report_word("Files not counted")
SUMMARY = report_word(
    "National reports counted: %1, of %2 States, from %3 files read. Cycles: %4. Catalog "
    "version: %5."
)
NOT_COUNTED = report_word("Files not counted: %1. They are listed at the end, with the reason.")
PAGE = report_word("Page %1")


def status_header(key: str) -> str:
    """A status column's header in the report's language ("Not yet assessed" included)."""
    return term(status_label(key))


def status_headers() -> list[str]:
    return [status_header(key) for key in COUNT_KEYS]


def header(text: str) -> str:
    """A column header in the report's language: the answer fields' are shared terms."""
    return term(text) if text in (KINDS, DESCRIPTION, OFFERED) else say(text)
