# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AgencyDialog(object):
    def setupUi(self, AgencyDialog):
        if not AgencyDialog.objectName():
            AgencyDialog.setObjectName(u"AgencyDialog")
        AgencyDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(AgencyDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(AgencyDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(AgencyDialog)
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

        self.agency_type_label = QLabel(AgencyDialog)
        self.agency_type_label.setObjectName(u"agency_type_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agency_type_label)

        self.agency_type_field = QWidget(AgencyDialog)
        self.agency_type_field.setObjectName(u"agency_type_field")
        self.agency_type_column = QVBoxLayout(self.agency_type_field)
        self.agency_type_column.setSpacing(2)
        self.agency_type_column.setObjectName(u"agency_type_column")
        self.agency_type_column.setContentsMargins(0, 0, 0, 0)
        self.agency_type = QComboBox(self.agency_type_field)
        self.agency_type.setObjectName(u"agency_type")

        self.agency_type_column.addWidget(self.agency_type)

        self.agency_type_error = QLabel(self.agency_type_field)
        self.agency_type_error.setObjectName(u"agency_type_error")

        self.agency_type_column.addWidget(self.agency_type_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agency_type_field)

        self.active_label = QLabel(AgencyDialog)
        self.active_label.setObjectName(u"active_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.active_label)

        self.active_field = QWidget(AgencyDialog)
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

        self.general_error = QLabel(AgencyDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(AgencyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.agency_type_label.setBuddy(self.agency_type)
        self.active_label.setBuddy(self.active)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.agency_type)
        QWidget.setTabOrder(self.agency_type, self.active)

        self.retranslateUi(AgencyDialog)

        QMetaObject.connectSlotsByName(AgencyDialog)
    # setupUi

    def retranslateUi(self, AgencyDialog):
        AgencyDialog.setWindowTitle(QCoreApplication.translate("AgencyDialog", u"New agency", None))
        self.name_label.setText(QCoreApplication.translate("AgencyDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.agency_type_label.setText(QCoreApplication.translate("AgencyDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.agency_type.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Type", None))
#endif // QT_CONFIG(accessibility)
        self.active_label.setText("")
        self.active.setText(QCoreApplication.translate("AgencyDialog", u"Active partner", None))
    # retranslateUi

