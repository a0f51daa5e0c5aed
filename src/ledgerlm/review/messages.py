"""What the review area says of its own, English and Chinese side by side (the detectors' descriptions are a table
of their own in ``catalog.py``: each row carries its SWC id and category next to its two texts).

The DASP category names are keyed by the category ids of ``catalog.CATEGORIES``.
"""

from __future__ import annotations

from ledgerlm.i18n import Catalogue

MESSAGES = Catalogue(
    "review",
    {
        "reentrancy": {"en": "Reentrancy", "zh": "重入"},
        "access_control": {"en": "Access control", "zh": "访问控制"},
        "arithmetic": {"en": "Arithmetic (overflow/underflow)", "zh": "算术（溢出/下溢）"},
        "unchecked_low_level_calls": {"en": "Unchecked low-level calls", "zh": "未检查的底层调用"},
        "denial_of_service": {"en": "Denial of service", "zh": "拒绝服务"},
        "bad_randomness": {"en": "Bad randomness", "zh": "不安全的随机数"},
        "front_running": {"en": "Front running", "zh": "抢跑（交易顺序依赖）"},
        "time_manipulation": {"en": "Time manipulation", "zh": "时间戳操纵"},
        "short_addresses": {"en": "Short addresses", "zh": "短地址攻击"},
        "other": {"en": "Other", "zh": "其他"},
        "untranslated_detector": {"en": "{title}", "zh": "{title}（该检测器尚无中文说明）"},
        "bytecode_only": {
            "en": "only the bytecode is available: ledgerlm does not know this contract's source, so it cannot be "
            "reviewed; the function selectors it exposes are listed",
            "zh": "只有字节码可用：ledgerlm 不知道该合约的源代码，无法审查；下面列出它暴露的函数选择器。",
        },
    },
)

__all__ = ["MESSAGES"]
