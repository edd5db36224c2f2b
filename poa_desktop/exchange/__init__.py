"""Files that leave the machine and come back: ``pdf/``, ``workbook/`` and ``reading/``.

Turns a :class:`~poa_desktop.domain.report.ReportData` into files and files into plain values;
no database access and no Qt here.
"""
