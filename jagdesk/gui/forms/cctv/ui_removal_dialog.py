# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'removal_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RemovalDialog(object):
    def setupUi(self, RemovalDialog):
        if not RemovalDialog.objectName():
            RemovalDialog.setObjectName(u"RemovalDialog")
        RemovalDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(RemovalDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.removed_on_label = QLabel(RemovalDialog)
        self.removed_on_label.setObjectName(u"removed_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.removed_on_label)

        self.removed_on_field = QWidget(RemovalDialog)
        self.removed_on_field.setObjectName(u"removed_on_field")
        self.removed_on_column = QVBoxLayout(self.removed_on_field)
        self.removed_on_column.setSpacing(2)
        self.removed_on_column.setObjectName(u"removed_on_column")
        self.removed_on_column.setContentsMargins(0, 0, 0, 0)
        self.removed_on = QDateEdit(self.removed_on_field)
        self.removed_on.setObjectName(u"removed_on")
        self.removed_on.setMaximumSize(QSize(170, 16777215))
        self.removed_on.setCalendarPopup(True)

        self.removed_on_column.addWidget(self.removed_on)

        self.removed_on_error = QLabel(self.removed_on_field)
        self.removed_on_error.setObjectName(u"removed_on_error")

        self.removed_on_column.addWidget(self.removed_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.removed_on_field)

        self.signage_removed_label = QLabel(RemovalDialog)
        self.signage_removed_label.setObjectName(u"signage_removed_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signage_removed_label)

        self.signage_removed_field = QWidget(RemovalDialog)
        self.signage_removed_field.setObjectName(u"signage_removed_field")
        self.signage_removed_column = QVBoxLayout(self.signage_removed_field)
        self.signage_removed_column.setSpacing(2)
        self.signage_removed_column.setObjectName(u"signage_removed_column")
        self.signage_removed_column.setContentsMargins(0, 0, 0, 0)
        self.signage_removed = QCheckBox(self.signage_removed_field)
        self.signage_removed.setObjectName(u"signage_removed")

        self.signage_removed_column.addWidget(self.signage_removed)

        self.signage_removed_error = QLabel(self.signage_removed_field)
        self.signage_removed_error.setObjectName(u"signage_removed_error")

        self.signage_removed_column.addWidget(self.signage_removed_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signage_removed_field)

        self.signage_removed_on_label = QLabel(RemovalDialog)
        self.signage_removed_on_label.setObjectName(u"signage_removed_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signage_removed_on_label)

        self.signage_removed_on_field = QWidget(RemovalDialog)
        self.signage_removed_on_field.setObjectName(u"signage_removed_on_field")
        self.signage_removed_on_column = QVBoxLayout(self.signage_removed_on_field)
        self.signage_removed_on_column.setSpacing(2)
        self.signage_removed_on_column.setObjectName(u"signage_removed_on_column")
        self.signage_removed_on_column.setContentsMargins(0, 0, 0, 0)
        self.signage_removed_on = QDateEdit(self.signage_removed_on_field)
        self.signage_removed_on.setObjectName(u"signage_removed_on")
        self.signage_removed_on.setMaximumSize(QSize(170, 16777215))
        self.signage_removed_on.setCalendarPopup(True)

        self.signage_removed_on_column.addWidget(self.signage_removed_on)

        self.signage_removed_on_error = QLabel(self.signage_removed_on_field)
        self.signage_removed_on_error.setObjectName(u"signage_removed_on_error")

        self.signage_removed_on_column.addWidget(self.signage_removed_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signage_removed_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(RemovalDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(RemovalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.removed_on_label.setBuddy(self.removed_on)
        self.signage_removed_label.setBuddy(self.signage_removed)
        self.signage_removed_on_label.setBuddy(self.signage_removed_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.removed_on, self.signage_removed)
        QWidget.setTabOrder(self.signage_removed, self.signage_removed_on)

        self.retranslateUi(RemovalDialog)

        QMetaObject.connectSlotsByName(RemovalDialog)
    # setupUi

    def retranslateUi(self, RemovalDialog):
        RemovalDialog.setWindowTitle(QCoreApplication.translate("RemovalDialog", u"Camera removed", None))
        self.removed_on_label.setText(QCoreApplication.translate("RemovalDialog", u"&Removed on:", None))
        self.removed_on.setDisplayFormat(QCoreApplication.translate("RemovalDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.removed_on.setAccessibleName(QCoreApplication.translate("RemovalDialog", u"Removed on", None))
#endif // QT_CONFIG(accessibility)
        self.signage_removed_label.setText("")
        self.signage_removed.setText(QCoreApplication.translate("RemovalDialog", u"&Signage taken down too", None))
#if QT_CONFIG(accessibility)
        self.signage_removed.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.signage_removed_on_label.setText(QCoreApplication.translate("RemovalDialog", u"Signage &down on:", None))
        self.signage_removed_on.setDisplayFormat(QCoreApplication.translate("RemovalDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.signage_removed_on.setAccessibleName(QCoreApplication.translate("RemovalDialog", u"Signage down on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

