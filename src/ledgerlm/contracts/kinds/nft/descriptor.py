"""The nft kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="nft",
    display={"en": "NFT collection", "zh": "NFT 系列"},
    keywords=(
        (
            r"(?<![a-z])nfts?(?![a-z])|(?<![a-z])erc-?721(?!\d)|非同质化|数字藏品|藏品|\bpfp\b|"
            r"\bcollectibles?\b",
            4.0,
        ),
        # what a collection is made of in everyday words: passes, tickets, badges, membership cards
        (
            r"\b(?:membership|season|access|vip|event|backstage|gym|festival|all-access|founders?)\s+(?:pass|card)(?:es|s)?\b|"
            r"\bpasses\s+(?:for|to)\b|\btickets?\b|\bbadges?\b|\bpoaps?\b|门票|会员卡|纪念票|入场券|徽章|纪念卡|"
            # "a royalty of 4% on secondary sales": royalties on resales belong to a collection, never a plain token
            r"\broyalt(?:y|ies)\b[^.。;；]{0,40}\b(?:secondary|resales?|resold|resell)|版税[^。；;]{0,20}(?:转卖|转售|二次)",
            2.0,
        ),
        (
            r"\bmint(?:s|ing|ed)?\b|铸造|\broyalt(?:y|ies)\b|版税|\bper\s+wallet\b|每个(?:地址|钱包)|\bartworks?\b|"
            r"\bavatars?\b|\bcollection\b|系列|\ballow-?list\b|白名单|\bbase\s*uri\b|\bipfs\b|"
            r"\bresales?\b|\bresold\b|二次销售|转售|\blimited\s+editions?\b|\bdigital\s+(?:art|posters?|prints?|cards?)\b",
            1.5,
        ),
        # "把 NFT 版税按 70:30 分给我和画师": the royalties divided among people is a splitter, not a collection
        (r"版税[^，。]{0,12}(?:分给|分成|按\s*\d)|\broyalt(?:y|ies)\s+split|\bsplit\s+(?:the\s+)?royalt", -2.5),
        # round 12: a table of a collection's name, count and price per piece in Chinese ("名稱 代號 數量 價格" over
        # "琉璃燈會 GLOW 640 0.012 ETH", or its rows as "價格: 0.012 ETH"): a price in ETH for each piece is a
        # collection, never a plain token
        (
            r"(?:[价價](?:格|钱|錢)|[单單][价價]|售[价價])(?:[^\n]{0,40}\n[^\n]*\d|\s*[:：=]?\s*\d[\d.,]*)\s*ETH\b|"
            r"(?:[数數]量|[总總]量)[^\n]{0,20}(?:[价價]格|[单單][价價]|售[价價])",
            2.5,
        ),
    ),
    prototypes=(
        "an NFT collection of 10,000 'Harbor Cats' (HCAT) at 0.05 ETH, max 5 per wallet, 5% royalties",
        "launch an ERC-721 drop of 500 pieces, mint price 0.02 ETH, allow-list only",
        "a PFP collection people can mint for 0.1 eth each with 10% royalty",
        "发行一个NFT系列，总量1000个，每个0.1 ETH，每个地址最多3个，版税2.5%",
        "数字藏品合约，限量500张，每张0.01 ETH，白名单铸造",
        "做一个 NFT，每人最多铸造2个，二次销售版税5%",
    ),
    roles={"royalty_receiver": (r"royalt(?:y|ies)\s+(?:receiver|recipient|goes\s+to|to)", r"版税(?:接收人|归|给)")},
    size_field=None,
    party_lists=(),
)
