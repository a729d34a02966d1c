"""A throwaway signing certificate for the tests: a PKCS#12 file with a self-signed
certificate (valid for a day) and its key, made with ``cryptography``, as the secretariat's
PKI would hand one over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PASSWORD = "correct horse"
SIGNER = "Secretariat of the Council"
ORGANIZATION = "Test Council"


def make_certificate(folder: Path, password: str = PASSWORD) -> Path:
    """``folder/secretariat.p12``, its key encrypted with ``password``; the certificate alone
    beside it as ``secretariat.pem``, to trust it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, SIGNER),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    p12 = folder / "secretariat.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"secretariat",
            key,
            cert,
            None,
            serialization.BestAvailableEncryption(password.encode()),
        )
    )
    (folder / "secretariat.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12
