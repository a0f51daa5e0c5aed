"""Build ``labelled.jsonl``: the hand-written labelled set for redaction recall / false-positive measurements.

Items are written by hand below; only check digits (cards, resident IDs) and mnemonics are computed, so that the
set contains *valid* identifiers without copying anyone's real data. Run ``python tests/privacy/data/build_labelled.py``
to regenerate (output is deterministic). Each line: ``{"id", "lang", "text", "entities": [{"type", "value"}],
"secret": null | "PRIVATE_KEY" | "SEED_PHRASE"}``; an item with no entities and no secret is a negative.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ledgerlm.privacy.bip39 import entropy_to_mnemonic
from ledgerlm.privacy.validators import cn_id_check_char, luhn_valid


def card(prefix: str, length: int) -> str:
    body = prefix + "".join(str((i * 7 + 3) % 10) for i in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_valid(body + d):
            return body + d
    raise AssertionError


def not_luhn(digits: str) -> str:
    return digits if not luhn_valid(digits) else digits[:-1] + str((int(digits[-1]) + 1) % 10)


def cn_id(area: str, birth: str, seq: str) -> str:
    first = area + birth + seq
    return first + cn_id_check_char(first)


def hexkey(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


E = "EMAIL"
P = "PHONE"
I = "CN_ID"  # noqa: E741
C = "CARD"
B = "IBAN"
IP = "IP"
A = "ADDRESS"
N = "NAME"

ID1 = cn_id("110105", "19900307", "123")
ID2 = cn_id("310104", "19851120", "456")
ID3 = cn_id("440305", "20010615", "078")
ID4 = cn_id("510107", "19780203", "331")
CARD_VISA = card("4", 16)
CARD_MC = card("55", 16)
CARD_UP = card("622202", 19)
CARD_AMEX = card("37", 15)
CARD_UP2 = card("621700", 19)
BAD_ORDER = not_luhn("2024051812345678")
TX1 = "0x" + hexkey("tx-1")
TX2 = "0x" + hexkey("tx-2")
KEY1 = hexkey("key-1")
KEY2 = hexkey("key-2")
SEED12 = " ".join(entropy_to_mnemonic(hashlib.sha256(b"seed-12").digest()[:16]))
SEED24 = " ".join(entropy_to_mnemonic(hashlib.sha256(b"seed-24").digest()))
SEED_ZH = " ".join(entropy_to_mnemonic(hashlib.sha256(b"seed-zh").digest()[:16], "chinese_simplified"))
SEED_ZH_TIGHT = "".join(entropy_to_mnemonic(hashlib.sha256(b"seed-zh2").digest()[:16], "chinese_simplified"))
ADDR1 = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"
ADDR2 = "0x5FbDB2315678afecb367f032d93F642f64180aa3"

ITEMS: list[tuple[str, str, list[tuple[str, str]], str | None]] = [
    # ---- Chinese, positives -------------------------------------------------------------------------------------
    (
        "zh",
        "我叫张伟，电话 13812345678，邮箱 zhangwei@example.com",
        [(N, "张伟"), (P, "13812345678"), (E, "zhangwei@example.com")],
        None,
    ),
    ("zh", "请把合同发到 li.na@corp.cn，谢谢", [(E, "li.na@corp.cn")], None),
    ("zh", "联系电话：+86 139 1234 5678", [(P, "+86 139 1234 5678")], None),
    ("zh", "办公室座机 010-62345678，工作日可打", [(P, "010-62345678")], None),
    ("zh", "客服热线 (021)58881234", [(P, "(021)58881234")], None),
    ("zh", f"身份证号：{ID1}", [(I, ID1)], None),
    ("zh", f"本人身份证 {ID2}，请核实", [(I, ID2)], None),
    ("zh", f"证件号码{ID3}已上传", [(I, ID3)], None),
    ("zh", f"银行卡号 {CARD_UP}，开户行招商银行", [(C, CARD_UP)], None),
    (
        "zh",
        f"请退款到我的卡 {CARD_UP2[:4]} {CARD_UP2[4:8]} {CARD_UP2[8:12]} {CARD_UP2[12:16]} {CARD_UP2[16:]}",
        [(C, f"{CARD_UP2[:4]} {CARD_UP2[4:8]} {CARD_UP2[8:12]} {CARD_UP2[12:16]} {CARD_UP2[16:]}")],
        None,
    ),
    ("zh", "收款账户 IBAN：DE89 3704 0044 0532 0130 00", [(B, "DE89 3704 0044 0532 0130 00")], None),
    ("zh", "服务器地址 10.0.12.7 无法访问", [(IP, "10.0.12.7")], None),
    ("zh", "节点 IPv6 是 2001:db8::8a2e:370:7334", [(IP, "2001:db8::8a2e:370:7334")], None),
    ("zh", "我住在北京市朝阳区建国路88号，快递放门口", [(A, "北京市朝阳区建国路88号")], None),
    ("zh", "收货地址：上海市浦东新区世纪大道100号", [(A, "上海市浦东新区世纪大道100号")], None),
    ("zh", "公司在广东省深圳市南山区科技园路1号3栋", [(A, "广东省深圳市南山区科技园路1号3栋")], None),
    ("zh", "寄到杭州市西湖区文三路90号就行", [(A, "杭州市西湖区文三路90号")], None),
    ("zh", "姓名：王小明，手机 15900001111", [(N, "王小明"), (P, "15900001111")], None),
    ("zh", "请联系陈先生处理退款", [(N, "陈")], None),
    ("zh", "收款人：刘洋，转 500 USDT", [(N, "刘洋")], None),
    ("zh", "我的名字是欧阳娜娜", [(N, "欧阳娜娜")], None),
    ("zh", "李老师的邮箱是 prof.li@univ.edu.cn", [(N, "李"), (E, "prof.li@univ.edu.cn")], None),
    ("zh", "持卡人：赵敏，卡号 " + CARD_VISA, [(N, "赵敏"), (C, CARD_VISA)], None),
    ("zh", "我叫黄磊想借 1000 USDC", [(N, "黄磊")], None),
    ("zh", "手机号18600001234，身份证" + ID4, [(P, "18600001234"), (I, ID4)], None),
    ("zh", "有问题找周女士，电话 0755-86001234", [(N, "周"), (P, "0755-86001234")], None),
    ("zh", "发票寄到成都市武侯区人民南路四段12号", [(A, "成都市武侯区人民南路四段12号")], None),
    ("zh", "管理后台 IP 为 172.16.254.1，请加白名单", [(IP, "172.16.254.1")], None),
    ("zh", "邮箱 test_user+bank@mail.example.org 已验证", [(E, "test_user+bank@mail.example.org")], None),
    ("zh", "给张伟转 100 USDT", [(N, "张伟")], None),
    (
        "zh",
        "借款人孙丽，电话13700002222，地址南京市鼓楼区中山路18号",
        [(N, "孙丽"), (P, "13700002222"), (A, "南京市鼓楼区中山路18号")],
        None,
    ),
    ("zh", "请把 0.5 ETH 转给 " + ADDR1 + "，我叫吴昊", [(N, "吴昊")], None),
    ("zh", "英国同事电话 +44 20 7946 0958", [(P, "+44 20 7946 0958")], None),
    ("zh", "卡号" + CARD_MC + "的账单", [(C, CARD_MC)], None),
    ("zh", "汇款至 GB82 WEST 1234 5698 7654 32", [(B, "GB82 WEST 1234 5698 7654 32")], None),
    # ---- Chinese, secrets ---------------------------------------------------------------------------------------
    ("zh", f"我的私钥是 {KEY1}，帮我导入钱包", [], "PRIVATE_KEY"),
    ("zh", f"私钥：0x{KEY2}", [], "PRIVATE_KEY"),
    ("zh", f"助记词：{SEED_ZH}", [], "SEED_PHRASE"),
    ("zh", f"这是我的助记词 {SEED_ZH_TIGHT} 请保管", [], "SEED_PHRASE"),
    ("zh", f"帮我恢复钱包：{SEED12}", [], "SEED_PHRASE"),
    # ---- Chinese, negatives -------------------------------------------------------------------------------------
    ("zh", f"查询交易 {TX1} 的状态", [], None),
    ("zh", f"交易哈希 {TX2} 已确认", [], None),
    ("zh", f"把 1500.50 USDT 转到 {ADDR1}", [], None),
    ("zh", f"合约地址 {ADDR2} 已部署", [], None),
    ("zh", "订单号 " + BAD_ORDER + "，请尽快发货", [], None),
    ("zh", "2024-05-01 到期，年利率 5.5%，期限 12 个月", [], None),
    ("zh", "区块高度 19876543，gas 21000", [], None),
    ("zh", "创建一个众筹合约，目标 100 ETH，截止 2025年6月30日", [], None),
    ("zh", "时间戳 1716912345 对应的区块", [], None),
    ("zh", "版本 1.2.3.4 已发布", [], None),
    ("zh", "请帮我质押 32 ETH 到验证者", [], None),
    ("zh", "我想借 2000 USDC，抵押 1.5 ETH", [], None),
    ("zh", "路由器后台 12:30:45 重启了", [], None),
    ("zh", "在 Uniswap 上用 1000 USDT 换 ETH，滑点 0.5%", [], None),
    ("zh", "链 ID 是 31337，端口 8545", [], None),
    ("zh", "先生们女士们，欢迎参加治理投票", [], None),
    ("zh", "我是学生，想了解 DeFi 风险", [], None),
    ("zh", "发行一个名为 LedgerCoin 的代币，总量 1000000", [], None),
    ("zh", "转账编号 TX20240518000123", [], None),
    ("zh", "电话会议定在周三下午三点", [], None),
    # ---- English, positives -------------------------------------------------------------------------------------
    (
        "en",
        "My name is John Smith and my email is john.smith@example.com",
        [(N, "John Smith"), (E, "john.smith@example.com")],
        None,
    ),
    ("en", "Call me at +1 415-555-0132 after 5pm", [(P, "+1 415-555-0132")], None),
    ("en", "Office: (212) 555-0199", [(P, "(212) 555-0199")], None),
    ("en", "Reach our Berlin desk at +49 30 12345678", [(P, "+49 30 12345678")], None),
    ("en", "Tokyo office +81 3-1234-5678", [(P, "+81 3-1234-5678")], None),
    (
        "en",
        f"Charge card {CARD_VISA[:4]} {CARD_VISA[4:8]} {CARD_VISA[8:12]} {CARD_VISA[12:]} for the fee",
        [(C, f"{CARD_VISA[:4]} {CARD_VISA[4:8]} {CARD_VISA[8:12]} {CARD_VISA[12:]}")],
        None,
    ),
    ("en", f"Amex {CARD_AMEX} expires 09/27", [(C, CARD_AMEX)], None),
    (
        "en",
        f"Mastercard {CARD_MC[:4]}-{CARD_MC[4:8]}-{CARD_MC[8:12]}-{CARD_MC[12:]}",
        [(C, f"{CARD_MC[:4]}-{CARD_MC[4:8]}-{CARD_MC[8:12]}-{CARD_MC[12:]}")],
        None,
    ),
    ("en", "Wire to IBAN GB82WEST12345698765432 please", [(B, "GB82WEST12345698765432")], None),
    ("en", "My IBAN is FR14 2004 1010 0505 0001 3M02 606", [(B, "FR14 2004 1010 0505 0001 3M02 606")], None),
    ("en", "Dutch account NL91ABNA0417164300", [(B, "NL91ABNA0417164300")], None),
    ("en", "The RPC node runs on 203.0.113.7 port 8545", [(IP, "203.0.113.7")], None),
    ("en", "Whitelist fe80::1ff:fe23:4567:890a for the validator", [(IP, "fe80::1ff:fe23:4567:890a")], None),
    ("en", "Ship it to 221 Baker Street, London", [(A, "221 Baker Street, London")], None),
    ("en", "I live at 742 Evergreen Terrace, Springfield", [(A, "742 Evergreen Terrace, Springfield")], None),
    (
        "en",
        "Our HQ is 350 Fifth Avenue, Suite 4100, New York, NY 10118",
        [(A, "350 Fifth Avenue, Suite 4100, New York, NY 10118")],
        None,
    ),
    (
        "en",
        "Send the papers to 1600 Amphitheatre Parkway, Mountain View, CA 94043",
        [(A, "1600 Amphitheatre Parkway, Mountain View, CA 94043")],
        None,
    ),
    ("en", "Please contact Mr. Brown about the loan", [(N, "Brown")], None),
    ("en", "Dear Emily Davis, your credential was issued", [(N, "Emily Davis")], None),
    ("en", "Name: Robert Chen, phone 650-253-0000", [(N, "Robert Chen"), (P, "650-253-0000")], None),
    ("en", "Recipient: Maria Garcia", [(N, "Maria Garcia")], None),
    ("en", "Ms. Patel will sign the agreement", [(N, "Patel")], None),
    ("en", "Hi, I'm Alice Johnson, I want to borrow 500 USDC", [(N, "Alice Johnson")], None),
    ("en", "Cardholder: James O'Brien", [(N, "James O'Brien")], None),
    (
        "en",
        "email ops-team@ledger.io or admin@example.co.uk",
        [(E, "ops-team@ledger.io"), (E, "admin@example.co.uk")],
        None,
    ),
    ("en", "Dr. Wang can be reached at wang@hospital.org", [(N, "Wang"), (E, "wang@hospital.org")], None),
    ("en", "Send 2 ETH to Bob", [(N, "Bob")], None),
    ("en", f"Borrower Jane Doe, SSN-free, card {CARD_UP}", [(N, "Jane Doe"), (C, CARD_UP)], None),
    ("en", "Backup server 192.168.1.20 and 10.1.1.1", [(IP, "192.168.1.20"), (IP, "10.1.1.1")], None),
    ("en", "UK mobile +44 7700 900123", [(P, "+44 7700 900123")], None),
    ("en", "Chinese ID " + ID1 + " belongs to the applicant", [(I, ID1)], None),
    ("en", "My name is Chen Jie and I live at 88 Jianguo Road", [(N, "Chen Jie"), (A, "88 Jianguo Road")], None),
    (
        "en",
        "Contact: Sarah Miller, sarah.m@example.net, 415.555.0100",
        [(N, "Sarah Miller"), (E, "sarah.m@example.net"), (P, "415.555.0100")],
        None,
    ),
    ("en", "Spanish IBAN ES91 2100 0418 4502 0005 1332 for refunds", [(B, "ES91 2100 0418 4502 0005 1332")], None),
    ("en", "Mrs. Thompson lives at 12 Oak Lane", [(N, "Thompson"), (A, "12 Oak Lane")], None),
    # ---- English, secrets ---------------------------------------------------------------------------------------
    ("en", f"my private key is 0x{KEY1}", [], "PRIVATE_KEY"),
    ("en", f"privateKey={KEY2}", [], "PRIVATE_KEY"),
    ("en", f"import this wallet: {KEY2}", [], "PRIVATE_KEY"),
    ("en", f"here is my seed phrase: {SEED12}", [], "SEED_PHRASE"),
    ("en", f"{SEED24}", [], "SEED_PHRASE"),
    (
        "en",
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        [],
        "SEED_PHRASE",
    ),
    ("en", f"recovery words:\n1. {SEED12.replace(' ', chr(10) + '1. ')}", [], "SEED_PHRASE"),
    ("en", f"is 0x{KEY1} safe to share?", [], "PRIVATE_KEY"),
    # ---- English, negatives -------------------------------------------------------------------------------------
    ("en", f"What is the status of tx {TX1}?", [], None),
    ("en", f"transaction hash {TX2} failed with out of gas", [], None),
    ("en", f"Send 1500.50 USDT to {ADDR1}", [], None),
    ("en", f"Deployed the token at {ADDR2} in block 12345678", [], None),
    ("en", f"Order number {BAD_ORDER} shipped", [], None),
    ("en", "Loan of 10,000 USDC at 5.5% APR for 12 months, due 2025-06-30", [], None),
    ("en", "Gas used 21000, gas price 30 gwei, nonce 42", [], None),
    ("en", "Release version 1.2.3.4 is live", [], None),
    ("en", "The meeting is at 12:30:45 UTC", [], None),
    ("en", "Swap 1000 USDT for ETH on Uniswap with 0.5% slippage", [], None),
    ("en", "Create a crowdfunding contract with a 100 ETH goal ending June 30", [], None),
    ("en", "Abandon the plan and act now, the market is volatile", [], None),
    ("en", "I am going to stake 32 ETH", [], None),
    ("en", "Chain id 31337 on port 8545, timestamp 1716912345", [], None),
    ("en", "Invoice INV-2024-000123 totals 4,250.00 USD", [], None),
    ("en", f"Merkle root {TX1} anchored on-chain", [], None),
    ("en", "Mint 1,000,000 LEDG tokens to the treasury", [], None),
    ("en", "Vote yes on proposal 17 before Friday", [], None),
    ("en", "Our tracking id is 1Z999AA10123456784", [], None),
    ("en", "Please explain what a flash loan is", [], None),
    ("en", "Set gas price to 15000000000 wei", [], None),
    ("en", "Mint 5000000000000000000 wei of LEDG, max supply 6011000000000000004", [], None),
    ("zh", "燃气价格 13500000000，数量 4539578763621486", [], None),
    ("zh", "借款上限最高总额 1000 USDT", [], None),
    ("zh", "马上总结一下合约条款，提高总量到一百万", [], None),
]


def main() -> None:
    out = Path(__file__).with_name("labelled.jsonl")
    lines = []
    for i, (lang, text, entities, secret) in enumerate(ITEMS, 1):
        for _, value in entities:
            assert value in text, (i, value)
        lines.append(
            json.dumps(
                {
                    "id": i,
                    "lang": lang,
                    "text": text,
                    "entities": [{"type": t, "value": v} for t, v in entities],
                    "secret": secret,
                },
                ensure_ascii=False,
            )
        )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} items to {out}")


if __name__ == "__main__":
    main()
