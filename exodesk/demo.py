"""The demo library: a fresh temporary library filled from the seed documents."""

from __future__ import annotations

import importlib.resources
import tempfile
from pathlib import Path

from exodesk.library import Library, import_paths


def seed_files() -> list[Path]:
    folder = importlib.resources.files("exodesk.seeds")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def create_demo_library(folder: Path | None = None) -> Path:
    """Make a new library holding the seeds; returns its path."""
    folder = Path(folder or tempfile.mkdtemp(prefix="exodesk-demo-"))
    path = folder / "demo-library.sqlite"
    with Library(path) as library:
        # As a person importing the seeds through the window gets them: with suggested notes.
        import_paths(library, seed_files(), suggest=True)
    return path
