"""The interchange workbook: its layout, how values sit in cells, the report and agency writers."""
