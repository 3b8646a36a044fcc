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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ApplicationDialog(object):
    def setupUi(self, ApplicationDialog):
        if not ApplicationDialog.objectName():
            ApplicationDialog.setObjectName(u"ApplicationDialog")
        ApplicationDialog.setMinimumSize(QSize(1220, 0))
        self.frame = QVBoxLayout(ApplicationDialog)
        self.frame.setObjectName(u"frame")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.received_on_label = QLabel(ApplicationDialog)
        self.received_on_label.setObjectName(u"received_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_on_label)

        self.received_on_field = QWidget(ApplicationDialog)
        self.received_on_field.setObjectName(u"received_on_field")
        self.received_on_column = QVBoxLayout(self.received_on_field)
        self.received_on_column.setSpacing(2)
        self.received_on_column.setObjectName(u"received_on_column")
        self.received_on_column.setContentsMargins(0, 0, 0, 0)
        self.received_on = QDateEdit(self.received_on_field)
        self.received_on.setObjectName(u"received_on")
        self.received_on.setMaximumSize(QSize(170, 16777215))
        self.received_on.setCalendarPopup(True)

        self.received_on_column.addWidget(self.received_on)

        self.received_on_error = QLabel(self.received_on_field)
        self.received_on_error.setObjectName(u"received_on_error")

        self.received_on_column.addWidget(self.received_on_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_on_field)

        self.received_how_label = QLabel(ApplicationDialog)
        self.received_how_label.setObjectName(u"received_how_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_how_label)

        self.received_how_field = QWidget(ApplicationDialog)
        self.received_how_field.setObjectName(u"received_how_field")
        self.received_how_column = QVBoxLayout(self.received_how_field)
        self.received_how_column.setSpacing(2)
        self.received_how_column.setObjectName(u"received_how_column")
        self.received_how_column.setContentsMargins(0, 0, 0, 0)
        self.received_how = QComboBox(self.received_how_field)
        self.received_how.setObjectName(u"received_how")

        self.received_how_column.addWidget(self.received_how)

        self.received_how_error = QLabel(self.received_how_field)
        self.received_how_error.setObjectName(u"received_how_error")

        self.received_how_column.addWidget(self.received_how_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_how_field)

        self.applicant_id_label = QLabel(ApplicationDialog)
        self.applicant_id_label.setObjectName(u"applicant_id_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicant_id_label)

        self.applicant_id_field = QWidget(ApplicationDialog)
        self.applicant_id_field.setObjectName(u"applicant_id_field")
        self.applicant_id_column = QVBoxLayout(self.applicant_id_field)
        self.applicant_id_column.setSpacing(2)
        self.applicant_id_column.setObjectName(u"applicant_id_column")
        self.applicant_id_column.setContentsMargins(0, 0, 0, 0)
        self.applicant_id = QComboBox(self.applicant_id_field)
        self.applicant_id.setObjectName(u"applicant_id")

        self.applicant_id_column.addWidget(self.applicant_id)

        self.applicant_id_error = QLabel(self.applicant_id_field)
        self.applicant_id_error.setObjectName(u"applicant_id_error")

        self.applicant_id_column.addWidget(self.applicant_id_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicant_id_field)

        self.applicant_name_label = QLabel(ApplicationDialog)
        self.applicant_name_label.setObjectName(u"applicant_name_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.applicant_name_label)

        self.applicant_name_field = QWidget(ApplicationDialog)
        self.applicant_name_field.setObjectName(u"applicant_name_field")
        self.applicant_name_column = QVBoxLayout(self.applicant_name_field)
        self.applicant_name_column.setSpacing(2)
        self.applicant_name_column.setObjectName(u"applicant_name_column")
        self.applicant_name_column.setContentsMargins(0, 0, 0, 0)
        self.applicant_name = QLineEdit(self.applicant_name_field)
        self.applicant_name.setObjectName(u"applicant_name")

        self.applicant_name_column.addWidget(self.applicant_name)

        self.applicant_name_error = QLabel(self.applicant_name_field)
        self.applicant_name_error.setObjectName(u"applicant_name_error")

        self.applicant_name_column.addWidget(self.applicant_name_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.applicant_name_field)

        self.on_behalf_field = QWidget(ApplicationDialog)
        self.on_behalf_field.setObjectName(u"on_behalf_field")
        self.on_behalf_column = QVBoxLayout(self.on_behalf_field)
        self.on_behalf_column.setSpacing(2)
        self.on_behalf_column.setObjectName(u"on_behalf_column")
        self.on_behalf_column.setContentsMargins(0, 0, 0, 0)
        self.on_behalf = QCheckBox(self.on_behalf_field)
        self.on_behalf.setObjectName(u"on_behalf")

        self.on_behalf_column.addWidget(self.on_behalf)

        self.on_behalf_error = QLabel(self.on_behalf_field)
        self.on_behalf_error.setObjectName(u"on_behalf_error")

        self.on_behalf_column.addWidget(self.on_behalf_error)


        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.on_behalf_field)

        self.victim_id_label = QLabel(ApplicationDialog)
        self.victim_id_label.setObjectName(u"victim_id_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.victim_id_label)

        self.victim_id_field = QWidget(ApplicationDialog)
        self.victim_id_field.setObjectName(u"victim_id_field")
        self.victim_id_column = QVBoxLayout(self.victim_id_field)
        self.victim_id_column.setSpacing(2)
        self.victim_id_column.setObjectName(u"victim_id_column")
        self.victim_id_column.setContentsMargins(0, 0, 0, 0)
        self.victim_id = QComboBox(self.victim_id_field)
        self.victim_id.setObjectName(u"victim_id")

        self.victim_id_column.addWidget(self.victim_id)

        self.victim_id_error = QLabel(self.victim_id_field)
        self.victim_id_error.setObjectName(u"victim_id_error")

        self.victim_id_column.addWidget(self.victim_id_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.victim_id_field)

        self.consent_on_label = QLabel(ApplicationDialog)
        self.consent_on_label.setObjectName(u"consent_on_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.consent_on_label)

        self.consent_on_field = QWidget(ApplicationDialog)
        self.consent_on_field.setObjectName(u"consent_on_field")
        self.consent_on_column = QVBoxLayout(self.consent_on_field)
        self.consent_on_column.setSpacing(2)
        self.consent_on_column.setObjectName(u"consent_on_column")
        self.consent_on_column.setContentsMargins(0, 0, 0, 0)
        self.consent_on = QDateEdit(self.consent_on_field)
        self.consent_on.setObjectName(u"consent_on")
        self.consent_on.setMaximumSize(QSize(170, 16777215))
        self.consent_on.setCalendarPopup(True)

        self.consent_on_column.addWidget(self.consent_on)

        self.consent_on_error = QLabel(self.consent_on_field)
        self.consent_on_error.setObjectName(u"consent_on_error")

        self.consent_on_column.addWidget(self.consent_on_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.consent_on_field)

        self.contact_id_label = QLabel(ApplicationDialog)
        self.contact_id_label.setObjectName(u"contact_id_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contact_id_label)

        self.contact_id_field = QWidget(ApplicationDialog)
        self.contact_id_field.setObjectName(u"contact_id_field")
        self.contact_id_column = QVBoxLayout(self.contact_id_field)
        self.contact_id_column.setSpacing(2)
        self.contact_id_column.setObjectName(u"contact_id_column")
        self.contact_id_column.setContentsMargins(0, 0, 0, 0)
        self.contact_id = QComboBox(self.contact_id_field)
        self.contact_id.setObjectName(u"contact_id")

        self.contact_id_column.addWidget(self.contact_id)

        self.contact_id_error = QLabel(self.contact_id_field)
        self.contact_id_error.setObjectName(u"contact_id_error")

        self.contact_id_column.addWidget(self.contact_id_error)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contact_id_field)

        self.problem_label = QLabel(ApplicationDialog)
        self.problem_label.setObjectName(u"problem_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.problem_label)

        self.problem_field = QWidget(ApplicationDialog)
        self.problem_field.setObjectName(u"problem_field")
        self.problem_column = QVBoxLayout(self.problem_field)
        self.problem_column.setSpacing(2)
        self.problem_column.setObjectName(u"problem_column")
        self.problem_column.setContentsMargins(0, 0, 0, 0)
        self.problem = QPlainTextEdit(self.problem_field)
        self.problem.setObjectName(u"problem")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problem.sizePolicy().hasHeightForWidth())
        self.problem.setSizePolicy(sizePolicy)
        self.problem.setMinimumSize(QSize(0, 60))
        self.problem.setMaximumSize(QSize(16777215, 60))
        self.problem.setTabChangesFocus(True)

        self.problem_column.addWidget(self.problem)

        self.problem_error = QLabel(self.problem_field)
        self.problem_error.setObjectName(u"problem_error")

        self.problem_column.addWidget(self.problem_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.problem_field)


        self.columns.addLayout(self.form)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.complaints_label = QLabel(ApplicationDialog)
        self.complaints_label.setObjectName(u"complaints_label")
        self.complaints_label.setWordWrap(True)

        self.right.addWidget(self.complaints_label)

        self.complaints_field = QWidget(ApplicationDialog)
        self.complaints_field.setObjectName(u"complaints_field")
        self.complaints_column = QVBoxLayout(self.complaints_field)
        self.complaints_column.setSpacing(2)
        self.complaints_column.setObjectName(u"complaints_column")
        self.complaints_column.setContentsMargins(0, 0, 0, 0)
        self.complaints = QTableWidget(self.complaints_field)
        self.complaints.setObjectName(u"complaints")
        self.complaints.setMinimumSize(QSize(0, 160))

        self.complaints_column.addWidget(self.complaints)

        self.complaint_buttons = QHBoxLayout()
        self.complaint_buttons.setObjectName(u"complaint_buttons")
        self.add_complaint = QPushButton(self.complaints_field)
        self.add_complaint.setObjectName(u"add_complaint")

        self.complaint_buttons.addWidget(self.add_complaint)

        self.remove_complaint = QPushButton(self.complaints_field)
        self.remove_complaint.setObjectName(u"remove_complaint")

        self.complaint_buttons.addWidget(self.remove_complaint)

        self.complaint_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.complaint_buttons.addItem(self.complaint_buttons_spacer)


        self.complaints_column.addLayout(self.complaint_buttons)

        self.complaints_error = QLabel(self.complaints_field)
        self.complaints_error.setObjectName(u"complaints_error")

        self.complaints_column.addWidget(self.complaints_error)


        self.right.addWidget(self.complaints_field)

        self.prompt = QLabel(ApplicationDialog)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setWordWrap(True)

        self.right.addWidget(self.prompt)

        self.links_label = QLabel(ApplicationDialog)
        self.links_label.setObjectName(u"links_label")
        self.links_label.setWordWrap(True)

        self.right.addWidget(self.links_label)

        self.links = QTabWidget(ApplicationDialog)
        self.links.setObjectName(u"links")
        self.person_ids_tab = QWidget()
        self.person_ids_tab.setObjectName(u"person_ids_tab")
        self.person_ids_layout = QVBoxLayout(self.person_ids_tab)
        self.person_ids_layout.setObjectName(u"person_ids_layout")
        self.person_ids = QListWidget(self.person_ids_tab)
        self.person_ids.setObjectName(u"person_ids")

        self.person_ids_layout.addWidget(self.person_ids)

        self.links.addTab(self.person_ids_tab, "")
        self.hotspot_ids_tab = QWidget()
        self.hotspot_ids_tab.setObjectName(u"hotspot_ids_tab")
        self.hotspot_ids_layout = QVBoxLayout(self.hotspot_ids_tab)
        self.hotspot_ids_layout.setObjectName(u"hotspot_ids_layout")
        self.hotspot_ids = QListWidget(self.hotspot_ids_tab)
        self.hotspot_ids.setObjectName(u"hotspot_ids")

        self.hotspot_ids_layout.addWidget(self.hotspot_ids)

        self.links.addTab(self.hotspot_ids_tab, "")
        self.case_ids_tab = QWidget()
        self.case_ids_tab.setObjectName(u"case_ids_tab")
        self.case_ids_layout = QVBoxLayout(self.case_ids_tab)
        self.case_ids_layout.setObjectName(u"case_ids_layout")
        self.case_ids = QListWidget(self.case_ids_tab)
        self.case_ids.setObjectName(u"case_ids")

        self.case_ids_layout.addWidget(self.case_ids)

        self.links.addTab(self.case_ids_tab, "")
        self.intervention_ids_tab = QWidget()
        self.intervention_ids_tab.setObjectName(u"intervention_ids_tab")
        self.intervention_ids_layout = QVBoxLayout(self.intervention_ids_tab)
        self.intervention_ids_layout.setObjectName(u"intervention_ids_layout")
        self.intervention_ids = QListWidget(self.intervention_ids_tab)
        self.intervention_ids.setObjectName(u"intervention_ids")

        self.intervention_ids_layout.addWidget(self.intervention_ids)

        self.links.addTab(self.intervention_ids_tab, "")

        self.right.addWidget(self.links)


        self.columns.addLayout(self.right)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.frame.addLayout(self.columns)

        self.general_error = QLabel(ApplicationDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ApplicationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.received_on_label.setBuddy(self.received_on)
        self.received_how_label.setBuddy(self.received_how)
        self.applicant_id_label.setBuddy(self.applicant_id)
        self.applicant_name_label.setBuddy(self.applicant_name)
        self.victim_id_label.setBuddy(self.victim_id)
        self.consent_on_label.setBuddy(self.consent_on)
        self.contact_id_label.setBuddy(self.contact_id)
        self.problem_label.setBuddy(self.problem)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_on, self.received_how)
        QWidget.setTabOrder(self.received_how, self.applicant_id)
        QWidget.setTabOrder(self.applicant_id, self.applicant_name)
        QWidget.setTabOrder(self.applicant_name, self.on_behalf)
        QWidget.setTabOrder(self.on_behalf, self.victim_id)
        QWidget.setTabOrder(self.victim_id, self.consent_on)
        QWidget.setTabOrder(self.consent_on, self.contact_id)
        QWidget.setTabOrder(self.contact_id, self.problem)
        QWidget.setTabOrder(self.problem, self.complaints)
        QWidget.setTabOrder(self.complaints, self.add_complaint)
        QWidget.setTabOrder(self.add_complaint, self.remove_complaint)
        QWidget.setTabOrder(self.remove_complaint, self.links)
        QWidget.setTabOrder(self.links, self.person_ids)
        QWidget.setTabOrder(self.person_ids, self.hotspot_ids)
        QWidget.setTabOrder(self.hotspot_ids, self.case_ids)
        QWidget.setTabOrder(self.case_ids, self.intervention_ids)

        self.retranslateUi(ApplicationDialog)

        QMetaObject.connectSlotsByName(ApplicationDialog)
    # setupUi

    def retranslateUi(self, ApplicationDialog):
        ApplicationDialog.setWindowTitle(QCoreApplication.translate("ApplicationDialog", u"New ASB case review application", None))
        self.received_on_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Received on:", None))
        self.received_on.setDisplayFormat(QCoreApplication.translate("ApplicationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.received_on.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Received on", None))
#endif // QT_CONFIG(accessibility)
        self.received_how_label.setText(QCoreApplication.translate("ApplicationDialog", u"&How:", None))
#if QT_CONFIG(accessibility)
        self.received_how.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"How received", None))
#endif // QT_CONFIG(accessibility)
        self.applicant_id_label.setText(QCoreApplication.translate("ApplicationDialog", u"A&pplicant:", None))
#if QT_CONFIG(accessibility)
        self.applicant_id.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Applicant", None))
#endif // QT_CONFIG(accessibility)
        self.applicant_name_label.setText(QCoreApplication.translate("ApplicationDialog", u"Or &name:", None))
#if QT_CONFIG(accessibility)
        self.applicant_name.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Applicant's name (not on the register)", None))
#endif // QT_CONFIG(accessibility)
        self.on_behalf.setText(QCoreApplication.translate("ApplicationDialog", u"Applying on the &victim's behalf", None))
#if QT_CONFIG(accessibility)
        self.on_behalf.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Applying on the &victim's behalf", None))
#endif // QT_CONFIG(accessibility)
        self.victim_id_label.setText(QCoreApplication.translate("ApplicationDialog", u"V&ictim:", None))
#if QT_CONFIG(accessibility)
        self.victim_id.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Victim", None))
#endif // QT_CONFIG(accessibility)
        self.consent_on_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Consent on:", None))
        self.consent_on.setDisplayFormat(QCoreApplication.translate("ApplicationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.consent_on.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Victim consented on", None))
#endif // QT_CONFIG(accessibility)
        self.contact_id_label.setText(QCoreApplication.translate("ApplicationDialog", u"&Single point of contact:", None))
#if QT_CONFIG(accessibility)
        self.contact_id.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Single point of contact", None))
#endif // QT_CONFIG(accessibility)
        self.problem_label.setText(QCoreApplication.translate("ApplicationDialog", u"Pro&blem:", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"The problem", None))
#endif // QT_CONFIG(accessibility)
        self.complaints_label.setText(QCoreApplication.translate("ApplicationDialog", u"Complaints behind the application (incident, reported, agency, reference, hate incident):", None))
#if QT_CONFIG(accessibility)
        self.complaints.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Complaints", None))
#endif // QT_CONFIG(accessibility)
        self.add_complaint.setText(QCoreApplication.translate("ApplicationDialog", u"Add a co&mplaint", None))
        self.remove_complaint.setText(QCoreApplication.translate("ApplicationDialog", u"R&emove complaint", None))
        self.prompt.setText("")
        self.links_label.setText(QCoreApplication.translate("ApplicationDialog", u"Linked to:", None))
#if QT_CONFIG(accessibility)
        self.links.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Linked records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.person_ids.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Linked people", None))
#endif // QT_CONFIG(accessibility)
        self.links.setTabText(self.links.indexOf(self.person_ids_tab), QCoreApplication.translate("ApplicationDialog", u"People", None))
#if QT_CONFIG(accessibility)
        self.hotspot_ids.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Linked hotspots", None))
#endif // QT_CONFIG(accessibility)
        self.links.setTabText(self.links.indexOf(self.hotspot_ids_tab), QCoreApplication.translate("ApplicationDialog", u"Hotspots", None))
#if QT_CONFIG(accessibility)
        self.case_ids.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Linked cases", None))
#endif // QT_CONFIG(accessibility)
        self.links.setTabText(self.links.indexOf(self.case_ids_tab), QCoreApplication.translate("ApplicationDialog", u"Cases", None))
#if QT_CONFIG(accessibility)
        self.intervention_ids.setAccessibleName(QCoreApplication.translate("ApplicationDialog", u"Linked asb interventions", None))
#endif // QT_CONFIG(accessibility)
        self.links.setTabText(self.links.indexOf(self.intervention_ids_tab), QCoreApplication.translate("ApplicationDialog", u"ASB interventions", None))
    # retranslateUi

