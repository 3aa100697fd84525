"""ScratchNN's PySide6 + pyqtgraph GUI over scratchnn_core."""
