"""The Qt user interface: main window, pages, models, dialogs, plots, background tasks."""

from hyrdesk.ui.runtime.signal_refs import install as _install_signal_refs

# Before any widget or pyqtgraph emits a signal: PySide6 6.12.0 would otherwise
# wear True's reference count down to a crash (see signal_refs.py).
_install_signal_refs()
