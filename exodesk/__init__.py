"""ExoDesk: a desktop reference manager for a clinic."""

__version__ = "0.1.0"
