"""Signed minutes: the secretariat's certificate on an issued record, and the check a
delegate (or anyone) runs on a PDF they were sent.

Why PAdES through pyHanko: a PAdES signature (ETSI EN 319 142, ``/SubFilter
/ETSI.CAdES.detached``) is what every PDF reader shows as "signed by …, unchanged since";
pyHanko writes it as an incremental update over reportlab's bytes, so the page content is
exactly what was rendered, and it validates the same signatures again for ``tourdetable
verify``. The signing key comes from a PKCS#12 file (what an organisation's PKI hands a
secretariat), its password from the system keyring under :data:`SERVICE`, never from a file
of the app's.

Which record a PDF holds is read from its metadata: the minutes' keywords carry the
record's reference and its fingerprint (``fingerprint <64 hex>``, the SHA-256 of the
record's canonical form that the last page prints in blocks of eight), so ``verify`` can say
"the summary record C-R(2026)0042, fingerprint …" without trusting the page text.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import _
from desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

SERVICE = "Tour de Table signing certificate"
FIELD_NAME = "Secretariat"
_FINGERPRINT = re.compile(r"fingerprint ([0-9a-f]{64})")


class SigningError(ServiceError):
    """The certificate could not be read, or the PDF could not be signed."""


@dataclass(frozen=True, slots=True)
class Verification:
    """What ``verify`` found in a PDF: one line a person can act on, and the facts behind it."""

    signed: bool
    intact: bool  # the signed bytes are unchanged and the signature matches them
    whole_file: bool  # nothing was added after the signature
    signer: str  # the certificate's subject, as a person reads it ("" when unsigned)
    signed_at: datetime | None
    trusted: bool  # the certificate chains to a root this machine was told to trust
    reference: str  # the record's reference, from the metadata ("" when none)
    fingerprint: str  # the record's fingerprint, from the metadata ("" when none)
    title: str

    @property
    def good(self) -> bool:
        """Signed, unchanged, and nothing added since."""
        return self.signed and self.intact and self.whole_file


# ---------------------------------------------------------------------- the certificate
@dataclass(frozen=True, slots=True)
class Signature:
    """How to sign one export: the PKCS#12 file, its password (None: none), and the
    signature's stated reason and place, which a PDF reader shows beside the signer."""

    certificate: Path
    password: str | None
    reason: str = ""
    location: str = ""

    def applied(self, pdf: bytes) -> bytes:
        return sign(
            pdf, self.certificate, self.password, reason=self.reason, location=self.location
        )


def remember_password(certificate: Path, password: str) -> None:
    """Keep the certificate's password in the system keyring, under the file's path."""
    import keyring  # here, not above: with what it imports, 15 MiB most windows never use
    import keyring.errors

    try:
        keyring.set_password(SERVICE, str(Path(certificate).expanduser()), password)
    except keyring.errors.KeyringError as error:
        raise SigningError(
            _(
                "The system keyring could not keep the certificate's password ({error}); "
                "give it each time instead."
            ).format(error=error)
        ) from error


def forget_password(certificate: Path) -> None:
    """Take the certificate's password out of the system keyring (nothing when none is kept
    there, or there is no keyring)."""
    import keyring  # here, not above: with what it imports, 15 MiB most windows never use
    import keyring.errors

    try:
        keyring.delete_password(SERVICE, str(Path(certificate).expanduser()))
    except keyring.errors.KeyringError:  # PasswordDeleteError (none kept) is one
        return


def stored_password(certificate: Path) -> str | None:
    """The certificate's password from the system keyring, or None when it has none."""
    import keyring  # here, not above: with what it imports, 15 MiB most windows never use
    import keyring.errors

    try:
        return keyring.get_password(SERVICE, str(Path(certificate).expanduser()))
    except keyring.errors.KeyringError:
        return None


def check_certificate(certificate: Path, password: str | None) -> str:
    """The subject of the certificate in the PKCS#12 file, or SigningError saying why it
    cannot sign (missing file, wrong password, no private key)."""
    signer = _load(certificate, password)
    return _subject(signer.signing_cert)


def sign(
    pdf: bytes, certificate: Path, password: str | None, *, reason: str, location: str
) -> bytes:
    """``pdf`` with a PAdES signature by the certificate's key, added as an incremental
    update (the rendered pages stay byte for byte as they were)."""
    _loaded()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    signer = _load(certificate, password)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or None,
        location=location or None,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        out = signers.sign_pdf(writer, meta, signer=signer)
    except Exception as error:  # pyHanko raises its own, OSError, ValueError…
        raise SigningError(
            _("The minutes could not be signed ({error}); nothing was written.").format(error=error)
        ) from error
    return bytes(out.getbuffer())


# ---------------------------------------------------------------------- checking a PDF
def verify(path: Path, *, trusted: tuple[Path, ...] = ()) -> Verification:
    """What the PDF at ``path`` says of itself: signed by whom and when, whether it changed
    since, and which record it holds. ``trusted``: certificates (PEM or DER) to trust as
    roots besides none; without them a signature can be intact yet its signer unknown.

    Raises SigningError with a sentence when the file cannot be read as a PDF."""
    _loaded()
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        data = Path(path).expanduser().read_bytes()
    except FileNotFoundError:
        raise SigningError(_("{path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise SigningError(_("{path} is a folder; give a PDF file.").format(path=path)) from None
    except OSError as error:
        raise SigningError(
            _("{path} could not be read ({error}).").format(path=path, error=error.strerror)
        ) from error
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        info = _info(reader)
        signatures = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as error:
        raise SigningError(
            _("{path} is not a PDF this program can read ({error}); it may be damaged.").format(
                path=path, error=error
            )
        ) from error
    keywords = info.get("keywords", "")
    found = _FINGERPRINT.search(keywords)
    record = {
        "reference": _reference(info.get("title", "")),
        "fingerprint": found.group(1) if found else "",
        "title": info.get("title", ""),
    }
    if not signatures:
        return Verification(False, False, False, "", None, False, **record)
    return _check(signatures[-1], _roots(trusted), record)


def _check(signature: object, roots: list[object], record: dict[str, str]) -> Verification:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(signature, context)  # type: ignore[arg-type]
    except (SignatureValidationError, ValueError, KeyError, TypeError) as error:
        del error  # a signature that cannot even be checked is not intact
        return Verification(True, False, False, "", None, False, **record)
    return Verification(
        signed=True,
        intact=bool(status.intact and status.valid),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        signer=_subject(status.signing_cert),
        signed_at=status.signer_reported_dt,
        trusted=bool(status.trusted),
        **record,
    )


def describe(result: Verification, path: Path) -> str:
    """The verification as the sentences ``tourdetable verify`` prints."""
    what = (
        _("The summary record {reference}, fingerprint {fingerprint}.").format(
            reference=result.reference or _("without reference"),
            fingerprint=result.fingerprint,
        )
        if result.fingerprint
        else _("No record of Tour de Table is named in this PDF's metadata.")
    )
    if not result.signed:
        return _("{path} is not signed.").format(path=path) + " " + what
    if not result.intact:
        return (
            _(
                "{path} was ALTERED after it was signed (or its signature is damaged): do not "
                "rely on it; ask the secretariat for the issued copy."
            ).format(path=path)
            + " "
            + what
        )
    when = (
        result.signed_at.isoformat(timespec="minutes") if result.signed_at else _("an unknown time")
    )
    lines = [
        _("{path} was signed by {signer} at {when}, and is unchanged since.").format(
            path=path, signer=result.signer, when=when
        )
    ]
    if not result.whole_file:
        lines.append(
            _(
                "Something was added to the file after the signature; what is signed is "
                "unchanged, but the additions are not."
            )
        )
    if not result.trusted:
        lines.append(
            _(
                "The certificate is not one this machine was told to trust: compare its "
                "name with the secretariat's, or pass their root certificate with --trust."
            )
        )
    lines.append(what)
    return " ".join(lines)


# ---------------------------------------------------------------------- helpers
@functools.cache
def _loaded() -> None:
    """Import pyHanko once, on first use (signing is rare; start-up should not pay for it),
    without the deprecation warning its import of DSA key types raises on cryptography 46+:
    the minutes are never signed with DSA, and the warning is not the user's business."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="DSA is deprecated", category=DeprecationWarning)
        warnings.filterwarnings("ignore", message="DSA is deprecated")
        import pyhanko.keys
        import pyhanko.sign
        import pyhanko.sign.validation  # noqa: F401


def _load(certificate: Path, password: str | None) -> SimpleSigner:
    _loaded()
    from pyhanko.sign import signers

    path = Path(certificate).expanduser()
    if not path.is_file():
        raise SigningError(
            _("The signing certificate {path} does not exist; choose it again.").format(path=path)
        )
    secret = None if password is None else password.encode("utf-8")
    signer: SimpleSigner | None
    # A wrong password is the user's everyday mistake, not a fault: pyHanko would log it as
    # an ERROR with a traceback; the sentence below says all there is to say.
    quiet = logging.getLogger("pyhanko.sign.signers.pdf_cms")
    was, quiet.disabled = quiet.disabled, True
    try:
        signer = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
            pfx_file=str(path), passphrase=secret
        )
    except (OSError, ValueError, TypeError):
        signer = None
    finally:
        quiet.disabled = was
    if signer is None:
        raise SigningError(
            _(
                "The signing certificate {path} could not be opened: the password is wrong, "
                "or the file is not a PKCS#12 (.p12, .pfx) file with a private key."
            ).format(path=path)
        )
    return signer


def _subject(certificate: object) -> str:
    name = getattr(certificate, "subject", None)
    return str(getattr(name, "human_friendly", "")) if name is not None else ""


def _roots(paths: tuple[Path, ...]) -> list[object]:
    from pyhanko.keys import load_certs_from_pemder

    try:
        return list(
            load_certs_from_pemder(  # type: ignore[no-untyped-call]
                [str(Path(p).expanduser()) for p in paths]
            )
        )
    except (OSError, ValueError) as error:
        raise SigningError(
            _("A certificate to trust could not be read ({error}).").format(error=error)
        ) from error


def _info(reader: object) -> dict[str, str]:
    trailer = getattr(reader, "trailer_view", None)
    if trailer is None or "/Info" not in trailer:
        return {}
    info = trailer["/Info"]
    return {
        key[1:].lower(): str(info[key])
        for key in ("/Title", "/Keywords", "/Subject")
        if key in info
    }


def _reference(title: str) -> str:
    """The reference at the head of the minutes' title ("C-R(2026)0042 — Summary record: …"):
    the part before the first dash, when that comes before the colon the heading follows."""
    dash, colon = title.find(" — "), title.find(": ")
    return title[:dash].strip() if dash > 0 and (colon < 0 or dash < colon) else ""
