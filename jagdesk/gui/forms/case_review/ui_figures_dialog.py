# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'figures_dialog.ui'
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
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_FiguresDialog(object):
    def setupUi(self, FiguresDialog):
        if not FiguresDialog.objectName():
            FiguresDialog.setObjectName(u"FiguresDialog")
        FiguresDialog.setMinimumSize(QSize(560, 0))
        self.frame = QVBoxLayout(FiguresDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.first_label = QLabel(FiguresDialog)
        self.first_label.setObjectName(u"first_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_label)

        self.first_field = QWidget(FiguresDialog)
        self.first_field.setObjectName(u"first_field")
        self.first_column = QVBoxLayout(self.first_field)
        self.first_column.setSpacing(2)
        self.first_column.setObjectName(u"first_column")
        self.first_column.setContentsMargins(0, 0, 0, 0)
        self.first = QDateEdit(self.first_field)
        self.first.setObjectName(u"first")
        self.first.setMaximumSize(QSize(170, 16777215))
        self.first.setCalendarPopup(True)

        self.first_column.addWidget(self.first)

        self.first_error = QLabel(self.first_field)
        self.first_error.setObjectName(u"first_error")

        self.first_column.addWidget(self.first_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_field)

        self.last_label = QLabel(FiguresDialog)
        self.last_label.setObjectName(u"last_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_label)

        self.last_field = QWidget(FiguresDialog)
        self.last_field.setObjectName(u"last_field")
        self.last_column = QVBoxLayout(self.last_field)
        self.last_column.setSpacing(2)
        self.last_column.setObjectName(u"last_column")
        self.last_column.setContentsMargins(0, 0, 0, 0)
        self.last = QDateEdit(self.last_field)
        self.last.setObjectName(u"last")
        self.last.setMaximumSize(QSize(170, 16777215))
        self.last.setCalendarPopup(True)

        self.last_column.addWidget(self.last)

        self.last_error = QLabel(self.last_field)
        self.last_error.setObjectName(u"last_error")

        self.last_column.addWidget(self.last_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_field)

        self.format_label = QLabel(FiguresDialog)
        self.format_label.setObjectName(u"format_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_field = QWidget(FiguresDialog)
        self.format_field.setObjectName(u"format_field")
        self.format_column = QVBoxLayout(self.format_field)
        self.format_column.setSpacing(2)
        self.format_column.setObjectName(u"format_column")
        self.format_column.setContentsMargins(0, 0, 0, 0)
        self.format = QComboBox(self.format_field)
        self.format.setObjectName(u"format")

        self.format_column.addWidget(self.format)

        self.format_error = QLabel(self.format_field)
        self.format_error.setObjectName(u"format_error")

        self.format_column.addWidget(self.format_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.format_field)

        self.preview_label = QLabel(FiguresDialog)
        self.preview_label.setObjectName(u"preview_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preview_label)

        self.preview_field = QWidget(FiguresDialog)
        self.preview_field.setObjectName(u"preview_field")
        self.preview_column = QVBoxLayout(self.preview_field)
        self.preview_column.setSpacing(2)
        self.preview_column.setObjectName(u"preview_column")
        self.preview_column.setContentsMargins(0, 0, 0, 0)
        self.preview = QTextBrowser(self.preview_field)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(0, 270))

        self.preview_column.addWidget(self.preview)

        self.preview_error = QLabel(self.preview_field)
        self.preview_error.setObjectName(u"preview_error")

        self.preview_column.addWidget(self.preview_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preview_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(FiguresDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(FiguresDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.format_label.setBuddy(self.format)
        self.preview_label.setBuddy(self.preview)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first, self.last)
        QWidget.setTabOrder(self.last, self.format)
        QWidget.setTabOrder(self.format, self.preview)

        self.retranslateUi(FiguresDialog)

        QMetaObject.connectSlotsByName(FiguresDialog)
    # setupUi

    def retranslateUi(self, FiguresDialog):
        FiguresDialog.setWindowTitle(QCoreApplication.translate("FiguresDialog", u"Published figures", None))
        self.first_label.setText(QCoreApplication.translate("FiguresDialog", u"&From:", None))
        self.first.setDisplayFormat(QCoreApplication.translate("FiguresDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.first.setAccessibleName(QCoreApplication.translate("FiguresDialog", u"Received from", None))
#endif // QT_CONFIG(accessibility)
        self.last_label.setText(QCoreApplication.translate("FiguresDialog", u"&To:", None))
        self.last.setDisplayFormat(QCoreApplication.translate("FiguresDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.last.setAccessibleName(QCoreApplication.translate("FiguresDialog", u"Received to", None))
#endif // QT_CONFIG(accessibility)
        self.format_label.setText(QCoreApplication.translate("FiguresDialog", u"F&ormat:", None))
#if QT_CONFIG(accessibility)
        self.format.setAccessibleName(QCoreApplication.translate("FiguresDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.preview_label.setText(QCoreApplication.translate("FiguresDialog", u"Figures:", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("FiguresDialog", u"The figures for the period", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

