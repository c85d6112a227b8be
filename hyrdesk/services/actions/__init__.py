"""The unit's action plan (åtgärdsplan) and its measured effect."""
