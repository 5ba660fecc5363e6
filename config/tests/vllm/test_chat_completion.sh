#!/usr/bin/env bash
# Test: the vLLM server answers a chat completion with a non-empty message.
# Reads .vllm_engine_config.ServerConfig.{port, served_model_name} from $PHOENIX_GUEST_CONFIG
# (see config/README.md). Runs inside the guest; exit 0 = pass.
set -euo pipefail
cfg() { jq -r "$1 // empty" "$PHOENIX_GUEST_CONFIG"; }
port=$(cfg .vllm_engine_config.ServerConfig.port)
model=$(cfg .vllm_engine_config.ServerConfig.served_model_name)
model=${model:-$(cfg .vllm_engine_config.ModelConfig.model)}

request=$(jq -n --arg model "$model" \
  '{model: $model, max_tokens: 16, messages: [{role: "user", content: "Say hello in one word."}]}')
answer=$(curl -fsS --max-time 120 -H 'Content-Type: application/json' \
  -d "$request" "http://127.0.0.1:${port:-8000}/v1/chat/completions" |
  jq -r '.choices[0].message.content // empty')
if [[ -z $answer ]]; then
  echo "vllm: empty answer from $model" >&2
  exit 1
fi
echo "vllm: $model answered: $answer"
