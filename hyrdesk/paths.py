"""Where hyrdesk keeps its files.

Everything the user owns lives in one per-user data folder (platformdirs,
local rather than roaming: the database must never sit on a network share).
``--data-dir`` or ``HYRDESK_DATA_DIR`` replaces that folder for every command,
which is how tests and the demo stay away from real data.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from hyrdesk.errors import UserError

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

        A data folder that cannot be created (or is a file) is a ``UserError``;
        a subfolder that cannot be made is left for whoever needs it to report
        (a read-only data folder can still be read).
        """
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(data_folder_message(self.data_dir, exc)) from exc
        for folder in (self.log_file.parent, self.backups_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass
        return self

    def writable(self) -> bool:
        """Whether new files can be made in the data folder."""
        return os.access(self.data_dir, os.W_OK | os.X_OK)


def data_folder_message(folder: Path, exc: OSError) -> str:
    if isinstance(exc, FileExistsError) or (folder.exists() and not folder.is_dir()):
        what = "det finns en fil med det namnet där mappen ska vara"
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        what = "ditt konto får inte skriva där, eller disken är skrivskyddad"
    else:
        what = exc.strerror or type(exc).__name__
    return (
        f"Datamappen {folder} kan inte skapas eller användas ({what}). "
        "Ge ditt konto skrivrätt till mappen, eller välj en annan datamapp med --data-dir."
    )


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("hyrdesk", appauthor=False, roaming=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The command line wins over the environment, which wins over platformdirs."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Paths(Path(chosen).expanduser().resolve())
