//===- PairBuilder.cpp - one generated kernel and its targets -------------===//

#include "PairBuilder.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"
#include "warp/Dialect/Warp/IR/WarpTypes.h"
#include "warp/Execution/CpuJit.h"
#include "warp/Execution/PTXCompiler.h"
#include "warp/Conversion/WarpToEmitC/WarpToEmitC.h"
#include "warp/Generator/KernelBuilder.h"
#include "warp/Pipelines/Pipelines.h"
#include "warp/Target/Python/WarpToPython.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/Cpp/CppEmitter.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

#include <map>

using namespace mlir;
using json = nlohmann::ordered_json;

namespace warp::pairs {

/// Kernels built in one context before it is replaced. Large enough that
/// creating contexts costs little, small enough that memory stays flat.
static constexpr unsigned kKernelsPerContext = 500;

static const char *const kFieldNames[kTargetCount] = {
    "python", "warp_mlir", "cpp", "cuda", "ptx", "llvm"};
static const char *const kOptionNames[kTargetCount] = {
    "python", "mlir", "cpp", "cuda", "ptx", "llvm"};

StringRef fieldName(Target target) { return kFieldNames[unsigned(target)]; }
StringRef optionName(Target target) { return kOptionNames[unsigned(target)]; }

const DialectRegistry &pairsDialectRegistry() {
  static const DialectRegistry *registry = [] {
    auto *result = new DialectRegistry();
    mlir::warp::registerPipelineDialects(*result);
    return result;
  }();
  return *registry;
}

PairBuilder::PairBuilder(const DialectRegistry &registry,
                         const PairOptions &options)
    : registry(registry), options(options) {}

PairBuilder::~PairBuilder() = default;

void PairBuilder::renewContextIfDue() {
  if (context && builtInContext < kKernelsPerContext)
    return;
  lowerings.reset();
  // Threads come from the run, one context per worker.
  context = std::make_unique<MLIRContext>(registry,
                                          MLIRContext::Threading::DISABLED);
  context->loadDialect<mlir::warp::WarpDialect>();
  lowerings = std::make_unique<Lowerings>(context.get(), options);
  builtInContext = 0;
}

/// `value` printed as MLIR prints it.
template <typename T> static std::string printed(T value) {
  std::string text;
  llvm::raw_string_ostream os(text);
  value.print(os);
  return text;
}

/// A JSON number or string for an integer or float attribute.
static json attributeNumber(Attribute attr) {
  if (auto integer = dyn_cast<IntegerAttr>(attr)) {
    if (integer.getType().isUnsignedInteger())
      return integer.getValue().getZExtValue();
    return integer.getValue().getSExtValue();
  }
  if (auto real = dyn_cast<FloatAttr>(attr))
    return real.getValueAsDouble();
  return printed(attr);
}

static json intArray(ArrayAttr array) {
  json out = json::array();
  for (Attribute element : array)
    out.push_back(attributeNumber(element));
  return out;
}

/// The generator's description of array `name` in the provenance, or null.
static DictionaryAttr arrayProvenance(DictionaryAttr provenance,
                                      StringRef name) {
  auto arrays = provenance.getAs<ArrayAttr>("arrays");
  if (!arrays)
    return {};
  for (Attribute entry : arrays) {
    auto dict = dyn_cast<DictionaryAttr>(entry);
    auto entryName = dict ? dict.getAs<StringAttr>("name") : StringAttr();
    if (entryName && entryName.getValue() == name)
      return dict;
  }
  return {};
}

std::string generatorOptionsText(const PairOptions &options) {
  const mlir::warp::gen::GeneratorOptions &generator = options.generator;
  std::string text = "size=" + std::to_string(generator.size) +
                     " loop-depth=" + std::to_string(generator.loopDepth);
  auto list = [&](const char *name, const std::vector<std::string> &values) {
    if (!values.empty())
      text += std::string(" ") + name + "=" + llvm::join(values, ",");
  };
  list("strategies", generator.strategies);
  list("features", generator.features);
  list("dtypes", generator.dtypes);
  return text;
}

/// Launch dims, arguments, op counts and features of `kernel`, from its IR
/// and the generator's provenance attribute.
static json metadataOf(ModuleOp module, mlir::warp::KernelOp kernel,
                       DictionaryAttr provenance,
                       const PairOptions &options) {
  json metadata;
  metadata["launch_dims"] = intArray(provenance.getAs<ArrayAttr>("launch_dims"));

  json arguments = json::array();
  for (unsigned i = 0, e = kernel.getNumArguments(); i < e; ++i) {
    json argument;
    auto name = kernel.getArgAttrOfType<StringAttr>(i, "warp.name");
    std::string argName = name ? name.str() : "arg" + std::to_string(i);
    Type type = kernel.getArgument(i).getType();
    argument["name"] = argName;
    argument["type"] = printed(type);
    if (auto array = dyn_cast<mlir::warp::ArrayType>(type)) {
      argument["dtype"] = printed(array.getDtype());
      argument["ndim"] = array.getNdim();
      if (DictionaryAttr described = arrayProvenance(provenance, argName)) {
        argument["shape"] = intArray(described.getAs<ArrayAttr>("shape"));
        if (auto role = described.getAs<StringAttr>("role"))
          argument["role"] = role.str();
        if (auto range = described.getAs<ArrayAttr>("range"))
          argument["range"] = intArray(range);
      }
    }
    arguments.push_back(std::move(argument));
  }
  metadata["arguments"] = std::move(arguments);

  // Ops of the kernel and the functions it calls, by name (sorted).
  std::map<std::string, uint64_t> counts;
  uint64_t total = 0;
  module.walk([&](Operation *op) {
    if (op == module.getOperation())
      return;
    ++counts[op->getName().getStringRef().str()];
    ++total;
  });
  metadata["op_count"] = total;
  metadata["op_counts"] = counts;

  json features = json::array();
  uint64_t mask = 0;
  if (auto drawn = provenance.getAs<ArrayAttr>("features"))
    for (Attribute feature : drawn) {
      StringRef name = cast<StringAttr>(feature).getValue();
      features.push_back(name.str());
      // Bit f: the f-th feature of `--gen-random-kernels=list-features`.
      for (unsigned f = 0; f < mlir::warp::gen::FeatCount; ++f)
        if (mlir::warp::gen::featureName(f) == name)
          mask |= uint64_t(1) << f;
    }
  metadata["features"] = std::move(features);
  metadata["feature_mask"] = mask;
  if (auto size = provenance.getAs<IntegerAttr>("size_target"))
    metadata["size_target"] = size.getInt();
  if (auto seed = provenance.getAs<IntegerAttr>("kernel_seed"))
    metadata["kernel_seed"] = seed.getValue().getZExtValue();
  if (auto version = provenance.getAs<StringAttr>("version"))
    metadata["generator_version"] = version.str();
  metadata["generator_options"] = generatorOptionsText(options);
  if (options.targets[unsigned(Target::Ptx)])
    metadata["ptx_chip"] = options.chip;
  return metadata;
}

TimingScope PairBuilder::timeStage(StringRef stage) const {
  return options.timing ? options.timing->nest(stage) : TimingScope();
}

struct PairBuilder::Lowerings {
  explicit Lowerings(MLIRContext *context, const PairOptions &options)
      : llvm(context), sourceBodies(context), ptx(context) {
    mlir::warp::buildWarpToLLVMPipeline(llvm);
    // The C++ and CUDA sources share their bodies: lowered once per kernel,
    // each language then adds its entries (addSourceEntries).
    mlir::warp::ConvertWarpToEmitCOptions bodies;
    bodies.target = "none";
    sourceBodies.addPass(mlir::warp::createConvertWarpToEmitC(bodies));
    mlir::warp::WarpToPTXOptions ptxOptions;
    ptxOptions.chip = options.chip;
    ptxOptions.features = options.ptxFeatures;
    ptxOptions.hostLaunchers = false;
    mlir::warp::buildWarpToPTXPipeline(ptx, ptxOptions);
    for (PassManager *pm : {&llvm, &sourceBodies, &ptx})
      pm->enableVerifier(options.verifyEachPass);
    if (options.timing) {
      auto selected = [&](Target target) {
        return options.targets[unsigned(target)];
      };
      // The bodies are lowered in the first source target's stage.
      if (selected(Target::Cpp) || selected(Target::Cuda))
        attachTiming(sourceBodies,
                     selected(Target::Cpp) ? Target::Cpp : Target::Cuda,
                     options);
      if (selected(Target::Ptx))
        attachTiming(ptx, Target::Ptx, options);
      if (selected(Target::Llvm))
        attachTiming(llvm, Target::Llvm, options);
    }
  }
  /// Nests `pm`'s pass timers in `target`'s stage timer, which the pass
  /// manager keeps a reference to (restarted per kernel; enableTiming
  /// ignores a stopped one, so it runs while attaching).
  void attachTiming(PassManager &pm, Target target,
                    const PairOptions &options) {
    TimingScope &timer = stageTimer(target);
    timer = options.timing->nest(optionName(target));
    pm.enableTiming(timer);
    timer.stop();
  }
  TimingScope &stageTimer(Target target) {
    return stageTimers[unsigned(target)];
  }
  PassManager llvm, sourceBodies, ptx;
  TimingScope stageTimers[kTargetCount];
};

LogicalResult PairBuilder::emitTarget(Target target, ModuleOp module,
                                      std::string &text, bool consume) {
  llvm::raw_string_ostream os(text);
  switch (target) {
  case Target::Mlir: {
    TimingScope timer = timeStage(optionName(target));
    module->print(os);
    return success();
  }
  case Target::Python: {
    TimingScope timer = timeStage(optionName(target));
    return mlir::warp::translateModuleToPython(module, os);
  }
  default:
    break;
  }
  TimingScope &timer = lowerings->stageTimer(target);
  timer = timeStage(optionName(target));
  llvm::scope_exit stopTimer([&] { timer.stop(); });
  if (target == Target::Cpp || target == Target::Cuda) {
    if (!sourceBodies) {
      sourceBodies = module.clone();
      if (failed(lowerings->sourceBodies.run(*sourceBodies)))
        return failure();
    }
    bool cuda = target == Target::Cuda;
    // Entries go on a copy of the bodies unless the other language is done.
    bool lastUse = cuda || !options.targets[unsigned(Target::Cuda)];
    OwningOpRef<ModuleOp> source =
        lastUse ? std::move(sourceBodies) : sourceBodies->clone();
    if (failed(mlir::warp::addSourceEntries(*source, cuda)))
      return failure();
    return emitc::translateToCpp(*source, os, /*declareVariablesAtTop=*/true);
  }
  // Lowering rewrites the module: a copy, unless this is the last use.
  OwningOpRef<ModuleOp> copy;
  if (!consume)
    copy = module.clone();
  ModuleOp lowered = consume ? module : *copy;
  if (target == Target::Llvm) {
    if (failed(lowerings->llvm.run(lowered)))
      return failure();
    return mlir::warp::printLoweredLLVMIR(lowered, text);
  }
  if (failed(lowerings->ptx.run(lowered)))
    return failure();
  mlir::warp::appendGPUBinaryObjects(lowered, text);
  return success();
}

/// The hash of `ir` with every occurrence of the kernel's own name (which
/// holds its index) replaced, so that equal kernels hash alike.
static uint64_t normalizedHash(StringRef ir, StringRef kernelName) {
  std::string normalized;
  normalized.reserve(ir.size());
  while (!ir.empty()) {
    size_t at = ir.find(kernelName);
    normalized += ir.take_front(at);
    if (at == StringRef::npos)
      break;
    normalized += "kernel";
    ir = ir.drop_front(at + kernelName.size());
  }
  return llvm::xxh3_64bits(normalized);
}

Pair PairBuilder::build(uint64_t index) {
  sourceBodies = nullptr; // left over if the last kernel failed
  renewContextIfDue();
  ++builtInContext;
  Pair pair;
  pair.index = index;

  std::string diagnostics;
  ScopedDiagnosticHandler handler(context.get(), [&](Diagnostic &diag) {
    if (diag.getSeverity() != DiagnosticSeverity::Error)
      return success();
    if (!diagnostics.empty())
      diagnostics += "; ";
    diagnostics += diag.str();
    return success();
  });

  TimingScope generateTimer = timeStage("generate");
  OwningOpRef<ModuleOp> module =
      ModuleOp::create(UnknownLoc::get(context.get()));
  mlir::warp::gen::GeneratorOptions generator = options.generator;
  generator.count = 1;
  generator.first = index;
  generator.threads = 1;
  if (failed(mlir::warp::gen::generateKernels(
          *module, generator,
          [&](const llvm::Twine &message) { diagnostics += message.str(); }))) {
    pair.error = "generation failed: " + diagnostics;
    return pair;
  }
  auto kernels = module->getOps<mlir::warp::KernelOp>();
  mlir::warp::KernelOp kernel = *kernels.begin();
  auto provenance = kernel->getAttrOfType<DictionaryAttr>("warp.gen");
  // The provenance goes to the metadata, not into the IR users train on.
  kernel->removeAttr("warp.gen");
  std::string kernelName = kernel.getSymName().str();
  generateTimer.stop();

  json record;
  record["id"] = index;
  record["kernel_name"] = kernelName;
  record["strategy"] = provenance.getAs<StringAttr>("strategy").str();
  record["seed"] = options.generator.seed;
  json metadata;
  {
    TimingScope recordTimer = timeStage("record");
    metadata = metadataOf(*module, kernel, provenance, options);
  }
  unsigned lastLowering = 0;
  for (Target target : {Target::Ptx, Target::Llvm})
    if (options.targets[unsigned(target)])
      lastLowering = unsigned(target);
  std::string ir;
  for (unsigned t = 0; t < kTargetCount; ++t) {
    auto target = Target(t);
    if (!options.targets[t] && target != Target::Mlir)
      continue;
    std::string text;
    if (failed(emitTarget(target, *module, text,
                          /*consume=*/t == lastLowering))) {
      pair.error = ("the " + optionName(target) + " target failed: " +
                    diagnostics)
                       .str();
      return pair;
    }
    pair.targetBytes[t] = options.targets[t] ? text.size() : 0;
    if (target == Target::Mlir)
      ir = text;
    if (options.targets[t])
      record[fieldName(target).str()] = std::move(text);
  }
  TimingScope recordTimer = timeStage("record");
  record["metadata"] = std::move(metadata);
  pair.contentHash = normalizedHash(ir, kernelName);
  record["content_hash"] = llvm::utohexstr(pair.contentHash, /*LowerCase=*/true,
                                           /*Width=*/16);
  pair.line = record.dump(-1, ' ', /*ensure_ascii=*/false,
                          json::error_handler_t::replace);
  return pair;
}

} // namespace warp::pairs
