"""mechanisms: the token auction of Dütting et al. (WWW 2024) as a library.

Rules ``rule(p, b) -> q`` (docs/definitions.md (#rules, #the-rule-contract)), the seeded samplers and the payments of
docs/definitions.md#payments. Nothing here knows of properties or proofs.

>>> import numpy as np, mechanisms
>>> p = np.array([[0.8, 0.2], [1.0, 0.0], [0.0, 1.0]])
>>> mechanisms.linear(p, np.array([1.0, 2.0, 2.0])).round(12).tolist()
[0.56, 0.44]
"""

from .catalogue import CATALOGUE
from .numerics import integrate, integrate_pieces, softmax_logits, total_variation
from .path_checks import GridCheck, PathVerdict, ProvedMonotone
from .batches import PerProfile, RowExact, batched, evaluate, rows_agree
from .paths import bid_path, pivot_probability
from .payments import (CriticalBids, critical_bid_payments, expected_critical_bid_payment,
                       pay_your_bid)
from .rules import (Dictator, Linear, LogLinear, PowerMean, linear, linear_with_reference,
                    log_linear, log_linear_with_reference)
from .sampling import (NoStableCoupling, PathViolation, StableCoupling, StepDraws, inverse_cdf,
                       monotone_path_violation, sample_token, step_uniforms, to_float64)
from .transforms import (Argmax, BidCap, BidPower, BidSoftmax, MinP, Pipeline, Smoothing,
                         Temperature, TopK, TopP)
from .validation import ROW_SUM_ATOL, InvalidInput, check_profile, is_concrete
from . import valuations
from .valuations import myerson_valuation_payment, vcg_payments

__all__ = [name for name in dir() if not name.startswith("_")]
