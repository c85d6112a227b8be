"""Åtgärder: the unit's action plan page."""
