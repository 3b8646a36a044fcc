# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach_dialog.ui'
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

from jagdesk.gui.widgets.optional_date import OptionalDate

class Ui_BreachDialog(object):
    def setupUi(self, BreachDialog):
        if not BreachDialog.objectName():
            BreachDialog.setObjectName(u"BreachDialog")
        BreachDialog.setMinimumSize(QSize(500, 0))
        self.frame = QVBoxLayout(BreachDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(BreachDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.breached_on_label = QLabel(BreachDialog)
        self.breached_on_label.setObjectName(u"breached_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.breached_on_label)

        self.breached_on_field = QWidget(BreachDialog)
        self.breached_on_field.setObjectName(u"breached_on_field")
        self.breached_on_column = QVBoxLayout(self.breached_on_field)
        self.breached_on_column.setSpacing(2)
        self.breached_on_column.setObjectName(u"breached_on_column")
        self.breached_on_column.setContentsMargins(0, 0, 0, 0)
        self.breached_on = QDateEdit(self.breached_on_field)
        self.breached_on.setObjectName(u"breached_on")
        self.breached_on.setMaximumSize(QSize(170, 16777215))
        self.breached_on.setCalendarPopup(True)

        self.breached_on_column.addWidget(self.breached_on)

        self.breached_on_error = QLabel(self.breached_on_field)
        self.breached_on_error.setObjectName(u"breached_on_error")

        self.breached_on_column.addWidget(self.breached_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.breached_on_field)

        self.term_id_label = QLabel(BreachDialog)
        self.term_id_label.setObjectName(u"term_id_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.term_id_label)

        self.term_id_field = QWidget(BreachDialog)
        self.term_id_field.setObjectName(u"term_id_field")
        self.term_id_column = QVBoxLayout(self.term_id_field)
        self.term_id_column.setSpacing(2)
        self.term_id_column.setObjectName(u"term_id_column")
        self.term_id_column.setContentsMargins(0, 0, 0, 0)
        self.term_id = QComboBox(self.term_id_field)
        self.term_id.setObjectName(u"term_id")

        self.term_id_column.addWidget(self.term_id)

        self.term_id_error = QLabel(self.term_id_field)
        self.term_id_error.setObjectName(u"term_id_error")

        self.term_id_column.addWidget(self.term_id_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.term_id_field)

        self.reported_by_label = QLabel(BreachDialog)
        self.reported_by_label.setObjectName(u"reported_by_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reported_by_label)

        self.reported_by_field = QWidget(BreachDialog)
        self.reported_by_field.setObjectName(u"reported_by_field")
        self.reported_by_column = QVBoxLayout(self.reported_by_field)
        self.reported_by_column.setSpacing(2)
        self.reported_by_column.setObjectName(u"reported_by_column")
        self.reported_by_column.setContentsMargins(0, 0, 0, 0)
        self.reported_by = QLineEdit(self.reported_by_field)
        self.reported_by.setObjectName(u"reported_by")

        self.reported_by_column.addWidget(self.reported_by)

        self.reported_by_error = QLabel(self.reported_by_field)
        self.reported_by_error.setObjectName(u"reported_by_error")

        self.reported_by_column.addWidget(self.reported_by_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reported_by_field)

        self.evidence_label = QLabel(BreachDialog)
        self.evidence_label.setObjectName(u"evidence_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evidence_label)

        self.evidence_field = QWidget(BreachDialog)
        self.evidence_field.setObjectName(u"evidence_field")
        self.evidence_column = QVBoxLayout(self.evidence_field)
        self.evidence_column.setSpacing(2)
        self.evidence_column.setObjectName(u"evidence_column")
        self.evidence_column.setContentsMargins(0, 0, 0, 0)
        self.evidence = QPlainTextEdit(self.evidence_field)
        self.evidence.setObjectName(u"evidence")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.evidence.sizePolicy().hasHeightForWidth())
        self.evidence.setSizePolicy(sizePolicy)
        self.evidence.setMinimumSize(QSize(0, 60))
        self.evidence.setMaximumSize(QSize(16777215, 60))
        self.evidence.setTabChangesFocus(True)

        self.evidence_column.addWidget(self.evidence)

        self.evidence_error = QLabel(self.evidence_field)
        self.evidence_error.setObjectName(u"evidence_error")

        self.evidence_column.addWidget(self.evidence_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidence_field)

        self.action_label = QLabel(BreachDialog)
        self.action_label.setObjectName(u"action_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.action_label)

        self.action_field = QWidget(BreachDialog)
        self.action_field.setObjectName(u"action_field")
        self.action_column = QVBoxLayout(self.action_field)
        self.action_column.setSpacing(2)
        self.action_column.setObjectName(u"action_column")
        self.action_column.setContentsMargins(0, 0, 0, 0)
        self.action = QComboBox(self.action_field)
        self.action.setObjectName(u"action")

        self.action_column.addWidget(self.action)

        self.action_error = QLabel(self.action_field)
        self.action_error.setObjectName(u"action_error")

        self.action_column.addWidget(self.action_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.action_field)

        self.action_on_label = QLabel(BreachDialog)
        self.action_on_label.setObjectName(u"action_on_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.action_on_label)

        self.action_on_field = QWidget(BreachDialog)
        self.action_on_field.setObjectName(u"action_on_field")
        self.action_on_column = QVBoxLayout(self.action_on_field)
        self.action_on_column.setSpacing(2)
        self.action_on_column.setObjectName(u"action_on_column")
        self.action_on_column.setContentsMargins(0, 0, 0, 0)
        self.action_on = OptionalDate(self.action_on_field)
        self.action_on.setObjectName(u"action_on")

        self.action_on_column.addWidget(self.action_on)

        self.action_on_error = QLabel(self.action_on_field)
        self.action_on_error.setObjectName(u"action_on_error")

        self.action_on_column.addWidget(self.action_on_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.action_on_field)

        self.result_label = QLabel(BreachDialog)
        self.result_label.setObjectName(u"result_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result_field = QWidget(BreachDialog)
        self.result_field.setObjectName(u"result_field")
        self.result_column = QVBoxLayout(self.result_field)
        self.result_column.setSpacing(2)
        self.result_column.setObjectName(u"result_column")
        self.result_column.setContentsMargins(0, 0, 0, 0)
        self.result = QPlainTextEdit(self.result_field)
        self.result.setObjectName(u"result")
        sizePolicy.setHeightForWidth(self.result.sizePolicy().hasHeightForWidth())
        self.result.setSizePolicy(sizePolicy)
        self.result.setMinimumSize(QSize(0, 60))
        self.result.setMaximumSize(QSize(16777215, 60))
        self.result.setTabChangesFocus(True)

        self.result_column.addWidget(self.result)

        self.result_error = QLabel(self.result_field)
        self.result_error.setObjectName(u"result_error")

        self.result_column.addWidget(self.result_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.result_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(BreachDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(BreachDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.breached_on_label.setBuddy(self.breached_on)
        self.term_id_label.setBuddy(self.term_id)
        self.reported_by_label.setBuddy(self.reported_by)
        self.evidence_label.setBuddy(self.evidence)
        self.action_label.setBuddy(self.action)
        self.action_on_label.setBuddy(self.action_on)
        self.result_label.setBuddy(self.result)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.breached_on, self.term_id)
        QWidget.setTabOrder(self.term_id, self.reported_by)
        QWidget.setTabOrder(self.reported_by, self.evidence)
        QWidget.setTabOrder(self.evidence, self.action)
        QWidget.setTabOrder(self.action, self.action_on)
        QWidget.setTabOrder(self.action_on, self.result)

        self.retranslateUi(BreachDialog)

        QMetaObject.connectSlotsByName(BreachDialog)
    # setupUi

    def retranslateUi(self, BreachDialog):
        BreachDialog.setWindowTitle(QCoreApplication.translate("BreachDialog", u"Breach", None))
        self.breached_on_label.setText(QCoreApplication.translate("BreachDialog", u"&Breached on:", None))
        self.breached_on.setDisplayFormat(QCoreApplication.translate("BreachDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.breached_on.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Breached on", None))
#endif // QT_CONFIG(accessibility)
        self.term_id_label.setText(QCoreApplication.translate("BreachDialog", u"&Term breached:", None))
#if QT_CONFIG(accessibility)
        self.term_id.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Term breached", None))
#endif // QT_CONFIG(accessibility)
        self.reported_by_label.setText(QCoreApplication.translate("BreachDialog", u"&Reported by:", None))
#if QT_CONFIG(accessibility)
        self.reported_by.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Reported by", None))
#endif // QT_CONFIG(accessibility)
        self.evidence_label.setText(QCoreApplication.translate("BreachDialog", u"&Evidence:", None))
#if QT_CONFIG(accessibility)
        self.evidence.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Evidence", None))
#endif // QT_CONFIG(accessibility)
        self.action_label.setText(QCoreApplication.translate("BreachDialog", u"&Action taken:", None))
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Action taken", None))
#endif // QT_CONFIG(accessibility)
        self.action_on_label.setText(QCoreApplication.translate("BreachDialog", u"Action &on:", None))
#if QT_CONFIG(accessibility)
        self.action_on.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Action on", None))
#endif // QT_CONFIG(accessibility)
        self.result_label.setText(QCoreApplication.translate("BreachDialog", u"Res&ult:", None))
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

