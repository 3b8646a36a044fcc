# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancellation_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CancellationDialog(object):
    def setupUi(self, CancellationDialog):
        if not CancellationDialog.objectName():
            CancellationDialog.setObjectName(u"CancellationDialog")
        CancellationDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(CancellationDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.cancelled_on_label = QLabel(CancellationDialog)
        self.cancelled_on_label.setObjectName(u"cancelled_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cancelled_on_label)

        self.cancelled_on_field = QWidget(CancellationDialog)
        self.cancelled_on_field.setObjectName(u"cancelled_on_field")
        self.cancelled_on_column = QVBoxLayout(self.cancelled_on_field)
        self.cancelled_on_column.setSpacing(2)
        self.cancelled_on_column.setObjectName(u"cancelled_on_column")
        self.cancelled_on_column.setContentsMargins(0, 0, 0, 0)
        self.cancelled_on = QDateEdit(self.cancelled_on_field)
        self.cancelled_on.setObjectName(u"cancelled_on")
        self.cancelled_on.setMaximumSize(QSize(170, 16777215))
        self.cancelled_on.setCalendarPopup(True)

        self.cancelled_on_column.addWidget(self.cancelled_on)

        self.cancelled_on_error = QLabel(self.cancelled_on_field)
        self.cancelled_on_error.setObjectName(u"cancelled_on_error")

        self.cancelled_on_column.addWidget(self.cancelled_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cancelled_on_field)

        self.cancelled_by_label = QLabel(CancellationDialog)
        self.cancelled_by_label.setObjectName(u"cancelled_by_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cancelled_by_label)

        self.cancelled_by_field = QWidget(CancellationDialog)
        self.cancelled_by_field.setObjectName(u"cancelled_by_field")
        self.cancelled_by_column = QVBoxLayout(self.cancelled_by_field)
        self.cancelled_by_column.setSpacing(2)
        self.cancelled_by_column.setObjectName(u"cancelled_by_column")
        self.cancelled_by_column.setContentsMargins(0, 0, 0, 0)
        self.cancelled_by = QLineEdit(self.cancelled_by_field)
        self.cancelled_by.setObjectName(u"cancelled_by")

        self.cancelled_by_column.addWidget(self.cancelled_by)

        self.cancelled_by_error = QLabel(self.cancelled_by_field)
        self.cancelled_by_error.setObjectName(u"cancelled_by_error")

        self.cancelled_by_column.addWidget(self.cancelled_by_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cancelled_by_field)

        self.reason_label = QLabel(CancellationDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_field = QWidget(CancellationDialog)
        self.reason_field.setObjectName(u"reason_field")
        self.reason_column = QVBoxLayout(self.reason_field)
        self.reason_column.setSpacing(2)
        self.reason_column.setObjectName(u"reason_column")
        self.reason_column.setContentsMargins(0, 0, 0, 0)
        self.reason = QPlainTextEdit(self.reason_field)
        self.reason.setObjectName(u"reason")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reason.sizePolicy().hasHeightForWidth())
        self.reason.setSizePolicy(sizePolicy)
        self.reason.setMinimumSize(QSize(0, 70))
        self.reason.setMaximumSize(QSize(16777215, 70))
        self.reason.setTabChangesFocus(True)

        self.reason_column.addWidget(self.reason)

        self.reason_error = QLabel(self.reason_field)
        self.reason_error.setObjectName(u"reason_error")

        self.reason_column.addWidget(self.reason_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_field)

        self.cameras_removed_label = QLabel(CancellationDialog)
        self.cameras_removed_label.setObjectName(u"cameras_removed_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cameras_removed_label)

        self.cameras_removed_field = QWidget(CancellationDialog)
        self.cameras_removed_field.setObjectName(u"cameras_removed_field")
        self.cameras_removed_column = QVBoxLayout(self.cameras_removed_field)
        self.cameras_removed_column.setSpacing(2)
        self.cameras_removed_column.setObjectName(u"cameras_removed_column")
        self.cameras_removed_column.setContentsMargins(0, 0, 0, 0)
        self.cameras_removed = QCheckBox(self.cameras_removed_field)
        self.cameras_removed.setObjectName(u"cameras_removed")

        self.cameras_removed_column.addWidget(self.cameras_removed)

        self.cameras_removed_error = QLabel(self.cameras_removed_field)
        self.cameras_removed_error.setObjectName(u"cameras_removed_error")

        self.cameras_removed_column.addWidget(self.cameras_removed_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cameras_removed_field)

        self.all_told_label = QLabel(CancellationDialog)
        self.all_told_label.setObjectName(u"all_told_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.all_told_label)

        self.all_told_field = QWidget(CancellationDialog)
        self.all_told_field.setObjectName(u"all_told_field")
        self.all_told_column = QVBoxLayout(self.all_told_field)
        self.all_told_column.setSpacing(2)
        self.all_told_column.setObjectName(u"all_told_column")
        self.all_told_column.setContentsMargins(0, 0, 0, 0)
        self.all_told = QCheckBox(self.all_told_field)
        self.all_told.setObjectName(u"all_told")

        self.all_told_column.addWidget(self.all_told)

        self.all_told_error = QLabel(self.all_told_field)
        self.all_told_error.setObjectName(u"all_told_error")

        self.all_told_column.addWidget(self.all_told_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.all_told_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(CancellationDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(CancellationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.cancelled_on_label.setBuddy(self.cancelled_on)
        self.cancelled_by_label.setBuddy(self.cancelled_by)
        self.reason_label.setBuddy(self.reason)
        self.cameras_removed_label.setBuddy(self.cameras_removed)
        self.all_told_label.setBuddy(self.all_told)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cancelled_on, self.cancelled_by)
        QWidget.setTabOrder(self.cancelled_by, self.reason)
        QWidget.setTabOrder(self.reason, self.cameras_removed)
        QWidget.setTabOrder(self.cameras_removed, self.all_told)

        self.retranslateUi(CancellationDialog)

        QMetaObject.connectSlotsByName(CancellationDialog)
    # setupUi

    def retranslateUi(self, CancellationDialog):
        CancellationDialog.setWindowTitle(QCoreApplication.translate("CancellationDialog", u"Cancellation", None))
        self.cancelled_on_label.setText(QCoreApplication.translate("CancellationDialog", u"&Cancelled on:", None))
        self.cancelled_on.setDisplayFormat(QCoreApplication.translate("CancellationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.cancelled_on.setAccessibleName(QCoreApplication.translate("CancellationDialog", u"Cancelled on", None))
#endif // QT_CONFIG(accessibility)
        self.cancelled_by_label.setText(QCoreApplication.translate("CancellationDialog", u"Cancelled &by:", None))
#if QT_CONFIG(accessibility)
        self.cancelled_by.setAccessibleName(QCoreApplication.translate("CancellationDialog", u"Cancelled by", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("CancellationDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("CancellationDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.cameras_removed_label.setText("")
        self.cameras_removed.setText(QCoreApplication.translate("CancellationDialog", u"Every camera &removed", None))
#if QT_CONFIG(accessibility)
        self.cameras_removed.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.all_told_label.setText("")
        self.all_told.setText(QCoreApplication.translate("CancellationDialog", u"Everyone involved &told", None))
#if QT_CONFIG(accessibility)
        self.all_told.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
    # retranslateUi

