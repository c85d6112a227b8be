from pathlib import Path

from hyrdesk.paths import ENV_DATA_DIR, default_data_dir, resolve_paths


def test_command_line_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_paths(tmp_path / "arg").data_dir == (tmp_path / "arg").resolve()
    assert resolve_paths(None).data_dir == (tmp_path / "env").resolve()


def test_default_is_the_local_per_user_folder(monkeypatch):
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    folder = default_data_dir()
    assert folder.name == "hyrdesk"
    assert resolve_paths(None).data_dir == folder.resolve()


def test_files_live_inside_the_data_folder(tmp_path):
    p = resolve_paths(tmp_path)
    for f in (p.database, p.log_file, p.backups_dir, p.exports_dir, p.lock_file):
        assert Path(f).is_relative_to(p.data_dir)


def test_every_path_is_one_hyrdesk_uses():
    """No dead folders: the export queue lives in the database (export_outbox), the files in exports/."""
    from hyrdesk.paths import Paths

    names = {n for n, v in vars(Paths).items() if isinstance(v, property)}
    assert names == {"database", "log_file", "backups_dir", "exports_dir", "lock_file"}
