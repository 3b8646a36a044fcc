# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_dialog.ui'
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

class Ui_StepDialog(object):
    def setupUi(self, StepDialog):
        if not StepDialog.objectName():
            StepDialog.setObjectName(u"StepDialog")
        StepDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(StepDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(StepDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.status_label = QLabel(StepDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_field = QWidget(StepDialog)
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


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_field)

        self.changed_on_label = QLabel(StepDialog)
        self.changed_on_label.setObjectName(u"changed_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.changed_on_label)

        self.changed_on_field = QWidget(StepDialog)
        self.changed_on_field.setObjectName(u"changed_on_field")
        self.changed_on_column = QVBoxLayout(self.changed_on_field)
        self.changed_on_column.setSpacing(2)
        self.changed_on_column.setObjectName(u"changed_on_column")
        self.changed_on_column.setContentsMargins(0, 0, 0, 0)
        self.changed_on = QDateEdit(self.changed_on_field)
        self.changed_on.setObjectName(u"changed_on")
        self.changed_on.setMaximumSize(QSize(170, 16777215))
        self.changed_on.setCalendarPopup(True)

        self.changed_on_column.addWidget(self.changed_on)

        self.changed_on_error = QLabel(self.changed_on_field)
        self.changed_on_error.setObjectName(u"changed_on_error")

        self.changed_on_column.addWidget(self.changed_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.changed_on_field)

        self.ends_on_label = QLabel(StepDialog)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on_field = QWidget(StepDialog)
        self.ends_on_field.setObjectName(u"ends_on_field")
        self.ends_on_column = QVBoxLayout(self.ends_on_field)
        self.ends_on_column.setSpacing(2)
        self.ends_on_column.setObjectName(u"ends_on_column")
        self.ends_on_column.setContentsMargins(0, 0, 0, 0)
        self.ends_on = OptionalDate(self.ends_on_field)
        self.ends_on.setObjectName(u"ends_on")

        self.ends_on_column.addWidget(self.ends_on)

        self.ends_on_error = QLabel(self.ends_on_field)
        self.ends_on_error.setObjectName(u"ends_on_error")

        self.ends_on_column.addWidget(self.ends_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends_on_field)

        self.note_label = QLabel(StepDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_field = QWidget(StepDialog)
        self.note_field.setObjectName(u"note_field")
        self.note_column = QVBoxLayout(self.note_field)
        self.note_column.setSpacing(2)
        self.note_column.setObjectName(u"note_column")
        self.note_column.setContentsMargins(0, 0, 0, 0)
        self.note = QPlainTextEdit(self.note_field)
        self.note.setObjectName(u"note")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.note.sizePolicy().hasHeightForWidth())
        self.note.setSizePolicy(sizePolicy)
        self.note.setMinimumSize(QSize(0, 60))
        self.note.setMaximumSize(QSize(16777215, 60))
        self.note.setTabChangesFocus(True)

        self.note_column.addWidget(self.note)

        self.note_error = QLabel(self.note_field)
        self.note_error.setObjectName(u"note_error")

        self.note_column.addWidget(self.note_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(StepDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(StepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status)
        self.changed_on_label.setBuddy(self.changed_on)
        self.ends_on_label.setBuddy(self.ends_on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.changed_on)
        QWidget.setTabOrder(self.changed_on, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.note)

        self.retranslateUi(StepDialog)

        QMetaObject.connectSlotsByName(StepDialog)
    # setupUi

    def retranslateUi(self, StepDialog):
        StepDialog.setWindowTitle(QCoreApplication.translate("StepDialog", u"Next step", None))
        self.status_label.setText(QCoreApplication.translate("StepDialog", u"&Becomes:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("StepDialog", u"Becomes", None))
#endif // QT_CONFIG(accessibility)
        self.changed_on_label.setText(QCoreApplication.translate("StepDialog", u"&On:", None))
        self.changed_on.setDisplayFormat(QCoreApplication.translate("StepDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.changed_on.setAccessibleName(QCoreApplication.translate("StepDialog", u"On", None))
#endif // QT_CONFIG(accessibility)
        self.ends_on_label.setText(QCoreApplication.translate("StepDialog", u"&New end:", None))
#if QT_CONFIG(accessibility)
        self.ends_on.setAccessibleName(QCoreApplication.translate("StepDialog", u"New end", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("StepDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("StepDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

