"""Files that leave the machine and come back: the PDF report, the Excel workbook, imports.

Turns :class:`~poa_desktop.services.reporting.report_data.ReportData` into files and files into
plain values; no database access and no Qt here.
"""
