# ruff: noqa: E501 - a table of bilingual texts (Chinese characters count double in line width)
"""What each detector means: SWC id, DASP category and a plain description in English and Chinese.

Why a table: a finding is only useful when a reader knows what it means, in their language; a detector missing here
would show as a bare name. ``describe`` falls back to Slither's own wiki title (English) and a Chinese sentence that
says so, and ``tests/review`` checks that every detector Slither or ledgerlm ships has an entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledgerlm.i18n import pick
from ledgerlm.review.messages import MESSAGES

CATEGORIES = (
    "reentrancy",
    "access_control",
    "arithmetic",
    "unchecked_low_level_calls",
    "denial_of_service",
    "bad_randomness",
    "front_running",
    "time_manipulation",
    "short_addresses",
    "other",
)


@dataclass(frozen=True)
class Entry:
    swc: str
    category: str
    en: str
    zh: str

    def text(self, lang: str) -> str:
        """The description in ``lang`` (English for a language the table lacks)."""
        return pick(lang, {"en": self.en, "zh": self.zh})


def _e(swc: str, category: str, en: str, zh: str) -> Entry:
    return Entry(swc, category, en, zh)


R, AC, AR, UC, DOS, RND, FR, TM, SA, OT = CATEGORIES

ENTRIES: dict[str, Entry] = {
    # --- reentrancy
    "reentrancy-eth": _e(
        "SWC-107",
        R,
        "An external call that sends ETH happens before the contract updates its state; "
        "the callee can call back in and withdraw again.",
        "在更新状态之前进行了发送 ETH 的外部调用；被调用方可以重新进入合约并再次提款。",
    ),
    "reentrancy-no-eth": _e(
        "SWC-107",
        R,
        "State is written after an external call; a reentrant call sees stale state.",
        "外部调用之后才写入状态；重入的调用会看到过期的状态。",
    ),
    "reentrancy-balance": _e(
        "SWC-107",
        R,
        "A balance read before an external call is used after it; reentrancy can change it in between.",
        "外部调用前读取的余额在调用后仍被使用；重入可在其间改变余额。",
    ),
    "reentrancy-benign": _e(
        "SWC-107",
        R,
        "State written after an external call (no direct loss found, but the order is unsafe).",
        "外部调用之后写入状态（未发现直接损失，但调用顺序不安全）。",
    ),
    "reentrancy-events": _e(
        "SWC-107",
        R,
        "An event is emitted after an external call; a reentrant call can reorder the logs.",
        "事件在外部调用之后发出；重入可打乱日志顺序。",
    ),
    "reentrancy-unlimited-gas": _e(
        "SWC-107",
        R,
        "send/transfer before a state change: safe only while gas costs stay as they are.",
        "在状态更改前使用 send/transfer：只有在 gas 成本不变时才安全。",
    ),
    "ledgerlm-reentrancy-call": _e(
        "SWC-107",
        R,
        "A call forwarding all gas (call.value / call{value}) runs before the "
        "balance it pays from is cleared; the receiver can re-enter and be paid again.",
        "转发全部 gas 的调用（call.value / call{value}）在清零余额之前执行；接收方可重入并再次收款。",
    ),
    # --- access control
    "arbitrary-send-eth": _e(
        "SWC-105",
        AC,
        "Anyone can make the contract send ETH to an address they choose.",
        "任何人都可以让合约把 ETH 发送到自己指定的地址。",
    ),
    "arbitrary-send-erc20": _e(
        "SWC-105",
        AC,
        "transferFrom uses a `from` the caller chooses: anyone can move tokens others approved to this contract.",
        "transferFrom 的 from 由调用者指定：任何人都能转走别人授权给本合约的代币。",
    ),
    "arbitrary-send-erc20-permit": _e(
        "SWC-105",
        AC,
        "transferFrom with an arbitrary `from` after permit: tokens of any signer can be moved.",
        "permit 之后用任意 from 调用 transferFrom：任何签名者的代币都可被转走。",
    ),
    "suicidal": _e(
        "SWC-106",
        AC,
        "Anyone can destroy the contract (selfdestruct without access control).",
        "任何人都可以销毁合约（selfdestruct 没有访问控制）。",
    ),
    "controlled-delegatecall": _e(
        "SWC-112",
        AC,
        "delegatecall to an address or data the caller controls: the caller "
        "can run any code with this contract's storage and funds.",
        "delegatecall 的目标或数据由调用者控制：调用者可以用本合约的存储和资金执行任意代码。",
    ),
    "delegatecall-loop": _e(
        "SWC-112",
        AC,
        "delegatecall inside a loop of a payable function reuses msg.value.",
        "payable 函数在循环中使用 delegatecall，会重复使用 msg.value。",
    ),
    "tx-origin": _e(
        "SWC-115",
        AC,
        "Authorisation by tx.origin: a contract the owner calls can act as the owner.",
        "用 tx.origin 做授权：所有者调用的任何合约都能冒充所有者。",
    ),
    "unprotected-upgrade": _e(
        "SWC-105",
        AC,
        "The implementation can be initialised or destroyed by anyone.",
        "任何人都可以初始化或销毁该实现合约。",
    ),
    "protected-vars": _e(
        "SWC-105",
        AC,
        "A variable meant to be protected is written by an unprotected function.",
        "本应受保护的变量被一个没有保护的函数写入。",
    ),
    "backdoor": _e("SWC-105", AC, "A function named like a backdoor.", "存在类似后门的函数。"),
    "ledgerlm-unprotected-state": _e(
        "SWC-105",
        AC,
        "Anyone can change who controls the contract or its money "
        "(an owner, admin or payout address is written without any check of the caller).",
        "任何人都能改变合约的控制者或资金去向（所有者、管理员或收款地址被写入时没有检查调用者）。",
    ),
    "ledgerlm-unprotected-payout": _e(
        "SWC-105",
        AC,
        "Anyone can make the contract pay out ETH or its whole balance without being checked.",
        "任何人都能在不受检查的情况下让合约付出 ETH 或全部余额。",
    ),
    "ledgerlm-public-initializer": _e(
        "SWC-118",
        AC,
        "A function that sets the owner (an old-style constructor whose "
        "name does not match the contract, or an initialiser) can be called by anyone.",
        "设置所有者的函数（名称与合约不符的旧式构造函数，或初始化函数）任何人都能调用。",
    ),
    "ledgerlm-unprotected-selfdestruct": _e(
        "SWC-106",
        AC,
        "selfdestruct is reachable without a check of the caller.",
        "selfdestruct 可以在不检查调用者的情况下被执行。",
    ),
    "ledgerlm-default-visibility": _e(
        "SWC-100",
        AC,
        "A function without a visibility keyword is public in Solidity before 0.5: anyone can call it.",
        "0.5 之前没有可见性关键字的函数默认是 public：任何人都能调用。",
    ),
    "ledgerlm-delegatecall-input": _e(
        "SWC-112",
        AC,
        "delegatecall with data from the caller (msg.data or an "
        "argument): the caller chooses what runs with this contract's storage.",
        "delegatecall 使用调用者提供的数据（msg.data 或参数）：由调用者决定以本合约存储执行什么。",
    ),
    "ledgerlm-tx-origin": _e(
        "SWC-115",
        AC,
        "tx.origin is used to check who may act: any contract the owner calls can act as the owner.",
        "用 tx.origin 判断谁可以操作：所有者调用的任何合约都能冒充所有者。",
    ),
    "ledgerlm-storage-pointer": _e(
        "SWC-109",
        OT,
        "An uninitialised local storage struct or array writes over the "
        "contract's first storage slots (e.g. the owner).",
        "未初始化的局部 storage 结构体或数组会覆盖合约最前面的存储槽（例如所有者）。",
    ),
    # --- arithmetic
    "ledgerlm-integer-overflow": _e(
        "SWC-101",
        AR,
        "Arithmetic before Solidity 0.8 has no overflow check: this "
        "addition or multiplication on a balance, counter or amount can wrap around.",
        "Solidity 0.8 之前的算术没有溢出检查：这里对余额、计数或金额的加法或乘法可能回绕。",
    ),
    "ledgerlm-integer-underflow": _e(
        "SWC-101",
        AR,
        "Subtraction before Solidity 0.8 has no underflow check and no "
        "require guards it: the result can wrap to a huge number.",
        "Solidity 0.8 之前的减法没有下溢检查，也没有 require 保护：结果可能回绕成巨大的数。",
    ),
    "divide-before-multiply": _e(
        "SWC-101", AR, "Division before multiplication loses precision.", "先除后乘会损失精度。"
    ),
    "incorrect-exp": _e(
        "SWC-101", AR, "`^` is XOR in Solidity, not exponentiation.", "Solidity 中 ^ 是异或，不是乘方。"
    ),
    "tautology": _e("", OT, "A comparison that is always true or always false.", "比较结果恒为真或恒为假。"),
    "tautological-compare": _e("", OT, "A variable compared with itself.", "变量与自身比较。"),
    # --- unchecked calls
    "unchecked-lowlevel": _e(
        "SWC-104",
        UC,
        "The result of a low-level call is not checked: a failed call goes "
        "unnoticed and the contract continues as if it succeeded.",
        "未检查底层调用的返回值：调用失败不会被发现，合约会当作成功继续执行。",
    ),
    "unchecked-send": _e(
        "SWC-104",
        UC,
        "The result of send() is not checked: a failed payment goes unnoticed.",
        "未检查 send() 的返回值：付款失败不会被发现。",
    ),
    "unchecked-transfer": _e(
        "SWC-104",
        UC,
        "The boolean returned by an ERC-20 transfer is ignored: a failed transfer counts as paid.",
        "忽略了 ERC-20 transfer 返回的布尔值：转账失败也会被当作已付款。",
    ),
    "unused-return": _e(
        "SWC-104", UC, "The return value of an external call is not used.", "外部调用的返回值没有被使用。"
    ),
    "low-level-calls": _e(
        "SWC-104",
        UC,
        "A low-level call (call, delegatecall, staticcall) is used.",
        "使用了底层调用（call、delegatecall、staticcall）。",
    ),
    "ledgerlm-unchecked-call": _e(
        "SWC-104",
        UC,
        "The success flag of call/send/delegatecall (or of a token transfer) is dropped: a failure is ignored.",
        "丢弃了 call/send/delegatecall（或代币转账）的成功标志：失败会被忽略。",
    ),
    "ledgerlm-unchecked-token": _e(
        "SWC-104",
        UC,
        "An ERC-20 transfer/transferFrom/approve result is not checked; "
        "tokens that return false on failure are counted as paid.",
        "未检查 ERC-20 transfer/transferFrom/approve 的结果；失败时返回 false 的代币会被当作已支付。",
    ),
    # --- denial of service
    "calls-loop": _e(
        "SWC-113",
        DOS,
        "External calls inside a loop: one failing or expensive callee blocks everyone.",
        "循环中有外部调用：一个失败或耗费大量 gas 的接收方会阻塞所有人。",
    ),
    "msg-value-loop": _e(
        "",
        DOS,
        "msg.value is used inside a loop: the same payment counts several times.",
        "在循环中使用 msg.value：同一笔付款被重复计算。",
    ),
    "costly-loop": _e(
        "SWC-128",
        DOS,
        "Storage written in a loop: a long list can exceed the block gas limit.",
        "循环中写入存储：列表太长时会超出区块 gas 上限。",
    ),
    "locked-ether": _e(
        "",
        DOS,
        "The contract can receive ETH but has no way to send it out: it is locked forever.",
        "合约可以接收 ETH 却无法转出：资金会被永久锁定。",
    ),
    "incorrect-equality": _e(
        "SWC-132",
        DOS,
        "A strict equality on a balance or time can be broken by anyone sending ETH or waiting.",
        "对余额或时间使用严格相等：任何人发送 ETH 或等待就能使其失效。",
    ),
    "ledgerlm-dos-loop": _e(
        "SWC-113",
        DOS,
        "A loop pays or calls many addresses (or grows without bound): one "
        "failing receiver or a long list blocks the whole function.",
        "循环向多个地址付款或调用（或无上限增长）：一个失败的接收方或过长的列表会阻塞整个函数。",
    ),
    "ledgerlm-dos-revert": _e(
        "SWC-113",
        DOS,
        "A payment to another party must succeed for the function to go on "
        "(require(send) / transfer to a previous leader): that party can block it forever.",
        "必须向另一方付款成功函数才能继续（require(send) / 向前一位领先者 transfer）：对方可永久阻塞它。",
    ),
    "return-bomb": _e(
        "",
        DOS,
        "A callee can return huge data and make this call run out of gas.",
        "被调用方可以返回巨量数据，使此次调用耗尽 gas。",
    ),
    # --- randomness / time
    "weak-prng": _e(
        "SWC-120",
        RND,
        "Randomness from block values (timestamp, blockhash, number): miners and other "
        "contracts can predict or influence it.",
        "使用区块值（时间戳、区块哈希、区块号）作为随机数：矿工和其他合约可以预测或影响它。",
    ),
    "ledgerlm-block-randomness": _e(
        "SWC-120",
        RND,
        "A value derived from block variables (blockhash, timestamp, "
        "number, difficulty, coinbase) or from private state decides an outcome; it can "
        "be predicted by anyone.",
        "由区块变量（blockhash、时间戳、区块号、难度、coinbase）或私有状态得出的值决定结果；任何人都能预测它。",
    ),
    "timestamp": _e(
        "SWC-116",
        TM,
        "block.timestamp (now) decides a condition; a miner can shift it by seconds.",
        "由 block.timestamp（now）决定条件；矿工可以把它调整几秒。",
    ),
    "ledgerlm-timestamp": _e(
        "SWC-116",
        TM,
        "block.timestamp (now) decides who wins or when funds move; miners can shift it.",
        "block.timestamp（now）决定谁获胜或资金何时流动；矿工可以调整它。",
    ),
    # --- front running
    "ledgerlm-front-running": _e(
        "SWC-114",
        FR,
        "Transaction-order dependence: the outcome (a reward, a price, a "
        "solution to a puzzle) depends on which transaction is mined first, and a watcher "
        "of the mempool can copy or pre-empt it.",
        "交易顺序依赖：结果（奖励、价格、谜题答案）取决于哪笔交易先被打包，观察内存池的人可以复制或抢先。",
    ),
    "ledgerlm-approve-race": _e(
        "SWC-114",
        FR,
        "approve() overwrites an allowance directly: the spender can spend the "
        "old and the new allowance by front-running the change.",
        "approve() 直接覆盖额度：被授权者可以抢先交易，同时花掉旧额度和新额度。",
    ),
    # --- short address
    "ledgerlm-short-address": _e(
        "",
        SA,
        "A token transfer takes (address, amount) without checking msg.data "
        "length: a truncated address shifts the amount.",
        "代币转账函数接收 (address, amount) 却不检查 msg.data 长度：被截短的地址会使金额移位。",
    ),
    # --- other
    "abiencoderv2-array": _e(
        "", OT, "A compiler bug with storage arrays in ABIEncoderV2.", "ABIEncoderV2 处理存储数组的编译器缺陷。"
    ),
    "array-by-reference": _e(
        "", OT, "A storage array passed by value: changes are lost.", "按值传递存储数组：修改会丢失。"
    ),
    "assembly": _e("", OT, "Inline assembly is used.", "使用了内联汇编。"),
    "assert-state-change": _e("", OT, "assert() changes state.", "assert() 中修改了状态。"),
    "boolean-cst": _e("", OT, "A boolean constant is misused.", "误用了布尔常量。"),
    "boolean-equal": _e("", OT, "Comparison to a boolean constant.", "与布尔常量比较。"),
    "cache-array-length": _e(
        "", OT, "Array length read in every loop iteration (gas).", "每次循环都读取数组长度（gas）。"
    ),
    "chainlink-feed-registry": _e(
        "", OT, "Chainlink Feed Registry is used (mainnet only).", "使用了 Chainlink Feed Registry（仅主网可用）。"
    ),
    "chronicle-unchecked-price": _e(
        "", OT, "A Chronicle price is used without checking it.", "使用 Chronicle 价格前没有检查。"
    ),
    "constable-states": _e(
        "", OT, "A state variable could be constant (gas).", "状态变量可以声明为 constant（节省 gas）。"
    ),
    "constant-function-asm": _e(
        "", OT, "A view/pure function uses assembly that may change state.", "view/pure 函数使用了可能修改状态的汇编。"
    ),
    "constant-function-state": _e(
        "", OT, "A function declared constant/view changes state.", "声明为 constant/view 的函数修改了状态。"
    ),
    "controlled-array-length": _e(
        "", OT, "The caller can set an array length and overwrite storage.", "调用者可以设置数组长度从而覆盖存储。"
    ),
    "cyclomatic-complexity": _e("", OT, "A very complex function.", "函数过于复杂。"),
    "dead-code": _e("", OT, "Code that is never used.", "从未使用的代码。"),
    "deprecated-standards": _e(
        "SWC-111",
        OT,
        "Deprecated Solidity constructs (throw, sha3, suicide, ...).",
        "使用了已弃用的 Solidity 写法（throw、sha3、suicide 等）。",
    ),
    "domain-separator-collision": _e(
        "", OT, "A function collides with DOMAIN_SEPARATOR.", "函数与 DOMAIN_SEPARATOR 冲突。"
    ),
    "encode-packed-collision": _e(
        "SWC-133",
        OT,
        "abi.encodePacked of several dynamic values can collide.",
        "对多个动态值使用 abi.encodePacked 可能产生哈希冲突。",
    ),
    "enum-conversion": _e("", OT, "A dangerous conversion to an enum.", "危险的枚举类型转换。"),
    "erc20-indexed": _e("", OT, "ERC-20 event parameters are not indexed.", "ERC-20 事件参数没有 indexed。"),
    "erc20-interface": _e(
        "",
        OT,
        "The ERC-20 functions have wrong return types: callers may fail.",
        "ERC-20 函数的返回类型不正确：调用方可能失败。",
    ),
    "erc721-interface": _e("", OT, "The ERC-721 functions have wrong signatures.", "ERC-721 函数签名不正确。"),
    "events-access": _e("", OT, "An access-control change emits no event.", "访问控制变更没有发出事件。"),
    "events-maths": _e("", OT, "An important parameter change emits no event.", "重要参数变更没有发出事件。"),
    "external-function": _e(
        "", OT, "A public function could be external (gas).", "public 函数可以声明为 external（节省 gas）。"
    ),
    "function-init-state": _e(
        "", OT, "A state variable is initialised by a function call.", "状态变量由函数调用初始化。"
    ),
    "gelato-unprotected-randomness": _e(
        "SWC-120", RND, "Gelato VRF randomness can be requested by anyone.", "任何人都能请求 Gelato VRF 随机数。"
    ),
    "immutable-states": _e(
        "", OT, "A state variable could be immutable (gas).", "状态变量可以声明为 immutable（节省 gas）。"
    ),
    "incorrect-modifier": _e(
        "",
        OT,
        "A modifier that can end without running the function or reverting.",
        "修饰器可能既不执行函数也不回滚就结束。",
    ),
    "incorrect-return": _e("", OT, "return in assembly ends the whole call.", "汇编中的 return 会终止整个调用。"),
    "return-leave": _e(
        "",
        OT,
        "return used in assembly where leave was meant: it ends the whole call.",
        "在汇编中本应使用 leave 却用了 return：会终止整个调用。",
    ),
    "incorrect-shift": _e("", OT, "Shift operands in assembly are swapped.", "汇编中位移操作数顺序颠倒。"),
    "incorrect-unary": _e(
        "", OT, "A dangerous unary expression (=+ instead of +=).", "危险的一元表达式（=+ 而非 +=）。"
    ),
    "incorrect-using-for": _e(
        "", OT, "A using-for statement that matches nothing.", "using-for 语句没有匹配任何类型。"
    ),
    "mapping-deletion": _e(
        "",
        OT,
        "Deleting a struct that holds a mapping leaves the mapping.",
        "删除包含 mapping 的结构体时，mapping 不会被清除。",
    ),
    "missing-inheritance": _e(
        "", OT, "The contract implements an interface without inheriting it.", "合约实现了接口却没有继承它。"
    ),
    "missing-zero-check": _e(
        "", OT, "An address is set without checking it is not zero.", "设置地址时没有检查是否为零地址。"
    ),
    "msg-value-in-nonpayable": _e(
        "", OT, "msg.value in a function that cannot receive ETH.", "在不能接收 ETH 的函数中使用 msg.value。"
    ),
    "multiple-constructors": _e("", OT, "Several constructor definitions.", "存在多个构造函数定义。"),
    "name-reused": _e(
        "", OT, "Two contracts share a name; one is ignored by tools.", "两个合约同名；工具会忽略其中一个。"
    ),
    "naming-convention": _e("", OT, "Names do not follow the Solidity style guide.", "命名不符合 Solidity 风格指南。"),
    "optimism-deprecation": _e(
        "", OT, "A deprecated Optimism predeploy is used.", "使用了已弃用的 Optimism 预部署合约。"
    ),
    "out-of-order-retryable": _e(
        "", OT, "Arbitrum retryable tickets may run out of order.", "Arbitrum 可重试交易可能乱序执行。"
    ),
    "pragma": _e("", OT, "Different pragma versions are used.", "使用了不同的 pragma 版本。"),
    "public-mappings-nested": _e(
        "",
        OT,
        "A public mapping of nested structs (compiler bug before 0.5).",
        "公开的嵌套结构体 mapping（0.5 之前的编译器缺陷）。",
    ),
    "pyth-deprecated-functions": _e("", OT, "Deprecated Pyth functions.", "使用了已弃用的 Pyth 函数。"),
    "pyth-unchecked-confidence": _e(
        "", OT, "A Pyth price is used without checking its confidence.", "使用 Pyth 价格时未检查置信区间。"
    ),
    "pyth-unchecked-publishtime": _e(
        "", OT, "A Pyth price is used without checking its age.", "使用 Pyth 价格时未检查发布时间。"
    ),
    "redundant-statements": _e("", OT, "A statement that does nothing.", "没有作用的语句。"),
    "reused-constructor": _e("", OT, "A base constructor is called twice.", "基类构造函数被调用了两次。"),
    "rtlo": _e(
        "SWC-130",
        OT,
        "A right-to-left override character hides what the code does.",
        "从右到左覆盖字符掩盖了代码的真实含义。",
    ),
    "shadowing-abstract": _e(
        "SWC-119", OT, "A state variable shadows one of an abstract base.", "状态变量遮蔽了抽象基类中的变量。"
    ),
    "shadowing-builtin": _e("SWC-119", OT, "A name shadows a built-in symbol.", "名称遮蔽了内置符号。"),
    "shadowing-local": _e("SWC-119", OT, "A local variable shadows another name.", "局部变量遮蔽了其他名称。"),
    "shadowing-state": _e(
        "SWC-119", OT, "A state variable shadows one of a base contract.", "状态变量遮蔽了基类中的变量。"
    ),
    "solc-version": _e("SWC-102", OT, "The compiler version is old or has known bugs.", "编译器版本过旧或有已知缺陷。"),
    "storage-array": _e("", OT, "A signed integer storage array (compiler bug).", "有符号整数存储数组（编译器缺陷）。"),
    "too-many-digits": _e("", OT, "A literal with many digits is easy to misread.", "位数过多的字面量容易看错。"),
    "unimplemented-functions": _e("", OT, "Functions declared but not implemented.", "声明但未实现的函数。"),
    "unindexed-event-address": _e("", OT, "An address in an event is not indexed.", "事件中的地址参数没有 indexed。"),
    "uninitialized-fptr-cst": _e(
        "", OT, "An uninitialised function pointer is called in a constructor.", "构造函数中调用了未初始化的函数指针。"
    ),
    "uninitialized-local": _e("", OT, "A local variable is used before it is set.", "局部变量在赋值前被使用。"),
    "uninitialized-state": _e("", OT, "A state variable is never set but is used.", "状态变量从未赋值却被使用。"),
    "uninitialized-storage": _e(
        "SWC-109",
        OT,
        "An uninitialised storage pointer overwrites the first storage slots.",
        "未初始化的存储指针会覆盖最前面的存储槽。",
    ),
    "unused-state": _e("", OT, "A state variable is never used.", "状态变量从未被使用。"),
    "var-read-using-this": _e(
        "", OT, "A public variable is read through this. (gas).", "通过 this. 读取公共变量（浪费 gas）。"
    ),
    "variable-scope": _e("", OT, "A local variable is used before its declaration.", "局部变量在声明之前被使用。"),
    "void-cst": _e("", OT, "A call to a constructor that does not exist.", "调用了不存在的构造函数。"),
    "write-after-write": _e(
        "", OT, "A variable is written twice without being read.", "变量被连续写入两次而中间未被读取。"
    ),
}


def entry(detector: str, wiki_title: str = "") -> Entry:
    """The catalogue entry of a detector; an unknown one says plainly that it has no translation."""
    found = ENTRIES.get(detector)
    if found is not None:
        return found
    title = wiki_title or detector
    texts = MESSAGES.both("untranslated_detector", title=title)
    return Entry("", OT, texts["en"], texts["zh"])


def describe(detector: str, lang: str) -> str:
    return entry(detector).text(lang)


def category_name(category: str, lang: str) -> str:
    """The DASP category's name in ``lang``; an unknown category shows as its id."""
    return MESSAGES.say(category, lang) if category in CATEGORIES else category
