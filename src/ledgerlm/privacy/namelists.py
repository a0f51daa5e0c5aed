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
)
ZH_COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
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

ZH_NOT_NAMES = (
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
    My Dear Arbitrum Operations
    """
)
