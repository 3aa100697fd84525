"""pytest-qt settings shared by the GUI tests."""
import pytest

from app.qt_setup import configure_pyqtgraph


@pytest.fixture(autouse=True, scope="session")
def _pyqtgraph_config():
    configure_pyqtgraph()
