# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

from jagdesk.gui.widgets.optional_date import OptionalDate

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(SettingsDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(SettingsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.abc_months_label = QLabel(SettingsDialog)
        self.abc_months_label.setObjectName(u"abc_months_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.abc_months_label)

        self.abc_months_field = QWidget(SettingsDialog)
        self.abc_months_field.setObjectName(u"abc_months_field")
        self.abc_months_column = QVBoxLayout(self.abc_months_field)
        self.abc_months_column.setSpacing(2)
        self.abc_months_column.setObjectName(u"abc_months_column")
        self.abc_months_column.setContentsMargins(0, 0, 0, 0)
        self.abc_months = QSpinBox(self.abc_months_field)
        self.abc_months.setObjectName(u"abc_months")
        self.abc_months.setMaximumSize(QSize(120, 16777215))

        self.abc_months_column.addWidget(self.abc_months)

        self.abc_months_error = QLabel(self.abc_months_field)
        self.abc_months_error.setObjectName(u"abc_months_error")

        self.abc_months_column.addWidget(self.abc_months_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.abc_months_field)

        self.abc_review_months_label = QLabel(SettingsDialog)
        self.abc_review_months_label.setObjectName(u"abc_review_months_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.abc_review_months_label)

        self.abc_review_months_field = QWidget(SettingsDialog)
        self.abc_review_months_field.setObjectName(u"abc_review_months_field")
        self.abc_review_months_column = QVBoxLayout(self.abc_review_months_field)
        self.abc_review_months_column.setSpacing(2)
        self.abc_review_months_column.setObjectName(u"abc_review_months_column")
        self.abc_review_months_column.setContentsMargins(0, 0, 0, 0)
        self.abc_review_months = QSpinBox(self.abc_review_months_field)
        self.abc_review_months.setObjectName(u"abc_review_months")
        self.abc_review_months.setMaximumSize(QSize(120, 16777215))

        self.abc_review_months_column.addWidget(self.abc_review_months)

        self.abc_review_months_error = QLabel(self.abc_review_months_field)
        self.abc_review_months_error.setObjectName(u"abc_review_months_error")

        self.abc_review_months_column.addWidget(self.abc_review_months_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.abc_review_months_field)

        self.expiring_days_label = QLabel(SettingsDialog)
        self.expiring_days_label.setObjectName(u"expiring_days_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.expiring_days_label)

        self.expiring_days_field = QWidget(SettingsDialog)
        self.expiring_days_field.setObjectName(u"expiring_days_field")
        self.expiring_days_column = QVBoxLayout(self.expiring_days_field)
        self.expiring_days_column.setSpacing(2)
        self.expiring_days_column.setObjectName(u"expiring_days_column")
        self.expiring_days_column.setContentsMargins(0, 0, 0, 0)
        self.expiring_days = QSpinBox(self.expiring_days_field)
        self.expiring_days.setObjectName(u"expiring_days")
        self.expiring_days.setMaximumSize(QSize(120, 16777215))

        self.expiring_days_column.addWidget(self.expiring_days)

        self.expiring_days_error = QLabel(self.expiring_days_field)
        self.expiring_days_error.setObjectName(u"expiring_days_error")

        self.expiring_days_column.addWidget(self.expiring_days_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.expiring_days_field)

        self.respect_order_on_label = QLabel(SettingsDialog)
        self.respect_order_on_label.setObjectName(u"respect_order_on_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.respect_order_on_label)

        self.respect_order_on_field = QWidget(SettingsDialog)
        self.respect_order_on_field.setObjectName(u"respect_order_on_field")
        self.respect_order_on_column = QVBoxLayout(self.respect_order_on_field)
        self.respect_order_on_column.setSpacing(2)
        self.respect_order_on_column.setObjectName(u"respect_order_on_column")
        self.respect_order_on_column.setContentsMargins(0, 0, 0, 0)
        self.respect_order_on = OptionalDate(self.respect_order_on_field)
        self.respect_order_on.setObjectName(u"respect_order_on")

        self.respect_order_on_column.addWidget(self.respect_order_on)

        self.respect_order_on_error = QLabel(self.respect_order_on_field)
        self.respect_order_on_error.setObjectName(u"respect_order_on_error")

        self.respect_order_on_column.addWidget(self.respect_order_on_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.respect_order_on_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(SettingsDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.abc_months_label.setBuddy(self.abc_months)
        self.abc_review_months_label.setBuddy(self.abc_review_months)
        self.expiring_days_label.setBuddy(self.expiring_days)
        self.respect_order_on_label.setBuddy(self.respect_order_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.abc_months, self.abc_review_months)
        QWidget.setTabOrder(self.abc_review_months, self.expiring_days)
        QWidget.setTabOrder(self.expiring_days, self.respect_order_on)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"ASB settings", None))
        self.abc_months_label.setText(QCoreApplication.translate("SettingsDialog", u"An ABC &lasts (months):", None))
#if QT_CONFIG(accessibility)
        self.abc_months.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"An ABC lasts (months)", None))
#endif // QT_CONFIG(accessibility)
        self.abc_review_months_label.setText(QCoreApplication.translate("SettingsDialog", u"&Reviewed after (months):", None))
#if QT_CONFIG(accessibility)
        self.abc_review_months.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Reviewed after (months)", None))
#endif // QT_CONFIG(accessibility)
        self.expiring_days_label.setText(QCoreApplication.translate("SettingsDialog", u"&Warn before an order ends (days):", None))
#if QT_CONFIG(accessibility)
        self.expiring_days.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Warn before an order ends (days)", None))
#endif // QT_CONFIG(accessibility)
        self.respect_order_on_label.setText(QCoreApplication.translate("SettingsDialog", u"Respect Orders &commenced on:", None))
#if QT_CONFIG(accessibility)
        self.respect_order_on.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Respect Orders commenced on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

