"""The report and the files around it: the snapshot, export, import, agency workbooks."""
