# warp-mlir: `make pairs` runs the main job, `make check` runs every test.
# Both install missing dependencies, configure and build first.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
PYTHON ?= python3
LLVM_PREFIX ?= /usr/lib/llvm-22
JOBS ?=

CMAKE_FLAGS = -G Ninja \
  -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DMLIR_DIR=$(LLVM_PREFIX)/lib/cmake/mlir \
  -DLLVM_EXTERNAL_LIT=$(LLVM_PREFIX)/bin/lit \
  -DPython3_EXECUTABLE=$(shell command -v $(PYTHON))

DEPS_STAMP = $(BUILD_DIR)/.deps-installed

.PHONY: all deps configure build check pairs docs clean

all: build

$(DEPS_STAMP): scripts/install-deps.sh requirements.txt python-frontend/pyproject.toml
	PYTHON=$(PYTHON) bash scripts/install-deps.sh
	$(PYTHON) -m pip install -q --disable-pip-version-check -e python-frontend
	@mkdir -p $(BUILD_DIR) && touch $@

deps: $(DEPS_STAMP)

$(BUILD_DIR)/build.ninja: $(DEPS_STAMP) CMakeLists.txt
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

configure: $(BUILD_DIR)/build.ninja

build: configure
	ninja -C $(BUILD_DIR) $(if $(JOBS),-j $(JOBS))

check: build
	$(PYTHON) scripts/run-tests.py --build-dir $(BUILD_DIR) \
	  --lit $(LLVM_PREFIX)/bin/lit --python $(shell command -v $(PYTHON))

# The main job: 1,000 (Python, IR) pairs with every target in out/pairs.jsonl
# (docs/pairs.md); warp-pairs prints the closing summary.
PAIRS ?= 1000
PAIRS_SEED ?= 1
pairs: build
	$(BUILD_DIR)/bin/warp-pairs -n $(PAIRS) --seed $(PAIRS_SEED) --force -o out/pairs.jsonl

# Regenerates the dialect reference and its index in docs/dialect/ from ODS.
docs:
	LLVM_PREFIX=$(LLVM_PREFIX) scripts/gen-dialect-doc.sh > docs/dialect/WarpOps.md
	$(PYTHON) scripts/gen-op-index.py docs/dialect/WarpOps.md > docs/dialect/index.md

clean:
	rm -rf $(BUILD_DIR)
