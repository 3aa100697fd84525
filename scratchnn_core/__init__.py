"""ScratchNN core: chapter 4 of *Deep Learning from Scratch* as a small numpy library.

The book's names and results, with stable activations, functions that never
modify the caller's arrays, and seeded ``numpy.random.Generator`` randomness:

* ``functions``: activations and losses (Book 3.2, 3.5, 4.2)
* ``differentiation``: ``numerical_diff``, ``tangent_line`` (Book 4.3)
* ``gradient``: ``numerical_gradient`` (Book 4.4)
* ``descent``: ``gradient_descent``, ``descent_steps`` (Book 4.4.1)
* ``networks``: ``SimpleNet``, ``TwoLayerNet`` (Book 4.4.2, 4.5)
* ``structured_gradient``: TwoLayerNet's numerical gradient from the net's structure (Book 4.5.1)
* ``gradient_check``: the book's gradient check, book loop vs structured vs backprop (Book 5.7.3)
* ``mnist``: ``load_mnist`` of the embedded MNIST (Book 3.6.1)
* ``training``: the mini-batch SGD loop of train_neuralnet.py (Book 4.5.2-4.5.3)
* ``estimates``: how long a run takes here with each gradient method (Book 4.5.2)
* ``evaluation``: a network's accuracies and test predictions (Book 4.5.3)
* ``digits``: ``prepare_digit``, a drawn digit as an MNIST input (Book 3.6, 4.5)
* ``confusion``: ``confusion_matrix``, ``top_k``, ``mistakes`` for judging a trained net (Book 4.5.3)
* ``threads``: ``blas_threads``, the BLAS thread limit around a run (Book 4.5)
* ``messages``: ``MessageError``, an error whose English text comes from a translatable template
* ``steps``: ``run_to_end``, ``stoppable``: the core's generators (long work yields progress) driven

This package never imports Qt.
"""
from .confusion import confusion_matrix, mistakes, top_k
from .descent import DescentStep, descent_steps, gradient_descent
from .differentiation import numerical_diff, tangent_line
from .digits import prepare_digit
from .functions import (
    cross_entropy_error,
    mean_squared_error,
    relu,
    sigmoid,
    sigmoid_grad,
    softmax,
    softmax_with_loss,
    step_function,
)
from .gradient import numerical_gradient, numerical_gradient_steps
from .networks import GradientCancelled, GradientProgress, SimpleNet, TwoLayerNet
from .messages import Message, MessageError
from .mnist import MnistError, load_mnist
from .evaluation import Evaluation, evaluate, evaluation_steps
from .estimates import RunEstimate, estimate_numerical_gradient_seconds, estimate_run, estimate_runs
from .structured_gradient import structured_gradient_steps
from .steps import run_to_end, stoppable
from .threads import DEFAULT_BLAS_THREADS, blas_threads, current_blas_threads
from .training import (
    MNIST_TEST_SIZE,
    MNIST_TRAIN_SIZE,
    EpochRecord,
    IterationRecord,
    TrainConfig,
    TrainResult,
    initial_network,
    iterations_per_epoch,
    last_epoch,
    train,
    train_steps,
)

__all__ = [
    "step_function",
    "sigmoid",
    "sigmoid_grad",
    "relu",
    "softmax",
    "softmax_with_loss",
    "mean_squared_error",
    "cross_entropy_error",
    "numerical_diff",
    "tangent_line",
    "numerical_gradient",
    "numerical_gradient_steps",
    "gradient_descent",
    "descent_steps",
    "DescentStep",
    "SimpleNet",
    "TwoLayerNet",
    "GradientCancelled",
    "GradientProgress",
    "structured_gradient_steps",
    "load_mnist",
    "MnistError",
    "Message",
    "MessageError",
    "TrainConfig",
    "IterationRecord",
    "EpochRecord",
    "TrainResult",
    "train_steps",
    "train",
    "initial_network",
    "estimate_numerical_gradient_seconds",
    "RunEstimate",
    "estimate_run",
    "estimate_runs",
    "iterations_per_epoch",
    "last_epoch",
    "MNIST_TRAIN_SIZE",
    "MNIST_TEST_SIZE",
    "Evaluation",
    "evaluation_steps",
    "evaluate",
    "prepare_digit",
    "confusion_matrix",
    "top_k",
    "mistakes",
    "DEFAULT_BLAS_THREADS",
    "blas_threads",
    "current_blas_threads",
    "run_to_end",
    "stoppable",
]
