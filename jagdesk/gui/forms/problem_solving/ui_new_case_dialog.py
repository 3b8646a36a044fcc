# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
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

from jagdesk.gui.widgets.optional_date import OptionalDate

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.setMinimumSize(QSize(560, 0))
        self.frame = QVBoxLayout(NewCaseDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hint = QLabel(NewCaseDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.hint)

        self.name_label = QLabel(NewCaseDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(NewCaseDialog)
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

        self.behaviour_label = QLabel(NewCaseDialog)
        self.behaviour_label.setObjectName(u"behaviour_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.behaviour_label)

        self.behaviour_field = QWidget(NewCaseDialog)
        self.behaviour_field.setObjectName(u"behaviour_field")
        self.behaviour_column = QVBoxLayout(self.behaviour_field)
        self.behaviour_column.setSpacing(2)
        self.behaviour_column.setObjectName(u"behaviour_column")
        self.behaviour_column.setContentsMargins(0, 0, 0, 0)
        self.behaviour = QPlainTextEdit(self.behaviour_field)
        self.behaviour.setObjectName(u"behaviour")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.behaviour.sizePolicy().hasHeightForWidth())
        self.behaviour.setSizePolicy(sizePolicy)
        self.behaviour.setMinimumSize(QSize(0, 56))
        self.behaviour.setMaximumSize(QSize(16777215, 56))
        self.behaviour.setTabChangesFocus(True)

        self.behaviour_column.addWidget(self.behaviour)

        self.behaviour_error = QLabel(self.behaviour_field)
        self.behaviour_error.setObjectName(u"behaviour_error")

        self.behaviour_column.addWidget(self.behaviour_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.behaviour_field)

        self.place_label = QLabel(NewCaseDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_field = QWidget(NewCaseDialog)
        self.place_field.setObjectName(u"place_field")
        self.place_column = QVBoxLayout(self.place_field)
        self.place_column.setSpacing(2)
        self.place_column.setObjectName(u"place_column")
        self.place_column.setContentsMargins(0, 0, 0, 0)
        self.place = QPlainTextEdit(self.place_field)
        self.place.setObjectName(u"place")
        sizePolicy.setHeightForWidth(self.place.sizePolicy().hasHeightForWidth())
        self.place.setSizePolicy(sizePolicy)
        self.place.setMinimumSize(QSize(0, 56))
        self.place.setMaximumSize(QSize(16777215, 56))
        self.place.setTabChangesFocus(True)

        self.place_column.addWidget(self.place)

        self.place_error = QLabel(self.place_field)
        self.place_error.setObjectName(u"place_error")

        self.place_column.addWidget(self.place_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_field)

        self.time_pattern_label = QLabel(NewCaseDialog)
        self.time_pattern_label.setObjectName(u"time_pattern_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.time_pattern_label)

        self.time_pattern_field = QWidget(NewCaseDialog)
        self.time_pattern_field.setObjectName(u"time_pattern_field")
        self.time_pattern_column = QVBoxLayout(self.time_pattern_field)
        self.time_pattern_column.setSpacing(2)
        self.time_pattern_column.setObjectName(u"time_pattern_column")
        self.time_pattern_column.setContentsMargins(0, 0, 0, 0)
        self.time_pattern = QPlainTextEdit(self.time_pattern_field)
        self.time_pattern.setObjectName(u"time_pattern")
        sizePolicy.setHeightForWidth(self.time_pattern.sizePolicy().hasHeightForWidth())
        self.time_pattern.setSizePolicy(sizePolicy)
        self.time_pattern.setMinimumSize(QSize(0, 56))
        self.time_pattern.setMaximumSize(QSize(16777215, 56))
        self.time_pattern.setTabChangesFocus(True)

        self.time_pattern_column.addWidget(self.time_pattern)

        self.time_pattern_error = QLabel(self.time_pattern_field)
        self.time_pattern_error.setObjectName(u"time_pattern_error")

        self.time_pattern_column.addWidget(self.time_pattern_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.time_pattern_field)

        self.opened_on_label = QLabel(NewCaseDialog)
        self.opened_on_label.setObjectName(u"opened_on_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.opened_on_label)

        self.opened_on_field = QWidget(NewCaseDialog)
        self.opened_on_field.setObjectName(u"opened_on_field")
        self.opened_on_column = QVBoxLayout(self.opened_on_field)
        self.opened_on_column.setSpacing(2)
        self.opened_on_column.setObjectName(u"opened_on_column")
        self.opened_on_column.setContentsMargins(0, 0, 0, 0)
        self.opened_on = QDateEdit(self.opened_on_field)
        self.opened_on.setObjectName(u"opened_on")
        self.opened_on.setMaximumSize(QSize(170, 16777215))
        self.opened_on.setCalendarPopup(True)

        self.opened_on_column.addWidget(self.opened_on)

        self.opened_on_error = QLabel(self.opened_on_field)
        self.opened_on_error.setObjectName(u"opened_on_error")

        self.opened_on_column.addWidget(self.opened_on_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.opened_on_field)

        self.owner_id_label = QLabel(NewCaseDialog)
        self.owner_id_label.setObjectName(u"owner_id_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.owner_id_label)

        self.owner_id_field = QWidget(NewCaseDialog)
        self.owner_id_field.setObjectName(u"owner_id_field")
        self.owner_id_column = QVBoxLayout(self.owner_id_field)
        self.owner_id_column.setSpacing(2)
        self.owner_id_column.setObjectName(u"owner_id_column")
        self.owner_id_column.setContentsMargins(0, 0, 0, 0)
        self.owner = QComboBox(self.owner_id_field)
        self.owner.setObjectName(u"owner")

        self.owner_id_column.addWidget(self.owner)

        self.owner_id_error = QLabel(self.owner_id_field)
        self.owner_id_error.setObjectName(u"owner_id_error")

        self.owner_id_column.addWidget(self.owner_id_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.owner_id_field)

        self.review_on_label = QLabel(NewCaseDialog)
        self.review_on_label.setObjectName(u"review_on_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.review_on_label)

        self.review_on_field = QWidget(NewCaseDialog)
        self.review_on_field.setObjectName(u"review_on_field")
        self.review_on_column = QVBoxLayout(self.review_on_field)
        self.review_on_column.setSpacing(2)
        self.review_on_column.setObjectName(u"review_on_column")
        self.review_on_column.setContentsMargins(0, 0, 0, 0)
        self.review_on = OptionalDate(self.review_on_field)
        self.review_on.setObjectName(u"review_on")

        self.review_on_column.addWidget(self.review_on)

        self.review_on_error = QLabel(self.review_on_field)
        self.review_on_error.setObjectName(u"review_on_error")

        self.review_on_column.addWidget(self.review_on_error)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.review_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(NewCaseDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(NewCaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.behaviour_label.setBuddy(self.behaviour)
        self.place_label.setBuddy(self.place)
        self.time_pattern_label.setBuddy(self.time_pattern)
        self.opened_on_label.setBuddy(self.opened_on)
        self.owner_id_label.setBuddy(self.owner)
        self.review_on_label.setBuddy(self.review_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.behaviour)
        QWidget.setTabOrder(self.behaviour, self.place)
        QWidget.setTabOrder(self.place, self.time_pattern)
        QWidget.setTabOrder(self.time_pattern, self.opened_on)
        QWidget.setTabOrder(self.opened_on, self.owner)
        QWidget.setTabOrder(self.owner, self.review_on)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New problem-solving case", None))
        self.hint.setText(QCoreApplication.translate("NewCaseDialog", u"The reference (PS-year-number) is given when you save. The objective, scanning, analysis, response and assessment follow on the case's tabs.", None))
        self.hint.setStyleSheet(QCoreApplication.translate("NewCaseDialog", u"color: palette(placeholder-text);", None))
        self.name_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Title:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"For example: Street drinking at Shenley Road shops", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.behaviour_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Behaviour:", None))
        self.behaviour.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"What is happening: the behaviour people complain of", None))
#if QT_CONFIG(accessibility)
        self.behaviour.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Behaviour", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Place:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Where exactly: the street, shop, park or block", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.time_pattern_label.setText(QCoreApplication.translate("NewCaseDialog", u"T&ime:", None))
        self.time_pattern.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"When: days, times, season", None))
#if QT_CONFIG(accessibility)
        self.time_pattern.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.opened_on_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Opened on:", None))
        self.opened_on.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.opened_on.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Opened on", None))
#endif // QT_CONFIG(accessibility)
        self.owner_id_label.setText(QCoreApplication.translate("NewCaseDialog", u"O&wner:", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.review_on_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Review on:", None))
#if QT_CONFIG(accessibility)
        self.review_on.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Review on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

