# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guest_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_GuestDialog(object):
    def setupUi(self, GuestDialog):
        if not GuestDialog.objectName():
            GuestDialog.setObjectName(u"GuestDialog")
        GuestDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(GuestDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.guest_name_label = QLabel(GuestDialog)
        self.guest_name_label.setObjectName(u"guest_name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.guest_name_label)

        self.guest_name_field = QWidget(GuestDialog)
        self.guest_name_field.setObjectName(u"guest_name_field")
        self.guest_name_column = QVBoxLayout(self.guest_name_field)
        self.guest_name_column.setSpacing(2)
        self.guest_name_column.setObjectName(u"guest_name_column")
        self.guest_name_column.setContentsMargins(0, 0, 0, 0)
        self.guest_name = QLineEdit(self.guest_name_field)
        self.guest_name.setObjectName(u"guest_name")

        self.guest_name_column.addWidget(self.guest_name)

        self.guest_name_error = QLabel(self.guest_name_field)
        self.guest_name_error.setObjectName(u"guest_name_error")

        self.guest_name_column.addWidget(self.guest_name_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.guest_name_field)

        self.guest_agency_label = QLabel(GuestDialog)
        self.guest_agency_label.setObjectName(u"guest_agency_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.guest_agency_label)

        self.guest_agency_field = QWidget(GuestDialog)
        self.guest_agency_field.setObjectName(u"guest_agency_field")
        self.guest_agency_column = QVBoxLayout(self.guest_agency_field)
        self.guest_agency_column.setSpacing(2)
        self.guest_agency_column.setObjectName(u"guest_agency_column")
        self.guest_agency_column.setContentsMargins(0, 0, 0, 0)
        self.guest_agency = QLineEdit(self.guest_agency_field)
        self.guest_agency.setObjectName(u"guest_agency")

        self.guest_agency_column.addWidget(self.guest_agency)

        self.guest_agency_error = QLabel(self.guest_agency_field)
        self.guest_agency_error.setObjectName(u"guest_agency_error")

        self.guest_agency_column.addWidget(self.guest_agency_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.guest_agency_field)

        self.attendance_label = QLabel(GuestDialog)
        self.attendance_label.setObjectName(u"attendance_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendance_label)

        self.attendance_field = QWidget(GuestDialog)
        self.attendance_field.setObjectName(u"attendance_field")
        self.attendance_column = QVBoxLayout(self.attendance_field)
        self.attendance_column.setSpacing(2)
        self.attendance_column.setObjectName(u"attendance_column")
        self.attendance_column.setContentsMargins(0, 0, 0, 0)
        self.attendance = QComboBox(self.attendance_field)
        self.attendance.setObjectName(u"attendance")

        self.attendance_column.addWidget(self.attendance)

        self.attendance_error = QLabel(self.attendance_field)
        self.attendance_error.setObjectName(u"attendance_error")

        self.attendance_column.addWidget(self.attendance_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendance_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(GuestDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(GuestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.guest_name_label.setBuddy(self.guest_name)
        self.guest_agency_label.setBuddy(self.guest_agency)
        self.attendance_label.setBuddy(self.attendance)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.guest_name, self.guest_agency)
        QWidget.setTabOrder(self.guest_agency, self.attendance)

        self.retranslateUi(GuestDialog)

        QMetaObject.connectSlotsByName(GuestDialog)
    # setupUi

    def retranslateUi(self, GuestDialog):
        GuestDialog.setWindowTitle(QCoreApplication.translate("GuestDialog", u"Add a guest", None))
        self.guest_name_label.setText(QCoreApplication.translate("GuestDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.guest_name.setAccessibleName(QCoreApplication.translate("GuestDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.guest_agency_label.setText(QCoreApplication.translate("GuestDialog", u"&Agency:", None))
        self.guest_agency.setPlaceholderText(QCoreApplication.translate("GuestDialog", u"Their organisation, or 'Resident'", None))
#if QT_CONFIG(accessibility)
        self.guest_agency.setAccessibleName(QCoreApplication.translate("GuestDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_label.setText(QCoreApplication.translate("GuestDialog", u"A&ttendance:", None))
#if QT_CONFIG(accessibility)
        self.attendance.setAccessibleName(QCoreApplication.translate("GuestDialog", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

