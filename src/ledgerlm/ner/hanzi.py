"""Traditional to simplified Chinese, one character for one character, so offsets stay valid.

Why: the surname list, the given-name characters, the word lists and the address patterns are written in
simplified characters, so 吳家豪 (Taiwan, Hong Kong) or 台北市信義區信義路五段7號 slipped past every rule. Mapping each
traditional character to its simplified form before matching (never changing the length) lets every rule see one
script, while the spans still point into the text the user wrote. The table holds the characters common in names,
addresses and payment messages; characters that are also ordinary simplified characters (乾, 於, 餘, 台) are
left out, so simplified text is never changed.
"""

from __future__ import annotations

_PAIRS = (
    # surnames
    "陳陈吳吴劉刘張张楊杨黃黄趙赵鄭郑謝谢許许韓韩馮冯鄧邓蕭萧葉叶蘇苏呂吕盧卢鍾钟譚谭陸陆錢钱孫孙馬马羅罗賴赖龔龚"
    "龍龙顏颜蔣蒋鄒邹嚴严閻阎歐欧鄔邬賈贾萬万閔闵韋韦費费蘭兰喬乔聶聂嶽岳齊齐湯汤衛卫雲云鄺邝紀纪陽阳莊庄簡简"
    "魯鲁麥麦黨党溫温範范"
    # round 14: and the first halves of 聞人, 軒轅, 諸葛, 鮮于
    "鮑鲍饒饶賀贺駱骆藍蓝龐庞遲迟聞闻軒轩諸诸塗涂談谈閆闫鮮鲜"
    # given-name characters
    "華华傑杰偉伟國国榮荣輝辉強强軍军紅红麗丽婭娅嬌娇瑩莹寶宝貴贵鳳凤鵬鹏慶庆興兴義义禮礼賢贤應应鋒锋銘铭錦锦蓮莲"
    "嵐岚夢梦靜静潔洁維维緯纬綺绮純纯絲丝儀仪億亿濤涛漢汉滿满澤泽瀟潇爾尔濱滨灝灏煒炜燁烨愛爱曉晓暉晖書书東东業业"
    "豐丰聖圣詩诗語语誠诚謙谦貞贞賓宾達达運运遠远銀银長长開开關关頌颂順顺飛飞驊骅騰腾鳴鸣齡龄圓圆壽寿學学寧宁"
    "將将專专嶺岭帥帅師师彥彦憶忆懷怀揚扬斕斓時时晉晋樂乐樹树橋桥權权歡欢現现環环瑋玮璽玺禎祯穩稳節节聯联聲声"
    "藝艺蘋苹親亲鴻鸿鶴鹤麟麟鑫鑫瓊琼璣玑瑤瑶璇璇倫伦傳传儷俪凱凯勝胜勵励務务協协瑪玛莉莉嫻娴娟娟婷婷雯雯蕙蕙"
    # addresses and places
    "區区號号樓楼層层廣广門门灣湾縣县鎮镇鄉乡單单棟栋園园際际場场館馆廈厦島岛濟济臺台邊边鄰邻營营廳厅",
    # everyday words of payment messages
    "電电話话機机帳账賬账戶户錢钱幣币碼码郵邮資资財财貨货賣卖買买購购轉转匯汇還还給给鐘钟點点週周會会時时間间"
    "這这個个們们說说請请讓让問问聽听見见過过對对為为從从後后發发來来進进遠远與与們们嗎吗麼么還还當当經经認认"
    "識识護护證证號号額额頭头題题風风飯饭體体髮发鬥斗魚鱼鳥鸟齒齿歲岁條条極极氣气決决沒没淚泪淺浅潛潜無无煙烟"
    "熱热燈灯獨独產产畫画盡尽監监盤盘眾众確确種种筆笔簽签糧粮約约級级細细綠绿網网線线練练總总縱纵績绩罰罚習习"
    "職职腦脑舉举舊旧處处術术補补裝装規规視视覺觉觀观計计記记設设試试論论講讲調调購购車车軟软載载輕轻輸输辦办"
    "遊游郵邮醫医針针錄录鐵铁閒闲閣阁隊队隨随險险雜杂靈灵頁页項项領领顧顾驗验寫写號号萬万億亿兩两幾几訊讯貼贴"
    # round 15: prices and orders (單價 is 单价, a word, no 單 surname with a given name)
    "價价訂订團团選选標标擇择燒烧雞鸡豬猪鴨鸭蝦虾",
)


def _table() -> dict[int, str]:
    out: dict[int, str] = {}
    for block in _PAIRS:
        for trad, simp in zip(block[0::2], block[1::2], strict=True):
            if trad != simp and "\u4e00" <= trad <= "\u9fff":
                out[ord(trad)] = simp
    return out


_TABLE = _table()


def to_simplified(text: str) -> str:
    """``text`` with the traditional characters of the table replaced by simplified ones; ``len`` is unchanged."""
    return text.translate(_TABLE)


__all__ = ["to_simplified"]
