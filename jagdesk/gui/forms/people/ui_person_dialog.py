# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(520, 0))
        self.frame = QVBoxLayout(PersonDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.given_names_label = QLabel(PersonDialog)
        self.given_names_label.setObjectName(u"given_names_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.given_names_label)

        self.given_names_field = QWidget(PersonDialog)
        self.given_names_field.setObjectName(u"given_names_field")
        self.given_names_column = QVBoxLayout(self.given_names_field)
        self.given_names_column.setSpacing(2)
        self.given_names_column.setObjectName(u"given_names_column")
        self.given_names_column.setContentsMargins(0, 0, 0, 0)
        self.given_names = QLineEdit(self.given_names_field)
        self.given_names.setObjectName(u"given_names")

        self.given_names_column.addWidget(self.given_names)

        self.given_names_error = QLabel(self.given_names_field)
        self.given_names_error.setObjectName(u"given_names_error")

        self.given_names_column.addWidget(self.given_names_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.given_names_field)

        self.family_name_label = QLabel(PersonDialog)
        self.family_name_label.setObjectName(u"family_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.family_name_label)

        self.family_name_field = QWidget(PersonDialog)
        self.family_name_field.setObjectName(u"family_name_field")
        self.family_name_column = QVBoxLayout(self.family_name_field)
        self.family_name_column.setSpacing(2)
        self.family_name_column.setObjectName(u"family_name_column")
        self.family_name_column.setContentsMargins(0, 0, 0, 0)
        self.family_name = QLineEdit(self.family_name_field)
        self.family_name.setObjectName(u"family_name")

        self.family_name_column.addWidget(self.family_name)

        self.family_name_error = QLabel(self.family_name_field)
        self.family_name_error.setObjectName(u"family_name_error")

        self.family_name_column.addWidget(self.family_name_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.family_name_field)

        self.aliases_label = QLabel(PersonDialog)
        self.aliases_label.setObjectName(u"aliases_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aliases_label)

        self.aliases_field = QWidget(PersonDialog)
        self.aliases_field.setObjectName(u"aliases_field")
        self.aliases_column = QVBoxLayout(self.aliases_field)
        self.aliases_column.setSpacing(2)
        self.aliases_column.setObjectName(u"aliases_column")
        self.aliases_column.setContentsMargins(0, 0, 0, 0)
        self.aliases = QPlainTextEdit(self.aliases_field)
        self.aliases.setObjectName(u"aliases")
        self.aliases.setMinimumSize(QSize(0, 56))
        self.aliases.setMaximumSize(QSize(16777215, 56))
        self.aliases.setTabChangesFocus(True)

        self.aliases_column.addWidget(self.aliases)

        self.aliases_error = QLabel(self.aliases_field)
        self.aliases_error.setObjectName(u"aliases_error")

        self.aliases_column.addWidget(self.aliases_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aliases_field)

        self.date_of_birth_label = QLabel(PersonDialog)
        self.date_of_birth_label.setObjectName(u"date_of_birth_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_of_birth_label)

        self.date_of_birth_field = QWidget(PersonDialog)
        self.date_of_birth_field.setObjectName(u"date_of_birth_field")
        self.date_of_birth_column = QVBoxLayout(self.date_of_birth_field)
        self.date_of_birth_column.setSpacing(2)
        self.date_of_birth_column.setObjectName(u"date_of_birth_column")
        self.date_of_birth_column.setContentsMargins(0, 0, 0, 0)
        self.born = QWidget(self.date_of_birth_field)
        self.born.setObjectName(u"born")
        self.born_row = QHBoxLayout(self.born)
        self.born_row.setObjectName(u"born_row")
        self.born_row.setContentsMargins(0, 0, 0, 0)
        self.date_of_birth = QLineEdit(self.born)
        self.date_of_birth.setObjectName(u"date_of_birth")
        self.date_of_birth.setMaximumSize(QSize(130, 16777215))

        self.born_row.addWidget(self.date_of_birth)

        self.age = QLabel(self.born)
        self.age.setObjectName(u"age")

        self.born_row.addWidget(self.age)

        self.born_row.setStretch(1, 1)

        self.date_of_birth_column.addWidget(self.born)

        self.date_of_birth_error = QLabel(self.date_of_birth_field)
        self.date_of_birth_error.setObjectName(u"date_of_birth_error")

        self.date_of_birth_column.addWidget(self.date_of_birth_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date_of_birth_field)

        self.address_label = QLabel(PersonDialog)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_field = QWidget(PersonDialog)
        self.address_field.setObjectName(u"address_field")
        self.address_column = QVBoxLayout(self.address_field)
        self.address_column.setSpacing(2)
        self.address_column.setObjectName(u"address_column")
        self.address_column.setContentsMargins(0, 0, 0, 0)
        self.address = QPlainTextEdit(self.address_field)
        self.address.setObjectName(u"address")
        self.address.setMinimumSize(QSize(0, 56))
        self.address.setMaximumSize(QSize(16777215, 56))
        self.address.setTabChangesFocus(True)

        self.address_column.addWidget(self.address)

        self.address_error = QLabel(self.address_field)
        self.address_error.setObjectName(u"address_error")

        self.address_column.addWidget(self.address_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address_field)

        self.postcode_label = QLabel(PersonDialog)
        self.postcode_label.setObjectName(u"postcode_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode_field = QWidget(PersonDialog)
        self.postcode_field.setObjectName(u"postcode_field")
        self.postcode_column = QVBoxLayout(self.postcode_field)
        self.postcode_column.setSpacing(2)
        self.postcode_column.setObjectName(u"postcode_column")
        self.postcode_column.setContentsMargins(0, 0, 0, 0)
        self.postcode = QLineEdit(self.postcode_field)
        self.postcode.setObjectName(u"postcode")
        self.postcode.setMaximumSize(QSize(130, 16777215))

        self.postcode_column.addWidget(self.postcode)

        self.postcode_error = QLabel(self.postcode_field)
        self.postcode_error.setObjectName(u"postcode_error")

        self.postcode_column.addWidget(self.postcode_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postcode_field)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_field = QWidget(PersonDialog)
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


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_field)

        self.email_label = QLabel(PersonDialog)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_field = QWidget(PersonDialog)
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


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email_field)

        self.flags_label = QLabel(PersonDialog)
        self.flags_label.setObjectName(u"flags_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.flags_label)

        self.flags_field = QWidget(PersonDialog)
        self.flags_field.setObjectName(u"flags_field")
        self.flags_column = QVBoxLayout(self.flags_field)
        self.flags_column.setSpacing(2)
        self.flags_column.setObjectName(u"flags_column")
        self.flags_column.setContentsMargins(0, 0, 0, 0)
        self.flags = QWidget(self.flags_field)
        self.flags.setObjectName(u"flags")
        self.flags_row = QHBoxLayout(self.flags)
        self.flags_row.setObjectName(u"flags_row")
        self.flags_row.setContentsMargins(0, 0, 0, 0)
        self.is_vulnerable = QCheckBox(self.flags)
        self.is_vulnerable.setObjectName(u"is_vulnerable")

        self.flags_row.addWidget(self.is_vulnerable)

        self.is_youth = QCheckBox(self.flags)
        self.is_youth.setObjectName(u"is_youth")

        self.flags_row.addWidget(self.is_youth)

        self.is_repeat = QCheckBox(self.flags)
        self.is_repeat.setObjectName(u"is_repeat")

        self.flags_row.addWidget(self.is_repeat)

        self.flags_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flags_row.addItem(self.flags_end)

        self.flags_row.setStretch(3, 1)

        self.flags_column.addWidget(self.flags)

        self.flags_error = QLabel(self.flags_field)
        self.flags_error.setObjectName(u"flags_error")

        self.flags_column.addWidget(self.flags_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.flags_field)

        self.notes_label = QLabel(PersonDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_field = QWidget(PersonDialog)
        self.notes_field.setObjectName(u"notes_field")
        self.notes_column = QVBoxLayout(self.notes_field)
        self.notes_column.setSpacing(2)
        self.notes_column.setObjectName(u"notes_column")
        self.notes_column.setContentsMargins(0, 0, 0, 0)
        self.notes = QPlainTextEdit(self.notes_field)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 80))
        self.notes.setMaximumSize(QSize(16777215, 80))
        self.notes.setTabChangesFocus(True)

        self.notes_column.addWidget(self.notes)

        self.notes_error = QLabel(self.notes_field)
        self.notes_error.setObjectName(u"notes_error")

        self.notes_column.addWidget(self.notes_error)


        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(PersonDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.given_names_label.setBuddy(self.given_names)
        self.family_name_label.setBuddy(self.family_name)
        self.aliases_label.setBuddy(self.aliases)
        self.date_of_birth_label.setBuddy(self.date_of_birth)
        self.address_label.setBuddy(self.address)
        self.postcode_label.setBuddy(self.postcode)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.flags_label.setBuddy(self.flags)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.given_names, self.family_name)
        QWidget.setTabOrder(self.family_name, self.aliases)
        QWidget.setTabOrder(self.aliases, self.date_of_birth)
        QWidget.setTabOrder(self.date_of_birth, self.address)
        QWidget.setTabOrder(self.address, self.postcode)
        QWidget.setTabOrder(self.postcode, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.is_vulnerable)
        QWidget.setTabOrder(self.is_vulnerable, self.is_youth)
        QWidget.setTabOrder(self.is_youth, self.is_repeat)
        QWidget.setTabOrder(self.is_repeat, self.notes)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"New person", None))
        self.given_names_label.setText(QCoreApplication.translate("PersonDialog", u"&Given names:", None))
#if QT_CONFIG(accessibility)
        self.given_names.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.family_name_label.setText(QCoreApplication.translate("PersonDialog", u"&Family name:", None))
#if QT_CONFIG(accessibility)
        self.family_name.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.aliases_label.setText(QCoreApplication.translate("PersonDialog", u"&Aliases:", None))
        self.aliases.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Other names, nicknames or spellings, one per line", None))
#if QT_CONFIG(accessibility)
        self.aliases.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Aliases", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_label.setText(QCoreApplication.translate("PersonDialog", u"&Date of birth:", None))
#if QT_CONFIG(accessibility)
        self.born.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy", None))
        self.address_label.setText(QCoreApplication.translate("PersonDialog", u"Addr&ess:", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.postcode_label.setText(QCoreApplication.translate("PersonDialog", u"&Postcode:", None))
#if QT_CONFIG(accessibility)
        self.postcode.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("PersonDialog", u"E&mail:", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.flags_label.setText(QCoreApplication.translate("PersonDialog", u"Flags:", None))
#if QT_CONFIG(accessibility)
        self.flags.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Flags", None))
#endif // QT_CONFIG(accessibility)
        self.is_vulnerable.setText(QCoreApplication.translate("PersonDialog", u"&Vulnerable", None))
        self.is_youth.setText(QCoreApplication.translate("PersonDialog", u"&Youth", None))
        self.is_repeat.setText(QCoreApplication.translate("PersonDialog", u"&Repeat", None))
        self.notes_label.setText(QCoreApplication.translate("PersonDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

