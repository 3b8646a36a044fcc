# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.setMinimumSize(QSize(520, 0))
        self.frame = QVBoxLayout(LetterDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(LetterDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.template_label = QLabel(LetterDialog)
        self.template_label.setObjectName(u"template_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template_field = QWidget(LetterDialog)
        self.template_field.setObjectName(u"template_field")
        self.template_column = QVBoxLayout(self.template_field)
        self.template_column.setSpacing(2)
        self.template_column.setObjectName(u"template_column")
        self.template_column.setContentsMargins(0, 0, 0, 0)
        self.template = QComboBox(self.template_field)
        self.template.setObjectName(u"template")

        self.template_column.addWidget(self.template)

        self.template_error = QLabel(self.template_field)
        self.template_error.setObjectName(u"template_error")

        self.template_column.addWidget(self.template_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_field)

        self.recipient_label = QLabel(LetterDialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient_field = QWidget(LetterDialog)
        self.recipient_field.setObjectName(u"recipient_field")
        self.recipient_column = QVBoxLayout(self.recipient_field)
        self.recipient_column.setSpacing(2)
        self.recipient_column.setObjectName(u"recipient_column")
        self.recipient_column.setContentsMargins(0, 0, 0, 0)
        self.recipient = QComboBox(self.recipient_field)
        self.recipient.setObjectName(u"recipient")

        self.recipient_column.addWidget(self.recipient)

        self.recipient_error = QLabel(self.recipient_field)
        self.recipient_error.setObjectName(u"recipient_error")

        self.recipient_column.addWidget(self.recipient_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipient_field)

        self.person_id_label = QLabel(LetterDialog)
        self.person_id_label.setObjectName(u"person_id_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_id_label)

        self.person_id_field = QWidget(LetterDialog)
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

        self.roads_label = QLabel(LetterDialog)
        self.roads_label.setObjectName(u"roads_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roads_label)

        self.roads_field = QWidget(LetterDialog)
        self.roads_field.setObjectName(u"roads_field")
        self.roads_column = QVBoxLayout(self.roads_field)
        self.roads_column.setSpacing(2)
        self.roads_column.setObjectName(u"roads_column")
        self.roads_column.setContentsMargins(0, 0, 0, 0)
        self.roads = QLineEdit(self.roads_field)
        self.roads.setObjectName(u"roads")

        self.roads_column.addWidget(self.roads)

        self.roads_error = QLabel(self.roads_field)
        self.roads_error.setObjectName(u"roads_error")

        self.roads_column.addWidget(self.roads_error)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roads_field)

        self.folder_label = QLabel(LetterDialog)
        self.folder_label.setObjectName(u"folder_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_field = QWidget(LetterDialog)
        self.folder_field.setObjectName(u"folder_field")
        self.folder_column = QVBoxLayout(self.folder_field)
        self.folder_column.setSpacing(2)
        self.folder_column.setObjectName(u"folder_column")
        self.folder_column.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(self.folder_field)
        self.folder.setObjectName(u"folder")

        self.folder_column.addWidget(self.folder)

        self.folder_error = QLabel(self.folder_field)
        self.folder_error.setObjectName(u"folder_error")

        self.folder_column.addWidget(self.folder_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.folder_field)

        self.merge_label = QLabel(LetterDialog)
        self.merge_label.setObjectName(u"merge_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.merge_label)

        self.merge_field = QWidget(LetterDialog)
        self.merge_field.setObjectName(u"merge_field")
        self.merge_column = QVBoxLayout(self.merge_field)
        self.merge_column.setSpacing(2)
        self.merge_column.setObjectName(u"merge_column")
        self.merge_column.setContentsMargins(0, 0, 0, 0)
        self.merge = QCheckBox(self.merge_field)
        self.merge.setObjectName(u"merge")

        self.merge_column.addWidget(self.merge)

        self.merge_error = QLabel(self.merge_field)
        self.merge_error.setObjectName(u"merge_error")

        self.merge_column.addWidget(self.merge_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.merge_field)

        self.officer_label = QLabel(LetterDialog)
        self.officer_label.setObjectName(u"officer_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officer_label)

        self.officer_field = QWidget(LetterDialog)
        self.officer_field.setObjectName(u"officer_field")
        self.officer_column = QVBoxLayout(self.officer_field)
        self.officer_column.setSpacing(2)
        self.officer_column.setObjectName(u"officer_column")
        self.officer_column.setContentsMargins(0, 0, 0, 0)
        self.officer = QLineEdit(self.officer_field)
        self.officer.setObjectName(u"officer")

        self.officer_column.addWidget(self.officer)

        self.officer_error = QLabel(self.officer_field)
        self.officer_error.setObjectName(u"officer_error")

        self.officer_column.addWidget(self.officer_error)


        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officer_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(LetterDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(LetterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template)
        self.recipient_label.setBuddy(self.recipient)
        self.person_id_label.setBuddy(self.person_id)
        self.roads_label.setBuddy(self.roads)
        self.folder_label.setBuddy(self.folder)
        self.merge_label.setBuddy(self.merge)
        self.officer_label.setBuddy(self.officer)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template, self.recipient)
        QWidget.setTabOrder(self.recipient, self.person_id)
        QWidget.setTabOrder(self.person_id, self.roads)
        QWidget.setTabOrder(self.roads, self.folder)
        QWidget.setTabOrder(self.folder, self.merge)
        QWidget.setTabOrder(self.merge, self.officer)

        self.retranslateUi(LetterDialog)

        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Write letters", None))
        self.template_label.setText(QCoreApplication.translate("LetterDialog", u"&Template:", None))
#if QT_CONFIG(accessibility)
        self.template.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Template", None))
#endif // QT_CONFIG(accessibility)
        self.recipient_label.setText(QCoreApplication.translate("LetterDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.recipient.setAccessibleName(QCoreApplication.translate("LetterDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.person_id_label.setText(QCoreApplication.translate("LetterDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.person_id.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.roads_label.setText(QCoreApplication.translate("LetterDialog", u"&Roads:", None))
#if QT_CONFIG(accessibility)
        self.roads.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Roads", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("LetterDialog", u"Output &folder:", None))
#if QT_CONFIG(accessibility)
        self.folder.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Output folder", None))
#endif // QT_CONFIG(accessibility)
        self.merge_label.setText(QCoreApplication.translate("LetterDialog", u"One document for a &mail merge:", None))
#if QT_CONFIG(accessibility)
        self.merge.setAccessibleName(QCoreApplication.translate("LetterDialog", u"One document for a mail merge", None))
#endif // QT_CONFIG(accessibility)
        self.officer_label.setText(QCoreApplication.translate("LetterDialog", u"&Officer signing:", None))
#if QT_CONFIG(accessibility)
        self.officer.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Officer signing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

