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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(ContactDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(ContactDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(ContactDialog)
        self.name_field.setObjectName(u"name_field")
        self.name_column = QVBoxLayout(self.name_field)
        self.name_column.setSpacing(2)
        self.name_column.setObjectName(u"name_column")
        self.name_column.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self.name_field)
        self.name.setObjectName(u"name")

        self.name_column.addWidget(self.name)

        self.name_error = QLabel(self.name_field)
        self.name_error.setObjectName(u"name_error")

        self.name_column.addWidget(self.name_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_field)

        self.agency_label = QLabel(ContactDialog)
        self.agency_label.setObjectName(u"agency_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agency_label)

        self.agency_field = QWidget(ContactDialog)
        self.agency_field.setObjectName(u"agency_field")
        self.agency_column = QVBoxLayout(self.agency_field)
        self.agency_column.setSpacing(2)
        self.agency_column.setObjectName(u"agency_column")
        self.agency_column.setContentsMargins(0, 0, 0, 0)
        self.agency = QComboBox(self.agency_field)
        self.agency.setObjectName(u"agency")

        self.agency_column.addWidget(self.agency)

        self.agency_id_error = QLabel(self.agency_field)
        self.agency_id_error.setObjectName(u"agency_id_error")

        self.agency_column.addWidget(self.agency_id_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agency_field)

        self.role_label = QLabel(ContactDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_field = QWidget(ContactDialog)
        self.role_field.setObjectName(u"role_field")
        self.role_column = QVBoxLayout(self.role_field)
        self.role_column.setSpacing(2)
        self.role_column.setObjectName(u"role_column")
        self.role_column.setContentsMargins(0, 0, 0, 0)
        self.role = QLineEdit(self.role_field)
        self.role.setObjectName(u"role")

        self.role_column.addWidget(self.role)

        self.role_error = QLabel(self.role_field)
        self.role_error.setObjectName(u"role_error")

        self.role_column.addWidget(self.role_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_field)

        self.phone_label = QLabel(ContactDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_field = QWidget(ContactDialog)
        self.phone_field.setObjectName(u"phone_field")
        self.phone_column = QVBoxLayout(self.phone_field)
        self.phone_column.setSpacing(2)
        self.phone_column.setObjectName(u"phone_column")
        self.phone_column.setContentsMargins(0, 0, 0, 0)
        self.phone = QLineEdit(self.phone_field)
        self.phone.setObjectName(u"phone")

        self.phone_column.addWidget(self.phone)

        self.phone_error = QLabel(self.phone_field)
        self.phone_error.setObjectName(u"phone_error")

        self.phone_column.addWidget(self.phone_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_field)

        self.email_label = QLabel(ContactDialog)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_field = QWidget(ContactDialog)
        self.email_field.setObjectName(u"email_field")
        self.email_column = QVBoxLayout(self.email_field)
        self.email_column.setSpacing(2)
        self.email_column.setObjectName(u"email_column")
        self.email_column.setContentsMargins(0, 0, 0, 0)
        self.email = QLineEdit(self.email_field)
        self.email.setObjectName(u"email")

        self.email_column.addWidget(self.email)

        self.email_error = QLabel(self.email_field)
        self.email_error.setObjectName(u"email_error")

        self.email_column.addWidget(self.email_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ContactDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.agency_label.setBuddy(self.agency)
        self.role_label.setBuddy(self.role)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.agency)
        QWidget.setTabOrder(self.agency, self.role)
        QWidget.setTabOrder(self.role, self.phone)
        QWidget.setTabOrder(self.phone, self.email)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"New contact", None))
        self.name_label.setText(QCoreApplication.translate("ContactDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.agency_label.setText(QCoreApplication.translate("ContactDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("ContactDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("ContactDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("ContactDialog", u"E&mail:", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

