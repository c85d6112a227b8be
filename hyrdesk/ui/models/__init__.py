"""Qt item models shared by several pages."""
