# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'footage_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FootageDialog(object):
    def setupUi(self, FootageDialog):
        if not FootageDialog.objectName():
            FootageDialog.setObjectName(u"FootageDialog")
        FootageDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(FootageDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.camera_id_label = QLabel(FootageDialog)
        self.camera_id_label.setObjectName(u"camera_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.camera_id_label)

        self.camera_id_field = QWidget(FootageDialog)
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

        self.requested_on_label = QLabel(FootageDialog)
        self.requested_on_label.setObjectName(u"requested_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requested_on_label)

        self.requested_on_field = QWidget(FootageDialog)
        self.requested_on_field.setObjectName(u"requested_on_field")
        self.requested_on_column = QVBoxLayout(self.requested_on_field)
        self.requested_on_column.setSpacing(2)
        self.requested_on_column.setObjectName(u"requested_on_column")
        self.requested_on_column.setContentsMargins(0, 0, 0, 0)
        self.requested_on = QDateEdit(self.requested_on_field)
        self.requested_on.setObjectName(u"requested_on")
        self.requested_on.setMaximumSize(QSize(170, 16777215))
        self.requested_on.setCalendarPopup(True)

        self.requested_on_column.addWidget(self.requested_on)

        self.requested_on_error = QLabel(self.requested_on_field)
        self.requested_on_error.setObjectName(u"requested_on_error")

        self.requested_on_column.addWidget(self.requested_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requested_on_field)

        self.recorded_on_label = QLabel(FootageDialog)
        self.recorded_on_label.setObjectName(u"recorded_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recorded_on_label)

        self.recorded_on_field = QWidget(FootageDialog)
        self.recorded_on_field.setObjectName(u"recorded_on_field")
        self.recorded_on_column = QVBoxLayout(self.recorded_on_field)
        self.recorded_on_column.setSpacing(2)
        self.recorded_on_column.setObjectName(u"recorded_on_column")
        self.recorded_on_column.setContentsMargins(0, 0, 0, 0)
        self.recorded_on = QDateEdit(self.recorded_on_field)
        self.recorded_on.setObjectName(u"recorded_on")
        self.recorded_on.setMaximumSize(QSize(170, 16777215))
        self.recorded_on.setCalendarPopup(True)

        self.recorded_on_column.addWidget(self.recorded_on)

        self.recorded_on_error = QLabel(self.recorded_on_field)
        self.recorded_on_error.setObjectName(u"recorded_on_error")

        self.recorded_on_column.addWidget(self.recorded_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recorded_on_field)

        self.requested_by_label = QLabel(FootageDialog)
        self.requested_by_label.setObjectName(u"requested_by_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requested_by_label)

        self.requested_by_field = QWidget(FootageDialog)
        self.requested_by_field.setObjectName(u"requested_by_field")
        self.requested_by_column = QVBoxLayout(self.requested_by_field)
        self.requested_by_column.setSpacing(2)
        self.requested_by_column.setObjectName(u"requested_by_column")
        self.requested_by_column.setContentsMargins(0, 0, 0, 0)
        self.requested_by = QLineEdit(self.requested_by_field)
        self.requested_by.setObjectName(u"requested_by")

        self.requested_by_column.addWidget(self.requested_by)

        self.requested_by_error = QLabel(self.requested_by_field)
        self.requested_by_error.setObjectName(u"requested_by_error")

        self.requested_by_column.addWidget(self.requested_by_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requested_by_field)

        self.agency_label = QLabel(FootageDialog)
        self.agency_label.setObjectName(u"agency_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agency_label)

        self.agency_field = QWidget(FootageDialog)
        self.agency_field.setObjectName(u"agency_field")
        self.agency_column = QVBoxLayout(self.agency_field)
        self.agency_column.setSpacing(2)
        self.agency_column.setObjectName(u"agency_column")
        self.agency_column.setContentsMargins(0, 0, 0, 0)
        self.agency = QLineEdit(self.agency_field)
        self.agency.setObjectName(u"agency")

        self.agency_column.addWidget(self.agency)

        self.agency_error = QLabel(self.agency_field)
        self.agency_error.setObjectName(u"agency_error")

        self.agency_column.addWidget(self.agency_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agency_field)

        self.reason_label = QLabel(FootageDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_field = QWidget(FootageDialog)
        self.reason_field.setObjectName(u"reason_field")
        self.reason_column = QVBoxLayout(self.reason_field)
        self.reason_column.setSpacing(2)
        self.reason_column.setObjectName(u"reason_column")
        self.reason_column.setContentsMargins(0, 0, 0, 0)
        self.reason = QPlainTextEdit(self.reason_field)
        self.reason.setObjectName(u"reason")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reason.sizePolicy().hasHeightForWidth())
        self.reason.setSizePolicy(sizePolicy)
        self.reason.setMinimumSize(QSize(0, 70))
        self.reason.setMaximumSize(QSize(16777215, 70))
        self.reason.setTabChangesFocus(True)

        self.reason_column.addWidget(self.reason)

        self.reason_error = QLabel(self.reason_field)
        self.reason_error.setObjectName(u"reason_error")

        self.reason_column.addWidget(self.reason_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason_field)

        self.police_reference_label = QLabel(FootageDialog)
        self.police_reference_label.setObjectName(u"police_reference_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.police_reference_label)

        self.police_reference_field = QWidget(FootageDialog)
        self.police_reference_field.setObjectName(u"police_reference_field")
        self.police_reference_column = QVBoxLayout(self.police_reference_field)
        self.police_reference_column.setSpacing(2)
        self.police_reference_column.setObjectName(u"police_reference_column")
        self.police_reference_column.setContentsMargins(0, 0, 0, 0)
        self.police_reference = QLineEdit(self.police_reference_field)
        self.police_reference.setObjectName(u"police_reference")

        self.police_reference_column.addWidget(self.police_reference)

        self.police_reference_error = QLabel(self.police_reference_field)
        self.police_reference_error.setObjectName(u"police_reference_error")

        self.police_reference_column.addWidget(self.police_reference_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.police_reference_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(FootageDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(FootageDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.camera_id_label.setBuddy(self.camera_id)
        self.requested_on_label.setBuddy(self.requested_on)
        self.recorded_on_label.setBuddy(self.recorded_on)
        self.requested_by_label.setBuddy(self.requested_by)
        self.agency_label.setBuddy(self.agency)
        self.reason_label.setBuddy(self.reason)
        self.police_reference_label.setBuddy(self.police_reference)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.camera_id, self.requested_on)
        QWidget.setTabOrder(self.requested_on, self.recorded_on)
        QWidget.setTabOrder(self.recorded_on, self.requested_by)
        QWidget.setTabOrder(self.requested_by, self.agency)
        QWidget.setTabOrder(self.agency, self.reason)
        QWidget.setTabOrder(self.reason, self.police_reference)

        self.retranslateUi(FootageDialog)

        QMetaObject.connectSlotsByName(FootageDialog)
    # setupUi

    def retranslateUi(self, FootageDialog):
        FootageDialog.setWindowTitle(QCoreApplication.translate("FootageDialog", u"Footage request", None))
        self.camera_id_label.setText(QCoreApplication.translate("FootageDialog", u"&Camera:", None))
#if QT_CONFIG(accessibility)
        self.camera_id.setAccessibleName(QCoreApplication.translate("FootageDialog", u"Camera", None))
#endif // QT_CONFIG(accessibility)
        self.requested_on_label.setText(QCoreApplication.translate("FootageDialog", u"&Requested on:", None))
        self.requested_on.setDisplayFormat(QCoreApplication.translate("FootageDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.requested_on.setAccessibleName(QCoreApplication.translate("FootageDialog", u"Requested on", None))
#endif // QT_CONFIG(accessibility)
        self.recorded_on_label.setText(QCoreApplication.translate("FootageDialog", u"Re&corded on:", None))
        self.recorded_on.setDisplayFormat(QCoreApplication.translate("FootageDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.recorded_on.setAccessibleName(QCoreApplication.translate("FootageDialog", u"Recorded on", None))
#endif // QT_CONFIG(accessibility)
        self.requested_by_label.setText(QCoreApplication.translate("FootageDialog", u"Requested &by:", None))
#if QT_CONFIG(accessibility)
        self.requested_by.setAccessibleName(QCoreApplication.translate("FootageDialog", u"Requested by", None))
#endif // QT_CONFIG(accessibility)
        self.agency_label.setText(QCoreApplication.translate("FootageDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("FootageDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("FootageDialog", u"&Why:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("FootageDialog", u"Why", None))
#endif // QT_CONFIG(accessibility)
        self.police_reference_label.setText(QCoreApplication.translate("FootageDialog", u"&Police reference:", None))
#if QT_CONFIG(accessibility)
        self.police_reference.setAccessibleName(QCoreApplication.translate("FootageDialog", u"Police reference", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

