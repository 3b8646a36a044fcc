# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.setMinimumSize(QSize(440, 0))
        self.frame = QVBoxLayout(PassphraseDialog)
        self.frame.setObjectName(u"frame")
        self.question = QLabel(PassphraseDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)

        self.frame.addWidget(self.question)

        self.passphrase = QLineEdit(PassphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.frame.addWidget(self.passphrase)

        self.error = QLabel(PassphraseDialog)
        self.error.setObjectName(u"error")

        self.frame.addWidget(self.error)

        self.buttons = QDialogButtonBox(PassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Open|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)


        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Encrypted store", None))
        self.question.setText(QCoreApplication.translate("PassphraseDialog", u"The store is encrypted. Enter its passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

