"""Importing clients from spreadsheets, CSV and vCard: formats, column mapping, row checks, batches, report."""
