# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'camera_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_CameraDialog(object):
    def setupUi(self, CameraDialog):
        if not CameraDialog.objectName():
            CameraDialog.setObjectName(u"CameraDialog")
        CameraDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(CameraDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.code_label = QLabel(CameraDialog)
        self.code_label.setObjectName(u"code_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_field = QWidget(CameraDialog)
        self.code_field.setObjectName(u"code_field")
        self.code_column = QVBoxLayout(self.code_field)
        self.code_column.setSpacing(2)
        self.code_column.setObjectName(u"code_column")
        self.code_column.setContentsMargins(0, 0, 0, 0)
        self.code = QLineEdit(self.code_field)
        self.code.setObjectName(u"code")

        self.code_column.addWidget(self.code)

        self.code_error = QLabel(self.code_field)
        self.code_error.setObjectName(u"code_error")

        self.code_column.addWidget(self.code_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_field)

        self.name_label = QLabel(CameraDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(CameraDialog)
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


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_field)

        self.kind_label = QLabel(CameraDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_field = QWidget(CameraDialog)
        self.kind_field.setObjectName(u"kind_field")
        self.kind_column = QVBoxLayout(self.kind_field)
        self.kind_column.setSpacing(2)
        self.kind_column.setObjectName(u"kind_column")
        self.kind_column.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self.kind_field)
        self.kind.setObjectName(u"kind")

        self.kind_column.addWidget(self.kind)

        self.kind_error = QLabel(self.kind_field)
        self.kind_error.setObjectName(u"kind_error")

        self.kind_column.addWidget(self.kind_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_field)

        self.state_label = QLabel(CameraDialog)
        self.state_label.setObjectName(u"state_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.state_label)

        self.state_field = QWidget(CameraDialog)
        self.state_field.setObjectName(u"state_field")
        self.state_column = QVBoxLayout(self.state_field)
        self.state_column.setSpacing(2)
        self.state_column.setObjectName(u"state_column")
        self.state_column.setContentsMargins(0, 0, 0, 0)
        self.state = QComboBox(self.state_field)
        self.state.setObjectName(u"state")

        self.state_column.addWidget(self.state)

        self.state_error = QLabel(self.state_field)
        self.state_error.setObjectName(u"state_error")

        self.state_column.addWidget(self.state_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.state_field)

        self.owner_agency_label = QLabel(CameraDialog)
        self.owner_agency_label.setObjectName(u"owner_agency_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_agency_label)

        self.owner_agency_field = QWidget(CameraDialog)
        self.owner_agency_field.setObjectName(u"owner_agency_field")
        self.owner_agency_column = QVBoxLayout(self.owner_agency_field)
        self.owner_agency_column.setSpacing(2)
        self.owner_agency_column.setObjectName(u"owner_agency_column")
        self.owner_agency_column.setContentsMargins(0, 0, 0, 0)
        self.owner_agency = QComboBox(self.owner_agency_field)
        self.owner_agency.setObjectName(u"owner_agency")

        self.owner_agency_column.addWidget(self.owner_agency)

        self.owner_agency_error = QLabel(self.owner_agency_field)
        self.owner_agency_error.setObjectName(u"owner_agency_error")

        self.owner_agency_column.addWidget(self.owner_agency_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_agency_field)

        self.place_label = QLabel(CameraDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_field = QWidget(CameraDialog)
        self.place_field.setObjectName(u"place_field")
        self.place_column = QVBoxLayout(self.place_field)
        self.place_column.setSpacing(2)
        self.place_column.setObjectName(u"place_column")
        self.place_column.setContentsMargins(0, 0, 0, 0)
        self.place = QLineEdit(self.place_field)
        self.place.setObjectName(u"place")

        self.place_column.addWidget(self.place)

        self.place_error = QLabel(self.place_field)
        self.place_error.setObjectName(u"place_error")

        self.place_column.addWidget(self.place_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.place_field)

        self.area_label = QLabel(CameraDialog)
        self.area_label.setObjectName(u"area_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_field = QWidget(CameraDialog)
        self.area_field.setObjectName(u"area_field")
        self.area_column = QVBoxLayout(self.area_field)
        self.area_column.setSpacing(2)
        self.area_column.setObjectName(u"area_column")
        self.area_column.setContentsMargins(0, 0, 0, 0)
        self.area = QLineEdit(self.area_field)
        self.area.setObjectName(u"area")

        self.area_column.addWidget(self.area)

        self.area_error = QLabel(self.area_field)
        self.area_error.setObjectName(u"area_error")

        self.area_column.addWidget(self.area_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.area_field)

        self.asset_tag_label = QLabel(CameraDialog)
        self.asset_tag_label.setObjectName(u"asset_tag_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.asset_tag_label)

        self.asset_tag_field = QWidget(CameraDialog)
        self.asset_tag_field.setObjectName(u"asset_tag_field")
        self.asset_tag_column = QVBoxLayout(self.asset_tag_field)
        self.asset_tag_column.setSpacing(2)
        self.asset_tag_column.setObjectName(u"asset_tag_column")
        self.asset_tag_column.setContentsMargins(0, 0, 0, 0)
        self.asset_tag = QLineEdit(self.asset_tag_field)
        self.asset_tag.setObjectName(u"asset_tag")

        self.asset_tag_column.addWidget(self.asset_tag)

        self.asset_tag_error = QLabel(self.asset_tag_field)
        self.asset_tag_error.setObjectName(u"asset_tag_error")

        self.asset_tag_column.addWidget(self.asset_tag_error)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.asset_tag_field)

        self.make_label = QLabel(CameraDialog)
        self.make_label.setObjectName(u"make_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.make_label)

        self.make_field = QWidget(CameraDialog)
        self.make_field.setObjectName(u"make_field")
        self.make_column = QVBoxLayout(self.make_field)
        self.make_column.setSpacing(2)
        self.make_column.setObjectName(u"make_column")
        self.make_column.setContentsMargins(0, 0, 0, 0)
        self.make = QLineEdit(self.make_field)
        self.make.setObjectName(u"make")

        self.make_column.addWidget(self.make)

        self.make_error = QLabel(self.make_field)
        self.make_error.setObjectName(u"make_error")

        self.make_column.addWidget(self.make_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.make_field)

        self.retention_days_label = QLabel(CameraDialog)
        self.retention_days_label.setObjectName(u"retention_days_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.retention_days_label)

        self.retention_days_field = QWidget(CameraDialog)
        self.retention_days_field.setObjectName(u"retention_days_field")
        self.retention_days_column = QVBoxLayout(self.retention_days_field)
        self.retention_days_column.setSpacing(2)
        self.retention_days_column.setObjectName(u"retention_days_column")
        self.retention_days_column.setContentsMargins(0, 0, 0, 0)
        self.retention_days = QSpinBox(self.retention_days_field)
        self.retention_days.setObjectName(u"retention_days")
        self.retention_days.setMinimum(1)
        self.retention_days.setMaximum(366)
        self.retention_days.setMaximumSize(QSize(120, 16777215))

        self.retention_days_column.addWidget(self.retention_days)

        self.retention_days_error = QLabel(self.retention_days_field)
        self.retention_days_error.setObjectName(u"retention_days_error")

        self.retention_days_column.addWidget(self.retention_days_error)


        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.retention_days_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(CameraDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(CameraDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.state_label.setBuddy(self.state)
        self.owner_agency_label.setBuddy(self.owner_agency)
        self.place_label.setBuddy(self.place)
        self.area_label.setBuddy(self.area)
        self.asset_tag_label.setBuddy(self.asset_tag)
        self.make_label.setBuddy(self.make)
        self.retention_days_label.setBuddy(self.retention_days)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.name)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.state)
        QWidget.setTabOrder(self.state, self.owner_agency)
        QWidget.setTabOrder(self.owner_agency, self.place)
        QWidget.setTabOrder(self.place, self.area)
        QWidget.setTabOrder(self.area, self.asset_tag)
        QWidget.setTabOrder(self.asset_tag, self.make)
        QWidget.setTabOrder(self.make, self.retention_days)

        self.retranslateUi(CameraDialog)

        QMetaObject.connectSlotsByName(CameraDialog)
    # setupUi

    def retranslateUi(self, CameraDialog):
        CameraDialog.setWindowTitle(QCoreApplication.translate("CameraDialog", u"New camera", None))
        self.code_label.setText(QCoreApplication.translate("CameraDialog", u"Camera &ID:", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Camera ID", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("CameraDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("CameraDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.state_label.setText(QCoreApplication.translate("CameraDialog", u"&State:", None))
#if QT_CONFIG(accessibility)
        self.state.setAccessibleName(QCoreApplication.translate("CameraDialog", u"State", None))
#endif // QT_CONFIG(accessibility)
        self.owner_agency_label.setText(QCoreApplication.translate("CameraDialog", u"&Owner agency:", None))
#if QT_CONFIG(accessibility)
        self.owner_agency.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Owner agency", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("CameraDialog", u"&Where:", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Where", None))
#endif // QT_CONFIG(accessibility)
        self.area_label.setText(QCoreApplication.translate("CameraDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.asset_tag_label.setText(QCoreApplication.translate("CameraDialog", u"Asset &tag:", None))
#if QT_CONFIG(accessibility)
        self.asset_tag.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Asset tag", None))
#endif // QT_CONFIG(accessibility)
        self.make_label.setText(QCoreApplication.translate("CameraDialog", u"&Make:", None))
#if QT_CONFIG(accessibility)
        self.make.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Make", None))
#endif // QT_CONFIG(accessibility)
        self.retention_days_label.setText(QCoreApplication.translate("CameraDialog", u"&Footage kept:", None))
        self.retention_days.setSuffix(QCoreApplication.translate("CameraDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.retention_days.setAccessibleName(QCoreApplication.translate("CameraDialog", u"Footage kept", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

