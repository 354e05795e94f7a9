"""Readers of every kind of source ExoDesk reads: one module each.

The registry (registry.py: IMPORTERS, choose, by_name) is loaded when first
asked for, so that a worker process reading part of a large file
(library/parallel.py) loads only the one reader it needs.
"""

from __future__ import annotations

from exodesk.importers.base import Parsed, Refused, Source

__all__ = ["IMPORTERS", "Parsed", "Refused", "Source", "choose", "by_name"]
_REGISTRY = {"IMPORTERS", "choose", "by_name"}


def __getattr__(name: str):
    if name in _REGISTRY:
        from exodesk.importers import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
