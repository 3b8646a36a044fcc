"""The baseline for cold start: a bare PySide6 window, shown, then 'shown' printed and quit.

Run by cold_start.py in the same way as the app (QT_QPA_PLATFORM=offscreen).
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
sys.exit(app.exec())
