# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(ReviewDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reviewed_on_label = QLabel(ReviewDialog)
        self.reviewed_on_label.setObjectName(u"reviewed_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewed_on_label)

        self.reviewed_on_field = QWidget(ReviewDialog)
        self.reviewed_on_field.setObjectName(u"reviewed_on_field")
        self.reviewed_on_column = QVBoxLayout(self.reviewed_on_field)
        self.reviewed_on_column.setSpacing(2)
        self.reviewed_on_column.setObjectName(u"reviewed_on_column")
        self.reviewed_on_column.setContentsMargins(0, 0, 0, 0)
        self.reviewed_on = QDateEdit(self.reviewed_on_field)
        self.reviewed_on.setObjectName(u"reviewed_on")
        self.reviewed_on.setMaximumSize(QSize(170, 16777215))
        self.reviewed_on.setCalendarPopup(True)

        self.reviewed_on_column.addWidget(self.reviewed_on)

        self.reviewed_on_error = QLabel(self.reviewed_on_field)
        self.reviewed_on_error.setObjectName(u"reviewed_on_error")

        self.reviewed_on_column.addWidget(self.reviewed_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewed_on_field)

        self.reviewer_label = QLabel(ReviewDialog)
        self.reviewer_label.setObjectName(u"reviewer_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewer_label)

        self.reviewer_field = QWidget(ReviewDialog)
        self.reviewer_field.setObjectName(u"reviewer_field")
        self.reviewer_column = QVBoxLayout(self.reviewer_field)
        self.reviewer_column.setSpacing(2)
        self.reviewer_column.setObjectName(u"reviewer_column")
        self.reviewer_column.setContentsMargins(0, 0, 0, 0)
        self.reviewer = QLineEdit(self.reviewer_field)
        self.reviewer.setObjectName(u"reviewer")

        self.reviewer_column.addWidget(self.reviewer)

        self.reviewer_error = QLabel(self.reviewer_field)
        self.reviewer_error.setObjectName(u"reviewer_error")

        self.reviewer_column.addWidget(self.reviewer_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewer_field)

        self.outcome_label = QLabel(ReviewDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_field = QWidget(ReviewDialog)
        self.outcome_field.setObjectName(u"outcome_field")
        self.outcome_column = QVBoxLayout(self.outcome_field)
        self.outcome_column.setSpacing(2)
        self.outcome_column.setObjectName(u"outcome_column")
        self.outcome_column.setContentsMargins(0, 0, 0, 0)
        self.outcome = QPlainTextEdit(self.outcome_field)
        self.outcome.setObjectName(u"outcome")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.outcome.sizePolicy().hasHeightForWidth())
        self.outcome.setSizePolicy(sizePolicy)
        self.outcome.setMinimumSize(QSize(0, 70))
        self.outcome.setMaximumSize(QSize(16777215, 70))
        self.outcome.setTabChangesFocus(True)

        self.outcome_column.addWidget(self.outcome)

        self.outcome_error = QLabel(self.outcome_field)
        self.outcome_error.setObjectName(u"outcome_error")

        self.outcome_column.addWidget(self.outcome_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ReviewDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reviewed_on_label.setBuddy(self.reviewed_on)
        self.reviewer_label.setBuddy(self.reviewer)
        self.outcome_label.setBuddy(self.outcome)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reviewed_on, self.reviewer)
        QWidget.setTabOrder(self.reviewer, self.outcome)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Review", None))
        self.reviewed_on_label.setText(QCoreApplication.translate("ReviewDialog", u"&Reviewed on:", None))
        self.reviewed_on.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.reviewed_on.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Reviewed on", None))
#endif // QT_CONFIG(accessibility)
        self.reviewer_label.setText(QCoreApplication.translate("ReviewDialog", u"Re&viewer:", None))
#if QT_CONFIG(accessibility)
        self.reviewer.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Reviewer", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("ReviewDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

