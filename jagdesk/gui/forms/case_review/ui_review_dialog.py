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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.setMinimumSize(QSize(720, 0))
        self.frame = QVBoxLayout(ReviewDialog)
        self.frame.setObjectName(u"frame")
        self.what = QLabel(ReviewDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.frame.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.review_held_on_label = QLabel(ReviewDialog)
        self.review_held_on_label.setObjectName(u"review_held_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.review_held_on_label)

        self.review_held_on_field = QWidget(ReviewDialog)
        self.review_held_on_field.setObjectName(u"review_held_on_field")
        self.review_held_on_column = QVBoxLayout(self.review_held_on_field)
        self.review_held_on_column.setSpacing(2)
        self.review_held_on_column.setObjectName(u"review_held_on_column")
        self.review_held_on_column.setContentsMargins(0, 0, 0, 0)
        self.review_held_on = QDateEdit(self.review_held_on_field)
        self.review_held_on.setObjectName(u"review_held_on")
        self.review_held_on.setMaximumSize(QSize(170, 16777215))
        self.review_held_on.setCalendarPopup(True)

        self.review_held_on_column.addWidget(self.review_held_on)

        self.review_held_on_error = QLabel(self.review_held_on_field)
        self.review_held_on_error.setObjectName(u"review_held_on_error")

        self.review_held_on_column.addWidget(self.review_held_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.review_held_on_field)

        self.summary_label = QLabel(ReviewDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_field = QWidget(ReviewDialog)
        self.summary_field.setObjectName(u"summary_field")
        self.summary_column = QVBoxLayout(self.summary_field)
        self.summary_column.setSpacing(2)
        self.summary_column.setObjectName(u"summary_column")
        self.summary_column.setContentsMargins(0, 0, 0, 0)
        self.summary = QPlainTextEdit(self.summary_field)
        self.summary.setObjectName(u"summary")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary.sizePolicy().hasHeightForWidth())
        self.summary.setSizePolicy(sizePolicy)
        self.summary.setMinimumSize(QSize(0, 60))
        self.summary.setMaximumSize(QSize(16777215, 60))
        self.summary.setTabChangesFocus(True)

        self.summary_column.addWidget(self.summary)

        self.summary_error = QLabel(self.summary_field)
        self.summary_error.setObjectName(u"summary_error")

        self.summary_column.addWidget(self.summary_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary_field)


        self.frame.addLayout(self.form)

        self.recommendations_label = QLabel(ReviewDialog)
        self.recommendations_label.setObjectName(u"recommendations_label")
        self.recommendations_label.setWordWrap(True)

        self.frame.addWidget(self.recommendations_label)

        self.recommendations_field = QWidget(ReviewDialog)
        self.recommendations_field.setObjectName(u"recommendations_field")
        self.recommendations_column = QVBoxLayout(self.recommendations_field)
        self.recommendations_column.setSpacing(2)
        self.recommendations_column.setObjectName(u"recommendations_column")
        self.recommendations_column.setContentsMargins(0, 0, 0, 0)
        self.recommendations = QTableWidget(self.recommendations_field)
        self.recommendations.setObjectName(u"recommendations")
        self.recommendations.setMinimumSize(QSize(0, 150))

        self.recommendations_column.addWidget(self.recommendations)

        self.recommendation_buttons = QHBoxLayout()
        self.recommendation_buttons.setObjectName(u"recommendation_buttons")
        self.add_recommendation = QPushButton(self.recommendations_field)
        self.add_recommendation.setObjectName(u"add_recommendation")

        self.recommendation_buttons.addWidget(self.add_recommendation)

        self.remove_recommendation = QPushButton(self.recommendations_field)
        self.remove_recommendation.setObjectName(u"remove_recommendation")

        self.recommendation_buttons.addWidget(self.remove_recommendation)

        self.recommendation_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recommendation_buttons.addItem(self.recommendation_buttons_spacer)


        self.recommendations_column.addLayout(self.recommendation_buttons)

        self.recommendations_error = QLabel(self.recommendations_field)
        self.recommendations_error.setObjectName(u"recommendations_error")

        self.recommendations_column.addWidget(self.recommendations_error)


        self.frame.addWidget(self.recommendations_field)

        self.general_error = QLabel(ReviewDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.review_held_on_label.setBuddy(self.review_held_on)
        self.summary_label.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.review_held_on, self.summary)
        QWidget.setTabOrder(self.summary, self.recommendations)
        QWidget.setTabOrder(self.recommendations, self.add_recommendation)
        QWidget.setTabOrder(self.add_recommendation, self.remove_recommendation)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Record the review", None))
        self.what.setText("")
        self.review_held_on_label.setText(QCoreApplication.translate("ReviewDialog", u"&Held on:", None))
        self.review_held_on.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_held_on.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Review held on", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("ReviewDialog", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Summary of the review", None))
#endif // QT_CONFIG(accessibility)
        self.recommendations_label.setText(QCoreApplication.translate("ReviewDialog", u"Recommendations (each becomes an action in the action log):", None))
#if QT_CONFIG(accessibility)
        self.recommendations.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Recommendations", None))
#endif // QT_CONFIG(accessibility)
        self.add_recommendation.setText(QCoreApplication.translate("ReviewDialog", u"&Add a recommendation", None))
        self.remove_recommendation.setText(QCoreApplication.translate("ReviewDialog", u"&Remove", None))
    # retranslateUi

