# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'link_person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LinkPersonDialog(object):
    def setupUi(self, LinkPersonDialog):
        if not LinkPersonDialog.objectName():
            LinkPersonDialog.setObjectName(u"LinkPersonDialog")
        LinkPersonDialog.setMinimumSize(QSize(520, 0))
        self.frame = QVBoxLayout(LinkPersonDialog)
        self.frame.setObjectName(u"frame")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.person_id_label = QLabel(LinkPersonDialog)
        self.person_id_label.setObjectName(u"person_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_id_label)

        self.person_id_field = QWidget(LinkPersonDialog)
        self.person_id_field.setObjectName(u"person_id_field")
        self.person_id_column = QVBoxLayout(self.person_id_field)
        self.person_id_column.setSpacing(2)
        self.person_id_column.setObjectName(u"person_id_column")
        self.person_id_column.setContentsMargins(0, 0, 0, 0)
        self.picker = QWidget(self.person_id_field)
        self.picker.setObjectName(u"picker")
        self.picker_column = QVBoxLayout(self.picker)
        self.picker_column.setObjectName(u"picker_column")
        self.picker_column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self.picker)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.picker_column.addWidget(self.search)

        self.people = QListWidget(self.picker)
        self.people.setObjectName(u"people")
        self.people.setMinimumSize(QSize(0, 180))

        self.picker_column.addWidget(self.people)

        self.none_found = QLabel(self.picker)
        self.none_found.setObjectName(u"none_found")
        self.none_found.setWordWrap(True)

        self.picker_column.addWidget(self.none_found)


        self.person_id_column.addWidget(self.picker)

        self.person_id_error = QLabel(self.person_id_field)
        self.person_id_error.setObjectName(u"person_id_error")

        self.person_id_column.addWidget(self.person_id_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_id_field)

        self.side_label = QLabel(LinkPersonDialog)
        self.side_label.setObjectName(u"side_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.side_label)

        self.side_field = QWidget(LinkPersonDialog)
        self.side_field.setObjectName(u"side_field")
        self.side_column = QVBoxLayout(self.side_field)
        self.side_column.setSpacing(2)
        self.side_column.setObjectName(u"side_column")
        self.side_column.setContentsMargins(0, 0, 0, 0)
        self.side = QComboBox(self.side_field)
        self.side.setObjectName(u"side")

        self.side_column.addWidget(self.side)

        self.side_error = QLabel(self.side_field)
        self.side_error.setObjectName(u"side_error")

        self.side_column.addWidget(self.side_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.side_field)

        self.role_label = QLabel(LinkPersonDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_field = QWidget(LinkPersonDialog)
        self.role_field.setObjectName(u"role_field")
        self.role_column = QVBoxLayout(self.role_field)
        self.role_column.setSpacing(2)
        self.role_column.setObjectName(u"role_column")
        self.role_column.setContentsMargins(0, 0, 0, 0)
        self.role = QLineEdit(self.role_field)
        self.role.setObjectName(u"role")

        self.role_column.addWidget(self.role)

        self.role_error = QLabel(self.role_field)
        self.role_error.setObjectName(u"role_error")

        self.role_column.addWidget(self.role_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_field)


        self.frame.addLayout(self.form)

        self.general_error = QLabel(LinkPersonDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(LinkPersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.person_id_label.setBuddy(self.search)
        self.side_label.setBuddy(self.side)
        self.role_label.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.people)
        QWidget.setTabOrder(self.people, self.side)
        QWidget.setTabOrder(self.side, self.role)

        self.retranslateUi(LinkPersonDialog)

        QMetaObject.connectSlotsByName(LinkPersonDialog)
    # setupUi

    def retranslateUi(self, LinkPersonDialog):
        LinkPersonDialog.setWindowTitle(QCoreApplication.translate("LinkPersonDialog", u"Link a person to the case", None))
        self.person_id_label.setText(QCoreApplication.translate("LinkPersonDialog", u"&Find:", None))
#if QT_CONFIG(accessibility)
        self.picker.setAccessibleName(QCoreApplication.translate("LinkPersonDialog", u"Find", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("LinkPersonDialog", u"Name, alias, postcode or date of birth", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("LinkPersonDialog", u"Find a person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.people.setAccessibleName(QCoreApplication.translate("LinkPersonDialog", u"People on the register", None))
#endif // QT_CONFIG(accessibility)
        self.none_found.setStyleSheet(QCoreApplication.translate("LinkPersonDialog", u"color: palette(placeholder-text);", None))
        self.side_label.setText(QCoreApplication.translate("LinkPersonDialog", u"&Side:", None))
#if QT_CONFIG(accessibility)
        self.side.setAccessibleName(QCoreApplication.translate("LinkPersonDialog", u"Side", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("LinkPersonDialog", u"&Role:", None))
        self.role.setPlaceholderText(QCoreApplication.translate("LinkPersonDialog", u"For example: shop manager, reported the abuse, ringleader", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("LinkPersonDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

