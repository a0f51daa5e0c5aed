"""NFT plugin: an ERC-721 sale; the self-test proves exact payment, the per-wallet limit, the max supply, the
allow-list, royalties and the owner's withdrawal against the Python reference (price x count)."""

from __future__ import annotations

from typing import Any, ClassVar

from ledgerlm import units
from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import (
    BuildContext,
    ExplainFacts,
    Explanation,
    KindPlugin,
    check,
    expect_revert,
)
from ledgerlm.contracts.kinds.nft import explainer, template

ZERO_ROOT = b"\x00" * 32


def price_wei(spec: Any) -> int:
    return units.to_base_units(spec.mint_price, 18, field="mint_price")


def royalty_bps(spec: Any) -> int:
    return units.pct_to_bps(spec.royalty_pct, field="royalty_pct") if spec.royalty_pct is not None else 0


def leaf(address: str) -> bytes:
    """The allow-list leaf of an address: keccak256(abi.encodePacked(address)), as the contract computes it."""
    from eth_utils import keccak, to_bytes

    return bytes(keccak(to_bytes(hexstr=address)))


def merkle_root(addresses: list[str]) -> bytes:
    """The root of a sorted-pair Merkle tree over the addresses (OpenZeppelin ``MerkleProof`` convention)."""
    from eth_utils import keccak

    level = sorted(leaf(a) for a in addresses)
    while len(level) > 1:
        nxt = []
        for i in range(0, len(level), 2):
            pair = level[i : i + 2]
            nxt.append(pair[0] if len(pair) == 1 else bytes(keccak(b"".join(sorted(pair)))))
        level = nxt
    return level[0]


class NftPlugin(KindPlugin):
    kind = "nft"
    template: ClassVar[Any] = template

    def roles(self, spec: Any) -> list[str]:
        return ["royalty_receiver"] if spec.royalty_receiver is not None and spec.royalty_pct else []

    def constructor_args(
        self,
        spec: Any,
        ctx: BuildContext,
        *,
        max_supply: int | None = None,
        max_per_wallet: int | None = None,
        root: bytes | None = None,
    ) -> list[Any]:
        supply = int(max_supply if max_supply is not None else spec.max_supply)
        per_wallet = int(max_per_wallet if max_per_wallet is not None else (spec.max_per_wallet or spec.max_supply))
        if root is None:
            root = bytes.fromhex(spec.allowlist_root[2:]) if spec.allowlist_root else ZERO_ROOT
        receiver = ctx.parties.get("royalty_receiver") or ctx.deployer
        return [
            spec.name,
            spec.symbol,
            spec.base_uri or "",
            supply,
            price_wei(spec),
            min(per_wallet, supply),
            root,
            receiver,
            royalty_bps(spec),
            ctx.deployer,
        ]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        ctx, _ = base.keyed_context(chain, ctx)
        price = price_wei(spec)
        limit = int(spec.max_per_wallet or spec.max_supply)
        minter, other = [a.address for a in chain.dev_accounts if a.address != ctx.deployer][:2]
        passed: list[str] = []

        def deploy(**kw: Any) -> Any:
            address = chain.deploy(artifact, self.constructor_args(spec, ctx, **kw)).address
            return address, chain.contract(address, artifact.abi).functions

        address, fn = deploy()
        check(
            chain.call(fn.maxSupply()) == spec.max_supply
            and chain.call(fn.mintPriceWei()) == price
            and chain.call(fn.maxPerAddress()) == min(limit, spec.max_supply),
            "supply, price and limit as requested",
            "constructor values differ",
        )
        passed.append("max supply, price and per-wallet limit as requested")
        count = min(2, limit)
        if spec.allowlist_root is not None:
            passed.append(
                expect_revert(
                    lambda: chain.transact(fn.mint(1, []), sender=chain.account(minter), value=price),
                    "an address not on the allow-list cannot mint",
                    "NotAllowListed",
                )
            )
            address, fn = deploy(root=merkle_root([minter]))  # a one-leaf list with the test minter: empty proof
            passed.append("allow-listed addresses mint, others cannot (checked with a one-address list)")
        if price > 0:
            passed.append(
                expect_revert(
                    lambda: chain.transact(fn.mint(count, []), sender=chain.account(minter), value=price * count - 1),
                    "underpayment is refused",
                    "WrongPayment",
                )
            )
        chain.transact(fn.mint(count, []), sender=chain.account(minter), value=price * count, expect_events=("Minted",))
        check(
            chain.call(fn.balanceOf(minter)) == count and chain.balance(address) == price * count,
            "paid amount equals price x count",
            "balance",
        )
        passed.append(f"minting {count} costs exactly {count} x price")
        if limit < spec.max_supply:
            left = limit - count
            passed.append(
                expect_revert(
                    lambda: chain.transact(
                        fn.mint(left + 1, []), sender=chain.account(minter), value=price * (left + 1)
                    ),
                    f"no wallet mints more than {limit}",
                    "MintLimit",
                )
            )
        if spec.royalty_pct:
            receiver, amount = chain.call(fn.royaltyInfo(1, 10**6))
            check(int(amount) == 10**6 * royalty_bps(spec) // 10_000, "royalty as requested", str(amount))
            passed.append(f"ERC-2981 royalty {spec.royalty_pct}% to {receiver}")
        if price > 0:
            before = chain.balance(ctx.deployer)
            passed.append(
                expect_revert(
                    lambda: chain.transact(fn.withdraw(), sender=chain.account(minter)),
                    "only the owner withdraws",
                    "OwnableUnauthorizedAccount",
                )
            )
            receipt = chain.transact(fn.withdraw(), sender=chain.account(ctx.deployer), expect_events=("Withdrawn",))
            del receipt
            check(
                chain.balance(address) == 0 and chain.balance(ctx.deployer) > before,
                "withdraw empties the sale",
                "balance",
            )
            passed.append("the owner withdraws the revenue")
        address, fn = deploy(max_supply=2, max_per_wallet=2, root=ZERO_ROOT)  # a tiny open copy: the cap itself
        chain.transact(fn.mint(2, []), sender=chain.account(minter), value=price * 2)
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.mint(1, []), sender=chain.account(other), value=price),
                "supply never above the maximum (checked on a copy capped at 2)",
                "SoldOut",
            )
        )
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        return base.read_views(
            chain,
            address,
            abi,
            ["name", "symbol", "maxSupply", "mintPriceWei", "maxPerAddress", "allowListRoot", "totalMinted", "owner"],
        )

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = NftPlugin()
