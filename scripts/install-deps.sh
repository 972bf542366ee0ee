#!/usr/bin/env bash
# Installs everything warp-mlir needs on Debian 12: LLVM/MLIR 22 and the build
# tools from Debian, and the pinned Python packages from requirements.txt.
# Idempotent: packages already present are not touched.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-python3}

debian_packages=(
  libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools clang-22 libclang-rt-22-dev
  nlohmann-json3-dev ninja-build ccache cmake g++
)

missing=()
for pkg in "${debian_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
      exit 1
    fi
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "install-deps: Debian packages present"
fi

# pip is quiet and fast when every pinned version is already installed.
if ! "$python" - "$root/requirements.txt" <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
ok = True
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, _, pinned = line.partition("==")
    try:
        ok &= version(name) == pinned
    except PackageNotFoundError:
        ok = False
sys.exit(0 if ok else 1)
PY
then
  echo "install-deps: installing Python packages from requirements.txt"
  "$python" -m pip install -q --disable-pip-version-check -r "$root/requirements.txt"
else
  echo "install-deps: Python packages present"
fi
