"""The restricted parser of typed functions: values, analytic derivatives, an escape corpus and fuzzing."""
import builtins
import functools
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.expression import ExpressionError, ParsedExpression, parse_expression

X = np.linspace(-3.0, 3.0, 13)


@pytest.mark.parametrize("text, expected", [
    ("0.01*x**2 + 0.1*x", lambda x: 0.01 * x**2 + 0.1 * x),  # Book 4.3.2
    ("x**3 - 3*x", lambda x: x**3 - 3 * x),
    ("sin(x) * cos(x) + tan(x / 4)", lambda x: np.sin(x) * np.cos(x) + np.tan(x / 4)),
    ("exp(-x**2) + tanh(x) - sinh(x) / cosh(x)", lambda x: np.exp(-x**2) + np.tanh(x) - np.sinh(x) / np.cosh(x)),
    ("abs(x) + arctan(x) + maximum(x, 1) - minimum(x, -1)",
     lambda x: np.abs(x) + np.arctan(x) + np.maximum(x, 1) - np.minimum(x, -1)),
    ("relu(x) + sigmoid(x)", lambda x: np.maximum(x, 0) + 1 / (1 + np.exp(-x))),
    ("pi * e + -x + +x", lambda x: np.full_like(x, np.pi * np.e)),
    ("2**x + x**-2", lambda x: 2.0**x + x**-2.0),
    ("1/3", lambda x: np.full_like(x, 1 / 3)),
])
def test_values_match_numpy(text, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = parse_expression(text, ["x"]).func(X)
    with np.errstate(divide="ignore"):  # x**-2 at 0 is inf on both sides
        want = expected(X)
    np.testing.assert_allclose(got, want, rtol=1e-14, atol=1e-14)


def test_book_function_and_its_derivative_at_5():
    parsed = parse_expression("0.01*x**2 + 0.1*x", ("x",))
    assert parsed.func(5.0) == pytest.approx(0.75)
    derivative = parsed.derivative("x")
    assert derivative.formula == "0.02*x + 0.1"
    assert derivative.func(5.0) == pytest.approx(0.2, abs=1e-15)  # Book 4.3.2: the true value 0.2


def test_results_broadcast_and_scalars_stay_scalars():
    parsed = parse_expression("x0**2 + x1**2", ["x0", "x1"])
    assert parsed.func(np.arange(3.0)[:, None], np.arange(4.0)[None, :]).shape == (3, 4)
    assert parsed.func(3.0, 4.0) == 25.0 and np.ndim(parsed.func(3.0, 4.0)) == 0
    constant = parse_expression("7", ["x0", "x1"])
    np.testing.assert_array_equal(constant.func(np.zeros((2, 5)), 1.0), np.full((2, 5), 7.0))
    with pytest.raises(TypeError):
        parsed.func(1.0)


def test_undefined_points_give_nan_or_inf_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = parse_expression("log(x) + 1/x + sqrt(x) + exp(1000*x)", ["x"]).func(np.array([-1.0, 0.0, 1.0]))
    assert np.isnan(values[0]) and np.isnan(values[1]) and np.isinf(values[2])


@pytest.mark.parametrize("text, expected", [
    ("x**3 - 3*x", lambda x: 3 * x**2 - 3),
    ("sin(x)", np.cos),
    ("exp(2*x)", lambda x: 2 * np.exp(2 * x)),
    ("log(x)", lambda x: 1 / x),
    ("sqrt(x)", lambda x: 0.5 / np.sqrt(x)),
    ("arctan(x)", lambda x: 1 / (1 + x**2)),
    ("tanh(x)", lambda x: 1 - np.tanh(x) ** 2),
    ("sigmoid(x)", lambda x: (1 / (1 + np.exp(-x))) * (1 - 1 / (1 + np.exp(-x)))),  # Book 5.5.2
    ("abs(x)", np.sign),
    ("relu(x)", lambda x: (x > 0).astype(float)),
    ("maximum(x, 1)", lambda x: (x > 1).astype(float)),
    ("2**x", lambda x: np.log(2) * 2.0**x),
])
def test_derivatives_match_analytic_formulas(text, expected):
    points = np.array([0.3, 0.7, 1.5, 2.5])
    derivative = parse_expression(text, ["x"]).derivative("x")
    assert isinstance(derivative, ParsedExpression)
    np.testing.assert_allclose(derivative.func(points), expected(points), rtol=1e-12)


def test_partial_derivatives():
    parsed = parse_expression("x0**2 + 4*x1**2 + x0*x1", ["x0", "x1"])
    assert parsed.derivative("x0").func(3.0, 2.0) == 8.0
    assert parsed.derivative("x1").func(3.0, 2.0) == 19.0
    with pytest.raises(ValueError):
        parsed.derivative("y")


ESCAPES = {
    "__import__('os')": "unknown function",
    "().__class__.__bases__": "attributes",
    "x.__class__": "attributes",
    "lambda: 1": "lambda",
    "[x for x in ()]": "comprehension",
    "x[0]": "indexing",
    "open('f')": "unknown function",
    "eval('1')": "unknown function",
    "9**9**9": "exponent",
    "10**1000": "exponent",
    "x**100000": "exponent",
    "1+" * 500_000: "too long",
    "(" * 40 + "x" + ")" * 40: "nested",
    "(" * 100_000 + "x" + ")" * 100_000: "too long",
    "-" * 200 + "x": "complex",
    "'rm -rf'": "string",
    "sin(x=1)": "keyword",
    "sin(*x)": "not allowed",
    "x if x else x": "if/else",
    "x^2": "use **",
    "sin(x, x)": "takes 1 argument",
    "maximum(x)": "takes 2 arguments",
    "y + 1": "unknown name",
    "sin": "write sin(...)",
    "1e999": "too large",
    "1/0": "division by zero",
    "sqrt(-1)": "undefined",
    "((10**100)**100)**100": "too large",
    "1j * x": "real numbers",
    "x +": "syntax error",
    "x\x00": "syntax error",
    "": "type a function",
    "(x := 1)": "not allowed",
    "x < 1": "comparisons",
}


@pytest.mark.parametrize("text", list(ESCAPES), ids=lambda t: repr(t[:20]))
def test_escape_corpus_is_rejected_with_a_helpful_message(text):
    with pytest.raises(ExpressionError) as caught:  # 9**9**9 would never end: refused before evaluating
        parse_expression(text, ["x"])
    assert ESCAPES[text] in str(caught.value)
    assert len(str(caught.value)) < 200


def test_error_offsets_point_at_the_culprit():
    assert _offset("x + foo") == 4
    assert _offset("  x + x.real") == 6
    assert _offset("x + (") is not None


def _offset(text):
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text, ["x"])
    return caught.value.offset


# ---------------------------------------------------------------- fuzzing: nothing but ExpressionError, fast, inert
_TOKENS = ["x", "y", "1", "0", "2.5", "1e308", "10", "99", "pi", "e", "+", "-", "*", "/", "**", "^", "(", ")",
           " ", ",", "sin", "exp", "log", "sqrt", "abs", "maximum", "relu", ".", "__class__", "__import__",
           "'os'", "[", "]", "lambda", ":", "=", "for", "in", "9**9**9", "_scratchnn_sentinel()", "open", "eval",
           "{", "}", "@", "!", ";", "\n", "#", "\\", "not", "and", "if", "else"]
_token_soup = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)
_leaves = st.one_of(
    st.sampled_from(["x", "pi", "e", "y", "__import__", "'s'", "x.real", "x[0]", "_scratchnn_sentinel()", "None"]),
    st.integers(-10**6, 10**6).map(str), st.floats(allow_nan=False).map(repr))
_grammarish = st.recursive(_leaves, lambda inner: st.one_of(
    st.tuples(inner, st.sampled_from(["+", "-", "*", "/", "**", "^", "//", "%", "<", " if 1 else "]), inner)
    .map(lambda t: f"({t[0]}){t[1]}({t[2]})"),
    st.tuples(st.sampled_from(["-", "+", "not ", "~"]), inner).map("".join),
    st.tuples(st.sampled_from(["sin", "exp", "log", "sqrt", "abs", "relu", "sigmoid", "open", "eval",
                               "_scratchnn_sentinel", "x.__class__"]), inner).map(lambda t: f"{t[0]}({t[1]})"),
    st.tuples(st.sampled_from(["maximum", "minimum", "sin"]), inner, inner).map(lambda t: f"{t[0]}({t[1]}, {t[2]})"),
), max_leaves=12)


@pytest.fixture
def sentinel(monkeypatch):
    """A builtin whose call would prove that user text ran as code."""
    calls = []
    monkeypatch.setattr(builtins, "_scratchnn_sentinel", lambda: calls.append(1), raising=False)
    return calls


def _check_input(text, sentinel):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            parsed = parse_expression(text, ["x"])
        except ExpressionError:
            pass
        else:
            values = parsed.func(np.array([-1.0, 0.0, 0.5, 2.0]))
            assert values.shape == (4,)
            try:  # refused only with our own message (too large or too complex for sympy), never sympy's
                derivative = parsed.derivative("x")
            except ExpressionError as error:
                assert "derivative" in str(error) or "formula" in str(error)
            else:
                if derivative is not None:
                    assert derivative.func(np.array([-1.0, 0.5])).shape == (2,)
                    assert isinstance(derivative.formula, str)
    assert not sentinel


# stacked powers: sympy multiplies out a product's number (2**100) and multiplies exponents ((x**a)**b)
_stacked_powers = st.tuples(
    st.sampled_from(["x", "x*2", "2*x", "x*10**100", "x*1e100", "x-1", "x+x", "x-x+10", "sin(x)", "pi*x", "x/3"]),
    st.lists(st.sampled_from(["100", "-100", "99", "2", "0.5", "1/3", "x", "x-x+100", "(x-x+10)"]),
             min_size=1, max_size=6),
).map(lambda t: functools.reduce(lambda inner, exponent: f"({inner})**{exponent}", t[1], t[0]))

# long chains: nested minimum/maximum over powers, abs, squares and roots, and deep function compositions
_ARMS = ["x**{k}", "abs(x-{k})", "(x-{k})**2", "sqrt(x-{k})", "sigmoid(x*{k})", "x", "relu(x-{k})"]
_chains = st.one_of(
    st.tuples(st.lists(st.sampled_from(["minimum", "maximum"]), min_size=1, max_size=20),
              st.sampled_from(_ARMS), st.sampled_from(_ARMS))
    .map(lambda t: functools.reduce(lambda inner, kf: f"{kf[1]}({t[1].format(k=kf[0] + 1)},{inner})",
                                    enumerate(t[0]), t[2].format(k=0))),
    st.lists(st.sampled_from(["sin", "exp", "log", "sqrt", "abs", "tan", "tanh", "sigmoid", "relu", "arctan"]),
             min_size=1, max_size=31).map(lambda names: functools.reduce(lambda s, f: f"{f}({s})", names, "x")),
    st.tuples(st.lists(st.sampled_from(["({s}-{k})**2", "sqrt({s}-{k})", "1/({s}+{k})", "({s})**x", "x*({s}+{k})",
                                        "sigmoid({s})*x", "exp(-{s})"]), min_size=1, max_size=16))
    .map(lambda t: functools.reduce(lambda s, kf: kf[1].format(s=s, k=kf[0] + 1), enumerate(t[0]), "x")),
)


_FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_FUZZ
@given(text=st.text(max_size=400))
def test_fuzz_any_text(text, sentinel):
    _check_input(text, sentinel)


@_FUZZ
@given(text=_token_soup)
def test_fuzz_token_soup(text, sentinel):
    _check_input(text, sentinel)


@_FUZZ
@given(text=_grammarish)
def test_fuzz_grammar_like_expressions(text, sentinel):
    _check_input(text, sentinel)


@_FUZZ
@given(text=_stacked_powers)
def test_fuzz_stacked_powers(text, sentinel):
    _check_input(text, sentinel)


@_FUZZ
@given(text=_chains)
def test_fuzz_long_chains(text, sentinel):
    _check_input(text, sentinel)


def test_kinks_where_abs_maximum_or_relu_switch():
    assert parse_expression("abs(x)", ["x"]).has_kink_at(0.0)
    assert not parse_expression("abs(x)", ["x"]).has_kink_at(0.5)
    assert parse_expression("relu(x - 2) + x**2", ["x"]).has_kink_at(2.0)
    assert parse_expression("maximum(x0, x1)", ["x0", "x1"]).has_kink_at(1.0, 1.0)
    assert not parse_expression("x**2", ["x"]).has_kink_at(0.0)
