"""Every property by name, and the lookup that turns names into objects with clear errors.

Adding a property is one module defining its :class:`~properties.spec.Property` plus
one entry in :data:`PROPERTIES`; everything else derives from the object.
"""

from __future__ import annotations

from .invariance_properties import ANONYMITY, SCALE_INVARIANCE, UNANIMITY, VALIDITY, ZERO_BID_NEUTRALITY
from .order_properties import CONSISTENT_AGGREGATION, MONOTONICITY, PAYMENT_MONOTONICITY
from .orders import ORDERS, Order
from .payment_properties import INCENTIVE_COMPATIBILITY, PAYMENT_SANITY, SAMPLER_STABILITY
from .spec import Property

__all__ = ["PROPERTIES", "resolve"]

PROPERTIES: dict[str, Property] = {
    prop.name: prop
    for prop in (
        VALIDITY, MONOTONICITY, PAYMENT_MONOTONICITY, CONSISTENT_AGGREGATION, PAYMENT_SANITY,
        INCENTIVE_COMPATIBILITY, ANONYMITY, UNANIMITY, ZERO_BID_NEUTRALITY, SCALE_INVARIANCE,
        SAMPLER_STABILITY,
    )
}


def resolve(property: str | Property, order: str | Order | None) -> tuple[Property, Order | None]:
    """``(Property, Order or None)`` from names; the order is dropped for properties without one."""
    if isinstance(property, str):
        if property not in PROPERTIES:
            raise ValueError(f"unknown property {property!r}; choose one of {', '.join(PROPERTIES)}")
        property = PROPERTIES[property]
    if not property.uses_order:
        return property, None
    if order is None:
        raise ValueError(f"property {property.name!r} needs an order; choose one of {', '.join(ORDERS)}")
    if isinstance(order, str):
        if order not in ORDERS:
            raise ValueError(f"unknown order {order!r}; choose one of {', '.join(ORDERS)}")
        order = ORDERS[order]
    if not property.accepts(order):
        fitting = [name for name, o in ORDERS.items() if property.accepts(o)]
        kinds = " or ".join(sorted(property.order_kinds))
        raise ValueError(f"{property.name} needs a {kinds} order ({', '.join(fitting)}), "
                         f"not the {order.kind} order {order.name!r}")
    return property, order
