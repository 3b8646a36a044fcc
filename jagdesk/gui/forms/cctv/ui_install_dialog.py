# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'install_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_InstallDialog(object):
    def setupUi(self, InstallDialog):
        if not InstallDialog.objectName():
            InstallDialog.setObjectName(u"InstallDialog")
        InstallDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(InstallDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.camera_id_label = QLabel(InstallDialog)
        self.camera_id_label.setObjectName(u"camera_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.camera_id_label)

        self.camera_id_field = QWidget(InstallDialog)
        self.camera_id_field.setObjectName(u"camera_id_field")
        self.camera_id_column = QVBoxLayout(self.camera_id_field)
        self.camera_id_column.setSpacing(2)
        self.camera_id_column.setObjectName(u"camera_id_column")
        self.camera_id_column.setContentsMargins(0, 0, 0, 0)
        self.camera_id = QComboBox(self.camera_id_field)
        self.camera_id.setObjectName(u"camera_id")

        self.camera_id_column.addWidget(self.camera_id)

        self.camera_id_error = QLabel(self.camera_id_field)
        self.camera_id_error.setObjectName(u"camera_id_error")

        self.camera_id_column.addWidget(self.camera_id_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.camera_id_field)

        self.signage_up_on_label = QLabel(InstallDialog)
        self.signage_up_on_label.setObjectName(u"signage_up_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signage_up_on_label)

        self.signage_up_on_field = QWidget(InstallDialog)
        self.signage_up_on_field.setObjectName(u"signage_up_on_field")
        self.signage_up_on_column = QVBoxLayout(self.signage_up_on_field)
        self.signage_up_on_column.setSpacing(2)
        self.signage_up_on_column.setObjectName(u"signage_up_on_column")
        self.signage_up_on_column.setContentsMargins(0, 0, 0, 0)
        self.signage_up_on = QDateEdit(self.signage_up_on_field)
        self.signage_up_on.setObjectName(u"signage_up_on")
        self.signage_up_on.setMaximumSize(QSize(170, 16777215))
        self.signage_up_on.setCalendarPopup(True)

        self.signage_up_on_column.addWidget(self.signage_up_on)

        self.signage_up_on_error = QLabel(self.signage_up_on_field)
        self.signage_up_on_error.setObjectName(u"signage_up_on_error")

        self.signage_up_on_column.addWidget(self.signage_up_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signage_up_on_field)

        self.installed_on_label = QLabel(InstallDialog)
        self.installed_on_label.setObjectName(u"installed_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.installed_on_label)

        self.installed_on_field = QWidget(InstallDialog)
        self.installed_on_field.setObjectName(u"installed_on_field")
        self.installed_on_column = QVBoxLayout(self.installed_on_field)
        self.installed_on_column.setSpacing(2)
        self.installed_on_column.setObjectName(u"installed_on_column")
        self.installed_on_column.setContentsMargins(0, 0, 0, 0)
        self.installed_on = QDateEdit(self.installed_on_field)
        self.installed_on.setObjectName(u"installed_on")
        self.installed_on.setMaximumSize(QSize(170, 16777215))
        self.installed_on.setCalendarPopup(True)

        self.installed_on_column.addWidget(self.installed_on)

        self.installed_on_error = QLabel(self.installed_on_field)
        self.installed_on_error.setObjectName(u"installed_on_error")

        self.installed_on_column.addWidget(self.installed_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.installed_on_field)

        self.planned_months_label = QLabel(InstallDialog)
        self.planned_months_label.setObjectName(u"planned_months_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.planned_months_label)

        self.planned_months_field = QWidget(InstallDialog)
        self.planned_months_field.setObjectName(u"planned_months_field")
        self.planned_months_column = QVBoxLayout(self.planned_months_field)
        self.planned_months_column.setSpacing(2)
        self.planned_months_column.setObjectName(u"planned_months_column")
        self.planned_months_column.setContentsMargins(0, 0, 0, 0)
        self.planned_months = QSpinBox(self.planned_months_field)
        self.planned_months.setObjectName(u"planned_months")
        self.planned_months.setMinimum(1)
        self.planned_months.setMaximum(24)
        self.planned_months.setMaximumSize(QSize(120, 16777215))

        self.planned_months_column.addWidget(self.planned_months)

        self.planned_months_error = QLabel(self.planned_months_field)
        self.planned_months_error.setObjectName(u"planned_months_error")

        self.planned_months_column.addWidget(self.planned_months_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.planned_months_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(InstallDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(InstallDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.camera_id_label.setBuddy(self.camera_id)
        self.signage_up_on_label.setBuddy(self.signage_up_on)
        self.installed_on_label.setBuddy(self.installed_on)
        self.planned_months_label.setBuddy(self.planned_months)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.camera_id, self.signage_up_on)
        QWidget.setTabOrder(self.signage_up_on, self.installed_on)
        QWidget.setTabOrder(self.installed_on, self.planned_months)

        self.retranslateUi(InstallDialog)

        QMetaObject.connectSlotsByName(InstallDialog)
    # setupUi

    def retranslateUi(self, InstallDialog):
        InstallDialog.setWindowTitle(QCoreApplication.translate("InstallDialog", u"Camera installed", None))
        self.camera_id_label.setText(QCoreApplication.translate("InstallDialog", u"&Camera:", None))
#if QT_CONFIG(accessibility)
        self.camera_id.setAccessibleName(QCoreApplication.translate("InstallDialog", u"Camera", None))
#endif // QT_CONFIG(accessibility)
        self.signage_up_on_label.setText(QCoreApplication.translate("InstallDialog", u"&Signage up on:", None))
        self.signage_up_on.setDisplayFormat(QCoreApplication.translate("InstallDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.signage_up_on.setAccessibleName(QCoreApplication.translate("InstallDialog", u"Signage up on", None))
#endif // QT_CONFIG(accessibility)
        self.installed_on_label.setText(QCoreApplication.translate("InstallDialog", u"&Installed on:", None))
        self.installed_on.setDisplayFormat(QCoreApplication.translate("InstallDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.installed_on.setAccessibleName(QCoreApplication.translate("InstallDialog", u"Installed on", None))
#endif // QT_CONFIG(accessibility)
        self.planned_months_label.setText(QCoreApplication.translate("InstallDialog", u"&Planned for:", None))
        self.planned_months.setSuffix(QCoreApplication.translate("InstallDialog", u" months", None))
#if QT_CONFIG(accessibility)
        self.planned_months.setAccessibleName(QCoreApplication.translate("InstallDialog", u"Planned for", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

