# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ApplicationDialog(object):
    def setupUi(self, ApplicationDialog):
        if not ApplicationDialog.objectName():
            ApplicationDialog.setObjectName(u"ApplicationDialog")
        ApplicationDialog.setMinimumSize(QSize(600, 0))
        self.frame = QVBoxLayout(ApplicationDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.urn_label = QLabel(ApplicationDialog)
        self.urn_label.setObjectName(u"urn_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urn_label)

        self.urn_field = QWidget(ApplicationDialog)
        self.urn_field.setObjectName(u"urn_field")
        self.urn_column = QVBoxLayout(self.urn_field)
        self.urn_column.setSpacing(2)
        self.urn_column.setObjectName(u"urn_column")
        self.urn_column.setContentsMargins(0, 0, 0, 0)
        self.urn = QLineEdit(self.urn_field)
        self.urn.setObjectName(u"urn")

        self.urn_column.addWidget(self.urn)

        self.urn_error = QLabel(self.urn_field)
        self.urn_error.setObjectName(u"urn_error")

        self.urn_column.addWidget(self.urn_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urn_field)

        self.operation_label = QLabel(ApplicationDialog)
        self.operation_label.setObjectName(u"operation_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operation_label)

        self.operation_field = QWidget(ApplicationDialog)
        self.operation_field.setObjectName(u"operation_field")
        self.operation_column = QVBoxLayout(self.operation_field)
        self.operation_column.setSpacing(2)
        self.operation_column.setObjectName(u"operation_column")
        self.operation_column.setContentsMargins(0, 0, 0, 0)
        self.operation = QLineEdit(self.operation_field)
        self.operation.setObjectName(u"operation")

        self.operation_column.addWidget(self.operation)

        self.operation_error = QLabel(self.operation_field)
        self.operation_error.setObjectName(u"operation_error")

        self.operation_column.addWidget(self.operation_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operation_field)

        self.description_label = QLabel(ApplicationDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_field = QWidget(ApplicationDialog)
        self.description_field.setObjectName(u"description_field")
        self.description_column = QVBoxLayout(self.description_field)
        self.description_column.setSpacing(2)
        self.description_column.setObjectName(u"description_column")
        self.description_column.setContentsMargins(0, 0, 0, 0)
        self.description = QPlainTextEdit(self.description_field)
        self.description.setObjectName(u"description")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.description.sizePolicy().hasHeightForWidth())
        self.description.setSizePolicy(sizePolicy)
        self.description.setMinimumSize(QSize(0, 54))
        self.description.setMaximumSize(QSize(16777215, 54))
        self.description.setTabChangesFocus(True)

        self.description_column.addWidget(self.description)

        self.description_error = QLabel(self.description_field)
        self.description_error.setObjectName(u"description_error")

        self.description_column.addWidget(self.description_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description_field)

        self.subjects_label = QLabel(ApplicationDialog)
        self.subjects_label.setObjectName(u"subjects_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjects_label)

        self.subjects_field = QWidget(ApplicationDialog)
        self.subjects_field.setObjectName(u"subjects_field")
        self.subjects_column = QVBoxLayout(self.subjects_field)
        self.subjects_column.setSpacing(2)
        self.subjects_column.setObjectName(u"subjects_column")
        self.subjects_column.setContentsMargins(0, 0, 0, 0)
        self.subjects = QLineEdit(self.subjects_field)
        self.subjects.setObjectName(u"subjects")

        self.subjects_column.addWidget(self.subjects)

        self.subjects_error = QLabel(self.subjects_field)
        self.subjects_error.setObjectName(u"subjects_error")

        self.subjects_column.addWidget(self.subjects_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjects_field)

        self.offence_label = QLabel(ApplicationDialog)
        self.offence_label.setObjectName(u"offence_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.offence_label)

        self.offence_field = QWidget(ApplicationDialog)
        self.offence_field.setObjectName(u"offence_field")
        self.offence_column = QVBoxLayout(self.offence_field)
        self.offence_column.setSpacing(2)
        self.offence_column.setObjectName(u"offence_column")
        self.offence_column.setContentsMargins(0, 0, 0, 0)
        self.offence = QComboBox(self.offence_field)
        self.offence.setObjectName(u"offence")

        self.offence_column.addWidget(self.offence)

        self.offence_error = QLabel(self.offence_field)
        self.offence_error.setObjectName(u"offence_error")

        self.offence_column.addWidget(self.offence_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.offence_field)

        self.offence_hint_label = QLabel(ApplicationDialog)
        self.offence_hint_label.setObjectName(u"offence_hint_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.offence_hint_label)

        self.offence_hint = QLabel(ApplicationDialog)
        self.offence_hint.setObjectName(u"offence_hint")
        self.offence_hint.setWordWrap(True)
        self.offence_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.offence_hint)

        self.necessity_label = QLabel(ApplicationDialog)
        self.necessity_label.setObjectName(u"necessity_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.necessity_label)

        self.necessity_field = QWidget(ApplicationDialog)
        self.necessity_field.setObjectName(u"necessity_field")
        self.necessity_column = QVBoxLayout(self.necessity_field)
        self.necessity_column.setSpacing(2)
        self.necessity_column.setObjectName(u"necessity_column")
        self.necessity_column.setContentsMargins(0, 0, 0, 0)
        self.necessity = QPlainTextEdit(self.necessity_field)
        self.necessity.setObjectName(u"necessity")
        sizePolicy.setHeightForWidth(self.necessity.sizePolicy().hasHeightForWidth())
        self.necessity.setSizePolicy(sizePolicy)
        self.necessity.setMinimumSize(QSize(0, 54))
        self.necessity.setMaximumSize(QSize(16777215, 54))
        self.necessity.setTabChangesFocus(True)

        self.necessity_column.addWidget(self.necessity)

        self.necessity_error = QLabel(self.necessity_field)
        self.necessity_error.setObjectName(u"necessity_error")

        self.necessity_column.addWidget(self.necessity_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.necessity_field)

        self.proportionality_label = QLabel(ApplicationDialog)
        self.proportionality_label.setObjectName(u"proportionality_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.proportionality_label)

        self.proportionality_field = QWidget(ApplicationDialog)
        self.proportionality_field.setObjectName(u"proportionality_field")
        self.proportionality_column = QVBoxLayout(self.proportionality_field)
        self.proportionality_column.setSpacing(2)
        self.proportionality_column.setObjectName(u"proportionality_column")
        self.proportionality_column.setContentsMargins(0, 0, 0, 0)
        self.proportionality = QPlainTextEdit(self.proportionality_field)
        self.proportionality.setObjectName(u"proportionality")
        sizePolicy.setHeightForWidth(self.proportionality.sizePolicy().hasHeightForWidth())
        self.proportionality.setSizePolicy(sizePolicy)
        self.proportionality.setMinimumSize(QSize(0, 54))
        self.proportionality.setMaximumSize(QSize(16777215, 54))
        self.proportionality.setTabChangesFocus(True)

        self.proportionality_column.addWidget(self.proportionality)

        self.proportionality_error = QLabel(self.proportionality_field)
        self.proportionality_error.setObjectName(u"proportionality_error")

        self.proportionality_column.addWidget(self.proportionality_error)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.proportionality_field)

        self.collateral_intrusion_label = QLabel(ApplicationDialog)
        self.collateral_intrusion_label.setObjectName(u"collateral_intrusion_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.collateral_intrusion_label)

        self.collateral_intrusion_field = QWidget(ApplicationDialog)
        self.collateral_intrusion_field.setObjectName(u"collateral_intrusion_field")
        self.collateral_intrusion_column = QVBoxLayout(self.collateral_intrusion_field)
        self.collateral_intrusion_column.setSpacing(2)
        self.collateral_intrusion_column.setObjectName(u"collateral_intrusion_column")
        self.collateral_intrusion_column.setContentsMargins(0, 0, 0, 0)
        self.collateral_intrusion = QPlainTextEdit(self.collateral_intrusion_field)
        self.collateral_intrusion.setObjectName(u"collateral_intrusion")
        sizePolicy.setHeightForWidth(self.collateral_intrusion.sizePolicy().hasHeightForWidth())
        self.collateral_intrusion.setSizePolicy(sizePolicy)
        self.collateral_intrusion.setMinimumSize(QSize(0, 54))
        self.collateral_intrusion.setMaximumSize(QSize(16777215, 54))
        self.collateral_intrusion.setTabChangesFocus(True)

        self.collateral_intrusion_column.addWidget(self.collateral_intrusion)

        self.collateral_intrusion_error = QLabel(self.collateral_intrusion_field)
        self.collateral_intrusion_error.setObjectName(u"collateral_intrusion_error")

        self.collateral_intrusion_column.addWidget(self.collateral_intrusion_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.collateral_intrusion_field)

        self.confidential_likely_label = QLabel(ApplicationDialog)
        self.confidential_likely_label.setObjectName(u"confidential_likely_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.confidential_likely_label)

        self.confidential_likely_field = QWidget(ApplicationDialog)
        self.confidential_likely_field.setObjectName(u"confidential_likely_field")
        self.confidential_likely_column = QVBoxLayout(self.confidential_likely_field)
        self.confidential_likely_column.setSpacing(2)
        self.confidential_likely_column.setObjectName(u"confidential_likely_column")
        self.confidential_likely_column.setContentsMargins(0, 0, 0, 0)
        self.confidential_likely = QCheckBox(self.confidential_likely_field)
        self.confidential_likely.setObjectName(u"confidential_likely")

        self.confidential_likely_column.addWidget(self.confidential_likely)

        self.confidential_likely_error = QLabel(self.confidential_likely_field)
        self.confidential_likely_error.setObjectName(u"confidential_likely_error")

        self.confidential_likely_column.addWidget(self.confidential_likely_error)


        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.confidential_likely_field)

        self.officer_id_label = QLabel(ApplicationDialog)
        self.officer_id_label.setObjectName(u"officer_id_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.officer_id_label)

        self.officer_id_field = QWidget(ApplicationDialog)
        self.officer_id_field.setObjectName(u"officer_id_field")
        self.officer_id_column = QVBoxLayout(self.officer_id_field)
        self.officer_id_column.setSpacing(2)
        self.officer_id_column.setObjectName(u"officer_id_column")
        self.officer_id_column.setContentsMargins(0, 0, 0, 0)
        self.officer_id = QComboBox(self.officer_id_field)
        self.officer_id.setObjectName(u"officer_id")

        self.officer_id_column.addWidget(self.officer_id)

        self.officer_id_error = QLabel(self.officer_id_field)
        self.officer_id_error.setObjectName(u"officer_id_error")

        self.officer_id_column.addWidget(self.officer_id_error)


        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.officer_id_field)

        self.officer_involved_label = QLabel(ApplicationDialog)
        self.officer_involved_label.setObjectName(u"officer_involved_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.officer_involved_label)

        self.officer_involved_field = QWidget(ApplicationDialog)
        self.officer_involved_field.setObjectName(u"officer_involved_field")
        self.officer_involved_column = QVBoxLayout(self.officer_involved_field)
        self.officer_involved_column.setSpacing(2)
        self.officer_involved_column.setObjectName(u"officer_involved_column")
        self.officer_involved_column.setContentsMargins(0, 0, 0, 0)
        self.officer_involved = QCheckBox(self.officer_involved_field)
        self.officer_involved.setObjectName(u"officer_involved")

        self.officer_involved_column.addWidget(self.officer_involved)

        self.officer_involved_error = QLabel(self.officer_involved_field)
        self.officer_involved_error.setObjectName(u"officer_involved_error")

        self.officer_involved_column.addWidget(self.officer_involved_error)


        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.officer_involved_field)

        self.involved_reason_label = QLabel(ApplicationDialog)
        self.involved_reason_label.setObjectName(u"involved_reason_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.involved_reason_label)

        self.involved_reason_field = QWidget(ApplicationDialog)
        self.involved_reason_field.setObjectName(u"involved_reason_field")
        self.involved_reason_column = QVBoxLayout(self.involved_reason_field)
        self.involved_reason_column.setSpacing(2)
        self.involved_reason_column.setObjectName(u"involved_reason_column")
        self.involved_reason_column.setContentsMargins(0, 0, 0, 0)
        self.involved_reason = QLineEdit(self.involved_reason_field)
        self.involved_reason.setObjectName(u"involved_reason")

        self.involved_reason_column.addWidget(self.involved_reason)

        self.involved_reason_error = QLabel(self.involved_reason_field)
        self.involved_reason_error.setObjectName(u"involved_reason_error")

        self.involved_reason_column.addWidget(self.involved_reason_error)


        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.involved_reason_field)

        self.authorised_on_label = QLabel(ApplicationDialog)
        self.authorised_on_label.setObjectName(u"authorised_on_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.authorised_on_label)

        self.authorised_on_field = QWidget(ApplicationDialog)
        self.authorised_on_field.setObjectName(u"authorised_on_field")
        self.authorised_on_column = QVBoxLayout(self.authorised_on_field)
        self.authorised_on_column.setSpacing(2)
        self.authorised_on_column.setObjectName(u"authorised_on_column")
        self.authorised_on_column.setContentsMargins(0, 0, 0, 0)
        self.authorised_on = QDateEdit(self.authorised_on_field)
        self.authorised_on.setObjectName(u"authorised_on")
        self.authorised_on.setMaximumSize(QSize(170, 16777215))
        self.authorised_on.setCalendarPopup(True)

        self.authorised_on_column.addWidget(self.authorised_on)

        self.authorised_on_error = QLabel(self.authorised_on_field)
        self.authorised_on_error.setObjectName(u"authorised_on_error")

        self.authorised_on_column.addWidget(self.authorised_on_error)


        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.authorised_on_field)

        self.review_interval_days_label = QLabel(ApplicationDialog)
        self.review_interval_days_label.setObjectName(u"review_interval_days_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.review_interval_days_label)

        self.review_interval_days_field = QWidget(ApplicationDialog)
        self.review_interval_days_field.setObjectName(u"review_interval_days_field")
        self.review_interval_days_column = QVBoxLayout(self.review_interval_days_field)
        self.review_interval_days_column.setSpacing(2)
        self.review_interval_days_column.setObjectName(u"review_interval_days_column")
        self.review_interval_days_column.setContentsMargins(0, 0, 0, 0)
        self.review_interval_days = QSpinBox(self.review_interval_days_field)
        self.review_interval_days.setObjectName(u"review_interval_days")
        self.review_interval_days.setMinimum(1)
        self.review_interval_days.setMaximum(92)
        self.review_interval_days.setMaximumSize(QSize(120, 16777215))

        self.review_interval_days_column.addWidget(self.review_interval_days)

        self.review_interval_days_error = QLabel(self.review_interval_days_field)
        self.review_interval_days_error.setObjectName(u"review_interval_days_error")

        self.review_interval_days_column.addWidget(self.review_interval_days_error)


        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.review_interval_days_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(ApplicationDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ApplicationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.urn_label.setBuddy(self.urn)
        self.operation_label.setBuddy(self.operation)
        self.description_label.setBuddy(self.description)
        self.subjects_label.setBuddy(self.subjects)
        self.offence_label.setBuddy(self.offence)
        self.offence_hint_label.setBuddy(self.offence_hint)
        self.necessity_label.setBuddy(self.necessity)
        self.proportionality_label.setBuddy(self.proportionality)
        self.collateral_intrusion_label.setBuddy(self.collateral_intrusion)
        self.confidential_likely_label.setBuddy(self.confidential_likely)
        self.officer_id_label.setBuddy(self.officer_id)
        self.officer_involved_label.setBuddy(self.officer_involved)
        self.involved_reason_label.setBuddy(self.involved_reason)
        self.authorised_on_label.setBuddy(self.authorised_on)
        self.review_interval_days_label.setBuddy(self.review_interval_days)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.urn, self.operation)
        QWidget.setTabOrder(self.operation, self.description)
        QWidget.setTabOrder(self.description, self.subjects)
        QWidget.setTabOrder(self.subjects, self.offence)
        QWidget.setTabOrder(self.offence, self.necessity)
        QWidget.setTabOrder(self.necessity, self.proportionality)
        QWidget.setTabOrder(self.proportionality, self.collateral_intrusion)
        QWidget.setTabOrder(self.collateral_intrusion, self.confidential_likely)
        QWidget.setTabOrder(self.confidential_likely, self.officer_id)
        QWidget.setTabOrder(self.officer_id, self.officer_involved)
        QWidget.setTabOrder(self.officer_involved, self.involved_reason)
        QWidget.setTabOrder(self.involved_reason, self.authorised_on)
        QWidget.setTabOrder(self.authorised_on, self.review_interval_days)

        self.retranslateUi(ApplicationDialog)

        QMetaObject.connectSlotsByName(ApplicationDialog)
    # setupUi

    def retranslateUi(self, ApplicationDialog):
        ApplicationDialog.setWindowTitle(QCoreApplication.translate("ApplicationDialog", u"Application for directed surveillance", None))
        self.urn_label.setText(QCoreApplication.translate("ApplicationDialog", u"&URN:", None))
#if QT_CONFIG(accessibility)
        self.urn.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"URN", None))
#endif // QT_CONFIG(accessibility)
        self.operation_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Operation:", None))
#if QT_CONFIG(accessibility)
        self.operation.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Operation", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.subjects_label.setText(QCoreApplication.translate("ApplicationDialog", u"S&ubjects:", None))
#if QT_CONFIG(accessibility)
        self.subjects.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Subjects", None))
#endif // QT_CONFIG(accessibility)
        self.offence_label.setText(QCoreApplication.translate("ApplicationDialog", u"O&ffence:", None))
#if QT_CONFIG(accessibility)
        self.offence.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Offence", None))
#endif // QT_CONFIG(accessibility)
        self.offence_hint_label.setText("")
        self.necessity_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Necessity:", None))
#if QT_CONFIG(accessibility)
        self.necessity.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Necessity", None))
#endif // QT_CONFIG(accessibility)
        self.proportionality_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Proportionality:", None))
#if QT_CONFIG(accessibility)
        self.proportionality.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Proportionality", None))
#endif // QT_CONFIG(accessibility)
        self.collateral_intrusion_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Collateral intrusion:", None))
#if QT_CONFIG(accessibility)
        self.collateral_intrusion.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Collateral intrusion", None))
#endif // QT_CONFIG(accessibility)
        self.confidential_likely_label.setText("")
        self.confidential_likely.setText(QCoreApplication.translate("ApplicationDialog", u"Confidential information &likely", None))
#if QT_CONFIG(accessibility)
        self.confidential_likely.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.officer_id_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Authorising officer:", None))
#if QT_CONFIG(accessibility)
        self.officer_id.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Authorising officer", None))
#endif // QT_CONFIG(accessibility)
        self.officer_involved_label.setText("")
        self.officer_involved.setText(QCoreApplication.translate("ApplicationDialog", u"Officer directly &involved in the investigation", None))
#if QT_CONFIG(accessibility)
        self.officer_involved.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.involved_reason_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Why involved:", None))
#if QT_CONFIG(accessibility)
        self.involved_reason.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Why involved", None))
#endif // QT_CONFIG(accessibility)
        self.authorised_on_label.setText(QCoreApplication.translate("ApplicationDialog", u"Authorised &on:", None))
        self.authorised_on.setDisplayFormat(QCoreApplication.translate("ApplicationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.authorised_on.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Authorised on", None))
#endif // QT_CONFIG(accessibility)
        self.review_interval_days_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Reviews every:", None))
        self.review_interval_days.setSuffix(QCoreApplication.translate("ApplicationDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.review_interval_days.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Reviews every", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

