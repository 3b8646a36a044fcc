# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_dialog.ui'
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

class Ui_RequestDialog(object):
    def setupUi(self, RequestDialog):
        if not RequestDialog.objectName():
            RequestDialog.setObjectName(u"RequestDialog")
        RequestDialog.setMinimumSize(QSize(520, 0))
        self.frame = QVBoxLayout(RequestDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.requested_on_label = QLabel(RequestDialog)
        self.requested_on_label.setObjectName(u"requested_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requested_on_label)

        self.requested_on_field = QWidget(RequestDialog)
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


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requested_on_field)

        self.site_label = QLabel(RequestDialog)
        self.site_label.setObjectName(u"site_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.site_label)

        self.site_field = QWidget(RequestDialog)
        self.site_field.setObjectName(u"site_field")
        self.site_column = QVBoxLayout(self.site_field)
        self.site_column.setSpacing(2)
        self.site_column.setObjectName(u"site_column")
        self.site_column.setContentsMargins(0, 0, 0, 0)
        self.site = QLineEdit(self.site_field)
        self.site.setObjectName(u"site")

        self.site_column.addWidget(self.site)

        self.site_error = QLabel(self.site_field)
        self.site_error.setObjectName(u"site_error")

        self.site_column.addWidget(self.site_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.site_field)

        self.hotspot_id_label = QLabel(RequestDialog)
        self.hotspot_id_label.setObjectName(u"hotspot_id_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hotspot_id_label)

        self.hotspot_id_field = QWidget(RequestDialog)
        self.hotspot_id_field.setObjectName(u"hotspot_id_field")
        self.hotspot_id_column = QVBoxLayout(self.hotspot_id_field)
        self.hotspot_id_column.setSpacing(2)
        self.hotspot_id_column.setObjectName(u"hotspot_id_column")
        self.hotspot_id_column.setContentsMargins(0, 0, 0, 0)
        self.hotspot_id = QComboBox(self.hotspot_id_field)
        self.hotspot_id.setObjectName(u"hotspot_id")

        self.hotspot_id_column.addWidget(self.hotspot_id)

        self.hotspot_id_error = QLabel(self.hotspot_id_field)
        self.hotspot_id_error.setObjectName(u"hotspot_id_error")

        self.hotspot_id_column.addWidget(self.hotspot_id_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hotspot_id_field)

        self.requested_by_label = QLabel(RequestDialog)
        self.requested_by_label.setObjectName(u"requested_by_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requested_by_label)

        self.requested_by_field = QWidget(RequestDialog)
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

        self.requesting_agency_label = QLabel(RequestDialog)
        self.requesting_agency_label.setObjectName(u"requesting_agency_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requesting_agency_label)

        self.requesting_agency_field = QWidget(RequestDialog)
        self.requesting_agency_field.setObjectName(u"requesting_agency_field")
        self.requesting_agency_column = QVBoxLayout(self.requesting_agency_field)
        self.requesting_agency_column.setSpacing(2)
        self.requesting_agency_column.setObjectName(u"requesting_agency_column")
        self.requesting_agency_column.setContentsMargins(0, 0, 0, 0)
        self.requesting_agency = QComboBox(self.requesting_agency_field)
        self.requesting_agency.setObjectName(u"requesting_agency")

        self.requesting_agency_column.addWidget(self.requesting_agency)

        self.requesting_agency_error = QLabel(self.requesting_agency_field)
        self.requesting_agency_error.setObjectName(u"requesting_agency_error")

        self.requesting_agency_column.addWidget(self.requesting_agency_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requesting_agency_field)

        self.problem_label = QLabel(RequestDialog)
        self.problem_label.setObjectName(u"problem_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.problem_label)

        self.problem_field = QWidget(RequestDialog)
        self.problem_field.setObjectName(u"problem_field")
        self.problem_column = QVBoxLayout(self.problem_field)
        self.problem_column.setSpacing(2)
        self.problem_column.setObjectName(u"problem_column")
        self.problem_column.setContentsMargins(0, 0, 0, 0)
        self.problem = QPlainTextEdit(self.problem_field)
        self.problem.setObjectName(u"problem")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problem.sizePolicy().hasHeightForWidth())
        self.problem.setSizePolicy(sizePolicy)
        self.problem.setMinimumSize(QSize(0, 70))
        self.problem.setMaximumSize(QSize(16777215, 70))
        self.problem.setTabChangesFocus(True)

        self.problem_column.addWidget(self.problem)

        self.problem_error = QLabel(self.problem_field)
        self.problem_error.setObjectName(u"problem_error")

        self.problem_column.addWidget(self.problem_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.problem_field)

        self.incidents_label = QLabel(RequestDialog)
        self.incidents_label.setObjectName(u"incidents_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.incidents_label)

        self.incidents_field = QWidget(RequestDialog)
        self.incidents_field.setObjectName(u"incidents_field")
        self.incidents_column = QVBoxLayout(self.incidents_field)
        self.incidents_column.setSpacing(2)
        self.incidents_column.setObjectName(u"incidents_column")
        self.incidents_column.setContentsMargins(0, 0, 0, 0)
        self.incidents = QPlainTextEdit(self.incidents_field)
        self.incidents.setObjectName(u"incidents")
        sizePolicy.setHeightForWidth(self.incidents.sizePolicy().hasHeightForWidth())
        self.incidents.setSizePolicy(sizePolicy)
        self.incidents.setMinimumSize(QSize(0, 70))
        self.incidents.setMaximumSize(QSize(16777215, 70))
        self.incidents.setTabChangesFocus(True)

        self.incidents_column.addWidget(self.incidents)

        self.incidents_error = QLabel(self.incidents_field)
        self.incidents_error.setObjectName(u"incidents_error")

        self.incidents_column.addWidget(self.incidents_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.incidents_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(RequestDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(RequestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.requested_on_label.setBuddy(self.requested_on)
        self.site_label.setBuddy(self.site)
        self.hotspot_id_label.setBuddy(self.hotspot_id)
        self.requested_by_label.setBuddy(self.requested_by)
        self.requesting_agency_label.setBuddy(self.requesting_agency)
        self.problem_label.setBuddy(self.problem)
        self.incidents_label.setBuddy(self.incidents)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.requested_on, self.site)
        QWidget.setTabOrder(self.site, self.hotspot_id)
        QWidget.setTabOrder(self.hotspot_id, self.requested_by)
        QWidget.setTabOrder(self.requested_by, self.requesting_agency)
        QWidget.setTabOrder(self.requesting_agency, self.problem)
        QWidget.setTabOrder(self.problem, self.incidents)

        self.retranslateUi(RequestDialog)

        QMetaObject.connectSlotsByName(RequestDialog)
    # setupUi

    def retranslateUi(self, RequestDialog):
        RequestDialog.setWindowTitle(QCoreApplication.translate("RequestDialog", u"New request for a mobile camera", None))
        self.requested_on_label.setText(QCoreApplication.translate("RequestDialog", u"&Requested on:", None))
        self.requested_on.setDisplayFormat(QCoreApplication.translate("RequestDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.requested_on.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Requested on", None))
#endif // QT_CONFIG(accessibility)
        self.site_label.setText(QCoreApplication.translate("RequestDialog", u"&Site or address:", None))
#if QT_CONFIG(accessibility)
        self.site.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Site or address", None))
#endif // QT_CONFIG(accessibility)
        self.hotspot_id_label.setText(QCoreApplication.translate("RequestDialog", u"&Hotspot:", None))
#if QT_CONFIG(accessibility)
        self.hotspot_id.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Hotspot", None))
#endif // QT_CONFIG(accessibility)
        self.requested_by_label.setText(QCoreApplication.translate("RequestDialog", u"Requested &by:", None))
#if QT_CONFIG(accessibility)
        self.requested_by.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Requested by", None))
#endif // QT_CONFIG(accessibility)
        self.requesting_agency_label.setText(QCoreApplication.translate("RequestDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.requesting_agency.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.problem_label.setText(QCoreApplication.translate("RequestDialog", u"&Problem:", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.incidents_label.setText(QCoreApplication.translate("RequestDialog", u"&Incidents behind it:", None))
#if QT_CONFIG(accessibility)
        self.incidents.setAccessibleName(QCoreApplication.translate("RequestDialog", u"Incidents behind it", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

