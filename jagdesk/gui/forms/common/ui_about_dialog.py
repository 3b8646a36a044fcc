# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.setMinimumSize(QSize(420, 0))
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.layout.addWidget(self.versionLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.layout.addWidget(self.purposeLabel)

        self.storeLabel = QLabel(AboutDialog)
        self.storeLabel.setObjectName(u"storeLabel")
        self.storeLabel.setWordWrap(True)
        self.storeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.storeLabel)

        self.demoLabel = QLabel(AboutDialog)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)

        self.layout.addWidget(self.demoLabel)

        self.markingLabel = QLabel(AboutDialog)
        self.markingLabel.setObjectName(u"markingLabel")
        self.markingLabel.setWordWrap(True)

        self.layout.addWidget(self.markingLabel)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About JAGDesk", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"<h2>JAGDesk</h2>", None))
        self.versionLabel.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"Case work for a Community Safety Partnership's Joint Action Group: hotspots and police.uk crime data, problem solving on the victim / location / offender triangle, people, meetings with minutes and meeting packs, the action log and JAG action plans. Works offline.", None))
        self.storeLabel.setText(QCoreApplication.translate("AboutDialog", u"Store", None))
        self.demoLabel.setText(QCoreApplication.translate("AboutDialog", u"Demo", None))
        self.markingLabel.setText(QCoreApplication.translate("AboutDialog", u"<b>OFFICIAL-SENSITIVE</b>: the store holds personal data about offending, shared under s115 Crime and Disorder Act 1998. Every change is recorded in the audit trail.", None))
    # retranslateUi

