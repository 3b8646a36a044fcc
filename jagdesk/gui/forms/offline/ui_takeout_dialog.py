# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'takeout_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_TakeoutDialog(object):
    def setupUi(self, TakeoutDialog):
        if not TakeoutDialog.objectName():
            TakeoutDialog.setObjectName(u"TakeoutDialog")
        TakeoutDialog.setMinimumSize(QSize(600, 0))
        self.frame = QVBoxLayout(TakeoutDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(TakeoutDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.locality_label = QLabel(TakeoutDialog)
        self.locality_label.setObjectName(u"locality_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locality_label)

        self.locality_field = QWidget(TakeoutDialog)
        self.locality_field.setObjectName(u"locality_field")
        self.locality_column = QVBoxLayout(self.locality_field)
        self.locality_column.setSpacing(2)
        self.locality_column.setObjectName(u"locality_column")
        self.locality_column.setContentsMargins(0, 0, 0, 0)
        self.locality = QComboBox(self.locality_field)
        self.locality.setObjectName(u"locality")

        self.locality_column.addWidget(self.locality)

        self.locality_error = QLabel(self.locality_field)
        self.locality_error.setObjectName(u"locality_error")

        self.locality_column.addWidget(self.locality_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locality_field)

        self.months_label = QLabel(TakeoutDialog)
        self.months_label.setObjectName(u"months_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.months_label)

        self.months_field = QWidget(TakeoutDialog)
        self.months_field.setObjectName(u"months_field")
        self.months_column = QVBoxLayout(self.months_field)
        self.months_column.setSpacing(2)
        self.months_column.setObjectName(u"months_column")
        self.months_column.setContentsMargins(0, 0, 0, 0)
        self.months = QSpinBox(self.months_field)
        self.months.setObjectName(u"months")
        self.months.setMinimum(1)
        self.months.setMaximum(120)
        self.months.setValue(24)
        self.months.setMaximumSize(QSize(140, 16777215))

        self.months_column.addWidget(self.months)

        self.months_error = QLabel(self.months_field)
        self.months_error.setObjectName(u"months_error")

        self.months_column.addWidget(self.months_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.months_field)

        self.include_covert_label = QLabel(TakeoutDialog)
        self.include_covert_label.setObjectName(u"include_covert_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.include_covert_label)

        self.include_covert_field = QWidget(TakeoutDialog)
        self.include_covert_field.setObjectName(u"include_covert_field")
        self.include_covert_column = QVBoxLayout(self.include_covert_field)
        self.include_covert_column.setSpacing(2)
        self.include_covert_column.setObjectName(u"include_covert_column")
        self.include_covert_column.setContentsMargins(0, 0, 0, 0)
        self.include_covert = QCheckBox(self.include_covert_field)
        self.include_covert.setObjectName(u"include_covert")

        self.include_covert_column.addWidget(self.include_covert)

        self.include_covert_error = QLabel(self.include_covert_field)
        self.include_covert_error.setObjectName(u"include_covert_error")

        self.include_covert_column.addWidget(self.include_covert_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.include_covert_field)

        self.file_label = QLabel(TakeoutDialog)
        self.file_label.setObjectName(u"file_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_field = QWidget(TakeoutDialog)
        self.file_field.setObjectName(u"file_field")
        self.file_column = QVBoxLayout(self.file_field)
        self.file_column.setSpacing(2)
        self.file_column.setObjectName(u"file_column")
        self.file_column.setContentsMargins(0, 0, 0, 0)
        self.file_row = QWidget(self.file_field)
        self.file_row.setObjectName(u"file_row")
        self.file_line = QHBoxLayout(self.file_row)
        self.file_line.setObjectName(u"file_line")
        self.file_line.setContentsMargins(0, 0, 0, 0)
        self.file = QLineEdit(self.file_row)
        self.file.setObjectName(u"file")

        self.file_line.addWidget(self.file)

        self.choose_file = QPushButton(self.file_row)
        self.choose_file.setObjectName(u"choose_file")

        self.file_line.addWidget(self.choose_file)


        self.file_column.addWidget(self.file_row)

        self.file_error = QLabel(self.file_field)
        self.file_error.setObjectName(u"file_error")

        self.file_column.addWidget(self.file_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.file_field)

        self.passphrase_label = QLabel(TakeoutDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_field = QWidget(TakeoutDialog)
        self.passphrase_field.setObjectName(u"passphrase_field")
        self.passphrase_column = QVBoxLayout(self.passphrase_field)
        self.passphrase_column.setSpacing(2)
        self.passphrase_column.setObjectName(u"passphrase_column")
        self.passphrase_column.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(self.passphrase_field)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_column.addWidget(self.passphrase)

        self.passphrase_error = QLabel(self.passphrase_field)
        self.passphrase_error.setObjectName(u"passphrase_error")

        self.passphrase_column.addWidget(self.passphrase_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphrase_field)

        self.repeat_label = QLabel(TakeoutDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_field = QWidget(TakeoutDialog)
        self.repeat_field.setObjectName(u"repeat_field")
        self.repeat_column = QVBoxLayout(self.repeat_field)
        self.repeat_column.setSpacing(2)
        self.repeat_column.setObjectName(u"repeat_column")
        self.repeat_column.setContentsMargins(0, 0, 0, 0)
        self.repeat = QLineEdit(self.repeat_field)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.repeat_column.addWidget(self.repeat)

        self.repeat_error = QLabel(self.repeat_field)
        self.repeat_error.setObjectName(u"repeat_error")

        self.repeat_column.addWidget(self.repeat_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeat_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(TakeoutDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(TakeoutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.locality_label.setBuddy(self.locality)
        self.months_label.setBuddy(self.months)
        self.include_covert_label.setBuddy(self.include_covert)
        self.file_label.setBuddy(self.file)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.locality, self.months)
        QWidget.setTabOrder(self.months, self.include_covert)
        QWidget.setTabOrder(self.include_covert, self.file)
        QWidget.setTabOrder(self.file, self.choose_file)
        QWidget.setTabOrder(self.choose_file, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.repeat)

        self.retranslateUi(TakeoutDialog)

        QMetaObject.connectSlotsByName(TakeoutDialog)
    # setupUi

    def retranslateUi(self, TakeoutDialog):
        TakeoutDialog.setWindowTitle(QCoreApplication.translate("TakeoutDialog", u"Take out for a meeting", None))
        self.intro.setText(QCoreApplication.translate("TakeoutDialog", u"An encrypted file holding one locality's meetings, actions, hotspots, cases, the people linked to them and the crime data the pack needs, to work on at a meeting with no connection. The records stay here too; colleagues see they are taken out until the file is checked in.", None))
        self.locality_label.setText(QCoreApplication.translate("TakeoutDialog", u"&Locality:", None))
#if QT_CONFIG(accessibility)
        self.locality.setAccessibleName(QCoreApplication.translate("TakeoutDialog", u"Locality", None))
#endif // QT_CONFIG(accessibility)
        self.months_label.setText(QCoreApplication.translate("TakeoutDialog", u"&Crime data:", None))
#if QT_CONFIG(accessibility)
        self.months.setAccessibleName(QCoreApplication.translate("TakeoutDialog", u"Months of crime data", None))
#endif // QT_CONFIG(accessibility)
        self.months.setSuffix(QCoreApplication.translate("TakeoutDialog", u" months", None))
        self.include_covert_label.setText(QCoreApplication.translate("TakeoutDialog", u"Co&vert work:", None))
#if QT_CONFIG(accessibility)
        self.include_covert.setAccessibleName(QCoreApplication.translate("TakeoutDialog", u"Include covert work", None))
#endif // QT_CONFIG(accessibility)
        self.include_covert.setText(QCoreApplication.translate("TakeoutDialog", u"Include covert work (RIPA authorisations, covert cameras)", None))
        self.file_label.setText(QCoreApplication.translate("TakeoutDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file.setAccessibleName(QCoreApplication.translate("TakeoutDialog", u"File to write", None))
#endif // QT_CONFIG(accessibility)
        self.file.setPlaceholderText(QCoreApplication.translate("TakeoutDialog", u"Where to write the take-out, e.g. on the laptop", None))
        self.choose_file.setText(QCoreApplication.translate("TakeoutDialog", u"C&hoose\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("TakeoutDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("TakeoutDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("TakeoutDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("TakeoutDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

