"""hyrdesk: a desktop tool for unit managers working to become independent of hired staff."""

# The one place the version is written; pyproject.toml, the About dialog, the
# PyInstaller spec and the installers all read it from here.
__version__ = "0.1.0"
APP_NAME = "hyrdesk"
