"""Traditional characters and Cantonese, read as the simplified Mandarin the head and the rules were written for.

Why: the training data, the cue words and the sentence rules are simplified Chinese; "給我媽轉 100 USDT" (traditional)
read as a loan and "幫我將 2 粒 ETH 換做 USDT" (Cantonese) as a deposit, although every word has a simplified twin the
head knows. Chinese and English are equal, and so are the scripts and the dialects of Chinese.

``simplified`` maps character for character (and a few Cantonese words to Mandarin words of the same length), so
every offset still points at the user's own words: a slot's evidence and a recipient's name are taken back from
the text as written (``阿強`` stays ``阿強``).
"""

from __future__ import annotations

__all__ = ["simplified"]

#: traditional -> simplified, one character each (the characters of requests, numbers, kin words and common names)
_PAIRS = (
    "給给轉转買买賣卖幣币錢钱幫帮將将換换帳账戶户額额餘余價价還还貸贷質质領领獎奖勵励險险約约個个這这麼么點点樣样嗎吗"
    "媽妈們们發发匯汇現现幾几為为開开關关實实協协議议儲储紅红穩稳資资產产請请問问說说話话謝谢煩烦報报漲涨專专業业與与"
    "對对會会從从來来裡里裏里後后總总數数萬万億亿兩两單单號号碼码錯错帶带進进運运過过邊边讓让認认識识讀读寫写創创鏈链"
    "礦矿場场區区塊块網网絡络務务處处費费詢询東东長长風风虧亏損损賺赚倉仓盤盘確确頭头條条種种類类應应該该麗丽華华偉伟"
    "強强國国陳陈張张劉刘趙赵黃黄楊杨吳吴鄭郑馬马羅罗鄧邓葉叶蘇苏盧卢蔣蒋韓韩馮冯孫孙歐欧鐵铁門门間间時时鐘钟歲岁週周"
    "滿满夠够沒没親亲愛爱兒儿爺爷婦妇銀银贖赎撥拨剩剩餵喂嗎吗麼么麵面廳厅傳传償偿權权積积設设鎖锁誰谁"
    # Cantonese words of one character, as their Mandarin twins: 俾/畀 give (to), 啲 some, 咗 done, 嘅 of, 係 is,
    # 冇 have not, 唔 not, 佢 he/she, 喺 at, 嚟 come, 睇 look, 搵/揾 find, 沽 sell, 粒 (a measure word for coins)
    "俾给畀给啲些咗了嘅的係是冇没唔不佢他喺在嚟来睇看搵找揾找沽卖粒个"
)
_TABLE = {ord(a): b for a, b in zip(_PAIRS[0::2], _PAIRS[1::2], strict=True)}
#: Cantonese words of two characters, as Mandarin words of two (read before the characters)
_WORDS = {
    "幾多": "多少",
    "几多": "多少",
    "點樣": "怎样",
    "点样": "怎样",
    "而家": "现在",
    "乜嘢": "什么",
    "換做": "换成",
    "邊個": "哪个",
    "幾錢": "价格",  # "BTC 幾錢": how much (money), i.e. its price
    "几钱": "价格",
    "睇下": "看下",
    "沽晒": "卖光",  # 晒 after a verb: all of it
    "賣晒": "卖光",
    "卖晒": "卖光",
    "攞返": "取回",  # take back (out of a pool)
    "攞番": "取回",
}


def simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length (offsets unchanged)."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text
    for word, twin in _WORDS.items():
        text = text.replace(word, twin)
    return text.translate(_TABLE)
