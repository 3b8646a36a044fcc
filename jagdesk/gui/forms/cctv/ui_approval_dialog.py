# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_ApprovalDialog(object):
    def setupUi(self, ApprovalDialog):
        if not ApprovalDialog.objectName():
            ApprovalDialog.setObjectName(u"ApprovalDialog")
        ApprovalDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(ApprovalDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.decision_label = QLabel(ApprovalDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_field = QWidget(ApprovalDialog)
        self.decision_field.setObjectName(u"decision_field")
        self.decision_column = QVBoxLayout(self.decision_field)
        self.decision_column.setSpacing(2)
        self.decision_column.setObjectName(u"decision_column")
        self.decision_column.setContentsMargins(0, 0, 0, 0)
        self.decision = QComboBox(self.decision_field)
        self.decision.setObjectName(u"decision")

        self.decision_column.addWidget(self.decision)

        self.decision_error = QLabel(self.decision_field)
        self.decision_error.setObjectName(u"decision_error")

        self.decision_column.addWidget(self.decision_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision_field)

        self.decided_on_label = QLabel(ApprovalDialog)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on_field = QWidget(ApprovalDialog)
        self.decided_on_field.setObjectName(u"decided_on_field")
        self.decided_on_column = QVBoxLayout(self.decided_on_field)
        self.decided_on_column.setSpacing(2)
        self.decided_on_column.setObjectName(u"decided_on_column")
        self.decided_on_column.setContentsMargins(0, 0, 0, 0)
        self.decided_on = QDateEdit(self.decided_on_field)
        self.decided_on.setObjectName(u"decided_on")
        self.decided_on.setMaximumSize(QSize(170, 16777215))
        self.decided_on.setCalendarPopup(True)

        self.decided_on_column.addWidget(self.decided_on)

        self.decided_on_error = QLabel(self.decided_on_field)
        self.decided_on_error.setObjectName(u"decided_on_error")

        self.decided_on_column.addWidget(self.decided_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decided_on_field)

        self.decided_at_label = QLabel(ApprovalDialog)
        self.decided_at_label.setObjectName(u"decided_at_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decided_at_label)

        self.decided_at_field = QWidget(ApprovalDialog)
        self.decided_at_field.setObjectName(u"decided_at_field")
        self.decided_at_column = QVBoxLayout(self.decided_at_field)
        self.decided_at_column.setSpacing(2)
        self.decided_at_column.setObjectName(u"decided_at_column")
        self.decided_at_column.setContentsMargins(0, 0, 0, 0)
        self.decided_at = QTimeEdit(self.decided_at_field)
        self.decided_at.setObjectName(u"decided_at")
        self.decided_at.setMaximumSize(QSize(120, 16777215))

        self.decided_at_column.addWidget(self.decided_at)

        self.decided_at_error = QLabel(self.decided_at_field)
        self.decided_at_error.setObjectName(u"decided_at_error")

        self.decided_at_column.addWidget(self.decided_at_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decided_at_field)

        self.court_label = QLabel(ApprovalDialog)
        self.court_label.setObjectName(u"court_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.court_label)

        self.court_field = QWidget(ApprovalDialog)
        self.court_field.setObjectName(u"court_field")
        self.court_column = QVBoxLayout(self.court_field)
        self.court_column.setSpacing(2)
        self.court_column.setObjectName(u"court_column")
        self.court_column.setContentsMargins(0, 0, 0, 0)
        self.court = QLineEdit(self.court_field)
        self.court.setObjectName(u"court")

        self.court_column.addWidget(self.court)

        self.court_error = QLabel(self.court_field)
        self.court_error.setObjectName(u"court_error")

        self.court_column.addWidget(self.court_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.court_field)

        self.magistrate_label = QLabel(ApprovalDialog)
        self.magistrate_label.setObjectName(u"magistrate_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.magistrate_label)

        self.magistrate_field = QWidget(ApprovalDialog)
        self.magistrate_field.setObjectName(u"magistrate_field")
        self.magistrate_column = QVBoxLayout(self.magistrate_field)
        self.magistrate_column.setSpacing(2)
        self.magistrate_column.setObjectName(u"magistrate_column")
        self.magistrate_column.setContentsMargins(0, 0, 0, 0)
        self.magistrate = QLineEdit(self.magistrate_field)
        self.magistrate.setObjectName(u"magistrate")

        self.magistrate_column.addWidget(self.magistrate)

        self.magistrate_error = QLabel(self.magistrate_field)
        self.magistrate_error.setObjectName(u"magistrate_error")

        self.magistrate_column.addWidget(self.magistrate_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.magistrate_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ApprovalDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ApprovalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.decision_label.setBuddy(self.decision)
        self.decided_on_label.setBuddy(self.decided_on)
        self.decided_at_label.setBuddy(self.decided_at)
        self.court_label.setBuddy(self.court)
        self.magistrate_label.setBuddy(self.magistrate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decision, self.decided_on)
        QWidget.setTabOrder(self.decided_on, self.decided_at)
        QWidget.setTabOrder(self.decided_at, self.court)
        QWidget.setTabOrder(self.court, self.magistrate)

        self.retranslateUi(ApprovalDialog)

        QMetaObject.connectSlotsByName(ApprovalDialog)
    # setupUi

    def retranslateUi(self, ApprovalDialog):
        ApprovalDialog.setWindowTitle(QCoreApplication.translate("ApprovalDialog", u"Magistrate's decision", None))
        self.decision_label.setText(QCoreApplication.translate("ApprovalDialog", u"&Decision:", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("ApprovalDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.decided_on_label.setText(QCoreApplication.translate("ApprovalDialog", u"&Date:", None))
        self.decided_on.setDisplayFormat(QCoreApplication.translate("ApprovalDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.decided_on.setAccessibleName(QCoreApplication.translate("ApprovalDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.decided_at_label.setText(QCoreApplication.translate("ApprovalDialog", u"&Time:", None))
        self.decided_at.setDisplayFormat(QCoreApplication.translate("ApprovalDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.decided_at.setAccessibleName(QCoreApplication.translate("ApprovalDialog", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.court_label.setText(QCoreApplication.translate("ApprovalDialog", u"&Court:", None))
#if QT_CONFIG(accessibility)
        self.court.setAccessibleName(QCoreApplication.translate("ApprovalDialog", u"Court", None))
#endif // QT_CONFIG(accessibility)
        self.magistrate_label.setText(QCoreApplication.translate("ApprovalDialog", u"&Magistrate:", None))
#if QT_CONFIG(accessibility)
        self.magistrate.setAccessibleName(QCoreApplication.translate("ApprovalDialog", u"Magistrate", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

