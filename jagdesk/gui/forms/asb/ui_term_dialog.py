# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'term_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from jagdesk.gui.widgets.optional_date import OptionalDate

class Ui_TermDialog(object):
    def setupUi(self, TermDialog):
        if not TermDialog.objectName():
            TermDialog.setObjectName(u"TermDialog")
        TermDialog.setMinimumSize(QSize(480, 0))
        self.frame = QVBoxLayout(TermDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(TermDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.term_kind_label = QLabel(TermDialog)
        self.term_kind_label.setObjectName(u"term_kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.term_kind_label)

        self.term_kind_field = QWidget(TermDialog)
        self.term_kind_field.setObjectName(u"term_kind_field")
        self.term_kind_column = QVBoxLayout(self.term_kind_field)
        self.term_kind_column.setSpacing(2)
        self.term_kind_column.setObjectName(u"term_kind_column")
        self.term_kind_column.setContentsMargins(0, 0, 0, 0)
        self.term_kind = QComboBox(self.term_kind_field)
        self.term_kind.setObjectName(u"term_kind")

        self.term_kind_column.addWidget(self.term_kind)

        self.term_kind_error = QLabel(self.term_kind_field)
        self.term_kind_error.setObjectName(u"term_kind_error")

        self.term_kind_column.addWidget(self.term_kind_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.term_kind_field)

        self.text_label = QLabel(TermDialog)
        self.text_label.setObjectName(u"text_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_field = QWidget(TermDialog)
        self.text_field.setObjectName(u"text_field")
        self.text_column = QVBoxLayout(self.text_field)
        self.text_column.setSpacing(2)
        self.text_column.setObjectName(u"text_column")
        self.text_column.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(self.text_field)
        self.text.setObjectName(u"text")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.text.sizePolicy().hasHeightForWidth())
        self.text.setSizePolicy(sizePolicy)
        self.text.setMinimumSize(QSize(0, 60))
        self.text.setMaximumSize(QSize(16777215, 60))
        self.text.setTabChangesFocus(True)

        self.text_column.addWidget(self.text)

        self.terms_error = QLabel(self.text_field)
        self.terms_error.setObjectName(u"terms_error")

        self.text_column.addWidget(self.terms_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_field)

        self.ends_on_label = QLabel(TermDialog)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on_field = QWidget(TermDialog)
        self.ends_on_field.setObjectName(u"ends_on_field")
        self.ends_on_column = QVBoxLayout(self.ends_on_field)
        self.ends_on_column.setSpacing(2)
        self.ends_on_column.setObjectName(u"ends_on_column")
        self.ends_on_column.setContentsMargins(0, 0, 0, 0)
        self.ends_on = OptionalDate(self.ends_on_field)
        self.ends_on.setObjectName(u"ends_on")

        self.ends_on_column.addWidget(self.ends_on)

        self.ends_on_error = QLabel(self.ends_on_field)
        self.ends_on_error.setObjectName(u"ends_on_error")

        self.ends_on_column.addWidget(self.ends_on_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends_on_field)

        self.power_of_arrest_label = QLabel(TermDialog)
        self.power_of_arrest_label.setObjectName(u"power_of_arrest_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.power_of_arrest_label)

        self.power_of_arrest_field = QWidget(TermDialog)
        self.power_of_arrest_field.setObjectName(u"power_of_arrest_field")
        self.power_of_arrest_column = QVBoxLayout(self.power_of_arrest_field)
        self.power_of_arrest_column.setSpacing(2)
        self.power_of_arrest_column.setObjectName(u"power_of_arrest_column")
        self.power_of_arrest_column.setContentsMargins(0, 0, 0, 0)
        self.power_of_arrest = QCheckBox(self.power_of_arrest_field)
        self.power_of_arrest.setObjectName(u"power_of_arrest")

        self.power_of_arrest_column.addWidget(self.power_of_arrest)

        self.power_of_arrest_error = QLabel(self.power_of_arrest_field)
        self.power_of_arrest_error.setObjectName(u"power_of_arrest_error")

        self.power_of_arrest_column.addWidget(self.power_of_arrest_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.power_of_arrest_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(TermDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(TermDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.term_kind_label.setBuddy(self.term_kind)
        self.text_label.setBuddy(self.text)
        self.ends_on_label.setBuddy(self.ends_on)
        self.power_of_arrest_label.setBuddy(self.power_of_arrest)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.term_kind, self.text)
        QWidget.setTabOrder(self.text, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.power_of_arrest)

        self.retranslateUi(TermDialog)

        QMetaObject.connectSlotsByName(TermDialog)
    # setupUi

    def retranslateUi(self, TermDialog):
        TermDialog.setWindowTitle(QCoreApplication.translate("TermDialog", u"Term", None))
        self.term_kind_label.setText(QCoreApplication.translate("TermDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.term_kind.setAccessibleName(QCoreApplication.translate("TermDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("TermDialog", u"&Term:", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("TermDialog", u"Term", None))
#endif // QT_CONFIG(accessibility)
        self.ends_on_label.setText(QCoreApplication.translate("TermDialog", u"&Ends on:", None))
#if QT_CONFIG(accessibility)
        self.ends_on.setAccessibleName(QCoreApplication.translate("TermDialog", u"Ends on", None))
#endif // QT_CONFIG(accessibility)
        self.power_of_arrest_label.setText(QCoreApplication.translate("TermDialog", u"&Power of arrest attached:", None))
#if QT_CONFIG(accessibility)
        self.power_of_arrest.setAccessibleName(QCoreApplication.translate("TermDialog", u"Power of arrest attached", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

