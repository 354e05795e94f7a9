"""Data files shipped with ExoDesk (installed as exodesk.resources)."""
