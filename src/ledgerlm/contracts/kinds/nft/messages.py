# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the nft explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "nft.nft_collection": {
        "en": "NFT collection",
        "zh": "NFT 系列",
    },
    "nft.the_deployer": {
        "en": "the deployer",
        "zh": "部署者",
    },
    "nft.owner_withdraws_the_revenue": {
        "en": "{owner}: withdraws the revenue; can hand over ownership",
        "zh": "{owner}：提取收入；可以转让所有权",
    },
    "nft.owns_transfers_and_approves": {
        "en": "owns, transfers and approves its tokens (ERC-721)",
        "zh": "持有、转让、授权自己的 NFT（ERC-721）",
    },
    "nft.minter_contract_exactly_price": {
        "en": "minter -> contract: exactly {price} x count on mint",
        "zh": "铸造者 -> 合约：铸造时支付 {price} x 数量",
    },
    "nft.contract_owner_all_revenue": {
        "en": "contract -> owner: all revenue on withdraw()",
        "zh": "合约 -> 所有者：withdraw() 时提取全部收入",
    },
    "nft.royalties_are_a_standard": {
        "en": "Royalties are a standard signal (ERC-2981), not enforced: marketplaces may ignore them.",
        "zh": "版税只是标准信号（ERC-2981），不能强制：交易市场可以不付。",
    },
    "nft.the_base_uri_the": {
        "en": "The base URI (the metadata) is off-chain and fixed at deployment.",
        "zh": "元数据地址（base URI）在链下，部署时固定。",
    },
    "nft.marketplaces_that_honour_erc": {
        "en": "marketplaces that honour ERC-2981 pay {royalty}% of resales to the royalty receiver",
        "zh": "遵守 ERC-2981 的交易市场把转售价的 {royalty}% 付给版税接收人",
    },
    "nft.only_the_allow_list": {
        "en": "Only the allow-list's Merkle root is on chain: keep the list to build proofs.",
        "zh": "链上只有白名单的默克尔根：请保存名单以生成证明。",
    },
    "nft.summary_allowlist": {
        "en": "An ERC-721 collection '{name}' ({symbol}) of at most {supply} tokens. Anyone on the allow-list mints by paying exactly {price} per token, at most {limit} per address; the supply can never exceed {supply}.",
        "zh": "ERC-721 系列“{name}”（{symbol}），最多 {supply} 个。白名单内的地址按每个 {price} 的准确价格铸造，每个地址最多 {limit} 个；总量永远不会超过 {supply}。",
    },
    "nft.summary_anyone": {
        "en": "An ERC-721 collection '{name}' ({symbol}) of at most {supply} tokens. Anyone mints by paying exactly {price} per token, at most {limit} per address; the supply can never exceed {supply}.",
        "zh": "ERC-721 系列“{name}”（{symbol}），最多 {supply} 个。任何地址按每个 {price} 的准确价格铸造，每个地址最多 {limit} 个；总量永远不会超过 {supply}。",
    },
    "nft.royalty": {
        "en": " Secondary sales report a {royalty}% royalty (ERC-2981).",
        "zh": "二级市场版税 {royalty}%（ERC-2981）。",
    },
    "nft.owner_withdraws": {
        "en": " The owner ({owner}) withdraws the mint revenue.",
        "zh": "所有者（{owner}）提取铸造收入。",
    },
    "nft.minted_so_far": {"en": " Minted so far: {minted}.", "zh": "已铸造：{minted}。"},
    "nft.minter_allowlist": {
        "en": "anyone on the allow-list: mints up to {limit}, paying {price} each",
        "zh": "白名单内地址：最多铸造 {limit} 个，每个 {price}",
    },
    "nft.minter_anyone": {
        "en": "anyone: mints up to {limit}, paying {price} each",
        "zh": "任何人：最多铸造 {limit} 个，每个 {price}",
    },
    "nft.who_mint_allowlist": {"en": "anyone on the allow-list", "zh": "白名单地址"},
    "nft.who_mint": {"en": "anyone", "zh": "任何人"},
    "nft.who_withdraw": {"en": "owner", "zh": "所有者"},
}
