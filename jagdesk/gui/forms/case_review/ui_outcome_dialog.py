# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        OutcomeDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(OutcomeDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(OutcomeDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.outcome_sent_on_label = QLabel(OutcomeDialog)
        self.outcome_sent_on_label.setObjectName(u"outcome_sent_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_sent_on_label)

        self.outcome_sent_on_field = QWidget(OutcomeDialog)
        self.outcome_sent_on_field.setObjectName(u"outcome_sent_on_field")
        self.outcome_sent_on_column = QVBoxLayout(self.outcome_sent_on_field)
        self.outcome_sent_on_column.setSpacing(2)
        self.outcome_sent_on_column.setObjectName(u"outcome_sent_on_column")
        self.outcome_sent_on_column.setContentsMargins(0, 0, 0, 0)
        self.outcome_sent_on = QDateEdit(self.outcome_sent_on_field)
        self.outcome_sent_on.setObjectName(u"outcome_sent_on")
        self.outcome_sent_on.setMaximumSize(QSize(170, 16777215))
        self.outcome_sent_on.setCalendarPopup(True)

        self.outcome_sent_on_column.addWidget(self.outcome_sent_on)

        self.outcome_sent_on_error = QLabel(self.outcome_sent_on_field)
        self.outcome_sent_on_error.setObjectName(u"outcome_sent_on_error")

        self.outcome_sent_on_column.addWidget(self.outcome_sent_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome_sent_on_field)

        self.write_letter_field = QWidget(OutcomeDialog)
        self.write_letter_field.setObjectName(u"write_letter_field")
        self.write_letter_column = QVBoxLayout(self.write_letter_field)
        self.write_letter_column.setSpacing(2)
        self.write_letter_column.setObjectName(u"write_letter_column")
        self.write_letter_column.setContentsMargins(0, 0, 0, 0)
        self.write_letter = QCheckBox(self.write_letter_field)
        self.write_letter.setObjectName(u"write_letter")

        self.write_letter_column.addWidget(self.write_letter)

        self.write_letter_error = QLabel(self.write_letter_field)
        self.write_letter_error.setObjectName(u"write_letter_error")

        self.write_letter_column.addWidget(self.write_letter_error)


        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.write_letter_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(OutcomeDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(OutcomeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.outcome_sent_on_label.setBuddy(self.outcome_sent_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outcome_sent_on, self.write_letter)

        self.retranslateUi(OutcomeDialog)

        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"Outcome to the applicant", None))
        self.what.setText("")
        self.outcome_sent_on_label.setText(QCoreApplication.translate("OutcomeDialog", u"&Sent on:", None))
        self.outcome_sent_on.setDisplayFormat(QCoreApplication.translate("OutcomeDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.outcome_sent_on.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Outcome sent on", None))
#endif // QT_CONFIG(accessibility)
        self.write_letter.setText(QCoreApplication.translate("OutcomeDialog", u"&Write the letter to the applicant (Word) now", None))
#if QT_CONFIG(accessibility)
        self.write_letter.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"&Write the letter to the applicant (Word) now", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

