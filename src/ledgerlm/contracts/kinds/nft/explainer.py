"""Explain an NFT collection: supply cap, price, per-wallet limit, allow-list, royalties and who gets the money."""

from __future__ import annotations

from decimal import Decimal

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang, who_words
from ledgerlm.contracts.messages import MESSAGES


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
    owner = state.get("owner") or facts.parties.get("owner") or MESSAGES.say("nft.the_deployer", lang)
    minted = state.get("totalMinted")
    summary = (
        MESSAGES.say(
            "nft.summary_allowlist" if allow else "nft.summary_anyone",
            lang,
            name=name,
            symbol=symbol,
            supply=supply,
            price=price_s,
            limit=limit,
        )
        + (MESSAGES.say("nft.royalty", lang, royalty=royalty) if royalty else "")
        + MESSAGES.say("nft.owner_withdraws", lang, owner=owner)
        + (MESSAGES.say("nft.minted_so_far", lang, minted=minted) if minted is not None else "")
    )
    roles = {
        "owner": MESSAGES.say("nft.owner_withdraws_the_revenue", lang, owner=owner),
        "minter": MESSAGES.say(
            "nft.minter_allowlist" if allow else "nft.minter_anyone", lang, limit=limit, price=price_s
        ),
        "holder": MESSAGES.say("nft.owns_transfers_and_approves", lang),
    }
    who = who_words({"mint": "nft.who_mint_allowlist" if allow else "nft.who_mint", "withdraw": "nft.who_withdraw"})
    flows = [
        MESSAGES.say("nft.minter_contract_exactly_price", lang, price=price_s),
        MESSAGES.say("nft.contract_owner_all_revenue", lang),
    ]
    if royalty:
        flows.append(MESSAGES.say("nft.marketplaces_that_honour_erc", lang, royalty=royalty))
    risks = [
        MESSAGES.say("nft.royalties_are_a_standard", lang),
        MESSAGES.say("nft.the_base_uri_the", lang),
    ]
    if allow:
        risks.append(MESSAGES.say("nft.only_the_allow_list", lang))
    title = MESSAGES.say("nft.nft_collection", lang)
    return explanation(facts, lang, "nft", title, summary, roles, who, flows, risks)
