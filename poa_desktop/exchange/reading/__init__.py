"""Reading spreadsheets back: safe opening, header detection, references, statuses, the plan."""
