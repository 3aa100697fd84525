"""The run history's texts reach the user translated: they are filed under the training tab's context."""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.tabs.run_history import RunHistory
from tests.app.test_run_history import history_of

QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "scratchnn_ko.qm"


def test_labels_and_the_set_aside_message_in_korean(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    try:
        def tr(text):  # what TrainingTab.tr does
            return QCoreApplication.translate("TrainingTab", text)
        history = history_of({"learning_rate": 0.1, "train_size": None}, {"learning_rate": 0.5, "train_size": 5000})
        assert history.labels(tr) == {1: "학습률 0.1, 훈련 전체", 2: "학습률 0.5, 훈련 5000"}
        path = tmp_path / "history.json"
        path.write_text("{", encoding="utf-8")
        _, message = RunHistory.load(path, translate=tr)
        assert "읽을 수 없습니다" in message and "손상되었거나" in message
    finally:
        qapp.removeTranslator(translator)
