# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'arrange_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_ArrangeDialog(object):
    def setupUi(self, ArrangeDialog):
        if not ArrangeDialog.objectName():
            ArrangeDialog.setObjectName(u"ArrangeDialog")
        ArrangeDialog.setMinimumSize(QSize(560, 0))
        self.frame = QVBoxLayout(ArrangeDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(ArrangeDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.contact_ids_label = QLabel(ArrangeDialog)
        self.contact_ids_label.setObjectName(u"contact_ids_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_ids_label)

        self.contact_ids_field = QWidget(ArrangeDialog)
        self.contact_ids_field.setObjectName(u"contact_ids_field")
        self.contact_ids_column = QVBoxLayout(self.contact_ids_field)
        self.contact_ids_column.setSpacing(2)
        self.contact_ids_column.setObjectName(u"contact_ids_column")
        self.contact_ids_column.setContentsMargins(0, 0, 0, 0)
        self.contact_ids = QListWidget(self.contact_ids_field)
        self.contact_ids.setObjectName(u"contact_ids")
        self.contact_ids.setMinimumSize(QSize(0, 150))

        self.contact_ids_column.addWidget(self.contact_ids)

        self.contact_ids_error = QLabel(self.contact_ids_field)
        self.contact_ids_error.setObjectName(u"contact_ids_error")

        self.contact_ids_column.addWidget(self.contact_ids_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_ids_field)

        self.agency_ids_label = QLabel(ArrangeDialog)
        self.agency_ids_label.setObjectName(u"agency_ids_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agency_ids_label)

        self.agency_ids_field = QWidget(ArrangeDialog)
        self.agency_ids_field.setObjectName(u"agency_ids_field")
        self.agency_ids_column = QVBoxLayout(self.agency_ids_field)
        self.agency_ids_column.setSpacing(2)
        self.agency_ids_column.setObjectName(u"agency_ids_column")
        self.agency_ids_column.setContentsMargins(0, 0, 0, 0)
        self.agency_ids = QListWidget(self.agency_ids_field)
        self.agency_ids.setObjectName(u"agency_ids")
        self.agency_ids.setMinimumSize(QSize(0, 110))

        self.agency_ids_column.addWidget(self.agency_ids)

        self.agency_ids_error = QLabel(self.agency_ids_field)
        self.agency_ids_error.setObjectName(u"agency_ids_error")

        self.agency_ids_column.addWidget(self.agency_ids_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agency_ids_field)

        self.held_on_label = QLabel(ArrangeDialog)
        self.held_on_label.setObjectName(u"held_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on_field = QWidget(ArrangeDialog)
        self.held_on_field.setObjectName(u"held_on_field")
        self.held_on_column = QVBoxLayout(self.held_on_field)
        self.held_on_column.setSpacing(2)
        self.held_on_column.setObjectName(u"held_on_column")
        self.held_on_column.setContentsMargins(0, 0, 0, 0)
        self.held_on = QDateEdit(self.held_on_field)
        self.held_on.setObjectName(u"held_on")
        self.held_on.setMaximumSize(QSize(170, 16777215))
        self.held_on.setCalendarPopup(True)

        self.held_on_column.addWidget(self.held_on)

        self.held_on_error = QLabel(self.held_on_field)
        self.held_on_error.setObjectName(u"held_on_error")

        self.held_on_column.addWidget(self.held_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.held_on_field)

        self.starts_at_label = QLabel(ArrangeDialog)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at_field = QWidget(ArrangeDialog)
        self.starts_at_field.setObjectName(u"starts_at_field")
        self.starts_at_column = QVBoxLayout(self.starts_at_field)
        self.starts_at_column.setSpacing(2)
        self.starts_at_column.setObjectName(u"starts_at_column")
        self.starts_at_column.setContentsMargins(0, 0, 0, 0)
        self.starts_at = QTimeEdit(self.starts_at_field)
        self.starts_at.setObjectName(u"starts_at")
        self.starts_at.setMaximumSize(QSize(110, 16777215))

        self.starts_at_column.addWidget(self.starts_at)

        self.starts_at_error = QLabel(self.starts_at_field)
        self.starts_at_error.setObjectName(u"starts_at_error")

        self.starts_at_column.addWidget(self.starts_at_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.starts_at_field)

        self.venue_label = QLabel(ArrangeDialog)
        self.venue_label.setObjectName(u"venue_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue_field = QWidget(ArrangeDialog)
        self.venue_field.setObjectName(u"venue_field")
        self.venue_column = QVBoxLayout(self.venue_field)
        self.venue_column.setSpacing(2)
        self.venue_column.setObjectName(u"venue_column")
        self.venue_column.setContentsMargins(0, 0, 0, 0)
        self.venue = QLineEdit(self.venue_field)
        self.venue.setObjectName(u"venue")

        self.venue_column.addWidget(self.venue)

        self.venue_error = QLabel(self.venue_field)
        self.venue_error.setObjectName(u"venue_error")

        self.venue_column.addWidget(self.venue_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venue_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ArrangeDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ArrangeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_ids_label.setBuddy(self.contact_ids)
        self.agency_ids_label.setBuddy(self.agency_ids)
        self.held_on_label.setBuddy(self.held_on)
        self.starts_at_label.setBuddy(self.starts_at)
        self.venue_label.setBuddy(self.venue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contact_ids, self.agency_ids)
        QWidget.setTabOrder(self.agency_ids, self.held_on)
        QWidget.setTabOrder(self.held_on, self.starts_at)
        QWidget.setTabOrder(self.starts_at, self.venue)

        self.retranslateUi(ArrangeDialog)

        QMetaObject.connectSlotsByName(ArrangeDialog)
    # setupUi

    def retranslateUi(self, ArrangeDialog):
        ArrangeDialog.setWindowTitle(QCoreApplication.translate("ArrangeDialog", u"Arrange the review", None))
        self.what.setText("")
        self.contact_ids_label.setText(QCoreApplication.translate("ArrangeDialog", u"&Panel:", None))
#if QT_CONFIG(accessibility)
        self.contact_ids.setAccessibleName(QCoreApplication.translate("ArrangeDialog", u"Panel members (contacts)", None))
#endif // QT_CONFIG(accessibility)
        self.agency_ids_label.setText(QCoreApplication.translate("ArrangeDialog", u"A&gencies:", None))
#if QT_CONFIG(accessibility)
        self.agency_ids.setAccessibleName(QCoreApplication.translate("ArrangeDialog", u"Panel agencies", None))
#endif // QT_CONFIG(accessibility)
        self.held_on_label.setText(QCoreApplication.translate("ArrangeDialog", u"&Meeting on:", None))
        self.held_on.setDisplayFormat(QCoreApplication.translate("ArrangeDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.held_on.setAccessibleName(QCoreApplication.translate("ArrangeDialog", u"Review meeting on", None))
#endif // QT_CONFIG(accessibility)
        self.starts_at_label.setText(QCoreApplication.translate("ArrangeDialog", u"S&tarts at:", None))
        self.starts_at.setDisplayFormat(QCoreApplication.translate("ArrangeDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.starts_at.setAccessibleName(QCoreApplication.translate("ArrangeDialog", u"Starts at", None))
#endif // QT_CONFIG(accessibility)
        self.venue_label.setText(QCoreApplication.translate("ArrangeDialog", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venue.setAccessibleName(QCoreApplication.translate("ArrangeDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

