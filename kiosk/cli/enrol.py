"""`python -m kiosk attendant enrol|revoke|consoles`, on the kiosk PC: the consoles of desk PCs.

`enrol NAME` issues a console account on the kiosk's own broker and writes the desk PC's
account file (0600); this PC keeps only the password's hash. `revoke NAME` removes it, and a
running broker drops and refuses that console at once (it reloads its accounts on SIGHUP).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def add_parsers(actions) -> None:
    e = actions.add_parser("enrol", help="issue a console account for a desk PC and write its "
                           "account file (on the kiosk PC)")
    e.add_argument("name", help="the console's id: 1-64 letters, digits, '-', '_' or '.', "
                   "e.g. desk-2")
    e.add_argument("--departments", default="", metavar="A,B",
                   help="the departments whose messages this console reads (default: all)")
    e.add_argument("--out", type=Path, metavar="FILE",
                   help="the account file to write (default: ./NAME.console.toml); it must "
                   "not exist yet")
    e.add_argument("--broker", metavar="HOST[:PORT]",
                   help="this kiosk's broker as the desk PC reaches it (default: "
                   "broker.desk_host, else broker.listen when it is one address; the port: "
                   "broker.port)")
    e.set_defaults(func=cmd_enrol)
    r = actions.add_parser("revoke", help="remove an enrolled console's account; a running "
                           "broker disconnects it at once")
    r.add_argument("name")
    r.set_defaults(func=cmd_revoke)
    c = actions.add_parser("consoles", help="list this kiosk's console accounts")
    c.set_defaults(func=cmd_consoles)


def _fail(text: str) -> int:
    print(f"error: {text}", file=sys.stderr)
    return 2


def _managed_config(args):
    from kiosk.directory import config

    cfg = config.load(args.config)
    if not cfg["broker.managed"]:
        raise ValueError(f"{cfg.path or 'kiosk.toml'}: broker.managed = false: this kiosk uses "
                         f"a site broker, whose accounts are made on that broker "
                         f"(docs/alerts.md, 'An external broker')")
    folder = cfg.data_dir
    if os.geteuid() == 0 and folder.exists() and folder.stat().st_uid != 0:
        # As root it would make the kiosk's broker/ folder root's: the kiosk could not read it.
        raise ValueError(f"{folder} belongs to another user: run this as the kiosk's user "
                         f"(e.g. sudo -u kiosk env KIOSK_CONFIG=... kiosk attendant ...)")
    return cfg


def _desk_address(args, cfg) -> tuple[str, int]:
    from kiosk.ui.console.app import parse_broker

    if args.broker:
        return parse_broker(args.broker)
    listen = cfg["broker.listen"].strip()
    host = cfg["broker.desk_host"].strip() or ("" if listen in ("", "0.0.0.0", "::") else listen)
    if not host:
        raise ValueError("the kiosk's broker listens on every interface: say how the desk PC "
                         "reaches this PC with --broker HOST (its LAN address or name), or set "
                         "broker.desk_host in kiosk.toml")
    return host, cfg["broker.port"]


def _apply(cfg) -> str:
    """Rewrite the broker's passwd and acl, and make a running broker reload them."""
    from kiosk.calls import enrolment
    from kiosk.calls.broker_settings import managed_accounts

    if enrolment.apply(cfg.data_dir, managed_accounts(cfg),
                       departments=cfg["broker.console_departments"]):
        return "The running broker has reloaded its accounts."
    return "No broker is running now; the kiosk's broker uses this from its next start."


def cmd_enrol(args) -> int:
    from kiosk.calls import account_file, enrolment
    from kiosk.calls import accounts as acc
    from kiosk.calls.broker import BrokerError
    from kiosk.calls.broker_settings import managed_accounts
    from kiosk.calls.broker_tls import listener_tls

    try:
        cfg = _managed_config(args)
        name = acc.check_name(args.name, "console name")
        departments = [d.strip() for d in args.departments.split(",") if d.strip()]
        for d in departments:
            acc.check_name(d, "department id")
        _check_departments(args, departments)
        host, port = _desk_address(args, cfg)
        tls = listener_tls(cfg)
        ca_pem = Path(tls.ca).expanduser().read_text(encoding="ascii") if tls else ""
        account_file.text(name, "-", host, port, tls=tls is not None, ca_pem=ca_pem,
                          departments=departments)  # refuses a bad host before enrolling
    except (ValueError, BrokerError, OSError) as exc:
        return _fail(str(exc))
    out = args.out or Path(f"{name}.console.toml")
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _fail(f"{out} exists already: give another --out FILE (or delete that file)")
    except OSError as exc:
        return _fail(f"cannot write the account file {out}: {exc.strerror or exc} (--out "
                     f"names a file in a folder that exists and that you may write)")
    enrolled = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:  # created 0600 (os.open above)
            password = enrolment.enrol(cfg.data_dir, name, departments,
                                       taken=managed_accounts(cfg))
            enrolled = True
            f.write(account_file.text(name, password, host, port, tls=tls is not None,
                                      ca_pem=ca_pem, departments=departments))
        done = _apply(cfg)
    except (BrokerError, OSError, ValueError) as exc:
        out.unlink(missing_ok=True)  # nothing half-made: no file, no account
        if enrolled:
            enrolment.revoke(cfg.data_dir, name)
        return _fail(str(exc))
    print(f"Enrolled the console {name!r} for {host}:{port}{' (TLS)' if tls else ''}.\n"
          f"Its account file is {out.resolve()} (readable by you only). It holds the console's "
          f"password, which this PC does not keep: move it to the desk PC (USB stick, scp), "
          f"delete it here, and on the desk PC run\n"
          f"  python -m kiosk attendant --account-file {out.name} --name YOUR_NAME\n{done}")
    return 0


def _check_departments(args, departments: list[str]) -> None:
    """Every id is a department of the directory in use: a console enrolled for a mistyped
    one would silently receive no message at all."""
    from kiosk.cli.context import configured_directory

    if not departments:
        return
    _, directory = configured_directory(args)
    known = [d.id for d in directory.departments]
    unknown = [d for d in departments if d not in known]
    if unknown:
        raise ValueError(f"--departments: no department {', '.join(map(repr, unknown))} in "
                         f"this kiosk's directory; its departments are: {', '.join(known)}")


def cmd_revoke(args) -> int:
    from kiosk.calls import enrolment, revocation
    from kiosk.calls.broker import BrokerError
    from kiosk.calls.broker_settings import BrokerSettings, managed_accounts

    try:
        cfg = _managed_config(args)
        done = revocation.revoke(cfg.data_dir, managed_accounts(cfg), args.name,
                                 BrokerSettings.from_config(cfg),
                                 cfg["broker.console_departments"])
        if done is None:
            enrolled = ", ".join(enrolment.read_enrolled(cfg.data_dir)) or "none"
            extra = (f" It is in broker.consoles of kiosk.toml: take it off there and restart "
                     f"the kiosk." if args.name in cfg["broker.consoles"] else "")
            return _fail(f"no enrolled console {args.name!r} (enrolled: {enrolled}).{extra}")
    except (ValueError, BrokerError, OSError) as exc:
        return _fail(str(exc))
    print(f"Revoked the console {args.name!r}: it can no longer log in. {done}")
    return 0


def cmd_consoles(args) -> int:
    from kiosk.calls import enrolment
    from kiosk.calls.broker import BrokerError

    try:
        cfg = _managed_config(args)
        enrolled = enrolment.read_enrolled(cfg.data_dir)
    except (ValueError, BrokerError) as exc:
        return _fail(str(exc))
    for e in enrolled.values():
        depts = ", ".join(e.departments) or "all departments"
        print(f"{e.name}\tenrolled {e.since or '?'}\t{depts}")
    for name in cfg["broker.consoles"]:
        print(f"{name}\tbroker.consoles (password in {cfg.data_dir}/broker/credentials.toml)")
    return 0
