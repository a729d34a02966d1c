"""Signed minutes: a record signed with a throwaway certificate, checked by pyHanko itself and
by ``tourdetable verify``, then one byte altered and the check failing.

The certificate is made here (cryptography), self-signed, valid for a day; nothing reads or
writes the real keyring (tests/keyrings.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import Workspace, signing
from desktop.services.minutes import export_minutes
from desktop.services.signing import Signature, SigningError
from tests.certificates import PASSWORD, SIGNER, make_certificate
from tests.keyrings import MemoryKeyring, using


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A PKCS#12 file with a self-signed certificate and its key, and the certificate alone
    as PEM (to trust it)."""
    p12 = make_certificate(tmp_path_factory.mktemp("pki"), PASSWORD)
    return p12, p12.with_suffix(".pem")


@pytest.fixture
def signed(demo_ws: Workspace, certificate: tuple[Path, Path], tmp_path: Path) -> Path:
    p12, _root = certificate
    session = demo_ws.sessions.list_sessions()[0]
    return export_minutes(
        demo_ws, session.id, "en", tmp_path / "issued.pdf",
        signature=Signature(p12, PASSWORD, reason="Issued", location="Brussels"),
    )  # fmt: skip


def test_a_signed_record_is_intact_by_pyhanko_and_by_verify(
    signed: Path, certificate: tuple[Path, Path], demo_ws: Workspace
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _p12, root = certificate
    with signed.open("rb") as stream:
        [embedded] = PdfFileReader(stream).embedded_signatures
        status = validate_pdf_signature(
            embedded, ValidationContext(trust_roots=signing._roots((root,)))
        )
        assert status.intact and status.valid and status.trusted
        assert SIGNER in status.signing_cert.subject.human_friendly

    result = signing.verify(signed, trusted=(root,))
    assert result.good and result.trusted
    assert SIGNER in result.signer
    assert result.reference == "C-R(2026)0042"
    record = demo_ws.minutes.assemble(demo_ws.sessions.list_sessions()[0].id)
    assert result.fingerprint == record.fingerprint  # which record, read from the file


def test_verify_on_the_command_line_names_signer_record_and_exit_0(
    signed: Path, certificate: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _p12, root = certificate
    assert main(["verify", str(signed), "--trust", str(root)]) == 0
    said = capsys.readouterr().out
    assert SIGNER in said and "unchanged since" in said and "C-R(2026)0042" in said
    assert main(["verify", str(signed), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["signed"] and facts["intact"] and not facts["trusted"]  # not told to trust


def test_one_byte_altered_fails_the_check(
    signed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(signed.read_bytes())
    at = data.index(b"stream", len(data) // 3) + 20  # inside a page's content, well signed
    data[at] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))

    result = signing.verify(altered)
    assert result.signed and not result.intact and not result.good
    assert main(["verify", str(altered)]) == 1
    assert "ALTERED" in capsys.readouterr().out


def test_an_unsigned_record_says_so_and_exits_1(
    demo_ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = demo_ws.sessions.list_sessions()[0]
    plain = export_minutes(demo_ws, session.id, "fr", tmp_path / "plain.pdf")
    result = signing.verify(plain)
    assert not result.signed and result.fingerprint  # still says which record
    assert main(["verify", str(plain)]) == 1
    assert "is not signed" in capsys.readouterr().out


def test_a_wrong_password_writes_nothing(
    demo_ws: Workspace, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    p12, _root = certificate
    target = tmp_path / "never.pdf"
    session = demo_ws.sessions.list_sessions()[0]
    with pytest.raises(SigningError, match="password is wrong"):
        export_minutes(demo_ws, session.id, "en", target, signature=Signature(p12, "nope"))
    assert not target.exists()


def test_something_not_a_pdf_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "minutes.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert main(["verify", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "not a PDF this program can read" in err and "Traceback" not in err


def test_the_command_line_signs_with_the_password_from_the_keyring(
    demo_ws: Workspace,
    demo_path: Path,
    certificate: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    p12, root = certificate
    out = tmp_path / "cli.pdf"
    with using(MemoryKeyring()):
        signing.remember_password(p12, PASSWORD)
        code = main(
            ["minutes", "--db", str(demo_path), "--session", "C-R(2026)0042",
             "--lang", "fr", "-o", str(out), "--sign", str(p12)]
        )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert signing.verify(out, trusted=(root,)).good


def test_signing_without_a_certificate_named_is_refused_before_any_work(
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("TDT_SIGNING_CERTIFICATE", raising=False)
    out = tmp_path / "none.pdf"
    args = ["minutes", "--db", str(demo_path), "--session", "C-R(2026)0042", "-o", str(out)]
    assert main([*args, "--sign"]) == 2
    assert "TDT_SIGNING_CERTIFICATE" in capsys.readouterr().err
    assert not out.exists()


def test_signing_adds_to_the_rendered_bytes_without_changing_them(
    demo_ws: Workspace, certificate: tuple[Path, Path]
) -> None:
    from desktop.reports.minutes import render

    p12, _root = certificate
    pdf = render(demo_ws.minutes.assemble(demo_ws.sessions.list_sessions()[0].id), "en")
    out = signing.sign(pdf, p12, PASSWORD, reason="", location="")
    assert out.startswith(pdf)  # an incremental update: every rendered byte kept
    assert len(io.BytesIO(out).getvalue()) > len(pdf)
