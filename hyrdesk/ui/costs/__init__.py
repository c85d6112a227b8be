"""The Hyrkostnader page: plots, year-to-date table, dialogs for accounts, manual entry and imports."""
