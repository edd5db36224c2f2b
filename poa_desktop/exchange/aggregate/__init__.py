"""Reading many States' national workbooks and writing what they say together (``aggregate``).

``reading`` turns one of the app's workbooks into a :class:`~poa_desktop.domain.aggregate.
NationalReport` (or says why it cannot); ``workbook`` and ``pdf`` write the analysis. Kept light:
nothing here is imported until an analysis runs (openpyxl and reportlab load with the writers).
"""
