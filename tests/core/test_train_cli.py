"""``python -m scratchnn_core.train``: the book's train_neuralnet.py output, files, errors (Book 4.5)."""
import csv
import re
import subprocess
import sys

import numpy as np
import pytest

from scratchnn_core import TwoLayerNet
from scratchnn_core.train import main


@pytest.fixture(autouse=True)
def load_once(monkeypatch, mnist):
    """Each main() would read the embedded files again (~0.4 s): hand it the same real data."""
    import scratchnn_core.train as cli

    real = cli.load_mnist

    def cached(*args, folder=None, **kwargs):
        return mnist if folder is None and kwargs.get("dtype") == "float32" else real(*args, folder=folder,
                                                                                       **kwargs)

    monkeypatch.setattr(cli, "load_mnist", cached)


SUBSET = ["--train-size", "1000", "--test-size", "200", "--batch-size", "100"]  # 10 iterations per epoch
EPOCH_LINE = re.compile(r"^train acc, test acc \| (0\.\d{4}|1\.0000), (0\.\d{4}|1\.0000)$")


def test_prints_one_line_per_epoch_and_saves_curves_and_weights(tmp_path, capsys, mnist):
    curves, weights = tmp_path / "curves.csv", tmp_path / "weights.npz"
    code = main(["--iters", "200", "--lr", "0.5", "--seed", "3", *SUBSET,
                 "--save-curves", str(curves), "--save-weights", str(weights)])
    out, err = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    epoch_lines = [line for line in lines if line.startswith("train acc")]
    assert len(epoch_lines) == 20 and all(EPOCH_LINE.match(line) for line in epoch_lines)
    assert lines[-1].startswith("final train acc, test acc | ") and "200 iterations" in lines[-1]
    assert "\r" not in err  # no progress line: stderr is not a terminal here

    with open(curves, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["iteration"]) for r in rows] == list(range(200))
    epochs = [r for r in rows if r["train_acc"]]
    assert [int(r["iteration"]) for r in epochs] == list(range(0, 200, 10))
    # The CSV holds the exact values the lines print rounded.
    for row, line in zip(epochs, epoch_lines):
        assert line == f"train acc, test acc | {float(row['train_acc']):.4f}, {float(row['test_acc']):.4f}"
    losses = [float(r["loss"]) for r in rows]
    assert losses[0] == pytest.approx(np.log(10), abs=0.05) and np.mean(losses[-20:]) < 1.0

    net = TwoLayerNet.load_npz(weights)
    assert net.params["W1"].shape == (784, 50) and net.params["W1"].dtype == np.float32
    final_test = float(lines[-1].split("|")[1].split(",")[1].split()[0])
    (_, _), (x_test, t_test) = mnist
    assert net.accuracy(x_test[:200], t_test[:200]) == pytest.approx(final_test, abs=5e-5)
    assert final_test > 0.7


def test_quiet_prints_only_the_final_line(capsys):
    assert main(["--iters", "20", *SUBSET, "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("final train acc, test acc | ") and len(out.splitlines()) == 1
    assert err == ""


@pytest.mark.parametrize("args, message", [
    (["--lr", "0"], "--lr must be a positive number"),
    (["--iters", "-5"], "--iters must be an integer >= 1"),
    (["--train-size", "70000"], "--train-size 70000 is larger than the 60000 training samples"),
    (["--batch-size", "ten"], "invalid int value: 'ten'"),
    (["--gradient", "adam"], "invalid choice: 'adam'"),
])
def test_bad_arguments_exit_2_with_a_message(capsys, args, message):
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert message in err and "Traceback" not in err and out == ""


def test_progress_line_only_on_a_terminal(monkeypatch, capsys):
    import io

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    fake = Terminal()
    monkeypatch.setattr(sys, "stderr", fake)
    assert main(["--iters", "30", *SUBSET]) == 0
    err = fake.getvalue()
    assert re.search(r"\riteration \d+/30  loss \d\.\d{4}", err)
    assert err.endswith("\r\x1b[K")  # the line is cleared before the final accuracies
    assert "\r" not in capsys.readouterr().out


def test_bad_mnist_folder_exits_1_naming_the_file(tmp_path, capsys):
    (tmp_path / "train-images-idx3-ubyte.gz").write_bytes(b"not gzip")
    assert main(["--mnist-dir", str(tmp_path), "--iters", "1"]) == 1
    err = capsys.readouterr().err
    assert "train-images-idx3-ubyte.gz" in err and "corrupt" in err and "Traceback" not in err


def test_diverging_run_exits_1_and_says_so(capsys):
    assert main(["--iters", "50", "--lr", "1e38", *SUBSET, "--quiet"]) == 1
    assert "diverged" in capsys.readouterr().err


def test_unwritable_output_exits_1(tmp_path, capsys):
    target = tmp_path / "no" / "such" / "dir" / "curves.csv"
    assert main(["--iters", "5", *SUBSET, "--quiet", "--save-curves", str(target)]) == 1
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("method, name", [("numerical", "the book's loop"), ("structured", "structured")])
def test_numerical_gradients_announce_their_cost(capsys, method, name):
    code = main(["--iters", "2", "--gradient", method, "--hidden", "2", "--batch-size", "5",
                 "--train-size", "20", "--test-size", "10"])
    out, err = capsys.readouterr()
    assert code == 0 and f"numerical gradient ({name}" in err and "): about" in err
    assert "final train acc, test acc" in out


def test_runs_as_a_module():
    out = subprocess.run([sys.executable, "-m", "scratchnn_core.train", "--iters", "10", *SUBSET],
                         capture_output=True, text=True, check=True).stdout
    assert EPOCH_LINE.match(out.splitlines()[0]) and out.splitlines()[-1].startswith("final train acc")


def test_ctrl_c_stops_cleanly_and_keeps_what_was_done(tmp_path):
    """SIGINT ends the run after the current iteration; the curves done so far are still saved."""
    import signal
    import time

    curves = tmp_path / "curves.csv"
    proc = subprocess.Popen([sys.executable, "-m", "scratchnn_core.train", "--iters", "1000000", *SUBSET,
                             "--save-curves", str(curves)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    first = proc.stdout.readline()  # the first epoch line: training has started
    assert EPOCH_LINE.match(first.strip())
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "cancelled after" in err and "Traceback" not in err
    assert out.splitlines()[-1].startswith("final train acc, test acc")
    with open(curves, newline="") as fh:
        rows = list(csv.DictReader(fh))
    done = int(re.search(r"cancelled after (\d+) iterations", err).group(1))
    assert 0 < done < 1000000 and len(rows) == done


def test_importing_the_cli_keeps_train_callable(mnist):
    """``import scratchnn_core.train`` rebinds the package's ``train`` to the module: it still trains."""
    import importlib

    import scratchnn_core
    from scratchnn_core import TrainConfig, training

    importlib.import_module("scratchnn_core.train")
    from scratchnn_core import train

    config = TrainConfig(iters_num=3, train_size=100, test_size=10)
    result = train(config, mnist)
    assert result.status == "completed"
    assert result.train_loss == training.train(config, mnist).train_loss
    assert scratchnn_core.train(config, mnist, callback=None).iterations_done == 3
