# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ward_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_WardDialog(object):
    def setupUi(self, WardDialog):
        if not WardDialog.objectName():
            WardDialog.setObjectName(u"WardDialog")
        WardDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(WardDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(WardDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(WardDialog)
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

        self.code_label = QLabel(WardDialog)
        self.code_label.setObjectName(u"code_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_field = QWidget(WardDialog)
        self.code_field.setObjectName(u"code_field")
        self.code_column = QVBoxLayout(self.code_field)
        self.code_column.setSpacing(2)
        self.code_column.setObjectName(u"code_column")
        self.code_column.setContentsMargins(0, 0, 0, 0)
        self.code = QLineEdit(self.code_field)
        self.code.setObjectName(u"code")

        self.code_column.addWidget(self.code)

        self.code_error = QLabel(self.code_field)
        self.code_error.setObjectName(u"code_error")

        self.code_column.addWidget(self.code_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_field)

        self.locality_label = QLabel(WardDialog)
        self.locality_label.setObjectName(u"locality_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locality_label)

        self.locality_field = QWidget(WardDialog)
        self.locality_field.setObjectName(u"locality_field")
        self.locality_column = QVBoxLayout(self.locality_field)
        self.locality_column.setSpacing(2)
        self.locality_column.setObjectName(u"locality_column")
        self.locality_column.setContentsMargins(0, 0, 0, 0)
        self.locality = QComboBox(self.locality_field)
        self.locality.setObjectName(u"locality")

        self.locality_column.addWidget(self.locality)

        self.locality_id_error = QLabel(self.locality_field)
        self.locality_id_error.setObjectName(u"locality_id_error")

        self.locality_column.addWidget(self.locality_id_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locality_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(WardDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(WardDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.code_label.setBuddy(self.code)
        self.locality_label.setBuddy(self.locality)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.code)
        QWidget.setTabOrder(self.code, self.locality)

        self.retranslateUi(WardDialog)

        QMetaObject.connectSlotsByName(WardDialog)
    # setupUi

    def retranslateUi(self, WardDialog):
        WardDialog.setWindowTitle(QCoreApplication.translate("WardDialog", u"New ward", None))
        self.name_label.setText(QCoreApplication.translate("WardDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("WardDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.code_label.setText(QCoreApplication.translate("WardDialog", u"&Code:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("WardDialog", u"ONS code, e.g. E05004746", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("WardDialog", u"Code", None))
#endif // QT_CONFIG(accessibility)
        self.locality_label.setText(QCoreApplication.translate("WardDialog", u"&Locality:", None))
#if QT_CONFIG(accessibility)
        self.locality.setAccessibleName(QCoreApplication.translate("WardDialog", u"Locality", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

