# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(PlanDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.year_label = QLabel(PlanDialog)
        self.year_label.setObjectName(u"year_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_field = QWidget(PlanDialog)
        self.year_field.setObjectName(u"year_field")
        self.year_column = QVBoxLayout(self.year_field)
        self.year_column.setSpacing(2)
        self.year_column.setObjectName(u"year_column")
        self.year_column.setContentsMargins(0, 0, 0, 0)
        self.year = QSpinBox(self.year_field)
        self.year.setObjectName(u"year")

        self.year_column.addWidget(self.year)

        self.year_error = QLabel(self.year_field)
        self.year_error.setObjectName(u"year_error")

        self.year_column.addWidget(self.year_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_field)

        self.name_label = QLabel(PlanDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(PlanDialog)
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

        self.notes_label = QLabel(PlanDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_field = QWidget(PlanDialog)
        self.notes_field.setObjectName(u"notes_field")
        self.notes_column = QVBoxLayout(self.notes_field)
        self.notes_column.setSpacing(2)
        self.notes_column.setObjectName(u"notes_column")
        self.notes_column.setContentsMargins(0, 0, 0, 0)
        self.notes = QPlainTextEdit(self.notes_field)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 80))
        self.notes.setMaximumSize(QSize(16777215, 80))
        self.notes.setTabChangesFocus(True)

        self.notes_column.addWidget(self.notes)

        self.notes_error = QLabel(self.notes_field)
        self.notes_error.setObjectName(u"notes_error")

        self.notes_column.addWidget(self.notes_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(PlanDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(PlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year)
        self.name_label.setBuddy(self.name)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.name)
        QWidget.setTabOrder(self.name, self.notes)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"New action plan", None))
        self.year_label.setText(QCoreApplication.translate("PlanDialog", u"&Year (April to March):", None))
#if QT_CONFIG(tooltip)
        self.year.setToolTip(QCoreApplication.translate("PlanDialog", u"The year the plan starts in April: 2026 for 2026-2027", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.year.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Year (April to March)", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("PlanDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("PlanDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

