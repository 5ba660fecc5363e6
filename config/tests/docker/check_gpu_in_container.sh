#!/usr/bin/env bash
# Test: a Docker container sees the guest's GPUs through the NVIDIA container toolkit.
# Runs inside the guest; exit 0 = pass.
set -euo pipefail
gpus=$(docker run --rm --gpus all ubuntu:24.04 nvidia-smi -L)
echo "$gpus"
[[ $gpus == *GPU* ]]
