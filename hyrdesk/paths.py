"""Where hyrdesk keeps its files.

Everything the user owns lives in one per-user data folder (platformdirs,
local rather than roaming: the database must never sit on a network share).
``--data-dir`` or ``HYRDESK_DATA_DIR`` replaces that folder for every command,
which is how tests and the demo stay away from real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "HYRDESK_DATA_DIR"
DB_FILENAME = "hyrdesk.sqlite3"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def log_file(self) -> Path:
        return self.data_dir / "logs" / "hyrdesk.log"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def exports_dir(self) -> Path:
        """Local copies of every export."""
        return self.data_dir / "exports"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "hyrdesk.lock"

    def ensure(self) -> Paths:
        """Create the data folder and its subfolders where possible.

        A data folder that cannot be created (or is a file) raises ``OSError``
        (``data_folder_error`` in services/backups/opening.py says it in Swedish);
        a subfolder that cannot be made is left for whoever needs it to report
        (a read-only data folder can still be read).
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for folder in (self.log_file.parent, self.backups_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass
        return self

    def writable(self) -> bool:
        """Whether new files can be made in the data folder."""
        return os.access(self.data_dir, os.W_OK | os.X_OK)


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("hyrdesk", appauthor=False, roaming=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The command line wins over the environment, which wins over platformdirs."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Paths(Path(chosen).expanduser().resolve())
