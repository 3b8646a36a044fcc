# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'locality_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LocalityDialog(object):
    def setupUi(self, LocalityDialog):
        if not LocalityDialog.objectName():
            LocalityDialog.setObjectName(u"LocalityDialog")
        LocalityDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(LocalityDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(LocalityDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(LocalityDialog)
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


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_field)

        self.description_label = QLabel(LocalityDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_field = QWidget(LocalityDialog)
        self.description_field.setObjectName(u"description_field")
        self.description_column = QVBoxLayout(self.description_field)
        self.description_column.setSpacing(2)
        self.description_column.setObjectName(u"description_column")
        self.description_column.setContentsMargins(0, 0, 0, 0)
        self.description = QPlainTextEdit(self.description_field)
        self.description.setObjectName(u"description")
        self.description.setMinimumSize(QSize(0, 90))
        self.description.setMaximumSize(QSize(16777215, 90))
        self.description.setTabChangesFocus(True)

        self.description_column.addWidget(self.description)

        self.description_error = QLabel(self.description_field)
        self.description_error.setObjectName(u"description_error")

        self.description_column.addWidget(self.description_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(LocalityDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(LocalityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.description_label.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.description)

        self.retranslateUi(LocalityDialog)

        QMetaObject.connectSlotsByName(LocalityDialog)
    # setupUi

    def retranslateUi(self, LocalityDialog):
        LocalityDialog.setWindowTitle(QCoreApplication.translate("LocalityDialog", u"New locality", None))
        self.name_label.setText(QCoreApplication.translate("LocalityDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("LocalityDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("LocalityDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("LocalityDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

