"""Signed minutes through the window: File › Signing Certificate… (a throwaway certificate,
its password kept in the in-memory keyring), Export Minutes signed, refused for a wrong
password, or unsigned by choice, and File › Verify a Signed Record… on a signed file and on
an altered one. Qt's static dialogs are replaced; the export question is answered in place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from desktop.services import Workspace, signing
from desktop.services.minutes import export_minutes
from desktop.services.signing import Signature
from desktop.ui.main_window import MainWindow
from desktop.ui.minutes_signing import MinutesQuestion, common_name, signer_name
from desktop.ui.settings import AppSettings
from desktop.ui.signing_dialog import CertificateDialog
from tests.certificates import PASSWORD, SIGNER, make_certificate
from tests.keyrings import MemoryKeyring
from tests.ui.test_accessibility import unnamed

SUBJECT = f"Organization: Test Council, Common Name: {SIGNER}"


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TDT_NO_OPEN", "1")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_certificate(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def window(qtbot, demo_path: Path, settings: AppSettings) -> MainWindow:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def certificate_set(settings: AppSettings, certificate: Path) -> Path:
    """The certificate chosen in the settings, as the dialog leaves it (its password not
    remembered: each test says where it comes from)."""
    settings.set_signing_certificate(certificate, SUBJECT)
    return certificate


def _open_file(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> tuple[str, str]:
        calls.append(args)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return calls


def _save_as(monkeypatch: pytest.MonkeyPatch, answer: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(answer), "")))


def _password(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> list[tuple[Any, ...]]:
    """Replace the password's question; ``None``: the user cancels it."""
    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> tuple[str, bool]:
        calls.append(args)
        return answer or "", answer is not None

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake))
    return calls


def _dialog(qtbot, window: MainWindow) -> CertificateDialog:
    window.signing.certificate_action.trigger()
    dialog = window.signing.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _check(qtbot, dialog: CertificateDialog) -> None:
    dialog.use_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)


# ---------------------------------------------------------------------- the settings
def test_the_signer_is_named_by_its_common_name_first() -> None:
    assert common_name(SUBJECT) == SIGNER
    assert signer_name(SUBJECT) == f"{SIGNER} (Organization: Test Council)"
    both = "Common Name: Smith, Jones; Organization: Council; Country: BE"  # a comma inside
    assert common_name(both) == "Smith, Jones"
    assert signer_name(both) == "Smith, Jones (Organization: Council, Country: BE)"
    assert common_name("Organization: Council") == signer_name("Organization: Council")


def test_the_file_menu_offers_verify_and_the_certificate(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Verify a Signed Record…" in texts
    assert "Si&gning Certificate…" in texts


def test_a_certificate_is_checked_with_its_password_and_the_password_remembered(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    settings: AppSettings,
    certificate: Path,
) -> None:
    dialog = _dialog(qtbot, window)
    assert dialog.state_note.text() == "No certificate: the minutes are exported unsigned."
    assert not dialog.use_button.isEnabled() and not dialog.clear_button.isEnabled()
    calls = _open_file(monkeypatch, str(certificate))
    dialog.browse_button.click()
    assert "*.p12 *.pfx" in calls[0][3]
    assert dialog.path_edit.text() == str(certificate)

    dialog.password_edit.setText("wrong")
    _check(qtbot, dialog)
    assert "the password is wrong" in dialog.error_note.text()
    assert settings.signing_certificate() is None
    assert signing.stored_password(certificate) is None

    dialog.password_edit.setText(PASSWORD)
    assert dialog.remember_box.isChecked()
    _check(qtbot, dialog)
    assert dialog.error_note.text() == ""
    assert dialog.state_note.text() == f"Signing as {SIGNER} (Organization: Test Council)."
    assert dialog.password_edit.text() == ""
    assert settings.signing_certificate() == certificate
    assert settings.signing_subject() == SUBJECT
    assert signing.stored_password(certificate) == PASSWORD
    assert PASSWORD not in Path(settings.store.fileName()).read_text(encoding="utf-8")

    dialog.clear_button.click()
    assert settings.signing_certificate() is None
    assert dialog.state_note.text() == "No certificate: the minutes are exported unsigned."
    assert dialog.path_edit.text() == ""
    dialog.close()


def test_a_screen_reader_names_everything_in_the_two_dialogs(
    qtbot, window: MainWindow, certificate_set: Path
) -> None:
    dialog = _dialog(qtbot, window)
    assert unnamed(dialog) == []
    dialog.close()
    question = MinutesQuestion(window, ["English", "Français"], 0, SUBJECT, sign=True)
    qtbot.addWidget(question)
    question.show()
    assert unnamed(question) == []
    assert question.sign_box.toolTip().endswith(
        f"Signing as {SIGNER} (Organization: Test Council)."
    )


def test_unticked_the_password_is_not_remembered(
    qtbot,
    window: MainWindow,
    settings: AppSettings,
    certificate: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.path_edit.setText(str(certificate))
    dialog.password_edit.setText(PASSWORD)
    dialog.remember_box.setChecked(False)
    _check(qtbot, dialog)
    assert settings.signing_certificate() == certificate
    assert memory_keyring.passwords == {}
    dialog.close()


# ---------------------------------------------------------------------- export
class Export:
    """Export Minutes through the window, the certificate set, its question answered."""

    def __init__(self, qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
        self.qtbot, self.monkeypatch, self.window = qtbot, monkeypatch, window
        self.actions = window.file_actions
        self.asked: list[tuple[Any, ...]] = []  # the password's question
        self.seen: list[str] = []  # the sign box's text
        self.offered: list[bool] = []  # whether it came ticked

    def run(self, target: Path, *, sign: bool, typed: str | None, wait: bool = True) -> None:
        """Export to ``target``, signed or not; ``typed``: the password typed when asked
        (None: the question is cancelled)."""
        self.asked = _password(self.monkeypatch, typed)
        _save_as(self.monkeypatch, target)
        timer = QTimer()

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, MinutesQuestion):
                timer.stop()
                self.seen.append(dialog.sign_box.text())
                self.offered.append(dialog.sign_box.isChecked())
                dialog.language_combo.setCurrentIndex(0)  # English
                dialog.sign_box.setChecked(sign)
                dialog.accept()

        timer.timeout.connect(look)
        timer.start(20)
        try:
            self.actions.export_minutes_action.trigger()
        finally:
            timer.stop()
        if wait:
            self.qtbot.waitUntil(lambda: not self.actions.busy(), timeout=20_000)


@pytest.fixture
def export(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, certificate_set: Path
) -> Export:
    del certificate_set  # set in the settings before the export asks
    return Export(qtbot, monkeypatch, window)


def test_signed_minutes_verify_and_name_the_signer(
    export: Export, certificate: Path, tmp_path: Path
) -> None:
    signing.remember_password(certificate, PASSWORD)
    target = tmp_path / "issued.pdf"
    export.run(target, sign=True, typed="never asked")

    assert export.seen == [f"&Sign with the secretariat's certificate ({SIGNER})"]
    assert export.asked == []  # the keyring's
    result = signing.verify(target)
    assert result.good and SIGNER in result.signer
    assert result.reference == "C-R(2026)0042"
    assert export.window.statusBar().currentMessage() == (
        f"The minutes of C-R(2026)0042 were written to {target}. Signed by {SIGNER}."
    )
    assert export.actions.message_box is None


def test_a_password_asked_and_wrong_writes_nothing_and_says_so(
    qtbot, export: Export, tmp_path: Path
) -> None:
    target = tmp_path / "never.pdf"
    export.run(target, sign=True, typed="nope", wait=False)
    actions = export.actions
    qtbot.waitUntil(lambda: actions.message_box is not None and actions.message_box.isVisible())
    box = actions.message_box
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Warning
    assert "the password is wrong" in box.text()
    assert export.asked[0][2] == "Password of the signing certificate secretariat.p12:"
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    assert not actions.busy()
    box.close()


def test_a_password_asked_and_right_signs(
    export: Export, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    target = tmp_path / "issued.pdf"
    export.run(target, sign=True, typed=PASSWORD)
    assert signing.verify(target).good
    assert memory_keyring.passwords == {}  # asked, not remembered


def test_cancelling_the_password_writes_nothing(export: Export, tmp_path: Path) -> None:
    export.run(tmp_path / "never.pdf", sign=True, typed=None)
    assert len(export.asked) == 1
    assert list(tmp_path.glob("*.pdf")) == []
    assert export.window.statusBar().currentMessage() == "Export cancelled: nothing was written."


def test_unsigned_by_choice_with_a_certificate_set(export: Export, tmp_path: Path) -> None:
    target = tmp_path / "draft.pdf"
    export.run(target, sign=False, typed="never asked")
    assert export.asked == []
    result = signing.verify(target)
    assert not result.signed and result.reference == "C-R(2026)0042"
    assert export.window.statusBar().currentMessage() == (
        f"The minutes of C-R(2026)0042 were written to {target}."
    )
    export.run(tmp_path / "again.pdf", sign=True, typed=None)
    assert export.offered == [True, False]  # ticked at first, then as last answered


# ---------------------------------------------------------------------- verify
@pytest.fixture
def signed(demo_path: Path, certificate: Path, tmp_path: Path) -> Path:
    with Workspace.open(demo_path) as ws:
        session = ws.sessions.list_sessions()[0]
        return export_minutes(
            ws, session.id, "en", tmp_path / "issued.pdf",
            signature=Signature(certificate, PASSWORD),
        )  # fmt: skip


def _verify(qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, path: Path) -> QMessageBox:
    _open_file(monkeypatch, str(path))
    actions = window.signing
    actions.verify_action.trigger()
    qtbot.waitUntil(lambda: actions.message_box is not None and actions.message_box.isVisible())
    assert actions.message_box is not None
    assert actions.verify_action.isEnabled()
    return actions.message_box


def test_verify_says_who_signed_an_unchanged_record(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, signed: Path
) -> None:
    box = _verify(qtbot, monkeypatch, window, signed)
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == signing.describe(signing.verify(signed), signed)
    assert f"was signed by {SUBJECT}" in box.text() and "unchanged since" in box.text()
    box.close()


def test_verify_warns_of_an_altered_record(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, signed: Path, tmp_path: Path
) -> None:
    data = bytearray(signed.read_bytes())
    at = data.index(b"stream", len(data) // 3) + 20  # inside a page's content, well signed
    data[at] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    box = _verify(qtbot, monkeypatch, window, altered)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith(f"{altered} was ALTERED after it was signed")
    box.close()


def test_verify_warns_of_an_unsigned_record_and_of_what_is_no_pdf(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    with Workspace.open(demo_path) as ws:
        plain = export_minutes(ws, ws.sessions.list_sessions()[0].id, "en", tmp_path / "p.pdf")
    box = _verify(qtbot, monkeypatch, window, plain)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith(f"{plain} is not signed.")
    box.close()
    missing = tmp_path / "missing.pdf"
    box = _verify(qtbot, monkeypatch, window, missing)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == f"{missing} does not exist."
    box.close()
