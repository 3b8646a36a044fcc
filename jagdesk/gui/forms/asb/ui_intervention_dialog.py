# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intervention_dialog.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

from jagdesk.gui.widgets.optional_date import OptionalDate

class Ui_InterventionDialog(object):
    def setupUi(self, InterventionDialog):
        if not InterventionDialog.objectName():
            InterventionDialog.setObjectName(u"InterventionDialog")
        InterventionDialog.setMinimumSize(QSize(560, 0))
        self.frame = QVBoxLayout(InterventionDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(InterventionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kind_label = QLabel(InterventionDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_field = QWidget(InterventionDialog)
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


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_field)

        self.subject_label = QLabel(InterventionDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_field = QWidget(InterventionDialog)
        self.subject_field.setObjectName(u"subject_field")
        self.subject_column = QVBoxLayout(self.subject_field)
        self.subject_column.setSpacing(2)
        self.subject_column.setObjectName(u"subject_column")
        self.subject_column.setContentsMargins(0, 0, 0, 0)
        self.subject = QComboBox(self.subject_field)
        self.subject.setObjectName(u"subject")

        self.subject_column.addWidget(self.subject)

        self.subject_error = QLabel(self.subject_field)
        self.subject_error.setObjectName(u"subject_error")

        self.subject_column.addWidget(self.subject_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject_field)

        self.person_id_label = QLabel(InterventionDialog)
        self.person_id_label.setObjectName(u"person_id_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_id_label)

        self.person_id_field = QWidget(InterventionDialog)
        self.person_id_field.setObjectName(u"person_id_field")
        self.person_id_column = QVBoxLayout(self.person_id_field)
        self.person_id_column.setSpacing(2)
        self.person_id_column.setObjectName(u"person_id_column")
        self.person_id_column.setContentsMargins(0, 0, 0, 0)
        self.person_id = QComboBox(self.person_id_field)
        self.person_id.setObjectName(u"person_id")

        self.person_id_column.addWidget(self.person_id)

        self.person_error = QLabel(self.person_id_field)
        self.person_error.setObjectName(u"person_error")

        self.person_id_column.addWidget(self.person_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person_id_field)

        self.premises_label = QLabel(InterventionDialog)
        self.premises_label.setObjectName(u"premises_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.premises_label)

        self.premises_field = QWidget(InterventionDialog)
        self.premises_field.setObjectName(u"premises_field")
        self.premises_column = QVBoxLayout(self.premises_field)
        self.premises_column.setSpacing(2)
        self.premises_column.setObjectName(u"premises_column")
        self.premises_column.setContentsMargins(0, 0, 0, 0)
        self.premises = QLineEdit(self.premises_field)
        self.premises.setObjectName(u"premises")

        self.premises_column.addWidget(self.premises)

        self.premises_error = QLabel(self.premises_field)
        self.premises_error.setObjectName(u"premises_error")

        self.premises_column.addWidget(self.premises_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.premises_field)

        self.place_label = QLabel(InterventionDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_field = QWidget(InterventionDialog)
        self.place_field.setObjectName(u"place_field")
        self.place_column = QVBoxLayout(self.place_field)
        self.place_column.setSpacing(2)
        self.place_column.setObjectName(u"place_column")
        self.place_column.setContentsMargins(0, 0, 0, 0)
        self.place = QLineEdit(self.place_field)
        self.place.setObjectName(u"place")

        self.place_column.addWidget(self.place)

        self.place_error = QLabel(self.place_field)
        self.place_error.setObjectName(u"place_error")

        self.place_column.addWidget(self.place_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_field)

        self.opened_on_label = QLabel(InterventionDialog)
        self.opened_on_label.setObjectName(u"opened_on_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.opened_on_label)

        self.opened_on_field = QWidget(InterventionDialog)
        self.opened_on_field.setObjectName(u"opened_on_field")
        self.opened_on_column = QVBoxLayout(self.opened_on_field)
        self.opened_on_column.setSpacing(2)
        self.opened_on_column.setObjectName(u"opened_on_column")
        self.opened_on_column.setContentsMargins(0, 0, 0, 0)
        self.opened_on = QDateEdit(self.opened_on_field)
        self.opened_on.setObjectName(u"opened_on")
        self.opened_on.setMaximumSize(QSize(170, 16777215))
        self.opened_on.setCalendarPopup(True)

        self.opened_on_column.addWidget(self.opened_on)

        self.opened_on_error = QLabel(self.opened_on_field)
        self.opened_on_error.setObjectName(u"opened_on_error")

        self.opened_on_column.addWidget(self.opened_on_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.opened_on_field)

        self.ends_on_label = QLabel(InterventionDialog)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on_field = QWidget(InterventionDialog)
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


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ends_on_field)

        self.indefinite_label = QLabel(InterventionDialog)
        self.indefinite_label.setObjectName(u"indefinite_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.indefinite_label)

        self.indefinite_field = QWidget(InterventionDialog)
        self.indefinite_field.setObjectName(u"indefinite_field")
        self.indefinite_column = QVBoxLayout(self.indefinite_field)
        self.indefinite_column.setSpacing(2)
        self.indefinite_column.setObjectName(u"indefinite_column")
        self.indefinite_column.setContentsMargins(0, 0, 0, 0)
        self.indefinite = QCheckBox(self.indefinite_field)
        self.indefinite.setObjectName(u"indefinite")

        self.indefinite_column.addWidget(self.indefinite)

        self.indefinite_error = QLabel(self.indefinite_field)
        self.indefinite_error.setObjectName(u"indefinite_error")

        self.indefinite_column.addWidget(self.indefinite_error)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.indefinite_field)

        self.review_on_label = QLabel(InterventionDialog)
        self.review_on_label.setObjectName(u"review_on_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.review_on_label)

        self.review_on_field = QWidget(InterventionDialog)
        self.review_on_field.setObjectName(u"review_on_field")
        self.review_on_column = QVBoxLayout(self.review_on_field)
        self.review_on_column.setSpacing(2)
        self.review_on_column.setObjectName(u"review_on_column")
        self.review_on_column.setContentsMargins(0, 0, 0, 0)
        self.review_on = OptionalDate(self.review_on_field)
        self.review_on.setObjectName(u"review_on")

        self.review_on_column.addWidget(self.review_on)

        self.review_on_error = QLabel(self.review_on_field)
        self.review_on_error.setObjectName(u"review_on_error")

        self.review_on_column.addWidget(self.review_on_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.review_on_field)

        self.starts_at_label = QLabel(InterventionDialog)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at_field = QWidget(InterventionDialog)
        self.starts_at_field.setObjectName(u"starts_at_field")
        self.starts_at_column = QVBoxLayout(self.starts_at_field)
        self.starts_at_column.setSpacing(2)
        self.starts_at_column.setObjectName(u"starts_at_column")
        self.starts_at_column.setContentsMargins(0, 0, 0, 0)
        self.starts_at = QDateTimeEdit(self.starts_at_field)
        self.starts_at.setObjectName(u"starts_at")
        self.starts_at.setMaximumSize(QSize(200, 16777215))
        self.starts_at.setCalendarPopup(True)

        self.starts_at_column.addWidget(self.starts_at)

        self.starts_at_error = QLabel(self.starts_at_field)
        self.starts_at_error.setObjectName(u"starts_at_error")

        self.starts_at_column.addWidget(self.starts_at_error)


        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.starts_at_field)

        self.ends_at_label = QLabel(InterventionDialog)
        self.ends_at_label.setObjectName(u"ends_at_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.ends_at_label)

        self.ends_at_field = QWidget(InterventionDialog)
        self.ends_at_field.setObjectName(u"ends_at_field")
        self.ends_at_column = QVBoxLayout(self.ends_at_field)
        self.ends_at_column.setSpacing(2)
        self.ends_at_column.setObjectName(u"ends_at_column")
        self.ends_at_column.setContentsMargins(0, 0, 0, 0)
        self.ends_at = QDateTimeEdit(self.ends_at_field)
        self.ends_at.setObjectName(u"ends_at")
        self.ends_at.setMaximumSize(QSize(200, 16777215))
        self.ends_at.setCalendarPopup(True)

        self.ends_at_column.addWidget(self.ends_at)

        self.ends_at_error = QLabel(self.ends_at_field)
        self.ends_at_error.setObjectName(u"ends_at_error")

        self.ends_at_column.addWidget(self.ends_at_error)


        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.ends_at_field)

        self.hearing_at_label = QLabel(InterventionDialog)
        self.hearing_at_label.setObjectName(u"hearing_at_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.hearing_at_label)

        self.hearing_at_field = QWidget(InterventionDialog)
        self.hearing_at_field.setObjectName(u"hearing_at_field")
        self.hearing_at_column = QVBoxLayout(self.hearing_at_field)
        self.hearing_at_column.setSpacing(2)
        self.hearing_at_column.setObjectName(u"hearing_at_column")
        self.hearing_at_column.setContentsMargins(0, 0, 0, 0)
        self.hearing_at = QDateTimeEdit(self.hearing_at_field)
        self.hearing_at.setObjectName(u"hearing_at")
        self.hearing_at.setMaximumSize(QSize(200, 16777215))
        self.hearing_at.setCalendarPopup(True)

        self.hearing_at_column.addWidget(self.hearing_at)

        self.hearing_at_error = QLabel(self.hearing_at_field)
        self.hearing_at_error.setObjectName(u"hearing_at_error")

        self.hearing_at_column.addWidget(self.hearing_at_error)


        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.hearing_at_field)

        self.signed_by_label = QLabel(InterventionDialog)
        self.signed_by_label.setObjectName(u"signed_by_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.signed_by_label)

        self.signed_by_field = QWidget(InterventionDialog)
        self.signed_by_field.setObjectName(u"signed_by_field")
        self.signed_by_column = QVBoxLayout(self.signed_by_field)
        self.signed_by_column.setSpacing(2)
        self.signed_by_column.setObjectName(u"signed_by_column")
        self.signed_by_column.setContentsMargins(0, 0, 0, 0)
        self.signed_by = QLineEdit(self.signed_by_field)
        self.signed_by.setObjectName(u"signed_by")

        self.signed_by_column.addWidget(self.signed_by)

        self.signed_by_error = QLabel(self.signed_by_field)
        self.signed_by_error.setObjectName(u"signed_by_error")

        self.signed_by_column.addWidget(self.signed_by_error)


        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.signed_by_field)

        self.signed_rank_label = QLabel(InterventionDialog)
        self.signed_rank_label.setObjectName(u"signed_rank_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.signed_rank_label)

        self.signed_rank_field = QWidget(InterventionDialog)
        self.signed_rank_field.setObjectName(u"signed_rank_field")
        self.signed_rank_column = QVBoxLayout(self.signed_rank_field)
        self.signed_rank_column.setSpacing(2)
        self.signed_rank_column.setObjectName(u"signed_rank_column")
        self.signed_rank_column.setContentsMargins(0, 0, 0, 0)
        self.signed_rank = QComboBox(self.signed_rank_field)
        self.signed_rank.setObjectName(u"signed_rank")

        self.signed_rank_column.addWidget(self.signed_rank)

        self.signed_rank_error = QLabel(self.signed_rank_field)
        self.signed_rank_error.setObjectName(u"signed_rank_error")

        self.signed_rank_column.addWidget(self.signed_rank_error)


        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.signed_rank_field)

        self.yot_consulted_on_label = QLabel(InterventionDialog)
        self.yot_consulted_on_label.setObjectName(u"yot_consulted_on_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.yot_consulted_on_label)

        self.yot_consulted_on_field = QWidget(InterventionDialog)
        self.yot_consulted_on_field.setObjectName(u"yot_consulted_on_field")
        self.yot_consulted_on_column = QVBoxLayout(self.yot_consulted_on_field)
        self.yot_consulted_on_column.setSpacing(2)
        self.yot_consulted_on_column.setObjectName(u"yot_consulted_on_column")
        self.yot_consulted_on_column.setContentsMargins(0, 0, 0, 0)
        self.yot_consulted_on = OptionalDate(self.yot_consulted_on_field)
        self.yot_consulted_on.setObjectName(u"yot_consulted_on")

        self.yot_consulted_on_column.addWidget(self.yot_consulted_on)

        self.yot_consulted_on_error = QLabel(self.yot_consulted_on_field)
        self.yot_consulted_on_error.setObjectName(u"yot_consulted_on_error")

        self.yot_consulted_on_column.addWidget(self.yot_consulted_on_error)


        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.yot_consulted_on_field)

        self.housing_label = QLabel(InterventionDialog)
        self.housing_label.setObjectName(u"housing_label")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.housing_label)

        self.housing_field = QWidget(InterventionDialog)
        self.housing_field.setObjectName(u"housing_field")
        self.housing_column = QVBoxLayout(self.housing_field)
        self.housing_column.setSpacing(2)
        self.housing_column.setObjectName(u"housing_column")
        self.housing_column.setContentsMargins(0, 0, 0, 0)
        self.housing = QCheckBox(self.housing_field)
        self.housing.setObjectName(u"housing")

        self.housing_column.addWidget(self.housing)

        self.housing_error = QLabel(self.housing_field)
        self.housing_error.setObjectName(u"housing_error")

        self.housing_column.addWidget(self.housing_error)


        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.housing_field)

        self.comply_by_label = QLabel(InterventionDialog)
        self.comply_by_label.setObjectName(u"comply_by_label")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.comply_by_label)

        self.comply_by_field = QWidget(InterventionDialog)
        self.comply_by_field.setObjectName(u"comply_by_field")
        self.comply_by_column = QVBoxLayout(self.comply_by_field)
        self.comply_by_column.setSpacing(2)
        self.comply_by_column.setObjectName(u"comply_by_column")
        self.comply_by_column.setContentsMargins(0, 0, 0, 0)
        self.comply_by = OptionalDate(self.comply_by_field)
        self.comply_by.setObjectName(u"comply_by")

        self.comply_by_column.addWidget(self.comply_by)

        self.comply_by_error = QLabel(self.comply_by_field)
        self.comply_by_error.setObjectName(u"comply_by_error")

        self.comply_by_column.addWidget(self.comply_by_error)


        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.comply_by_field)

        self.follows_id_label = QLabel(InterventionDialog)
        self.follows_id_label.setObjectName(u"follows_id_label")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.follows_id_label)

        self.follows_id_field = QWidget(InterventionDialog)
        self.follows_id_field.setObjectName(u"follows_id_field")
        self.follows_id_column = QVBoxLayout(self.follows_id_field)
        self.follows_id_column.setSpacing(2)
        self.follows_id_column.setObjectName(u"follows_id_column")
        self.follows_id_column.setContentsMargins(0, 0, 0, 0)
        self.follows_id = QComboBox(self.follows_id_field)
        self.follows_id.setObjectName(u"follows_id")

        self.follows_id_column.addWidget(self.follows_id)

        self.follows_id_error = QLabel(self.follows_id_field)
        self.follows_id_error.setObjectName(u"follows_id_error")

        self.follows_id_column.addWidget(self.follows_id_error)


        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.follows_id_field)

        self.officer_id_label = QLabel(InterventionDialog)
        self.officer_id_label.setObjectName(u"officer_id_label")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.officer_id_label)

        self.officer_id_field = QWidget(InterventionDialog)
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


        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.officer_id_field)

        self.lead_agency_id_label = QLabel(InterventionDialog)
        self.lead_agency_id_label.setObjectName(u"lead_agency_id_label")

        self.form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.lead_agency_id_label)

        self.lead_agency_id_field = QWidget(InterventionDialog)
        self.lead_agency_id_field.setObjectName(u"lead_agency_id_field")
        self.lead_agency_id_column = QVBoxLayout(self.lead_agency_id_field)
        self.lead_agency_id_column.setSpacing(2)
        self.lead_agency_id_column.setObjectName(u"lead_agency_id_column")
        self.lead_agency_id_column.setContentsMargins(0, 0, 0, 0)
        self.lead_agency_id = QComboBox(self.lead_agency_id_field)
        self.lead_agency_id.setObjectName(u"lead_agency_id")

        self.lead_agency_id_column.addWidget(self.lead_agency_id)

        self.lead_agency_id_error = QLabel(self.lead_agency_id_field)
        self.lead_agency_id_error.setObjectName(u"lead_agency_id_error")

        self.lead_agency_id_column.addWidget(self.lead_agency_id_error)


        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.lead_agency_id_field)

        self.locality_id_label = QLabel(InterventionDialog)
        self.locality_id_label.setObjectName(u"locality_id_label")

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.locality_id_label)

        self.locality_id_field = QWidget(InterventionDialog)
        self.locality_id_field.setObjectName(u"locality_id_field")
        self.locality_id_column = QVBoxLayout(self.locality_id_field)
        self.locality_id_column.setSpacing(2)
        self.locality_id_column.setObjectName(u"locality_id_column")
        self.locality_id_column.setContentsMargins(0, 0, 0, 0)
        self.locality_id = QComboBox(self.locality_id_field)
        self.locality_id.setObjectName(u"locality_id")

        self.locality_id_column.addWidget(self.locality_id)

        self.locality_id_error = QLabel(self.locality_id_field)
        self.locality_id_error.setObjectName(u"locality_id_error")

        self.locality_id_column.addWidget(self.locality_id_error)


        self.form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.locality_id_field)

        self.summary_label = QLabel(InterventionDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form.setWidget(21, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_field = QWidget(InterventionDialog)
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


        self.form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.summary_field)

        self.links_label = QLabel(InterventionDialog)
        self.links_label.setObjectName(u"links_label")

        self.form.setWidget(22, QFormLayout.ItemRole.LabelRole, self.links_label)

        self.links_field = QWidget(InterventionDialog)
        self.links_field.setObjectName(u"links_field")
        self.links_column = QVBoxLayout(self.links_field)
        self.links_column.setSpacing(2)
        self.links_column.setObjectName(u"links_column")
        self.links_column.setContentsMargins(0, 0, 0, 0)
        self.links = QTabWidget(self.links_field)
        self.links.setObjectName(u"links")
        self.links.setMaximumSize(QSize(16777215, 140))
        self.case_ids_tab = QWidget()
        self.case_ids_tab.setObjectName(u"case_ids_tab")
        self.case_ids_layout = QVBoxLayout(self.case_ids_tab)
        self.case_ids_layout.setObjectName(u"case_ids_layout")
        self.case_ids = QListWidget(self.case_ids_tab)
        self.case_ids.setObjectName(u"case_ids")
        self.case_ids.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_ids.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_ids.setUniformItemSizes(True)

        self.case_ids_layout.addWidget(self.case_ids)

        self.links.addTab(self.case_ids_tab, "")
        self.hotspot_ids_tab = QWidget()
        self.hotspot_ids_tab.setObjectName(u"hotspot_ids_tab")
        self.hotspot_ids_layout = QVBoxLayout(self.hotspot_ids_tab)
        self.hotspot_ids_layout.setObjectName(u"hotspot_ids_layout")
        self.hotspot_ids = QListWidget(self.hotspot_ids_tab)
        self.hotspot_ids.setObjectName(u"hotspot_ids")
        self.hotspot_ids.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hotspot_ids.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hotspot_ids.setUniformItemSizes(True)

        self.hotspot_ids_layout.addWidget(self.hotspot_ids)

        self.links.addTab(self.hotspot_ids_tab, "")
        self.ward_ids_tab = QWidget()
        self.ward_ids_tab.setObjectName(u"ward_ids_tab")
        self.ward_ids_layout = QVBoxLayout(self.ward_ids_tab)
        self.ward_ids_layout.setObjectName(u"ward_ids_layout")
        self.ward_ids = QListWidget(self.ward_ids_tab)
        self.ward_ids.setObjectName(u"ward_ids")
        self.ward_ids.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ward_ids.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ward_ids.setUniformItemSizes(True)

        self.ward_ids_layout.addWidget(self.ward_ids)

        self.links.addTab(self.ward_ids_tab, "")

        self.links_column.addWidget(self.links)


        self.form.setWidget(22, QFormLayout.ItemRole.FieldRole, self.links_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(InterventionDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(InterventionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.subject_label.setBuddy(self.subject)
        self.person_id_label.setBuddy(self.person_id)
        self.premises_label.setBuddy(self.premises)
        self.place_label.setBuddy(self.place)
        self.opened_on_label.setBuddy(self.opened_on)
        self.ends_on_label.setBuddy(self.ends_on)
        self.indefinite_label.setBuddy(self.indefinite)
        self.review_on_label.setBuddy(self.review_on)
        self.starts_at_label.setBuddy(self.starts_at)
        self.ends_at_label.setBuddy(self.ends_at)
        self.hearing_at_label.setBuddy(self.hearing_at)
        self.signed_by_label.setBuddy(self.signed_by)
        self.signed_rank_label.setBuddy(self.signed_rank)
        self.yot_consulted_on_label.setBuddy(self.yot_consulted_on)
        self.housing_label.setBuddy(self.housing)
        self.comply_by_label.setBuddy(self.comply_by)
        self.follows_id_label.setBuddy(self.follows_id)
        self.officer_id_label.setBuddy(self.officer_id)
        self.lead_agency_id_label.setBuddy(self.lead_agency_id)
        self.locality_id_label.setBuddy(self.locality_id)
        self.summary_label.setBuddy(self.summary)
        self.links_label.setBuddy(self.links)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.subject)
        QWidget.setTabOrder(self.subject, self.person_id)
        QWidget.setTabOrder(self.person_id, self.premises)
        QWidget.setTabOrder(self.premises, self.place)
        QWidget.setTabOrder(self.place, self.opened_on)
        QWidget.setTabOrder(self.opened_on, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.indefinite)
        QWidget.setTabOrder(self.indefinite, self.review_on)
        QWidget.setTabOrder(self.review_on, self.starts_at)
        QWidget.setTabOrder(self.starts_at, self.ends_at)
        QWidget.setTabOrder(self.ends_at, self.hearing_at)
        QWidget.setTabOrder(self.hearing_at, self.signed_by)
        QWidget.setTabOrder(self.signed_by, self.signed_rank)
        QWidget.setTabOrder(self.signed_rank, self.yot_consulted_on)
        QWidget.setTabOrder(self.yot_consulted_on, self.housing)
        QWidget.setTabOrder(self.housing, self.comply_by)
        QWidget.setTabOrder(self.comply_by, self.follows_id)
        QWidget.setTabOrder(self.follows_id, self.officer_id)
        QWidget.setTabOrder(self.officer_id, self.lead_agency_id)
        QWidget.setTabOrder(self.lead_agency_id, self.locality_id)
        QWidget.setTabOrder(self.locality_id, self.summary)
        QWidget.setTabOrder(self.summary, self.links)
        QWidget.setTabOrder(self.links, self.case_ids)
        QWidget.setTabOrder(self.case_ids, self.hotspot_ids)
        QWidget.setTabOrder(self.hotspot_ids, self.ward_ids)

        self.retranslateUi(InterventionDialog)

        QMetaObject.connectSlotsByName(InterventionDialog)
    # setupUi

    def retranslateUi(self, InterventionDialog):
        InterventionDialog.setWindowTitle(QCoreApplication.translate("InterventionDialog", u"Intervention", None))
        self.kind_label.setText(QCoreApplication.translate("InterventionDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.subject_label.setText(QCoreApplication.translate("InterventionDialog", u"&About:", None))
#if QT_CONFIG(accessibility)
        self.subject.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"About", None))
#endif // QT_CONFIG(accessibility)
        self.person_id_label.setText(QCoreApplication.translate("InterventionDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.person_id.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.premises_label.setText(QCoreApplication.translate("InterventionDialog", u"Pre&mises:", None))
#if QT_CONFIG(accessibility)
        self.premises.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Premises", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("InterventionDialog", u"A&rea:", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.opened_on_label.setText(QCoreApplication.translate("InterventionDialog", u"&Opened on:", None))
        self.opened_on.setDisplayFormat(QCoreApplication.translate("InterventionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.opened_on.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Opened on", None))
#endif // QT_CONFIG(accessibility)
        self.ends_on_label.setText(QCoreApplication.translate("InterventionDialog", u"&Ends on:", None))
#if QT_CONFIG(accessibility)
        self.ends_on.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Ends on", None))
#endif // QT_CONFIG(accessibility)
        self.indefinite_label.setText(QCoreApplication.translate("InterventionDialog", u"&Until further order:", None))
#if QT_CONFIG(accessibility)
        self.indefinite.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Until further order", None))
#endif // QT_CONFIG(accessibility)
        self.review_on_label.setText(QCoreApplication.translate("InterventionDialog", u"Re&view on:", None))
#if QT_CONFIG(accessibility)
        self.review_on.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Review on", None))
#endif // QT_CONFIG(accessibility)
        self.starts_at_label.setText(QCoreApplication.translate("InterventionDialog", u"&From:", None))
        self.starts_at.setDisplayFormat(QCoreApplication.translate("InterventionDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.starts_at.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.ends_at_label.setText(QCoreApplication.translate("InterventionDialog", u"&Until:", None))
        self.ends_at.setDisplayFormat(QCoreApplication.translate("InterventionDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.ends_at.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Until", None))
#endif // QT_CONFIG(accessibility)
        self.hearing_at_label.setText(QCoreApplication.translate("InterventionDialog", u"&Hearing:", None))
        self.hearing_at.setDisplayFormat(QCoreApplication.translate("InterventionDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.hearing_at.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Hearing", None))
#endif // QT_CONFIG(accessibility)
        self.signed_by_label.setText(QCoreApplication.translate("InterventionDialog", u"&Signed by:", None))
#if QT_CONFIG(accessibility)
        self.signed_by.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Signed by", None))
#endif // QT_CONFIG(accessibility)
        self.signed_rank_label.setText(QCoreApplication.translate("InterventionDialog", u"&Rank:", None))
#if QT_CONFIG(accessibility)
        self.signed_rank.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Rank", None))
#endif // QT_CONFIG(accessibility)
        self.yot_consulted_on_label.setText(QCoreApplication.translate("InterventionDialog", u"&YOT consulted on:", None))
#if QT_CONFIG(accessibility)
        self.yot_consulted_on.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"YOT consulted on", None))
#endif // QT_CONFIG(accessibility)
        self.housing_label.setText(QCoreApplication.translate("InterventionDialog", u"Sought by a &housing provider:", None))
#if QT_CONFIG(accessibility)
        self.housing.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Sought by a housing provider", None))
#endif // QT_CONFIG(accessibility)
        self.comply_by_label.setText(QCoreApplication.translate("InterventionDialog", u"&Comply by:", None))
#if QT_CONFIG(accessibility)
        self.comply_by.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Comply by", None))
#endif // QT_CONFIG(accessibility)
        self.follows_id_label.setText(QCoreApplication.translate("InterventionDialog", u"&Follows:", None))
#if QT_CONFIG(accessibility)
        self.follows_id.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Follows", None))
#endif // QT_CONFIG(accessibility)
        self.officer_id_label.setText(QCoreApplication.translate("InterventionDialog", u"O&fficer:", None))
#if QT_CONFIG(accessibility)
        self.officer_id.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Officer", None))
#endif // QT_CONFIG(accessibility)
        self.lead_agency_id_label.setText(QCoreApplication.translate("InterventionDialog", u"&Lead agency:", None))
#if QT_CONFIG(accessibility)
        self.lead_agency_id.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Lead agency", None))
#endif // QT_CONFIG(accessibility)
        self.locality_id_label.setText(QCoreApplication.translate("InterventionDialog", u"Loca&lity:", None))
#if QT_CONFIG(accessibility)
        self.locality_id.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Locality", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("InterventionDialog", u"Incidents (su&mmary):", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Incidents (summary)", None))
#endif // QT_CONFIG(accessibility)
        self.links_label.setText(QCoreApplication.translate("InterventionDialog", u"Li&nked to:", None))
#if QT_CONFIG(accessibility)
        self.links.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Linked records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.case_ids.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Linked cases", None))
#endif // QT_CONFIG(accessibility)
        self.links.setTabText(self.links.indexOf(self.case_ids_tab), QCoreApplication.translate("InterventionDialog", u"Cases", None))
#if QT_CONFIG(accessibility)
        self.hotspot_ids.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Linked hotspots", None))
#endif // QT_CONFIG(accessibility)
        self.links.setTabText(self.links.indexOf(self.hotspot_ids_tab), QCoreApplication.translate("InterventionDialog", u"Hotspots", None))
#if QT_CONFIG(accessibility)
        self.ward_ids.setAccessibleName(QCoreApplication.translate("InterventionDialog", u"Wards it covers", None))
#endif // QT_CONFIG(accessibility)
        self.links.setTabText(self.links.indexOf(self.ward_ids_tab), QCoreApplication.translate("InterventionDialog", u"Wards", None))
    # retranslateUi

