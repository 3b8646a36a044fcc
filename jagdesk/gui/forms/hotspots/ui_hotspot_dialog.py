# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hotspot_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from jagdesk.gui.widgets.category_list import CategoryList

class Ui_HotspotDialog(object):
    def setupUi(self, HotspotDialog):
        if not HotspotDialog.objectName():
            HotspotDialog.setObjectName(u"HotspotDialog")
        HotspotDialog.setMinimumSize(QSize(860, 0))
        self.frame = QVBoxLayout(HotspotDialog)
        self.frame.setObjectName(u"frame")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(HotspotDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(HotspotDialog)
        self.name_field.setObjectName(u"name_field")
        self.name_column = QVBoxLayout(self.name_field)
        self.name_column.setSpacing(2)
        self.name_column.setObjectName(u"name_column")
        self.name_column.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self.name_field)
        self.name.setObjectName(u"name")

        self.name_column.addWidget(self.name)

        self.name_error = QLabel(self.name_field)
        self.name_error.setObjectName(u"name_error")

        self.name_column.addWidget(self.name_error)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_field)

        self.description_label = QLabel(HotspotDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_field = QWidget(HotspotDialog)
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
        self.description.setMinimumSize(QSize(0, 80))
        self.description.setMaximumSize(QSize(16777215, 80))
        self.description.setTabChangesFocus(True)

        self.description_column.addWidget(self.description)

        self.description_error = QLabel(self.description_field)
        self.description_error.setObjectName(u"description_error")

        self.description_column.addWidget(self.description_error)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_field)

        self.place_label = QLabel(HotspotDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_field = QWidget(HotspotDialog)
        self.place_field.setObjectName(u"place_field")
        self.place_column = QVBoxLayout(self.place_field)
        self.place_column.setSpacing(2)
        self.place_column.setObjectName(u"place_column")
        self.place_column.setContentsMargins(0, 0, 0, 0)
        self.found = QLineEdit(self.place_field)
        self.found.setObjectName(u"found")

        self.place_column.addWidget(self.found)

        self.place_error = QLabel(self.place_field)
        self.place_error.setObjectName(u"place_error")

        self.place_column.addWidget(self.place_error)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place_field)

        self.found_hint = QLabel(HotspotDialog)
        self.found_hint.setObjectName(u"found_hint")
        self.found_hint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.found_hint)

        self.latitude_label = QLabel(HotspotDialog)
        self.latitude_label.setObjectName(u"latitude_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.latitude_label)

        self.latitude_field = QWidget(HotspotDialog)
        self.latitude_field.setObjectName(u"latitude_field")
        self.latitude_column = QVBoxLayout(self.latitude_field)
        self.latitude_column.setSpacing(2)
        self.latitude_column.setObjectName(u"latitude_column")
        self.latitude_column.setContentsMargins(0, 0, 0, 0)
        self.lat_lon_row = QWidget(self.latitude_field)
        self.lat_lon_row.setObjectName(u"lat_lon_row")
        self.lat_lon_pair = QHBoxLayout(self.lat_lon_row)
        self.lat_lon_pair.setObjectName(u"lat_lon_pair")
        self.lat_lon_pair.setContentsMargins(0, 0, 0, 0)
        self.latitude = QLineEdit(self.lat_lon_row)
        self.latitude.setObjectName(u"latitude")

        self.lat_lon_pair.addWidget(self.latitude)

        self.longitude = QLineEdit(self.lat_lon_row)
        self.longitude.setObjectName(u"longitude")

        self.lat_lon_pair.addWidget(self.longitude)


        self.latitude_column.addWidget(self.lat_lon_row)

        self.latitude_error = QLabel(self.latitude_field)
        self.latitude_error.setObjectName(u"latitude_error")

        self.latitude_column.addWidget(self.latitude_error)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.latitude_field)

        self.easting_label = QLabel(HotspotDialog)
        self.easting_label.setObjectName(u"easting_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.easting_label)

        self.easting_field = QWidget(HotspotDialog)
        self.easting_field.setObjectName(u"easting_field")
        self.easting_column = QVBoxLayout(self.easting_field)
        self.easting_column.setSpacing(2)
        self.easting_column.setObjectName(u"easting_column")
        self.easting_column.setContentsMargins(0, 0, 0, 0)
        self.grid_row = QWidget(self.easting_field)
        self.grid_row.setObjectName(u"grid_row")
        self.grid_pair = QHBoxLayout(self.grid_row)
        self.grid_pair.setObjectName(u"grid_pair")
        self.grid_pair.setContentsMargins(0, 0, 0, 0)
        self.easting = QLineEdit(self.grid_row)
        self.easting.setObjectName(u"easting")

        self.grid_pair.addWidget(self.easting)

        self.northing = QLineEdit(self.grid_row)
        self.northing.setObjectName(u"northing")

        self.grid_pair.addWidget(self.northing)

        self.grid_label = QLabel(self.grid_row)
        self.grid_label.setObjectName(u"grid_label")
        self.grid_label.setMinimumSize(QSize(120, 0))

        self.grid_pair.addWidget(self.grid_label)


        self.easting_column.addWidget(self.grid_row)

        self.easting_error = QLabel(self.easting_field)
        self.easting_error.setObjectName(u"easting_error")

        self.easting_column.addWidget(self.easting_error)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.easting_field)

        self.ward_hint = QLabel(HotspotDialog)
        self.ward_hint.setObjectName(u"ward_hint")
        self.ward_hint.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ward_hint)

        self.radius_m_label = QLabel(HotspotDialog)
        self.radius_m_label.setObjectName(u"radius_m_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.radius_m_label)

        self.radius_m_field = QWidget(HotspotDialog)
        self.radius_m_field.setObjectName(u"radius_m_field")
        self.radius_m_column = QVBoxLayout(self.radius_m_field)
        self.radius_m_column.setSpacing(2)
        self.radius_m_column.setObjectName(u"radius_m_column")
        self.radius_m_column.setContentsMargins(0, 0, 0, 0)
        self.radius = QSpinBox(self.radius_m_field)
        self.radius.setObjectName(u"radius")
        self.radius.setMaximumSize(QSize(240, 16777215))
        self.radius.setSingleStep(10)

        self.radius_m_column.addWidget(self.radius)

        self.radius_m_error = QLabel(self.radius_m_field)
        self.radius_m_error.setObjectName(u"radius_m_error")

        self.radius_m_column.addWidget(self.radius_m_error)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.radius_m_field)

        self.area_field = QWidget(HotspotDialog)
        self.area_field.setObjectName(u"area_field")
        self.area_column = QVBoxLayout(self.area_field)
        self.area_column.setSpacing(2)
        self.area_column.setObjectName(u"area_column")
        self.area_column.setContentsMargins(0, 0, 0, 0)
        self.keep_area = QCheckBox(self.area_field)
        self.keep_area.setObjectName(u"keep_area")

        self.area_column.addWidget(self.keep_area)

        self.area_error = QLabel(self.area_field)
        self.area_error.setObjectName(u"area_error")

        self.area_column.addWidget(self.area_error)


        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.area_field)

        self.priority_label = QLabel(HotspotDialog)
        self.priority_label.setObjectName(u"priority_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority_field = QWidget(HotspotDialog)
        self.priority_field.setObjectName(u"priority_field")
        self.priority_column = QVBoxLayout(self.priority_field)
        self.priority_column.setSpacing(2)
        self.priority_column.setObjectName(u"priority_column")
        self.priority_column.setContentsMargins(0, 0, 0, 0)
        self.priority = QComboBox(self.priority_field)
        self.priority.setObjectName(u"priority")

        self.priority_column.addWidget(self.priority)

        self.priority_error = QLabel(self.priority_field)
        self.priority_error.setObjectName(u"priority_error")

        self.priority_column.addWidget(self.priority_error)


        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.priority_field)

        self.source_label = QLabel(HotspotDialog)
        self.source_label.setObjectName(u"source_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_field = QWidget(HotspotDialog)
        self.source_field.setObjectName(u"source_field")
        self.source_column = QVBoxLayout(self.source_field)
        self.source_column.setSpacing(2)
        self.source_column.setObjectName(u"source_column")
        self.source_column.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox(self.source_field)
        self.source.setObjectName(u"source")

        self.source_column.addWidget(self.source)

        self.source_error = QLabel(self.source_field)
        self.source_error.setObjectName(u"source_error")

        self.source_column.addWidget(self.source_error)


        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.source_field)

        self.owner_id_label = QLabel(HotspotDialog)
        self.owner_id_label.setObjectName(u"owner_id_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.owner_id_label)

        self.owner_id_field = QWidget(HotspotDialog)
        self.owner_id_field.setObjectName(u"owner_id_field")
        self.owner_id_column = QVBoxLayout(self.owner_id_field)
        self.owner_id_column.setSpacing(2)
        self.owner_id_column.setObjectName(u"owner_id_column")
        self.owner_id_column.setContentsMargins(0, 0, 0, 0)
        self.owner = QComboBox(self.owner_id_field)
        self.owner.setObjectName(u"owner")

        self.owner_id_column.addWidget(self.owner)

        self.owner_id_error = QLabel(self.owner_id_field)
        self.owner_id_error.setObjectName(u"owner_id_error")

        self.owner_id_column.addWidget(self.owner_id_error)


        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.owner_id_field)

        self.locality_id_label = QLabel(HotspotDialog)
        self.locality_id_label.setObjectName(u"locality_id_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.locality_id_label)

        self.locality_id_field = QWidget(HotspotDialog)
        self.locality_id_field.setObjectName(u"locality_id_field")
        self.locality_id_column = QVBoxLayout(self.locality_id_field)
        self.locality_id_column.setSpacing(2)
        self.locality_id_column.setObjectName(u"locality_id_column")
        self.locality_id_column.setContentsMargins(0, 0, 0, 0)
        self.locality = QComboBox(self.locality_id_field)
        self.locality.setObjectName(u"locality")

        self.locality_id_column.addWidget(self.locality)

        self.locality_id_error = QLabel(self.locality_id_field)
        self.locality_id_error.setObjectName(u"locality_id_error")

        self.locality_id_column.addWidget(self.locality_id_error)


        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.locality_id_field)

        self.proposed_on_label = QLabel(HotspotDialog)
        self.proposed_on_label.setObjectName(u"proposed_on_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.proposed_on_label)

        self.proposed_on_field = QWidget(HotspotDialog)
        self.proposed_on_field.setObjectName(u"proposed_on_field")
        self.proposed_on_column = QVBoxLayout(self.proposed_on_field)
        self.proposed_on_column.setSpacing(2)
        self.proposed_on_column.setObjectName(u"proposed_on_column")
        self.proposed_on_column.setContentsMargins(0, 0, 0, 0)
        self.proposed_on = QDateEdit(self.proposed_on_field)
        self.proposed_on.setObjectName(u"proposed_on")
        self.proposed_on.setMaximumSize(QSize(170, 16777215))
        self.proposed_on.setCalendarPopup(True)

        self.proposed_on_column.addWidget(self.proposed_on)

        self.proposed_on_error = QLabel(self.proposed_on_field)
        self.proposed_on_error.setObjectName(u"proposed_on_error")

        self.proposed_on_column.addWidget(self.proposed_on_error)


        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.proposed_on_field)


        self.columns.addLayout(self.form)

        self.gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.columns.addItem(self.gap)

        self.side_form = QFormLayout()
        self.side_form.setObjectName(u"side_form")
        self.side_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.categories_label = QLabel(HotspotDialog)
        self.categories_label.setObjectName(u"categories_label")

        self.side_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categories_label)

        self.categories_field = QWidget(HotspotDialog)
        self.categories_field.setObjectName(u"categories_field")
        self.categories_column = QVBoxLayout(self.categories_field)
        self.categories_column.setSpacing(2)
        self.categories_column.setObjectName(u"categories_column")
        self.categories_column.setContentsMargins(0, 0, 0, 0)
        self.categories = CategoryList(self.categories_field)
        self.categories.setObjectName(u"categories")

        self.categories_column.addWidget(self.categories)

        self.categories_error = QLabel(self.categories_field)
        self.categories_error.setObjectName(u"categories_error")

        self.categories_column.addWidget(self.categories_error)


        self.side_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categories_field)

        self.notes_label = QLabel(HotspotDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.side_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_field = QWidget(HotspotDialog)
        self.notes_field.setObjectName(u"notes_field")
        self.notes_column = QVBoxLayout(self.notes_field)
        self.notes_column.setSpacing(2)
        self.notes_column.setObjectName(u"notes_column")
        self.notes_column.setContentsMargins(0, 0, 0, 0)
        self.notes = QPlainTextEdit(self.notes_field)
        self.notes.setObjectName(u"notes")
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 110))
        self.notes.setMaximumSize(QSize(16777215, 110))
        self.notes.setTabChangesFocus(True)

        self.notes_column.addWidget(self.notes)

        self.notes_error = QLabel(self.notes_field)
        self.notes_error.setObjectName(u"notes_error")

        self.notes_column.addWidget(self.notes_error)


        self.side_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notes_field)


        self.columns.addLayout(self.side_form)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(2, 2)

        self.frame.addLayout(self.columns)

        self.general_error = QLabel(HotspotDialog)
        self.general_error.setObjectName(u"general_error")

        self.frame.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(HotspotDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.frame.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.description_label.setBuddy(self.description)
        self.place_label.setBuddy(self.found)
        self.latitude_label.setBuddy(self.latitude)
        self.easting_label.setBuddy(self.easting)
        self.radius_m_label.setBuddy(self.radius)
        self.priority_label.setBuddy(self.priority)
        self.source_label.setBuddy(self.source)
        self.owner_id_label.setBuddy(self.owner)
        self.locality_id_label.setBuddy(self.locality)
        self.proposed_on_label.setBuddy(self.proposed_on)
        self.categories_label.setBuddy(self.categories)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.description)
        QWidget.setTabOrder(self.description, self.found)
        QWidget.setTabOrder(self.found, self.latitude)
        QWidget.setTabOrder(self.latitude, self.longitude)
        QWidget.setTabOrder(self.longitude, self.easting)
        QWidget.setTabOrder(self.easting, self.northing)
        QWidget.setTabOrder(self.northing, self.radius)
        QWidget.setTabOrder(self.radius, self.keep_area)
        QWidget.setTabOrder(self.keep_area, self.priority)
        QWidget.setTabOrder(self.priority, self.source)
        QWidget.setTabOrder(self.source, self.owner)
        QWidget.setTabOrder(self.owner, self.locality)
        QWidget.setTabOrder(self.locality, self.proposed_on)
        QWidget.setTabOrder(self.proposed_on, self.categories)
        QWidget.setTabOrder(self.categories, self.notes)

        self.retranslateUi(HotspotDialog)

        QMetaObject.connectSlotsByName(HotspotDialog)
    # setupUi

    def retranslateUi(self, HotspotDialog):
        HotspotDialog.setWindowTitle(QCoreApplication.translate("HotspotDialog", u"New hotspot", None))
        self.name_label.setText(QCoreApplication.translate("HotspotDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("HotspotDialog", u"&Description:", None))
        self.description.setPlaceholderText(QCoreApplication.translate("HotspotDialog", u"What happens there, when, and who it affects", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("HotspotDialog", u"Street or pl&ace:", None))
        self.found.setPlaceholderText(QCoreApplication.translate("HotspotDialog", u"A street, postcode, ward or hotspot, as Shenley Road or WD6 1AA", None))
#if QT_CONFIG(tooltip)
        self.found.setToolTip(QCoreApplication.translate("HotspotDialog", u"Type a street, postcode, ward or hotspot and choose it from the list: the point is put there. Latitude and longitude can still be typed.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.found.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Street or place", None))
#endif // QT_CONFIG(accessibility)
        self.found_hint.setStyleSheet(QCoreApplication.translate("HotspotDialog", u"color: palette(mid);", None))
        self.latitude_label.setText(QCoreApplication.translate("HotspotDialog", u"&Latitude, longitude:", None))
#if QT_CONFIG(accessibility)
        self.lat_lon_row.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Latitude, longitude", None))
#endif // QT_CONFIG(accessibility)
        self.latitude.setPlaceholderText(QCoreApplication.translate("HotspotDialog", u"Latitude, as 51.655688", None))
#if QT_CONFIG(accessibility)
        self.latitude.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Latitude", None))
#endif // QT_CONFIG(accessibility)
        self.longitude.setPlaceholderText(QCoreApplication.translate("HotspotDialog", u"Longitude, as -0.269328", None))
#if QT_CONFIG(accessibility)
        self.longitude.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Longitude", None))
#endif // QT_CONFIG(accessibility)
        self.easting_label.setText(QCoreApplication.translate("HotspotDialog", u"&Easting, northing:", None))
#if QT_CONFIG(accessibility)
        self.grid_row.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Easting, northing", None))
#endif // QT_CONFIG(accessibility)
        self.easting.setPlaceholderText(QCoreApplication.translate("HotspotDialog", u"Easting", None))
#if QT_CONFIG(accessibility)
        self.easting.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Easting", None))
#endif // QT_CONFIG(accessibility)
        self.northing.setPlaceholderText(QCoreApplication.translate("HotspotDialog", u"Northing", None))
#if QT_CONFIG(accessibility)
        self.northing.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Northing", None))
#endif // QT_CONFIG(accessibility)
        self.ward_hint.setText(QCoreApplication.translate("HotspotDialog", u"The ward is found from the point when you save.", None))
        self.ward_hint.setStyleSheet(QCoreApplication.translate("HotspotDialog", u"color: palette(mid);", None))
        self.radius_m_label.setText(QCoreApplication.translate("HotspotDialog", u"&Radius:", None))
        self.radius.setSuffix(QCoreApplication.translate("HotspotDialog", u" m", None))
#if QT_CONFIG(accessibility)
        self.radius.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Radius", None))
#endif // QT_CONFIG(accessibility)
        self.keep_area.setText(QCoreApplication.translate("HotspotDialog", u"Count incidents inside the drawn area, not the radius", None))
        self.priority_label.setText(QCoreApplication.translate("HotspotDialog", u"&Priority:", None))
#if QT_CONFIG(accessibility)
        self.priority.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Priority", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("HotspotDialog", u"&Source:", None))
#if QT_CONFIG(accessibility)
        self.source.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.owner_id_label.setText(QCoreApplication.translate("HotspotDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.locality_id_label.setText(QCoreApplication.translate("HotspotDialog", u"L&ocality:", None))
#if QT_CONFIG(accessibility)
        self.locality.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Locality", None))
#endif // QT_CONFIG(accessibility)
        self.proposed_on_label.setText(QCoreApplication.translate("HotspotDialog", u"Pr&oposed on:", None))
        self.proposed_on.setDisplayFormat(QCoreApplication.translate("HotspotDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.proposed_on.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Proposed on", None))
#endif // QT_CONFIG(accessibility)
        self.categories_label.setText(QCoreApplication.translate("HotspotDialog", u"Issue &categories:", None))
#if QT_CONFIG(accessibility)
        self.categories.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Issue categories", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("HotspotDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("HotspotDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

