# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from jagdesk.gui.widgets.optional_date import OptionalDate

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.setMinimumSize(QSize(560, 0))
        self.frame = QVBoxLayout(ActionDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.description_label = QLabel(ActionDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_field = QWidget(ActionDialog)
        self.description_field.setObjectName(u"description_field")
        self.description_column = QVBoxLayout(self.description_field)
        self.description_column.setSpacing(2)
        self.description_column.setObjectName(u"description_column")
        self.description_column.setContentsMargins(0, 0, 0, 0)
        self.description = QPlainTextEdit(self.description_field)
        self.description.setObjectName(u"description")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.description.sizePolicy().hasHeightForWidth())
        self.description.setSizePolicy(sizePolicy)
        self.description.setMinimumSize(QSize(0, 70))
        self.description.setMaximumSize(QSize(16777215, 70))
        self.description.setTabChangesFocus(True)

        self.description_column.addWidget(self.description)

        self.description_error = QLabel(self.description_field)
        self.description_error.setObjectName(u"description_error")

        self.description_column.addWidget(self.description_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description_field)

        self.side_label = QLabel(ActionDialog)
        self.side_label.setObjectName(u"side_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.side_label)

        self.side_field = QWidget(ActionDialog)
        self.side_field.setObjectName(u"side_field")
        self.side_column = QVBoxLayout(self.side_field)
        self.side_column.setSpacing(2)
        self.side_column.setObjectName(u"side_column")
        self.side_column.setContentsMargins(0, 0, 0, 0)
        self.side = QComboBox(self.side_field)
        self.side.setObjectName(u"side")

        self.side_column.addWidget(self.side)

        self.side_error = QLabel(self.side_field)
        self.side_error.setObjectName(u"side_error")

        self.side_column.addWidget(self.side_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.side_field)

        self.technique_label = QLabel(ActionDialog)
        self.technique_label.setObjectName(u"technique_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.technique_label)

        self.technique_field = QWidget(ActionDialog)
        self.technique_field.setObjectName(u"technique_field")
        self.technique_column = QVBoxLayout(self.technique_field)
        self.technique_column.setSpacing(2)
        self.technique_column.setObjectName(u"technique_column")
        self.technique_column.setContentsMargins(0, 0, 0, 0)
        self.technique = QComboBox(self.technique_field)
        self.technique.setObjectName(u"technique")
        self.technique.setMaxVisibleItems(16)

        self.technique_column.addWidget(self.technique)

        self.technique_error = QLabel(self.technique_field)
        self.technique_error.setObjectName(u"technique_error")

        self.technique_column.addWidget(self.technique_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.technique_field)

        self.owner_contact_id_label = QLabel(ActionDialog)
        self.owner_contact_id_label.setObjectName(u"owner_contact_id_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.owner_contact_id_label)

        self.owner_contact_id_field = QWidget(ActionDialog)
        self.owner_contact_id_field.setObjectName(u"owner_contact_id_field")
        self.owner_contact_id_column = QVBoxLayout(self.owner_contact_id_field)
        self.owner_contact_id_column.setSpacing(2)
        self.owner_contact_id_column.setObjectName(u"owner_contact_id_column")
        self.owner_contact_id_column.setContentsMargins(0, 0, 0, 0)
        self.owner = QComboBox(self.owner_contact_id_field)
        self.owner.setObjectName(u"owner")

        self.owner_contact_id_column.addWidget(self.owner)

        self.owner_contact_id_error = QLabel(self.owner_contact_id_field)
        self.owner_contact_id_error.setObjectName(u"owner_contact_id_error")

        self.owner_contact_id_column.addWidget(self.owner_contact_id_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.owner_contact_id_field)

        self.agency_label = QLabel(ActionDialog)
        self.agency_label.setObjectName(u"agency_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agency_label)

        self.agency = QLabel(ActionDialog)
        self.agency.setObjectName(u"agency")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agency)

        self.owner_agency_id_label = QLabel(ActionDialog)
        self.owner_agency_id_label.setObjectName(u"owner_agency_id_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.owner_agency_id_label)

        self.owner_agency_id_field = QWidget(ActionDialog)
        self.owner_agency_id_field.setObjectName(u"owner_agency_id_field")
        self.owner_agency_id_column = QVBoxLayout(self.owner_agency_id_field)
        self.owner_agency_id_column.setSpacing(2)
        self.owner_agency_id_column.setObjectName(u"owner_agency_id_column")
        self.owner_agency_id_column.setContentsMargins(0, 0, 0, 0)
        self.agency_choice = QComboBox(self.owner_agency_id_field)
        self.agency_choice.setObjectName(u"agency_choice")

        self.owner_agency_id_column.addWidget(self.agency_choice)

        self.owner_agency_id_error = QLabel(self.owner_agency_id_field)
        self.owner_agency_id_error.setObjectName(u"owner_agency_id_error")

        self.owner_agency_id_column.addWidget(self.owner_agency_id_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.owner_agency_id_field)

        self.due_on_label = QLabel(ActionDialog)
        self.due_on_label.setObjectName(u"due_on_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on_field = QWidget(ActionDialog)
        self.due_on_field.setObjectName(u"due_on_field")
        self.due_on_column = QVBoxLayout(self.due_on_field)
        self.due_on_column.setSpacing(2)
        self.due_on_column.setObjectName(u"due_on_column")
        self.due_on_column.setContentsMargins(0, 0, 0, 0)
        self.due_on = OptionalDate(self.due_on_field)
        self.due_on.setObjectName(u"due_on")

        self.due_on_column.addWidget(self.due_on)

        self.due_on_error = QLabel(self.due_on_field)
        self.due_on_error.setObjectName(u"due_on_error")

        self.due_on_column.addWidget(self.due_on_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.due_on_field)

        self.status_label = QLabel(ActionDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_field = QWidget(ActionDialog)
        self.status_field.setObjectName(u"status_field")
        self.status_column = QVBoxLayout(self.status_field)
        self.status_column.setSpacing(2)
        self.status_column.setObjectName(u"status_column")
        self.status_column.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox(self.status_field)
        self.status.setObjectName(u"status")

        self.status_column.addWidget(self.status)

        self.status_error = QLabel(self.status_field)
        self.status_error.setObjectName(u"status_error")

        self.status_column.addWidget(self.status_error)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status_field)

        self.completed_on_label = QLabel(ActionDialog)
        self.completed_on_label.setObjectName(u"completed_on_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.completed_on_label)

        self.completed_on_field = QWidget(ActionDialog)
        self.completed_on_field.setObjectName(u"completed_on_field")
        self.completed_on_column = QVBoxLayout(self.completed_on_field)
        self.completed_on_column.setSpacing(2)
        self.completed_on_column.setObjectName(u"completed_on_column")
        self.completed_on_column.setContentsMargins(0, 0, 0, 0)
        self.completed_on = QDateEdit(self.completed_on_field)
        self.completed_on.setObjectName(u"completed_on")
        self.completed_on.setMaximumSize(QSize(170, 16777215))
        self.completed_on.setCalendarPopup(True)

        self.completed_on_column.addWidget(self.completed_on)

        self.completed_on_error = QLabel(self.completed_on_field)
        self.completed_on_error.setObjectName(u"completed_on_error")

        self.completed_on_column.addWidget(self.completed_on_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.completed_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ActionDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.description_label.setBuddy(self.description)
        self.side_label.setBuddy(self.side)
        self.technique_label.setBuddy(self.technique)
        self.owner_contact_id_label.setBuddy(self.owner)
        self.agency_label.setBuddy(self.agency)
        self.owner_agency_id_label.setBuddy(self.agency_choice)
        self.due_on_label.setBuddy(self.due_on)
        self.status_label.setBuddy(self.status)
        self.completed_on_label.setBuddy(self.completed_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.description, self.side)
        QWidget.setTabOrder(self.side, self.technique)
        QWidget.setTabOrder(self.technique, self.owner)
        QWidget.setTabOrder(self.owner, self.agency_choice)
        QWidget.setTabOrder(self.agency_choice, self.due_on)
        QWidget.setTabOrder(self.due_on, self.status)
        QWidget.setTabOrder(self.status, self.completed_on)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"New action", None))
        self.description_label.setText(QCoreApplication.translate("ActionDialog", u"&Action:", None))
        self.description.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"What will be done, and where", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.side_label.setText(QCoreApplication.translate("ActionDialog", u"&Side:", None))
#if QT_CONFIG(accessibility)
        self.side.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Side", None))
#endif // QT_CONFIG(accessibility)
        self.technique_label.setText(QCoreApplication.translate("ActionDialog", u"&Technique:", None))
#if QT_CONFIG(accessibility)
        self.technique.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Technique", None))
#endif // QT_CONFIG(accessibility)
        self.owner_contact_id_label.setText(QCoreApplication.translate("ActionDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.agency_label.setText(QCoreApplication.translate("ActionDialog", u"Agency:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.owner_agency_id_label.setText(QCoreApplication.translate("ActionDialog", u"A&gency:", None))
#if QT_CONFIG(accessibility)
        self.agency_choice.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.due_on_label.setText(QCoreApplication.translate("ActionDialog", u"&Due by:", None))
#if QT_CONFIG(accessibility)
        self.due_on.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ActionDialog", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.completed_on_label.setText(QCoreApplication.translate("ActionDialog", u"&Completed on:", None))
        self.completed_on.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.completed_on.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Completed on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

