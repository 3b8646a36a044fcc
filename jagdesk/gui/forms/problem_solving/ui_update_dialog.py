# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'update_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UpdateDialog(object):
    def setupUi(self, UpdateDialog):
        if not UpdateDialog.objectName():
            UpdateDialog.setObjectName(u"UpdateDialog")
        UpdateDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(UpdateDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.about_label = QLabel(UpdateDialog)
        self.about_label.setObjectName(u"about_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.about_label)

        self.about = QLabel(UpdateDialog)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.about)

        self.written_on_label = QLabel(UpdateDialog)
        self.written_on_label.setObjectName(u"written_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.written_on_label)

        self.written_on_field = QWidget(UpdateDialog)
        self.written_on_field.setObjectName(u"written_on_field")
        self.written_on_column = QVBoxLayout(self.written_on_field)
        self.written_on_column.setSpacing(2)
        self.written_on_column.setObjectName(u"written_on_column")
        self.written_on_column.setContentsMargins(0, 0, 0, 0)
        self.written_on = QDateEdit(self.written_on_field)
        self.written_on.setObjectName(u"written_on")
        self.written_on.setMaximumSize(QSize(170, 16777215))
        self.written_on.setCalendarPopup(True)

        self.written_on_column.addWidget(self.written_on)

        self.written_on_error = QLabel(self.written_on_field)
        self.written_on_error.setObjectName(u"written_on_error")

        self.written_on_column.addWidget(self.written_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.written_on_field)

        self.text_label = QLabel(UpdateDialog)
        self.text_label.setObjectName(u"text_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_field = QWidget(UpdateDialog)
        self.text_field.setObjectName(u"text_field")
        self.text_column = QVBoxLayout(self.text_field)
        self.text_column.setSpacing(2)
        self.text_column.setObjectName(u"text_column")
        self.text_column.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(self.text_field)
        self.text.setObjectName(u"text")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.text.sizePolicy().hasHeightForWidth())
        self.text.setSizePolicy(sizePolicy)
        self.text.setMinimumSize(QSize(0, 110))
        self.text.setMaximumSize(QSize(16777215, 110))
        self.text.setTabChangesFocus(True)

        self.text_column.addWidget(self.text)

        self.text_error = QLabel(self.text_field)
        self.text_error.setObjectName(u"text_error")

        self.text_column.addWidget(self.text_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.text_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(UpdateDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(UpdateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.about_label.setBuddy(self.about)
        self.written_on_label.setBuddy(self.written_on)
        self.text_label.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.written_on, self.text)

        self.retranslateUi(UpdateDialog)

        QMetaObject.connectSlotsByName(UpdateDialog)
    # setupUi

    def retranslateUi(self, UpdateDialog):
        UpdateDialog.setWindowTitle(QCoreApplication.translate("UpdateDialog", u"Update on the action", None))
        self.about_label.setText(QCoreApplication.translate("UpdateDialog", u"Action:", None))
        self.written_on_label.setText(QCoreApplication.translate("UpdateDialog", u"&Date:", None))
        self.written_on.setDisplayFormat(QCoreApplication.translate("UpdateDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.written_on.setAccessibleName(QCoreApplication.translate("UpdateDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("UpdateDialog", u"&Update:", None))
        self.text.setPlaceholderText(QCoreApplication.translate("UpdateDialog", u"What has been done, what is next, any problems", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("UpdateDialog", u"Update", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

