# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visual_audit_dialog.ui'
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

class Ui_VisualAuditDialog(object):
    def setupUi(self, VisualAuditDialog):
        if not VisualAuditDialog.objectName():
            VisualAuditDialog.setObjectName(u"VisualAuditDialog")
        VisualAuditDialog.setMinimumSize(QSize(560, 0))
        self.frame = QVBoxLayout(VisualAuditDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.audit_date_label = QLabel(VisualAuditDialog)
        self.audit_date_label.setObjectName(u"audit_date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.audit_date_label)

        self.audit_date_field = QWidget(VisualAuditDialog)
        self.audit_date_field.setObjectName(u"audit_date_field")
        self.audit_date_column = QVBoxLayout(self.audit_date_field)
        self.audit_date_column.setSpacing(2)
        self.audit_date_column.setObjectName(u"audit_date_column")
        self.audit_date_column.setContentsMargins(0, 0, 0, 0)
        self.audit_date = QDateEdit(self.audit_date_field)
        self.audit_date.setObjectName(u"audit_date")
        self.audit_date.setMaximumSize(QSize(170, 16777215))
        self.audit_date.setCalendarPopup(True)

        self.audit_date_column.addWidget(self.audit_date)

        self.audit_date_error = QLabel(self.audit_date_field)
        self.audit_date_error.setObjectName(u"audit_date_error")

        self.audit_date_column.addWidget(self.audit_date_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.audit_date_field)

        self.attendees_label = QLabel(VisualAuditDialog)
        self.attendees_label.setObjectName(u"attendees_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attendees_label)

        self.attendees_field = QWidget(VisualAuditDialog)
        self.attendees_field.setObjectName(u"attendees_field")
        self.attendees_column = QVBoxLayout(self.attendees_field)
        self.attendees_column.setSpacing(2)
        self.attendees_column.setObjectName(u"attendees_column")
        self.attendees_column.setContentsMargins(0, 0, 0, 0)
        self.attendees = QPlainTextEdit(self.attendees_field)
        self.attendees.setObjectName(u"attendees")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.attendees.sizePolicy().hasHeightForWidth())
        self.attendees.setSizePolicy(sizePolicy)
        self.attendees.setMinimumSize(QSize(0, 60))
        self.attendees.setMaximumSize(QSize(16777215, 60))
        self.attendees.setTabChangesFocus(True)

        self.attendees_column.addWidget(self.attendees)

        self.attendees_error = QLabel(self.attendees_field)
        self.attendees_error.setObjectName(u"attendees_error")

        self.attendees_column.addWidget(self.attendees_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attendees_field)

        self.findings_label = QLabel(VisualAuditDialog)
        self.findings_label.setObjectName(u"findings_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.findings_label)

        self.findings_field = QWidget(VisualAuditDialog)
        self.findings_field.setObjectName(u"findings_field")
        self.findings_column = QVBoxLayout(self.findings_field)
        self.findings_column.setSpacing(2)
        self.findings_column.setObjectName(u"findings_column")
        self.findings_column.setContentsMargins(0, 0, 0, 0)
        self.findings = QPlainTextEdit(self.findings_field)
        self.findings.setObjectName(u"findings")
        sizePolicy.setHeightForWidth(self.findings.sizePolicy().hasHeightForWidth())
        self.findings.setSizePolicy(sizePolicy)
        self.findings.setMinimumSize(QSize(0, 120))
        self.findings.setMaximumSize(QSize(16777215, 120))
        self.findings.setTabChangesFocus(True)

        self.findings_column.addWidget(self.findings)

        self.findings_error = QLabel(self.findings_field)
        self.findings_error.setObjectName(u"findings_error")

        self.findings_column.addWidget(self.findings_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.findings_field)

        self.recommendations_label = QLabel(VisualAuditDialog)
        self.recommendations_label.setObjectName(u"recommendations_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recommendations_label)

        self.recommendations_field = QWidget(VisualAuditDialog)
        self.recommendations_field.setObjectName(u"recommendations_field")
        self.recommendations_column = QVBoxLayout(self.recommendations_field)
        self.recommendations_column.setSpacing(2)
        self.recommendations_column.setObjectName(u"recommendations_column")
        self.recommendations_column.setContentsMargins(0, 0, 0, 0)
        self.recommendations = QPlainTextEdit(self.recommendations_field)
        self.recommendations.setObjectName(u"recommendations")
        sizePolicy.setHeightForWidth(self.recommendations.sizePolicy().hasHeightForWidth())
        self.recommendations.setSizePolicy(sizePolicy)
        self.recommendations.setMinimumSize(QSize(0, 120))
        self.recommendations.setMaximumSize(QSize(16777215, 120))
        self.recommendations.setTabChangesFocus(True)

        self.recommendations_column.addWidget(self.recommendations)

        self.recommendations_error = QLabel(self.recommendations_field)
        self.recommendations_error.setObjectName(u"recommendations_error")

        self.recommendations_column.addWidget(self.recommendations_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recommendations_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(VisualAuditDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(VisualAuditDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.audit_date_label.setBuddy(self.audit_date)
        self.attendees_label.setBuddy(self.attendees)
        self.findings_label.setBuddy(self.findings)
        self.recommendations_label.setBuddy(self.recommendations)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.audit_date, self.attendees)
        QWidget.setTabOrder(self.attendees, self.findings)
        QWidget.setTabOrder(self.findings, self.recommendations)

        self.retranslateUi(VisualAuditDialog)

        QMetaObject.connectSlotsByName(VisualAuditDialog)
    # setupUi

    def retranslateUi(self, VisualAuditDialog):
        VisualAuditDialog.setWindowTitle(QCoreApplication.translate("VisualAuditDialog", u"New visual audit", None))
        self.audit_date_label.setText(QCoreApplication.translate("VisualAuditDialog", u"&Date:", None))
        self.audit_date.setDisplayFormat(QCoreApplication.translate("VisualAuditDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.audit_date.setAccessibleName(QCoreApplication.translate("VisualAuditDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.attendees_label.setText(QCoreApplication.translate("VisualAuditDialog", u"&Who attended:", None))
        self.attendees.setPlaceholderText(QCoreApplication.translate("VisualAuditDialog", u"Names and organisations of everyone who went", None))
#if QT_CONFIG(accessibility)
        self.attendees.setAccessibleName(QCoreApplication.translate("VisualAuditDialog", u"Who attended", None))
#endif // QT_CONFIG(accessibility)
        self.findings_label.setText(QCoreApplication.translate("VisualAuditDialog", u"&Findings:", None))
        self.findings.setPlaceholderText(QCoreApplication.translate("VisualAuditDialog", u"Lighting, sight lines, litter, damage, places to gather\u2026", None))
#if QT_CONFIG(accessibility)
        self.findings.setAccessibleName(QCoreApplication.translate("VisualAuditDialog", u"Findings", None))
#endif // QT_CONFIG(accessibility)
        self.recommendations_label.setText(QCoreApplication.translate("VisualAuditDialog", u"&Recommended actions:", None))
        self.recommendations.setPlaceholderText(QCoreApplication.translate("VisualAuditDialog", u"Environmental actions: who should do what", None))
#if QT_CONFIG(accessibility)
        self.recommendations.setAccessibleName(QCoreApplication.translate("VisualAuditDialog", u"Recommended actions", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

