# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keep_dialog.ui'
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

class Ui_KeepDialog(object):
    def setupUi(self, KeepDialog):
        if not KeepDialog.objectName():
            KeepDialog.setObjectName(u"KeepDialog")
        KeepDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(KeepDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(KeepDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reason_label = QLabel(KeepDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_field = QWidget(KeepDialog)
        self.reason_field.setObjectName(u"reason_field")
        self.reason_column = QVBoxLayout(self.reason_field)
        self.reason_column.setSpacing(2)
        self.reason_column.setObjectName(u"reason_column")
        self.reason_column.setContentsMargins(0, 0, 0, 0)
        self.reason = QPlainTextEdit(self.reason_field)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 90))
        self.reason.setTabChangesFocus(True)

        self.reason_column.addWidget(self.reason)

        self.reason_error = QLabel(self.reason_field)
        self.reason_error.setObjectName(u"reason_error")

        self.reason_column.addWidget(self.reason_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_field)

        self.next_review_on_label = QLabel(KeepDialog)
        self.next_review_on_label.setObjectName(u"next_review_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.next_review_on_label)

        self.next_review_on_field = QWidget(KeepDialog)
        self.next_review_on_field.setObjectName(u"next_review_on_field")
        self.next_review_on_column = QVBoxLayout(self.next_review_on_field)
        self.next_review_on_column.setSpacing(2)
        self.next_review_on_column.setObjectName(u"next_review_on_column")
        self.next_review_on_column.setContentsMargins(0, 0, 0, 0)
        self.next_review_on = QDateEdit(self.next_review_on_field)
        self.next_review_on.setObjectName(u"next_review_on")
        self.next_review_on.setMaximumSize(QSize(170, 16777215))
        self.next_review_on.setCalendarPopup(True)

        self.next_review_on_column.addWidget(self.next_review_on)

        self.next_review_on_error = QLabel(self.next_review_on_field)
        self.next_review_on_error.setObjectName(u"next_review_on_error")

        self.next_review_on_column.addWidget(self.next_review_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.next_review_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(KeepDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(KeepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
        self.next_review_on_label.setBuddy(self.next_review_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.next_review_on)

        self.retranslateUi(KeepDialog)

        QMetaObject.connectSlotsByName(KeepDialog)
    # setupUi

    def retranslateUi(self, KeepDialog):
        KeepDialog.setWindowTitle(QCoreApplication.translate("KeepDialog", u"Keep", None))
        self.what.setText("")
        self.reason_label.setText(QCoreApplication.translate("KeepDialog", u"&Reason:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("KeepDialog", u"Why the record is still needed, such as a civil claim or a live investigation", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("KeepDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.next_review_on_label.setText(QCoreApplication.translate("KeepDialog", u"&Next review:", None))
        self.next_review_on.setDisplayFormat(QCoreApplication.translate("KeepDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.next_review_on.setAccessibleName(QCoreApplication.translate("KeepDialog", u"Next review", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

