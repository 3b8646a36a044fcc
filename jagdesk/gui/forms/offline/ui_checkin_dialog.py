# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CheckinDialog(object):
    def setupUi(self, CheckinDialog):
        if not CheckinDialog.objectName():
            CheckinDialog.setObjectName(u"CheckinDialog")
        CheckinDialog.setMinimumSize(QSize(620, 420))
        self.frame = QVBoxLayout(CheckinDialog)
        self.frame.setObjectName(u"frame")
        self.origin = QLabel(CheckinDialog)
        self.origin.setObjectName(u"origin")
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.frame.addWidget(self.origin)

        self.summary = QLabel(CheckinDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.frame.addWidget(self.summary)

        self.plan = QTreeWidget(CheckinDialog)
        self.plan.setObjectName(u"plan")
        self.plan.setHeaderHidden(True)
        self.plan.setRootIsDecorated(True)
        self.plan.setUniformRowHeights(True)

        self.frame.addWidget(self.plan)

        self.general_error = QLabel(CheckinDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(CheckinDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)


        self.retranslateUi(CheckinDialog)

        QMetaObject.connectSlotsByName(CheckinDialog)
    # setupUi

    def retranslateUi(self, CheckinDialog):
        CheckinDialog.setWindowTitle(QCoreApplication.translate("CheckinDialog", u"Check in a take-out", None))
        ___qtreewidgetitem = self.plan.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CheckinDialog", u"Record", None))
#if QT_CONFIG(accessibility)
        self.plan.setAccessibleName(QCoreApplication.translate("CheckinDialog", u"What the check-in would do", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

