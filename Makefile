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

.PHONY: all deps configure build check pairs docs clean check-sanitize fuzz

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

# The sanitized build: ASan + UBSan on everything, and libFuzzer's coverage
# so that the same build fuzzes (docs/testing.md). `make check-sanitize`
# runs every test on it; `make fuzz` runs each fuzz target FUZZ_SECONDS.
SANITIZE_BUILD_DIR ?= build-sanitize
SANITIZE_FLAGS = "-DLLVM_USE_SANITIZER=Address;Undefined" -DLLVM_USE_SANITIZE_COVERAGE=ON
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= ir,lowering,frontend

$(SANITIZE_BUILD_DIR)/build.ninja: $(DEPS_STAMP) CMakeLists.txt
	cmake -S . -B $(SANITIZE_BUILD_DIR) $(CMAKE_FLAGS) $(SANITIZE_FLAGS)

check-sanitize: $(SANITIZE_BUILD_DIR)/build.ninja
	ninja -C $(SANITIZE_BUILD_DIR) $(if $(JOBS),-j $(JOBS))
	$(PYTHON) scripts/run-tests.py --build-dir $(SANITIZE_BUILD_DIR) \
	  --lit $(LLVM_PREFIX)/bin/lit --python $(shell command -v $(PYTHON))

fuzz: build $(SANITIZE_BUILD_DIR)/build.ninja
	ninja -C $(SANITIZE_BUILD_DIR) $(if $(JOBS),-j $(JOBS)) warp-fuzz-ir warp-fuzz-lowering
	$(PYTHON) scripts/fuzz.py --seconds $(FUZZ_SECONDS) --targets $(FUZZ_TARGETS) \
	  --sanitize-build $(SANITIZE_BUILD_DIR) --build $(BUILD_DIR)

# Regenerates the dialect reference and its index in docs/dialect/ from ODS.
docs:
	LLVM_PREFIX=$(LLVM_PREFIX) scripts/gen-dialect-doc.sh > docs/dialect/WarpOps.md
	$(PYTHON) scripts/gen-op-index.py docs/dialect/WarpOps.md > docs/dialect/index.md

clean:
	rm -rf $(BUILD_DIR)
