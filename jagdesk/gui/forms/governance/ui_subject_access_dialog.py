# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_access_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SubjectAccessDialog(object):
    def setupUi(self, SubjectAccessDialog):
        if not SubjectAccessDialog.objectName():
            SubjectAccessDialog.setObjectName(u"SubjectAccessDialog")
        SubjectAccessDialog.setMinimumSize(QSize(520, 0))
        self.frame = QVBoxLayout(SubjectAccessDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(SubjectAccessDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.received_on_label = QLabel(SubjectAccessDialog)
        self.received_on_label.setObjectName(u"received_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_on_label)

        self.received_on_field = QWidget(SubjectAccessDialog)
        self.received_on_field.setObjectName(u"received_on_field")
        self.received_on_column = QVBoxLayout(self.received_on_field)
        self.received_on_column.setSpacing(2)
        self.received_on_column.setObjectName(u"received_on_column")
        self.received_on_column.setContentsMargins(0, 0, 0, 0)
        self.received_on = QDateEdit(self.received_on_field)
        self.received_on.setObjectName(u"received_on")
        self.received_on.setMaximumSize(QSize(170, 16777215))
        self.received_on.setCalendarPopup(True)

        self.received_on_column.addWidget(self.received_on)

        self.received_on_error = QLabel(self.received_on_field)
        self.received_on_error.setObjectName(u"received_on_error")

        self.received_on_column.addWidget(self.received_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_on_field)

        self.folder_label = QLabel(SubjectAccessDialog)
        self.folder_label.setObjectName(u"folder_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_field = QWidget(SubjectAccessDialog)
        self.folder_field.setObjectName(u"folder_field")
        self.folder_column = QVBoxLayout(self.folder_field)
        self.folder_column.setSpacing(2)
        self.folder_column.setObjectName(u"folder_column")
        self.folder_column.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(self.folder_field)
        self.folder.setObjectName(u"folder")

        self.folder_column.addWidget(self.folder)

        self.folder_error = QLabel(self.folder_field)
        self.folder_error.setObjectName(u"folder_error")

        self.folder_column.addWidget(self.folder_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.folder_field)


        self.frame.addLayout(self.form)

        self.note = QLabel(SubjectAccessDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.frame.addWidget(self.note)

        self.general_error = QLabel(SubjectAccessDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(SubjectAccessDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.received_on_label.setBuddy(self.received_on)
        self.folder_label.setBuddy(self.folder)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_on, self.folder)

        self.retranslateUi(SubjectAccessDialog)

        QMetaObject.connectSlotsByName(SubjectAccessDialog)
    # setupUi

    def retranslateUi(self, SubjectAccessDialog):
        SubjectAccessDialog.setWindowTitle(QCoreApplication.translate("SubjectAccessDialog", u"Subject access request", None))
        self.what.setText("")
        self.received_on_label.setText(QCoreApplication.translate("SubjectAccessDialog", u"&Received on:", None))
        self.received_on.setDisplayFormat(QCoreApplication.translate("SubjectAccessDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.received_on.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Received on", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("SubjectAccessDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folder.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Folder", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("SubjectAccessDialog", u"A PDF and a JSON file are written in the folder. Other people's names are followed by [other person]: redact them before the disclosure is released. The request is on the dashboard, due one calendar month after it was received, until it is marked sent.", None))
    # retranslateUi

