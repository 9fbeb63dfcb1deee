#!/bin/bash
# 4-fold NER screening on a GPU machine (bench/eval_ner_kfold.py pool --device cuda), in two steps:
#
#   bench/kfold_device.sh prepare        # here: .gpu/ (git-excluded) with a trimmed jieba and the data it reads
#   bench/kfold_device.sh run JOBS       # there, from the repository root, with .gpu and the pre-training cache
#                                        # (bench/out/ner_kfold/cache) carried; results and logs go to $OUT
#
# `run` checks a few tagging steps on the GPU first (and without CUDA MPS if they fail under it), then runs the
# jobs file's lines WORKERS at a time (default 14: one CPU core each on a 16-core machine; CUDA MPS lets their
# small kernels share the GPU) and kills what runs after KILL minutes (default 8.2). The pre-training must be in
# the cache already: `eval_ner_kfold.py run` builds it on the CPU here (about 10 minutes).
set -u
cmd=${1:-}
case "$cmd" in
prepare)
    data=${DATA:-../shared/data}
    site=$(python -c "import jieba, os; print(os.path.dirname(jieba.__file__))") || exit 1
    grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
    rm -rf .gpu/site .gpu/data
    mkdir -p .gpu/site/jieba
    # what fayan's word features read: jieba's segmenter, its dictionary and its HMM (not posseg, analyse, lac)
    cp "$site/__init__.py" "$site/_compat.py" "$site/dict.txt" .gpu/site/jieba/ || exit 1
    cp -r "$site/finalseg" .gpu/site/jieba/ && rm -rf .gpu/site/jieba/finalseg/__pycache__
    # the NER files and TrainConfig.corpus (the vocabulary is built from it)
    for f in ner/cail2022_drug_train.jsonl ner/lawbench_2-6_dev.json judgments/dev extra/spc_criminal \
             extra/case_stories amounts/lawbench_3-7_dev.json terms/lawbench_3-4_dev.json amounts/cjrc_criminal_dev.json; do
        mkdir -p ".gpu/data/$(dirname $f)" && cp -r "$data/$f" ".gpu/data/$f" || exit 1
    done
    du -sh .gpu
    ;;
run)
    jobs=${2:?"usage: $0 run JOBS"}
    export PYTHONPATH=$PWD/.gpu/site PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1
    python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__, torch.cuda.get_device_name(0))" || exit 1
    mps=0
    if command -v nvidia-cuda-mps-control >/dev/null; then
        export CUDA_MPS_PIPE_DIRECTORY=/tmp/mps CUDA_MPS_LOG_DIRECTORY=/tmp/mpslog
        mkdir -p /tmp/mps /tmp/mpslog
        nvidia-cuda-mps-control -d && mps=1
    fi
    check() {
        timeout 120 python3 - > "$OUT/check.log" 2>&1 <<'EOF'
import sys, time
from pathlib import Path
sys.path.insert(0, ".")
from fayan.nlp.ner.data import CharVocab, load_label_spec, read_gold, split_records, to_examples
from fayan.nlp.ner.train import TrainConfig, finetune, make_model, pretrain
cfg = TrainConfig.tiny(bf16=True)  # bfloat16 autocast, as the folds train
spec = load_label_spec()
_, recs = read_gold(Path(".gpu/data/ner/lawbench_2-6_dev.json"), "lawbench_theft")
ex = to_examples("lawbench_theft", split_records("lawbench_theft", recs, "train"), spec)
m = make_model(CharVocab.build([e.text for e in ex], 1), spec, cfg, 0)
pretrain(m, [e.text for e in ex], cfg, 0, time.monotonic() + 1e6, print, device="cuda")
finetune(m, ex[:64], cfg, 0, time.monotonic() + 1e6, print, device="cuda")
print("check ok:", m.predict(ex[0].text)[:1])
EOF
    }
    if ! check; then
        tail -20 "$OUT/check.log"
        [ $mps = 1 ] || exit 3
        echo quit | nvidia-cuda-mps-control
        mps=0
        check || { tail -20 "$OUT/check.log"; exit 3; }
    fi
    echo "GPU check passed; CUDA MPS: $mps"
    python3 bench/eval_ner_kfold.py --out bench/out/ner_kfold pool "$jobs" --workers "${WORKERS:-14}" --threads 1 \
        --data .gpu/data --device cuda --kill-after "${KILL:-8.2}" 2>&1 | tee "$OUT/pool.log"
    cp bench/out/ner_kfold/results.jsonl "$OUT/" 2>/dev/null
    tar czf "$OUT/logs.tgz" -C bench/out/ner_kfold logs
    ;;
*)
    echo "usage: $0 prepare | run JOBS" >&2
    exit 2
    ;;
esac
