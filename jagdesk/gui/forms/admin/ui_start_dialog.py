# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_dialog.ui'
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
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_StartDialog(object):
    def setupUi(self, StartDialog):
        if not StartDialog.objectName():
            StartDialog.setObjectName(u"StartDialog")
        StartDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(StartDialog)
        self.frame.setObjectName(u"frame")
        self.question = QLabel(StartDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)

        self.frame.addWidget(self.question)

        self.demo = QRadioButton(StartDialog)
        self.demo.setObjectName(u"demo")
        self.demo.setChecked(True)

        self.frame.addWidget(self.demo)

        self.empty = QRadioButton(StartDialog)
        self.empty.setObjectName(u"empty")

        self.frame.addWidget(self.empty)

        self.restore = QRadioButton(StartDialog)
        self.restore.setObjectName(u"restore")

        self.frame.addWidget(self.restore)

        self.backup_choice = QWidget(StartDialog)
        self.backup_choice.setObjectName(u"backup_choice")
        self.backup_row = QHBoxLayout(self.backup_choice)
        self.backup_row.setObjectName(u"backup_row")
        self.backup_row.setContentsMargins(24, 0, 0, 0)
        self.backup = QLineEdit(self.backup_choice)
        self.backup.setObjectName(u"backup")

        self.backup_row.addWidget(self.backup)

        self.browse = QPushButton(self.backup_choice)
        self.browse.setObjectName(u"browse")

        self.backup_row.addWidget(self.browse)


        self.frame.addWidget(self.backup_choice)

        self.encrypt = QCheckBox(StartDialog)
        self.encrypt.setObjectName(u"encrypt")

        self.frame.addWidget(self.encrypt)

        self.encryption = QWidget(StartDialog)
        self.encryption.setObjectName(u"encryption")
        self.encryption_form = QFormLayout(self.encryption)
        self.encryption_form.setObjectName(u"encryption_form")
        self.encryption_form.setContentsMargins(9, 9, 9, 9)
        self.passphrase_label = QLabel(self.encryption)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.encryption_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(self.encryption)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.encryption_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeat_label = QLabel(self.encryption)
        self.repeat_label.setObjectName(u"repeat_label")

        self.encryption_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(self.encryption)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.encryption_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.frame.addWidget(self.encryption)

        self.error = QLabel(StartDialog)
        self.error.setObjectName(u"error")

        self.frame.addWidget(self.error)

        self.buttons = QDialogButtonBox(StartDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.demo, self.empty)
        QWidget.setTabOrder(self.empty, self.restore)
        QWidget.setTabOrder(self.restore, self.backup)
        QWidget.setTabOrder(self.backup, self.browse)
        QWidget.setTabOrder(self.browse, self.encrypt)
        QWidget.setTabOrder(self.encrypt, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.repeat)

        self.retranslateUi(StartDialog)

        QMetaObject.connectSlotsByName(StartDialog)
    # setupUi

    def retranslateUi(self, StartDialog):
        StartDialog.setWindowTitle(QCoreApplication.translate("StartDialog", u"Welcome to JAGDesk", None))
        self.question.setText(QCoreApplication.translate("StartDialog", u"The store has no records yet. How would you like to begin?", None))
        self.demo.setText(QCoreApplication.translate("StartDialog", u"Load the &demo partnership (a fictional Hertsmere CSP) to explore", None))
        self.empty.setText(QCoreApplication.translate("StartDialog", u"Start &empty, to enter our own partnership", None))
        self.restore.setText(QCoreApplication.translate("StartDialog", u"&Restore from a backup (moving to a new computer)", None))
        self.backup.setPlaceholderText(QCoreApplication.translate("StartDialog", u"The backup file (.db)", None))
#if QT_CONFIG(accessibility)
        self.backup.setAccessibleName(QCoreApplication.translate("StartDialog", u"Backup file", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("StartDialog", u"&Browse\u2026", None))
        self.encrypt.setText(QCoreApplication.translate("StartDialog", u"E&ncrypt the store with a passphrase (recommended on laptops)", None))
        self.passphrase_label.setText(QCoreApplication.translate("StartDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("StartDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeat_label.setText(QCoreApplication.translate("StartDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("StartDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

