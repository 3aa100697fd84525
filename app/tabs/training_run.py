"""Which run the training tab's network belongs to, how "Train more" goes on with it, and what the tab
says about how a run ended (no Qt; Book 4.4.1, 4.5.2).

A network trained here belongs to a kept run (its ``run_id``): "Train more" continues that run, same
settings, its iterations counted on (``first_iteration``) so the book's epoch schedule covers the whole
run. Loaded weights (or a run removed from the history) belong to none: "Train more" starts a new run
from that network at iteration 0 with the form's settings.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from app.texts import QT_TRANSLATE_NOOP

QUICK_FINISH_S = 5.0  # closing during a run expected to end within this is not worth a question
FINISHED = {"completed": QT_TRANSLATE_NOOP("TrainingTab", "Training completed: {0} iterations in {1:.1f} s."),
            "cancelled": QT_TRANSLATE_NOOP("TrainingTab", "Training stopped after {0} iterations ({1:.1f} s)."),
            "diverged": QT_TRANSLATE_NOOP(
                "TrainingTab", "Training diverged after {0} iterations ({1:.1f} s): the loss became infinite "
                "or NaN. At learning rate {2:g} each step overshoots the minimum, the weights grow until the "
                "numbers overflow (Book 4.4.1: too large a learning rate diverges). Try a smaller one, "
                "such as 0.1.")}
DID_NOT_LEARN = QT_TRANSLATE_NOOP(
    "TrainingTab", "The loss did not fall: at learning rate {0:g} every step overshoots, so the weights jump "
    "about instead of settling (Book 4.4.1: too large a learning rate diverges). The loss stays finite only "
    "because softmax and the 1e-7 in the cross-entropy keep it below 16.1. Try a smaller one, such as 0.1.")
CLOSE_WARNING = QT_TRANSLATE_NOOP(
    "TrainingTab", "A training is running ({0:,} of {1:,} iterations, {2} left). Quitting stops it: the run "
    "stays in the run history as stopped, but its network is lost unless you stop it first and save "
    "the weights. Quit anyway?")
NO_NETWORK = QT_TRANSLATE_NOOP("TrainingTab", "There is no network yet: train one or load weights first.")
CANNOT_GO_ON = QT_TRANSLATE_NOOP(
    "TrainingTab", "This network diverged: its weights are no longer finite numbers, so training cannot go "
    "on. Start a new run with a smaller learning rate.")


@dataclass(frozen=True)
class RunState:
    """A run as the tab follows it: the whole run's config (``iters_num`` = its planned end), the
    history's ``run_id`` (None: not kept), how far it got and how long it trained."""

    config: object  # TrainConfig
    run_id: int | None
    status: str = "running"
    iterations_done: int = 0
    elapsed_s: float = 0.0
    first_iteration: int = 0  # where the training in flight started


def plan_more(run: RunState | None, network, form_config, iterations: int) -> RunState:
    """The run "Train more" starts: ``iterations`` more of ``run`` when it is kept (same settings, counted
    on), else a new run of ``iterations`` from ``network`` with the form's settings (its hidden size)."""
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    if run is not None and run.run_id is not None:
        config = dataclasses.replace(run.config, iters_num=run.iterations_done + iterations)
        return RunState(config, run.run_id, "running", run.iterations_done, run.elapsed_s, run.iterations_done)
    hidden = int(network.params["W1"].shape[1])
    return RunState(dataclasses.replace(form_config, iters_num=iterations, hidden_size=hidden), None)


def can_go_on(network) -> bool:
    """False for a diverged network (NaN or infinite weights): training it further gives only NaN."""
    return all(bool(np.isfinite(value).all()) for value in network.params.values())


def learned(losses: np.ndarray) -> bool:
    """Whether the loss fell: the mean of the last tenth of the iterations below the first loss
    (ln 10 = 2.30 for a fresh net). A run of fewer than 50 iterations counts as learning."""
    losses = np.asarray(losses, dtype=np.float64)
    if losses.size < 50 or not math.isfinite(losses[0]):
        return True
    with np.errstate(invalid="ignore", over="ignore"):
        return bool(np.mean(losses[-max(losses.size // 10, 5):]) < 0.95 * losses[0])
