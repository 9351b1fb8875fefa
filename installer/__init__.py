"""Building the downloads: PyInstaller spec, per-system packaging and frozen checks (see README.md here)."""
