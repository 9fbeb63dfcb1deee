"""fayan's named-entity model: a small character-level BERT trained from scratch.

Importing this package does not need torch; using a model does, and raises
:class:`fayan.errors.ModelError` with the install command when it is missing.

>>> from fayan.nlp.ner import load_model, Entity   # doctest: +SKIP
>>> load_model().predict("被告人张某于2020年5月在杭州市西湖区盗窃被害人李某的手机一部。")  # doctest: +SKIP
[Entity(start=3, end=5, text='张某', label='defendant', score=0.99), ...]

Labels, layers, schemes and the file-format mappings live in
``fayan/models/ner/labels.json``; the model card is ``fayan/models/ner/MODEL_CARD.md``.
"""

from fayan.nlp.ner.data import (
    Entity,
    GoldEntity,
    GoldRecord,
    LabelSpec,
    detect_format,
    load_label_spec,
    locate_strings,
    read_gold,
    split_records,
)
from fayan.nlp.ner.evaluate import (
    Disagreement,
    EvalReport,
    F1Interval,
    LabelScore,
    bootstrap,
    disagreements,
    evaluate_file,
)
from fayan.nlp.ner.model import NerModel, load_model
from fayan.nlp.ner.train import TrainConfig, TrainReport, train_ner

__all__ = [
    "Entity",
    "GoldEntity",
    "GoldRecord",
    "LabelSpec",
    "NerModel",
    "EvalReport",
    "Disagreement",
    "F1Interval",
    "LabelScore",
    "TrainConfig",
    "TrainReport",
    "load_model",
    "train_ner",
    "evaluate_file",
    "bootstrap",
    "disagreements",
    "detect_format",
    "read_gold",
    "locate_strings",
    "split_records",
    "load_label_spec",
]
