"""Intent rules that read the sentence after the classifier: readings a label alone gets wrong in a way that
matters (an order where the user asked a question, or the other way round).

Why here and not in the head: each rule is a grammatical fact that holds for every token and both languages
("don't sell it" keeps the token; "put 1k usdt into arb" buys ARB, a pool is not named; "is pepe a rug?" asks
about risk), where the head, trained on examples, is unsure or confidently wrong on the next phrasing. Every
rule only moves between intents that the words support; none invents a slot value.
"""

from __future__ import annotations

import re

# "keep my sol, don't sell it", "别卖我的 ETH": a sell that is negated is a decision to hold
_NEGATED_SELL = re.compile(
    r"\b(?:don'?t|do not|never|not|won'?t|shouldn'?t i)\s+(?:\w+\s+)?(?:sell|dump|cash out)\b|"
    r"(?:别|不要|不想|先别|不打算|不)\s*(?:卖|抛|出掉|割)",
    re.IGNORECASE,
)
# where money goes when it is deposited rather than spent on a token
_POOL_WORDS = re.compile(
    r"\b(?:pool|vault|savings?|lending|aave|compound|protocol|farm|earn|yield|interest|stake|staking)\b|"
    r"池|理财|存|质押|生息|利息",
    re.IGNORECASE,
)
# "is pepe a rug?", "这个币 ARB 安全不", "is it safe to put my money in USDe?": a question about risk
_RISK_WORDS = re.compile(
    r"\brisk(?:y|s)?\b|\bsafe(?:ty)?\b|\brug(?:s|ged|gy|\s*pull(?:ed)?)?\b|\bscam(?:s|med|my)?\b|\bponzi\b|"
    r"\bhoneypot\b|\bliquidat\w*|\bvolatil\w*|"
    r"\bdepeg\w*|\blos(?:e|ing)\s+(?:my\s+|all\s+(?:my\s+)?)?(?:money|funds|everything)\b|"
    r"\bred\s+flags?\b|\bwhat\s+(?:could|can|might)\s+go\s+wrong\b|\bdownsides?\b|\bdangers?\b|\bdangerous\b|"
    r"风险|安全|靠谱|跑路|归零|骗局|清算|爆仓|波动|脱钩|亏钱|血本无归|有什么坑|有坑|踩雷|暴雷",
    re.IGNORECASE,
)
# a definition or a how-to ("what is a rug pull", "how do I keep my ETH safe"): answered as information
_DEFINITION = re.compile(
    r"\bwhat(?:'s| is| are| does)\b|\bhow (?:do|can|should|would|to)\b|\bmean(?:s|ing)?\b|什么是|是什么|如何|怎么|怎样",
    re.IGNORECASE,
)
# a message that opens with a transfer verb ("wire 2500 usdt to Hart & Sons Ltd please")
_TRANSFER_OPENING = re.compile(
    r"^\W*(?:(?:please|pls|plz|kindly|can you|could you|yo|hey)\s+)*"
    r"(?:send|wire|transfer|tip|remit|pay(?!\s+(?:back|off|down|it|my|the|for)\b)|"
    r"give(?!\s+(?:me|us|up|back|it|away|out|a\s+hand)\b))\b|"
    r"^\W*(?:请|麻烦|帮我)?\s*(?:转账给|转给|打给|汇给|发给)",
    re.IGNORECASE,
)


# "take my 20 sol out of the staking pool", "把 ETH 从池子里拿出来": money taken out, not put in
_OUT_OF = re.compile(
    r"\b(?:take|pull|get|move|cash|bring)\b(?:\s+\S+){0,5}?\s+out\s+(?:of|from)\b|\bout of (?:the|my) "
    r"(?:pool|vault|staking|savings|lending)|从.{0,12}?(?:拿出|取出|提出|撤出|拿回|取回)|"
    # "我要提走全部质押的 SOL", "解除质押 5 个 DOT", "从金库提领 2000 USDC": taken away from the stake, the 质押
    # only names where from
    r"(?:提走|取走|撤走|拿走|提领|提領|解除\s*质押|解\s*押|取消\s*质押|解除\s*質押|取消\s*質押)",
    re.IGNORECASE,
)


# "what's my eth worth", "我的 ETH 值多少钱": the worth of what the user holds
_MY_HOLDING_WORTH = re.compile(
    r"\b(?:my|our)\s+(?:\S+\s+){0,3}?(?:worth|value|valued)\b|我的.{0,10}?(?:值多少|价值多少|总价值|市值)",
    re.IGNORECASE,
)


# "pay nadia back 40 usdt", "还给老王 500 U": paying a person back is a transfer to that person (a loan is repaid
# to a protocol: "pay back my loan", "pay it back", "还 500 U")
_PAY_PERSON_BACK = re.compile(
    r"\bpay\s+(?!(?:it|that|this|them|my|the|off|down|back|all|everything|some|part|loan|debt)\b)"
    r"(?P<p>[A-Za-z][\w.\-]*)\s+back\b|还给\s*(?!我|自己|平台|协议|aave|compound)[\u4e00-\u9fffA-Za-z]",
    re.IGNORECASE,
)
# "用 0.8 个 ETH 换成 USDC", "拿 500U 买 ETH": 用/拿/花 marks the side spent, so the sentence names what is bought
_SPEND_MARKED = re.compile(r"(?:用|拿|花)[^，,。用拿花]{0,20}?(?:换成|兑换成|换|兑换|买入?)")
# "need 2500 usdc, take it out of my eth": a stablecoin sum paid for with a token the user holds
_OUT_OF_MY_TOKEN = re.compile(
    r"\b(?:out\s+of|from)\s+my\s+(?P<tok>[A-Za-z]{2,10})\b(?!\s+(?:pool|vault|staking|savings|position|loan|"
    r"wallet|account|stash|bag|holdings?|deposit|rewards?))",
    re.IGNORECASE,
)
# "what does the escrow I just deployed actually do", "what did this tx do": a contract or transaction explained
_WHAT_DOES_IT_DO = re.compile(
    r"\bwhat\s+(?:does|did|will|would)\s+(?:the|this|that|my)\s+(?:\w+\s+){0,2}?(?:escrow|contract|multisig|"
    r"splitter|vault|dao|transaction|tx|deployment|approval)\b.{0,40}\bdo\b|"
    r"\bexplain\s+(?:to\s+me\s+)?(?:the\s+|my\s+|this\s+|that\s+)?(?:deployment|contract|transaction|tx|escrow|"
    r"multisig)\b(?!s)|"
    r"(?:这个|那个|我的|刚才的|刚部署的)\s*(?:合约|交易|托管|多签).{0,8}(?:是干嘛|干什么|做什么|有什么用)|"
    # "explain what the approve call did", "what that permit transaction just did": a call already made, explained
    r"\bwhat\s+(?:the|that|this|my|our)\s+(?:\w+\s+){0,2}?(?:call|tx|transaction|approval|signature|function|"
    r"multicall)\s+(?:just\s+|actually\s+|really\s+)?(?:did|does|was\s+doing)\b|"
    r"\bwhat\s+did\s+(?:the|that|this|my|our)\s+(?:\w+\s+){0,2}?(?:call|tx|transaction|approval|signature|"
    r"function|multicall)\s+(?:actually\s+|really\s+)?do\b",
    re.IGNORECASE,
)


# money taken out of a named place ("pull my 3 eth out of lido", "get my usdc back from aave", "从 aave 提 800
# DAI"): a withdrawal, whatever verb carries it (never "out of my eth": a sale of the user's own token)
_FROM_PLACE = re.compile(
    r"\b(?:out\s+of|from|off)\s+(?:the\s+|my\s+)?(?:lido|aave|compound|curve|rocket\s*pool|pool|vault|staking|"
    r"savings|lending|farm|protocol)\b|从\s*(?:aave|compound|lido|curve|池子|资金池|质押|理财|借贷池|存款)",
    re.IGNORECASE,
)
# money put into a named place ("put half a btc into compound", "把 2 个 ETH 存进 aave")
_INTO_PLACE = re.compile(
    r"\b(?:into|in|to)\s+(?:the\s+|my\s+|a\s+)?(?:lido|aave|compound|curve|rocket\s*pool|pool|vault|savings|"
    r"lending(?:\s+pool)?|farm|staking)\b|(?:存进|存到|存入|放进|放到)\s*(?:aave|compound|lido|curve|池子|资金池|理财)",
    re.IGNORECASE,
)
# a question about a risk ("could i get rugged on pepe", "will I lose money on sol?", "PEPE 会归零吗")
_QUESTION_FORM = re.compile(
    r"^\W*(?:could|can|will|would|should|is|are|am|do|does|might)\b|[?？]\s*$|吗\s*[?？]?\s*$|会不会|是不是",
    re.IGNORECASE,
)


# price idioms: "what's LDO at?", "what's sol going for", "where is btc trading", "ETH 现在啥价"
_PRICE_IDIOM = re.compile(
    r"\bwhat'?s\s+(?:\S+\s+){1,2}?at\s*(?:rn|right now|now|today|atm)?\s*[?？!.]*\s*$|\bgoing\s+for\b|"
    r"\bwhat'?s\s+(?:a|an|one)\s+\S+\s+go(?:es)?\s+for\b|"
    r"\btrading\s+at\b|\bwhere'?s\s+\S+\s+(?:at|trading)\b|\bwhere\s+is\s+\S+\s+(?:at|trading)\b|"
    r"现在(?:什么|啥|多少)价|(?:什么|啥)价(?:位|格)?\s*[?？]?\s*$|的价格|价格(?:是)?多少|多少钱(?:一个|一枚)?\s*[?？]?\s*$|"
    r"涨了还是跌了|(?:涨|跌)了(?:多少|吗|没)|走势|行情|\bgoing\s+rate\b|"
    r"\b(?:what'?s|how\s+much\s+is)\s+[\d.,]+\s*[A-Za-z]{2,10}\s+in\s+(?:usd|dollars?|bucks|usdt|usdc|rmb|cny|eur)\b",
    re.IGNORECASE,
)
# holding idioms: "diamond hands on sol", "hodl my eth", "拿住", "死拿", "捂着"
_HOLD_IDIOM = re.compile(
    r"\bdiamond[\s-]+hand(?:s|ed|ing)?\b|\bhodl(?:ing)?\b|\bhold(?:ing)?\s+(?:on\s+to|onto|tight)\b|"
    r"\blong[\s-]+term\s+hold\b|\bhang\s+on(?:\s+to|to)\b|\bkeep\s+holding\b|拿住|死拿|捂着|囤|继续拿|长期(?:持有|拿)",
    re.IGNORECASE,
)
#: "do nothing with my portfolio this week", "leave my holdings alone", "这周先别动我的仓位": the decision to keep
#: what is held as it is (never a question of risk: no word of risk is in it)
_DO_NOTHING = re.compile(
    r"\bdo\s+nothing\s+(?:with|to|about)\b|\bleave\s+(?:my|the|our)\s+(?:\w+\s+){0,2}?alone\b|"
    r"\bdon'?t\s+touch\s+(?:my|the|our|anything)\b|\bsit\s+tight\b|按兵不动|"
    r"(?:别|不要|甭|先别|都别)\s*动\s*(?:我的?)?\s*(?:仓位|持仓|币|资产|组合|钱包|仓|的)|"
    r"(?:啥|什么)都(?:别|不要|不)\s*(?:动|做|操作)",
    re.IGNORECASE,
)
#: a payout asked whether it came ("ARB 的空投发了没", "OP 嘅 airdrop 派咗未", "did the staking rewards arrive"): the
#: user's rewards, never the token's price or risk
_PAYOUT_ARRIVED = re.compile(
    r"(?:空投|airdrop|分红|派息|利息|收益|奖励|rewards?|dividends?|payouts?)[^，,。.?？]{0,12}?"
    r"(?:发\s*了\s*(?:没|吗|未)|发没发|到\s*了\s*(?:没|吗|未)|到账|到帐|派\s*(?:咗|左|了)|派\s*未|出\s*了\s*(?:没|吗)|"
    r"\bland(?:ed)?\b|\barriv\w*|\b(?:come|came)\s+in\b|\bhit\s+my\b|\bbeen\s+(?:paid|sent|distributed)\b|"
    r"\bout\s+yet\b)",
    re.IGNORECASE,
)
#: a contract set up for a group ("整个 DAO 俾我哋学会", "help our chess club set up a DAO", "给我们球队搞一个多签"):
#: a contract to write, never a question of risk
_SET_UP_CONTRACT = re.compile(
    r"(?:整|搞|开|建|起|设立|成立|组建|创建)\s*(?:个|一个|一)?\s*(?:DAO|多签|托管合约|众筹合约|智能合约)|"
    r"\b(?:set\s+up|spin\s+up|start|create|launch|form)\s+(?:a|an|our|the)\s+(?:\w+\s+)?(?:dao|multisig|"
    r"multi-sig|escrow)\b",
    re.IGNORECASE,
)
#: a trade verb under a negation: a wished trade so written ("please don't buy 2 eth") is never moved to an order
#: ("if it is not too much trouble" negates no trade)
_NEGATION = re.compile(
    r"\b(?:not|never|don'?t|dont|won'?t|shouldn'?t)\s+(?:\w+\s+){0,2}?(?:buy|purchase|acquire|sell|dump|offload|"
    r"liquidate)\b",
    re.IGNORECASE,
)
#: "hw much eth do i hv", "how many sol have i got": how much the user holds, typed short (never the price of one)
_HOW_MUCH_HELD = re.compile(
    r"\bh(?:o)?w\s+(?:much|many|mch)\s+[A-Za-z]{2,10}\s+(?:do|did|have|hv)\s+(?:i|we|u)\s*"
    r"(?:have|hv|hav|got|own|hold)\b(?!\s+to\b)",
    re.IGNORECASE,
)
#: "what's remaining of my sol", "how much usdc is left", "我的 ETH 还剩多少": what is left of a holding, asked
_WHATS_LEFT = re.compile(
    r"(?:\bwhat'?s\s+(?:remaining|left)|\bwhat\s+(?:is\s+)?(?:remaining|left)|\bwhat\s+remains|"
    r"\bhow\s+much\s+(?:[A-Za-z]{2,10}\s+)?(?:is\s+|do\s+i\s+have\s+|have\s+i\s+got\s+)?(?:left|remaining))"
    r"\b(?!\s+(?:to|for|before|until|till|on)\b)|"
    r"还\s*剩|剩\s*下\s*多少|剩\s*多少",
    re.IGNORECASE,
)
#: "please revert back with my BTC balance", "my usdc bal pls": the user's own balance named (a holding is no advice)
_MY_BALANCE = re.compile(r"\bmy\s+(?:[A-Za-z]{2,10}\s+)?bal(?:ance)?s?\b|我的?\s*[A-Za-z]{0,10}\s*余额", re.IGNORECASE)
#: Singlish and Malaysian "can or not", "boleh tak", "can anot": whether it may be done, asked (no order)
_CAN_OR_NOT = re.compile(r"\bcan\s+or\s+(?:not|cannot)\b|\bcan\s+anot\b|\bboleh\s+(?:tak|ke|x)\b", re.IGNORECASE)
#: a trade the user asks for, however politely ("I should like to purchase 1 ETH, if it is not too much trouble",
#: "kindly acquire 50 LINK"): the head read the courtesy as holding
_WISHED_TRADE = re.compile(
    r"\b(?:i\s*(?:'d|would|should)\s+(?:like|love|want)\s+to|i\s+(?:want|wish|need)\s+to|kindly|please|pls|"
    r"(?:could|can|would)\s+you(?:\s+please)?)\s+(?:\w+\s+){0,2}?"
    r"(?:buy|purchase|acquire|sell|dump|offload|liquidate)\b",
    re.IGNORECASE,
)
# "what is it anyway", "tell me about TON", "what's ARB": a question about what a token is, not its price
_WHAT_IS = re.compile(
    r"^\W*(?:(?:btw|so|ok|okay|hey|quick\s+q(?:uestion)?|newbie\s+q(?:uestion)?|also)\W+)?"
    r"(?:what(?:'s| is)|tell\s+me\s+(?:more\s+)?about|什么是)\s+",
    re.IGNORECASE,
)
#: "what's an AMM?", "what is a liquidity pool": a definition asked with an article (never "what's my balance")
_DEFINE_ARTICLE = re.compile(
    r"\bwhat(?:'s| is)\s+(?:an?\s+|the\s+(?:deal\s+with|point\s+of|difference)\b)|什么是|"
    r"\bexplain\s+like\s+i'?m\s+(?:5|five)\b|\beli5\b",
    re.IGNORECASE,
)
_ELI5 = re.compile(r"\blike\s+i'?m\s+(?:5|five)\b|\beli5\b", re.IGNORECASE)
_PRICE_WORDS = re.compile(
    r"\bprice|\bworth\b|\bcost|\bat\b|\brate\b|\bgo(?:ing|es)?\s+for\b|\btrading\b|\bvalue|\bquote|\bhow\s+much\b|"
    r"\bin\s+(?:usd|dollars?|bucks|usdt|usdc|rmb|cny|eur|euros?)\b|\d|多少钱|价",  # "what's 1 eth in usd"
    re.IGNORECASE,
)


# a message that opens with a verb of selling ("unload 5 SOL please", "offload my link", "get rid of 3 avax")
_SELL_OPENING = re.compile(
    r"^\W*(?:(?:please|pls|plz|kindly|can you|could you|yo)\s+)*"
    r"(?:unload|offload|liquidate|get\s+rid\s+of|cash\s+out)\b",
    re.IGNORECASE,
)


# a message that is nothing but the name of an order ("转账", "transfer", "借钱"): that order, with every slot asked
_BARE_ORDERS = {
    "transfer": r"转账|转钱|打钱|汇款|transfer|send\s+money|send\s+crypto",
    "buy": r"买币|买入|buy\s+crypto",
    "sell": r"卖币|卖出|sell\s+crypto",
    "borrow": r"借钱|借款|借币|borrow|take\s+a\s+loan",
    "repay": r"还款|还钱|repay|pay\s+back\s+(?:my\s+)?loan",
    "deposit": r"存款|存币|质押|deposit|stake",
    "withdraw": r"取款|取币|提币|提现|withdraw|unstake",
}
_BARE_ORDER = re.compile(
    r"^\W*(?:(?:i\s+want\s+to|i\s+wanna|please|pls|我要|我想|帮我)\s*)?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _BARE_ORDERS.items())
    + r")\s*(?:please|pls|吧|一下)?\W*$",
    re.IGNORECASE,
)


# "take out a 3000 usdt loan", "need a loan of 2 eth", "贷款借 1 万": asking for a loan is borrowing
_TAKE_A_LOAN = re.compile(
    r"\btake\s+out\s+(?:a\s+|an\s+)?(?:\S+\s+){0,3}?loan\b|\b(?:get|need|want|take)\s+(?:a\s+)?loan\s+of\b|"
    r"\bon\s+credit\b|\b(?:take|get)\s+(?:a\s+|an\s+)?(?:\S+\s+){0,2}?loan\s+against\b",
    re.IGNORECASE,
)


# "转 U", "帮我转点 ETH", "转些 USDC 吧": 转 and a token, nothing else (a transfer whose amount and payee are asked)
_ZH_SEND_TOKEN = re.compile(
    r"^\W*(?:帮我|请|麻烦|给我)?\s*转(?:账|钱)?\s*(?:点|些|一点|一些|一下)?\s*[A-Za-z]{1,10}\s*(?:吧|呗|一下)?\W*$"
)
# "转 0.1 个 ETH", "帮我转账 500 U": 转 opening the message before its amount
_ZH_SEND_AMOUNT = re.compile(r"^\W*(?:帮我|请|麻烦|给我)?\s*转(?:账|钱)?\s*(?:\d|[一二两三四五六七八九十半])")
# "把 0.1 BTC 转到我另一个钱包", "send it to my other wallet": a transfer to the user's own other address
_TO_OWN_WALLET = re.compile(
    r"(?:转到|转去|转进|转至|打到|发到|提到)\s*(?:我的?)?\s*(?:另一个|另外一个|别的|其他|其它|冷|硬件)?\s*(?:钱包|地址|账户|账号)|"
    r"\bto\s+(?:my\s+)?(?:other|another|second|cold|hardware|ledger|trezor)\s+(?:wallet|address|account)\b",
    re.IGNORECASE,
)
# "i got 3 eth", "i have 2 btc", "I own 40 sol": a statement of holdings opening the message
_I_HAVE = re.compile(
    r"^\W*i(?:'ve|\s+have|\s+already)?\s+(?:got|have|own|hold|am\s+holding)\s+(?:like\s+)?\d|"
    r"^\W*我(?:现在|目前)?(?:手上|手里|钱包里)?(?:有|持有|拿着)\s*(?:\d|[一二两三四五六七八九十半])",
    re.IGNORECASE,
)
# a look-up verb: the message asks to see something, not to act
_LOOK_UP = re.compile(r"查|看看|看下|看一下|\bcheck\b|\bshow\b|\bwhat\b|\bhow\s+much\b|[?？]", re.IGNORECASE)
# "给我爸转 100 U 买菜用", "转给老婆 500 U 让她买咖啡": a transfer whose purpose is a purchase (never a buy)
_GIVE_TRANSFER = re.compile(r"给\s*[^\s，,。]{1,8}?\s*(?:转|打|汇|发)(?!换)|(?:转|打|汇|发)给")
_PURPOSE_BUY = re.compile(
    r"买[^\s，,。]{1,6}?用|用来买|拿去买|(?:让|给)(?:他|她|它|ta)\s*买|买[^\s，,。]{0,6}的钱|\bto\s+buy\b|\bfor\s+buying\b",
    re.IGNORECASE,
)


#: "how much is 1 sol", "hw much for one eth", "一个 ETH 多少钱": the price of one unit, never an order of one
_PRICE_OF_ONE = re.compile(
    r"\bh(?:o)?w\s+much\s+(?:is|are|for|does)\s+(?:1|one|a|an)\s+[A-Za-z]{2,10}\b(?:\s+(?:cost|go\s+for))?\s*[?？!.]*\s*$|"
    r"(?:^|[，,\s])(?:1|一)\s*(?:个|枚)\s*[A-Za-z\u4e00-\u9fff]{2,10}\s*(?:现在)?(?:多少钱|什么价|啥价)",
    re.IGNORECASE,
)


#: the words that carry a transfer: without one (and without a payee) a message is no transfer
_TRANSFER_WORDS = re.compile(
    r"\b(?:send|sent|transfer|wire|pay|paid|tip|remit|give|gift|forward|move|snd|xfer)\b|→|->|转|打给|打款|汇|发给|给|付给",
    re.IGNORECASE,
)
#: "put maybe 1000 of that into ETH", "invest some of it in sol": money put into a token
_PUT_INTO = re.compile(r"\b(?:put|throw|invest|spend|park|drop)\b.{0,40}?\b(?:into|in|on)\s+(?:some\s+)?\S", re.I)


# the verbs of each side of a trade, both languages (and Cantonese 沽): which side the user takes is in the verb
_SELL_VERB = re.compile(
    r"\b(?:sell|sells|selling|sold|dump|dumping|offload|unload|liquidat\w*|cash(?:ing)?\s+out|get\s+rid\s+of|"
    r"take\s+profits?)\b|卖|賣|抛|拋|沽|出掉|出货|出貨|割肉|割了|清仓|清倉|套现|套現|变现|變現|止盈|止损",
    re.IGNORECASE,
)
_BUY_VERB = re.compile(
    r"\b(?:buy|buys|buying|bought|byu|purcha[sc]\w*|acqui(?:re|res|ring|sition)|scoop|grab|ape\s+in(?:to)?|"
    r"pick\s+up|load\s+up\s+on|stack)\b|买|買|入手|购入|购买|購買|抄底|上车|上車|建仓|建倉|加仓|加倉|扫货|"
    r"(?<![冲衝])[冲衝](?!突|动|動|击|擊|浪|凉|涼|洗|走)",
    re.IGNORECASE,
)
#: "paying with eth", "using my usdc", "with 500 usdt": the side spent, in English
_SPEND_EN = re.compile(
    r"\b(?:pay|paying|paid)\s+(?:with|in|using)\b|\busing\s+(?:my\s+)?\S+\s+to\s+(?:buy|get)\b", re.I
)
#: "side=buy", "action: sell": the side of an order written as a field
_SIDE_FIELD = re.compile(r"\b(?:side|action|order|type|op)\s*[:=]\s*(?P<side>buy|sell)\b", re.IGNORECASE)
#: "witdraw 40 link", "withdrw", "widthdraw": a withdrawal misspelt (the head reads the unknown word as anything)
_WITHDRAW_TYPO = re.compile(r"\bw(?:i|e)?d?t?h?d(?:r|er)a?w(?:a?l|s|n|ing)?\b|\bwith?raw(?:al|s|ing)?\b", re.I)
#: "提 5 个 SOL", "提晒 ETH" (Cantonese: all of it), "取出全部 USDC": 提 or 取 opening the order, with its amount or
#: a word of the whole, is money taken out (never 提醒, 提供, 取消: no amount follows them)
_ZH_TAKE_OUT = re.compile(
    r"^\W*(?:帮我|幫我|请|請|麻烦|麻煩|我要|我想|要)?\s*(?:提|取)\s*(?:出|走|回|现|現)?\s*(?!一下)"
    r"(?:晒|光|全部|所有|\d|[一二两兩三四五六七八九十半几幾])"
)
#: "pull my sol out, like 12 of them", "take my eth out": money taken out (never "take out a loan", "get out of eth")
_PULL_OUT = re.compile(
    r"\b(?:pull|take|get|bring)\s+(?:(?!out\b)\S+\s+){1,3}?out\b(?!\s+(?:of|a|an|loan)\b)|"
    r"\b(?:pull|take)\s+out\s+(?:my|the|all|some)\b",
    re.IGNORECASE,
)
#: "draw up a loan agreement", "deploy a lending contract": a contract about a loan, not a loan
_LOAN_CONTRACT = re.compile(
    r"\b(?:loan|lending|borrowing|credit)\s+(?:agreement|contract)s?\b|(?:借贷|贷款|借款)(?:合约|合同|协议)",
    re.IGNORECASE,
)
#: Cantonese and traditional price questions: "AVAX 而家幾錢", "比特幣幾多錢", "ETH 價錢"
_PRICE_ZH_HANT = re.compile(r"幾錢|几钱|幾多錢|几多钱|價錢|價格|報價|行情點|而家.{0,4}(?:幾|几)")


#: a trade told, not ordered: a past one ("the eth i bought in may", "2026年1月5号买的 ETH", "上次卖掉的 SOL"), the
#: words that say what the user holds, whose verb is no side of the order in the same message
_TRADE_TOLD = re.compile(
    r"\b(?:i|we)\s+(?:already\s+|just\s+)?(?:bought|sold|purchased)\b|"
    r"(?:买|買|卖|賣|购买|购入|入手|抄底)(?:入|来|回|掉|了)?的(?!话|話)",
    re.IGNORECASE,
)


def _side(text: str) -> str | None:
    """The side of a trade that the words take: ``buy`` / ``sell`` by the documented convention, or None.

    A swap between a stablecoin and another token takes the side of the other token (stablecoin given: ``buy``;
    stablecoin received: ``sell``); a swap of two other tokens ("swap 3 eth for sol", "把 ETH 换成 SOL") sells the
    first; otherwise the verbs decide when all of them are of one side ("抛 500 个 UNI", "冲两万U的 WIF")."""
    from ledgerlm.language.slots import swap_direction
    from ledgerlm.language.tokens import is_stablecoin

    field = _SIDE_FIELD.search(text)
    if field is not None:
        return field.group("side").lower()
    if _SPEND_MARKED.search(text) or _SPEND_EN.search(text):
        return "buy"  # "拿 0.8 个 ETH 换 LINK", "purchase 12 AAVE, paying with eth": the spent side is marked
    told = _TRADE_TOLD.sub(lambda m: " " * len(m.group(0)), text)  # "1月5号买的 ETH 现在要卖": the past buy is told
    sells, buys = _SELL_VERB.search(told), _BUY_VERB.search(told)
    if sells or buys:
        return None if sells and buys else "sell" if sells else "buy"
    direction = swap_direction(text)  # a bare swap: "swap 600 usdt into eth", "swap 3 eth for sol"
    if direction is None:
        return None
    given, got = (is_stablecoin(s) for s in direction)
    if given and not got:
        return "buy"  # out of a stablecoin: the other token is bought
    if not given and not got:
        return "sell"  # two tokens: "swap X for Y" / "把 X 换成 Y" sells X
    # into a stablecoin ("convert 2 ETH into USDC"): the sale of X and the purchase of the stablecoin with X are one
    # and the same trade (both readings carry the two tokens and the figure), so the head's reading stands
    return None


def asks_about_risk(text: str) -> bool:
    """``text`` uses a word of risk ("rug", "safe", "liquidated", "风险", "归零")."""
    return bool(_RISK_WORDS.search(text))


#: "by 3 sol", "buuy 2 eth", "bye 1 btc": a typed buy at the start of the message, before its amount
_BUY_TYPO = re.compile(
    r"^\W*(?:pls\s+|please\s+)?(?:by|bye|buuy|buyy|bui|buey)\s+(?:\d|\.\d|some\b|a\s+(?:few|bit)\b)", re.I
)
#: a payout named ("派息", "分红", "staking rewards", "dividends"): the user's rewards, not the token's price
_PAYOUT = re.compile(
    r"派息|分红|股息|利息|质押收益|挖矿收益|空投奖励|\bstaking\s+(?:rewards?|yield|income)\b|\brewards?\b|"
    r"\bdividends?\b|\bpayouts?\b|\binterest\b(?!\s+rates?)",
    re.IGNORECASE,
)
#: Malaysian chat's order verbs ("tolong jual 200 ADA", "beli 2 ETH lah", "bayar balik 100 USDC", "tarik 50 USDC dari
#: pool", "kirim 100 USDT ke Ahmad"): the first one written names the order
_MALAY_ORDER = re.compile(
    r"\b(?:(?P<sell>jual)|(?P<buy>beli|membeli)|(?P<repay>bayar\s+(?:balik|semula)|langsaikan)|"
    r"(?P<withdraw>tarik|keluarkan)|(?P<borrow>pinjam)|(?P<deposit>simpan)|(?P<transfer>kirim|hantar|pindahkan))\b",
    re.IGNORECASE,
)
#: an English order verb beside a Malay one: the English one decides ("beli 10 LINK lah boss" is a buy even when
#: the classifier leans to sell; "sell 10 LINK, jual je" stays a sell)
_ENGLISH_ORDER = re.compile(r"\b(?:sell|buy|dump|purchase|offload|cash\s+out|買|买|卖|賣)\b", re.IGNORECASE)
#: the English verbs of the other orders: beside a Malay verb, the English one decides ("Saya nak deposit 300 USDT")
_ENGLISH_MONEY_VERB = re.compile(
    r"\b(?:send|transfer|deposit|stake|unstake|withdraw|borrow|repay|pay\s+back|swap)\b", re.IGNORECASE
)
#: "Saldo ARB saya berapa?", "baki USDT saya": the Malay words of a balance
_MALAY_BALANCE = re.compile(r"\b(?:saldo|baki)\b", re.IGNORECASE)
#: a verb of claiming a payout ("claim", "collect", "harvest", "领取", "领", "收"): what is earned, taken
_CLAIM = re.compile(r"\b(?:claim|collect|harvest)\b|领取|領取|领|領|收取|收", re.IGNORECASE)
#: "can i borrow without collateral?", "can you stake before kyc?": whether it can be done at all, asked
_CAN_AT_ALL = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we|you|one|u)\b[^.?!]*\b(?:without|before|while|unless|instead\s+of|if\s+i\s+don'?t)\b"
    r"|\bis\s+it\s+possible\s+to\b|\bam\s+i\s+able\s+to\b|能不能不|可以不用|不用抵押|无抵押",
    re.IGNORECASE,
)
#: "what happens to my staked eth if ...", "会怎样": what follows an event, asked (knowledge, no risk score)
_WHAT_HAPPENS = re.compile(r"\bwhat\s+(?:happens|would\s+happen|will\s+happen)\b|会怎样|会怎么样|会发生什么", re.I)


#: "why is my transfer so slow", "點解我啲轉賬咁慢": a why-question about what happened, no risk asked
_WHY = re.compile(r"\bwhy\b|点解|點解|为什么|為什麼|为啥|為啥|怎么这么|怎麼這麼", re.IGNORECASE)
#: the verbs that ask for a contract already there to be explained ("break down", "walk me through", "讲解")
_EXPLAIN_VERB = re.compile(
    r"\b(?:break\s+down|walk\s+(?:me|us)\s+through|explain|go\s+(?:over|through)|summari[sz]e)\b|"
    r"解释|解釋|讲解|講解|说明|說明",
    re.IGNORECASE,
)
#: the verbs that ask for a contract to be made ("create", "deploy", "set up", "整个", "部署")
_CREATE_VERB = re.compile(
    r"\b(?:create|make|deploy|set\s+up|build|launch|write|draft|generate|spin\s+up|start|issue|mint)\b|"
    r"创建|創建|部署|建立|搞|整|开|開|发行|發行|生成",
    re.IGNORECASE,
)
#: a message opening with the set-up of a contract ("set up an escrow with the venue for 2000 USDC", "please create
#: a multisig for ..."): the figures in it are the contract's terms, no order of their own
_SETUP_OPENING = re.compile(
    r"^\W*(?:(?:please|pls|kindly|can\s+you|could\s+you|help\s+(?:me|us)|i\s+want\s+to|i'?d\s+like\s+to|"
    r"we\s+need\s+to|let'?s)\s+)*"
    r"(?:set\s+up|create|deploy|draft|spin\s+up|make)\s+(?:me\s+|us\s+)?(?:a|an|our|the)\s+(?:\w+\s+)?"
    r"(?:escrow|multisig|multi-sig|dao|splitter|payment\s+splitter|vesting|crowdfund\w*)\b",
    re.IGNORECASE,
)


#: the things a contract request names beyond the domain's words ("a royalty splitter", "a payroll", "a crowdfund")
_CONTRACT_NOUN = re.compile(
    r"\b(?:splitter|split\w*|royalt\w*|crowdfund\w*|fundrais\w*|treasury|payroll|allowlist|whitelist|lottery|"
    r"raffle|timelock|subscription|bounty|grant)\b",
    re.IGNORECASE,
)


def _contract_safety_asked(text: str) -> bool:
    """A question whether a contract is safe ("这个合约安全吗", "is this escrow safe?"), with no verb asking what it
    does."""
    if not _RISK_WORDS.search(text) or not _QUESTION_FORM.search(text) or _DEFINITION.search(text):
        return False
    return not _EXPLAIN_VERB.search(text)


def _nothing_to_handle(intent: str, confidence: float, text: str) -> bool:
    """A contract request or an explanation with no word of the domain, no token and no address: nothing to make or
    explain is named ("book a truck for Monday delivery"). An explanation asked with its verb ("explain this approve
    I signed") or read with confidence keeps its reading: what it points at may be any word."""
    if intent == "explain" and (confidence >= 0.5 or _EXPLAIN_VERB.search(text)):
        return False
    if intent not in ("create_contract", "explain") or _DOMAIN.search(text) or _CONTRACT_NOUN.search(text):
        return False
    if intent == "create_contract" and _CREATE_VERB.search(text):
        return False  # "can you draft a royalty splitter for the band": something is to be made
    from ledgerlm.language.slots import chat_tokens

    return not re.search(r"0[xX][0-9a-fA-F]{6}", text) and not chat_tokens(text)


def reconsider(intent: str, confidence: float, text: str) -> str:
    """The intent after the sentence-level rules (``intent`` itself when none applies)."""
    if intent == "risk" and not _RISK_WORDS.search(text):
        from ledgerlm.assistant.intents.spec import how_to_do

        if how_to_do(text) or _WHAT_HAPPENS.search(text) or _WHY.search(text):
            return "info"  # "what's the process of staking 10 sol", "點解我啲轉賬咁慢": no risk asked
    if intent == "explain" and _contract_safety_asked(text):
        return "risk"  # "这个合约安全吗", "is this escrow safe?": whether it is safe, not what it does
    if _nothing_to_handle(intent, confidence, text):
        return "other"  # "book a truck for Monday delivery", "order #88213 hasn't arrived"
    if intent == "create_contract" and _EXPLAIN_VERB.search(text) and not _CREATE_VERB.search(text):
        return "explain"  # "break down the DAO contract's voting rules for me": a contract there already
    if intent in _ORDERS and _SETUP_OPENING.match(text):
        return "create_contract"  # "set up an escrow with the venue for 2000 USDC": the sum is the contract's
    if intent == "sell" and _BUY_TYPO.match(text) and not _SELL_VERB.search(text):
        return "buy"  # "by 3 sol": a buy typed without its "u"
    malay = _malay_order(intent, text)
    if malay is not None:
        return malay  # "tolong jual 200 ADA saya", "Bayar balik 100 USDC": Malay's order verb, with an amount
    if intent == "withdraw" and _CLAIM.search(text) and _PAYOUT.search(text):
        return "dividend"  # "领取我的 DAI 利息": the interest claimed is a payout, no deposit taken out
    if intent in ("price", "hold", "other") and _PAYOUT.search(text) and not _PRICE_WORDS.search(text):
        return "dividend"  # "USDC 派息到了没": the payout asked about, not the price
    if intent in _ORDERS and _CAN_AT_ALL.search(text) and not _has_amount(text):
        return "info"  # "can I borrow without collateral?": whether it can be done, no order
    if intent in _ORDERS and _WHY.search(text) and not _has_amount(text):
        return "info"  # "why is my withdrawal still pending", "點解我啲提款咁慢": a question, no order
    put = _PUT_INTO.search(text) if intent == "transfer" and not _TRANSFER_WORDS.search(text) else None
    if put is not None:
        from ledgerlm.language.slots import recipient_of

        if not recipient_of(text) and not _POOL_WORDS.search(text, put.end() - 1):
            return "buy"  # "could you put maybe 1000 of that into ETH": no verb of sending, no payee
    if intent in ("buy", "sell", "info", "other", "hold") and _PRICE_OF_ONE.search(text) and _names_token(text):
        return "price"  # "b4 i buy, hw much is 1 sol": the price of one, asked before an order
    if intent == "buy" and _GIVE_TRANSFER.search(text) and _PURPOSE_BUY.search(text):
        return "transfer"  # the purchase is what the recipient does with the money
    if intent in ("buy", "sell", "deposit") and _ZH_SEND_AMOUNT.match(text) and not re.search(r"换|兑|成", text):
        return "transfer"  # "转 0.1 个 ETH": a transfer whose recipient is asked
    if intent in ("sell", "deposit", "buy", "withdraw") and _TO_OWN_WALLET.search(text):
        return "transfer"  # "把 0.1 BTC 转到我另一个钱包": moved to an address the assistant will ask for
    if intent in ("buy", "sell") and _I_HAVE.match(text):
        return "hold"  # "i got 3 eth": what the user holds, told, not an order to buy it
    if intent in ("deposit", "withdraw", "buy", "other") and _TAKE_A_LOAN.search(text):
        return "borrow"  # "take out 3000 usdt loan with btc collateral" (never "pay back my loan": repay)
    if (
        intent in ("other", "info", "balance", "price", "buy", "sell")
        and _ZH_SEND_TOKEN.match(text)
        and _names_token(text)
    ):
        return "transfer"  # "转 U", "帮我转点 ETH": the verb of sending and a token, the rest asked
    bare = _BARE_ORDER.match(text) if intent in ("other", "info") else None
    if bare is not None and bare.lastgroup:
        return bare.lastgroup  # "转账": the order named, its token, amount and recipient asked
    if intent == "buy" and _SELL_OPENING.search(text) and not _spends_into(text):
        return "sell"
    price_idiom = _PRICE_IDIOM.search(text) and not _MY_HOLDING_WORTH.search(text)
    asked = intent == "buy" and _LOOK_UP.search(text) and not _has_amount(text)  # "帮我查下 SOL 的价格"
    if (intent in ("hold", "other", "info", "explain", "balance") or asked) and price_idiom and _names_token(text):
        return "price"  # "帮我看看 ETH 多少钱" (never "我的 ETH 值多少钱": the user's holding)
    if intent in ("buy", "sell", "other") and _HOLD_IDIOM.search(text) and not _has_amount(text):
        return "hold"
    moved = _moved_by_phrase(intent, text)
    if moved is not None:
        return moved
    what_is = _WHAT_IS.search(text) and not _PRICE_WORDS.search(text)
    if what_is and (intent == "price" or (intent == "other" and _names_token(text))):
        return "info"  # "what is it anyway", "tell me about TON"
    defined = _DEFINE_ARTICLE.search(text) and not _PRICE_WORDS.search(_ELI5.sub(" ", text))
    defined = defined and not _has_amount(_ELI5.sub(" ", text))
    if (
        defined
        and intent in ("hold", "explain")
        and not re.search(
            r"0[xX][0-9a-fA-F]{6}|合约|\bcontract|\btx\b|"
            r"\btransaction|\bdeploy|交易|部署",
            text,
            re.I,
        )
    ):
        return "info"  # "btw what's an AMM? keep it short" ("keep" is no holding), "explain like i'm 5"
    no_order = intent in ("info", "other", "create_contract") or not _has_amount(text)  # "explain deployment 7"
    if intent != "explain" and _WHAT_DOES_IT_DO.search(text) and no_order:
        return "explain"  # "can u explain tx 0x5c50...": read as a transfer by the head, an explanation asked
    if intent in ("repay", "sell", "deposit") and _PAY_PERSON_BACK.search(text):
        return "transfer"
    if intent == "sell" and _SPEND_MARKED.search(text) and _spends_into(text):
        return "buy"
    if intent in ("withdraw", "deposit", "transfer") and _sells_own_token(text):
        return "sell"
    if intent == "sell" and _NEGATED_SELL.search(text):
        return "hold"
    if intent == "deposit" and _OUT_OF.search(text):
        return "withdraw"
    if intent in ("sell", "deposit", "transfer") and _FROM_PLACE.search(text) and not _OUT_OF_MY_TOKEN.search(text):
        from ledgerlm.language.slots import recipient_of

        if intent != "transfer" or not recipient_of(text):
            return "withdraw"
    if intent == "price" and _MY_HOLDING_WORTH.search(text):
        return "balance"  # "what's my eth worth in dollars": the value of the user's own holding
    if intent == "buy" and _INTO_PLACE.search(text) and not _spends_into(text):
        return "deposit"  # "put half a btc into compound": money put in a place, not spent on a token
    if intent in ("deposit", "transfer") and not _POOL_WORDS.search(text) and _spends_into_token(text):
        return "buy"
    if intent in ("buy", "sell", "deposit") and confidence < 0.75 and _TRANSFER_OPENING.search(text):
        from ledgerlm.language.slots import recipient_of, swap_direction

        if swap_direction(text) is None and recipient_of(text):
            return "transfer"
    asks_risk = _RISK_WORDS.search(text) and _QUESTION_FORM.search(text) and not _DEFINITION.search(text)
    if intent in ("buy", "sell") and asks_risk and _names_token(text) and not _has_amount(text):
        return "risk"  # "could i get rugged on pepe": no order, a question about what could go wrong
    risky = intent in ("info", "explain", "other", "price", "hold") and _RISK_WORDS.search(text)
    if risky and not _DEFINITION.search(text) and (_names_token(text) or _NAMED_COIN.search(text)):
        return "risk"  # "is trump coin a scam": a token by a name the list lacks (the token itself is asked)
    return _trade_side(intent, confidence, text) or intent


#: the readings a Malay order verb may replace: every order and the questions an unsure head guesses
_MALAY_MOVABLE = frozenset(
    {"hold", "other", "info", "price", "balance", "risk", "buy", "sell", "transfer", "deposit", "withdraw", "borrow",
     "repay"}
)  # fmt: skip


def _malay_order(intent: str, text: str) -> str | None:
    """The order a Malay verb names (the first one written) with an amount and a token, or balance for "saldo" /
    "baki" asked without an amount; None when an English verb stands beside it (the English one decides) or when a
    Malay sell and buy both stand (a swap: the head's reading stays)."""
    if intent not in _MALAY_MOVABLE or _ENGLISH_MONEY_VERB.search(text):
        return None
    if intent in ("hold", "other", "info", "price", "risk") and _MALAY_BALANCE.search(text):
        return "balance" if not _has_amount(text) and _names_token(text) else None
    m = _MALAY_ORDER.search(text)
    if m is None or m.lastgroup is None or not _has_amount(text) or not _names_token(text):
        return None
    verbs = {next(k for k, v in hit.groupdict().items() if v) for hit in _MALAY_ORDER.finditer(text)}
    if intent in ("sell", "buy") and (_ENGLISH_ORDER.search(text) or {"sell", "buy"} <= verbs):
        return None  # the order verb is English, or both Malay verbs stand: the first reading stays
    return m.lastgroup


#: the readings the head gives a decision to do nothing ("do nothing with my portfolio" read as risk, "leave my coins
#: alone" as dividend); never price or balance, which a question beside it asks ("don't touch my eth, btc price?")
_DO_NOTHING_MISREAD = frozenset({"risk", "info", "other", "buy", "sell", "explain", "dividend"})


def _moved_by_phrase(intent: str, text: str) -> str | None:
    """The intent a set phrase names where the head, unsure, read a neighbour (None when no phrase applies)."""
    return _decided_phrase(intent, text) or _holding_asked(intent, text) or _polite_order(intent, text)


def _decided_phrase(intent: str, text: str) -> str | None:
    """A decision to do nothing (hold), a payout asked whether it came (dividend), a contract set up for a group
    (create_contract); a word of risk keeps a risk reading."""
    from ledgerlm.assistant.intents.corrections import ORDER_VERB

    calm = _RISK_WORDS.search(text) is None  # no word of risk: a risk reading is the head's guess
    still = _DO_NOTHING.search(text) if intent in _DO_NOTHING_MISREAD and not _has_amount(text) else None
    if calm and still is not None and not ORDER_VERB.search(_DO_NOTHING.sub(" ", text)):
        return "hold"  # "do nothing with my portfolio this week" (never "don't touch my eth, sell the btc")
    if calm and intent in ("price", "hold", "other", "risk", "info", "balance") and _PAYOUT_ARRIVED.search(text):
        return "dividend"  # "OP 嘅 airdrop 派咗未" (read as holding OP)
    setup = calm and _SET_UP_CONTRACT.search(text) is not None and not _DEFINITION.search(text)
    if setup and intent in ("risk", "info", "other", "hold"):
        return "create_contract"  # "整个 DAO 俾我哋学会" (read as a risk question)
    return None


def _holding_asked(intent: str, text: str) -> str | None:
    """A question about the user's own holding (balance) or whether an order may be done at all (info), asked
    without an amount: "hw much eth do i hv", "what's remaining of my sol", "can or not buy btc lah"."""
    if _has_amount(text):
        return None
    if intent in ("price", "info", "other", "hold") and _HOW_MUCH_HELD.search(text):
        return "balance"  # "hw much eth do i hv" (read as its price)
    if intent in ("risk", "info", "other", "hold", "price") and _WHATS_LEFT.search(text):
        return "balance"  # "tell me what's remaining of my sol" (read as a risk question)
    if intent in ("hold", "other") and _MY_BALANCE.search(text):
        return "balance"  # "please revert back with my BTC balance" (read as holding BTC)
    if intent in _ORDERS | {"hold"} and _CAN_OR_NOT.search(text):
        return "info"  # "can or not buy btc lah": whether it can be done, asked
    return None


def _polite_order(intent: str, text: str) -> str | None:
    """A trade asked for in a letter's courtesy ("I should like to purchase 1 ETH, if it is not too much trouble"),
    read as holding by the head: its side, when the trade verb is not negated and an amount and a token are
    written."""
    if intent != "hold" or not _WISHED_TRADE.search(text) or _NEGATION.search(text):
        return None
    if not _has_amount(text) or not _names_token(text) or _I_HAVE.match(text):
        return None
    return _side(text)


def _spends_into_token(text: str) -> bool:
    """Money in a stablecoin put into another token ("put 1k usdt into arb", "spend 750 usdc on link")."""
    from ledgerlm.language.slots import swap_direction
    from ledgerlm.language.tokens import is_stablecoin

    direction = swap_direction(text)
    return direction is not None and is_stablecoin(direction[0]) and not is_stablecoin(direction[1])


def _has_amount(text: str) -> bool:
    from ledgerlm.language.numbers import find_numbers

    try:  # the digits of an address or a transaction hash are no amount
        return any(not n.percent for n in find_numbers(re.sub(r"0[xX][0-9a-fA-F]+", " ", text)))
    except Exception:  # noqa: BLE001 - an unreadable number: treated as an amount (no rule moves the order)
        return True


def _spends_into(text: str) -> bool:
    """The swap reading of ``text`` names two different tokens (given, acquired)."""
    from ledgerlm.language.slots import swap_direction

    return swap_direction(text) is not None


def _sells_own_token(text: str) -> bool:
    """A stablecoin sum to be taken "out of my <token>" (not out of a pool or an account): a sale of that token."""
    from ledgerlm.language.tokens import find_tokens, is_stablecoin

    m = _OUT_OF_MY_TOKEN.search(text)
    if m is None:
        return False
    tokens = find_tokens(text, colloquial=True)
    source = [t for t in tokens if t.start == m.start("tok") and t.known and not is_stablecoin(t.symbol)]
    if not source or source[0].symbol in ("AAVE", "CRV", "MKR", "LDO"):  # protocols named like their token
        return False
    return any(is_stablecoin(t.symbol) and t.end <= m.start() for t in tokens)


#: a coin by its own name, listed or not ("froggo coin", "trump token", "狗狗币"); never "a/this/scam/meme coin"
_NAMED_COIN = re.compile(
    r"\b(?!(?:a|an|the|this|that|which|what|any|some|my|your|scam|meme|new|stable|shit|alt|each|every)\b)"
    r"[A-Za-z][\w\-]{1,20}\s+(?:coin|token)s?\b|[\u4e00-\u9fff]{2,4}(?<![这那哪该此某])币",
    re.IGNORECASE,
)


def _names_token(text: str) -> bool:
    from ledgerlm.language.tokens import find_tokens

    return any(t.known or t.text.isupper() for t in find_tokens(text, colloquial=True))


#: the words of this domain beyond the intents' own cues: a message with none of them, no token, no address and no
#: sum of money is out of scope, whatever the unsure head guessed ("can u book me a table for 2 at 7pm" is no loan)
_DOMAIN = re.compile(
    r"\b(?:crypto\w*|coins?|tokens?|wallets?|swap\w*|trad\w+|claim\w*|stak\w+|lend\w*|loans?|debt|owe|"
    r"collateral|leverage|margin|defi|nfts?|dao|gas|fees?|chain\w*|blocks?|address\w*|contracts?|escrow|multisig|"
    r"airdrop\w*|bridg\w+|rewards?|apy|apr|pool|vault|liquidity|exchange|funds?|money|cash|bucks?|dollars?|usd|"
    r"transfer\w*|send\w*|pay\w*|invest\w*|portfolio|position|market|pump|dump|moon|hodl|rug\w*|scam\w*|"
    r"vest\w*|cliff|unlock\w*|mint\w*|supply|owners?|signers?|vot\w+|governance|proposals?|deploy\w*|approv\w*|permits?)\b|"
    r"多签|托管|众筹|锁仓|解锁|归属|发行|代币|分账|投票|治理|提案|部署|铸造|总量|"
    r"\$|币|钱|链|合约|交易|挖矿|空投|钱包|地址|资产|仓|涨|跌|收益|利息|借|贷|还|存|取|提|抵押|质押|转|买|卖|(?<![A-Za-z])(?-i:U)(?![A-Za-z]|\s*(?:盘|盾|型|形|字))",
    re.IGNORECASE,
)


_ORDERS = frozenset({"buy", "sell", "transfer", "deposit", "withdraw", "borrow", "repay"})


def _out_of_scope(intent: str, confidence: float, text: str) -> bool:
    """An unsure order (money moved) without a single word of the domain (see ``_DOMAIN``). Questions are left
    alone: "wat if sol crash" names its token in a word ("sol") the strict token reading does not take."""
    if intent not in _ORDERS or confidence >= 0.5 or _DOMAIN.search(text):
        return False
    from ledgerlm.assistant.intents import spec
    from ledgerlm.language.slots import chat_tokens

    if spec.cue_match(text, list(spec.all_specs().values())) is not None:
        return False
    return not chat_tokens(text) and not re.search(r"0[xX][0-9a-fA-F]{6}", text)


def _trade_side(intent: str, confidence: float, text: str) -> str | None:
    """The order the words of a trade, a withdrawal or a loan contract name where the head read another one (or
    ``other`` for a message with no word of the domain)."""
    if _out_of_scope(intent, confidence, text):
        return "other"
    if _LOAN_CONTRACT.search(text) and intent in ("borrow", "repay", "deposit", "other"):
        return "create_contract"  # "draw up a loan agreement on the blockchain": a contract to write
    field = _SIDE_FIELD.search(text)
    if field is not None and intent not in ("info", "risk"):
        return field.group("side").lower()  # "order: side=buy token=OP amt=75 pay=DAI"
    taken_out = _WITHDRAW_TYPO.search(text) or _PULL_OUT.search(text) or _ZH_TAKE_OUT.search(text)
    if (
        intent in ("sell", "buy", "deposit")
        and taken_out
        and not _SELL_VERB.search(text)
        and not _BUY_VERB.search(text)
    ):
        return "withdraw"  # "witdraw 40 link", "pull my sol out, like 12 of them"
    if intent in ("buy", "sell") and not _has_amount(text) and _PRICE_ZH_HANT.search(text) and _names_token(text):
        return "price"  # "AVAX 而家幾錢": how much it costs now
    trade_words = _SELL_VERB.search(text) or _BUY_VERB.search(text)
    if intent in ("buy", "sell", "deposit") and confidence < 0.75 and not trade_words:
        from ledgerlm.language.slots import recipient_of, swap_direction

        rec = recipient_of(text) if _has_amount(text) and swap_direction(text) is None else None
        paid_to = rec is not None and re.search(r"(?:\bto\s+(?:my\s+)?|给\s*)" + re.escape(rec), text, re.I)
        if paid_to and not _POOL_WORDS.search(text):
            return "transfer"  # "1k usdt to rico pls": a sum and a payee, no verb of trading
    if intent in ("buy", "sell"):
        side = _side(text)
        if side is not None and side != intent and not _NEGATED_SELL.search(text):
            return side  # "抛 500 个 UNI" read as a buy, "冲两万U的 WIF" read as a sale
        return None
    # the head unsure between orders and a trade verb on a token with an amount: "the client requests the acquisition
    # of 1,000 MATIC against USDT", "I would like to purchase ... two hundred LINK tokens"
    if confidence < 0.5 and intent in ("hold", "withdraw", "deposit", "transfer", "other", "balance"):
        from ledgerlm.language.slots import recipient_of

        side = _side(text)
        spoken = side is not None and (_SELL_VERB.search(text) or _BUY_VERB.search(text))
        ordered = spoken and _has_amount(text) and _names_token(text) and not _QUESTION_FORM.search(text)
        if ordered and not recipient_of(text) and not _POOL_WORDS.search(text):
            return side
    return None
