"""Typed functions such as ``0.01*x**2 + 0.1*x``, parsed safely (no Qt; used by the tangent and gradient tabs).

The text is parsed with ``ast.parse(mode="eval")`` and walked against an allowlist: real number literals,
the tab's variable names, ``pi`` and ``e``, ``+ - * / **``, unary ``+ -`` and calls of a few numpy functions
by bare name. Nothing the user types is ever passed to ``eval``/``exec``, sympy's ``sympify`` or similar
(they have had code-execution escapes). Size, nesting and constant exponents are bounded, so nothing can
hang: ``9**9**9`` or a megabyte of input is refused in microseconds. ``^`` is refused with a hint to use
``**`` (Python reads ``^`` as XOR with a lower precedence than ``+``, so translating the node would be wrong).

The walk (:mod:`app.expression_walker`, which holds the allowed :data:`FUNCTIONS` and the :class:`Node`
type) builds a small tree of :class:`Node` (each with its numpy closure; constant parts folded in float64). Evaluating and finding kinks need only that tree, so the gradient tab never touches sympy. The
analytical derivative (:meth:`ParsedExpression.derivative`) goes through :mod:`app.expression_sympy`,
which bounds sympy's work on this tree before sympy runs.
"""
from __future__ import annotations

import ast
import functools
import warnings
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from app import expression_texts as tx
from app.expression_texts import ExpressionError
from app.expression_walker import FUNCTIONS, MAX_DEPTH, Node, Walker, bracket_depth, constant_fn

__all__ = ["ExpressionError", "Node", "ParsedExpression", "parse_expression", "FUNCTIONS"]

MAX_LENGTH, MAX_NODES = 300, 150  # characters of the text, nodes of its syntax tree
KINKS = ("abs", "relu", "maximum", "minimum")  # where these switch branch, the derivative may not exist


@dataclass(frozen=True)
class ParsedExpression:
    """A validated function of ``variables``: ``func(*arrays)`` evaluates it, ``derivative(var)`` differentiates it.

    A parsed text has a ``tree`` (its :class:`Node`s). A derivative has none: it evaluates (``func``,
    ``overflows_at``) and prints (``formula``, its ``text``), nothing more.
    """

    text: str
    variables: tuple[str, ...]
    _evaluate: Callable = field(repr=False, compare=False)
    tree: Node | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def sympy_expr(self):
        """The sympy form (built on first use, within the bounds of :mod:`app.expression_sympy`)."""
        from app import expression_sympy
        return expression_sympy.to_sympy(self.tree)

    @functools.cached_property
    def formula(self) -> str:
        """The expression as sympy prints it, floats shortened (e.g. ``0.02*x + 0.1``)."""
        if self.tree is None:
            return self.text  # a derivative: its text is sympy's print of it
        from app import expression_sympy
        return expression_sympy.formula(self.sympy_expr)

    def func(self, *arrays):
        """Evaluate element-wise with numpy broadcasting; nan/inf where undefined, never a warning."""
        if len(arrays) != len(self.variables):
            raise TypeError(f"expected {len(self.variables)} arrays ({', '.join(self.variables)}), got {len(arrays)}")
        arrays = tuple(np.asarray(a, dtype=np.float64) for a in arrays)
        with np.errstate(all="ignore"):
            result = np.asarray(self._evaluate(arrays), dtype=np.float64)
        shape = np.broadcast_shapes(result.shape, *(a.shape for a in arrays))
        return np.broadcast_to(result, shape).copy()[()]  # [()] turns a 0-d array into a numpy float

    def overflows_at(self, *values: float) -> bool:
        """True if evaluating at ``values`` overflows float64 somewhere (exp(1000*x) at 1): an inf that is a
        number too large to store, not a pole (1/x at 0) or an undefined value."""
        arrays = tuple(np.asarray(v, dtype=np.float64) for v in values)
        try:
            with np.errstate(over="raise", divide="ignore", invalid="ignore", under="ignore"):
                self._evaluate(arrays)
        except FloatingPointError:
            return True
        return False

    def derivative(self, var: str) -> ParsedExpression | None:
        """The analytical partial derivative d/d``var`` (sympy), or None if it cannot be evaluated with numpy.

        Raises
        ------
        ExpressionError
            If the exact derivative would cost sympy too much (then the text is best refused).
        """
        if var not in self.variables:
            raise ValueError(f"{var!r} is not one of the variables {self.variables}")
        from app import expression_sympy
        result = expression_sympy.tree_derivative(self.tree, var, self.variables)
        if result is None:
            return None
        derived, evaluate = result
        return ParsedExpression(expression_sympy.formula(derived), self.variables, evaluate)

    def has_kink_at(self, *values: float) -> bool:
        """True if abs, maximum, minimum or relu switches branch exactly at ``values``: there the derivative
        may not exist (abs(x) at 0 has slope -1 on the left and +1 on the right), whatever sympy's formula says."""
        point = tuple(np.float64(v) for v in values)
        sides = [_kink_sides(node) for node in self.tree.walk() if node.op in KINKS and node.value is None]
        with np.errstate(all="ignore"):
            return any(left(point) == right(point) for left, right in sides)


def _kink_sides(node: Node) -> tuple[Callable, Callable]:
    """What is equal where ``node`` switches branch: a and b of maximum(a, b), a and 0 of abs(a) or relu(a)."""
    return (node.args[0].fn, node.args[1].fn) if len(node.args) == 2 else (node.args[0].fn, constant_fn(0.0))


def parse_expression(text: str, variables: Sequence[str]) -> ParsedExpression:
    """Parse ``text`` as a function of ``variables`` (e.g. ``("x",)`` for Book 4.3, ``("x0", "x1")`` for 4.4).

    Raises
    ------
    ExpressionError
        With a short, user-readable reason, for anything outside the allowed grammar or limits.
    """
    if not isinstance(text, str):
        raise ExpressionError(tx.NOT_TEXT)
    if len(text) > MAX_LENGTH:
        raise ExpressionError(tx.TOO_LONG, length=len(text), limit=MAX_LENGTH)
    source = text.strip()
    if not source:
        raise ExpressionError(tx.EMPTY, example=" + ".join(f"{v}**2" for v in variables))
    if bracket_depth(source) > MAX_DEPTH:
        raise ExpressionError(tx.TOO_NESTED, limit=MAX_DEPTH)
    try:
        with warnings.catch_warnings():  # e.g. "invalid decimal literal" for 1for: an error below or harmless
            warnings.simplefilter("ignore")
            tree = ast.parse(source, mode="eval")
    except SyntaxError as error:
        column = max((error.offset or 1) - 1, 0) + len(text) - len(text.lstrip())
        raise ExpressionError(tx.SYNTAX, column, column=column + 1, detail=tx.syntax_detail(error.msg)) from None
    except (ValueError, RecursionError, MemoryError):  # null bytes, surrogates, absurd nesting
        raise ExpressionError(tx.UNREADABLE) from None
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:  # ast.walk is iterative: safe before any recursion
        raise ExpressionError(tx.TOO_COMPLEX_PARTS, limit=MAX_NODES)
    root = Walker(source, tuple(variables), len(text) - len(text.lstrip())).visit(tree.body, 0)
    return ParsedExpression(text, tuple(variables), root.fn, root)
