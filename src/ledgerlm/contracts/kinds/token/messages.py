# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the token explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "token.token_name_symbol": {
        "en": "Token {name} ({symbol})",
        "zh": "代币 {name}（{symbol}）",
    },
    "token.deployment_the_initial_supply": {
        "en": "deployment: the initial supply ({supply}) goes to the owner",
        "zh": "部署时：初始供应量（{supply}）发给所有者",
    },
    "token.tokens_move_only_by": {
        "en": "tokens move only by holders' transfers or approved transferFrom",
        "zh": "代币只能由持有人转账或被授权者 transferFrom 转移",
    },
    "token.the_owner_s_key": {
        "en": "The owner's key controls these powers; if it is lost or stolen, so are they.",
        "zh": "这些权力由所有者私钥控制；私钥丢失或被盗，权力随之丢失或被滥用。",
    },
    "token.the_deployer": {
        "en": "the deployer",
        "zh": "部署者",
    },
    "token.mint_new_tokens_from": {
        "en": "mint: new tokens from nothing to any address the owner picks",
        "zh": "mint：所有者可向任意地址增发新代币",
    },
    "token.the_owner_can_freeze": {
        "en": "The owner can freeze every transfer at any time.",
        "zh": "所有者可以随时冻结所有转账。",
    },
    "token.summary": {
        "en": "{name} ({symbol}) is an ERC-20 token with {decimals} decimals; total supply {supply}",
        "zh": "{name}（{symbol}）是一个 ERC-20 代币，精度 {decimals} 位；总供应量 {supply}",
    },
    "token.capped_at": {"en": ", capped at {cap}", "zh": "，上限 {cap}"},
    "token.summary_end": {"en": ". ", "zh": "。"},
    "token.owner_can_mint": {"en": "The owner can mint more. ", "zh": "所有者可以增发。"},
    "token.no_one_can_mint": {"en": "No one can ever mint more. ", "zh": "任何人都无法增发。"},
    "token.holders_can_burn": {"en": "Holders can burn their tokens. ", "zh": "持有人可以销毁自己的代币。"},
    "token.owner_can_pause": {"en": "The owner can pause all transfers.", "zh": "所有者可以暂停所有转账。"},
    "token.no_one_can_freeze": {"en": "No one can freeze transfers.", "zh": "任何人都无法冻结转账。"},
    "token.power_mint": {"en": "mint new tokens", "zh": "增发代币"},
    "token.power_pause": {"en": "pause and unpause transfers", "zh": "暂停和恢复转账"},
    "token.power_separator": {"en": ", ", "zh": "、"},
    "token.owner_powers": {
        "en": "{owner}: received the initial supply; may {powers}; can hand ownership over",
        "zh": "{owner}：获得初始供应量；可以{powers}；可以转让所有权",
    },
    "token.owner_no_powers": {
        "en": "{owner}: received the initial supply; may do nothing special; can hand ownership over",
        "zh": "{owner}：获得初始供应量；没有特殊权力；可以转让所有权",
    },
    "token.holders": {"en": "transfer and approve their tokens", "zh": "转账和授权自己的代币"},
    "token.holders_burn": {"en": "transfer and approve their tokens, burn them", "zh": "转账和授权自己的代币，可销毁"},
    "token.dilute_up_to_cap": {
        "en": "The owner can dilute holders by minting up to the cap {cap}.",
        "zh": "所有者可以增发稀释持有人，最多到上限 {cap}。",
    },
    "token.dilute_without_limit": {
        "en": "The owner can dilute holders by minting without limit.",
        "zh": "所有者可以增发稀释持有人，且没有上限。",
    },
    "token.who_mint": {"en": "owner", "zh": "所有者"},
    "token.who_pause": {"en": "owner", "zh": "所有者"},
    "token.who_unpause": {"en": "owner", "zh": "所有者"},
    "token.who_transferOwnership": {"en": "owner", "zh": "所有者"},
    "token.who_renounceOwnership": {"en": "owner", "zh": "所有者"},
    "token.who_transfer": {"en": "any holder", "zh": "任何持有人"},
    "token.who_approve": {"en": "any holder", "zh": "任何持有人"},
    "token.who_transferFrom": {"en": "an approved spender", "zh": "被授权者"},
    "token.who_burn": {"en": "any holder", "zh": "任何持有人"},
    "token.who_burnFrom": {"en": "an approved spender", "zh": "被授权者"},
}
