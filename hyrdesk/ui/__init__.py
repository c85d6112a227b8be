"""The Qt user interface: main window, pages, models, dialogs, plots, background tasks."""
