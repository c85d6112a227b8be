"""Shared shape of validation results.

Validation functions are pure: they take values and return a mapping from a
field name to a Swedish message. An empty mapping means the input is valid.
Widgets only display these messages next to their fields.
"""

from __future__ import annotations

FieldErrors = dict[str, str]
