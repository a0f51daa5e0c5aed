# ruff: noqa: E501 - word lists: lines of CJK characters count double
"""Word lists behind name detection: surnames, given-name characters, first names, and look-alike words.

Hand-curated, kept here so the rules in ``names.py`` stay readable. The exclusion lists hold ordinary words that
begin with a surname character (周期, 黄金), places, and capitalised words of this domain (tokens, chains, roles).
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    """A whitespace-separated word block as a set (keeps the lists readable, one paragraph each)."""
    return frozenset(block.split())


# ~200 most common Chinese surnames (well over 90% of the population).
ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
    "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
    "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝薛"
    "朴"  # Korean 박 (Park) written in Chinese characters: 朴智妍, 朴树
    # rarer surnames that start few ordinary words (阎秀英, 谌龙, 冼星海); not 权/宣/封/惠/燕/楚, which start words
    # (权限, 宣传, 封面, 惠普, 燕麦, 楚楚) more often than names
    "阎谈鞠荆冀胥储栗鄢谌奚冼蔺仝郜阚廉禹漆卿狄扈晁芮阙邸雍辜裘亓邰赫逯茹嵇湛戎昝匡"
    # round 11: rare surnames that start no ordinary word (钭建国, 訾雅婷, 厍丽娜, 蒯志远, 仉海涛, 宓文博), and 危, whose
    # words (危险, 危机) the dictionary features know
    "钭訾厍蒯仉宓危"
    # round 12: rare surnames that start no common word (笪丽娟, 殳海, 郦晓东); not 库, whose words (库存, 库里) win
    "笪殳郦"
    # round 14: 洪 (洪志明, 洪金宝: common in Taiwan and Fujian; its words 洪水, 洪亮 the dictionary features know) and
    # 逄 (逄阿姨), which starts no word
    "洪逄"
)
ZH_COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
    "端木", "轩辕", "独孤", "呼延", "澹台", "申屠", "万俟", "闻人", "赫连", "钟离", "宗政", "濮阳", "拓跋", "左丘",
    # round 11: rarer compound surnames that are no ordinary word (闾丘明远, 公冶长; not 第五, 百里, 西门, 南门)
    "闾丘", "公冶", "太史", "仲孙", "东郭", "南宫", "梁丘", "乐正", "公羊", "漆雕", "巫马", "亓官", "司寇", "颛孙",
    "段干", "羊舌", "微生", "鲜于", "相里",
    # Japanese family names written in kanji (佐藤健太, 渡辺由美), simplified and as Japan writes them; not the
    # prefectures and districts (山口, 石川, 宫崎, 福田, 中野), which are places more often than people
    "佐藤", "铃木", "鈴木", "高桥", "渡边", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "松本",
    "井上", "木村", "斋藤", "斎藤", "前田", "藤田", "后藤", "冈田", "岡田", "远藤", "坂本", "西村", "藤井", "中岛",
    "中島", "原田", "松田", "竹内", "野口", "大野", "桥本", "森田", "菅原", "今井", "酒井", "近藤", "池田", "田中",
    "工藤", "内田", "石井", "青木", "村上", "横山",
)  # fmt: skip

# Characters common in given names (two- and three-character names draw almost only from these).
ZH_GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红建国志文辉丹宇鹏波斌宁浩凯健俊帆帅旭晨阳峰琳雪梅莉婷颖慧琴燕"
    "海林云飞龙翔亮成兵彬鑫淑贞碧佳宜秀晓倩蓉娇媛嫣颜瑶瑾璐露琪琦琼蕾薇菲芬芸茜萱蓓蕊莎婉儿悦怡欣妍雯雅晴蕾楠梓涵轩睿哲"
    "博宏泽昊然奕辰逸铭瑞祥福禄寿喜德仁义礼智信忠孝廉勤俭毅刚锋锐钧鸿嘉庆永长春秋冬夏松柏竹菊荷莲桃杏兴旺盛昌隆泰安康乐"
    "子丰光耀荣嵩歌坤崇远航豪东南西北中山川江河湖泉溪岩石峻岭巍立新雄武威虎彪豹熊鹰凤鸾鹤麟骏驰腾飞跃升晶莹炜烨煜炎焱"
    "君卿臣相尧舜禹汤周秦汉唐宋元清朝伦理学森林木桦枫楠杉榕桐梧楷模范良善美好佩妮贤齐维冰宝钗黛爽甜珠珍琳琅璇玲珑瑜"
    "靖蓉娜颖红超磊胜利民众生益友谊诚实朴素淳厚道远志向达通顺畅居易然浩"
    "丽颖亚茹小二三正直心怀恩惠慈凯旋乾坤艺术才俊秀丹青令辉本贤淼洁娅姗妹"
)

ZH_NOT_NAMES: tuple[str, ...] = (
    # ordinary words starting with a surname character
    "周期",
    "周末",
    "周年",
    "周五",
    "周一",
    "周二",
    "周三",
    "周四",
    "周六",
    "周日",
    "周边",
    "黄金",
    "黄色",
    "马上",
    "方便",
    "方法",
    "方式",
    "方面",
    "方向",
    "方案",
    "高达",
    "高兴",
    "高级",
    "高手",
    "高峰",
    "高效",
    "于是",
    "王者",
    "林业",
    "安全",
    "安排",
    "安装",
    "安卓",
    "时间",
    "时候",
    "时期",
    "时长",
    "金额",
    "金库",
    "金融",
    "金价",
    "常见",
    "常用",
    "文档",
    "文件",
    "文字",
    "文明",
    "白名单",
    "白天",
    "白皮书",
    "明天",
    "明年",
    "明确",
    "明白",
    "明细",
    "李子柒",
    "张贴",
    "江湖",
    "万一",
    "温馨",
    "和合约",
    "和平",
    "成交",
    "成功",
    "成本",
    "成为",
    "成员",
    "石油",
    "汇率",
    "总量",
    "程序",
    "毛利",
    "申请",
    "管理",
    "车贷",
    "孟买",
    "区块",
    "黎明",
    "史上",
    "武汉",
    "苏州",
    "生日",
    "华为",
    "华人",
    "房子",
    "房产",
    "房租",
    "简单",
    "简介",
    "任何",
    "任务",
    "包括",
    "包含",
    "祝福",
    "关于",
    "关注",
    "关键",
    "应该",
    "应用",
    "项目",
    "连接",
    "连续",
    "全部",
    "全面",
    "全球",
    "全额",
    "余额",
    "夏天",
    "解决",
    "解锁",
    "计划",
    "段落",
    "宁波",
    "江苏",
    "黄河",
    "长江",
    "平安",
    "东方",
    "上海",
    "成都",
    "常州",
    "金华",
    "齐全",
    "易于",
    "牛市",
    "熊市",
    "龙头",
    "雷达",
    "商业",
    "商品",
    "商家",
    "车辆",
    "宋体",
    "童年",
    "尚未",
    "向上",
    "向下",
    "向合约",
    "向地址",
    "于此",
    "万元",
    "万个",
    "万块",
    "钱包",
    "钱款",
    "单价",
    "单位",
    "单笔",
    "单独",
    "季度",
    "盛大",
    "谷歌",
    "曲线",
    "路由",
    "路径",
    "游戏",
    "管家",
    "蒙古",
    "华盛顿",
    "滕讯",
    "时长",
    "穆斯",
    "古代",
    "吉利",
    "简易",
    "车主",
    "项目方",
    "党员",
    "宫殿",
    "冷钱包",
    "冷启动",
    "席位",
    "卫星",
    "米兰",
    "宗旨",
    "全称",
    "应急",
    "边界",
    "师傅",
    "和约",
    "和大家",
    "仇人",
    "沙盒",
    "荣誉",
    "桑拿",
    "明明",
    "池子",
    "查询",
    "查看",
    "查一下",
    "麻烦",
    "迟到",
    "和我",
    "和他",
    "和她",
    "和你",
    "于是我",
    "高于",
    "低于",
    "杜绝",
    "叶子",
    "程度",
    "苏醒",
    "魏国",
    "丁点",
    "任意",
    "沈阳",
    "姚明星",
    "卢布",
    "姜汤",
    "钟表",
    "谭",
    "陆续",
    "汪洋",
    "范围",
    "石头",
    "贾",
    "夏季",
    "付款",
    "付费",
    "付给",
    "方可",
    "白银",
    "邹",
    "熊猫",
    "秦朝",
    "江西",
    "尹",
    "薛",
    "段时间",
    "雷暴",
    "侯",
    "龙门",
    "陶瓷",
    "贺卡",
    "顾客",
    "顾问",
    "毛钱",
    "龚",
    "邵",
    "万分",
    "严格",
    "严重",
    "武器",
    "戴上",
    "莫名",
    "孔子",
    "向前",
    "汤圆",
    "常年",
    "温度",
    "康复",
    "施工",
    "文化",
    "牛奶",
    "葛",
    "邢台",
    "安心",
    "齐心",
    "易懂",
    "乔迁",
    "伍",
    "庞大",
    "颜色",
    "庄园",
    "章节",
    "鲁莽",
    "岳父",
    "岳母",
    "翟",
    "殷切",
    "申报",
    "申购",
    "欧元",
    "欧洲",
    "耿直",
    "关闭",
    "关联",
    "兰州",
    "焦点",
    "左右",
    "柳州",
    "甘肃",
    "包装",
    "宁可",
    "尚可",
    "符合",
    "舒服",
    "柯",
    "纪念",
    "纪律",
    "梅花",
    "童话",
    "凌晨",
    "毕业",
    "单元",
    "季节",
    "霍",
    "涂",
    "成立",
    "苗头",
    "谷物",
    "盛情",
    "曲折",
    "翁",
    "冉",
    "骆驼",
    "蓝色",
    "蓝图",
    "路上",
    "游客",
    "辛苦",
    "靳",
    "管道",
    "柴油",
    "蒙",
    "鲍",
    "华丽",
    "喻",
    "祁",
    "蒲",
    "房间",
    "滕",
    "屈服",
    "饶",
    "解释",
    "解除",
    "牟利",
    "艾",
    "尤其",
    "阳光",
    "时时",
    "穆",
    "农民",
    "农业",
    "司机",
    "卓越",
    "古老",
    "吉祥",
    "缪",
    "简称",
    "车队",
    "项链",
    "连带",
    "麦",
    "娄",
    "窦",
    "戚",
    "岑",
    "景色",
    "景点",
    "党",
    "宫",
    "费用",
    "卜",
    "冷静",
    "晏",
    "席",
    "卫生",
    "米饭",
    "柏林",
    "宗教",
    "瞿",
    "桂林",
    "全体",
    "佟",
    "应付",
    "应收",
    "臧",
    "闵",
    "苟",
    "邬",
    "边缘",
    "卞",
    "姬",
    "师范",
    "和谐",
    "仇恨",
    "栾",
    "隋朝",
    "商量",
    "商户",
    "刁",
    "沙发",
    "荣幸",
    "巫",
    "寇",
    "桑",
    "郎",
    "甄别",
    "丛林",
    "仲裁",
    "虞",
    "敖",
    "巩固",
    "明星",
    "佘",
    "池塘",
    "查找",
    "麻",
    "苑",
    "迟迟",
    "邝",
    "王国",
    "张口",
    "刘海",
    "陈旧",
    "杨树",
    "黄牛",
    "赵",
    "吴",
    "周转",
    "徐徐",
    "孙子",
    "马路",
    "朱红",
    "胡说",
    "郭",
    "何时",
    "何况",
    "何必",
    "高度",
    "林子",
    "罗列",
    "郑重",
    "梁",
    "谢谢",
    "谢绝",
    "宋",
    "唐突",
    "许多",
    "许可",
    "韩国",
    "冯",
    "邓",
    "曹",
    "彭",
    "曾经",
    "肖像",
    "田地",
    "董事",
    "袁",
    "潘",
    "于",
    "蒋",
    "蔡",
    "余下",
    "杜",
    "叶",
    "程",
    "苏",
    "魏",
    "吕",
    "丁",
    "任",
    "沈",
    "姚",
    "卢",
    "姜",
    "崔",
    "钟",
    "陆",
    "汪",
    "黎",
    "常",
    "温",
    "金",
    "石",
    "高",
    "明",
    "安",
    "向",
    "和",
    "万",
    "方",
    "文",
    "时",
)
ZH_NOT_NAMES = ZH_NOT_NAMES + tuple(
    [
        "司机",
        "简历",
        "简单",
        "黄山",
        "张家口",
        "张家界",
        "唐朝",
        "明朝",
        "宋朝",
        "元朝",
        "秦朝",
        "汉朝",
        "宋体",
        "唐诗",
        "宋词",
        "元旦",
        "明星",
        "明确",
        "明白",
        "明显",
        "明细",
        "明年",
        "明早",
        "明晚",
        "明后",
        "陈列",
        "陈旧",
        "杨梅",
        "杨柳",
        "吴哥",
        "胡萝卜",
        "胡同",
        "胡说",
        "许可",
        "许多",
        "许久",
        "韩国",
        "韩语",
        "韩剧",
        "冯京",
        "吕梁",
        "谭木匠",
        "贾府",
        "邹城",
        "秦岭",
        "秦始皇",
        "闫家",
        "龙凤",
        "龙头",
        "龙虾",
        "贺岁",
        "邵阳",
        "严禁",
        "严格",
        "严重",
        "戴森",
        "戴上",
        "老师",
        "付款",
        "付费",
        "付清",
        "黎明",
        "荣耀",
        "池子",
        "方案",
        "方不",
        "车费",
        "车贷",
        "车位",
        "车辆",
        "首付",
        "金龙",
        "高飞",
        "单点",
        "管人",
        "董拍",
        "古董",
        "古代",
        "古典",
        "古城",
        "司法",
        "司令",
        "江湖",
        "江南",
        "江苏",
        "江西",
        "湖南",
        "湖北",
        "河南",
        "河北",
        "山东",
        "山西",
        "广东",
        "广西",
        "云南",
        "贵州",
        "四川",
        "福建",
        "浙江",
        "安徽",
        "甘肃",
        "青海",
        "宁夏",
        "新疆",
        "西藏",
        "吉林",
        "辽宁",
        "黑龙江",
        "海南",
        "台湾",
        "香港",
        "澳门",
        "北京",
        "上海",
        "天津",
        "重庆",
        "深圳",
        "广州",
        "杭州",
        "南京",
        "苏州",
        "武汉",
        "成都",
        "西安",
        "长沙",
        "郑州",
        "济南",
        "青岛",
        "大连",
        "厦门",
        "宁波",
        "合肥",
        "福州",
        "昆明",
        "贵阳",
        "南宁",
        "兰州",
        "银川",
        "西宁",
        "拉萨",
        "乌鲁木齐",
        "呼和浩特",
        "石家庄",
        "太原",
        "沈阳",
        "长春",
        "哈尔滨",
        "南昌",
        "海口",
        "三亚",
        "常州",
        "温州",
        "无锡",
        "佛山",
        "东莞",
        "珠海",
        "中山",
        "惠州",
        "汕头",
        "泉州",
        "烟台",
        "潍坊",
        "洛阳",
        "开封",
        "桂林",
        "柳州",
        "丽江",
        "大理",
        "黄河",
        "长江",
        "长城",
        "黄浦",
        "钱塘",
        "秦淮",
        "西湖",
        "周到",
        "周围",
        "周转",
        "徐徐",
        "孙子",
        "马来",
        "马来西亚",
        "马拉松",
        "马克",
        "马桶",
        "朱红",
        "何时",
        "何必",
        "何况",
        "林间",
        "罗马",
        "郑重",
        "梁上",
        "谢谢",
        "谢绝",
        "宋代",
        "邓氏",
        "曹县",
        "彭博",
        "曾几",
        "曾经",
        "肖像",
        "田园",
        "田地",
        "董事",
        "袁大头",
        "潘多拉",
        "于心",
        "余额",
        "余下",
        "杜绝",
        "叶子",
        "程序",
        "苏打",
        "魏晋",
        "丁克",
        "任务",
        "任何",
        "任意",
        "沈阳",
        "卢布",
        "姜汤",
        "钟表",
        "钟点",
        "陆地",
        "陆续",
        "汪汪",
        "范围",
        "金牌",
        "金子",
        "石头",
        "廖记",
        "夏天",
        "夏季",
        "付出",
        "方块",
        "白银",
        "白天",
        "白色",
        "白名单",
        "邹城",
        "孟买",
        "熊猫",
        "熊市",
        "秦岭",
        "江南",
        "段位",
        "侯门",
        "龙凤",
        "史上",
        "陶瓷",
        "黎明",
        "贺岁",
        "顾客",
        "郝家",
        "邵阳",
        "万达",
        "钱到",
        "严禁",
        "覃塘",
        "武当",
        "戴森",
        "莫斯科",
        "孔雀",
        "向前",
        "汤圆",
        "常州",
        "温州",
        "康乃馨",
        "文心",
        "樊登",
        "葛根",
        "邢台",
        "安徽",
        "齐鲁",
        "易经",
        "庞大",
        "颜色",
        "和田",
        "和平",
        "和谐",
        "和约",
        "应该",
        "应用",
        "全部",
        "全额",
        "全球",
        "全新",
        "边界",
        "边缘",
        "商品",
        "商量",
        "沙发",
        "沙漠",
        "荣誉",
        "桑拿",
        "丛林",
        "仲裁",
        "明确",
        "池塘",
        "查询",
        "查看",
        "麻烦",
        "迟到",
        "迟早",
        "华为",
        "华夏",
        "华尔街",
        "雷达",
        "温度",
        "康复",
        "施工",
        "尚未",
        "符合",
        "舒服",
        "童年",
        "苗头",
        "谷歌",
        "盛大",
        "骆驼",
        "蓝色",
        "路由",
        "游戏",
        "辛苦",
        "蒙古",
        "房租",
        "房子",
        "房间",
        "屈服",
        "解锁",
        "解决",
        "尤其",
        "阳光",
        "时长",
        "农民",
        "卓越",
        "吉利",
        "车库",
        "项目",
        "连接",
        "连续",
        "麦当劳",
        "景点",
        "党员",
        "宫殿",
        "费用",
        "冷钱包",
        "席位",
        "卫生",
        "柏林",
        "宗旨",
        "桂林",
        # the king of hell, not a person named 阎 (阎 joined the surname list in round 8)
        "阎王",
        "阎罗",
        # round 14: words of 洪 (flood), which joined the surname list; jieba tags them as names (nr), so neither
        # word list holds them
        "洪水",
        "洪亮",
        "洪峰",
        "洪福",
        "洪钟",
        "洪灾",
        "洪流",
        "洪涝",
        "洪荒",
        "洪湖",
        "洪泽",
        "洪武",
        "洪门",
        "洪量",
        "洪大",
        "洪区",
    ]
)
# Single characters above are deliberately NOT excluded as prefixes: the list is matched with startswith(), so
# entries of length 1 would block every name with that surname. They are filtered out below.
ZH_NOT_NAMES = tuple(w for w in ZH_NOT_NAMES if len(w) >= 2)

EN_FIRST_NAMES = _words(
    """
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
    Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
    Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
    Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan Jeremy Walter
    Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce
    Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley
    Philip Eugene Liam Lucas Oliver Mateo Leo Jake Mike Danny Tom Tommy Ben Sam Max Luke Jim Jimmy Bill Tony Nick
    Alex Chris Matt Pete Dan Rob Steve Andy Joey Josh Zack Jeff Greg Ted Ed Eddie Charlie Harry Oscar Hugo Theo Finn
    Jayden Aiden Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
    Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
    Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
    Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
    Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances
    Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa
    Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Jess Jessie Jenny Kate Katie Sophie Chloe Lily Ella Mia
    Ava Zoe Ruby Rose Lucy Priya Ravi Arjun Rahul Amit Anil Sunil Deepak Neha Pooja Anjali Vikram Raj Sanjay Aisha
    Fatima Ahmed Mohammed Muhammad Ali Omar Hassan Hussein Yusuf Ibrahim Khalid Layla Mariam Carlos Luis Miguel
    Javier Diego Pablo Sofia Lucia Elena Carmen Isabel Pedro Jorge Manuel Antonio Francisco Alejandro Fernando
    Ricardo Pierre Jean Louis Marie Claire Camille Julien Nicolas Antoine Hans Lukas Jonas Felix Paul Anna Lena
    Katrin Klaus Jurgen Stefan Dmitri Ivan Sergei Olga Natasha Vladimir Yuki Hiroshi Kenji Takashi Akira Haruto
    Sakura Aoife Siobhan Sean Niamh Liam Bjorn Bjørn Erik Lars Sven Ingrid Astrid Kim Ji Min Jin Wei Ming Xiao Jing
    Lei Hui Yan Fang Tyler Neil Buzz Laura Gabriel Jonathan Danny Rachel Ross Monica Phoebe Joey Chandler Rodriguez
    Mateo Isabella D'Angelo Angelo Jennifer Emma Priya Maria Lisa Kevin Olivia Noah Sofia Anne Marie Amy Ben Jess
    Chloe Rose Tyler Alan Sarah
    """
)

EN_SURNAMES = _words(
    """
    Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
    Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
    Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
    Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris
    Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward
    Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel
    Myers Long Ross Foster Jimenez Morrison O'Connor O'Neill O'Brien McDonald MacDonald Murray Kennedy Ryan Byrne
    Walsh Doyle Mueller Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Dubois Durand
    Lefebvre Moreau Laurent Bernard Petit Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ivanov Petrov Smirnov
    Tanaka Suzuki Sato Takahashi Watanabe Yamamoto Nakamura Singh Kumar Sharma Gupta Natarajan Kapoor Shankar Khan
    Hassan Ahmed Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Zheng Liang Xie Song Tang
    Deng Feng Han Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Su Wei Lu Ding Shen Yao Lam Wong
    Chan Cheung Leung Ma Park Choi Jung Kang Cho Yoon Jang Lim Halvorsen Hansen Johansen Larsen Andersen Nielsen
    Berg Vries Jansen Bakker Visser Smit Mendoza Wong Turing Curie Stiller Evans Downey Dylan Cooper Durden
    Armstrong Green Parker Picard Duval Márquez García Thompson Mendez Al-Sayed Sayed Bhraonáin Johnson Russell
    """
)

# Capitalised words of this domain or of ordinary English that are not names (even after "to", "from", "pay").
EN_NOT_NAMES = _words(
    """
    I A An The This That These Those My Your Our Their His Her Its We You They He She It Me Us Them Send Sent Pay
    Paid Tell Ask Give Lend Loan Transfer Create Make Mint Burn Lock Unlock Release Stake Swap Bridge Approve Deploy
    Call Check Show List Please Pls Hey Hi Hello Thanks Thank Ok Okay Yes No Not Also Just Ship Ring Deliver Wire
    Text Buy Buying Sell Selling Vote Use Set Get Put Repay Escrow Vesting Crowdfund Token Tokens Coin Ethereum
    Ether Bitcoin Solana Polygon Arbitrum Optimism Base Avalanche Uniswap Aave Compound Chainlink Sepolia Mainnet
    Testnet Anvil Hardhat Foundry Metamask MetaMask Ledger Trezor Binance Coinbase Kraken Curve Lido Maker ETH USDC
    USDT DAI WETH WBTC BTC PAXG JAKE FILM WILD AAPLx SSN DOB IBAN NHS VPN IP UK US EU USA PRC CN DAO NFT API
    Treasury Operations Team Community Marketing Vault Multisig Wallet Contract Contracts Smart Market Maker Oracle
    Pool Router Factory Registry Admin Owner Governance Council Foundation Company Inc Ltd LLC Corp Bank Exchange
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Tomorrow Yesterday
    New Old Golden Gate Apple Google Amazon Microsoft Tesla Block Number Total Supply Amount Price Ticket Invoice
    Order Nonce Gas Chain London Paris Berlin Tokyo Seoul Oslo Leeds Sydney Queens Washington York Shanghai Beijing
    Madrid Rome Moscow Dubai Singapore Hong Kong Taiwan China Chinese English German French Italian Spanish Dutch
    Japanese Korean American British European Street Avenue Road Lane Suite Apt Building Floor Unit Redwood City
    Upgrade Lending APY APR Total Use Port Localhost Sorry Sure Here There Where When What Why How Who Which Mr Mrs
    Ms Miss Dr Prof Sir Madam Dear Name Passport Birthday Born Date Phone Mobile Cell Office Email Address Card Visa
    Amex Mastercard Node Server Beneficiary Arbiter Borrower Lender Payee Signers Landlord Tenant Contact Account
    Holder Holder Ready Going Interested Happy Trying Looking From In On At For And Or But If So Then Only Every
    Each All Any Some Half Both None Nothing Everything Is Are Was Were Be Been Lorem DeFi Shares Stock Friend
    Brother Sister Wife Husband Mom Dad Grandma Grandpa Boss Yuan Dollar Euro Pound Alice's Bob's Fifth Parkway Way
    Avenue NW Apartment Cliff Beginner Guide Shanghai Golden Smart Remote Secret Key Seed Phrase Private Public Keys
    My Dear Arbitrum Operations Borrow Donate Withdraw Join Sign Vote Buy Sell Open Stake List Move Split Lend Refund
    Remind Notify Forward Ping Support Ops Service Services Fund Funds Storage Layer Station Network Model Event Mining
    Liquidity Development Reserve Ecosystem Core Founders Investors Advisors Contributors Private Sale Sale Genesis
    Proof Zero Knowledge Cold Hot Multi Sig Gas Dutch Auction Franc Yen Rupee Dollar Pound Euro Festival Fools
    Madness Period Edition Collection Series Quarter Chapter Room Section Article Step Option Plan Alpha Beta Gamma
    Delta Omega Phase Round Protocol Finance Labs Capital Ventures Partners Holdings Group Systems Industries Bank
    Verizon Netflix Siri Etherscan OpenSea Blur Stargate Safe Gitcoin Snapshot Compound Teams Office Sheets Pay
    Recipient Cardholder Witness Vendor Buyer Seller Signer Signers Owner Sender Receiver Customer Client Contractor
    Whitelist Blacklist Backup Deployed Merkle Reach Abandon Transferred Received Approved Signed Paid Sent Minted
    India Japan Germany France Italy Spain Canada Mexico Brazil Russia Korea Australia Ireland Scotland Wales England
    Britain Switzerland Sweden Norway Denmark Finland Poland Turkey Egypt Nigeria Kenya Ghana Israel Iran Iraq
    Pakistan Vietnam Thailand Indonesia Malaysia Philippines Argentina Chile Peru Colombia Portugal Greece Austria
    Belgium Netherlands Holland Europe Asia Africa America Texas California Florida Ohio Milano Milan Lyon Hanoi
    Saigon Osaka Kyoto Mumbai Delhi Bangalore Lagos Nairobi Cairo Toronto Vancouver Chicago Boston Seattle Miami
    Munich Hamburg Frankfurt Vienna Zurich Geneva Amsterdam Brussels Lisbon Barcelona Athens Istanbul Warsaw Prague
    Budapest Stockholm Copenhagen Helsinki Dublin Edinburgh Manchester Liverpool Glasgow Melbourne Auckland Bangkok
    Jakarta Manila Taipei Shenzhen Hangzhou Chengdu Wuhan Nanjing Tianjin Macau Metropolis Springfield Gotham
    Nukuʻalofa Nuku'alofa Hawaiʻi Oʻahu Kauaʻi Molokaʻi Lānaʻi Vavaʻu Haʻapai Savaiʻi Apia Suva Hilo Kona Maui
    Morning Evening Afternoon Night Greetings Congrats Congratulations Cheers Welcome Goodbye Bye Thx Ty Lol Omg
    Btw Fyi Asap Yo Sup Dude Guys Folks Everyone Anyone Someone Nobody Somebody Anybody
    Barclays HSBC Citi Citibank Santander Lloyds NatWest Monzo Revolut Venmo Zelle PayPal Paypal Stripe Klarna
    Robinhood Schwab BlackRock Nomura Mizuho UBS Rabobank Commerzbank Maybank DBS OCBC Alipay WeChat Wechat Grab
    Gojek Shopee Lazada Alibaba Tencent Baidu Huawei Xiaomi Samsung Sony Nintendo Uber Lyft Airbnb Expedia Booking
    Deliveroo DoorDash Doordash Instacart Spotify Shopify Etsy Ebay eBay Walmart Costco Ikea IKEA Starbucks
    Reisepass Passeport Pasaporte Passaporto Paspoort Personalausweis
    Ubuntu Debian Fedora Linux Windows Android iOS macOS MacOS Chrome Firefox Safari Docker Kubernetes Python
    Rust Solidity Vyper Geth Nethermind Erigon Besu Prysm Lighthouse Teku Infura Alchemy QuickNode Ganache Truffle
    Remix Telegram Discord Slack Twitter Reddit Github GitHub Gitlab GitLab Notion Zoom Excel Outlook Gmail
    """
)

# Brand words (exchanges, banks, payment networks, chains, apps, software): a capitalised run that begins or ends
# with one is a product or a company ("Kraken Futures", "Visa Direct", "Binance Earn"), never a person.
EN_BRANDS = _words(
    """
    Ethereum Bitcoin Solana Polygon Arbitrum Optimism Avalanche Uniswap Aave Compound Chainlink Sepolia Metamask
    MetaMask Ledger Trezor Binance Coinbase Kraken Bybit OKX Okx Bitget Bitfinex Bitstamp Gemini Huobi KuCoin Kucoin
    Gate Upbit Bithumb Lido Curve Maker Etherscan OpenSea Blur Stargate Gitcoin Snapshot Visa Amex Mastercard
    Barclays HSBC Citi Citibank Santander Lloyds NatWest Monzo Revolut Venmo Zelle PayPal Paypal Stripe Klarna
    Robinhood Schwab BlackRock Nomura Mizuho UBS Rabobank Commerzbank Maybank DBS OCBC Alipay WeChat Wechat
    Shopee Lazada Alibaba Tencent Baidu Huawei Xiaomi Samsung Sony Nintendo Uber Lyft Airbnb Expedia Deliveroo
    DoorDash Doordash Instacart Spotify Shopify Etsy eBay Ebay Walmart Costco IKEA Ikea Starbucks Netflix Verizon
    Google Apple Amazon Microsoft Tesla Telegram Discord Slack Twitter Reddit GitHub Github Notion Zoom Ubuntu Debian
    Windows Android Chrome Firefox Docker Geth Infura Alchemy QuickNode Tether Circle Paxos Grayscale Fidelity
    Vanguard Nasdaq NYSE Dogecoin Cardano Polkadot Cosmos Tron Ripple Stellar Litecoin Monero Tezos Algorand
    Toyota Honda Nissan Mazda Subaru Suzuki Hyundai Kia Lexus Volvo Audi Porsche Ferrari Lamborghini Peugeot Renault
    Citroen Volkswagen Rivian Polestar Nike Adidas Puma Reebok Patagonia Uniqlo Gucci Prada Versace
    Wagamama Nandos Chipotle Popeyes Panera Sbarro Wendys Arbys Chevrolet Chevy Cadillac Chrysler Dodge Jeep Buick
    Lego Nutella Heineken Guinness Budweiser Smirnoff Bacardi Tesco Aldi Lidl Asda Primark Ikea Rolex Casio Seiko
    Canon Nikon Lenovo Asus Acer Nokia Motorola Oppo Kindle Peloton Fitbit Garmin Sephora Nordstrom Walgreens
    Pepsi Coke Fanta Sprite Gatorade Nescafe Nespresso Heinz Oreo Doritos Pringles Yeezy Hillsong Nandos Kroger
    """
)


# Given names from outside the US census lists (``data/en_first_names.txt``), written by hand (issue 14, unseen-precision
# round): with no cue word, one capitalised word is a person only when it is a known given name, and users' friends
# are Irish, Nigerian, Indian, Arab, Italian, Polish and Japanese as often as American.
EN_WORLD_GIVEN_NAMES = _words(
    """
    Saoirse Niamh Siobhan Aoife Tadhg Oisin Cian Ciara Sinead Padraig Eoin Caoimhe Aisling Roisin Orla Grainne Fionn
    Kieran Eamon Fergus Callum Ewan Isla Ailsa Hamish Ronan Declan Cormac Ciaran Darragh Eabha Clodagh Meabh Aine Seamus Sean Liam Conor Brendan Dermot Mairead
    Hamza Zainab Fatima Aisha Omar Ahmed Ahmad Mohammed Mohammad Muhammad Mohamed Hassan Hussein Khalid Yusuf Youssef
    Ibrahim Layla Leila Mariam Maryam Noor Nour Amir Karim Tariq Bilal Imran Faisal Rania Samira Mustafa Abdul
    Abdullah Salma Hana Yasmin Yasmine Zayn Zaid Tahir Nasser Farah Huda Amina Aaliyah Ayesha Rashid Hamid Jamal
    Obinna Ngozi Chidi Chinedu Emeka Adebayo Oluwaseun Tunde Kwame Kofi Akua Abena Yaw Thandiwe Sipho Thabo Lerato
    Zanele Babajide Folake Amara Chiamaka Ifeoma Nnamdi Uchenna Segun Bisi Wanjiru Otieno Achieng Olamide Kemi
    Chukwuemeka Adaeze Ayodele Funmilayo Temitope Nkechi Chioma Ebele Kelechi Tendai Tatenda Nomvula Mandla
    Priya Pranav Siddharth Rajesh Anjali Meera Arjun Rohan Vikram Aarav Ananya Deepak Sanjay Sunita Kavya Neha
    Pooja Rahul Amit Sneha Aditya Ishaan Lakshmi Ravi Suresh Venkat Divya Nikhil Karthik Shreya Aishwarya Vivek
    Harpreet Gurpreet Manpreet Simran Jaspreet Arvind Ramesh Ganesh Prakash Anil Sunil Vijay Ajay Asha Geeta
    Alessandro Giulia Matteo Lorenzo Francesca Chiara Giovanni Luca Sofia Federico Giorgio Paolo Marco Elena
    Pieter Femke Sanne Joost Bram Daan Sven Lars Ingrid Astrid Freya Bjorn Nils Henrik Sigrid Elin Maja Linnea
    Tomasz Wojciech Katarzyna Agnieszka Piotr Jakub Malgorzata Krzysztof Pawel Marek Zofia Bartosz Michal
    Dmitri Dmitry Sergei Sergey Olga Natalia Anastasia Nikolai Yuri Alexei Svetlana Tatiana Vladimir Irina Oksana
    Yuki Hiroshi Kenji Haruto Sakura Aiko Takeshi Yuto Sota Hina Yui Ren Kaito Daiki Kenta Naoko Akira Satoshi
    Jurgen Klaus Stefan Lukas Jonas Florian Matthias Annika Jannik Leonie Greta Henrike Wolfgang Dieter
    Zoe Amelie Chloe Elodie Margaux Thibault Mathieu Etienne Camille Juliette Antoine Guillaume Aurelien Manon
    Joaquin Santiago Mateo Valentina Camila Alejandro Javier Lucia Ines Joao Thiago Rafaela Gabriela Catalina
    Ximena Guadalupe Rocio Marisol Esperanza Mercedes Dolores Consuelo Pilar Itziar Iker Unai Aitor Nerea
    Mehmet Ayse Emre Elif Burak Zeynep Can Cem Deniz Ozlem Hakan Selin Murat Yasemin Kerem Oguz Ece
    Nguyen Linh Thao Huong Trang Quynh Duc Tuan Minh Phuong Hieu Khanh Ngoc Anh Bao Hanh
    """
)


# Brands that are also surnames or given names (issue 14, unseen-precision round): one such word with no cue word is
# the brand ("Ford too", "McDonald's accepts crypto", "Alexa, what's the time"); "pay Ford 20 usdc" is a person.
# Unlike ``EN_BRANDS`` they never veto a longer run ("Harrison Ford" is a person).
EN_SURNAME_BRANDS = _words(
    """
    Ford Dell Disney Boeing Heinz Kellogg Kelloggs McDonald McDonalds Porsche Ferrari Lamborghini Maserati Bugatti
    Chanel Gucci Prada Versace Armani Dior Hermes Cartier Goodyear Hilton Marriott Wendys Arby Arbys Dyson
    Bosch Siemens Philips Nestle Cadbury Hershey Colgate Gillette Levis Wrangler Kroger Safeway Walgreens
    Macys Nordstrom Kohls Lowes Benz Daimler Chrysler Dodge Chevrolet Chevy Cadillac Alexa Siri Cortana Peugeot
    Renault Citroen Opel Honda Suzuki Mazda Subaru Yamaha Kawasaki Toyota Nissan Lexus Hyundai Kia Volvo Audi Fiat
    Jaguar Bentley Rolls Barbie Lego Nutella Heineken Guinness Carlsberg Budweiser Smirnoff Bacardi
    Tesco Sainsbury Sainsburys Aldi Lidl Asda Morrisons Waitrose Primark Zara Uniqlo Nike Adidas Puma Reebok Fila
    Vans Converse Skechers Crocs Patagonia Columbia Timberland Wagamama Nandos Chipotle Subway Popeyes Dennys
    Hardee Hardees Sonic Culver Culvers Panera Sbarro Ikea Casio Seiko Rolex Omega Swatch Canon Nikon Fujifilm
    Lenovo Asus Acer Nokia Motorola Oppo Vivo Realme Huawei Pixel Kindle Roomba Peloton Fitbit Garmin Rivian
    Polestar Cardano Solana Ripple Monero Doge Dogecoin Shiba Bonk Jupiter Sui Aptos Tron Avax Barclays
    Jameson Tanqueray Baileys Kahlua Bushmills Glenfiddich Glenlivet Beefeater Seagrams
    Modelo Pacifico Coors Michelob Amstel Tsingtao Sapporo Kirin Hoegaarden
    Cheerios Kleenex Tylenol Advil Clorox Purina Pampers Huggies Crayola Sharpie Hasbro Mattel
    Goldman Nomura Mizuho Daiwa Lazard Rothschild Jefferies Schroders Natixis Raiffeisen Macquarie Schwab Lloyds
    Coutts Mitsubishi Mitsui Sumitomo Hitachi Toshiba Panasonic Fujitsu Shimano Bridgestone Kubota Komatsu Makita
    Lotte Shinhan Samsung Hanwha Doosan Hyosung Kookmin Daewoo Nomura
    """
)

# Voice and AI assistants (issue 14, round 9): people ask, tell and thank them like persons ("asked Alexa to reorder
# paper towels", "hey Siri remind me"), so a cue word before one is no evidence; only a person's verb after it
# ("Alexa said she'd pay") or a kinship word before it ("my cousin Alexa") makes a person.
EN_ASSISTANTS = _words("Alexa Siri Cortana Bixby Copilot ChatGPT Gemini Bard Grok Perplexity Jarvis")


# Head nouns of organisations and places ("Zurich Insurance", "Singapore Pools", "Faith Church", "Elm Grove"): a
# capitalised run ending in one names a business, a body or a place. Surnames among such nouns (Park, Hill, Church,
# Moore, Street) are left out: "Grace Park" is a person as often as not.
EN_ORG_HEADS = _words(
    """
    Insurance Assurance Pools Lottery Casino Bank Banking Airlines Airways Motors Securities Trust Fund Funds
    Foundation University College School Academy Institute Hospital Clinic Hotel Hotels Resort Resorts Club
    Society Association Council Ministry Agency Authority Commission Bureau Department Studio Studios Media
    Energy Power Telecom Mobile Rail Railways Express Logistics Shipping Pharma Pharmaceuticals Health Healthcare
    Ventures Labs Technologies Tech Systems Software Games Entertainment Records Pictures Foods Coffee Brewing
    Brewery Beer Market Markets Mart Store Stores Shop Mall Center Centre Plaza Tower Towers Gardens Grove Square
    Cathedral Temple Mosque Chapel Stadium Arena Airport Station Terminal Exchange Futures Options Finance Financial
    Capital Investments Holdings Partners Group Network Protocol Wallet Swap Bridge DAO Token Coin Chain Pay
    Cinema Theatre Theater Museum Gallery Library Zoo Aquarium Church Churches St Ave Rd Blvd Ln Hwy Pkwy
    """
)

# More head nouns (the unseen-precision round, issue 14): shops, venues, services, streets, congregations, product
# kinds and the plural nicknames of sports teams ("Chicago Bulls", "City Nets"). A capitalised run ending in one is a
# name only with a cue word before it ("tell ...", "cc ...").
EN_THING_HEADS = _words(
    """
    Diner Pantry Bakery Deli Cafe Café Restaurant Kitchen Grill Bar Pub Tavern Inn Lodge Motel Bistro Pizzeria
    Pizza Burger Burgers Tacos Sushi Noodles Ramen Roasters Tea Wine Wines Spirits Creamery Donuts Bagels Gym
    Fitness Pharmacy Dental Salon Spa Barbershop Cleaners Laundry Garage Auto Realty Properties Homes Estates
    Apartments Apartment Condos Village Heights Farms Farm Ranch Orchard Nursery Outlet Boutique Supply Supplies
    Rentals Storage Movers Hardware Electronics Apparel Cosmetics Beauty Jewelers Jewelry Optical Books Bookstore
    Highway Freeway Parkway Boulevard Avenue Expressway Turnpike Golf Baptist Methodist Lutheran Catholic
    Presbyterian Pentecostal Parish Ministries Fellowship Tabernacle Congregation Synagogue Support Helpdesk Desk
    Team Service Services Solutions Consulting Marketing Airline Cruises Tours Travel Jeans Shoes Sneakers Watches
    Nets Bulls Celtics Lakers Knicks Warriors Bucks Suns Clippers Rockets Spurs Mavericks Nuggets Raptors Pistons
    Pacers Hawks Hornets Magic Wizards Cavaliers Grizzlies Pelicans Thunder Blazers Jazz Kings Timberwolves
    Yankees Mets Dodgers Cubs Sox Giants Braves Astros Padres Mariners Orioles Phillies Pirates Royals Twins
    Patriots Cowboys Eagles Packers Steelers Raiders Broncos Chiefs Seahawks Ravens Bears Lions Rams Saints
    Jets Dolphins Bills Chargers Titans Jaguars Texans Colts Vikings Falcons Panthers Rangers Bruins Canucks
    Flyers Penguins Capitals Canadiens Oilers Flames United Rovers Wanderers Hotspur Athletic Albion
    """
)

# Chinese brands, chains and companies whose names begin with a surname character (周大福, 高盛, 李宁): with no cue
# word before them they are the brand, not a person. Written by hand from well-known consumer, food, retail, finance
# and tech names; a cue ("转给李宁", "李宁说") still makes the same characters a person.
ZH_BRANDS: frozenset[str] = _words(
    """
    周大福 周生生 周六福 周黑鸭 六福 老凤祥 老庙 谢瑞麟 高盛 摩根 杜蕾斯 李宁 安踏 特步 鸿星尔克 匹克 乔丹 贵人鸟
    王老吉 加多宝 康师傅 统一 白象 今麦郎 娃哈哈 农夫山泉 怡宝 百岁山 汇源 蒙牛 伊利 光明 三元 君乐宝 旺旺 徐福记
    李子园
    金龙鱼 鲁花 福临门 海天 李锦记 老干妈 王致和 王守义 雷允上 马应龙 云南白药 同仁堂 胡庆余堂 白云山 葵花 修正
    海底捞 杨国福 张亮 杨铭宇 刘一手 小龙坎 谭鸭血 黄焖鸡 沙县小吃 兰州拉面 老乡鸡 乡村基 真功夫 永和大王
    钱大妈 百果园 盒马 马大姐 全家 罗森 华润 万达 万科 万象城 苏宁 国美 京东 淘宝 天猫 拼多多 美团 饿了么
    高德 百度 腾讯 阿里 网易 新浪 搜狐 小米 华为 魏牌 方太 老板电器 格力 美的 海尔 苏泊尔 九阳 林内
    钟薛高 喜茶 奈雪 蜜雪冰城 茶颜悦色 古茗 沪上阿姨 书亦 瑞幸 马蜂窝 陆金所 平安 招商 中信
    江小白 牛栏山 郎酒 汾酒 洋河 古井贡 水井坊 杜康 孔府家 曹操出行 滴滴 花小猪 高铁 白沙 黄鹤楼 南京
    雷克萨斯 雷诺 马自达 丰田 本田 林肯 凯迪拉克 宝马 奔驰 吉利 长城 比亚迪 蔚来 理想 小鹏 哪吒 零跑 岚图
    周大生 金拱门 任天堂 松下 东芝 夏普 索尼 佳能 尼康 石头科技 张小泉 王麻子 杨枝甘露 钱塘江 华莱士 屈臣氏 陶陶居 严选 网易严选 宜家 肯德基 麦当劳 必胜客 德克士 汉堡王
    星巴克 赛百味 塔斯汀 正新鸡排 绝味 煌上煌 巴奴 呷哺呷哺 太二 西贝 外婆家 绿茶餐厅 费大厨 蓝月亮 立白 雕牌
    百雀羚 自然堂 珀莱雅 完美日记 花西子 韩束 海澜之家 森马 太平鸟 波司登 雪中飞 红豆 七匹狼 柒牌 劲霸 九牧王 利郎 周末 汤臣倍健 钱江摩托 沈阳 金六福 金利来 雅戈尔 卫龙 良品铺子 三只松鼠 来伊份 费列罗 史努比
    东方明珠 岳麓山 雷峰塔 滕王阁 周庄 宋城 武侯祠 杜甫草堂 黄山 华山 孔庙 孔林 孔府 包公祠 岳王庙 白马寺 龙门石窟 王府井
    杨浦大桥 卢浦大桥 徐家汇 田子坊 金茂大厦 秦淮河 白云山 白云机场 黄鹤楼 陆家嘴 胡桃 孔雀 胡萝卜
    全聚德 吴裕泰 张一元 陈李济 吴良材 王星记 蔡林记 谢馥春 戴春林
    """
)
# (round 14, the last line: time-honoured shops, 老字号, named after their founders: 全聚德烤鸭 is a restaurant)
# (the last two lines: landmarks that start with a surname character, and common nouns that jieba's dictionary tags
# as person names, nr, so neither word list holds them: 东方明珠亮灯了 is no person 明珠亮, 胡桃多少钱 no 胡桃)

# Dishes, snacks, teas and apps (issue 14, round 9), written by hand: many begin with a surname character and jieba
# holds them as person names or not at all (宫保鸡 nr, 毛血旺 nr, 麻辣烫 absent as a whole), so "宫保鸡丁、鱼香肉丝、毛血旺" read
# as three people. They join the brand list: a cue before one still makes a person (给毛血旺...).
ZH_DISHES: frozenset[str] = _words(
    """
    黄山毛峰 毛峰 西湖龙井 龙井 碧螺春 铁观音 大红袍 普洱 白毫银针 六安瓜片 太平猴魁 祁门红茶 正山小种 金骏眉
    君山银针 信阳毛尖 毛尖 安吉白茶 凤凰单丛 武夷岩茶 钉钉 陌陌 探探 当当 贝贝网 宫保鸡丁 宫保鸡 毛血旺 麻辣烫
    麻辣香锅 麻婆豆腐 鱼香肉丝 回锅肉 东坡肉 白切鸡 黄焖鸡米饭 钟水饺 龙抄手 赖汤圆
    叶儿粑 夫妻肺片 水煮鱼 水煮肉片 酸菜鱼 辣子鸡 口水鸡 盐焗鸡 叉烧 烧鹅 云吞面 肠粉 虾饺 烧卖 凤爪 蛋挞 糯米鸡
    煲仔饭 罗宋汤 秦镇米皮 胡辣汤 羊肉泡馍 肉夹馍 凉皮 臊子面 油泼面 热干面 武昌鱼 锅包肉 地三鲜 杀猪菜 糖醋里脊
    京酱肉丝 北京烤鸭 炸酱面 卤煮 豆汁 驴打滚 艾窝窝 冰糖葫芦 小笼包 生煎 蟹粉小笼 龙井虾仁 西湖醋鱼 叫花鸡 佛跳墙
    沙茶面 海蛎煎 土笋冻 螺蛳粉 老友粉 桂林米粉 过桥米线 汽锅鸡 宣威火腿 毛肚 鸭血粉丝汤 盐水鸭 狮子头 扬州炒饭
    阳春面 葱油拌面 梅菜扣肉 酿豆腐 盆菜 臭豆腐 剁椒鱼头 小炒肉 口味虾 糖油粑粑 钵钵鸡 冒菜 兔头 串串香 冷吃兔
    蛋烘糕 伤心凉粉 甜水面 担担面 燃面 包浆豆腐 石锅拌饭 韩式炸鸡 部队锅 车仔面 碗仔翅 鸡蛋仔 菠萝包 丝袜奶茶
    双皮奶 姜撞奶 龟苓膏 柳州螺蛳粉 黄记煌 常州麻糕 麻糕 高邮咸鸭蛋 咸鸭蛋 温州鱼丸 金华火腿 宁波汤圆 嘉兴粽子
    武汉鸭脖 长沙臭豆腐 重庆小面 贵州酸汤鱼 酸汤鱼 云南米线 新疆大盘鸡 大盘鸡 手抓饭 烤包子 兰州牛肉面 牛肉面
    胡萝卜丝 黄豆芽 白灼虾 清蒸鲈鱼 红烧排骨 糖醋排骨 可乐鸡翅 番茄炒蛋 西红柿炒鸡蛋 蒜蓉西兰花 干煸豆角 蚝油生菜
    """
)
ZH_BRANDS = ZH_BRANDS | ZH_DISHES


# Capitalised words that are ordinary English words AND first names: context decides (a feature, not a veto).
EN_AMBIGUOUS = _words(
    """
    Grace Mark Bill Rose Hope Amber Will May June April August Max Victoria Jordan Paris Summer Jack Sunny Lucky
    Golden Crystal Faith Joy Dawn Autumn Winter Spring Ruby Pearl Jade Ivy Holly Lily Iris Violet Daisy Hazel Olive
    Sky Storm River Stone Rocky Chase Hunter Mason Miles Grant Frank Drew Pat Sue Art Gene Rich Rob Guy Ray Sterling
    Cash Penny Misty Candy Destiny Harmony Melody Trinity Angel Star Royal King Prince Duke Earl Baron Major Victor
    Phoenix Nova Luna Aurora Apollo Atlas Orion Mercury Venus Jupiter Titan Eden Haven Justice Liberty Honor
    """
)

# Ordinary English words that make up product, place and event names ("Dragon Ball", "Red Bull", "Silver Lining",
# "Green Energy Fund"): a feature of the scorer, never a veto (Rose, Stone and King are also names).
EN_COMMON_WORDS = _words(
    """
    red blue green black white silver gold golden yellow orange purple pink grey gray brown iron steel stone wood
    glass crystal diamond ruby emerald jade pearl dragon tiger lion bear bull wolf eagle fox falcon hawk shark whale
    dolphin panda phoenix horse cat dog bird sun moon star stars sky river ocean sea lake mountain forest valley
    harbour harbor bay island desert storm rain snow fire water earth wind thunder lightning man woman king queen
    prince princess knight lord lady war wars ball game games book club city town park bridge tower castle house
    home world land space time energy power light dark magic dream life love heart soul spirit mind big small great
    grand new old young little happy lucky super mega ultra hyper smart fast quick bright deep high low first last
    early late best good bad real true free open wild christmas easter halloween lunar year holiday festival party
    cup league champions racing race origin surfer lining goose potter rings thrones generation event rupee yen
    franc dollar peso live cross ops support sale fund pool vault bank capital coin cash pay wallet card market
    trade trading travel tour trip photo art music film movie show news times daily weekly monthly global united
    national international royal imperial central southern northern eastern western pacific atlantic digital
    crypto chain block meta verse labs studio studios works systems solutions services network networks group
    """
)


# Ordinary Chinese words, places and brands added in the name-precision round (issue 14): compounds whose second
# (or third) character is a surname character, so a candidate starting there starts mid-word (矿池 -> "池收益",
# 华夏银行 -> "夏银行", 向日葵 -> "日葵…"), and places/brands that look like surname + given name.
def _seq(block: str) -> tuple[str, ...]:
    """A whitespace-separated word block in its written order (the training carriers depend on the order)."""
    return tuple(block.split())


ZH_WORD_COMPOUNDS: tuple[str, ...] = _seq(
    """
    矿池 电池 水池 天池 泳池 池塘 中华 京华 繁华 精华 风华 升华 豪华 才华 年华 华夏 华侨 华尔街 向日葵 日葵 对方 双方 地方
    官方 买方 卖方 甲方 乙方 各方 多方 东方 西方 南方 北方 大方 平方 处方 配方 这边 那边 旁边 身边 海边 两边 左边 右边
    里边 外边 上边 下边 边上 大王 国王 霸王 帝王 亲王 天王 王爷 王府 王府井 王者 恐龙 巨龙 火龙 龙头 龙腾 龙虎 水龙头
    乌龙 车龙 长龙  一马 黑马 木马 斑马 骏马 宝马 千万 一万 上万 几万 十万 百万 万达 万科 万豪 高铁 高速 高楼 提高
    最高 太高 很高 升高 增高 名单 简单 账单 订单 买单 清单 菜单 传单 保单 罚单 发票 全部 全都 全体 安全 完全 健全 齐全
    向量 方向 一向 导向 走向 转向 面向 投向 流向 动向 定向 双向 反向 内向 外向 志向 偏向 向前 向后 向上 向下 叶子 树叶
    茶叶 红叶 落叶 中叶 林子 树林 森林 园林 丛林 竹林 少林 武林 石头 宝石 钻石 化石 岩石 石油 矿石 江湖 长江 珠江 浦江
    江山 关于 有关 海关 相关 机关 开关 过关 难关 公关 关键 关注 关门 金额 金融 金库 资金 现金 黄金 基金 租金 押金 美金
    奖金 定金 保证金 本金 白皮书 明白 空白 白天 坦白 常规 常常 正常 非常 经常 日常 通常 异常 家常 常用 许多 许可 允许
    也许 或许 期许 于是 由于 对于 关于 等于 在于 位于 属于 终于 至于 用于 陆家嘴 大陆 登陆 着陆 陆续 内陆 欧莱雅 欧元
    欧洲 欧美 孔明灯 面孔 毛孔 鼻孔 宋体 唐朝 宋朝 元朝 明朝 清朝 汉朝 秦朝 周朝 唐人街 东方财富 招商 招商银行 银行 华为
    小米 格力 美的 海尔 长城 长安 吉利 比亚迪 蔚来 理想 小鹏 红旗 李宁 安踏 特步 鸿星尔克 农夫山泉 娃哈哈 康师傅 统一
    老干妈 周黑鸭 马应龙 云南白药 同仁堂 张裕 茅台 五粮液 汾酒 泸州 宁德 万向 华润 中信 招行 工行 建行 农行 中行 交行
    浦发 平安 民生 光大 兴业 华夏银行 广发 邮储 支付宝 微信 余额宝 花呗 借呗 京东 淘宝 天猫 拼多多 美团 滴滴 抖音 快手
    百度 腾讯 阿里 网易 新浪 搜狐 字节 王者荣耀 和平精英 原神 明日方舟 杭州 苏州 温州 福州 广州 郑州 兰州 贵州 徐州
    常州 扬州 泉州 柳州 梅州 惠州 连云港 石家庄 张家口 张家界 秦皇岛 邢台 邯郸 唐山 沈阳 贵阳 南阳 洛阳 衡阳 岳阳 安阳
    咸阳 信阳 马鞍山 黄山 黄河 黄浦 黄埔 潘家园   钱塘  曹县  龙岗  罗湖 福田 宝安 南山 海淀 朝阳
    丰台 顺义 通州 房山 昌平 怀柔 密云 延庆  万州 涪陵 江北 渝中 高新 田子坊  中山 周庄 乌镇 西湖 林林总总 张江
    """
)

# Payment and crypto vocabulary that jieba's general dictionary lacks (尾款, 到账, 矿工费, 助记词): a candidate that
# starts or ends inside one of these is cut mid-word (付尾款 -> 付 + 尾款, not a person), like the words above.
ZH_DOMAIN_WORDS: tuple[str, ...] = _seq(
    """
    尾款 余款 房款 打款 提款 退款 到账 出账 入账 对账 记账 销账 挂账 赊账 旧账 烂账 陈年 私钥 公钥 助记词 种子词 矿工费
    燃气费 手续费 服务费 管理费 滑点 挖矿 矿机 矿工 矿场 矿池 代币 稳定币 山寨币 主流币 平台币 治理币 提现 充值 充币 提币
    转币 换币 买币 卖币 炒币 囤币 黑名单 白名单 热钱包 冷钱包 硬件钱包 多签 链上 链下 主网 测试网 侧链 跨链 跨链桥 二层
    空投 质押 解押 锁仓 解锁 释放 归集 授权 撤销 签名 验签 哈希 区块 出块 打包 确认数 节点 预言机 流动性 做市 挂单
    吃单 限价 市价 止损 止盈 爆仓 强平 杠杆 合约 永续 交割 期权 现货 法币 出金 入金 承兑 商家 场外 实名 认证 冻结
    解冻 风控 白皮书 路线图 代码 审计 漏洞 补丁 升级 分叉 硬分叉 软分叉 回滚 重放 抢跑 夹子 套利 搬砖 复投 分红
    返佣 邀请码 推荐码 验证码 提取码 兑换码 订单 工单 客服 售后 物流 快递 单号 运单 包邮 到付 货到付款 预售 定金
    首付 月供 分期 利息 本息 逾期 滞纳金 违约金 保证金 押金 租金 物业费 水电费 话费 流量 会员 年费 月费 续费
    柯基 柴犬 金毛 泰迪 哈士奇 马卡龙 鲍鱼 黄鱼 白菜价 龙井 普洱 铁观音 曹操 孙子兵法 林肯 宋城 王者归来
    """
)


# Brands, places, products and fixed expressions written in capitalised words, several of them made of first names
# or surnames ("Morgan Stanley", "Santa Clara", "Rose Gold", "Fill Or Kill"): matched case-insensitively as whole
# phrases, a feature of the scorer (a person can still be called Grace Park or Victoria Falls-Smith).
EN_PHRASES: tuple[str, ...] = tuple(
    line.strip().lower()
    for line in """
    Santa Clara|Santa Monica|Santa Barbara|Santa Fe|Santa Cruz|Santa Claus|San Francisco|San Jose|San Diego
    San Antonio|Los Angeles|Las Vegas|New York|New Jersey|New Orleans|New Delhi|New Zealand|Hong Kong|Victoria Falls
    Victoria Harbour|Victoria Station|Lake Tahoe|Lake Como|Lake Geneva|Long Beach|Long Island|Palm Springs|Palm Beach
    St. Louis|St Louis|Saint Louis|St. Petersburg|Salt Lake City|Rio de Janeiro|Buenos Aires|Costa Rica|Puerto Rico
    Sri Lanka|Abu Dhabi|Cape Town|Kuala Lumpur|Tel Aviv|Monte Carlo|Grand Canyon|Niagara Falls|Mount Everest
    Silicon Valley|Wall Street|Times Square|Central Park|Golden Gate|Beverly Hills|Jackson Hole|Virginia Beach
    Charlotte Harbor|Mount Vernon|Fort Worth|Fort Lauderdale|Jersey City|Kansas City|Carson City|Georgetown
    Morgan Stanley|Wells Fargo|Charles Schwab|Goldman Sachs|JP Morgan|J.P. Morgan|JPMorgan Chase|Liberty Mutual
    Mercedes-Benz|Mercedes Benz|Rolls Royce|Rolls-Royce|Aston Martin|Harley Davidson|Harley-Davidson|Ford Mustang
    Ford Focus|Ford Fiesta|Tesla Model|Burger King|Dairy Queen|Taco Bell|Pizza Hut|Dunkin Donuts|Krispy Kreme
    Stella Artois|Dos Equis|Blue Moon|Sierra Nevada|Sam Adams|Jack Daniel|Jim Beam|Maker's Mark|Captain Morgan
    Grey Goose|Tito's|Evan Williams|Wild Turkey|Johnnie Walker Black|Johnnie Walker Red|Dr Pepper Zero|Mrs. Fields
    Tim Hortons|Ben & Jerry's|Johnson & Johnson|Procter & Gamble|Dr Pepper|Dr. Pepper|Mountain Dew|Coca Cola
    Coca-Cola|Red Bull|Jack Daniels|Jack Daniel's|Johnnie Walker|Louis Vuitton|Calvin Klein|Tommy Hilfiger
    Ralph Lauren|Hugo Boss|Victoria's Secret|Dolce & Gabbana|Yves Saint Laurent|Estee Lauder|Marc Jacobs
    Michael Kors|Kate Spade|Tory Burch|Tiffany & Co|Walt Disney|Warner Bros|Paramount Pictures|American Express
    Capital One|Bank of America|Edward Jones|Charles River|Apple Pay|Google Pay|Samsung Pay|Amazon Web Services
    Microsoft Azure|Rocket Pool|Pancake Swap|Sushi Swap|Trader Joe's|Trader Joes|Whole Foods|Home Depot|Best Buy
    General Motors|General Electric|Lockheed Martin|Ernst & Young|Arthur Andersen|Merrill Lynch|Lehman Brothers
    Bear Stearns|Franklin Templeton|T. Rowe Price|Ruby Tuesday|Papa John's|Little Caesars|Jimmy John's
    Baskin Robbins|National Park|State Park|National Forest|Nature Reserve|Warby Parker|Saint Laurent|Hudson Yards|Brooklyn Bowl|Sherwin Williams|Sherwin-Williams|Jim Beam|Dr. Martens|Dr Martens|Doc Martens|Jose Cuervo
    Marks & Spencer|Marks and Spencer|Hewlett Packard|Hewlett-Packard|Christian Dior|Giorgio Armani|Eddie Bauer
    Ray Ban|Ray-Ban|Steve Madden|Betty Crocker|Jimmy Dean|Sam Adams|Samuel Adams|John Deere|John Lewis|Ted Baker
    Paul Smith|Fred Meyer|Harris Teeter|Jersey Mike's|Dave & Buster's|Carl's Jr|Jo Malone|Bobbi Brown|Mary Kay
    Anne Klein|Ann Taylor|Vera Wang|Alexander McQueen|Stella McCartney|Tommy Bahama|Lands' End|Duncan Hines
    Paul Mitchell|Charles & Keith|Jimmy Fund|Ruth's Chris|Chick-fil-A|Fred Perry|Ben Sherman|Martin Guitars|Bentley Motors|Alfa Romeo|Rose Gold|Space Gray
    Space Grey|Fill Or Kill|Good Till Cancelled|Good Til Canceled|Black Swan|Dark Knight|Silver Surfer|Iron Man
    Captain America|Spider Man|Spider-Man|Harry Potter|Dragon Ball|Star Wars|Game of Thrones|Happy New Year
    Merry Christmas|Black Friday|Cyber Monday|Boxing Day|Mother's Day|Father's Day|Valentine's Day|Grant Program
    Summer Grant|Hall of Fame|Bitcoin Cash|Ethereum Classic|Shiba Inu|Tom and Jerry|Peter Pan|Jack Russell
    Grace Period|Hope Diamond|St. Patrick's Day|Golden Harbor|Golden Harbour|Royal Caribbean|Holiday Inn
    Marriott Bonvoy|Hilton Honors|Four Seasons|Ritz Carlton|Ritz-Carlton|Jimmy Choo|Tom Ford|Kenneth Cole
    Charles Tyrwhitt|Brooks Brothers|Martha Stewart Living|Dow Jones|Morningstar|Lincoln Navigator|Lincoln Center
    Jefferson Memorial|Washington Monument|Abbey Road|Baker Street|Oxford Street|Penny Lane|Rosa Parks Boulevard
    Madison Square Garden|Madison Avenue|Jackson Square|Victoria Park|Albert Dock|Prince Albert|Queen Elizabeth
    Trail of Bits|Open Zeppelin|Consensys Diligence|Christmas Eve|Easter Sunday|Good Friday|Labor Day|Memorial Day|Patriot Day|Martin Luther King Day
    Standard Chartered|Deutsche Bank|Credit Suisse|Societe Generale|BNP Paribas|Banco Santander|Lloyds Bank|Barclays Bank
    Hang Seng|Hang Seng Bank|Bank of China|China Construction Bank|Royal Bank of Canada|TD Bank|Interactive Brokers
    Tiger Brokers|Futu Securities|Fidelity Investments|Vanguard Group|State Street|Northern Trust|Silicon Valley Bank
    Signature Bank|Silvergate Bank|First Republic|Ally Bank|Chase Bank|Chase Sapphire|Chase Freedom|Citi Bank|Cash App
    Uber Eats|Grab Food|Food Panda|Just Eat|Singapore Airlines|Cathay Pacific|Qatar Airways|British Airways
    American Airlines|Delta Air Lines|United Airlines|Air China|China Eastern|Virgin Atlantic|Virgin Galactic
    Binance Smart Chain|Trust Wallet|Coinbase Wallet|Coinbase Pro|Gemini Earn|Kraken Pro|Ledger Live|Ledger Nano
    Trezor Model|Phantom Wallet|Rabby Wallet|Lido Finance|Lido Staked|Maker Dao|Curve Finance|Yearn Finance
    Compound Finance|Aave Labs|Uniswap Labs|Optimism Mainnet|Arbitrum One|Arbitrum Nova|Polygon zkEVM|Base Mainnet
    Solana Pay|Circle Internet|Tether Holdings|Paxos Trust|Gemini Trust|Grayscale Bitcoin Trust|Mt Gox|Mt. Gox
    Three Arrows Capital|Alameda Research|Jump Trading|Jane Street|Citadel Securities|Galaxy Digital|Animoca Brands
    Sky Mavis|Axie Infinity|Bored Ape|Bored Ape Yacht Club|Crypto Punks|Pudgy Penguins|Art Blocks|Magic Eden
    Looks Rare|Open Sea|Apple Watch|Apple Music|Apple Card|Google Drive|Google Docs|Google Sheets|Google Cloud
    Microsoft Teams|Microsoft Office|Amazon Prime|Prime Video|Disney Plus|Air Jordan|Nike Air|Adidas Originals
    Under Armour|North Face|The North Face|Lonely Planet|Grand Theft Auto|Call of Duty|League of Legends
    Final Fantasy|Super Mario|Pokemon Go|Genshin Impact|Honor of Kings|Angry Birds|Candy Crush|Tiger Balm|Tiger Beer
    Great Wall|Great Wall Motors|Forbidden City|Summer Palace|Temple Street|Nathan Road|Victoria Peak|Ocean Park
    Tokyo Disneyland|Marina Bay|Marina Bay Sands|Sentosa Island|Orchard Road|Raffles Place|Clarke Quay|Canary Wharf
    Oxford Circus|Piccadilly Circus|Covent Garden|Notting Hill|Hyde Park|Buckingham Palace|Big Ben|Eiffel Tower
    Champs Elysees|Mont Blanc|Costa Coffee|Pret A Manger|Blue Bottle|Luckin Coffee|Shake Shack|Five Guys
    Kentucky Fried Chicken|Domino's Pizza|Hai Di Lao|Din Tai Fung|Summer Sale|Winter Sale|Spring Festival
    Mid-Autumn Festival|Dragon Boat Festival|Chinese New Year|Lunar New Year|Good Morning|Good Night|Happy Birthday
    Happy Holidays|Thanksgiving Day|Independence Day|Christmas Day|New Year's Eve|Black Monday|Golden Week|Singles Day
    Manchester United|Manchester City|Real Madrid|Atletico Madrid|Paris Saint-Germain|Paris Saint Germain
    Bayern Munich|Borussia Dortmund|Inter Milan|AC Milan|Tottenham Hotspur|Aston Villa|Leicester City|Golden State
    Golden State Warriors|Los Angeles Lakers|LA Lakers|Boston Celtics|Chicago Bulls|Miami Heat|New England Patriots
    Dallas Cowboys|New York Yankees|Boston Red Sox|Formula One|Formula 1|Grand Prix|World Cup|Super Bowl
    Prime Day|Ho Chi Minh City|Kuala Lumpur|Ang Mo Kio|Tsim Sha Tsui|Mong Kok|Causeway Bay|Wan Chai
    Sham Shui Po|Kwun Tong|Sha Tin|Tai Po|Tuen Mun|Yuen Long|Lan Kwai Fong|Jurong East|Toa Payoh|Bukit Timah
    """.replace("\n", "|").split("|")
    if line.strip()
)

# Sentence-initial auxiliaries and verbs that are never names in a request ("Can I pay…", "Could you…").
EN_AUX_WORDS = _words(
    """
    Can Could Would Should Shall Must Might Does Did Do Has Have Had Let Lets Let's Need Wanna Gonna Gotta Plz
    Please Kindly Maybe Perhaps Still Already Again Never Always Deadline Trail Kill Fill Cancel Cancelled Limit
    Stop Market Bid Ask Spread Slippage Bought Moved Paid Launched Accepts Froze Dropped Failed Apply Submit Claim
    Book Register Confirm Review Schedule Update Install Download Upload Add Remove Delete Reset Restore Verify Note
    Reminder Due Subject Re Fwd Attn Memo Ref Reference Status Summary Urgent Important Notice Warning Tip Fee Fees
    Balance Reason Purpose Budget Invoice Receipt Payment Terms Agenda Update Result Results Quote Total Estimate
    """
)

# round 14: figures of novels, myth and cartoons whose names start with a surname character (孙悟空 -> not 孙悟,
# 沙和尚 -> not 沙和): nobody's personal data, and the tagger reads their first characters as a surname and a given
# name. Historical people (狄仁杰, 岳飞) are people and stay out of this list.
ZH_FICTIONAL: frozenset[str] = _words(
    """
    孙悟空 孙大圣 齐天大圣 沙和尚 沙悟净 沙僧 白骨精 牛魔王 蜘蛛精 铁扇公主 白娘子 钟馗 熊大 熊二 金角大王 银角大王
    孙行者 美猴王 黄眉大王 红孩儿 哪吒 猪八戒 葫芦娃 喜羊羊 灰太狼 孔乙己 祥林嫂 闰土
    关公 关帝 关二爷 关圣帝君 观音 观世音 妈祖 财神 土地公 济公 包公 齐天大圣
    """
)
