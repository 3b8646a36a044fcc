# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'escalation_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EscalationDialog(object):
    def setupUi(self, EscalationDialog):
        if not EscalationDialog.objectName():
            EscalationDialog.setObjectName(u"EscalationDialog")
        EscalationDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(EscalationDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(EscalationDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.escalated_on_label = QLabel(EscalationDialog)
        self.escalated_on_label.setObjectName(u"escalated_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.escalated_on_label)

        self.escalated_on_field = QWidget(EscalationDialog)
        self.escalated_on_field.setObjectName(u"escalated_on_field")
        self.escalated_on_column = QVBoxLayout(self.escalated_on_field)
        self.escalated_on_column.setSpacing(2)
        self.escalated_on_column.setObjectName(u"escalated_on_column")
        self.escalated_on_column.setContentsMargins(0, 0, 0, 0)
        self.escalated_on = QDateEdit(self.escalated_on_field)
        self.escalated_on.setObjectName(u"escalated_on")
        self.escalated_on.setMaximumSize(QSize(170, 16777215))
        self.escalated_on.setCalendarPopup(True)

        self.escalated_on_column.addWidget(self.escalated_on)

        self.escalated_on_error = QLabel(self.escalated_on_field)
        self.escalated_on_error.setObjectName(u"escalated_on_error")

        self.escalated_on_column.addWidget(self.escalated_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.escalated_on_field)

        self.decided_field = QWidget(EscalationDialog)
        self.decided_field.setObjectName(u"decided_field")
        self.decided_column = QVBoxLayout(self.decided_field)
        self.decided_column.setSpacing(2)
        self.decided_column.setObjectName(u"decided_column")
        self.decided_column.setContentsMargins(0, 0, 0, 0)
        self.decided = QCheckBox(self.decided_field)
        self.decided.setObjectName(u"decided")

        self.decided_column.addWidget(self.decided)

        self.decided_error = QLabel(self.decided_field)
        self.decided_error.setObjectName(u"decided_error")

        self.decided_column.addWidget(self.decided_error)


        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.decided_field)

        self.escalation_outcome_label = QLabel(EscalationDialog)
        self.escalation_outcome_label.setObjectName(u"escalation_outcome_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.escalation_outcome_label)

        self.escalation_outcome_field = QWidget(EscalationDialog)
        self.escalation_outcome_field.setObjectName(u"escalation_outcome_field")
        self.escalation_outcome_column = QVBoxLayout(self.escalation_outcome_field)
        self.escalation_outcome_column.setSpacing(2)
        self.escalation_outcome_column.setObjectName(u"escalation_outcome_column")
        self.escalation_outcome_column.setContentsMargins(0, 0, 0, 0)
        self.escalation_outcome = QPlainTextEdit(self.escalation_outcome_field)
        self.escalation_outcome.setObjectName(u"escalation_outcome")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.escalation_outcome.sizePolicy().hasHeightForWidth())
        self.escalation_outcome.setSizePolicy(sizePolicy)
        self.escalation_outcome.setMinimumSize(QSize(0, 60))
        self.escalation_outcome.setMaximumSize(QSize(16777215, 60))
        self.escalation_outcome.setTabChangesFocus(True)

        self.escalation_outcome_column.addWidget(self.escalation_outcome)

        self.escalation_outcome_error = QLabel(self.escalation_outcome_field)
        self.escalation_outcome_error.setObjectName(u"escalation_outcome_error")

        self.escalation_outcome_column.addWidget(self.escalation_outcome_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.escalation_outcome_field)

        self.escalation_outcome_on_label = QLabel(EscalationDialog)
        self.escalation_outcome_on_label.setObjectName(u"escalation_outcome_on_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.escalation_outcome_on_label)

        self.escalation_outcome_on_field = QWidget(EscalationDialog)
        self.escalation_outcome_on_field.setObjectName(u"escalation_outcome_on_field")
        self.escalation_outcome_on_column = QVBoxLayout(self.escalation_outcome_on_field)
        self.escalation_outcome_on_column.setSpacing(2)
        self.escalation_outcome_on_column.setObjectName(u"escalation_outcome_on_column")
        self.escalation_outcome_on_column.setContentsMargins(0, 0, 0, 0)
        self.escalation_outcome_on = QDateEdit(self.escalation_outcome_on_field)
        self.escalation_outcome_on.setObjectName(u"escalation_outcome_on")
        self.escalation_outcome_on.setMaximumSize(QSize(170, 16777215))
        self.escalation_outcome_on.setCalendarPopup(True)

        self.escalation_outcome_on_column.addWidget(self.escalation_outcome_on)

        self.escalation_outcome_on_error = QLabel(self.escalation_outcome_on_field)
        self.escalation_outcome_on_error.setObjectName(u"escalation_outcome_on_error")

        self.escalation_outcome_on_column.addWidget(self.escalation_outcome_on_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.escalation_outcome_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(EscalationDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(EscalationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.escalated_on_label.setBuddy(self.escalated_on)
        self.escalation_outcome_label.setBuddy(self.escalation_outcome)
        self.escalation_outcome_on_label.setBuddy(self.escalation_outcome_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.escalated_on, self.decided)
        QWidget.setTabOrder(self.decided, self.escalation_outcome)
        QWidget.setTabOrder(self.escalation_outcome, self.escalation_outcome_on)

        self.retranslateUi(EscalationDialog)

        QMetaObject.connectSlotsByName(EscalationDialog)
    # setupUi

    def retranslateUi(self, EscalationDialog):
        EscalationDialog.setWindowTitle(QCoreApplication.translate("EscalationDialog", u"Escalation", None))
        self.what.setText("")
        self.escalated_on_label.setText(QCoreApplication.translate("EscalationDialog", u"&Asked on:", None))
        self.escalated_on.setDisplayFormat(QCoreApplication.translate("EscalationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.escalated_on.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"Escalation asked on", None))
#endif // QT_CONFIG(accessibility)
        self.decided.setText(QCoreApplication.translate("EscalationDialog", u"The escalation has an &outcome", None))
#if QT_CONFIG(accessibility)
        self.decided.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"The escalation has an &outcome", None))
#endif // QT_CONFIG(accessibility)
        self.escalation_outcome_label.setText(QCoreApplication.translate("EscalationDialog", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.escalation_outcome.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"The escalation's outcome", None))
#endif // QT_CONFIG(accessibility)
        self.escalation_outcome_on_label.setText(QCoreApplication.translate("EscalationDialog", u"Outcome o&n:", None))
        self.escalation_outcome_on.setDisplayFormat(QCoreApplication.translate("EscalationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.escalation_outcome_on.setAccessibleName(QCoreApplication.translate("EscalationDialog", u"The escalation's outcome on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

