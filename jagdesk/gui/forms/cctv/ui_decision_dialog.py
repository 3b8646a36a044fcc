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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.setMinimumSize(QSize(500, 0))
        self.frame = QVBoxLayout(DecisionDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.decision_label = QLabel(DecisionDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision_field = QWidget(DecisionDialog)
        self.decision_field.setObjectName(u"decision_field")
        self.decision_column = QVBoxLayout(self.decision_field)
        self.decision_column.setSpacing(2)
        self.decision_column.setObjectName(u"decision_column")
        self.decision_column.setContentsMargins(0, 0, 0, 0)
        self.decision = QComboBox(self.decision_field)
        self.decision.setObjectName(u"decision")

        self.decision_column.addWidget(self.decision)

        self.decision_error = QLabel(self.decision_field)
        self.decision_error.setObjectName(u"decision_error")

        self.decision_column.addWidget(self.decision_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision_field)

        self.decided_on_label = QLabel(DecisionDialog)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

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


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decided_on_field)

        self.decided_by_label = QLabel(DecisionDialog)
        self.decided_by_label.setObjectName(u"decided_by_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decided_by_label)

        self.decided_by_field = QWidget(DecisionDialog)
        self.decided_by_field.setObjectName(u"decided_by_field")
        self.decided_by_column = QVBoxLayout(self.decided_by_field)
        self.decided_by_column.setSpacing(2)
        self.decided_by_column.setObjectName(u"decided_by_column")
        self.decided_by_column.setContentsMargins(0, 0, 0, 0)
        self.decided_by = QLineEdit(self.decided_by_field)
        self.decided_by.setObjectName(u"decided_by")

        self.decided_by_column.addWidget(self.decided_by)

        self.decided_by_error = QLabel(self.decided_by_field)
        self.decided_by_error.setObjectName(u"decided_by_error")

        self.decided_by_column.addWidget(self.decided_by_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decided_by_field)

        self.reasons_label = QLabel(DecisionDialog)
        self.reasons_label.setObjectName(u"reasons_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons_field = QWidget(DecisionDialog)
        self.reasons_field.setObjectName(u"reasons_field")
        self.reasons_column = QVBoxLayout(self.reasons_field)
        self.reasons_column.setSpacing(2)
        self.reasons_column.setObjectName(u"reasons_column")
        self.reasons_column.setContentsMargins(0, 0, 0, 0)
        self.reasons = QPlainTextEdit(self.reasons_field)
        self.reasons.setObjectName(u"reasons")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reasons.sizePolicy().hasHeightForWidth())
        self.reasons.setSizePolicy(sizePolicy)
        self.reasons.setMinimumSize(QSize(0, 90))
        self.reasons.setMaximumSize(QSize(16777215, 90))
        self.reasons.setTabChangesFocus(True)

        self.reasons_column.addWidget(self.reasons)

        self.reasons_error = QLabel(self.reasons_field)
        self.reasons_error.setObjectName(u"reasons_error")

        self.reasons_column.addWidget(self.reasons_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasons_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(DecisionDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(DecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.decision_label.setBuddy(self.decision)
        self.decided_on_label.setBuddy(self.decided_on)
        self.decided_by_label.setBuddy(self.decided_by)
        self.reasons_label.setBuddy(self.reasons)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decision, self.decided_on)
        QWidget.setTabOrder(self.decided_on, self.decided_by)
        QWidget.setTabOrder(self.decided_by, self.reasons)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decision", None))
        self.decision_label.setText(QCoreApplication.translate("DecisionDialog", u"&Decision:", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.decided_on_label.setText(QCoreApplication.translate("DecisionDialog", u"&Decided on:", None))
        self.decided_on.setDisplayFormat(QCoreApplication.translate("DecisionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.decided_on.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Decided on", None))
#endif // QT_CONFIG(accessibility)
        self.decided_by_label.setText(QCoreApplication.translate("DecisionDialog", u"Decided &by:", None))
#if QT_CONFIG(accessibility)
        self.decided_by.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Decided by", None))
#endif // QT_CONFIG(accessibility)
        self.reasons_label.setText(QCoreApplication.translate("DecisionDialog", u"&Reasons:", None))
#if QT_CONFIG(accessibility)
        self.reasons.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Reasons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

