"""Extraction works without torch; using the model says what to install."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_extraction_without_torch() -> None:
    code = textwrap.dedent(
        """
        import sys
        # Make torch (and transformers) unimportable, as on a machine without the [ner] extra.
        sys.modules["torch"] = None
        sys.modules["transformers"] = None
        import fayan
        from fayan.errors import ModelError
        j = fayan.extract_file("examples/theft_single.txt")
        assert j.defendants[0].verdict.term_months == 10, j.defendants
        from fayan.nlp.ner import load_model
        try:
            load_model()
        except ModelError as exc:
            print("MODEL_ERROR", exc)
        else:
            raise SystemExit("load_model() worked without torch")
        """
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "MODEL_ERROR" in r.stdout and 'pip install "fayan[ner]"' in r.stdout
