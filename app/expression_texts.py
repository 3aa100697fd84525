"""What the expression parser says when it refuses a typed function: :class:`ExpressionError` and its
templates, all in the translation context "ExpressionError" (no Qt).

The English sentences are the parser's own (``str(error)``); the tangent and gradient tabs show
``error.translated(QCoreApplication.translate)``. Python's own syntax-error messages are turned into our
templates where we know them (:func:`syntax_detail`); an unknown one stays Python's English.
"""
from __future__ import annotations

import re

from app.texts import QT_TRANSLATE_NOOP, Message, TranslatableError


class ExpressionError(TranslatableError):
    """A typed function that cannot be used; ``str()`` is a short message, ``offset`` a 0-based column or None."""

    context = "ExpressionError"

    def __init__(self, template: str, offset: int | None = None, **fields):
        super().__init__(template, **fields)
        self.offset = offset


# -- expression.parse_expression ---------------------------------------------------------------------------
NOT_TEXT = QT_TRANSLATE_NOOP("ExpressionError", "the expression must be text")
TOO_LONG = QT_TRANSLATE_NOOP("ExpressionError", "too long: {length} characters (at most {limit})")
EMPTY = QT_TRANSLATE_NOOP("ExpressionError", "type a function, e.g. {example}")
TOO_NESTED = QT_TRANSLATE_NOOP("ExpressionError", "too many nested parentheses (at most {limit})")
SYNTAX = QT_TRANSLATE_NOOP("ExpressionError", "syntax error at column {column}: {detail}")
UNREADABLE = QT_TRANSLATE_NOOP("ExpressionError", "the expression contains characters or nesting that cannot be read")
TOO_COMPLEX_PARTS = QT_TRANSLATE_NOOP("ExpressionError", "too complex (more than {limit} parts)")

# -- expression_walker.Walker --------------------------------------------------------------------------------
TOO_DEEP = QT_TRANSLATE_NOOP("ExpressionError", "too deeply nested (at most {limit} levels)")
ATTRIBUTES = QT_TRANSLATE_NOOP("ExpressionError", "attributes (a.b) are not allowed")
INDEXING = QT_TRANSLATE_NOOP("ExpressionError", "indexing (a[i]) is not allowed")
LAMBDA = QT_TRANSLATE_NOOP("ExpressionError", "lambda is not allowed")
COMPARISONS = QT_TRANSLATE_NOOP("ExpressionError", "comparisons are not allowed")
XOR = QT_TRANSLATE_NOOP("ExpressionError", "use ** for powers (^ is not a power in Python)")
IF_ELSE = QT_TRANSLATE_NOOP("ExpressionError", "if/else is not allowed")
AND_OR = QT_TRANSLATE_NOOP("ExpressionError", "and/or are not allowed")
STRINGS = QT_TRANSLATE_NOOP("ExpressionError", "text strings are not allowed")
COMPREHENSION = QT_TRANSLATE_NOOP("ExpressionError", "a comprehension is not allowed")
LIST = QT_TRANSLATE_NOOP("ExpressionError", "a list is not allowed")
TUPLE = QT_TRANSLATE_NOOP("ExpressionError", "a tuple is not allowed")
DICT = QT_TRANSLATE_NOOP("ExpressionError", "a dict is not allowed")
SET = QT_TRANSLATE_NOOP("ExpressionError", "a set is not allowed")
NOT_ALLOWED = QT_TRANSLATE_NOOP("ExpressionError", "{what} is not allowed")  # {what}: Python code, e.g. "//"
NOT_REAL = QT_TRANSLATE_NOOP("ExpressionError", "only real numbers are allowed, not {value}")
NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("ExpressionError", "number too large (at most {limit:g})")
NOT_CALLED = QT_TRANSLATE_NOOP("ExpressionError", "{name} is a function: write {name}(...)")
UNKNOWN_NAME = QT_TRANSLATE_NOOP("ExpressionError", "unknown name {name} (use {allowed} or a function)")
EXPONENT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ExpressionError", "exponent {exponent:.6g} is too large (at most {limit} in size)")
DIVISION_BY_ZERO = QT_TRANSLATE_NOOP("ExpressionError", "division by zero")
CONSTANT_UNDEFINED = QT_TRANSLATE_NOOP("ExpressionError", "this constant part is undefined or too large")
BARE_NAMES_ONLY = QT_TRANSLATE_NOOP("ExpressionError", "only functions by bare name can be called, e.g. sin(x)")
UNKNOWN_FUNCTION = QT_TRANSLATE_NOOP("ExpressionError", "unknown function {name}; allowed: {allowed}")
KEYWORDS = QT_TRANSLATE_NOOP("ExpressionError", "keyword arguments are not allowed")
ONE_ARGUMENT = QT_TRANSLATE_NOOP("ExpressionError", "{name} takes 1 argument")
ARGUMENTS = QT_TRANSLATE_NOOP("ExpressionError", "{name} takes {count} arguments")
CALL_UNDEFINED = QT_TRANSLATE_NOOP("ExpressionError", "{name}(...) of this constant is undefined or too large")

# -- expression_sympy: the exact derivative ------------------------------------------------------------------
DERIVATIVE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ExpressionError", "numbers in this function grow beyond 1e300 when multiplied out: too large for an exact "
    "derivative")
DERIVATIVE_TOO_COMPLEX = QT_TRANSLATE_NOOP("ExpressionError", "this function is too complex for an exact derivative")
NO_FORMULA = QT_TRANSLATE_NOOP("ExpressionError", "this function cannot be written as an exact formula")

# -- Python's syntax errors, as the {detail} of SYNTAX --------------------------------------------------------
_SYNTAX_DETAILS = (  # (Python's message as a pattern, our template with the pattern's groups as fields)
    (r"invalid syntax(\. Perhaps you forgot a comma\?)?", QT_TRANSLATE_NOOP("ExpressionError", "invalid syntax")),
    (r"'(?P<bracket>.)' was never closed", QT_TRANSLATE_NOOP("ExpressionError", "'{bracket}' was never closed")),
    (r"unmatched '(?P<bracket>.)'", QT_TRANSLATE_NOOP("ExpressionError", "unmatched '{bracket}'")),
    (r"closing parenthesis '(?P<closing>.)' does not match opening parenthesis '(?P<opening>.)'.*",
     QT_TRANSLATE_NOOP("ExpressionError", "closing parenthesis '{closing}' does not match opening parenthesis "
                                          "'{opening}'")),
    (r"invalid decimal literal",  # 2x, 1e, 1__0: most often a missing *
     QT_TRANSLATE_NOOP("ExpressionError", "invalid number (a product is written 2*x, not 2x)")),
    (r"invalid hexadecimal literal", QT_TRANSLATE_NOOP("ExpressionError", "invalid hexadecimal literal")),
    (r"invalid character '(?P<character>.+)' \((?P<code>U\+[0-9A-F]+)\)",
     QT_TRANSLATE_NOOP("ExpressionError", "invalid character '{character}' ({code})")),
    (r"unterminated string literal.*", QT_TRANSLATE_NOOP("ExpressionError", "unterminated string literal")),
    (r"leading zeros in decimal integer literals are not permitted.*",
     QT_TRANSLATE_NOOP("ExpressionError", "leading zeros are not allowed in a number (write 1, not 01)")),
    (r"source code (string )?cannot contain null bytes",
     QT_TRANSLATE_NOOP("ExpressionError", "the expression cannot contain null bytes")),
    (r"unexpected character after line continuation character",
     QT_TRANSLATE_NOOP("ExpressionError", "a backslash (\\) is not allowed")),
)


def syntax_detail(python_message: str) -> Message | str:
    """Python's syntax-error message as one of our templates, or unchanged when we do not know it."""
    for pattern, template in _SYNTAX_DETAILS:
        match = re.fullmatch(pattern, python_message)
        if match:
            return Message(template, match.groupdict(), ExpressionError.context)
    return python_message
