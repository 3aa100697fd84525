"""What a typed function costs the GUI thread in the tangent tab (parse, analytical derivative, readout); prints JSON.

    python benchmarks/expression_cost.py [--random N] [--seed S] [--repeat R]

Measures ``TangentModel.set_expression(text)`` followed by ``readout()`` (what the tab does when the text
changes: parse, sympy form, derivative, formula, kink check) for

- the texts of issue 8 (stacked powers; chains of minimum, maximum, abs, squares and roots),
- families built to the limits (the largest each the tangent tab accepts): nested functions, nested
  powers, sums and products, chains of minimum/maximum,
- ``--random`` random expressions from a seeded generator.

Each text is timed ``--repeat`` times, each time with sympy's cache cleared (a newly typed text finds
nothing of its own there), and the best time is kept; one warm-up text first pays for lazy imports.
The target of issue 8 is ~0.1 s for the slowest accepted text; refused texts should be refused in
milliseconds. Timings on a shared machine are noisy: re-run on a quiet one. Not a test: it only reports.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.expression import FUNCTIONS, ExpressionError, parse_expression  # noqa: E402
from app.tabs.tangent_model import TangentModel  # noqa: E402
from sympy.core.cache import clear_cache  # noqa: E402

TARGET_S = 0.1


def nest(template: str, n: int, inner: str = "x") -> str:
    for k in range(1, n + 1):
        inner = template.format(s=inner, k=k)
    return inner


def largest(make) -> str | None:
    """The largest ``make(n)`` the tangent tab accepts (the parser and the bounds on sympy's work)."""
    best = None
    for n in range(1, 80):
        text = make(n)
        try:
            parse_expression(text, ("x",))
        except ExpressionError:
            break  # the parser's limits: larger n only grows
        try:
            TangentModel().set_expression(text)
        except ExpressionError:
            continue
        best = text
    return best


ISSUE = {
    "stacked powers 10**100": "(((x*10**100)**100)**100)**100",
    "stacked powers 2": "(((((x*2)**100)**100)**100)**100)**100",
    "minimum of powers": nest("minimum(x**{k},{s})", 18),
    "maximum of abs": nest("maximum(abs(x-{k}),{s})", 13, "abs(x)"),
    "maximum of squares": nest("maximum((x-{k})**2,{s})", 13, "x**2"),
    "minimum of roots": nest("minimum(sqrt(x-{k}),{s})", 13, "sqrt(x)"),
    "1/(x-x)": "1/(x-x)",
    "abs(sqrt(x-x-1))+x": "abs(sqrt(x-x-1))+x",
    "minimum(tan(pi/2), x)": "minimum(tan(pi/2), x)",
    "exp(-exp(4.4e6)) after x-x": "sigmoid(exp((maximum(sinh(16), (x)-(x)))-(minimum((pi)*(9), log(0.5)))))",
    "book function": "0.01*x**2 + 0.1*x",
}
FAMILIES = {
    **{f"nested {f}": (lambda f: lambda n: nest(f + "({s})", n))(f) for f in FUNCTIONS if FUNCTIONS[f][0] == 1},
    "nested (s-k)**2": lambda n: nest("({s}-{k})**2", n), "nested sqrt(s-k)": lambda n: nest("sqrt({s}-{k})", n),
    "nested (s)**x": lambda n: nest("({s})**x", n), "nested x**(s)": lambda n: nest("x**({s})", n),
    "nested 1/(s+k)": lambda n: nest("1/({s}+{k})", n), "nested x/(s+x)": lambda n: nest("x/({s}+x)", n),
    "nested (s)**(s)": lambda n: nest("({s})**({s})", n),
    "nested sigmoid(tan(s)**x)": lambda n: nest("sigmoid(tan({s})**x)", n),
    "nested x**sigmoid(s/x)": lambda n: nest("x**sigmoid({s}/x)", n),
    "minimum(s, x-k)": lambda n: nest("minimum({s},x-{k})", n),
    "maximum(sin(s), x)": lambda n: nest("maximum(sin({s}),x)", n),
    "sum of sigmoids": lambda n: "+".join(f"sigmoid(x*{k})" for k in range(1, n + 1)),
    "product of squares": lambda n: "*".join(f"(x-{k})**2" for k in range(1, n + 1)),
    "product of roots": lambda n: "*".join(f"sqrt(x-{k})" for k in range(1, n + 1)),
    "product of tanh": lambda n: "*".join(f"tanh(x+{k})" for k in range(1, n + 1)),
    "quotients": lambda n: "/".join(f"(x+{k})" for k in range(1, n + 1)),
}


def random_text(rng: random.Random, depth: int) -> str:
    unary = [name for name, (arity, _) in FUNCTIONS.items() if arity == 1]
    if depth <= 0 or rng.random() < 0.15:
        return rng.choice(["x", "x", "x", str(rng.randint(1, 20)), "0.5", "pi", "2.5", "(x-x)"])
    r = rng.random()
    if r < 0.45:
        right = random_text(rng, depth - 1) if rng.random() < 0.7 else str(rng.randint(1, 5))
        return f"({random_text(rng, depth - 1)}){rng.choice('+-*/') if rng.random() < 0.8 else '**'}({right})"
    if r < 0.85:
        return f"{rng.choice(unary)}({random_text(rng, depth - 1)})"
    return f"{rng.choice(['maximum', 'minimum'])}({random_text(rng, depth - 1)}, {random_text(rng, depth - 1)})"


def measure(text: str, repeat: int) -> tuple[float, str]:
    """(best seconds, outcome) of set_expression + readout in a fresh tangent model."""
    best, outcome = float("inf"), ""
    for _ in range(repeat):
        model = TangentModel()
        clear_cache()
        start = time.perf_counter()
        try:
            model.set_expression(text)
            readout = model.readout()
            outcome = "accepted" if model.derivative is not None else "accepted, no formula"
            outcome += f" ({readout.reason})" if readout.reason else ""
        except ExpressionError as error:
            outcome = f"refused: {error}"
        best = min(best, time.perf_counter() - start)
    return best, outcome


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=1000, help="random expressions (default %(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    measure("sin(x)**2 + maximum(x, 1)", 1)  # imports sympy and our bridge
    texts = dict(ISSUE)
    texts.update({name: text for name, make in FAMILIES.items() if (text := largest(make)) is not None})
    rng = random.Random(args.seed)
    for i in range(args.random):
        text = random_text(rng, rng.randint(3, 30))
        try:
            parse_expression(text, ("x",))
        except ExpressionError:
            continue  # refused by the parser in microseconds: not what this measures
        texts[f"random {i}"] = text
    rows = {name: measure(text, args.repeat) for name, text in texts.items()}
    accepted = {name: seconds for name, (seconds, outcome) in rows.items() if outcome.startswith("accepted")}
    refused = {name: seconds for name, (seconds, outcome) in rows.items() if outcome.startswith("refused")}
    slowest = max(accepted, key=accepted.get)
    print(json.dumps({
        "python": platform.python_version(), "machine": platform.machine(),
        "target_s": TARGET_S,
        "accepted": len(accepted), "refused_by_bounds": len(refused),
        "max_accepted_s": round(accepted[slowest], 4), "slowest_accepted": texts[slowest],
        "max_refused_s": round(max(refused.values(), default=0.0), 4),
        "issue": {name: {"s": round(rows[name][0], 4), "outcome": rows[name][1]} for name in ISSUE},
        "families": {name: {"s": round(rows[name][0], 4), "outcome": rows[name][1][:60], "chars": len(texts[name])}
                     for name in FAMILIES if name in rows},
    }, indent=1))


if __name__ == "__main__":
    main()
