"""The network tab's state without Qt: the book's 2x3 simpleNet, its gradient two ways, one weight's slice.

Book 4.4.2 applies the gradient of 4.4 to a network: ``dW = numerical_gradient(lambda w: net.loss(x, t),
net.W)``. The lambda ignores its argument: ``numerical_gradient`` changes ``net.W`` itself one entry at a
time and ``net.loss`` reads ``net.W``. Beside it, the closed form ``x^T (y - t)``. Book 4.2.5 in one
picture: along one weight the loss is smooth, while the accuracy of a toy batch (``network_batch``) only
steps, so its derivative is 0 almost everywhere and cannot guide a descent.

What is trained: ``gradient_step`` descends the loss named by ``objective``. The default, ``BATCH``, is the
mean cross-entropy over the toy batch (Book 4.2.4): that is what moves the decision regions and makes
accuracy climb. ``SAMPLE`` descends the book's single ``net.loss(x, t)`` instead (its regions only turn
until x lands in class t). The book's x and t stay the display of 4.4.2 either way.
"""
from __future__ import annotations

import numpy as np

from app.tabs import network_batch as nb
from app.tabs.network_examples import DEMO_PRESET, PRESETS
from app.tabs.network_records import Nudge, WeightSlice
from app.tabs.network_texts import (BAD_CLASS, BAD_LR, BAD_SHAPE, MAX_ABS, NO_SUCH_WEIGHT, NOT_A_NUMBER,
                                    NOT_FINITE, STEP_TOO_LARGE, TOO_LARGE, NetworkInputError, nudge_h, number,
                                    plus_one, weight_name)
from scratchnn_core import SimpleNet, numerical_gradient, softmax, tangent_line

SAMPLE, BATCH = "sample", "batch"  # the keys of network_texts.OBJECTIVE_LABELS
DEFAULT_LR = 0.1  # the book's learning rate (4.4.1, 4.5): about 150 steps to fit the toy batch
MAX_LR = 100.0
DEFAULT_SPAN = 3.0  # a slice covers w_ij +- 3
SLICE_POINTS = 200
H = 1e-4  # the book's h


class NetworkModel:
    """W (2x3), x, the true class, the learning rate, the selected weight, the objective and the toy batch.

    Every setter validates first and changes nothing on bad input (``NetworkInputError``, a ValueError).
    """

    def __init__(self) -> None:
        self.points, self.labels = nb.toy_batch()
        self.learning_rate = DEFAULT_LR
        self.selected = (0, 0)  # the book's w11
        self.objective = BATCH
        self.load_preset(DEMO_PRESET)

    # -- state ------------------------------------------------------------------------------------------
    @property
    def W(self) -> np.ndarray:  # noqa: N802 -- the book's name
        return self._net.W.copy()

    @property
    def t(self) -> np.ndarray:
        """The one-hot target of the single sample."""
        return np.eye(3)[self.target]

    def load_preset(self, index: int) -> None:
        if index not in range(len(PRESETS)):
            raise ValueError(f"there are presets 0 to {len(PRESETS) - 1}, not {index!r}")
        preset = PRESETS[index]
        self.x = np.array(preset.x, dtype=np.float64)
        self.target = preset.target
        self._set_net(SimpleNet(preset.W))

    def _set_net(self, net: SimpleNet) -> None:
        self._net = net
        self.history = [self.objective_loss()]  # the trained loss, one entry per step since W was set

    def set_weight(self, i: int, j: int, value) -> None:
        """Set ``W[i, j]`` to ``value`` (a number or typed text)."""
        self._check_index(i, j)
        W = self.W
        W[i, j] = number(value, weight_name(i, j))
        self._set_net(SimpleNet(W))

    def set_weights(self, W) -> None:
        try:
            W = np.array(W, dtype=np.float64)
        except (TypeError, ValueError):
            raise NetworkInputError(NOT_A_NUMBER, name="W", text=str(W)) from None
        if W.shape != (2, 3):
            raise NetworkInputError(BAD_SHAPE, shape=W.shape)
        if not np.isfinite(W).all():
            raise NetworkInputError(NOT_FINITE, name="W", text=str(W.tolist()))
        if np.abs(W).max() > MAX_ABS:
            raise NetworkInputError(TOO_LARGE, name="W", max=MAX_ABS, text=str(W.tolist()))
        self._set_net(SimpleNet(W))

    def set_x(self, x1, x2) -> None:
        x = np.array([number(x1, "x1"), number(x2, "x2")])
        self.x = x
        self.history = [self.objective_loss()]

    def set_target(self, target) -> None:
        try:
            value = float(target.strip() if isinstance(target, str) else target)
        except (TypeError, ValueError):
            value = None
        if value not in (0.0, 1.0, 2.0) or isinstance(target, bool):
            raise NetworkInputError(BAD_CLASS, text=str(target))
        self.target = int(value)
        self.history = [self.objective_loss()]

    def set_learning_rate(self, lr) -> None:
        try:
            value = float(lr.strip() if isinstance(lr, str) else lr)
        except (TypeError, ValueError):
            value = float("nan")
        if not 0.0 < value <= MAX_LR:  # False for NaN too
            raise NetworkInputError(BAD_LR, max=MAX_LR, text=str(lr))
        self.learning_rate = value

    def select(self, i: int, j: int) -> None:
        self._check_index(i, j)
        self.selected = (int(i), int(j))

    def set_objective(self, objective: str) -> None:
        if objective not in (SAMPLE, BATCH):
            raise ValueError(f"the objective is {SAMPLE!r} or {BATCH!r}, not {objective!r}")
        self.objective = objective
        self.history = [self.objective_loss()]

    @staticmethod
    def _check_index(i, j) -> None:
        if not (isinstance(i, (int, np.integer)) and isinstance(j, (int, np.integer))
                and 0 <= i < 2 and 0 <= j < 3):
            raise NetworkInputError(NO_SUCH_WEIGHT, row=plus_one(i), col=plus_one(j))

    # -- the single sample (Book 4.4.2) -------------------------------------------------------------------
    def scores(self) -> np.ndarray:
        """p = x W."""
        return self._net.predict(self.x)

    def output(self) -> np.ndarray:
        """y = softmax(p)."""
        return softmax(self.scores())

    def loss(self) -> float:
        """The book's ``net.loss(x, t)``."""
        return float(self._net.loss(self.x, self.t))

    def dW_numerical(self) -> np.ndarray:  # noqa: N802
        """The book's idiom; ``net.W`` is perturbed in place and restored bit for bit by the core."""
        net, x, t = self._net, self.x, self.t
        return numerical_gradient(lambda w: net.loss(x, t), net.W)

    def dW_analytic(self, with_delta: bool = False) -> np.ndarray:  # noqa: N802
        """``x^T (y - t)``; ``with_delta``: the exact slope of the book's loss, ``-log(y_t + 1e-7)``."""
        y = self.output()
        grad = np.outer(self.x, y - self.t)
        if with_delta:
            grad *= y[self.target] / (y[self.target] + nb.DELTA)
        return grad

    def dW_two_ways(self) -> tuple[np.ndarray, np.ndarray, dict]:  # noqa: N802
        """``(dW_numerical(), dW_analytic(), fields)`` with the numerical dW computed once; ``fields`` are
        ``DELTA_NOTE``'s: ``difference``, the largest |numerical - analytic| entry (mostly the book's delta),
        and ``rest``, numerical against the delta-aware slope."""
        numerical, analytic = self.dW_numerical(), self.dW_analytic()
        return numerical, analytic, dict(
            difference=float(np.max(np.abs(numerical - analytic))),
            rest=float(np.max(np.abs(numerical - self.dW_analytic(with_delta=True)))))

    # -- the toy batch (Book 4.2.4) -----------------------------------------------------------------------
    def batch_loss(self, one_hot: bool = False) -> float:
        """Mean cross-entropy over the toy batch, with label or one-hot targets (the same number)."""
        return float(self._net.loss(self.points, np.eye(3)[self.labels] if one_hot else self.labels))

    def batch_accuracy(self) -> float:
        return float(np.mean(np.argmax(self._net.predict(self.points), axis=1) == self.labels))

    def dW_batch(self) -> np.ndarray:  # noqa: N802
        """The book's idiom again, now for the batch loss."""
        net, points, labels = self._net, self.points, self.labels
        return numerical_gradient(lambda w: net.loss(points, labels), net.W)

    def decision_regions(self, x1=None, x2=None) -> np.ndarray:
        """Class of argmax ``[x1, x2] W`` over the grid (``network_batch.default_grid`` if not given)."""
        if x1 is None or x2 is None:
            x1, x2 = nb.default_grid()
        return nb.regions(self._net.predict, x1, x2)

    # -- moving W ------------------------------------------------------------------------------------------
    def objective_loss(self) -> float:
        return self.batch_loss() if self.objective == BATCH else self.loss()

    def nudge(self, h) -> Nudge:
        """``W[i, j] += h`` for the selected weight; the loss change against dW_ij * h (Book 4.4.2's reading)."""
        h = nudge_h(h)
        i, j = self.selected
        before, predicted = self.loss(), float(self.dW_numerical()[i, j]) * h
        self.set_weight(i, j, self._net.W[i, j] + h)
        return Nudge(weight_name(i, j), h, before, self.loss(), predicted)

    def gradient_step(self) -> float:
        """``W -= lr * dW`` of the objective's loss; returns the loss after the step (also in ``history``)."""
        dW = self.dW_batch() if self.objective == BATCH else self.dW_numerical()
        W = self._net.W - self.learning_rate * dW
        if np.abs(W).max() > MAX_ABS:  # keeps every W a state() can hold restorable
            raise NetworkInputError(STEP_TOO_LARGE, max=MAX_ABS)
        self._net = SimpleNet(W)
        self.history.append(self.objective_loss())
        return self.history[-1]

    # -- one weight's slice (Book 4.3.3, 4.2.5) -----------------------------------------------------------
    def slice(self, i: int | None = None, j: int | None = None, span: float = DEFAULT_SPAN,
              n: int = SLICE_POINTS) -> WeightSlice:
        """Curves for ``W[i, j]`` over ``w0 +- span`` at ``n`` points (the selected weight by default)."""
        i, j = self.selected if i is None or j is None else (i, j)
        self._check_index(i, j)
        if not (np.isfinite(span) and span > 0 and n >= 2):
            raise ValueError(f"a slice needs span > 0 and n >= 2, got span={span!r}, n={n!r}")
        W, w0 = self.W, float(self._net.W[i, j])
        w = np.linspace(w0 - span, w0 + span, int(n))
        loss, batch_loss, accuracy = nb.slice_curves(W, i, j, w, self.x, self.target, self.points, self.labels)

        def varied(w_ij):  # the net with only W[i, j] changed: the book's net.loss along the slice
            W_ij = W.copy()
            W_ij[i, j] = w_ij
            return SimpleNet(W_ij)

        lines = [tangent_line(f, w0, H) for f in (
            lambda v: varied(v).loss(self.x, self.t),
            lambda v: varied(v).loss(self.points, self.labels),
            lambda v: float(np.mean(np.argmax(varied(v).predict(self.points), axis=1) == self.labels)))]
        return WeightSlice(i, j, w0, w, loss, batch_loss, accuracy,
                           lines[0].slope, lines[0](w), lines[1].slope, lines[1](w),
                           lines[2].slope, lines[2](w))

    # -- export and settings -------------------------------------------------------------------------------
    def csv_rows(self) -> list[tuple]:
        """W, x, t, p, y, loss, numerical and analytic dW and their largest difference, one row each."""
        def row(name, values):
            return (name, *(repr(float(v)) for v in np.ravel(values)))

        numerical, analytic, fields = self.dW_two_ways()
        W = self.W
        return [("quantity", "values"),
                row("W row 1", W[0]), row("W row 2", W[1]), row("x", self.x), row("t", self.t),
                row("p", self.scores()), row("y", self.output()), row("loss", [self.loss()]),
                row("dW numerical row 1", numerical[0]), row("dW numerical row 2", numerical[1]),
                row("dW analytic row 1", analytic[0]), row("dW analytic row 2", analytic[1]),
                row("max |difference|", [fields["difference"]])]

    def state(self) -> dict:
        """Plain values (lists, floats, str) to store in settings; ``restore`` takes them back."""
        return dict(W=self.W.tolist(), x=self.x.tolist(), target=self.target, lr=self.learning_rate,
                    selected=list(self.selected), objective=self.objective)

    def restore(self, state: dict) -> None:
        """Take back a ``state()``; all or nothing: any bad or missing value raises and changes nothing."""
        trial = NetworkModel.__new__(NetworkModel)
        trial.points, trial.labels, trial.objective = self.points, self.labels, BATCH
        trial.target, trial.x = self.target, self.x
        try:
            trial.set_weights(state["W"])
            trial.set_x(*state["x"])
            trial.set_target(state["target"])
            trial.set_learning_rate(state["lr"])
            trial.select(*(int(v) for v in state["selected"]))
            trial.set_objective(state["objective"])
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a saved network state: {error!r}") from None
        self.__dict__.update(trial.__dict__)
