"""Traditional characters and Cantonese words, read as the simplified Mandarin the rules were written for.

Why one table: Chinese and English are equal, and so are the scripts and dialects of Chinese. Three readers had
grown their own tables in round 8 (the intents, the token/multisig/NFT rules, the traceability/data_access rules),
each missing what another had ("名稱", "兩", "禮拜"). ``simplified`` maps character for character (and a few
Cantonese words to Mandarin words of the same length), so every offset still points at the user's own words: a
reader works on the simplified copy and quotes values from the text as written (``阿強`` stays ``阿強``).

Context rules: 係 is the Cantonese 是 ("流程係搓餡") except in 關係/联係; 呢 before a measure word is 这 ("呢批");
粒 after a count is the measure word 个 ("2 粒 ETH"), never in 颗粒.
"""

from __future__ import annotations

import re

__all__ = ["simplified"]

#: traditional -> simplified, one character each (the union of the round-8 readers' tables)
_PAIRS = (
    "並并乾干佢他來来俾给倉仓個个們们偉伟傑杰備备傳传債债僅仅價价億亿償偿優优儲储兒儿兩两冇没凍冻別别則则剝剥創创劃划劉刘動动務务勞劳勵励匯汇區区協协參参吳吴咗了哋们員员唔不問问啟启啲些喬乔單单喺在嗎吗嗰那嘅的嚟来國国圍围團团"
    "執执報报場场塊块壓压夠够夥伙婦妇媽妈嬌娇嬰婴孫孙學学實实寧宁審审寫写寶宝將将專专對对層层屬属師师帳账帶带幣币幫帮幹干幾几庫库廠厂廣广廳厅張张強强後后從从復复愛爱憶忆應应戶户掃扫掛挂採采揀拣換换揾找損损搵找撥拨擁拥擇择擔担"
    "據据擠挤數数斷断於于時时暫暂書书會会東东條条楊杨業业樂乐標标樣样檔档檢检檯台檻槛櫃柜權权歐欧歲岁歷历歸归殺杀殼壳毀毁沒没沽卖淨净測测湯汤準准滙汇滬沪滿满漢汉漲涨漿浆潔洁潤润濕湿濾滤灣湾為为無无煉炼煩烦熱热燒烧營营爺爷獎奖"
    "獨独現现環环產产畀给畫画當当療疗發发盡尽盤盘盧卢眾众睇看確确碼码礦矿禮礼稅税種种稱称穀谷積积穩稳筆笔節节範范篩筛簡简簽签籌筹籤签糧粮紀纪約约紅红紡纺細细組组結结絡络給给統统絲丝經经網网綿绵線线緣缘縣县縫缝縮缩總总織织繳缴"
    "繼继續续羅罗習习聯联聽听脫脱腸肠膚肤臘腊臺台與与華华萬万葉叶蓋盖蔣蒋蕭萧藝艺藥药蘇苏處处號号虧亏蝦虾術术裏里補补裝装裡里製制褲裤襪袜見见規规視视親亲覺觉覽览訂订計计訊讯託托記记訪访設设許许診诊詢询試试話话該该認认說说誰谁"
    "調调請请謝谢證证識识譚谭議议護护讀读讓让豬猪貓猫貝贝負负財财貨货責责買买貸贷費费資资賣卖質质賬账賴赖賺赚購购贈赠贖赎趙赵蹤踪車车軋轧軌轨軍军輸输轉转辦办農农這这週周進进運运過过達达遞递選选還还邊边郵邮鄉乡鄧邓鄭郑鄰邻醃腌"
    "醫医醬酱釀酿釋释銀银銅铜銷销鋁铝鋰锂鋼钢錄录錢钱錯错錶表鍵键鍾钟鎖锁鎮镇鏈链鐘钟鐵铁鑄铸鑰钥長长門门閆闫閉闭開开間间閱阅閾阈闆板闊阔關关陳陈陸陆隊队階阶際际險险隻只雙双雞鸡雲云電电靜静韓韩頂顶項项須须領领頭头顆颗題题額额"
    "顏颜類类顧顾風风飛飞飯饭餅饼餘余餡馅館馆餵喂餾馏馬马馮冯驗验體体髮发魚鱼鮮鲜鳳凤鴨鸭麗丽麥麦麪面麵面麼么麽么黃黄點点齊齐龍龙龔龚"
    # round 10: "有爭議就搵佢" (a dispute: the arbiter's cue), Cantonese 攞/拎 "take, get" ("冇得攞": gets nothing)
    "爭争攞拿拎拿陽阳輝辉"
)
_TABLE = {ord(a): b for a, b in zip(_PAIRS[0::2], _PAIRS[1::2], strict=True)}
#: Cantonese words, as Mandarin words of the same length (read before the characters)
_WORDS = {
    "幾多": "多少",
    "几多": "多少",
    "點樣": "怎样",
    "点样": "怎样",
    "而家": "现在",
    "乜嘢": "什么",
    "換做": "换成",
    "邊個": "哪个",
    "幾錢": "价格",
    "几钱": "价格",
    "睇下": "看下",
    "沽晒": "卖光",
    "賣晒": "卖光",
    "卖晒": "卖光",
    "攞返": "取回",
    "攞番": "取回",
    "唔使": "不用",
    "唔駛": "不用",
    "唔洗": "不用",
    "唔好": "不要",
    "唔要": "不要",
    "冇得": "不能",
    "唔可以": "不可以",
}
_HAI = re.compile(r"(?<![關关聯联])係")
_NI = re.compile(r"呢(?=[批个個啲些件箱份盒瓶款种種])")
_LAP = re.compile(r"(?<=[\d一二两兩三四五六七八九十百千万萬几幾])(\s?)粒")


def simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length (offsets unchanged); text with no CJK is returned as
    it is."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text
    for word, twin in _WORDS.items():
        text = text.replace(word, twin)
    text = _LAP.sub(lambda m: m.group(1) + "个", _NI.sub("这", _HAI.sub("是", text))).replace("係", "系")
    return text.translate(_TABLE)
