# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(StatusDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.current_label = QLabel(StatusDialog)
        self.current_label.setObjectName(u"current_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current = QLabel(StatusDialog)
        self.current.setObjectName(u"current")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.status_label = QLabel(StatusDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_field = QWidget(StatusDialog)
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


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status_field)

        self.changed_on_label = QLabel(StatusDialog)
        self.changed_on_label.setObjectName(u"changed_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.changed_on_label)

        self.changed_on_field = QWidget(StatusDialog)
        self.changed_on_field.setObjectName(u"changed_on_field")
        self.changed_on_column = QVBoxLayout(self.changed_on_field)
        self.changed_on_column.setSpacing(2)
        self.changed_on_column.setObjectName(u"changed_on_column")
        self.changed_on_column.setContentsMargins(0, 0, 0, 0)
        self.changed_on = QDateEdit(self.changed_on_field)
        self.changed_on.setObjectName(u"changed_on")
        self.changed_on.setMaximumSize(QSize(170, 16777215))
        self.changed_on.setCalendarPopup(True)

        self.changed_on_column.addWidget(self.changed_on)

        self.changed_on_error = QLabel(self.changed_on_field)
        self.changed_on_error.setObjectName(u"changed_on_error")

        self.changed_on_column.addWidget(self.changed_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.changed_on_field)

        self.reason_label = QLabel(StatusDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_field = QWidget(StatusDialog)
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


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_field)

        self.reason_hint = QLabel(StatusDialog)
        self.reason_hint.setObjectName(u"reason_hint")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason_hint)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(StatusDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(StatusDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current)
        self.status_label.setBuddy(self.status)
        self.changed_on_label.setBuddy(self.changed_on)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.changed_on)
        QWidget.setTabOrder(self.changed_on, self.reason)

        self.retranslateUi(StatusDialog)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Change the status", None))
        self.current_label.setText(QCoreApplication.translate("StatusDialog", u"Now:", None))
        self.status_label.setText(QCoreApplication.translate("StatusDialog", u"&New status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("StatusDialog", u"New status", None))
#endif // QT_CONFIG(accessibility)
        self.changed_on_label.setText(QCoreApplication.translate("StatusDialog", u"&Date:", None))
        self.changed_on.setDisplayFormat(QCoreApplication.translate("StatusDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.changed_on.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("StatusDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reason_hint.setStyleSheet(QCoreApplication.translate("StatusDialog", u"color: palette(mid);", None))
    # retranslateUi

