"""What the help panel says about each tab, and its "Try this" experiments, as data (no Qt).

One :class:`HelpTopic` per tab key: the idea in a few sentences, the formula in the book's notation (rich
text), the book's sections, and :class:`Experiment` s that set the tab up with one click. Every text is
marked with ``QT_TRANSLATE_NOOP("Help", ...)`` for lupdate; the panel translates it when shown. An
experiment only calls the tab's public methods (docs/architecture.md "Tab extras") and names them in
``needs``, so a tab that lacks one (or is not there yet) simply gets no button.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from app.texts import QT_TRANSLATE_NOOP
from scratchnn_core import TrainConfig

CONTEXT = "Help"


@dataclass(frozen=True)
class Experiment:
    """One "Try this" button: ``setup(tab)`` arranges the tab; ``look_for`` says what to notice then.

    ``setup`` returns False when the tab refused (a training already running); anything else is success.
    """

    label: str
    tab: str
    setup: Callable[[Any], object]
    look_for: str
    needs: tuple[str, ...]

    def available(self, tab: object | None) -> bool:
        """True when ``tab`` exists and has every method ``setup`` calls."""
        return tab is not None and all(callable(getattr(tab, name, None)) for name in self.needs)


@dataclass(frozen=True)
class HelpTopic:
    """The help for one tab (all texts untranslated English; ``formula`` is rich text)."""

    key: str
    title: str
    idea: str
    formula: str
    section: str
    experiments: tuple[Experiment, ...]


# --- set-ups: the tabs' public methods only ----------------------------------------------------------------
BOOK_F1 = "0.01*x**2 + 0.1*x"  # the book's function_1 (4.3.2)
TANGENT_NEEDS = ("set_range", "set_expression", "set_x", "set_method", "set_h_exponent")
GRADIENT_NEEDS = ("load_preset", "run_to_end")
# The demo run of the training tab (20 epochs of 60 mini-batches), changed in one setting at a time.
SHORT_RUN = dict(iters_num=1200, train_size=6000)
HIDDEN_5 = TrainConfig(**SHORT_RUN, hidden_size=5)
SLOW_LR = TrainConfig(**SHORT_RUN, learning_rate=0.01)
# A net small enough for central differences to finish in seconds: 784*3 + 3 + 3*10 + 10 = 2395 parameters.
NUMERICAL = TrainConfig(iters_num=40, batch_size=10, hidden_size=3, learning_rate=2.0, train_size=100,
                        test_size=1000, gradient="numerical")


def _tangent(expression: str, x_range: tuple[float, float], x: float, method: str, h_exponent: float):
    def setup(tab) -> None:
        tab.set_range(*x_range)
        tab.set_expression(expression)
        tab.set_x(x)
        tab.set_method(method)
        tab.set_h_exponent(h_exponent)
    return setup


def _descent(preset: int):
    """One of the gradient tab's complete presets (function, start, rate, steps), run to its end."""
    def setup(tab) -> None:
        tab.load_preset(preset)
        tab.run_to_end()
    return setup


def _train(config: TrainConfig):
    def setup(tab) -> bool:
        return tab.start_training(config)  # shows the config in the form; refuses (and says why) during a run
    return setup


def _nudge(tab) -> None:
    tab.load_preset(0)
    tab.select_weight(0, 1)
    tab.nudge(0.01)


def _step(tab) -> None:
    tab.load_preset(0)
    tab.set_learning_rate(0.5)
    tab.gradient_step()


def _train_network(tab) -> None:
    tab.load_preset(0)
    tab.set_learning_rate(0.5)
    tab.start_training()


# --- the topics, in the book's order ------------------------------------------------------------------------
TOPICS = (
    HelpTopic(
        "loss",
        QT_TRANSLATE_NOOP("Help", "Loss functions"),
        QT_TRANSLATE_NOOP("Help", "A loss function turns the network's output y and the correct answer t into "
                          "one number that says how bad the output is: 0 when it is perfect. Learning means "
                          "changing the weights so that the loss gets smaller. The mean squared error counts "
                          "every output's miss; the cross-entropy error looks only at the output for the true "
                          "class and punishes a small one hard. We learn on a loss, not on accuracy, because "
                          "accuracy changes in jumps: its derivative is 0 almost everywhere."),
        QT_TRANSLATE_NOOP("Help", "<i>Mean squared error</i><br>E = ½ Σ<sub>k</sub> (y<sub>k</sub> − "
                          "t<sub>k</sub>)<sup>2</sup><br><i>Cross-entropy error</i><br>E = −Σ<sub>k</sub> "
                          "t<sub>k</sub> log y<sub>k</sub><br><i>Over a mini-batch of N</i><br>E = −(1/N) Σ<sub>n</sub> "
                          "Σ<sub>k</sub> t<sub>nk</sub> log y<sub>nk</sub>"),
        QT_TRANSLATE_NOOP("Help", "Book 4.2 Loss functions: 4.2.1 mean squared error, 4.2.2 cross-entropy "
                          "error, 4.2.3 mini-batch learning, 4.2.5 why set a loss function?"),
        (Experiment(QT_TRANSLATE_NOOP("Help", "The book's right answer: '2' with 0.6"), "loss",
                    lambda tab: tab.load_example(0),
                    QT_TRANSLATE_NOOP("Help", "Both losses are small (MSE 0.0975, cross-entropy 0.51): the "
                                      "true class 2 has the largest output."), ("load_example",)),
         Experiment(QT_TRANSLATE_NOOP("Help", "The book's wrong answer: '7' with 0.6"), "loss",
                    lambda tab: tab.load_example(1),
                    QT_TRANSLATE_NOOP("Help", "Both losses grow (MSE 0.5975, cross-entropy 2.30): the true "
                                      "class 2 only gets 0.1, and −log 0.1 is large."), ("load_example",)))),
    HelpTopic(
        "tangent",
        QT_TRANSLATE_NOOP("Help", "Numerical differentiation"),
        QT_TRANSLATE_NOOP("Help", "The derivative is the slope of f at x: how fast f changes when x changes a "
                          "tiny bit. A computer cannot let h go to 0, so the numerical derivative uses a small "
                          "h. The central difference, taken on both sides of x, is much more accurate than the "
                          "forward difference. But h must not be too small either: x + h is rounded to the "
                          "nearest floating-point number, and below about 1e-8 that rounding error takes "
                          "over. The book uses h = 1e-4."),
        QT_TRANSLATE_NOOP("Help", "df(x)/dx = lim<sub>h→0</sub> (f(x + h) − f(x)) / h<br><i>Central "
                          "difference</i><br>(f(x + h) − f(x − h)) / 2h<br><i>Forward difference</i><br>"
                          "(f(x + h) − f(x)) / h"),
        QT_TRANSLATE_NOOP("Help", "Book 4.3 Numerical differentiation: 4.3.1 derivatives, 4.3.2 an example "
                          "of numerical differentiation, 4.3.3 partial derivatives"),
        (Experiment(QT_TRANSLATE_NOOP("Help", "h = 1e-50 with forward difference"), "tangent",
                    _tangent(BOOK_F1, (0.0, 20.0), 5.0, "forward", -50.0),
                    QT_TRANSLATE_NOOP("Help", "The numerical derivative is exactly 0: 5 + 1e-50 rounds to 5, "
                                      "so f(x + h) − f(x) is 0. This is the book's example of a rounding "
                                      "error."), TANGENT_NEEDS),
         Experiment(QT_TRANSLATE_NOOP("Help", "h = 0.1: forward against central"), "tangent",
                    _tangent(BOOK_F1, (0.0, 20.0), 5.0, "forward", -1.0),
                    QT_TRANSLATE_NOOP("Help", "Forward gives 0.201 instead of 0.2: the slope of a secant "
                                      "through x and x + h. Switch to central: for this parabola the error "
                                      "all but vanishes."), TANGENT_NEEDS),
         Experiment(QT_TRANSLATE_NOOP("Help", "|x| at its kink"), "tangent",
                    _tangent("abs(x)", (-5.0, 5.0), 0.0, "central", -4.0),
                    QT_TRANSLATE_NOOP("Help", "The central difference says 0, yet |x| has no derivative at 0: "
                                      "the slope is −1 on the left and +1 on the right."), TANGENT_NEEDS))),
    HelpTopic(
        "gradient",
        QT_TRANSLATE_NOOP("Help", "Gradient and gradient descent"),
        QT_TRANSLATE_NOOP("Help", "The gradient collects the partial derivatives of f, one per variable, in a "
                          "vector. It points where f rises fastest, so −∇f, drawn as arrows, points downhill. "
                          "Gradient descent takes a small step along −∇f again and again. The learning rate η "
                          "sets the size of each step: too small and nothing seems to happen, too large and the "
                          "steps overshoot and fly away. It is a hyperparameter: chosen by hand, not learned."),
        QT_TRANSLATE_NOOP("Help", "∇f = (∂f/∂x<sub>0</sub>, ∂f/∂x<sub>1</sub>)<br>x ← x − η∇f<br>"
                          "<i>that is, for each variable</i><br>x<sub>0</sub> ← x<sub>0</sub> − η "
                          "∂f/∂x<sub>0</sub><br>x<sub>1</sub> ← x<sub>1</sub> − η ∂f/∂x<sub>1</sub>"),
        QT_TRANSLATE_NOOP("Help", "Book 4.4 Gradient: 4.4.1 the gradient method (gradient descent); 4.3.3 "
                          "partial derivatives"),
        (Experiment(QT_TRANSLATE_NOOP("Help", "The book's run: lr = 0.1 from (−3, 4)"), "gradient",
                    _descent(0),  # descent_race.PRESETS: the book's lr = 0.1 run
                    QT_TRANSLATE_NOOP("Help", "After 100 steps x is about (−6.1e-10, 8.1e-10), the book's "
                                      "result: practically the minimum (0, 0)."), GRADIENT_NEEDS),
         Experiment(QT_TRANSLATE_NOOP("Help", "lr = 10: why does it seem to stop?"), "gradient",
                    _descent(1),  # lr = 10
                    QT_TRANSLATE_NOOP("Help", "The first steps throw x out to about −2.6e13, and there it "
                                      "stays: not a minimum, the numerical gradient became 0 because x ± h "
                                      "rounds to x."), GRADIENT_NEEDS),
         Experiment(QT_TRANSLATE_NOOP("Help", "lr = 1e-10: why does nothing happen?"), "gradient",
                    _descent(2),  # lr = 1e-10
                    QT_TRANSLATE_NOOP("Help", "After 100 steps x is (−2.99999994, 3.99999992), the book's "
                                      "result: each step moves only η|∇f| = 1e-9."), GRADIENT_NEEDS))),
    HelpTopic(
        "network",
        QT_TRANSLATE_NOOP("Help", "The gradient of a neural network"),
        QT_TRANSLATE_NOOP("Help", "For a network, the function to minimise is the loss L, and its variables "
                          "are the weights W. The gradient ∂L/∂W has the shape of W: each entry says how much L "
                          "changes when that one weight moves a little. The book computes it for a 2×3 "
                          "simpleNet with numerical_gradient and a lambda that ignores its argument. A gradient "
                          "step moves every weight against its own partial derivative."),
        QT_TRANSLATE_NOOP("Help", "∂L/∂W = (∂L/∂w<sub>ij</sub>)<br><i>the same 2×3 shape as W</i><br>"
                          "L(w + h) − L(w) ≈ (∂L/∂w) h<br>W ← W − η ∂L/∂W"),
        QT_TRANSLATE_NOOP("Help", "Book 4.4.2 The gradient of a neural network (simpleNet)"),
        (Experiment(QT_TRANSLATE_NOOP("Help", "Nudge w12 by h = 0.01"), "network", _nudge,
                    QT_TRANSLATE_NOOP("Help", "The loss changes by almost exactly ∂L/∂w12 × 0.01: what the "
                                      "partial derivative predicts."), ("load_preset", "select_weight", "nudge")),
         Experiment(QT_TRANSLATE_NOOP("Help", "One gradient step with lr = 0.5"), "network", _step,
                    QT_TRANSLATE_NOOP("Help", "Every weight moved against its own partial derivative, and the "
                                      "loss went down."), ("load_preset", "set_learning_rate", "gradient_step")),
         Experiment(QT_TRANSLATE_NOOP("Help", "Repeat gradient steps"), "network", _train_network,
                    QT_TRANSLATE_NOOP("Help", "The steps repeat on their own: the loss falls quickly at first, "
                                      "then more and more slowly as the gradient shrinks."),
                    ("load_preset", "set_learning_rate", "start_training")))),
    HelpTopic(
        "training",
        QT_TRANSLATE_NOOP("Help", "Training on MNIST"),
        QT_TRANSLATE_NOOP("Help", "Training repeats four steps: pick a random mini-batch of training images, "
                          "compute the gradient of the loss for every weight, move each weight a little against "
                          "it, repeat. One epoch is as many iterations as it takes to go through the training "
                          "data once; after each, the recognition accuracy is measured on the training and the "
                          "test data. If both rise together, the network generalises; a widening gap would be "
                          "overfitting. Backpropagation (chapter 5) gives the same gradient as numerical "
                          "differentiation, thousands of times faster."),
        QT_TRANSLATE_NOOP("Help", "y = softmax(sigmoid(x W<sub>1</sub> + b<sub>1</sub>) W<sub>2</sub> + "
                          "b<sub>2</sub>)<br>W ← W − η ∂L/∂W<br><i>for W<sub>1</sub>, b<sub>1</sub>, "
                          "W<sub>2</sub> and b<sub>2</sub></i><br><i>iterations per epoch = training images / "
                          "batch size</i>"),
        QT_TRANSLATE_NOOP("Help", "Book 4.5 Implementing the learning algorithm: 4.5.1 a two-layer network "
                          "class, 4.5.2 mini-batch training, 4.5.3 evaluating with test data"),
        (Experiment(QT_TRANSLATE_NOOP("Help", "A hidden layer of 5 units"), "training", _train(HIDDEN_5),
                    QT_TRANSLATE_NOOP("Help", "Five hidden units still learn digits, but the test accuracy ends "
                                      "near 70 % instead of about 87 % with 50 units."), ("start_training",)),
         Experiment(QT_TRANSLATE_NOOP("Help", "Learning rate 0.01 instead of 0.1"), "training", _train(SLOW_LR),
                    QT_TRANSLATE_NOOP("Help", "The loss hardly falls in 1200 iterations (test accuracy about "
                                      "16 %): every step is ten times smaller. Try 0.5 for comparison: about "
                                      "92 %."), ("start_training",)),
         Experiment(QT_TRANSLATE_NOOP("Help", "Train with the numerical gradient"), "training", _train(NUMERICAL),
                    QT_TRANSLATE_NOOP("Help", "Each iteration changes each of this tiny net's 2395 parameters "
                                      "twice to measure the gradient, so it crawls; backpropagation gets the same "
                                      "gradient at a tiny fraction of the cost."), ("start_training",)))),
)
TOPICS_BY_KEY = {topic.key: topic for topic in TOPICS}


def topic_for(key: str) -> HelpTopic | None:
    """The help for the tab ``key``, or None for a tab without any."""
    return TOPICS_BY_KEY.get(key)
