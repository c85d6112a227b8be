"""Errors that carry a message meant for the user (in Swedish).

Anything raised as a ``UserError`` is shown as-is: one line on stderr in the
CLI, a message box in the GUI. Every other exception is a bug and is logged
with its traceback.
"""


class UserError(Exception):
    """Something the user can act on: bad input, a missing file, a locked database."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class DatabaseError(UserError):
    """The database file cannot be used (damaged, locked, too new, not a database).

    ``kind`` says which, so that start-up can offer the right way out
    (the GUI's recovery dialog): ``damaged``, ``empty``, ``not_hyrdesk``, ``locked``,
    ``read_only``, ``too_new``, ``disk`` or ``other``.
    """

    def __init__(self, message: str, kind: str = "other"):
        super().__init__(message)
        self.kind = kind
        self.detail = message  # the problem alone, without the way out a hint may append to message


class ValidationError(UserError):
    """Input that failed validation; ``errors`` maps field names to Swedish messages."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = dict(errors)
