"""Why a key or a bundle cannot be signed or checked (kiosk/bundle/sign.py's SignError), in
the staff's language: {key: (Korean, English)}."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "sign.err.same_name": ("{out}: 비밀 키는 .pub 파일과 다른 이름이어야 합니다",
                           "{out}: the private key needs another name than the .pub file"),
    "sign.err.exists": ("{path}: 이미 있습니다. 다른 이름을 정하거나 그 파일을 옮기세요",
                        "{path} already exists; choose another name or move it away"),
    "sign.err.public_unreadable": (
        "bundle.public_key: {path}을(를) 읽을 수 없습니다({reason}). 'bundle keygen'으로 만든 "
        "공개 키 파일이나 그 한 줄을 주세요",
        "bundle.public_key: cannot read {path} ({reason}); give the public key file made by "
        "'bundle keygen', or its text"),
    "sign.err.public_bad": (
        "bundle.public_key: Ed25519 공개 키가 아닙니다. 'python -m kiosk bundle keygen'으로 만든 "
        ".pub 파일의 한 줄을 쓰세요",
        "bundle.public_key: not an Ed25519 public key; use the one line of the .pub file made "
        "by 'python -m kiosk bundle keygen'"),
    "sign.err.private_unreadable": (
        "{path}: 비밀 키를 읽을 수 없습니다({reason}). 'bundle keygen'으로 만든 .key 파일을 주세요",
        "{path}: cannot read the private key ({reason}); give the .key file made by "
        "'bundle keygen'"),
    "sign.err.private_bad": (
        "{path}: 'bundle keygen'으로 만든 비밀 키가 아닙니다. 서명에는 .pub이 아니라 .key 파일을 "
        "씁니다",
        "{path}: not a private key made by 'bundle keygen'; signing takes the .key file, not "
        "the .pub"),
    "sign.err.private_not_ed25519": (
        "{path}: Ed25519 키가 아닙니다. 'bundle keygen'으로 키를 만드세요",
        "{path}: not an Ed25519 key; make one with 'bundle keygen'"),
    "sign.err.file": ("{file}: {message}. {fix}", "{file}: {message}; {fix}"),
    "sign.err.version_range": (
        "버전 {version}: 묶음의 버전은 1부터 {most}까지의 정수입니다. --version을 빼면 서명하는 "
        "시각을 씁니다",
        "version {version}: a bundle's version is a whole number from 1 to {most}; leave "
        "--version out to use the time of signing"),
}
