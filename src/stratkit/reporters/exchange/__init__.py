"""Strategies written as spreadsheets and tables: a workbook, CSV, the long table."""
