# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog):
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(CloseCaseDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.closed_on_label = QLabel(CloseCaseDialog)
        self.closed_on_label.setObjectName(u"closed_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closed_on_label)

        self.closed_on_field = QWidget(CloseCaseDialog)
        self.closed_on_field.setObjectName(u"closed_on_field")
        self.closed_on_column = QVBoxLayout(self.closed_on_field)
        self.closed_on_column.setSpacing(2)
        self.closed_on_column.setObjectName(u"closed_on_column")
        self.closed_on_column.setContentsMargins(0, 0, 0, 0)
        self.closed_on = QDateEdit(self.closed_on_field)
        self.closed_on.setObjectName(u"closed_on")
        self.closed_on.setMaximumSize(QSize(170, 16777215))
        self.closed_on.setCalendarPopup(True)

        self.closed_on_column.addWidget(self.closed_on)

        self.closed_on_error = QLabel(self.closed_on_field)
        self.closed_on_error.setObjectName(u"closed_on_error")

        self.closed_on_column.addWidget(self.closed_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closed_on_field)

        self.reason_label = QLabel(CloseCaseDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_field = QWidget(CloseCaseDialog)
        self.reason_field.setObjectName(u"reason_field")
        self.reason_column = QVBoxLayout(self.reason_field)
        self.reason_column.setSpacing(2)
        self.reason_column.setObjectName(u"reason_column")
        self.reason_column.setContentsMargins(0, 0, 0, 0)
        self.reason = QPlainTextEdit(self.reason_field)
        self.reason.setObjectName(u"reason")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reason.sizePolicy().hasHeightForWidth())
        self.reason.setSizePolicy(sizePolicy)
        self.reason.setMinimumSize(QSize(0, 90))
        self.reason.setMaximumSize(QSize(16777215, 90))
        self.reason.setTabChangesFocus(True)

        self.reason_column.addWidget(self.reason)

        self.reason_error = QLabel(self.reason_field)
        self.reason_error.setObjectName(u"reason_error")

        self.reason_column.addWidget(self.reason_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_field)

        self.fate = QLabel(CloseCaseDialog)
        self.fate.setObjectName(u"fate")
        self.fate.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fate)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(CloseCaseDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(CloseCaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.closed_on_label.setBuddy(self.closed_on)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.closed_on, self.reason)

        self.retranslateUi(CloseCaseDialog)

        QMetaObject.connectSlotsByName(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog):
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"Close the case", None))
        self.closed_on_label.setText(QCoreApplication.translate("CloseCaseDialog", u"&Closed on:", None))
        self.closed_on.setDisplayFormat(QCoreApplication.translate("CloseCaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.closed_on.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Closed on", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("CloseCaseDialog", u"&Reason:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("CloseCaseDialog", u"Resolved, handed to another team, no further reports\u2026", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

