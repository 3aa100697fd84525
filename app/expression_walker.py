"""The allowlist walk over a typed function's Python AST (the restricted parser of :mod:`app.expression`).

Each node of ``ast.parse(text, mode="eval")`` is checked against what a learner's function may contain
(numbers, the tab's variables, pi and e, + - * / **, unary minus, a few functions by bare name) and turned
into an :class:`app.expression.Node` carrying its numpy closure; constant parts are folded in float64 and
their size bounded, so sympy never sees a huge number. Nothing is ever evaluated as Python.
"""
from __future__ import annotations

import ast

import numpy as np

from app.expression import (CONSTANTS, FUNCTIONS, MAX_DEPTH, MAX_EXPONENT, MAX_LITERAL, ExpressionError, Node,
                            constant_fn)

_BINOPS = {ast.Add: ("+", np.add), ast.Sub: ("-", np.subtract), ast.Mult: ("*", np.multiply),
           ast.Div: ("/", np.divide), ast.Pow: ("**", np.power)}
_FORBIDDEN = {ast.Attribute: "attributes (a.b) are not allowed", ast.Subscript: "indexing (a[i]) is not allowed",
              ast.Lambda: "lambda is not allowed", ast.Compare: "comparisons are not allowed",
              ast.BitXor: "use ** for powers (^ is not a power in Python)", ast.IfExp: "if/else is not allowed",
              ast.BoolOp: "and/or are not allowed", ast.JoinedStr: "text strings are not allowed"}



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

    def fail(self, message: str, node: ast.AST):
        raw = getattr(node, "col_offset", None)  # a UTF-8 byte offset: convert it to characters
        column = None if raw is None else self.indent + len(self.source.encode()[:raw].decode(errors="ignore"))
        raise ExpressionError(message, column)

    def visit(self, node: ast.AST, depth: int) -> Node:
        if depth > MAX_DEPTH:
            self.fail(f"too deeply nested (at most {MAX_DEPTH} levels)", node)
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
        for kind, message in _FORBIDDEN.items():
            if isinstance(node, kind) or isinstance(getattr(node, "op", None), kind):
                self.fail(message, node)
        self.fail(f"{_describe(node)} is not allowed", node)

    def constant(self, node: ast.Constant) -> Node:
        value = node.value
        if isinstance(value, (str, bytes)):
            self.fail("text strings are not allowed", node)
        if type(value) not in (int, float):
            self.fail(f"only real numbers are allowed, not {value!r}"[:80], node)
        if not abs(value) <= MAX_LITERAL:  # also catches inf and nan
            self.fail(f"number too large (at most {MAX_LITERAL:g})", node)
        return Node("num", (), constant_fn(float(value)), float(value), value)

    def name(self, node: ast.Name) -> Node:
        if node.id in self.variables:
            index = self.variables.index(node.id)
            return Node("name", (), lambda a: a[index], None, node.id)
        if node.id in CONSTANTS:
            return Node("name", (), constant_fn(CONSTANTS[node.id]), CONSTANTS[node.id], node.id)
        if node.id in FUNCTIONS:
            self.fail(f"{node.id} is a function: write {node.id}(...)", node)
        allowed = ", ".join(self.variables + tuple(CONSTANTS))
        self.fail(f"unknown name {node.id!r}"[:60] + f" (use {allowed} or a function)", node)

    def binop(self, node: ast.BinOp, depth: int) -> Node:
        left, right = self.visit(node.left, depth + 1), self.visit(node.right, depth + 1)
        op, np_op = _BINOPS[type(node.op)]
        if op == "**" and right.value is not None and abs(right.value) > MAX_EXPONENT:
            self.fail(f"exponent {right.value:.6g} is too large (at most {MAX_EXPONENT} in size)", node.right)
        if op == "/" and right.value == 0:
            self.fail("division by zero", node.right)
        value = None
        if left.value is not None and right.value is not None:  # fold constants in float64
            with np.errstate(all="ignore"):
                value = float(np_op(left.value, right.value))
            if not np.isfinite(value):
                self.fail("this constant part is undefined or too large", node)
        left_fn, right_fn = left.fn, right.fn
        fn = constant_fn(value) if value is not None else lambda a: np_op(left_fn(a), right_fn(a))
        return Node(op, (left, right), fn, value)

    def call(self, node: ast.Call, depth: int) -> Node:
        if not isinstance(node.func, ast.Name):
            self.fail("only functions by bare name can be called, e.g. sin(x)", node)
        name = node.func.id
        if name not in FUNCTIONS:
            self.fail(f"unknown function {name!r}"[:60] + f"; allowed: {', '.join(FUNCTIONS)}", node)
        if node.keywords:
            self.fail("keyword arguments are not allowed", node)
        arity, np_fn = FUNCTIONS[name]
        if len(node.args) != arity:
            self.fail(f"{name} takes {arity} argument{'s' if arity > 1 else ''}", node)
        args = tuple(self.visit(arg, depth + 1) for arg in node.args)
        value = None
        if all(arg.value is not None for arg in args):
            with np.errstate(all="ignore"):
                value = float(np_fn(*(arg.value for arg in args)))
            if not np.isfinite(value):
                self.fail(f"{name}(...) of this constant is undefined or too large", node)
        fns = [arg.fn for arg in args]
        fn = constant_fn(value) if value is not None else lambda a: np_fn(*(f(a) for f in fns))
        return Node(name, args, fn, value)


def _describe(node: ast.AST) -> str:
    names = {ast.ListComp: "a comprehension", ast.GeneratorExp: "a comprehension", ast.SetComp: "a comprehension",
             ast.DictComp: "a comprehension", ast.List: "a list", ast.Tuple: "a tuple", ast.Dict: "a dict",
             ast.Set: "a set", ast.Starred: "*", ast.NamedExpr: ":=", ast.Await: "await"}
    return names.get(type(node), getattr(getattr(node, "op", None), "__class__", type(node)).__name__)
