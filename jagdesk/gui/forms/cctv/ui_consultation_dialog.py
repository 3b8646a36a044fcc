# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ConsultationDialog(object):
    def setupUi(self, ConsultationDialog):
        if not ConsultationDialog.objectName():
            ConsultationDialog.setObjectName(u"ConsultationDialog")
        ConsultationDialog.setMinimumSize(QSize(500, 0))
        self.frame = QVBoxLayout(ConsultationDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.letters_sent_on_label = QLabel(ConsultationDialog)
        self.letters_sent_on_label.setObjectName(u"letters_sent_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.letters_sent_on_label)

        self.letters_sent_on_field = QWidget(ConsultationDialog)
        self.letters_sent_on_field.setObjectName(u"letters_sent_on_field")
        self.letters_sent_on_column = QVBoxLayout(self.letters_sent_on_field)
        self.letters_sent_on_column.setSpacing(2)
        self.letters_sent_on_column.setObjectName(u"letters_sent_on_column")
        self.letters_sent_on_column.setContentsMargins(0, 0, 0, 0)
        self.letters_sent_on = QDateEdit(self.letters_sent_on_field)
        self.letters_sent_on.setObjectName(u"letters_sent_on")
        self.letters_sent_on.setMaximumSize(QSize(170, 16777215))
        self.letters_sent_on.setCalendarPopup(True)

        self.letters_sent_on_column.addWidget(self.letters_sent_on)

        self.letters_sent_on_error = QLabel(self.letters_sent_on_field)
        self.letters_sent_on_error.setObjectName(u"letters_sent_on_error")

        self.letters_sent_on_column.addWidget(self.letters_sent_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letters_sent_on_field)

        self.responses_label = QLabel(ConsultationDialog)
        self.responses_label.setObjectName(u"responses_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responses_label)

        self.responses_field = QWidget(ConsultationDialog)
        self.responses_field.setObjectName(u"responses_field")
        self.responses_column = QVBoxLayout(self.responses_field)
        self.responses_column.setSpacing(2)
        self.responses_column.setObjectName(u"responses_column")
        self.responses_column.setContentsMargins(0, 0, 0, 0)
        self.responses = QSpinBox(self.responses_field)
        self.responses.setObjectName(u"responses")
        self.responses.setMinimum(0)
        self.responses.setMaximum(9999)
        self.responses.setMaximumSize(QSize(120, 16777215))

        self.responses_column.addWidget(self.responses)

        self.responses_error = QLabel(self.responses_field)
        self.responses_error.setObjectName(u"responses_error")

        self.responses_column.addWidget(self.responses_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responses_field)

        self.objections_label = QLabel(ConsultationDialog)
        self.objections_label.setObjectName(u"objections_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objections_label)

        self.objections_field = QWidget(ConsultationDialog)
        self.objections_field.setObjectName(u"objections_field")
        self.objections_column = QVBoxLayout(self.objections_field)
        self.objections_column.setSpacing(2)
        self.objections_column.setObjectName(u"objections_column")
        self.objections_column.setContentsMargins(0, 0, 0, 0)
        self.objections = QPlainTextEdit(self.objections_field)
        self.objections.setObjectName(u"objections")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.objections.sizePolicy().hasHeightForWidth())
        self.objections.setSizePolicy(sizePolicy)
        self.objections.setMinimumSize(QSize(0, 70))
        self.objections.setMaximumSize(QSize(16777215, 70))
        self.objections.setTabChangesFocus(True)

        self.objections_column.addWidget(self.objections)

        self.objections_error = QLabel(self.objections_field)
        self.objections_error.setObjectName(u"objections_error")

        self.objections_column.addWidget(self.objections_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.objections_field)

        self.answer_label = QLabel(ConsultationDialog)
        self.answer_label.setObjectName(u"answer_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.answer_label)

        self.answer_field = QWidget(ConsultationDialog)
        self.answer_field.setObjectName(u"answer_field")
        self.answer_column = QVBoxLayout(self.answer_field)
        self.answer_column.setSpacing(2)
        self.answer_column.setObjectName(u"answer_column")
        self.answer_column.setContentsMargins(0, 0, 0, 0)
        self.answer = QPlainTextEdit(self.answer_field)
        self.answer.setObjectName(u"answer")
        sizePolicy.setHeightForWidth(self.answer.sizePolicy().hasHeightForWidth())
        self.answer.setSizePolicy(sizePolicy)
        self.answer.setMinimumSize(QSize(0, 70))
        self.answer.setMaximumSize(QSize(16777215, 70))
        self.answer.setTabChangesFocus(True)

        self.answer_column.addWidget(self.answer)

        self.answer_error = QLabel(self.answer_field)
        self.answer_error.setObjectName(u"answer_error")

        self.answer_column.addWidget(self.answer_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.answer_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ConsultationDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ConsultationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.letters_sent_on_label.setBuddy(self.letters_sent_on)
        self.responses_label.setBuddy(self.responses)
        self.objections_label.setBuddy(self.objections)
        self.answer_label.setBuddy(self.answer)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.letters_sent_on, self.responses)
        QWidget.setTabOrder(self.responses, self.objections)
        QWidget.setTabOrder(self.objections, self.answer)

        self.retranslateUi(ConsultationDialog)

        QMetaObject.connectSlotsByName(ConsultationDialog)
    # setupUi

    def retranslateUi(self, ConsultationDialog):
        ConsultationDialog.setWindowTitle(QCoreApplication.translate("ConsultationDialog", u"Residents consulted", None))
        self.letters_sent_on_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Letters sent on:", None))
        self.letters_sent_on.setDisplayFormat(QCoreApplication.translate("ConsultationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.letters_sent_on.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Letters sent on", None))
#endif // QT_CONFIG(accessibility)
        self.responses_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Responses:", None))
#if QT_CONFIG(accessibility)
        self.responses.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Responses", None))
#endif // QT_CONFIG(accessibility)
        self.objections_label.setText(QCoreApplication.translate("ConsultationDialog", u"&Objections:", None))
#if QT_CONFIG(accessibility)
        self.objections.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"Objections", None))
#endif // QT_CONFIG(accessibility)
        self.answer_label.setText(QCoreApplication.translate("ConsultationDialog", u"How they were &answered:", None))
#if QT_CONFIG(accessibility)
        self.answer.setAccessibleName(QCoreApplication.translate("ConsultationDialog", u"How they were answered", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

