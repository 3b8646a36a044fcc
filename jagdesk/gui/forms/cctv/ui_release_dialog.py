# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_dialog.ui'
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

class Ui_ReleaseDialog(object):
    def setupUi(self, ReleaseDialog):
        if not ReleaseDialog.objectName():
            ReleaseDialog.setObjectName(u"ReleaseDialog")
        ReleaseDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(ReleaseDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.released_label = QLabel(ReleaseDialog)
        self.released_label.setObjectName(u"released_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.released_label)

        self.released_field = QWidget(ReleaseDialog)
        self.released_field.setObjectName(u"released_field")
        self.released_column = QVBoxLayout(self.released_field)
        self.released_column.setSpacing(2)
        self.released_column.setObjectName(u"released_column")
        self.released_column.setContentsMargins(0, 0, 0, 0)
        self.released = QPlainTextEdit(self.released_field)
        self.released.setObjectName(u"released")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.released.sizePolicy().hasHeightForWidth())
        self.released.setSizePolicy(sizePolicy)
        self.released.setMinimumSize(QSize(0, 70))
        self.released.setMaximumSize(QSize(16777215, 70))
        self.released.setTabChangesFocus(True)

        self.released_column.addWidget(self.released)

        self.released_error = QLabel(self.released_field)
        self.released_error.setObjectName(u"released_error")

        self.released_column.addWidget(self.released_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.released_field)

        self.released_on_label = QLabel(ReleaseDialog)
        self.released_on_label.setObjectName(u"released_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.released_on_label)

        self.released_on_field = QWidget(ReleaseDialog)
        self.released_on_field.setObjectName(u"released_on_field")
        self.released_on_column = QVBoxLayout(self.released_on_field)
        self.released_on_column.setSpacing(2)
        self.released_on_column.setObjectName(u"released_on_column")
        self.released_on_column.setContentsMargins(0, 0, 0, 0)
        self.released_on = QDateEdit(self.released_on_field)
        self.released_on.setObjectName(u"released_on")
        self.released_on.setMaximumSize(QSize(170, 16777215))
        self.released_on.setCalendarPopup(True)

        self.released_on_column.addWidget(self.released_on)

        self.released_on_error = QLabel(self.released_on_field)
        self.released_on_error.setObjectName(u"released_on_error")

        self.released_on_column.addWidget(self.released_on_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.released_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ReleaseDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ReleaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.released_label.setBuddy(self.released)
        self.released_on_label.setBuddy(self.released_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.released, self.released_on)

        self.retranslateUi(ReleaseDialog)

        QMetaObject.connectSlotsByName(ReleaseDialog)
    # setupUi

    def retranslateUi(self, ReleaseDialog):
        ReleaseDialog.setWindowTitle(QCoreApplication.translate("ReleaseDialog", u"Footage released", None))
        self.released_label.setText(QCoreApplication.translate("ReleaseDialog", u"&What was released:", None))
#if QT_CONFIG(accessibility)
        self.released.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"What was released", None))
#endif // QT_CONFIG(accessibility)
        self.released_on_label.setText(QCoreApplication.translate("ReleaseDialog", u"Released &on:", None))
        self.released_on.setDisplayFormat(QCoreApplication.translate("ReleaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.released_on.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Released on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

