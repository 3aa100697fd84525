"""The core's messages, marked for lupdate: every template :mod:`scratchnn_core` can raise (no Qt).

The core never imports Qt, so lupdate (which reads ``app/`` only) cannot see its templates; this table
repeats each one as a literal under the context "CoreMessages". ``tests/app/test_core_messages.py`` fails
when the core records a template (``scratchnn_core.messages.template``) that is missing here, or when
this table holds one the core no longer has: add the new text here, then run
``packaging/update_translations.py`` and translate it. The GUI shows a core error with
:func:`app.language.message_text`.
"""
from __future__ import annotations

from app.texts import QT_TRANSLATE_NOOP

CORE_MESSAGES = (
    # training.TrainConfig.validate and the data a run is given
    QT_TRANSLATE_NOOP("CoreMessages", "{name} must be a positive number, not {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} must be an integer >= {minimum}, not {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "gradient must be 'backprop', 'numerical' or 'structured', not {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "dtype must be 'float32' or 'float64', not {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{images} training images but {labels} labels"),
    QT_TRANSLATE_NOOP("CoreMessages", "{images} test images but {labels} labels"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} {size} is larger than the {count} training samples"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} {size} is larger than the {count} test samples"),
    # training_start.start_run: the network a run goes on from
    QT_TRANSLATE_NOOP("CoreMessages", "first_iteration must be an integer from 0 to iters_num - 1 = {last}, not "
                      "{value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the network's W1 and W2 are {w1} and {w2}, not {expected_w1} and "
                      "{expected_w2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the network's weights are {dtype} but the config says {expected}"),
    # mnist_errors: MnistError's "{path}: {problem}" and its problems
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "images"),
    QT_TRANSLATE_NOOP("CoreMessages", "labels"),
    QT_TRANSLATE_NOOP("CoreMessages", "truncated: {stored} of {size} bytes after the header"),
    QT_TRANSLATE_NOOP("CoreMessages", "truncated: {length} bytes, shorter than an IDX header"),
    QT_TRANSLATE_NOOP("CoreMessages", "magic number {found}, expected {magic} ({kind})"),
    QT_TRANSLATE_NOOP("CoreMessages", "images are {rows}x{cols}, expected {expected_rows}x{expected_cols}"),
    QT_TRANSLATE_NOOP("CoreMessages", "longer than its header says ({count} {kind})"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a regular file (a folder, pipe or device)"),
    QT_TRANSLATE_NOOP("CoreMessages", "corrupt or truncated gzip data ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "not enough memory to read it"),
    QT_TRANSLATE_NOOP("CoreMessages", "content differs from the original MNIST file (MD5 {found}, expected "
                      "{expected})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the header announces {size} bytes of data, far more than the file can hold"),
    QT_TRANSLATE_NOOP("CoreMessages", "holds no {kind}"),
    QT_TRANSLATE_NOOP("CoreMessages", "its header announces {count:,} {kind}, more than the {max_count:,} allowed "
                      "(load_mnist(max_images=...) allows more)"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing (neither {name}.gz nor {name} is in {folder})"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "{labels} labels for the {images} images of {name}"),
    QT_TRANSLATE_NOOP("CoreMessages", "label {label} outside 0..{last}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not enough memory for its {count} images in {dtype}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not readable as gzip data ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the IDX header is not that of {name} (magic {magic}, {count} items)"),
    QT_TRANSLATE_NOOP("CoreMessages", "MD5 of the content {found}, expected {expected}"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing from this installation of ScratchNN (reinstall it)"),
    # weights_file.read_params: a refused weights file
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: {problem}. {expected}"),
    QT_TRANSLATE_NOOP("CoreMessages", "A weights file is an .npz with the arrays W1, b1, W2 and b2 of a "
                      "{input_size}-H-{output_size} network (1 <= H <= {max_hidden}, float32 or float64), as "
                      "ScratchNN's Save weights or numpy.savez writes it."),
    QT_TRANSLATE_NOOP("CoreMessages", "{megabytes:.1f} MB is more than the weights of {max_hidden} hidden units can "
                      "take"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} members, not the four arrays W1 b1 W2 b2"),
    QT_TRANSLATE_NOOP("CoreMessages", "65535 or more members, not the four arrays W1 b1 W2 b2"),
    QT_TRANSLATE_NOOP("CoreMessages", "not an .npz archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing {names}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a numpy array"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} cannot be read (damaged, encrypted or compressed in an unknown way)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is a .npy file of version {major}.{minor}, not 1.0 or 2.0"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} holds {dtype} values, not float32 or float64"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is damaged: its size does not match its header"),
    QT_TRANSLATE_NOOP("CoreMessages", "the arrays mix float32 and float64"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shapes do not form a two-layer net ({shapes})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the network is {inputs}-{hidden}-{outputs} ({shapes})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is damaged ({error})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} holds NaN or infinite values"),
    # digits.prepare_digit
    QT_TRANSLATE_NOOP("CoreMessages", "prepare_digit needs a 2-D grayscale image, not an array of shape {shape}"),
    QT_TRANSLATE_NOOP("CoreMessages", "prepare_digit needs a 2-D grayscale image, not an array of shape {shape} "
                      "(convert a colour image to gray first)"),
    QT_TRANSLATE_NOOP("CoreMessages", "prepare_digit needs a non-empty image, not one of shape {shape}"),
    QT_TRANSLATE_NOOP("CoreMessages", "prepare_digit needs real pixel values, not dtype {dtype}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the image has NaN or infinite pixels"),
    QT_TRANSLATE_NOOP("CoreMessages", "the image is blank (every pixel is {value:g}): there is no digit to prepare"),
)
