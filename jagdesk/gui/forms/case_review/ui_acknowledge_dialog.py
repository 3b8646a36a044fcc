# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'acknowledge_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AcknowledgeDialog(object):
    def setupUi(self, AcknowledgeDialog):
        if not AcknowledgeDialog.objectName():
            AcknowledgeDialog.setObjectName(u"AcknowledgeDialog")
        AcknowledgeDialog.setMinimumSize(QSize(420, 0))
        self.frame = QVBoxLayout(AcknowledgeDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(AcknowledgeDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.acknowledged_on_label = QLabel(AcknowledgeDialog)
        self.acknowledged_on_label.setObjectName(u"acknowledged_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acknowledged_on_label)

        self.acknowledged_on_field = QWidget(AcknowledgeDialog)
        self.acknowledged_on_field.setObjectName(u"acknowledged_on_field")
        self.acknowledged_on_column = QVBoxLayout(self.acknowledged_on_field)
        self.acknowledged_on_column.setSpacing(2)
        self.acknowledged_on_column.setObjectName(u"acknowledged_on_column")
        self.acknowledged_on_column.setContentsMargins(0, 0, 0, 0)
        self.acknowledged_on = QDateEdit(self.acknowledged_on_field)
        self.acknowledged_on.setObjectName(u"acknowledged_on")
        self.acknowledged_on.setMaximumSize(QSize(170, 16777215))
        self.acknowledged_on.setCalendarPopup(True)

        self.acknowledged_on_column.addWidget(self.acknowledged_on)

        self.acknowledged_on_error = QLabel(self.acknowledged_on_field)
        self.acknowledged_on_error.setObjectName(u"acknowledged_on_error")

        self.acknowledged_on_column.addWidget(self.acknowledged_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acknowledged_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(AcknowledgeDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(AcknowledgeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.acknowledged_on_label.setBuddy(self.acknowledged_on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AcknowledgeDialog)

        QMetaObject.connectSlotsByName(AcknowledgeDialog)
    # setupUi

    def retranslateUi(self, AcknowledgeDialog):
        AcknowledgeDialog.setWindowTitle(QCoreApplication.translate("AcknowledgeDialog", u"Acknowledge", None))
        self.what.setText("")
        self.acknowledged_on_label.setText(QCoreApplication.translate("AcknowledgeDialog", u"&Acknowledged on:", None))
        self.acknowledged_on.setDisplayFormat(QCoreApplication.translate("AcknowledgeDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.acknowledged_on.setAccessibleName(QCoreApplication.translate("AcknowledgeDialog", u"Acknowledged on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

