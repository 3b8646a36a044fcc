# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officer_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OfficerDialog(object):
    def setupUi(self, OfficerDialog):
        if not OfficerDialog.objectName():
            OfficerDialog.setObjectName(u"OfficerDialog")
        OfficerDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(OfficerDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(OfficerDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(OfficerDialog)
        self.name_field.setObjectName(u"name_field")
        self.name_column = QVBoxLayout(self.name_field)
        self.name_column.setSpacing(2)
        self.name_column.setObjectName(u"name_column")
        self.name_column.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self.name_field)
        self.name.setObjectName(u"name")

        self.name_column.addWidget(self.name)

        self.name_error = QLabel(self.name_field)
        self.name_error.setObjectName(u"name_error")

        self.name_column.addWidget(self.name_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_field)

        self.grade_label = QLabel(OfficerDialog)
        self.grade_label.setObjectName(u"grade_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.grade_label)

        self.grade_field = QWidget(OfficerDialog)
        self.grade_field.setObjectName(u"grade_field")
        self.grade_column = QVBoxLayout(self.grade_field)
        self.grade_column.setSpacing(2)
        self.grade_column.setObjectName(u"grade_column")
        self.grade_column.setContentsMargins(0, 0, 0, 0)
        self.grade = QLineEdit(self.grade_field)
        self.grade.setObjectName(u"grade")

        self.grade_column.addWidget(self.grade)

        self.grade_error = QLabel(self.grade_field)
        self.grade_error.setObjectName(u"grade_error")

        self.grade_column.addWidget(self.grade_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.grade_field)

        self.active_label = QLabel(OfficerDialog)
        self.active_label.setObjectName(u"active_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.active_label)

        self.active_field = QWidget(OfficerDialog)
        self.active_field.setObjectName(u"active_field")
        self.active_column = QVBoxLayout(self.active_field)
        self.active_column.setSpacing(2)
        self.active_column.setObjectName(u"active_column")
        self.active_column.setContentsMargins(0, 0, 0, 0)
        self.active = QCheckBox(self.active_field)
        self.active.setObjectName(u"active")

        self.active_column.addWidget(self.active)

        self.active_error = QLabel(self.active_field)
        self.active_error.setObjectName(u"active_error")

        self.active_column.addWidget(self.active_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.active_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(OfficerDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(OfficerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.grade_label.setBuddy(self.grade)
        self.active_label.setBuddy(self.active)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.grade)
        QWidget.setTabOrder(self.grade, self.active)

        self.retranslateUi(OfficerDialog)

        QMetaObject.connectSlotsByName(OfficerDialog)
    # setupUi

    def retranslateUi(self, OfficerDialog):
        OfficerDialog.setWindowTitle(QCoreApplication.translate("OfficerDialog", u"New authorising officer", None))
        self.name_label.setText(QCoreApplication.translate("OfficerDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("OfficerDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.grade_label.setText(QCoreApplication.translate("OfficerDialog", u"&Grade:", None))
#if QT_CONFIG(accessibility)
        self.grade.setAccessibleName(QCoreApplication.translate("OfficerDialog", u"Grade", None))
#endif // QT_CONFIG(accessibility)
        self.active_label.setText("")
        self.active.setText(QCoreApplication.translate("OfficerDialog", u"&Designated now (offered in applications)", None))
#if QT_CONFIG(accessibility)
        self.active.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
    # retranslateUi

