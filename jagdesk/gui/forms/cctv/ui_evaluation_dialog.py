# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        EvaluationDialog.setMinimumSize(QSize(460, 0))
        self.frame = QVBoxLayout(EvaluationDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.evaluated_on_label = QLabel(EvaluationDialog)
        self.evaluated_on_label.setObjectName(u"evaluated_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evaluated_on_label)

        self.evaluated_on_field = QWidget(EvaluationDialog)
        self.evaluated_on_field.setObjectName(u"evaluated_on_field")
        self.evaluated_on_column = QVBoxLayout(self.evaluated_on_field)
        self.evaluated_on_column.setSpacing(2)
        self.evaluated_on_column.setObjectName(u"evaluated_on_column")
        self.evaluated_on_column.setContentsMargins(0, 0, 0, 0)
        self.evaluated_on = QDateEdit(self.evaluated_on_field)
        self.evaluated_on.setObjectName(u"evaluated_on")
        self.evaluated_on.setMaximumSize(QSize(170, 16777215))
        self.evaluated_on.setCalendarPopup(True)

        self.evaluated_on_column.addWidget(self.evaluated_on)

        self.evaluated_on_error = QLabel(self.evaluated_on_field)
        self.evaluated_on_error.setObjectName(u"evaluated_on_error")

        self.evaluated_on_column.addWidget(self.evaluated_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evaluated_on_field)

        self.radius_m_label = QLabel(EvaluationDialog)
        self.radius_m_label.setObjectName(u"radius_m_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.radius_m_label)

        self.radius_m_field = QWidget(EvaluationDialog)
        self.radius_m_field.setObjectName(u"radius_m_field")
        self.radius_m_column = QVBoxLayout(self.radius_m_field)
        self.radius_m_column.setSpacing(2)
        self.radius_m_column.setObjectName(u"radius_m_column")
        self.radius_m_column.setContentsMargins(0, 0, 0, 0)
        self.radius_m = QSpinBox(self.radius_m_field)
        self.radius_m.setObjectName(u"radius_m")
        self.radius_m.setMinimum(25)
        self.radius_m.setMaximum(2000)
        self.radius_m.setMaximumSize(QSize(120, 16777215))

        self.radius_m_column.addWidget(self.radius_m)

        self.radius_m_error = QLabel(self.radius_m_field)
        self.radius_m_error.setObjectName(u"radius_m_error")

        self.radius_m_column.addWidget(self.radius_m_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.radius_m_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(EvaluationDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(EvaluationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.evaluated_on_label.setBuddy(self.evaluated_on)
        self.radius_m_label.setBuddy(self.radius_m)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.evaluated_on, self.radius_m)

        self.retranslateUi(EvaluationDialog)

        QMetaObject.connectSlotsByName(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"Evaluate the deployment", None))
        self.evaluated_on_label.setText(QCoreApplication.translate("EvaluationDialog", u"&Evaluated on:", None))
        self.evaluated_on.setDisplayFormat(QCoreApplication.translate("EvaluationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.evaluated_on.setAccessibleName(QCoreApplication.translate("EvaluationDialog", u"Evaluated on", None))
#endif // QT_CONFIG(accessibility)
        self.radius_m_label.setText(QCoreApplication.translate("EvaluationDialog", u"&Radius:", None))
        self.radius_m.setSuffix(QCoreApplication.translate("EvaluationDialog", u" m", None))
#if QT_CONFIG(accessibility)
        self.radius_m.setAccessibleName(QCoreApplication.translate("EvaluationDialog", u"Radius", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

