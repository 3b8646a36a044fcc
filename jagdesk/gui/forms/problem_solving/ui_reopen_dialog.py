# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reopen_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReopenDialog(object):
    def setupUi(self, ReopenDialog):
        if not ReopenDialog.objectName():
            ReopenDialog.setObjectName(u"ReopenDialog")
        ReopenDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(ReopenDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.status_label = QLabel(ReopenDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_field = QWidget(ReopenDialog)
        self.status_field.setObjectName(u"status_field")
        self.status_column = QVBoxLayout(self.status_field)
        self.status_column.setSpacing(2)
        self.status_column.setObjectName(u"status_column")
        self.status_column.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox(self.status_field)
        self.status.setObjectName(u"status")

        self.status_column.addWidget(self.status)

        self.status_error = QLabel(self.status_field)
        self.status_error.setObjectName(u"status_error")

        self.status_column.addWidget(self.status_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_field)

        self.reason_label = QLabel(ReopenDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_field = QWidget(ReopenDialog)
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


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ReopenDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ReopenDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.reason)

        self.retranslateUi(ReopenDialog)

        QMetaObject.connectSlotsByName(ReopenDialog)
    # setupUi

    def retranslateUi(self, ReopenDialog):
        ReopenDialog.setWindowTitle(QCoreApplication.translate("ReopenDialog", u"Reopen the case", None))
        self.status_label.setText(QCoreApplication.translate("ReopenDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ReopenDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("ReopenDialog", u"&Reason:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ReopenDialog", u"Why the case is opened again", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ReopenDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

