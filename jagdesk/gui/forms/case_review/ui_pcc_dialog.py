# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pcc_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PccDialog(object):
    def setupUi(self, PccDialog):
        if not PccDialog.objectName():
            PccDialog.setObjectName(u"PccDialog")
        PccDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(PccDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(PccDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pcc_requested_on_label = QLabel(PccDialog)
        self.pcc_requested_on_label.setObjectName(u"pcc_requested_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pcc_requested_on_label)

        self.pcc_requested_on_field = QWidget(PccDialog)
        self.pcc_requested_on_field.setObjectName(u"pcc_requested_on_field")
        self.pcc_requested_on_column = QVBoxLayout(self.pcc_requested_on_field)
        self.pcc_requested_on_column.setSpacing(2)
        self.pcc_requested_on_column.setObjectName(u"pcc_requested_on_column")
        self.pcc_requested_on_column.setContentsMargins(0, 0, 0, 0)
        self.pcc_requested_on = QDateEdit(self.pcc_requested_on_field)
        self.pcc_requested_on.setObjectName(u"pcc_requested_on")
        self.pcc_requested_on.setMaximumSize(QSize(170, 16777215))
        self.pcc_requested_on.setCalendarPopup(True)

        self.pcc_requested_on_column.addWidget(self.pcc_requested_on)

        self.pcc_requested_on_error = QLabel(self.pcc_requested_on_field)
        self.pcc_requested_on_error.setObjectName(u"pcc_requested_on_error")

        self.pcc_requested_on_column.addWidget(self.pcc_requested_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pcc_requested_on_field)

        self.pcc_outcome_label = QLabel(PccDialog)
        self.pcc_outcome_label.setObjectName(u"pcc_outcome_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pcc_outcome_label)

        self.pcc_outcome_field = QWidget(PccDialog)
        self.pcc_outcome_field.setObjectName(u"pcc_outcome_field")
        self.pcc_outcome_column = QVBoxLayout(self.pcc_outcome_field)
        self.pcc_outcome_column.setSpacing(2)
        self.pcc_outcome_column.setObjectName(u"pcc_outcome_column")
        self.pcc_outcome_column.setContentsMargins(0, 0, 0, 0)
        self.pcc_outcome = QComboBox(self.pcc_outcome_field)
        self.pcc_outcome.setObjectName(u"pcc_outcome")

        self.pcc_outcome_column.addWidget(self.pcc_outcome)

        self.pcc_outcome_error = QLabel(self.pcc_outcome_field)
        self.pcc_outcome_error.setObjectName(u"pcc_outcome_error")

        self.pcc_outcome_column.addWidget(self.pcc_outcome_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pcc_outcome_field)

        self.pcc_outcome_on_label = QLabel(PccDialog)
        self.pcc_outcome_on_label.setObjectName(u"pcc_outcome_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pcc_outcome_on_label)

        self.pcc_outcome_on_field = QWidget(PccDialog)
        self.pcc_outcome_on_field.setObjectName(u"pcc_outcome_on_field")
        self.pcc_outcome_on_column = QVBoxLayout(self.pcc_outcome_on_field)
        self.pcc_outcome_on_column.setSpacing(2)
        self.pcc_outcome_on_column.setObjectName(u"pcc_outcome_on_column")
        self.pcc_outcome_on_column.setContentsMargins(0, 0, 0, 0)
        self.pcc_outcome_on = QDateEdit(self.pcc_outcome_on_field)
        self.pcc_outcome_on.setObjectName(u"pcc_outcome_on")
        self.pcc_outcome_on.setMaximumSize(QSize(170, 16777215))
        self.pcc_outcome_on.setCalendarPopup(True)

        self.pcc_outcome_on_column.addWidget(self.pcc_outcome_on)

        self.pcc_outcome_on_error = QLabel(self.pcc_outcome_on_field)
        self.pcc_outcome_on_error.setObjectName(u"pcc_outcome_on_error")

        self.pcc_outcome_on_column.addWidget(self.pcc_outcome_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pcc_outcome_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(PccDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(PccDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.pcc_requested_on_label.setBuddy(self.pcc_requested_on)
        self.pcc_outcome_label.setBuddy(self.pcc_outcome)
        self.pcc_outcome_on_label.setBuddy(self.pcc_outcome_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pcc_requested_on, self.pcc_outcome)
        QWidget.setTabOrder(self.pcc_outcome, self.pcc_outcome_on)

        self.retranslateUi(PccDialog)

        QMetaObject.connectSlotsByName(PccDialog)
    # setupUi

    def retranslateUi(self, PccDialog):
        PccDialog.setWindowTitle(QCoreApplication.translate("PccDialog", u"Review by the Police and Crime Commissioner", None))
        self.what.setText("")
        self.pcc_requested_on_label.setText(QCoreApplication.translate("PccDialog", u"&Asked on:", None))
        self.pcc_requested_on.setDisplayFormat(QCoreApplication.translate("PccDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.pcc_requested_on.setAccessibleName(QCoreApplication.translate("PccDialog", u"Asked the PCC on", None))
#endif // QT_CONFIG(accessibility)
        self.pcc_outcome_label.setText(QCoreApplication.translate("PccDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.pcc_outcome.setAccessibleName(QCoreApplication.translate("PccDialog", u"The PCC's outcome", None))
#endif // QT_CONFIG(accessibility)
        self.pcc_outcome_on_label.setText(QCoreApplication.translate("PccDialog", u"&Decided on:", None))
        self.pcc_outcome_on.setDisplayFormat(QCoreApplication.translate("PccDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.pcc_outcome_on.setAccessibleName(QCoreApplication.translate("PccDialog", u"The PCC's outcome on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

