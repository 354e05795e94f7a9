"""Text helpers shared by the importers, the library and the handouts."""
