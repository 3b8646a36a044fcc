# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.setMinimumSize(QSize(900, 480))
        self.frame = QVBoxLayout(ConflictsDialog)
        self.frame.setObjectName(u"frame")
        self.intro = QLabel(ConflictsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.frame.addWidget(self.intro)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.records_side = QWidget(self.splitter)
        self.records_side.setObjectName(u"records_side")
        self.records_column = QVBoxLayout(self.records_side)
        self.records_column.setObjectName(u"records_column")
        self.records_column.setContentsMargins(0, 0, 0, 0)
        self.records_label = QLabel(self.records_side)
        self.records_label.setObjectName(u"records_label")

        self.records_column.addWidget(self.records_label)

        self.records = QListWidget(self.records_side)
        self.records.setObjectName(u"records")
        self.records.setMinimumSize(QSize(240, 0))

        self.records_column.addWidget(self.records)

        self.splitter.addWidget(self.records_side)
        self.record_side = QWidget(self.splitter)
        self.record_side.setObjectName(u"record_side")
        self.record_column = QVBoxLayout(self.record_side)
        self.record_column.setObjectName(u"record_column")
        self.record_column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.record_side)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.record_column.addWidget(self.heading)

        self.fields = QTableWidget(self.record_side)
        self.fields.setObjectName(u"fields")
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setWordWrap(True)

        self.record_column.addWidget(self.fields)

        self.deletion = QWidget(self.record_side)
        self.deletion.setObjectName(u"deletion")
        self.deletion_column = QVBoxLayout(self.deletion)
        self.deletion_column.setObjectName(u"deletion_column")
        self.deletion_column.setContentsMargins(0, 0, 0, 0)
        self.keep_laptop = QRadioButton(self.deletion)
        self.keep_laptop.setObjectName(u"keep_laptop")

        self.deletion_column.addWidget(self.keep_laptop)

        self.keep_server = QRadioButton(self.deletion)
        self.keep_server.setObjectName(u"keep_server")

        self.deletion_column.addWidget(self.keep_server)


        self.record_column.addWidget(self.deletion)

        self.choice_row = QHBoxLayout()
        self.choice_row.setObjectName(u"choice_row")
        self.take_laptop = QPushButton(self.record_side)
        self.take_laptop.setObjectName(u"take_laptop")

        self.choice_row.addWidget(self.take_laptop)

        self.take_server = QPushButton(self.record_side)
        self.take_server.setObjectName(u"take_server")

        self.choice_row.addWidget(self.take_server)

        self.choice_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice_row.addItem(self.choice_end)


        self.record_column.addLayout(self.choice_row)

        self.hint = QLabel(self.record_side)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.record_column.addWidget(self.hint)

        self.record_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.record_column.addItem(self.record_end)

        self.record_column.setStretch(1, 1)
        self.splitter.addWidget(self.record_side)

        self.frame.addWidget(self.splitter)

        self.remaining = QLabel(ConflictsDialog)
        self.remaining.setObjectName(u"remaining")
        self.remaining.setWordWrap(True)

        self.frame.addWidget(self.remaining)

        self.buttons = QDialogButtonBox(ConflictsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Apply|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

        self.frame.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.records_label.setBuddy(self.records)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.records, self.fields)
        QWidget.setTabOrder(self.fields, self.keep_laptop)
        QWidget.setTabOrder(self.keep_laptop, self.keep_server)
        QWidget.setTabOrder(self.keep_server, self.take_laptop)
        QWidget.setTabOrder(self.take_laptop, self.take_server)

        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts to resolve", None))
        self.intro.setText(QCoreApplication.translate("ConflictsDialog", u"These records were changed on both the laptop and the server since the take-out, or deleted on one side and changed on the other. Choose what each keeps: a field changed on both sides keeps the server's value unless you choose the laptop's; a field changed on one side keeps that change.", None))
        self.records_label.setText(QCoreApplication.translate("ConflictsDialog", u"&Records in conflict:", None))
#if QT_CONFIG(accessibility)
        self.records.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Records in conflict", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fields.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Fields that differ", None))
#endif // QT_CONFIG(accessibility)
        self.keep_laptop.setText(QCoreApplication.translate("ConflictsDialog", u"Keep it as the &laptop has it", None))
        self.keep_server.setText(QCoreApplication.translate("ConflictsDialog", u"Keep it as the &server has it", None))
        self.take_laptop.setText(QCoreApplication.translate("ConflictsDialog", u"Keep the &laptop's", None))
        self.take_server.setText(QCoreApplication.translate("ConflictsDialog", u"Keep the &server's", None))
    # retranslateUi

