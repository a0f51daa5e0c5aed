"""The spec: the typed contract between language and code.

Each contract kind has one pydantic model in ``ledgerlm.contracts.kinds.<kind>.spec``. Values the user did not
state stay ``None``; ``missing()`` lists the ones the contract cannot be built without. Validators reject
impossible values with a ``SpecError`` that names the field and the rule.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from ledgerlm.errors import SpecError


def __getattr__(name: str) -> Any:
    """``KINDS`` is computed by the kind registry (folders under ``contracts/kinds/``), never written here."""
    if name == "KINDS":
        from ledgerlm.contracts.kinds import kind_names

        return kind_names()
    raise AttributeError(name)


class ContractSpec(BaseModel):
    """Base of every kind's spec. Amounts are ``Decimal`` in whole token units; percents are numbers (5 = 5%)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    kind: ClassVar[str]
    #: Parameters that must be known before the contract can be built.
    required: ClassVar[tuple[str, ...]] = ()

    def missing(self) -> list[str]:
        return [name for name in self.required if getattr(self, name) is None]

    def params(self) -> dict[str, Any]:
        return self.model_dump(mode="python")

    def check_complete(self) -> None:
        """Raise when a required value is still unknown (used right before code generation)."""
        absent = self.missing()
        if absent:
            raise SpecError(
                absent[0],
                "is required but was not given",
                hint=f"add it to the request or pass --set {absent[0]}=VALUE",
            )


def spec_class(kind: str) -> type[ContractSpec]:
    """The kind's spec model (``contracts/kinds/<kind>/spec.py``); ``SpecError`` for an unknown kind."""
    from ledgerlm.contracts.kinds import spec_class as _registered

    return _registered(kind)


def build_spec(kind: str, params: dict[str, Any], *, allow_high_rate: bool = False) -> ContractSpec:
    """Validate raw params into the kind's spec, turning pydantic errors into a ``SpecError`` naming the field."""
    cls = spec_class(kind)
    try:
        return cls.model_validate(params, context={"allow_high_rate": allow_high_rate})
    except ValidationError as exc:
        first = exc.errors()[0]
        msg = first["msg"].removeprefix("Value error, ")
        field = ".".join(str(p) for p in first["loc"])
        if not field:  # a rule across fields: it names the field it is about first
            head = msg.split(" ", 1)[0]
            field = head if head in cls.model_fields else kind
        raise SpecError(field, msg, hint=_hint_for(field)) from None


def _hint_for(field: str) -> str:
    return f"correct the value of {field} in the request, or pass --set {field}=VALUE"


#: No on-chain amount can exceed a uint256, whatever the token's decimals: larger values are refused here, quoting
#: them, instead of failing deep in the ABI encoder (the exact base-unit check is ``ledgerlm.units``).
UINT256_MAX = 2**256 - 1


def _fits(value: Decimal) -> None:
    if value > UINT256_MAX:
        raise ValueError(f"{value:E} is larger than any on-chain amount can be (2^256 - 1 ≈ 1.16E+77)")


def positive(field: str, value: Decimal | None) -> Decimal | None:
    if value is not None and value <= 0:
        raise ValueError(f"must be greater than 0 (got {value})")
    if value is not None:
        _fits(value)
    return value


def non_negative(value: Decimal | None) -> Decimal | None:
    if value is not None and value < 0:
        raise ValueError(f"must not be negative (got {value})")
    if value is not None:
        _fits(value)
    return value
