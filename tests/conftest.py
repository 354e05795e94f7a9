import os
import sys
import tempfile
from pathlib import Path

import pytest

# Qt tests run without a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Whatever a test starts logs here, never into the user's own log folder.
os.environ.setdefault("EXODESK_LOG_DIR", tempfile.mkdtemp(prefix="exodesk-test-logs-"))
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def qapp_cls():
    """Qt tests run on ExoDesk's own QApplication, as the program does."""
    from exodesk.gui.app import Application

    return Application
