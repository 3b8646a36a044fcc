# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_dialog.ui'
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

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(ItemDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(ItemDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(ItemDialog)
        self.name_field.setObjectName(u"name_field")
        self.name_column = QVBoxLayout(self.name_field)
        self.name_column.setSpacing(2)
        self.name_column.setObjectName(u"name_column")
        self.name_column.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self.name_field)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(300)

        self.name_column.addWidget(self.name)

        self.name_error = QLabel(self.name_field)
        self.name_error.setObjectName(u"name_error")

        self.name_column.addWidget(self.name_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_field)

        self.kind_label = QLabel(ItemDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_field = QWidget(ItemDialog)
        self.kind_field.setObjectName(u"kind_field")
        self.kind_column = QVBoxLayout(self.kind_field)
        self.kind_column.setSpacing(2)
        self.kind_column.setObjectName(u"kind_column")
        self.kind_column.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self.kind_field)
        self.kind.setObjectName(u"kind")

        self.kind_column.addWidget(self.kind)

        self.kind_error = QLabel(self.kind_field)
        self.kind_error.setObjectName(u"kind_error")

        self.kind_column.addWidget(self.kind_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_field)

        self.hotspot_label = QLabel(ItemDialog)
        self.hotspot_label.setObjectName(u"hotspot_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hotspot_label)

        self.hotspot_field = QWidget(ItemDialog)
        self.hotspot_field.setObjectName(u"hotspot_field")
        self.hotspot_column = QVBoxLayout(self.hotspot_field)
        self.hotspot_column.setSpacing(2)
        self.hotspot_column.setObjectName(u"hotspot_column")
        self.hotspot_column.setContentsMargins(0, 0, 0, 0)
        self.hotspot = QComboBox(self.hotspot_field)
        self.hotspot.setObjectName(u"hotspot")
        self.hotspot.setMaxVisibleItems(20)
        self.hotspot.setMinimumContentsLength(30)

        self.hotspot_column.addWidget(self.hotspot)

        self.hotspot_id_error = QLabel(self.hotspot_field)
        self.hotspot_id_error.setObjectName(u"hotspot_id_error")

        self.hotspot_column.addWidget(self.hotspot_id_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hotspot_field)

        self.case_label = QLabel(ItemDialog)
        self.case_label.setObjectName(u"case_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.case_label)

        self.case_field = QWidget(ItemDialog)
        self.case_field.setObjectName(u"case_field")
        self.case_column = QVBoxLayout(self.case_field)
        self.case_column.setSpacing(2)
        self.case_column.setObjectName(u"case_column")
        self.case_column.setContentsMargins(0, 0, 0, 0)
        self.case = QComboBox(self.case_field)
        self.case.setObjectName(u"case")
        self.case.setMaxVisibleItems(20)
        self.case.setMinimumContentsLength(30)

        self.case_column.addWidget(self.case)

        self.case_id_error = QLabel(self.case_field)
        self.case_id_error.setObjectName(u"case_id_error")

        self.case_column.addWidget(self.case_id_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.case_field)

        self.side_label = QLabel(ItemDialog)
        self.side_label.setObjectName(u"side_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.side_label)

        self.side_field = QWidget(ItemDialog)
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


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.side_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ItemDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ItemDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.hotspot_label.setBuddy(self.hotspot)
        self.case_label.setBuddy(self.case)
        self.side_label.setBuddy(self.side)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.hotspot)
        QWidget.setTabOrder(self.hotspot, self.case)
        QWidget.setTabOrder(self.case, self.side)

        self.retranslateUi(ItemDialog)

        QMetaObject.connectSlotsByName(ItemDialog)
    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"New agenda item", None))
        self.name_label.setText(QCoreApplication.translate("ItemDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ItemDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.hotspot_label.setText(QCoreApplication.translate("ItemDialog", u"&Hotspot:", None))
#if QT_CONFIG(accessibility)
        self.hotspot.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Hotspot", None))
#endif // QT_CONFIG(accessibility)
        self.case_label.setText(QCoreApplication.translate("ItemDialog", u"&Case:", None))
#if QT_CONFIG(accessibility)
        self.case.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.side_label.setText(QCoreApplication.translate("ItemDialog", u"&Side:", None))
#if QT_CONFIG(accessibility)
        self.side.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Side", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

