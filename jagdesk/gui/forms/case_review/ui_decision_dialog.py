# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.setMinimumSize(QSize(620, 0))
        self.frame = QVBoxLayout(DecisionDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.decided_on_label = QLabel(DecisionDialog)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on_field = QWidget(DecisionDialog)
        self.decided_on_field.setObjectName(u"decided_on_field")
        self.decided_on_column = QVBoxLayout(self.decided_on_field)
        self.decided_on_column.setSpacing(2)
        self.decided_on_column.setObjectName(u"decided_on_column")
        self.decided_on_column.setContentsMargins(0, 0, 0, 0)
        self.decided_on = QDateEdit(self.decided_on_field)
        self.decided_on.setObjectName(u"decided_on")
        self.decided_on.setMaximumSize(QSize(170, 16777215))
        self.decided_on.setCalendarPopup(True)

        self.decided_on_column.addWidget(self.decided_on)

        self.decided_on_error = QLabel(self.decided_on_field)
        self.decided_on_error.setObjectName(u"decided_on_error")

        self.decided_on_column.addWidget(self.decided_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decided_on_field)

        self.reasoning_label = QLabel(DecisionDialog)
        self.reasoning_label.setObjectName(u"reasoning_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasoning_label)

        self.reasoning_field = QWidget(DecisionDialog)
        self.reasoning_field.setObjectName(u"reasoning_field")
        self.reasoning_column = QVBoxLayout(self.reasoning_field)
        self.reasoning_column.setSpacing(2)
        self.reasoning_column.setObjectName(u"reasoning_column")
        self.reasoning_column.setContentsMargins(0, 0, 0, 0)
        self.reasoning = QTextBrowser(self.reasoning_field)
        self.reasoning.setObjectName(u"reasoning")
        self.reasoning.setMinimumSize(QSize(0, 170))

        self.reasoning_column.addWidget(self.reasoning)

        self.reasoning_error = QLabel(self.reasoning_field)
        self.reasoning_error.setObjectName(u"reasoning_error")

        self.reasoning_column.addWidget(self.reasoning_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasoning_field)

        self.on_other_grounds_field = QWidget(DecisionDialog)
        self.on_other_grounds_field.setObjectName(u"on_other_grounds_field")
        self.on_other_grounds_column = QVBoxLayout(self.on_other_grounds_field)
        self.on_other_grounds_column.setSpacing(2)
        self.on_other_grounds_column.setObjectName(u"on_other_grounds_column")
        self.on_other_grounds_column.setContentsMargins(0, 0, 0, 0)
        self.on_other_grounds = QCheckBox(self.on_other_grounds_field)
        self.on_other_grounds.setObjectName(u"on_other_grounds")

        self.on_other_grounds_column.addWidget(self.on_other_grounds)

        self.on_other_grounds_error = QLabel(self.on_other_grounds_field)
        self.on_other_grounds_error.setObjectName(u"on_other_grounds_error")

        self.on_other_grounds_column.addWidget(self.on_other_grounds_error)


        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.on_other_grounds_field)

        self.other_grounds_label = QLabel(DecisionDialog)
        self.other_grounds_label.setObjectName(u"other_grounds_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.other_grounds_label)

        self.other_grounds_field = QWidget(DecisionDialog)
        self.other_grounds_field.setObjectName(u"other_grounds_field")
        self.other_grounds_column = QVBoxLayout(self.other_grounds_field)
        self.other_grounds_column.setSpacing(2)
        self.other_grounds_column.setObjectName(u"other_grounds_column")
        self.other_grounds_column.setContentsMargins(0, 0, 0, 0)
        self.other_grounds = QPlainTextEdit(self.other_grounds_field)
        self.other_grounds.setObjectName(u"other_grounds")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.other_grounds.sizePolicy().hasHeightForWidth())
        self.other_grounds.setSizePolicy(sizePolicy)
        self.other_grounds.setMinimumSize(QSize(0, 60))
        self.other_grounds.setMaximumSize(QSize(16777215, 60))
        self.other_grounds.setTabChangesFocus(True)

        self.other_grounds_column.addWidget(self.other_grounds)

        self.other_grounds_error = QLabel(self.other_grounds_field)
        self.other_grounds_error.setObjectName(u"other_grounds_error")

        self.other_grounds_column.addWidget(self.other_grounds_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.other_grounds_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(DecisionDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(DecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.decided_on_label.setBuddy(self.decided_on)
        self.reasoning_label.setBuddy(self.reasoning)
        self.other_grounds_label.setBuddy(self.other_grounds)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decided_on, self.reasoning)
        QWidget.setTabOrder(self.reasoning, self.on_other_grounds)
        QWidget.setTabOrder(self.on_other_grounds, self.other_grounds)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decide on the threshold", None))
        self.decided_on_label.setText(QCoreApplication.translate("DecisionDialog", u"&Decided on:", None))
        self.decided_on.setDisplayFormat(QCoreApplication.translate("DecisionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.decided_on.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Decided on", None))
#endif // QT_CONFIG(accessibility)
        self.reasoning_label.setText(QCoreApplication.translate("DecisionDialog", u"The complaints:", None))
#if QT_CONFIG(accessibility)
        self.reasoning.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"The threshold as the complaints give it", None))
#endif // QT_CONFIG(accessibility)
        self.on_other_grounds.setText(QCoreApplication.translate("DecisionDialog", u"&Met on other grounds (the complaints alone do not meet it)", None))
#if QT_CONFIG(accessibility)
        self.on_other_grounds.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"&Met on other grounds (the complaints alone do not meet it)", None))
#endif // QT_CONFIG(accessibility)
        self.other_grounds_label.setText(QCoreApplication.translate("DecisionDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.other_grounds.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Reason for meeting it on other grounds", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

