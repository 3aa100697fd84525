"""The analytical derivative of a parsed function: sympy, with its work bounded before it runs (no Qt).

Sympy's automatic evaluation explodes on some short texts: ``(x*2)**100`` distributes to ``2**100*x**100``
(four stacked powers: an integer of a billion digits); Min, Max and Abs compare their arguments through the
assumption system (seconds for 18 nested ``minimum``); a function of a number is evaluated by mpmath at any
precision it takes (``exp(-exp(4e6))``: hours); ``sympy.diff`` re-walks its result at every level. So here:

* constants reach sympy as numpy folded them, exact when small (``2``, ``1/3``, ``pi/2``), floats otherwise,
  so f and f' agree on them (``tan(pi/2)`` is 1.6e16 for both, not sympy's ``zoo``);
* every function (``sin`` ... ``maximum``, and the derivatives' ``sign`` and ``step``) is our own sympy
  function: printed with the user's name, never compared or simplified, numpy's float64 value on a number;
* the chain rule runs on our own tree (:class:`_Builder`), node by node;
* :func:`~app.expression_bounds.number_digits` and :func:`~app.expression_bounds.derivative_size` bound the
  numbers sympy can form and the derivative's size before sympy runs, and :func:`power` checks again where
  an exponent only becomes a number inside sympy (``x - x + 100``). Beyond the limits the text is refused;
  whatever sympy raises becomes an :class:`ExpressionError` in our words.
"""
from __future__ import annotations

import functools
import math

import numpy as np
import sympy as sp
from sympy.printing.precedence import PRECEDENCE

from app import expression_texts as tx
from app.expression_bounds import MAX_DIGITS, derivative_size, exact_constant, number_digits
from app.expression_texts import ExpressionError
from app.expression_walker import FUNCTIONS, Node

MAX_DERIVATIVE_SIZE = 2500  # larger derivatives take sympy more than ~0.1 s (benchmarks/expression_cost.py)
ORDERED_PRINT_SIZE = 400  # larger formulas are printed unsorted (sorting the terms costs more than the rest)


class _Unsupported(Exception):
    """A sympy result this module cannot turn back into numpy (then there is no analytical derivative)."""


def _number(value: float):
    """A float64 result as sympy holds it: an Integer when whole and exact, else a Float, nan or +-oo."""
    if math.isfinite(value) and value.is_integer() and abs(value) < 2 ** 53:
        return sp.Integer(int(value))
    return sp.Float(value) if math.isfinite(value) else sp.nan if math.isnan(value) else sp.oo if value > 0 else -sp.oo


class _Function(sp.Function):
    """Our sympy functions: numpy's value on numbers, otherwise left as they are (no comparisons, no evalf)."""

    label, numpy = "", None

    @classmethod
    def eval(cls, *args):
        if all(a.is_number for a in args):
            try:
                values = [float(a) for a in args]
            except TypeError:  # a complex number (sqrt of a negative one): no real value
                return sp.nan
            with np.errstate(all="ignore"):
                return _number(float(cls.numpy(*values)))
        return None

    def _sympystr(self, printer):
        return f"{self.label}({', '.join(printer._print(a) for a in self.args)})"


def _function(label: str, numpy_function, nargs: int = 1):
    return type(f"_{label}", (_Function,), {"label": label, "numpy": staticmethod(numpy_function), "nargs": nargs})


# sqrt and sigmoid reach sympy as what they are made of (see _SYMPY); every other function is our own
_COMPOSED = ("sqrt", "sigmoid")
_F = {name: _function(name, fn, arity) for name, (arity, fn) in FUNCTIONS.items() if name not in _COMPOSED}
_F.update(sign=_function("sign", np.sign),  # d abs(a) / da
          step=_function("step", lambda a: np.heaviside(a, 0.5)))  # of relu, maximum, minimum: Book 3.2.2's, 1/2 at 0

# label: (arguments, value) -> the partial derivatives with respect to each argument
_RULES = {
    "sin": lambda a, v: [_F["cos"](a)], "cos": lambda a, v: [-_F["sin"](a)], "tan": lambda a, v: [1 + v ** 2],
    "exp": lambda a, v: [v], "log": lambda a, v: [1 / a], "abs": lambda a, v: [_F["sign"](a)],
    "tanh": lambda a, v: [1 - v ** 2], "sinh": lambda a, v: [_F["cosh"](a)], "cosh": lambda a, v: [_F["sinh"](a)],
    "arctan": lambda a, v: [1 / (1 + a ** 2)], "relu": lambda a, v: [_F["step"](a)],
    "maximum": lambda a, b, v: [_F["step"](a - b), _F["step"](b - a)],
    "minimum": lambda a, b, v: [_F["step"](b - a), _F["step"](a - b)],
    "sqrt": lambda a, v: [1 / (2 * v)], "sigmoid": lambda a, v: [v * (1 - v)],  # Book 5.5.2: y(1 - y)
    "pow": lambda a, b, v: [b * power(a, b - 1), v * _F["log"](a)], "**": lambda a, b, v: _RULES["pow"](a, b, v),
}
_OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}


class _Power(_Function):
    """``a**b`` that sympy leaves alone: its own Pow of a power tries to prove ``(a**b)**c == a**(b*c)``
    through re, im and arg of the whole base (minutes for ``((x-1)**-100)**x``)."""

    label, numpy, nargs = "pow", staticmethod(np.power), 2
    precedence = PRECEDENCE["Pow"]

    def _sympystr(self, printer):
        base, exponent = (printer.parenthesize(a, self.precedence, strict=False) for a in self.args)
        return f"{base}**{exponent}"


def power(base, exponent):
    """``base ** exponent`` as sympy's Pow where that is cheap (a whole exponent, or a number exponent of
    a symbol or a sum: ``sqrt(x)``, ``(x+1)**0.5``), else as :class:`_Power`. Refused when sympy would raise
    a huge coefficient to a power."""
    if exponent.is_number and base.is_number:  # a number only sympy sees (x - x + 10): numpy's value, as f has
        try:
            with np.errstate(all="ignore"):
                return _number(float(np.power(float(base), float(exponent))))
        except TypeError:
            return sp.nan
    if exponent.is_Integer:
        factors = base.args if base.is_Mul else (base,)
        digits = sum(abs(math.log10(abs(float(f)) or 1.0)) for f in factors if f.is_number and f.is_finite)
        if digits * max(abs(float(exponent)), 1.0) > MAX_DIGITS:
            raise ExpressionError(tx.DERIVATIVE_TOO_LARGE)
        return sp.Pow(base, exponent)
    if exponent.is_number and (base.is_Symbol or base.is_Add):
        return sp.Pow(base, exponent)
    return _Power(base, exponent)


_SYMPY = {**{name: _F[name] for name in FUNCTIONS if name not in _COMPOSED},
          "sqrt": lambda a: power(a, sp.S.Half), "sigmoid": lambda a: 1 / (1 + _F["exp"](-a))}


class _Builder:
    """A parsed tree in sympy, node by node (``built``), and its derivatives by the chain rule."""

    def __init__(self, tree: Node):
        if number_digits(tree) > MAX_DIGITS:
            raise ExpressionError(tx.DERIVATIVE_TOO_LARGE)
        self.tree, self.built = tree, {}
        self.expr = _guarded(lambda: self._build(tree), tx.NO_FORMULA)

    def _build(self, node: Node):
        if node.value is not None:
            exact = exact_constant(node)
            if exact is None:
                expr = _number(node.value)
            else:
                c, i, j = exact
                expr = sp.Rational(c.numerator, c.denominator) * sp.pi ** i * sp.E ** j
        elif node.op == "name":
            expr = sp.Symbol(node.literal)
        else:
            args = [self._build(arg) for arg in node.args]
            if node.op == "neg":
                expr = -args[0]
            elif node.op == "**":
                expr = power(*args)
            else:
                expr = (_OPS.get(node.op) or _SYMPY[node.op])(*args)
        self.built[node] = expr
        return expr

    def derivative(self, var: str):
        """d f / d ``var`` in sympy (the chain rule, one node at a time)."""
        return _guarded(lambda: self._d(self.tree, sp.Symbol(var), {}), tx.DERIVATIVE_TOO_COMPLEX)

    def _d(self, node: Node, var, memo: dict):
        if node not in memo:
            if node.value is not None or node.op == "name":
                memo[node] = sp.S.One if self.built[node] == var else sp.S.Zero
            else:
                parts = [self._d(arg, var, memo) for arg in node.args]
                memo[node] = sp.Add(*(self._partial(node, i) * d for i, d in enumerate(parts) if d != 0))
        return memo[node]

    def _partial(self, node: Node, i: int):
        """The partial derivative of ``node``'s operation with respect to its argument ``i``."""
        args, value = [self.built[arg] for arg in node.args], self.built[node]
        if node.op == "neg":
            return sp.S.NegativeOne
        if node.op in ("+", "-"):
            return sp.S.NegativeOne if node.op == "-" and i == 1 else sp.S.One
        if node.op == "*":
            return args[1 - i]
        if node.op == "/":
            return 1 / args[1] if i == 0 else -args[0] / args[1] ** 2
        return _RULES[node.op](*args, value)[i]


def _guarded(step, message: str):
    """Run a sympy step; anything sympy raises (its wording is not for a learner) becomes ``message``."""
    try:
        return step()
    except ExpressionError:
        raise
    except Exception as error:  # e.g. "Exceeds the limit (4300 digits) for integer string conversion"
        raise ExpressionError(message) from error


def to_sympy(tree: Node):
    """The sympy form of a parsed function; ExpressionError if its numbers would grow too large."""
    return _Builder(tree).expr


def tree_derivative(tree: Node, var: str, variables: tuple[str, ...]):
    """``(d f / d var, its numpy closure)`` for a parsed tree, or None if f or f' has no numpy value."""
    if derivative_size(tree) > MAX_DERIVATIVE_SIZE:
        raise ExpressionError(tx.DERIVATIVE_TOO_COMPLEX)
    builder = _Builder(tree)
    index = {name: i for i, name in enumerate(variables)}
    try:
        _to_numpy(builder.expr, index)  # f itself must be real: sympy may have turned sqrt(x-x-1) into nan
    except _Unsupported:
        return None
    derived = builder.derivative(var)
    try:
        return derived, _to_numpy(derived, index)
    except _Unsupported:
        return None


def formula(expr) -> str:
    """The expression as sympy prints it, floats shortened (terms sorted when it is small)."""
    order = "none" if _size_exceeds(expr, ORDERED_PRINT_SIZE) else None
    return _guarded(lambda: sp.sstr(expr, full_prec=False, order=order), tx.NO_FORMULA)


def _size_exceeds(expr, limit: int) -> bool:
    stack, count = [expr], 0
    while stack:
        count += 1
        if count > limit:
            return True
        stack.extend(stack.pop().args)
    return False


_REDUCE = {sp.Add: np.add, sp.Mul: np.multiply}


def _to_numpy(expr, index: dict[str, int]):
    """Walk a sympy tree (typically a derivative) into a numpy closure over a tuple of arrays."""
    if expr.is_Symbol and expr.name in index:
        i = index[expr.name]
        return lambda a: a[i]
    if isinstance(expr, (sp.Add, sp.Mul, sp.Pow, _Function)):
        parts = [_to_numpy(arg, index) for arg in expr.args]
        if type(expr) in _REDUCE:
            op = _REDUCE[type(expr)]
            return lambda a: functools.reduce(op, (p(a) for p in parts))
        if isinstance(expr, sp.Pow):
            base, exponent = parts
            return lambda a: np.power(base(a), exponent(a))
        function = type(expr).numpy
        return lambda a: function(*(p(a) for p in parts))
    if not expr.is_number:
        raise _Unsupported(expr)  # anything unexpected
    try:  # a number, pi, exp(2) (from e**2): by construction small and exact, or a float
        number = float(expr)
    except TypeError:
        raise _Unsupported(expr) from None  # complex
    if not math.isfinite(number):
        raise _Unsupported(expr)  # zoo, nan, oo
    return lambda a: number
