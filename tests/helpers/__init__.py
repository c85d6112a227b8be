"""Helpers the tests share. A test module never imports another test module; it imports from here."""

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"  # files the tests start from (an old schema)
