"""The allowlist walk over a typed function's Python AST (the restricted parser of :mod:`app.expression`).

Each node of ``ast.parse(text, mode="eval")`` is checked against what a learner's function may contain
(numbers, the tab's variables, pi and e, + - * / **, unary minus, a few functions by bare name) and turned
into a :class:`Node` carrying its numpy closure; constant parts are folded in float64 and
their size bounded, so sympy never sees a huge number. Nothing is ever evaluated as Python. The allowlist
(:data:`FUNCTIONS`, :data:`CONSTANTS`) and the walk's limits are here; :mod:`app.expression` adds the limits
checked before the walk and the parsed function built on the tree.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Callable

import numpy as np

from app import expression_texts as tx
from app.expression_texts import ExpressionError

MAX_DEPTH, MAX_EXPONENT, MAX_LITERAL = 32, 100, 1e100  # nesting, a constant exponent, a number typed

# name: (arity, numpy function)
FUNCTIONS = {
    "sin": (1, np.sin), "cos": (1, np.cos), "tan": (1, np.tan), "exp": (1, np.exp), "log": (1, np.log),
    "sqrt": (1, np.sqrt), "abs": (1, np.abs), "tanh": (1, np.tanh), "sinh": (1, np.sinh),
    "cosh": (1, np.cosh), "arctan": (1, np.arctan), "maximum": (2, np.maximum), "minimum": (2, np.minimum),
    "relu": (1, lambda a: np.maximum(a, 0.0)),  # Book 3.2.7
    "sigmoid": (1, lambda a: 1.0 / (1.0 + np.exp(-a))),  # Book 3.2.4
}
CONSTANTS = {"pi": np.pi, "e": np.e}


@dataclass(frozen=True, eq=False)
class Node:
    """One validated part of a typed function.

    ``op`` is ``"num"`` (``literal`` holds the int or float typed), ``"name"`` (``literal`` holds a variable,
    ``"pi"`` or ``"e"``), ``"neg"``, one of ``+ - * / **``, or a name from :data:`FUNCTIONS`. ``fn`` evaluates
    the part on a tuple of arrays; ``value`` is its float64 value when it has no variable (else None).
    """

    op: str
    args: tuple[Node, ...]
    fn: Callable
    value: float | None = None
    literal: int | float | str | None = None

    def walk(self):
        """This node and all below it, parents first (iterative: safe on any depth)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.args))


def constant_fn(value: float) -> Callable:
    """A closure returning ``value`` whatever the arrays (a folded constant)."""
    return lambda a: value


_BINOPS = {ast.Add: ("+", np.add), ast.Sub: ("-", np.subtract), ast.Mult: ("*", np.multiply),
           ast.Div: ("/", np.divide), ast.Pow: ("**", np.power)}
_FORBIDDEN = {ast.Attribute: tx.ATTRIBUTES, ast.Subscript: tx.INDEXING, ast.Lambda: tx.LAMBDA,
              ast.Compare: tx.COMPARISONS, ast.BitXor: tx.XOR, ast.IfExp: tx.IF_ELSE, ast.BoolOp: tx.AND_OR,
              ast.JoinedStr: tx.STRINGS}
_CONTAINERS = {ast.ListComp: tx.COMPREHENSION, ast.GeneratorExp: tx.COMPREHENSION, ast.SetComp: tx.COMPREHENSION,
               ast.DictComp: tx.COMPREHENSION, ast.List: tx.LIST, ast.Tuple: tx.TUPLE, ast.Dict: tx.DICT,
               ast.Set: tx.SET}
# Python code for the rest, as typed: "// is not allowed" rather than the AST's "FloorDiv"
_CODE = {ast.Starred: "*", ast.NamedExpr: ":=", ast.Await: "await", ast.FloorDiv: "//", ast.Mod: "%",
         ast.MatMult: "@", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitAnd: "&", ast.Invert: "~",
         ast.Not: "not"}


def bracket_depth(source: str) -> int:
    depth = deepest = 0
    for char in source:
        depth += (char in "([{") - (char in ")]}")
        deepest = max(deepest, depth)
    return deepest


class Walker:
    """Checks each AST node against the allowlist and turns it into a :class:`Node`."""

    def __init__(self, source: str, variables: tuple[str, ...], indent: int):
        self.source, self.variables, self.indent = source, variables, indent

    def fail(self, template: str, node: ast.AST, **fields):
        raw = getattr(node, "col_offset", None)  # a UTF-8 byte offset: convert it to characters
        column = None if raw is None else self.indent + len(self.source.encode()[:raw].decode(errors="ignore"))
        raise ExpressionError(template, column, **fields)

    def visit(self, node: ast.AST, depth: int) -> Node:
        if depth > MAX_DEPTH:
            self.fail(tx.TOO_DEEP, node, limit=MAX_DEPTH)
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.UAdd, ast.USub)):
            operand = self.visit(node.operand, depth + 1)
            if isinstance(node.op, ast.UAdd):
                return operand
            fn = operand.fn
            return Node("neg", (operand,), lambda a: np.negative(fn(a)),
                        None if operand.value is None else -operand.value)
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return self.binop(node, depth)
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        for kind, template in _FORBIDDEN.items():
            if isinstance(node, kind) or isinstance(getattr(node, "op", None), kind):
                self.fail(template, node)
        if type(node) in _CONTAINERS:
            self.fail(_CONTAINERS[type(node)], node)
        self.fail(tx.NOT_ALLOWED, node, what=_describe(node))

    def constant(self, node: ast.Constant) -> Node:
        value = node.value
        if isinstance(value, (str, bytes)):
            self.fail(tx.STRINGS, node)
        if type(value) not in (int, float):
            self.fail(tx.NOT_REAL, node, value=repr(value)[:45])
        if not abs(value) <= MAX_LITERAL:  # also catches inf and nan
            self.fail(tx.NUMBER_TOO_LARGE, node, limit=MAX_LITERAL)
        return Node("num", (), constant_fn(float(value)), float(value), value)

    def name(self, node: ast.Name) -> Node:
        if node.id in self.variables:
            index = self.variables.index(node.id)
            return Node("name", (), lambda a: a[index], None, node.id)
        if node.id in CONSTANTS:
            return Node("name", (), constant_fn(CONSTANTS[node.id]), CONSTANTS[node.id], node.id)
        if node.id in FUNCTIONS:
            self.fail(tx.NOT_CALLED, node, name=node.id)
        self.fail(tx.UNKNOWN_NAME, node, name=repr(node.id)[:47], allowed=", ".join(self.variables + tuple(CONSTANTS)))

    def binop(self, node: ast.BinOp, depth: int) -> Node:
        left, right = self.visit(node.left, depth + 1), self.visit(node.right, depth + 1)
        op, np_op = _BINOPS[type(node.op)]
        if op == "**" and right.value is not None and abs(right.value) > MAX_EXPONENT:
            self.fail(tx.EXPONENT_TOO_LARGE, node.right, exponent=right.value, limit=MAX_EXPONENT)
        if op == "/" and right.value == 0:
            self.fail(tx.DIVISION_BY_ZERO, node.right)
        value = None
        if left.value is not None and right.value is not None:  # fold constants in float64
            with np.errstate(all="ignore"):
                value = float(np_op(left.value, right.value))
            if not np.isfinite(value):
                self.fail(tx.CONSTANT_UNDEFINED, node)
        left_fn, right_fn = left.fn, right.fn
        fn = constant_fn(value) if value is not None else lambda a: np_op(left_fn(a), right_fn(a))
        return Node(op, (left, right), fn, value)

    def call(self, node: ast.Call, depth: int) -> Node:
        if not isinstance(node.func, ast.Name):
            self.fail(tx.BARE_NAMES_ONLY, node)
        name = node.func.id
        if name not in FUNCTIONS:
            self.fail(tx.UNKNOWN_FUNCTION, node, name=repr(name)[:43], allowed=", ".join(FUNCTIONS))
        if node.keywords:
            self.fail(tx.KEYWORDS, node)
        arity, np_fn = FUNCTIONS[name]
        if len(node.args) != arity:
            self.fail(tx.ONE_ARGUMENT if arity == 1 else tx.ARGUMENTS, node, name=name, count=arity)
        args = tuple(self.visit(arg, depth + 1) for arg in node.args)
        value = None
        if all(arg.value is not None for arg in args):
            with np.errstate(all="ignore"):
                value = float(np_fn(*(arg.value for arg in args)))
            if not np.isfinite(value):
                self.fail(tx.CALL_UNDEFINED, node, name=name)
        fns = [arg.fn for arg in args]
        fn = constant_fn(value) if value is not None else lambda a: np_fn(*(f(a) for f in fns))
        return Node(name, args, fn, value)


def _describe(node: ast.AST) -> str:
    """The refused part as Python code ("//", ":=") or, failing that, its AST name."""
    kind = type(getattr(node, "op", None)) if hasattr(node, "op") else type(node)
    return _CODE.get(type(node)) or _CODE.get(kind) or kind.__name__
