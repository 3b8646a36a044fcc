"""The form every record is added and edited in: fields, the reason for a refusal at its field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts

ERROR_STYLE = "color: #b00020;"


ERROR_SUFFIX = "_error"  # a form's label for the refusal of field `key` is named `key_error`


def show_as_error(label: QLabel, text: str = "") -> QLabel:
    """Make `label` red and wrapping, for the reason an input was refused; hidden while empty."""
    label.setText(text)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(bool(text))
    return label


def error_label(text: str = "") -> QLabel:
    """A red, wrapping label for the reason an input was refused; hidden while empty."""
    return show_as_error(QLabel(), text)


def add_form_field(form: QFormLayout, label: str, widget: QWidget) -> QLabel:
    """Add a labelled field with room under it for the reason its value is refused; that label."""
    error = error_label()
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    caption = QLabel(label)
    caption.setBuddy(widget)
    form.addRow(caption, holder)
    widget.setAccessibleName(label.replace("&", "").rstrip(":"))
    return error


class RecordForm(Protocol):
    """A record dialog's form from Qt Designer (a module in gui/forms): the fields in the form layout
    `form`, each in a holder with the label `<key>_error` under it, then `general_error` and the
    Save and Cancel `buttons`."""

    form: QFormLayout
    general_error: QLabel
    buttons: QDialogButtonBox

    def setupUi(self, dialog: QDialog) -> None: ...  # noqa: N802 - the name pyside6-uic gives


class RecordDialog(QDialog):
    """A form whose Save runs `save(values())`; the dialog closes only when the save succeeded.

    Given `form`, the dialog is laid out by it; otherwise the fields are added with add_field."""

    def __init__(self, title: str, save: Callable[[Any], Any],
                 parent: QWidget | None = None, form: RecordForm | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Any = None
        self._fields: dict[str, QWidget] = {}
        self._error_labels: dict[str, QLabel] = {}
        if form is None:
            self.setMinimumWidth(460)
            self.form = QFormLayout()
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.general_error = error_label()
            layout = QVBoxLayout(self)
            layout.addLayout(self.form)
            layout.addWidget(self.general_error)
            layout.addWidget(self.buttons)
        else:
            form.setupUi(self)
            self.form, self.buttons = form.form, form.buttons
            self.general_error = show_as_error(form.general_error)
            self._take_fields()
            # Opened on Save, as the dialogs built in code are (their buttons come first in Tab's
            # round); a dialog that wants a field first puts the cursor there itself.
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()
        self.setWindowTitle(title)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        """A labelled field, with room under it for the reason its value is refused."""
        self._error_labels[name] = add_form_field(self.form, label, widget)
        self._fields[name] = widget

    def _take_fields(self) -> None:
        """The form's fields: each `<key>_error` label and the field above it in their holder."""
        for label in self.findChildren(QLabel):
            key = label.objectName().removesuffix(ERROR_SUFFIX)
            holder = label.parentWidget()
            column = holder.layout() if holder is not None else None
            if key == label.objectName() or label is self.general_error or column is None:
                continue
            above = column.itemAt(0)
            field = above.widget() if above is not None else None
            assert field is not None, f"{label.objectName()} has no field above it"
            self._fields[key] = field
            self._error_labels[key] = show_as_error(label)

    def drop_row(self, field: QWidget) -> None:
        """Take a field's row out of the form (a row this dialog does not ask); the field lives on
        outside the dialog, unshown, so that the code reading it needs no second path."""
        holder = field.parentWidget()
        shown = holder if holder is not None and holder is not self and holder.parentWidget() is self \
            else field
        row, _role = cast(tuple[int, object], self.form.getWidgetPosition(shown))
        assert row >= 0, f"{field.objectName()} is not in the form"
        for key in [k for k, f in self._fields.items() if f is field]:
            del self._fields[key], self._error_labels[key]
        field.setParent(None)
        self.form.removeRow(row)

    def values(self) -> Any:
        """The entered values as the service's input dataclass."""
        raise NotImplementedError

    def field_error(self, name: str) -> str:
        """The refusal shown at a field ('' when none)."""
        label = self._error_labels[name]
        return label.text() if not label.isHidden() else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each reason at its field and put the cursor in the first refused field."""
        for label in self._error_labels.values():
            label.hide()
        first: QWidget | None = None
        for name, reason in errors.items():
            field_label = self._error_labels.get(name)
            if field_label is None:
                self.general_error.setText(reason)
                self.general_error.show()
                continue
            field_label.setText(reason)
            field_label.show()
            first = first or self._fields[name]
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        try:
            self.saved = self._save(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except JagdeskError as exc:
            prompts.show_error(self, str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, save: Callable[[Any], Any], *args: Any,
            **options: Any) -> Any:
        """Show the dialog; the saved row, or None if the user cancelled."""
        # Each subclass takes its own arguments after `save`; only `parent` is common to all.
        dialog = cast(Any, cls)(save, *args, parent=parent, **options)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
