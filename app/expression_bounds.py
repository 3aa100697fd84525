"""Static bounds on what sympy would have to do for a parsed function, computed on our own tree (no sympy).

:mod:`app.expression_sympy` refuses a text before building anything when

* :func:`number_digits` is above :data:`MAX_DIGITS`: sympy multiplies the numbers of a product together
  and raises them with the product (``(x*2)**100`` holds ``2**100``; ``(((x*10**100)**100)**100)**100`` would hold a
  number of 10**10 digits), and
* :func:`derivative_size` is above its limit: the chain rule copies the inner parts into every factor
  (``sigmoid`` nested 30 times has a derivative of 7000 nodes), and sympy's time grows with that size.

:func:`exact_constant` decides which constant parts sympy sees exactly (small rationals times powers of pi
and e); the others reach it as numpy's float64 value.
"""
from __future__ import annotations

import math
from fractions import Fraction

from app.expression_walker import Node

__all__ = ["MAX_DIGITS", "MAX_EXACT_DIGITS", "derivative_size", "exact_constant", "number_digits"]

MAX_DIGITS = 300  # decimal digits of any number sympy may form (float64 ends near 1e308 anyway)
MAX_EXACT_DIGITS = 30  # a constant part larger than this reaches sympy as a float
_MAX_PI_POWER = 8


def exact_constant(node: Node) -> tuple[Fraction, int, int] | None:
    """``(c, i, j)`` meaning ``c * pi**i * e**j`` for a constant part built from whole numbers, pi and e with
    ``+ - * /`` and whole powers, when ``c`` has at most MAX_EXACT_DIGITS digits; else None."""
    if node.op == "num":
        return (Fraction(node.literal), 0, 0) if type(node.literal) is int else None
    if node.op == "name":
        return Fraction(1), int(node.literal == "pi"), int(node.literal == "e")
    parts = [exact_constant(arg) for arg in node.args]
    if not parts or None in parts:
        return None  # a function call or a float: numpy's value is what f uses
    if node.op == "neg":
        (c, i, j), = parts
        result = (-c, i, j)
    elif node.op in ("+", "-"):
        (c, i, j), (d, k, m) = parts
        if (i, j) != (k, m) and c and d:
            return None
        total = c + d if node.op == "+" else c - d
        result = (total, i, j) if c else (total, k, m)
        result = result if total else (Fraction(0), 0, 0)
    elif node.op in ("*", "/"):
        (c, i, j), (d, k, m) = parts
        if node.op == "/":
            d, k, m = 1 / d, -k, -m  # d != 0: the parser refuses a division by zero
        result = (c * d, i + k, j + m)
    elif node.op == "**":
        (c, i, j), (n, k, m) = parts
        if (k, m) != (0, 0) or n.denominator != 1 or _digits(c) * abs(n) > MAX_EXACT_DIGITS or (c == 0 and n < 0):
            return None
        result = (c ** int(n), i * int(n), j * int(n))
    else:
        return None
    c, i, j = result
    return result if _digits(c) <= MAX_EXACT_DIGITS and max(abs(i), abs(j)) <= _MAX_PI_POWER else None


def _digits(c: Fraction) -> float:
    return max(math.log10(abs(c.numerator) or 1), math.log10(c.denominator))


def number_digits(tree: Node) -> float:
    """An upper bound on the decimal digits of the numbers sympy can form from ``tree`` and its derivative.

    Sympy multiplies the numbers of a product together (so their digits add up), and raises a product's
    number to a constant power (``(2*x)**100`` holds ``2**100``), but never multiplies out a sum: its
    power stays as it is. The derivative adds at most the digits of the product of the exponents along
    a path (``(x**100)**100`` gives ``10000*x**9999``). Floats count by their magnitude.
    """
    return _digits_and_coefficient(tree)[0] + math.log10(max(_degree(tree), 1.0))


def _digits_and_coefficient(node: Node) -> tuple[float, float]:
    """(digits of all the numbers sympy may multiply together, digits of the number a power would raise)."""
    if node.value is not None:
        exact = exact_constant(node)
        digits = _digits(exact[0]) if exact is not None else abs(math.log10(abs(node.value))) if node.value else 0.0
        return digits, digits
    if node.op == "name":
        return 0.0, 0.0
    parts = [_digits_and_coefficient(arg) for arg in node.args]
    total = sum(digits for digits, _ in parts)
    if node.op in ("neg", "*", "/"):
        return total, sum(coefficient for _, coefficient in parts)
    if node.op == "**" and node.args[1].value is not None:
        raised = parts[0][1] * abs(node.args[1].value)
        return total + max(raised - parts[0][1], 0.0), raised
    return total + (1.0 if node.op in ("+", "-") else 0.0), 0.0  # a sum's terms may carry a digit


def _degree(node: Node) -> float:
    """The largest product of constant exponents along a path from ``node`` down to a variable."""
    if node.value is not None or node.op == "name":
        return 1.0
    degrees = [_degree(arg) for arg in node.args]
    if node.op == "**" and node.args[1].value is not None:
        return degrees[0] * max(abs(node.args[1].value), 1.0)
    return sum(degrees) if node.op in ("*", "/") else max(degrees)


def derivative_size(tree: Node) -> int:
    """The size of d f / d x as sympy would first build it (nodes, a shared part counted at each use)."""
    return _sizes(tree)[1]


# the size of a node beyond its arguments', and of each partial derivative beyond its parts
_EXTRA = {"sqrt": 2, "sigmoid": 6, "/": 3, "neg": 2}
_PARTIAL = {"tan": 3, "tanh": 3, "sqrt": 3, "arctan": 5, "log": 2}


def _sizes(node: Node) -> tuple[int, int]:
    """(size of ``node`` in sympy, size of its derivative); a constant part has derivative size 0."""
    if node.value is not None:
        return 1, 0
    if node.op == "name":
        return 1, 1
    sizes = [_sizes(arg) for arg in node.args]
    size = sum(s for s, _ in sizes) + _EXTRA.get(node.op, 1)
    derivative = 1
    for i, (_, d) in enumerate(sizes):
        if d:  # chain rule: a partial derivative times the argument's derivative
            derivative += d + 1 + _partial_size(node.op, i, [s for s, _ in sizes], size)
    return size, derivative


def _partial_size(op: str, i: int, args: list[int], size: int) -> int:
    if op in ("neg", "+", "-"):
        return 1
    if op == "*":
        return args[1 - i]
    if op == "/":
        return args[1] + 2 if i == 0 else args[0] + args[1] + 4
    if op == "**":
        return 2 * args[1] + args[0] + 3 if i == 0 else size + args[0] + 2
    if op in ("tan", "tanh", "sqrt"):
        return size + _PARTIAL[op]
    if op == "sigmoid":
        return 2 * size + 3
    return sum(args) + _PARTIAL.get(op, 2)
