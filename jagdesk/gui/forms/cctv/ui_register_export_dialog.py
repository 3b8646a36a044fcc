# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_export_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RegisterExportDialog(object):
    def setupUi(self, RegisterExportDialog):
        if not RegisterExportDialog.objectName():
            RegisterExportDialog.setObjectName(u"RegisterExportDialog")
        RegisterExportDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(RegisterExportDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.first_label = QLabel(RegisterExportDialog)
        self.first_label.setObjectName(u"first_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_label)

        self.first_field = QWidget(RegisterExportDialog)
        self.first_field.setObjectName(u"first_field")
        self.first_column = QVBoxLayout(self.first_field)
        self.first_column.setSpacing(2)
        self.first_column.setObjectName(u"first_column")
        self.first_column.setContentsMargins(0, 0, 0, 0)
        self.first = QDateEdit(self.first_field)
        self.first.setObjectName(u"first")
        self.first.setMaximumSize(QSize(170, 16777215))
        self.first.setCalendarPopup(True)

        self.first_column.addWidget(self.first)

        self.first_error = QLabel(self.first_field)
        self.first_error.setObjectName(u"first_error")

        self.first_column.addWidget(self.first_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_field)

        self.last_label = QLabel(RegisterExportDialog)
        self.last_label.setObjectName(u"last_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_label)

        self.last_field = QWidget(RegisterExportDialog)
        self.last_field.setObjectName(u"last_field")
        self.last_column = QVBoxLayout(self.last_field)
        self.last_column.setSpacing(2)
        self.last_column.setObjectName(u"last_column")
        self.last_column.setContentsMargins(0, 0, 0, 0)
        self.last = QDateEdit(self.last_field)
        self.last.setObjectName(u"last")
        self.last.setMaximumSize(QSize(170, 16777215))
        self.last.setCalendarPopup(True)

        self.last_column.addWidget(self.last)

        self.last_error = QLabel(self.last_field)
        self.last_error.setObjectName(u"last_error")

        self.last_column.addWidget(self.last_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_field)

        self.format_label = QLabel(RegisterExportDialog)
        self.format_label.setObjectName(u"format_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_field = QWidget(RegisterExportDialog)
        self.format_field.setObjectName(u"format_field")
        self.format_column = QVBoxLayout(self.format_field)
        self.format_column.setSpacing(2)
        self.format_column.setObjectName(u"format_column")
        self.format_column.setContentsMargins(0, 0, 0, 0)
        self.format = QComboBox(self.format_field)
        self.format.setObjectName(u"format")

        self.format_column.addWidget(self.format)

        self.format_error = QLabel(self.format_field)
        self.format_error.setObjectName(u"format_error")

        self.format_column.addWidget(self.format_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.format_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(RegisterExportDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(RegisterExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.format_label.setBuddy(self.format)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first, self.last)
        QWidget.setTabOrder(self.last, self.format)

        self.retranslateUi(RegisterExportDialog)

        QMetaObject.connectSlotsByName(RegisterExportDialog)
    # setupUi

    def retranslateUi(self, RegisterExportDialog):
        RegisterExportDialog.setWindowTitle(QCoreApplication.translate("RegisterExportDialog", u"Export the central record", None))
        self.first_label.setText(QCoreApplication.translate("RegisterExportDialog", u"&From:", None))
        self.first.setDisplayFormat(QCoreApplication.translate("RegisterExportDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.first.setAccessibleName(QCoreApplication.translate("RegisterExportDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.last_label.setText(QCoreApplication.translate("RegisterExportDialog", u"&To:", None))
        self.last.setDisplayFormat(QCoreApplication.translate("RegisterExportDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.last.setAccessibleName(QCoreApplication.translate("RegisterExportDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.format_label.setText(QCoreApplication.translate("RegisterExportDialog", u"&As:", None))
#if QT_CONFIG(accessibility)
        self.format.setAccessibleName(QCoreApplication.translate("RegisterExportDialog", u"As", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

