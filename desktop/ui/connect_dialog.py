"""File › Connect to Server…: the address of a database on a PostgreSQL server, and the login.

The address can be pasted whole (``postgresql://user@server:5432/database``): it fills the
fields, and the fields write it back, without password. The password is typed in a
password field; ticked, "Remember the password" keeps it in the system keyring once the
connection is made, never in the settings. Connecting runs off the GUI thread
(:class:`~desktop.ui.connector.Connector`) while the dialog shows that it is busy; a failure
is the service's sentence inside the dialog, with everything typed kept, and the cursor in
the field to fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.services import DatabaseError, Fault, ServiceError
from desktop.services.credentials import DEFAULT_PORT, ServerAddress, keyring_problem
from desktop.ui.connector import Connection, Connector
from desktop.ui.locations import display_name

_WIDEST_ADDRESS = "postgresql://secretariat@db.example.org:5432/tourdetable?sslmode=verify-full"


class Note(QFrame):
    """A sentence with its icon, inside the dialog: why the connection failed, or why no
    password can be remembered here."""

    def __init__(self, icon: QStyle.StandardPixmap, parent: QWidget) -> None:
        super().__init__(parent)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        picture = QLabel(self)
        picture.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def say(self, sentence: str) -> None:
        self.label.setText(sentence)
        self.setAccessibleDescription(sentence)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class ConnectDialog(QDialog):
    """Emits ``connected(Connection)`` then closes when a connection is made; the caller
    adopts the workspace (and shows ``Connection.note`` if there is one)."""

    connected = Signal(object)

    def __init__(
        self,
        connector: Connector,
        parent: QWidget | None = None,
        *,
        address: ServerAddress | None = None,
        remember: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to Server"))
        self._connector = connector
        self._ticket: int | None = None
        self._options: tuple[tuple[str, str], ...] = ()  # the address's other parameters
        self._filling = False
        self.connection: Connection | None = None

        self._make_fields(remember)
        self._lay_out()
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textEdited.connect(self._fields_edited)
        self.port_spin.valueChanged.connect(self._fields_edited)
        self.tls_combo.currentIndexChanged.connect(self._fields_edited)
        self.address_edit.textEdited.connect(self._address_edited)
        self.address_edit.editingFinished.connect(self._address_finished)
        self.database_edit.textChanged.connect(self._update_buttons)

        problem = keyring_problem()
        if problem is not None:  # nothing can be remembered: say what to use instead
            self.remember_box.setChecked(False)
            self.remember_box.setEnabled(False)
            self.keyring_label.say(problem)
        self.set_address(address or ServerAddress())
        self._set_busy(False)
        # Wide enough for a whole address: what is pasted can be read back.
        self.address_edit.setMinimumWidth(
            self.address_edit.fontMetrics().horizontalAdvance(_WIDEST_ADDRESS) + 16
        )

    # ------------------------------------------------------------------ building
    def _make_fields(self, remember: bool) -> None:
        self.address_edit = self._line(
            self.tr("Address"), "postgresql://user@server:5432/database",
            self.tr("A postgresql:// address fills in the fields below."),
        )  # fmt: skip
        self.host_edit = self._line(self.tr("Server"), "db.example.org")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.database_edit = self._line(self.tr("Database"), "tourdetable")
        self.user_edit = self._line(self.tr("User name"))
        self.password_edit = self._line(
            self.tr("Password"), self.tr("From the keyring or ~/.pgpass when left empty")
        )
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls_combo = QComboBox(self)
        self.tls_combo.setAccessibleName(self.tr("Encryption"))
        for text, mode in (
            (self.tr("Encrypt when the server can (prefer)"), ""),
            (self.tr("Always encrypt (require)"), "require"),
            (self.tr("Encrypt and verify the server's certificate (verify-full)"), "verify-full"),
        ):  # fmt: skip
            self.tls_combo.addItem(text, mode)
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember_box.setChecked(remember)
        self.keyring_label = Note(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.keyring_label.setAccessibleName(self.tr("Remembering the password"))
        self.error_label = Note(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.error_label.setAccessibleName(self.tr("Why the connection failed"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: no end known
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress_label = QLabel(self)

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr("Open a Tour de Table database kept on a PostgreSQL server, shared by "
                    "the secretariat's workstations. Paste its address, or fill in the "
                    "fields."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("&Encryption:"), self.tls_combo)
        form.addRow("", self.remember_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button: QPushButton = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        busy = QHBoxLayout()
        busy.addWidget(self.progress_label)
        busy.addWidget(self.progress, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.error_label)
        layout.addLayout(busy)
        layout.addWidget(self.buttons)

    def _line(self, name: str, placeholder: str = "", tip: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        if tip:
            edit.setToolTip(tip)
        return edit

    # ------------------------------------------------------------------ the address
    def address(self) -> ServerAddress:
        """The address the fields hold (without password)."""
        return ServerAddress(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            sslmode=str(self.tls_combo.currentData() or ""),
            options=self._options,
        )

    def set_address(self, address: ServerAddress, password: str = "") -> None:
        """Fill the fields (and the address line) with ``address``; a password, if given."""
        self._fill(address, password)
        self.address_edit.setText(address.url() if address != ServerAddress() else "")
        self.address_edit.setCursorPosition(0)  # the start of a long address shows

    def _fill(self, address: ServerAddress, password: str) -> None:
        self._filling = True
        try:
            self._options = address.options
            self.host_edit.setText(address.host)
            self.port_spin.setValue(address.port)
            self.database_edit.setText(address.database)
            self.user_edit.setText(address.user)
            mode = "" if address.sslmode == "prefer" else address.sslmode
            index = self.tls_combo.findData(mode)
            if index < 0:  # another of libpq's modes (disable, allow, verify-ca): kept
                self.tls_combo.addItem(mode, mode)
                index = self.tls_combo.count() - 1
            self.tls_combo.setCurrentIndex(index)
            if password:
                self.password_edit.setText(password)
        finally:
            self._filling = False
        self._update_buttons()

    def _fields_edited(self) -> None:
        if not self._filling:
            self.address_edit.setText(self.address().url())
            self._update_buttons()

    def _address_edited(self, text: str) -> None:
        """A pasted or typed address fills the fields as soon as it reads as one."""
        try:
            address, password = ServerAddress.parse(text)
        except ValueError:
            return
        self._fill(address, password)

    def _address_finished(self) -> None:
        """The address line keeps no password, and says when it cannot be read."""
        text = self.address_edit.text().strip()
        if not text:
            return
        try:
            ServerAddress.parse(text)
        except ValueError:
            self.show_error(
                self.tr("This address cannot be read. Write it as "
                        "postgresql://user@server:5432/database, or fill in the fields.")
            )  # fmt: skip
            return
        self.address_edit.setText(self.address().url())

    # ------------------------------------------------------------------ connecting
    def start(self) -> None:
        """Connect with what is typed; the dialog stays open, busy, until it is answered."""
        address = self.address()
        if self._ticket is not None or not address.complete:
            return
        self.error_label.hide()
        remember = self.remember_box.isChecked() if self.remember_box.isEnabled() else None
        self._ticket = self._connector.start(
            address, self._connected, self._failed,
            password=self.password_edit.text(), remember=remember,
        )  # fmt: skip
        self.progress_label.setText(
            self.tr("Connecting to %1…").replace("%1", display_name(address.location))
        )
        self._set_busy(True)

    def _connected(self, connection: Connection) -> None:
        self._ticket = None
        self._set_busy(False)
        self.password_edit.clear()
        self.connection = connection
        self.connected.emit(connection)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._ticket = None
        self._set_busy(False)
        if not isinstance(error, ServiceError):
            raise error  # the app's excepthook logs it and shows a sentence
        fault = error.fault if isinstance(error, DatabaseError) else Fault.OTHER
        self.show_failure(str(error), fault)

    def show_error(self, sentence: str) -> None:
        """Say what went wrong inside the dialog, above its buttons."""
        self.error_label.say(sentence)

    def show_failure(self, sentence: str, fault: Fault) -> None:
        """Say why the connection failed, and put the cursor in the field to fix: the
        password when the login was refused, the database's name when there is none such,
        the server's when it does not answer."""
        self.show_error(sentence)
        field = {
            Fault.LOGIN: self.password_edit,
            Fault.MISSING: self.database_edit,
            Fault.UNREACHABLE: self.host_edit,
        }.get(fault, self.address_edit)
        field.setFocus()
        field.selectAll()

    def busy(self) -> bool:
        return self._ticket is not None

    def _set_busy(self, busy: bool) -> None:
        self.fields.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.connect_button.setEnabled(self._ticket is None and self.address().complete)

    def reject(self) -> None:
        """Cancel: give up the attempt under way (what it reaches is closed)."""
        if self._ticket is not None:
            self._connector.abandon(self._ticket)
            self._ticket = None
        super().reject()
