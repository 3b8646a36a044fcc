# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offence_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_OffenceDialog(object):
    def setupUi(self, OffenceDialog):
        if not OffenceDialog.objectName():
            OffenceDialog.setObjectName(u"OffenceDialog")
        OffenceDialog.setMinimumSize(QSize(500, 0))
        self.frame = QVBoxLayout(OffenceDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(OffenceDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(OffenceDialog)
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

        self.statute_label = QLabel(OffenceDialog)
        self.statute_label.setObjectName(u"statute_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statute_label)

        self.statute_field = QWidget(OffenceDialog)
        self.statute_field.setObjectName(u"statute_field")
        self.statute_column = QVBoxLayout(self.statute_field)
        self.statute_column.setSpacing(2)
        self.statute_column.setObjectName(u"statute_column")
        self.statute_column.setContentsMargins(0, 0, 0, 0)
        self.statute = QLineEdit(self.statute_field)
        self.statute.setObjectName(u"statute")

        self.statute_column.addWidget(self.statute)

        self.statute_error = QLabel(self.statute_field)
        self.statute_error.setObjectName(u"statute_error")

        self.statute_column.addWidget(self.statute_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statute_field)

        self.max_months_label = QLabel(OffenceDialog)
        self.max_months_label.setObjectName(u"max_months_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.max_months_label)

        self.max_months_field = QWidget(OffenceDialog)
        self.max_months_field.setObjectName(u"max_months_field")
        self.max_months_column = QVBoxLayout(self.max_months_field)
        self.max_months_column.setSpacing(2)
        self.max_months_column.setObjectName(u"max_months_column")
        self.max_months_column.setContentsMargins(0, 0, 0, 0)
        self.max_months = QSpinBox(self.max_months_field)
        self.max_months.setObjectName(u"max_months")
        self.max_months.setMinimum(0)
        self.max_months.setMaximum(1200)
        self.max_months.setMaximumSize(QSize(120, 16777215))

        self.max_months_column.addWidget(self.max_months)

        self.max_months_error = QLabel(self.max_months_field)
        self.max_months_error.setObjectName(u"max_months_error")

        self.max_months_column.addWidget(self.max_months_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.max_months_field)

        self.underage_sale_label = QLabel(OffenceDialog)
        self.underage_sale_label.setObjectName(u"underage_sale_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.underage_sale_label)

        self.underage_sale_field = QWidget(OffenceDialog)
        self.underage_sale_field.setObjectName(u"underage_sale_field")
        self.underage_sale_column = QVBoxLayout(self.underage_sale_field)
        self.underage_sale_column.setSpacing(2)
        self.underage_sale_column.setObjectName(u"underage_sale_column")
        self.underage_sale_column.setContentsMargins(0, 0, 0, 0)
        self.underage_sale = QCheckBox(self.underage_sale_field)
        self.underage_sale.setObjectName(u"underage_sale")

        self.underage_sale_column.addWidget(self.underage_sale)

        self.underage_sale_error = QLabel(self.underage_sale_field)
        self.underage_sale_error.setObjectName(u"underage_sale_error")

        self.underage_sale_column.addWidget(self.underage_sale_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.underage_sale_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(OffenceDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(OffenceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.statute_label.setBuddy(self.statute)
        self.max_months_label.setBuddy(self.max_months)
        self.underage_sale_label.setBuddy(self.underage_sale)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.statute)
        QWidget.setTabOrder(self.statute, self.max_months)
        QWidget.setTabOrder(self.max_months, self.underage_sale)

        self.retranslateUi(OffenceDialog)

        QMetaObject.connectSlotsByName(OffenceDialog)
    # setupUi

    def retranslateUi(self, OffenceDialog):
        OffenceDialog.setWindowTitle(QCoreApplication.translate("OffenceDialog", u"New offence", None))
        self.name_label.setText(QCoreApplication.translate("OffenceDialog", u"&Offence:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("OffenceDialog", u"Offence", None))
#endif // QT_CONFIG(accessibility)
        self.statute_label.setText(QCoreApplication.translate("OffenceDialog", u"&Statute:", None))
#if QT_CONFIG(accessibility)
        self.statute.setAccessibleName(QCoreApplication.translate("OffenceDialog", u"Statute", None))
#endif // QT_CONFIG(accessibility)
        self.max_months_label.setText(QCoreApplication.translate("OffenceDialog", u"&Maximum imprisonment:", None))
        self.max_months.setSuffix(QCoreApplication.translate("OffenceDialog", u" months", None))
#if QT_CONFIG(accessibility)
        self.max_months.setAccessibleName(QCoreApplication.translate("OffenceDialog", u"Maximum imprisonment", None))
#endif // QT_CONFIG(accessibility)
        self.underage_sale_label.setText("")
        self.underage_sale.setText(QCoreApplication.translate("OffenceDialog", u"An &underage sale (alcohol, tobacco or nicotine)", None))
#if QT_CONFIG(accessibility)
        self.underage_sale.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
    # retranslateUi

