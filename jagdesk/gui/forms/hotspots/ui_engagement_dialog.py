# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'engagement_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_EngagementDialog(object):
    def setupUi(self, EngagementDialog):
        if not EngagementDialog.objectName():
            EngagementDialog.setObjectName(u"EngagementDialog")
        EngagementDialog.setMinimumSize(QSize(560, 0))
        self.frame = QVBoxLayout(EngagementDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sent_on_label = QLabel(EngagementDialog)
        self.sent_on_label.setObjectName(u"sent_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sent_on_label)

        self.sent_on_field = QWidget(EngagementDialog)
        self.sent_on_field.setObjectName(u"sent_on_field")
        self.sent_on_column = QVBoxLayout(self.sent_on_field)
        self.sent_on_column.setSpacing(2)
        self.sent_on_column.setObjectName(u"sent_on_column")
        self.sent_on_column.setContentsMargins(0, 0, 0, 0)
        self.sent_on = QDateEdit(self.sent_on_field)
        self.sent_on.setObjectName(u"sent_on")
        self.sent_on.setMaximumSize(QSize(170, 16777215))
        self.sent_on.setCalendarPopup(True)

        self.sent_on_column.addWidget(self.sent_on)

        self.sent_on_error = QLabel(self.sent_on_field)
        self.sent_on_error.setObjectName(u"sent_on_error")

        self.sent_on_column.addWidget(self.sent_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sent_on_field)

        self.kind_label = QLabel(EngagementDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_field = QWidget(EngagementDialog)
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

        self.roads_label = QLabel(EngagementDialog)
        self.roads_label.setObjectName(u"roads_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roads_label)

        self.roads_field = QWidget(EngagementDialog)
        self.roads_field.setObjectName(u"roads_field")
        self.roads_column = QVBoxLayout(self.roads_field)
        self.roads_column.setSpacing(2)
        self.roads_column.setObjectName(u"roads_column")
        self.roads_column.setContentsMargins(0, 0, 0, 0)
        self.roads = QPlainTextEdit(self.roads_field)
        self.roads.setObjectName(u"roads")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roads.sizePolicy().hasHeightForWidth())
        self.roads.setSizePolicy(sizePolicy)
        self.roads.setMinimumSize(QSize(0, 60))
        self.roads.setMaximumSize(QSize(16777215, 60))
        self.roads.setTabChangesFocus(True)

        self.roads_column.addWidget(self.roads)

        self.roads_error = QLabel(self.roads_field)
        self.roads_error.setObjectName(u"roads_error")

        self.roads_column.addWidget(self.roads_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roads_field)

        self.number_sent_label = QLabel(EngagementDialog)
        self.number_sent_label.setObjectName(u"number_sent_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.number_sent_label)

        self.number_sent_field = QWidget(EngagementDialog)
        self.number_sent_field.setObjectName(u"number_sent_field")
        self.number_sent_column = QVBoxLayout(self.number_sent_field)
        self.number_sent_column.setSpacing(2)
        self.number_sent_column.setObjectName(u"number_sent_column")
        self.number_sent_column.setContentsMargins(0, 0, 0, 0)
        self.number_sent = QSpinBox(self.number_sent_field)
        self.number_sent.setObjectName(u"number_sent")
        self.number_sent.setMaximumSize(QSize(170, 16777215))
        self.number_sent.setGroupSeparatorShown(True)
        self.number_sent.setMaximum(1000000)

        self.number_sent_column.addWidget(self.number_sent)

        self.number_sent_error = QLabel(self.number_sent_field)
        self.number_sent_error.setObjectName(u"number_sent_error")

        self.number_sent_column.addWidget(self.number_sent_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.number_sent_field)

        self.responses_label = QLabel(EngagementDialog)
        self.responses_label.setObjectName(u"responses_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responses_label)

        self.responses_field = QWidget(EngagementDialog)
        self.responses_field.setObjectName(u"responses_field")
        self.responses_column = QVBoxLayout(self.responses_field)
        self.responses_column.setSpacing(2)
        self.responses_column.setObjectName(u"responses_column")
        self.responses_column.setContentsMargins(0, 0, 0, 0)
        self.responses = QSpinBox(self.responses_field)
        self.responses.setObjectName(u"responses")
        self.responses.setMaximumSize(QSize(170, 16777215))
        self.responses.setGroupSeparatorShown(True)
        self.responses.setMaximum(1000000)

        self.responses_column.addWidget(self.responses)

        self.responses_error = QLabel(self.responses_field)
        self.responses_error.setObjectName(u"responses_error")

        self.responses_column.addWidget(self.responses_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responses_field)

        self.rate_label = QLabel(EngagementDialog)
        self.rate_label.setObjectName(u"rate_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rate_label)

        self.rate = QLabel(EngagementDialog)
        self.rate.setObjectName(u"rate")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rate)

        self.summary_label = QLabel(EngagementDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_field = QWidget(EngagementDialog)
        self.summary_field.setObjectName(u"summary_field")
        self.summary_column = QVBoxLayout(self.summary_field)
        self.summary_column.setSpacing(2)
        self.summary_column.setObjectName(u"summary_column")
        self.summary_column.setContentsMargins(0, 0, 0, 0)
        self.summary = QPlainTextEdit(self.summary_field)
        self.summary.setObjectName(u"summary")
        sizePolicy.setHeightForWidth(self.summary.sizePolicy().hasHeightForWidth())
        self.summary.setSizePolicy(sizePolicy)
        self.summary.setMinimumSize(QSize(0, 120))
        self.summary.setMaximumSize(QSize(16777215, 120))
        self.summary.setTabChangesFocus(True)

        self.summary_column.addWidget(self.summary)

        self.summary_error = QLabel(self.summary_field)
        self.summary_error.setObjectName(u"summary_error")

        self.summary_column.addWidget(self.summary_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summary_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(EngagementDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(EngagementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.sent_on_label.setBuddy(self.sent_on)
        self.kind_label.setBuddy(self.kind)
        self.roads_label.setBuddy(self.roads)
        self.number_sent_label.setBuddy(self.number_sent)
        self.responses_label.setBuddy(self.responses)
        self.rate_label.setBuddy(self.rate)
        self.summary_label.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sent_on, self.kind)
        QWidget.setTabOrder(self.kind, self.roads)
        QWidget.setTabOrder(self.roads, self.number_sent)
        QWidget.setTabOrder(self.number_sent, self.responses)
        QWidget.setTabOrder(self.responses, self.summary)

        self.retranslateUi(EngagementDialog)

        QMetaObject.connectSlotsByName(EngagementDialog)
    # setupUi

    def retranslateUi(self, EngagementDialog):
        EngagementDialog.setWindowTitle(QCoreApplication.translate("EngagementDialog", u"New engagement", None))
        self.sent_on_label.setText(QCoreApplication.translate("EngagementDialog", u"&Date sent:", None))
        self.sent_on.setDisplayFormat(QCoreApplication.translate("EngagementDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.sent_on.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Date sent", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("EngagementDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.roads_label.setText(QCoreApplication.translate("EngagementDialog", u"&Roads covered:", None))
        self.roads.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"The roads or house numbers covered", None))
#if QT_CONFIG(accessibility)
        self.roads.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Roads covered", None))
#endif // QT_CONFIG(accessibility)
        self.number_sent_label.setText(QCoreApplication.translate("EngagementDialog", u"&Number sent:", None))
#if QT_CONFIG(accessibility)
        self.number_sent.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Number sent", None))
#endif // QT_CONFIG(accessibility)
        self.responses_label.setText(QCoreApplication.translate("EngagementDialog", u"R&esponses:", None))
#if QT_CONFIG(accessibility)
        self.responses.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"Responses", None))
#endif // QT_CONFIG(accessibility)
        self.rate_label.setText(QCoreApplication.translate("EngagementDialog", u"Response rate:", None))
        self.summary_label.setText(QCoreApplication.translate("EngagementDialog", u"What they &said:", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"What residents said: the problems, times and places they named", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("EngagementDialog", u"What they said", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

