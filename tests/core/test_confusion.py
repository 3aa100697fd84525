"""Confusion matrix, top-k classes and the mistakes list, by hand and on a trained network (Book 4.5.3)."""
import numpy as np
import pytest

from scratchnn_core import confusion_matrix, mistakes, top_k


def test_hand_made_confusion_matrix():
    labels = [0, 0, 1, 2, 2, 2]
    predicted = [0, 1, 1, 2, 0, 2]
    expected = np.array([[1, 1, 0],
                         [0, 1, 0],
                         [1, 0, 2]])
    counts = confusion_matrix(labels, predicted, n_classes=3)
    assert counts.dtype == np.int64
    assert np.array_equal(counts, expected)


def test_one_hot_labels_and_probabilities_are_reduced_by_argmax():
    labels = np.eye(3)[[2, 0, 1]]
    probabilities = np.array([[0.1, 0.2, 0.7], [0.3, 0.6, 0.1], [0.2, 0.5, 0.3]])
    assert np.array_equal(confusion_matrix(labels, probabilities, n_classes=3),
                          confusion_matrix([2, 0, 1], [2, 1, 1], n_classes=3))
    assert np.array_equal(confusion_matrix([1.0, 2.0], np.array([1, 2], np.uint8), n_classes=3),
                          [[0, 0, 0], [0, 1, 0], [0, 0, 1]])


def test_classes_never_seen_give_zero_rows_and_an_empty_set_a_zero_matrix():
    counts = confusion_matrix([3, 3], [3, 9])
    assert counts.shape == (10, 10) and counts.sum() == 2 and counts[3, 3] == 1 and counts[3, 9] == 1
    assert np.array_equal(confusion_matrix([], [], n_classes=4), np.zeros((4, 4)))


@pytest.mark.parametrize("labels, predicted, n_classes", [
    ([0, 1], [0], 10),            # lengths differ
    ([0, 10], [0, 1], 10),        # out of range
    ([-1, 0], [0, 1], 10),
    ([0.5, 1], [0, 1], 10),       # not whole
    ([np.nan, 1], [0, 1], 10),
    ([True, False], [0, 1], 10),  # bool is not a class index
    (["a", "b"], [0, 1], 10),
    ([[[0]]], [0], 10),           # 3-D
    (np.eye(3), [0, 1, 2], 10),   # one-hot with the wrong number of columns
    ([0], [0], 0),
])
def test_bad_inputs_raise_value_error(labels, predicted, n_classes):
    with pytest.raises(ValueError):
        confusion_matrix(labels, predicted, n_classes=n_classes)


def test_top_k_orders_classes_and_breaks_ties_by_the_lower_class():
    p = np.array([[0.1, 0.5, 0.1, 0.3],
                  [0.25, 0.25, 0.25, 0.25]])
    classes, values = top_k(p, k=3)
    assert np.array_equal(classes, [[1, 3, 0], [0, 1, 2]])
    assert np.array_equal(values, [[0.5, 0.3, 0.1], [0.25, 0.25, 0.25]])
    one_classes, one_values = top_k(p[0], k=1)
    assert one_classes.tolist() == [1] and one_values.tolist() == [0.5]
    for bad_k in (0, 5, 2.0, True):
        with pytest.raises(ValueError):
            top_k(p, k=bad_k)
    with pytest.raises(ValueError):
        top_k(np.zeros((2, 2, 2)))


def test_mistakes_are_the_wrong_ones_most_confident_first():
    labels = np.array([0, 1, 2, 1, 0])
    p = np.array([[0.9, 0.1, 0.0],    # right
                  [0.6, 0.4, 0.0],    # 1 taken for 0, 0.6
                  [0.0, 0.05, 0.95],  # right
                  [0.1, 0.0, 0.9],    # 1 taken for 2, 0.9
                  [0.2, 0.0, 0.8]])   # 0 taken for 2, 0.8
    assert mistakes(labels, p).tolist() == [3, 4, 1]
    assert mistakes(labels, p, true_class=1).tolist() == [3, 1]
    assert mistakes(labels, p, predicted_class=2).tolist() == [3, 4]
    assert mistakes(labels, p, true_class=1, predicted_class=0).tolist() == [1]
    assert mistakes(np.eye(3)[labels], p).tolist() == [3, 4, 1]
    with pytest.raises(ValueError):
        mistakes(labels, p.argmax(axis=1))  # needs probabilities


def test_on_a_trained_network_the_diagonal_over_the_total_is_its_accuracy(mnist, trained):
    result = trained
    (_, _), (x_test, t_test) = mnist
    x_test, t_test = x_test[:1000], t_test[:1000]
    probabilities = result.network.predict(x_test)
    counts = confusion_matrix(t_test, probabilities)
    assert counts.sum() == 1000
    assert np.array_equal(counts.sum(axis=1), np.bincount(t_test, minlength=10))
    assert np.array_equal(counts.sum(axis=0), np.bincount(probabilities.argmax(axis=1), minlength=10))
    accuracy = result.network.accuracy(x_test, t_test)
    assert 0.7 < accuracy < 1.0  # a real, imperfect network: there are mistakes to find
    assert np.trace(counts) / counts.sum() == pytest.approx(accuracy)
    wrong = mistakes(t_test, probabilities)
    assert len(wrong) == counts.sum() - np.trace(counts)
    confidence = probabilities[wrong, probabilities[wrong].argmax(axis=1)]
    assert np.all(np.diff(confidence) <= 0)
    classes, values = top_k(probabilities, k=3)
    assert np.array_equal(classes[:, 0], probabilities.argmax(axis=1))
    assert np.all(values[:, 0] >= values[:, 1]) and np.all(values[:, 1] >= values[:, 2])
