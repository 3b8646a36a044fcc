# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(ContactDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(ContactDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.contact_id_label = QLabel(ContactDialog)
        self.contact_id_label.setObjectName(u"contact_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_id_label)

        self.contact_id_field = QWidget(ContactDialog)
        self.contact_id_field.setObjectName(u"contact_id_field")
        self.contact_id_column = QVBoxLayout(self.contact_id_field)
        self.contact_id_column.setSpacing(2)
        self.contact_id_column.setObjectName(u"contact_id_column")
        self.contact_id_column.setContentsMargins(0, 0, 0, 0)
        self.contact_id = QComboBox(self.contact_id_field)
        self.contact_id.setObjectName(u"contact_id")

        self.contact_id_column.addWidget(self.contact_id)

        self.contact_id_error = QLabel(self.contact_id_field)
        self.contact_id_error.setObjectName(u"contact_id_error")

        self.contact_id_column.addWidget(self.contact_id_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_id_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ContactDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_id_label.setBuddy(self.contact_id)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Single point of contact", None))
        self.what.setText("")
        self.contact_id_label.setText(QCoreApplication.translate("ContactDialog", u"&Contact:", None))
#if QT_CONFIG(accessibility)
        self.contact_id.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Single point of contact", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

