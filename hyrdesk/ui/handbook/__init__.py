"""Hjälp → Handbok: the user guide inside the app."""
