#!/usr/bin/env bash
# Application vllm.sh: runs the vLLM OpenAI-compatible server in Docker (the guest comes from a
# Docker + GPU template), built from the guest's free-form `vllm_engine_config`.
# Reads from $PHOENIX_GUEST_CONFIG (see config/README.md):
#   .vllm_engine_config.ModelConfig.{model (required), dtype, max_model_len, trust_remote_code}
#   .vllm_engine_config.CacheConfig.{quantization, gpu_memory_utilization}
#   .vllm_engine_config.ParallelConfig.tensor_parallel_size
#   .vllm_engine_config.ServerConfig.{port (default 8000), served_model_name}
# Models are cached on /vllm_models when the hypervisor mounts that shared volume.
# Idempotent: the container is replaced with one built from the current config.
set -euo pipefail
cfg() { jq -r "$1 // empty" "$PHOENIX_GUEST_CONFIG"; }
engine=.vllm_engine_config

model=$(cfg "$engine.ModelConfig.model")
if [[ -z $model ]]; then
  echo "vllm: vllm_engine_config.ModelConfig.model is not set" >&2
  exit 1
fi
port=$(cfg "$engine.ServerConfig.port")
port=${port:-8000}

args=(--model "$model" --host 0.0.0.0 --port "$port")
add_arg() {
  local value
  value=$(cfg "$2")
  if [[ -n $value ]]; then args+=("$1" "$value"); fi
}
add_arg --served-model-name "$engine.ServerConfig.served_model_name"
add_arg --dtype "$engine.ModelConfig.dtype"
add_arg --max-model-len "$engine.ModelConfig.max_model_len"
add_arg --quantization "$engine.CacheConfig.quantization"
add_arg --gpu-memory-utilization "$engine.CacheConfig.gpu_memory_utilization"
add_arg --tensor-parallel-size "$engine.ParallelConfig.tensor_parallel_size"
if [[ $(cfg "$engine.ModelConfig.trust_remote_code") == true ]]; then args+=(--trust-remote-code); fi

cache=/root/.cache/huggingface
if [[ -d /vllm_models ]]; then cache=/vllm_models; fi
mkdir -p "$cache"

docker rm -f vllm >/dev/null 2>&1 || true
docker run -d --name vllm --restart unless-stopped --gpus all --ipc=host \
  -p "$port:$port" -v "$cache:/root/.cache/huggingface" \
  vllm/vllm-openai:latest "${args[@]}"
echo "vllm: serving $model on port $port"
