"""Strategies in and out of spreadsheets: rows, reading a sheet back, the changes it makes."""
