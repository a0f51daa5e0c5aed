"""Traditional characters and Cantonese words read as the simplified words the rules are written in.

The kind's rules are written for simplified Chinese ("授权…查看", "由…负责"); a request in traditional characters
("授權陳醫生查閱", "由鹿谷茶廠負責") or in Cantonese ("俾李醫生睇我嘅X光片", "啲咖啡豆") says the same with other
characters. ``folded`` maps them one character to one character, so every span read on the folded copy stands at the
same place in the user's text; ``run_folded`` runs an extractor on that copy and gives back every value, evidence span
and question in the user's own characters (a value is always the user's words, never a converted spelling).
Shared by traceability and data_access (documented edge rule: only characters whose simplified form has the same
meaning in a request; 係 is 是 except in 關係/联係).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ledgerlm.language.durations import find_durations
from ledgerlm.language.evidence import Evidence, Span
from ledgerlm.language.extract import Scan
from ledgerlm.language.numbers import find_numbers
from ledgerlm.language.parties import find_names

__all__ = ["folded", "run_folded"]

_HANT = (
    "權授讀訪問閱覽調開給讓與報告檢查驗記錄歷體醫療師護診藥據檔掃描週個兩禮們這為將對從過經運輸送貨處產種採"
    "烘裝鏈殺灌擠負責務廠業團際國東車銀險書證單價費號數網電話傳統計劃設備資訊類質點線頭麵雞鴨魚蝦豬葉飯釀麥穀"
    "糧餅漿廣長門間關時實寫員會隊學習億萬發幣總錢簽額權藝術帳賬張鎖釋歸屬擔託眾籌網買賣鑄稅購門銷轉還倉庫製測"
    "證滿達標聯雙應營區龍裡後幾錶鍵議認確儲雲紀訂約階段環節繳償債讓紅潤勞見覺視聽說話請謝問題條規範圍區縣鄉鎮"
    "區農場種棉紡織綿絲縫衣褲鞋襪鐵鋼銅鋁鋰電池礦煉壓軋運輸遞郵標籤櫃檯臺灣蘇滬漢滙匯華鳳寶貝嬰兒護膚髮顏色質優"
    "選擇處理淨潔濕乾鮮凍冷熱燒烤蒸餾醬醃臘腸麪餡焙磨揀篩濾罐瓶蓋塊組織細顆粒剝殼脫邊緣層檢測試驗證書單據檔案"
    "們將來歲數週團隊夥伴顧問診斷掛號護理師醫院診所檢驗報表財務賬單稅務審計會計師們紀錄歷史記憶"
    "陳劉楊黃趙吳鄭謝馮鄧蕭蘇盧蔣許韓羅潘魏錢孫馬陸賴龔顧譚閆薛湯鍾麗偉強軍傑寧靜嬌媽婦親爺喬劃鄰闆闊"
    "蹤擁麼麽啟"
    "給俾畀睇嘅啲哋喺咗嚟佢嗰冇"
)
_HANS = (
    "权授读访问阅览调开给让与报告检查验记录历体医疗师护诊药据档扫描周个两礼们这为将对从过经运输送货处产种采"
    "烘装链杀灌挤负责务厂业团际国东车银险书证单价费号数网电话传统计划设备资讯类质点线头面鸡鸭鱼虾猪叶饭酿麦谷"
    "粮饼浆广长门间关时实写员会队学习亿万发币总钱签额权艺术帐账张锁释归属担托众筹网买卖铸税购门销转还仓库制测"
    "证满达标联双应营区龙里后几表键议认确储云纪订约阶段环节缴偿债让红润劳见觉视听说话请谢问题条规范围区县乡镇"
    "区农场种棉纺织绵丝缝衣裤鞋袜铁钢铜铝锂电池矿炼压轧运输递邮标签柜台台湾苏沪汉汇汇华凤宝贝婴儿护肤发颜色质优"
    "选择处理净洁湿干鲜冻冷热烧烤蒸馏酱腌腊肠面馅焙磨拣筛滤罐瓶盖块组织细颗粒剥壳脱边缘层检测试验证书单据档案"
    "们将来岁数周团队伙伴顾问诊断挂号护理师医院诊所检验报表财务账单税务审计会计师们纪录历史记忆"
    "陈刘杨黄赵吴郑谢冯邓萧苏卢蒋许韩罗潘魏钱孙马陆赖龚顾谭闫薛汤钟丽伟强军杰宁静娇妈妇亲爷乔划邻板阔"
    "踪拥么么启"
    "给给给看的些们在了来他那没"
)
assert len(_HANT) == len(_HANS)
_TABLE = str.maketrans(_HANT, _HANS)
#: 係 is the Cantonese 是 ("流程係搓餡"), except in the words for a relation (關係)
_HAI = re.compile(r"(?<![關关聯联])係")
#: 呢 before a measure word is the Cantonese 这 ("呢批榴槤"); elsewhere it stays the particle 呢
_NI = re.compile(r"呢(?=[批个個啲些件箱份盒瓶款种種])")


def folded(text: str) -> str:
    """``text`` with traditional characters and Cantonese words in their simplified form, character for character."""
    return _NI.sub("这", _HAI.sub("是", text.translate(_TABLE)))


def _back(value: Any, text: str, copy: str) -> Any:
    """A value read on the folded copy, in the user's characters (found at the same place in the copy)."""
    if isinstance(value, str) and value and value != (back := _restore(value, text, copy)):
        return back
    if isinstance(value, list):
        return [_back(v, text, copy) for v in value]
    return value


def _restore(value: str, text: str, copy: str) -> str:
    at = copy.find(value)
    return text[at : at + len(value)] if at >= 0 else value


def run_folded(s: Scan, extract: Callable[[Scan], dict[str, Any]]) -> dict[str, Any]:
    """``extract(s)`` on the folded copy of the text when folding changes it, every value given back in the user's
    characters; the durations and numbers are read again on the copy ("為期兩週" is two weeks)."""
    text = s.text
    copy = folded(text)
    if copy == text:
        return extract(s)
    s.text = copy
    numbers = find_numbers(copy)
    if not s.used and len(numbers) >= len(s.numbers):
        s.numbers = numbers
    extra = [
        d
        for d in find_durations(copy, s.numbers)
        if not any(o.start < d.end and d.start < o.end for o in s.durations)
        and not any(a.start < d.end and d.start < a.end for a in s.dates)
    ]
    s.durations = sorted([*s.durations, *extra], key=lambda d: d.start)
    # the names are found again on the copy too ("阿爸李志強": the name reader knows 强, not 強), in the user's words
    s.names = [
        replace(nm, name=_restore(nm.name, text, copy), text=text[nm.start : nm.end])
        for nm in find_names(copy)
        if not any(t.start <= nm.start < t.end for t in s.tokens)
        and not any(a.start <= nm.start < a.end for a in s.addresses)
    ]
    try:
        params = extract(s)
    finally:
        s.text = text
    params = {k: _back(v, text, copy) for k, v in params.items()}
    s.evidence = {
        k: Evidence(ev.source, ev.rule, tuple(Span(sp.start, sp.end, text[sp.start : sp.end]) for sp in ev.spans))
        for k, ev in s.evidence.items()
    }
    s.unsure = [replace(u, words=text[u.start : u.end]) for u in s.unsure]
    s.name_spans = {
        _back(k, text, copy): Span(sp.start, sp.end, text[sp.start : sp.end]) for k, sp in s.name_spans.items()
    }
    return params
