"""``ledgerlm id ...``: DIDs, credentials, trust list and KYC checks (a thin shell over ``ledgerlm.identity``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import typer

from ledgerlm.cli.options import CHAIN_OPTION, chain_option, group
from ledgerlm.cli.output import JSON_OPTION, console, emit
from ledgerlm.errors import InputError, NotFound
from ledgerlm.inert import inert

id_app = group("Decentralized identity and credentials / 去中心化身份与凭证.")
trust_app = group("Trusted issuer DIDs / 受信任的签发方.")
id_app.add_typer(trust_app, name="trust")

METHOD_OPTION = typer.Option("pkh", "--method", help="DID method: pkh (did:pkh) or ethr (did:ethr, ERC-1056).")


def connect_chain(name: str | None) -> Any:
    """Open the chain for a command; one place so that embedding code can hand in an existing chain."""
    from ledgerlm.chain import connect

    return connect(name)


def _print_lines(lines: Iterable[str]) -> None:
    """One line per item; names and DIDs come from the user or a chain, so they are made inert first."""
    for line in lines:
        console.print(inert(line), highlight=False)


def _print_kv(data: dict[str, Any]) -> None:
    """Key-value lines; values (claims, DID documents and attributes read from a chain) are made inert first."""
    for key, value in data.items():
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False)
        console.print(f"[bold]{inert(key)}[/]: {inert(value)}", highlight=False)


def _load_cred(path: Path) -> Any:
    from ledgerlm.identity import Credential

    if not path.is_file():
        raise NotFound(f"credential file {path} not found / 找不到凭证文件")
    return Credential.from_json(path.read_text(encoding="utf-8"))


@id_app.command("create")
def create(
    name: str = typer.Option("default", "--name", "-n", help="Name of the new identity."),
    chain_id: int = typer.Option(None, "--chain-id", help="Chain id for the DID (default identity.chain_id)."),
    method: str = METHOD_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Create a key (encrypted keystore) and its DID (did:pkh, or did:ethr with --method ethr) / 创建密钥与 DID."""
    from ledgerlm.identity import make_did, resolve, store

    make_did("0x" + "00" * 20, 1, method)  # an unknown method is refused before a key is made
    ident = store.create(name)
    did = ident.did(chain_id, method)
    emit(
        {"name": ident.name, "address": ident.address, "did": str(did), "document": resolve(did)},
        as_json,
        lambda d: _print_kv({k: d[k] for k in ("name", "address", "did")}),
    )


@id_app.command("list")
def list_cmd(as_json: bool = JSON_OPTION) -> None:
    """List identities (names, addresses, DIDs) / 列出身份."""
    from ledgerlm.identity import store

    rows = [{"name": i.name, "address": i.address, "did": str(i.did())} for i in store.list_identities()]
    emit(rows, as_json, lambda rs: _print_lines(f"{r['name']:16s} {r['did']}" for r in rs))


@id_app.command("show")
def show(
    who: str = typer.Argument(None, help="DID, identity name or address (default: the only identity)."),
    chain_id: int = typer.Option(None, "--chain-id", help="Chain id for the DID of a named identity."),
    method: str = METHOD_OPTION,
    chain: str = chain_option("did:ethr only: resolve from this chain's EthereumDIDRegistry (memory, anvil or URL)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Resolve and print a DID document / 解析并显示 DID 文档."""
    from ledgerlm.identity import resolve, store

    ch = connect_chain(chain) if chain else None
    if who and who.startswith("did:"):
        doc = resolve(who, ch)
    else:
        if who is None:
            idents = store.list_identities()
            if len(idents) != 1:
                raise InputError(
                    f"{len(idents)} identities exist; say which / 请指定身份", hint="ledgerlm id show NAME|DID"
                )
            ident = idents[0]
        else:
            ident = store.get(who)
        doc = resolve(ident.did(ch.chain_id if ch and not chain_id else chain_id, method), ch)
    emit(doc, as_json, lambda d: console.print_json(json.dumps(d)))


@id_app.command("issue")
def issue_cmd(
    issuer: str = typer.Option(..., "--issuer", help="Issuer identity name (its key signs)."),
    subject: str = typer.Option(..., "--subject", help="Subject DID or address."),
    claim: list[str] = typer.Option(..., "--claim", help="key=value, repeatable (kyc_level=2, accredited=true)."),
    expires: str = typer.Option("365d", "--expires", help="Validity: 365d, 12h, 2w, 1y..."),
    out: Path = typer.Option(None, "--out", "-o", help="Write the credential JSON here."),
    chain: str = CHAIN_OPTION,
    offline: bool = typer.Option(False, "--offline", help="Do not bind to a chain's registry (no revocation)."),
    attest: bool = typer.Option(False, "--attest", help="Also record the KYC level on-chain."),
    credential_type: str = typer.Option(None, "--type", help="Credential type (default from the claims)."),
    method: str = typer.Option("pkh", "--method", help="Issuer DID method: pkh or ethr."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Issue an EIP-712 signed Verifiable Credential / 签发可验证凭证."""
    from ledgerlm import identity

    if offline and attest:
        raise InputError("--attest needs a chain; drop --offline")
    claims = dict(identity.parse_claim(c) for c in claim)
    seconds = identity.parse_duration_s(expires)
    ch = None if offline else connect_chain(chain)
    signer = identity.store.signer(issuer)
    cred = identity.issue(
        signer, subject, claims, expires_in_s=seconds, chain=ch, credential_type=credential_type, did_method=method
    )
    result: dict[str, Any] = {"credential": cred.to_json(), "hash": cred.hash, "file": str(out) if out else None}
    if attest and ch is not None:  # --attest with --offline was refused above, so the chain is open here
        tx = identity.attest_kyc(cred, signer, ch)
        result["attestation_tx"] = tx.tx_hash
    if out:
        out.write_text(json.dumps(cred.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    emit(
        result,
        as_json,
        lambda d: _print_kv(
            {
                "id": cred.id,
                "type": cred.credential_type,
                "hash": d["hash"],
                "subject": cred.subject,
                "expires": cred.expirationDate,
                "file": d["file"] or "(not written; use --out)",
            }
        ),
    )


@id_app.command("verify")
def verify_cmd(
    path: Path = typer.Argument(..., help="Credential JSON file."),
    chain: str = CHAIN_OPTION,
    offline: bool = typer.Option(False, "--offline", help="Skip the on-chain revocation check."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Verify signature, dates, issuer trust and on-chain revocation / 验证凭证. Exit 1 when invalid."""
    from ledgerlm.identity import verify_credential

    cred = _load_cred(path)
    ch = None if offline else connect_chain(chain)
    result = verify_credential(cred, chain=ch, allow_offline=offline)

    def render(r: Any) -> None:
        mark = {True: "[green]✓[/]", False: "[red]✗[/]", None: "[yellow]-[/]"}
        for c in r.checks:
            console.print(f"{mark[c.ok]} {c.name:15s} {inert(c.detail)}", highlight=False)
        console.print("[bold green]VALID / 有效[/]" if r.valid else "[bold red]INVALID / 无效[/]")

    emit(result, as_json, render)
    if not result.valid:
        raise typer.Exit(1)


@id_app.command("revoke")
def revoke_cmd(
    path: Path = typer.Argument(..., help="Credential JSON file."),
    chain: str = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Revoke a credential on-chain (issuer only) / 在链上吊销凭证."""
    from ledgerlm.identity import parse_did, revoke_credential, store

    cred = _load_cred(path)
    ch = connect_chain(chain)
    issuer = store.signer(parse_did(cred.issuer).address)
    tx = revoke_credential(cred, issuer, ch)
    emit(
        {
            "credential_id": cred.id,
            "hash": cred.hash,
            "revoked": True,
            "tx_hash": tx.tx_hash,
            "chain_id": ch.chain_id,
        },
        as_json,
        _print_kv,
    )


@id_app.command("kyc")
def kyc_cmd(
    who: str = typer.Argument(..., help="Address, DID or identity name."),
    min_level: int = typer.Option(None, "--min-level", help="Required level (default identity.min_kyc_level)."),
    credential: Path = typer.Option(None, "--credential", help="Check this credential instead of the chain."),
    chain: str = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Check whether an account passes the KYC gate / 检查 KYC 门槛. Exit non-zero when it does not."""
    from ledgerlm.identity import parse_did, require_kyc, store

    if who.startswith("did:"):
        address = parse_did(who).address
    elif who.startswith("0x"):
        address = who
    else:
        address = store.get(who).address
    cred = _load_cred(credential) if credential else None
    status = require_kyc(address, min_level, connect_chain(chain), credential=cred)

    def render(st: Any) -> None:
        shown = st.model_dump(exclude_none=True)
        if st.issuer_label:
            shown["issuer"] = f"{st.issuer} ({st.issuer_label['en']} / {st.issuer_label['zh']})"
            shown.pop("issuer_label")
            shown["note"] = f"{st.note['en']} / {st.note['zh']}"
        _print_kv(shown)

    emit(status, as_json, render)


@id_app.command("dev-issuer")
def dev_issuer_cmd(
    chain: str = CHAIN_OPTION,
    subject: list[str] = typer.Option(
        None, "--subject", help="Attest this address (repeatable; default: dev accounts)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Local chains only: the local dev issuer (not a real KYC provider) attests dev accounts / 本地开发签发方."""
    from ledgerlm.identity import devissuer

    ch = connect_chain(chain)
    done = devissuer.setup(ch, list(subject) if subject else None)
    data = done.to_dict()

    def render(d: dict[str, Any]) -> None:
        _print_kv({"issuer": f"{devissuer.label()} {d['issuer']}", "did": d["did"], "registry": d["registry"]})
        for key in ("attested", "already_attested", "skipped"):
            for address in d[key]:
                console.print(f"  {key:17s} {address}", highlight=False)

    emit(data, as_json, render)


@id_app.command("ethr")
def ethr_cmd(
    name: str = typer.Argument(..., help="Identity name: its key signs (the did:ethr identity's current owner)."),
    owner: str = typer.Option(None, "--owner", help="Hand the identity to this address (changeOwner)."),
    delegate: str = typer.Option(None, "--delegate", help="Add (or with --revoke remove) this delegate."),
    delegate_type: str = typer.Option("veriKey", "--delegate-type", help="veriKey (signs) or sigAuth (also logs in)."),
    attribute: str = typer.Option(None, "--attribute", help="NAME=VALUE, e.g. did/svc/LinkedDomains=https://x.org"),
    revoke: bool = typer.Option(False, "--revoke", help="Remove the delegate or attribute instead of adding it."),
    validity: str = typer.Option("365d", "--validity", help="How long a delegate or attribute holds."),
    identity_address: str = typer.Option(None, "--identity", help="The did:ethr identity (default: NAME's address)."),
    chain: str = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Change a did:ethr identity in the EthereumDIDRegistry (ERC-1056) / 修改 did:ethr 身份."""
    from ledgerlm.identity import ethr, parse_duration_s, store

    if sum(x is not None for x in (owner, delegate, attribute)) != 1:
        raise InputError("say one change: --owner, --delegate or --attribute / 请指定一项修改")
    signer = store.signer(name)
    who = identity_address or signer.address
    ch = connect_chain(chain)
    seconds = parse_duration_s(validity)
    if owner is not None:
        tx = ethr.change_owner(ch, who, owner, signer)
    elif delegate is not None:
        tx = (
            ethr.revoke_delegate(ch, who, delegate, signer, delegate_type=delegate_type)
            if revoke
            else ethr.add_delegate(ch, who, delegate, signer, delegate_type=delegate_type, validity_s=seconds)
        )
    else:
        key, sep, value = attribute.partition("=")
        if not sep:
            raise InputError(f"bad attribute {attribute!r}", hint="write NAME=VALUE")
        tx = (
            ethr.revoke_attribute(ch, who, key, value, signer)
            if revoke
            else ethr.set_attribute(ch, who, key, value, signer, validity_s=seconds)
        )
    did = ethr.ethr_did(who, ch.chain_id)
    emit({"did": str(did), "tx_hash": tx.tx_hash, "document": ethr.resolve(did, ch)}, as_json, _print_kv)


@trust_app.command("add")
def trust_add(
    did: str = typer.Argument(..., help="Issuer DID."),
    on_chain: bool = typer.Option(False, "--on-chain", help="Also trust it in the CredentialRegistry (owner)."),
    chain: str = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Trust an issuer DID / 信任签发方."""
    from ledgerlm.identity import parse_did, registry, store

    trusted = store.trust(did)
    result: dict[str, Any] = {"trusted": trusted}
    if on_chain:
        ch = connect_chain(chain)
        result["tx_hash"] = registry.add_issuer(ch, parse_did(did).address).tx_hash
    emit(result, as_json, lambda d: _print_lines(d["trusted"]))


@trust_app.command("remove")
def trust_remove(did: str = typer.Argument(...), as_json: bool = JSON_OPTION) -> None:
    """Stop trusting an issuer DID / 取消信任."""
    from ledgerlm.identity import store

    emit(
        {"trusted": store.distrust(did)},
        as_json,
        lambda d: _print_lines(d["trusted"]),
    )


@trust_app.command("list")
def trust_list(as_json: bool = JSON_OPTION) -> None:
    """List trusted issuer DIDs / 列出受信任的签发方."""
    from ledgerlm.identity import store

    emit(
        {"trusted": store.trusted_issuers()},
        as_json,
        lambda d: _print_lines(d["trusted"]),
    )


def register(app: typer.Typer) -> None:
    app.add_typer(id_app, name="id")
