# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'renewal_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RenewalDialog(object):
    def setupUi(self, RenewalDialog):
        if not RenewalDialog.objectName():
            RenewalDialog.setObjectName(u"RenewalDialog")
        RenewalDialog.setMinimumSize(QSize(500, 0))
        self.frame = QVBoxLayout(RenewalDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.approved_on_label = QLabel(RenewalDialog)
        self.approved_on_label.setObjectName(u"approved_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approved_on_label)

        self.approved_on_field = QWidget(RenewalDialog)
        self.approved_on_field.setObjectName(u"approved_on_field")
        self.approved_on_column = QVBoxLayout(self.approved_on_field)
        self.approved_on_column.setSpacing(2)
        self.approved_on_column.setObjectName(u"approved_on_column")
        self.approved_on_column.setContentsMargins(0, 0, 0, 0)
        self.approved_on = QDateEdit(self.approved_on_field)
        self.approved_on.setObjectName(u"approved_on")
        self.approved_on.setMaximumSize(QSize(170, 16777215))
        self.approved_on.setCalendarPopup(True)

        self.approved_on_column.addWidget(self.approved_on)

        self.approved_on_error = QLabel(self.approved_on_field)
        self.approved_on_error.setObjectName(u"approved_on_error")

        self.approved_on_column.addWidget(self.approved_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approved_on_field)

        self.magistrate_label = QLabel(RenewalDialog)
        self.magistrate_label.setObjectName(u"magistrate_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.magistrate_label)

        self.magistrate_field = QWidget(RenewalDialog)
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


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.magistrate_field)

        self.officer_id_label = QLabel(RenewalDialog)
        self.officer_id_label.setObjectName(u"officer_id_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officer_id_label)

        self.officer_id_field = QWidget(RenewalDialog)
        self.officer_id_field.setObjectName(u"officer_id_field")
        self.officer_id_column = QVBoxLayout(self.officer_id_field)
        self.officer_id_column.setSpacing(2)
        self.officer_id_column.setObjectName(u"officer_id_column")
        self.officer_id_column.setContentsMargins(0, 0, 0, 0)
        self.officer_id = QComboBox(self.officer_id_field)
        self.officer_id.setObjectName(u"officer_id")

        self.officer_id_column.addWidget(self.officer_id)

        self.officer_id_error = QLabel(self.officer_id_field)
        self.officer_id_error.setObjectName(u"officer_id_error")

        self.officer_id_column.addWidget(self.officer_id_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officer_id_field)

        self.runs_label = QLabel(RenewalDialog)
        self.runs_label.setObjectName(u"runs_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.runs_label)

        self.runs = QLabel(RenewalDialog)
        self.runs.setObjectName(u"runs")
        self.runs.setWordWrap(True)
        self.runs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.runs)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(RenewalDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(RenewalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.approved_on_label.setBuddy(self.approved_on)
        self.magistrate_label.setBuddy(self.magistrate)
        self.officer_id_label.setBuddy(self.officer_id)
        self.runs_label.setBuddy(self.runs)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approved_on, self.magistrate)
        QWidget.setTabOrder(self.magistrate, self.officer_id)

        self.retranslateUi(RenewalDialog)

        QMetaObject.connectSlotsByName(RenewalDialog)
    # setupUi

    def retranslateUi(self, RenewalDialog):
        RenewalDialog.setWindowTitle(QCoreApplication.translate("RenewalDialog", u"Renewal", None))
        self.approved_on_label.setText(QCoreApplication.translate("RenewalDialog", u"&Approved by the magistrate on:", None))
        self.approved_on.setDisplayFormat(QCoreApplication.translate("RenewalDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.approved_on.setAccessibleName(QCoreApplication.translate("RenewalDialog", u"Approved by the magistrate on", None))
#endif // QT_CONFIG(accessibility)
        self.magistrate_label.setText(QCoreApplication.translate("RenewalDialog", u"&Magistrate:", None))
#if QT_CONFIG(accessibility)
        self.magistrate.setAccessibleName(QCoreApplication.translate("RenewalDialog", u"Magistrate", None))
#endif // QT_CONFIG(accessibility)
        self.officer_id_label.setText(QCoreApplication.translate("RenewalDialog", u"&Authorising officer:", None))
#if QT_CONFIG(accessibility)
        self.officer_id.setAccessibleName(QCoreApplication.translate("RenewalDialog", u"Authorising officer", None))
#endif // QT_CONFIG(accessibility)
        self.runs_label.setText("")
    # retranslateUi

