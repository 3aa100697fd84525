"""Typed functions such as ``0.01*x**2 + 0.1*x``, parsed safely (no Qt; used by the tangent and gradient tabs).

The text is parsed with ``ast.parse(mode="eval")`` and walked against an allowlist: real number literals,
the tab's variable names, ``pi`` and ``e``, ``+ - * / **``, unary ``+ -`` and calls of a few numpy functions
by bare name. Nothing the user types is ever passed to ``eval``/``exec``, sympy's ``sympify`` or similar
(they have had code-execution escapes). Size, nesting and constant exponents are bounded, so nothing can
hang: ``9**9**9`` or a megabyte of input is refused in microseconds. ``^`` is refused with a hint to use
``**`` (Python reads ``^`` as XOR with a lower precedence than ``+``, so translating the node would be wrong).

The same walk builds a numpy closure (the value, Book 4.3's ``f``) and a sympy expression with real symbols,
node by node; sympy differentiates it and :func:`_to_numpy` walks the result back into numpy.
"""
from __future__ import annotations

import ast
import functools
import warnings
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np
import sympy as sp

__all__ = ["ExpressionError", "ParsedExpression", "parse_expression", "FUNCTIONS"]

MAX_LENGTH, MAX_NODES, MAX_DEPTH, MAX_EXPONENT, MAX_LITERAL = 300, 150, 32, 100, 1e100

# name: (arity, numpy function, sympy function)
FUNCTIONS = {
    "sin": (1, np.sin, sp.sin), "cos": (1, np.cos, sp.cos), "tan": (1, np.tan, sp.tan),
    "exp": (1, np.exp, sp.exp), "log": (1, np.log, sp.log), "sqrt": (1, np.sqrt, sp.sqrt),
    "abs": (1, np.abs, sp.Abs), "tanh": (1, np.tanh, sp.tanh), "sinh": (1, np.sinh, sp.sinh),
    "cosh": (1, np.cosh, sp.cosh), "arctan": (1, np.arctan, sp.atan),
    "maximum": (2, np.maximum, sp.Max), "minimum": (2, np.minimum, sp.Min),
    "relu": (1, lambda a: np.maximum(a, 0.0), lambda s: sp.Max(0, s)),  # Book 3.2.7
    "sigmoid": (1, lambda a: 1.0 / (1.0 + np.exp(-a)), lambda s: 1 / (1 + sp.exp(-s))),  # Book 3.2.4
}
CONSTANTS = {"pi": (np.pi, sp.pi), "e": (np.e, sp.E)}
_BINOPS = {ast.Add: (np.add, lambda a, b: a + b), ast.Sub: (np.subtract, lambda a, b: a - b),
           ast.Mult: (np.multiply, lambda a, b: a * b), ast.Div: (np.divide, lambda a, b: a / b),
           ast.Pow: (np.power, lambda a, b: a ** b)}
_FORBIDDEN = {ast.Attribute: "attributes (a.b) are not allowed", ast.Subscript: "indexing (a[i]) is not allowed",
              ast.Lambda: "lambda is not allowed", ast.Compare: "comparisons are not allowed",
              ast.BitXor: "use ** for powers (^ is not a power in Python)", ast.IfExp: "if/else is not allowed",
              ast.BoolOp: "and/or are not allowed", ast.JoinedStr: "text strings are not allowed"}


class ExpressionError(ValueError):
    """A typed function that cannot be used; ``str()`` is a short message, ``offset`` a 0-based column or None."""

    def __init__(self, message: str, offset: int | None = None):
        super().__init__(message)
        self.offset = offset


class _Unsupported(Exception):
    """A sympy result this module cannot turn back into numpy (then there is no analytical derivative)."""


@dataclass(frozen=True)
class ParsedExpression:
    """A validated function of ``variables``: ``func(*arrays)`` evaluates it, ``derivative(var)`` differentiates it."""

    text: str
    variables: tuple[str, ...]
    sympy_expr: sp.Expr = field(repr=False, compare=False)
    _evaluate: Callable = field(repr=False, compare=False)

    @property
    def formula(self) -> str:
        """The expression as sympy prints it, floats shortened (e.g. ``0.02*x + 0.1``)."""
        return sp.sstr(self.sympy_expr, full_prec=False)

    def func(self, *arrays):
        """Evaluate element-wise with numpy broadcasting; nan/inf where undefined, never a warning."""
        if len(arrays) != len(self.variables):
            raise TypeError(f"expected {len(self.variables)} arrays ({', '.join(self.variables)}), got {len(arrays)}")
        arrays = tuple(np.asarray(a, dtype=np.float64) for a in arrays)
        with np.errstate(all="ignore"):
            result = np.asarray(self._evaluate(arrays), dtype=np.float64)
        shape = np.broadcast_shapes(result.shape, *(a.shape for a in arrays))
        return np.broadcast_to(result, shape).copy()[()]  # [()] turns a 0-d array into a numpy float

    def derivative(self, var: str) -> ParsedExpression | None:
        """The analytical partial derivative d/d``var`` (sympy), or None if it cannot be evaluated with numpy."""
        if var not in self.variables:
            raise ValueError(f"{var!r} is not one of the variables {self.variables}")
        derived = sp.diff(self.sympy_expr, sp.Symbol(var, real=True))
        try:
            evaluate = _to_numpy(derived, {name: i for i, name in enumerate(self.variables)})
        except _Unsupported:
            return None
        return ParsedExpression(sp.sstr(derived, full_prec=False), self.variables, derived, evaluate)


    def has_kink_at(self, *values: float) -> bool:
        """True if abs, maximum, minimum or relu switches branch exactly at ``values``: there the derivative
        may not exist (abs(x) at 0 has slope -1 on the left and +1 on the right), whatever sympy's formula says."""
        index = {name: i for i, name in enumerate(self.variables)}
        point = tuple(np.float64(v) for v in values)
        for atom in self.sympy_expr.atoms(sp.Abs, sp.sign, sp.Heaviside, sp.Max, sp.Min):
            args = atom.args[:1] if isinstance(atom, (sp.Abs, sp.sign, sp.Heaviside)) else \
                [a - b for i, a in enumerate(atom.args) for b in atom.args[i + 1:]]
            for arg in args:
                try:
                    with np.errstate(all="ignore"):
                        if _to_numpy(arg, index)(point) == 0:
                            return True
                except _Unsupported:
                    continue
        return False


def parse_expression(text: str, variables: Sequence[str]) -> ParsedExpression:
    """Parse ``text`` as a function of ``variables`` (e.g. ``("x",)`` for Book 4.3, ``("x0", "x1")`` for 4.4).

    Raises
    ------
    ExpressionError
        With a short, user-readable reason, for anything outside the allowed grammar or limits.
    """
    if not isinstance(text, str):
        raise ExpressionError("the expression must be text")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"too long: {len(text)} characters (at most {MAX_LENGTH})")
    source = text.strip()
    if not source:
        raise ExpressionError("type a function, e.g. " + " + ".join(f"{v}**2" for v in variables))
    if _bracket_depth(source) > MAX_DEPTH:
        raise ExpressionError(f"too many nested parentheses (at most {MAX_DEPTH})")
    try:
        with warnings.catch_warnings():  # e.g. "invalid decimal literal" for 1for: an error below or harmless
            warnings.simplefilter("ignore")
            tree = ast.parse(source, mode="eval")
    except SyntaxError as error:
        column = max((error.offset or 1) - 1, 0) + len(text) - len(text.lstrip())
        raise ExpressionError(f"syntax error at column {column + 1}: {error.msg}", column) from None
    except (ValueError, RecursionError, MemoryError):  # null bytes, surrogates, absurd nesting
        raise ExpressionError("the expression contains characters or nesting that cannot be read") from None
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:  # ast.walk is iterative: safe before any recursion
        raise ExpressionError(f"too complex (more than {MAX_NODES} parts)")
    walker = _Walker(source, tuple(variables), len(text) - len(text.lstrip()))
    evaluate, _, sym = walker.visit(tree.body, 0)
    return ParsedExpression(text, tuple(variables), sym, evaluate)


def _bracket_depth(source: str) -> int:
    depth = deepest = 0
    for char in source:
        depth += (char in "([{") - (char in ")]}")
        deepest = max(deepest, depth)
    return deepest


class _Walker:
    """Checks each node against the allowlist; returns (numpy closure, folded constant or None, sympy expr)."""

    def __init__(self, source: str, variables: tuple[str, ...], indent: int):
        self.source, self.variables, self.indent = source, variables, indent

    def fail(self, message: str, node: ast.AST):
        raw = getattr(node, "col_offset", None)  # a UTF-8 byte offset: convert it to characters
        column = None if raw is None else self.indent + len(self.source.encode()[:raw].decode(errors="ignore"))
        raise ExpressionError(message, column)

    def visit(self, node: ast.AST, depth: int):
        if depth > MAX_DEPTH:
            self.fail(f"too deeply nested (at most {MAX_DEPTH} levels)", node)
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.UAdd, ast.USub)):
            fn, const, sym = self.visit(node.operand, depth + 1)
            if isinstance(node.op, ast.UAdd):
                return fn, const, sym
            return (lambda a: np.negative(fn(a))), (None if const is None else -const), -sym
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return self.binop(node, depth)
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        for kind, message in _FORBIDDEN.items():
            if isinstance(node, kind) or isinstance(getattr(node, "op", None), kind):
                self.fail(message, node)
        self.fail(f"{_describe(node)} is not allowed", node)

    def constant(self, node: ast.Constant):
        value = node.value
        if isinstance(value, (str, bytes)):
            self.fail("text strings are not allowed", node)
        if type(value) not in (int, float):
            self.fail(f"only real numbers are allowed, not {value!r}"[:80], node)
        if not abs(value) <= MAX_LITERAL:  # also catches inf and nan
            self.fail(f"number too large (at most {MAX_LITERAL:g})", node)
        number = float(value)
        return (lambda a: number), number, (sp.Integer(value) if type(value) is int else sp.Float(value))

    def name(self, node: ast.Name):
        if node.id in self.variables:
            index = self.variables.index(node.id)
            return (lambda a: a[index]), None, sp.Symbol(node.id, real=True)
        if node.id in CONSTANTS:
            number, sym = CONSTANTS[node.id]
            return (lambda a: number), number, sym
        if node.id in FUNCTIONS:
            self.fail(f"{node.id} is a function: write {node.id}(...)", node)
        allowed = ", ".join(self.variables + tuple(CONSTANTS))
        self.fail(f"unknown name {node.id!r}"[:60] + f" (use {allowed} or a function)", node)

    def binop(self, node: ast.BinOp, depth: int):
        left_fn, left_c, left_s = self.visit(node.left, depth + 1)
        right_fn, right_c, right_s = self.visit(node.right, depth + 1)
        np_op, sym_op = _BINOPS[type(node.op)]
        if isinstance(node.op, ast.Pow) and right_c is not None and abs(right_c) > MAX_EXPONENT:
            self.fail(f"exponent {right_c:.6g} is too large (at most {MAX_EXPONENT} in size)", node.right)
        if isinstance(node.op, ast.Div) and right_c == 0:
            self.fail("division by zero", node.right)
        const = None
        if left_c is not None and right_c is not None:  # fold constants: sympy never sees a huge number
            with np.errstate(all="ignore"):
                const = float(np_op(left_c, right_c))
            if not np.isfinite(const):
                self.fail("this constant part is undefined or too large", node)
        return (lambda a: np_op(left_fn(a), right_fn(a))), const, sym_op(left_s, right_s)

    def call(self, node: ast.Call, depth: int):
        if not isinstance(node.func, ast.Name):
            self.fail("only functions by bare name can be called, e.g. sin(x)", node)
        name = node.func.id
        if name not in FUNCTIONS:
            self.fail(f"unknown function {name!r}"[:60] + f"; allowed: {', '.join(FUNCTIONS)}", node)
        if node.keywords:
            self.fail("keyword arguments are not allowed", node)
        arity, np_fn, sym_fn = FUNCTIONS[name]
        if len(node.args) != arity:
            self.fail(f"{name} takes {arity} argument{'s' if arity > 1 else ''}", node)
        args = [self.visit(arg, depth + 1) for arg in node.args]
        fns = [fn for fn, _, _ in args]
        const = None
        if all(c is not None for _, c, _ in args):
            with np.errstate(all="ignore"):
                const = float(np_fn(*(c for _, c, _ in args)))
            if not np.isfinite(const):
                self.fail(f"{name}(...) of this constant is undefined or too large", node)
        return (lambda a: np_fn(*(fn(a) for fn in fns))), const, sym_fn(*(s for _, _, s in args))


def _describe(node: ast.AST) -> str:
    names = {ast.ListComp: "a comprehension", ast.GeneratorExp: "a comprehension", ast.SetComp: "a comprehension",
             ast.DictComp: "a comprehension", ast.List: "a list", ast.Tuple: "a tuple", ast.Dict: "a dict",
             ast.Set: "a set", ast.Starred: "*", ast.NamedExpr: ":=", ast.Await: "await"}
    return names.get(type(node), getattr(getattr(node, "op", None), "__class__", type(node)).__name__)


_SYMPY_NUMPY = {sp.sin: np.sin, sp.cos: np.cos, sp.tan: np.tan, sp.exp: np.exp, sp.sinh: np.sinh,
                sp.cosh: np.cosh, sp.tanh: np.tanh, sp.atan: np.arctan, sp.Abs: np.abs, sp.sign: np.sign}
_RELATIONS = {sp.StrictLessThan: np.less, sp.LessThan: np.less_equal, sp.StrictGreaterThan: np.greater,
              sp.GreaterThan: np.greater_equal, sp.Equality: np.equal, sp.Unequality: np.not_equal}


def _to_numpy(expr, index: dict[str, int]) -> Callable:
    """Walk a sympy tree (typically a derivative) into a numpy closure over a tuple of arrays."""
    if expr.is_Symbol and expr.name in index:
        i = index[expr.name]
        return lambda a: a[i]
    if expr is sp.true:
        return lambda a: True
    if expr.is_Number or expr.is_NumberSymbol:
        if not (expr.is_finite and expr.is_extended_real):
            raise _Unsupported(expr)  # zoo, nan, oo, I
        number = float(expr)
        return lambda a: number
    parts = [_to_numpy(arg, index) for arg in expr.args] if not isinstance(expr, sp.Piecewise) else []
    if isinstance(expr, (sp.Add, sp.Mul, sp.Max, sp.Min)):
        op = {sp.Add: np.add, sp.Mul: np.multiply, sp.Max: np.maximum, sp.Min: np.minimum}[type(expr)]
        return lambda a: functools.reduce(op, (p(a) for p in parts))
    if isinstance(expr, sp.Pow):
        return lambda a: np.power(parts[0](a), parts[1](a))
    if isinstance(expr, sp.log) and len(parts) == 1:
        return lambda a: np.log(parts[0](a))
    if isinstance(expr, sp.Heaviside):  # args (x, H0): H0 is the value at 0
        return lambda a: np.heaviside(parts[0](a), parts[1](a) if len(parts) > 1 else 0.5)
    if type(expr) in _RELATIONS:
        return lambda a: _RELATIONS[type(expr)](parts[0](a), parts[1](a))
    if type(expr) in _SYMPY_NUMPY:
        return lambda a: _SYMPY_NUMPY[type(expr)](parts[0](a))
    if isinstance(expr, sp.Piecewise):
        pieces = [(_to_numpy(e, index), _to_numpy(c, index)) for e, c in expr.args]
        return lambda a: np.select([np.asarray(c(a), dtype=bool) for _, c in pieces], [e(a) for e, _ in pieces],
                                   default=np.nan)
    raise _Unsupported(expr)  # DiracDelta and anything unexpected: no analytical derivative
