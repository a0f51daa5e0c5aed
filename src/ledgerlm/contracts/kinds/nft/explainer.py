"""Explain an NFT collection: supply cap, price, per-wallet limit, allow-list, royalties and who gets the money."""

from __future__ import annotations

from decimal import Decimal

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, t
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    name = state.get("name") or getattr(spec, "name", None) or "?"
    symbol = state.get("symbol") or getattr(spec, "symbol", None) or "?"
    supply = state.get("maxSupply", getattr(spec, "max_supply", None)) or "?"
    if "mintPriceWei" in state:
        price = units.from_base_units(int(state["mintPriceWei"]), 18)
    else:
        price = Decimal(getattr(spec, "mint_price", None) or 0)
    price_s = f"{price.normalize():f} ETH"
    limit = state.get("maxPerAddress", getattr(spec, "max_per_wallet", None) or supply)
    royalty = getattr(spec, "royalty_pct", None)
    root = state.get("allowListRoot")
    allow = (
        (bytes(root) != b"\x00" * 32)
        if isinstance(root, bytes | bytearray)
        else bool(getattr(spec, "allowlist_root", None))
    )
    owner = state.get("owner") or facts.parties.get("owner") or t(lang, "the deployer", "部署者")
    minted = state.get("totalMinted")
    summary = t(
        lang,
        f"An ERC-721 collection '{name}' ({symbol}) of at most {supply} tokens. Anyone"
        + (" on the allow-list" if allow else "")
        + f" mints by paying exactly {price_s} per token, at most "
        f"{limit} per address; the supply can never exceed {supply}."
        + (f" Secondary sales report a {royalty}% royalty (ERC-2981)." if royalty else "")
        + f" The owner ({owner}) withdraws the mint revenue."
        + (f" Minted so far: {minted}." if minted is not None else ""),
        f"ERC-721 系列“{name}”（{symbol}），最多 {supply} 个。"
        + ("白名单内的" if allow else "任何")
        + f"地址按每个 {price_s} 的准确价格铸造，每个地址最多 {limit} 个；总量永远不会超过 {supply}。"
        + (f"二级市场版税 {royalty}%（ERC-2981）。" if royalty else "")
        + f"所有者（{owner}）提取铸造收入。"
        + (f"已铸造：{minted}。" if minted is not None else ""),
    )
    roles = {
        "owner": t(
            lang, f"{owner}: withdraws the revenue; can hand over ownership", f"{owner}：提取收入；可以转让所有权"
        ),
        "minter": t(
            lang,
            "anyone" + (" on the allow-list" if allow else "") + f": mints up to {limit}, paying {price_s} each",
            ("白名单内地址" if allow else "任何人") + f"：最多铸造 {limit} 个，每个 {price_s}",
        ),
        "holder": t(lang, "owns, transfers and approves its tokens (ERC-721)", "持有、转让、授权自己的 NFT（ERC-721）"),
    }
    who = {
        "mint": ("anyone" + (" on the allow-list" if allow else ""), "白名单地址" if allow else "任何人"),
        "withdraw": ("owner", "所有者"),
    }
    flows = [
        t(
            lang,
            f"minter -> contract: exactly {price_s} x count on mint",
            f"铸造者 -> 合约：铸造时支付 {price_s} x 数量",
        ),
        t(lang, "contract -> owner: all revenue on withdraw()", "合约 -> 所有者：withdraw() 时提取全部收入"),
    ]
    if royalty:
        flows.append(
            t(
                lang,
                f"marketplaces that honour ERC-2981 pay {royalty}% of resales to the royalty receiver",
                f"遵守 ERC-2981 的交易市场把转售价的 {royalty}% 付给版税接收人",
            )
        )
    risks = [
        t(
            lang,
            "Royalties are a standard signal (ERC-2981), not enforced: marketplaces may ignore them.",
            "版税只是标准信号（ERC-2981），不能强制：交易市场可以不付。",
        ),
        t(
            lang,
            "The base URI (the metadata) is off-chain and fixed at deployment.",
            "元数据地址（base URI）在链下，部署时固定。",
        ),
    ]
    if allow:
        risks.append(
            t(
                lang,
                "Only the allow-list's Merkle root is on chain: keep the list to build proofs.",
                "链上只有白名单的默克尔根：请保存名单以生成证明。",
            )
        )
    title = t(lang, "NFT collection", "NFT 系列")
    return explanation(facts, lang, "nft", title, summary, roles, who, flows, risks)
