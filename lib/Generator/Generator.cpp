//===- Generator.cpp - options, strategy choice, parallel generation -----===//

#include "warp/Generator/Generator.h"

#include "warp/Generator/NormalForm.h"
#include "warp/Generator/Strategy.h"
#include <cstdlib>
#include <limits>

#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"

using namespace mlir;
using namespace mlir::warp;
using namespace mlir::warp::gen;

static Type parseDtype(MLIRContext *ctx, StringRef name) {
  Builder b(ctx);
  if (name == "f16")
    return b.getF16Type();
  if (name == "f32")
    return b.getF32Type();
  if (name == "f64")
    return b.getF64Type();
  unsigned width;
  if ((name.starts_with("si") || name.starts_with("ui")) &&
      !name.drop_front(2).getAsInteger(10, width) &&
      (width == 8 || width == 16 || width == 32 || width == 64))
    return b.getIntegerType(width, name[0] == 's');
  return {};
}

static constexpr StringRef kAllDtypes[] = {"f16",  "f32",  "f64",  "si8",
                                           "si16", "si32", "si64", "ui8",
                                           "ui16", "ui32", "ui64"};

void mlir::warp::gen::printStrategies(raw_ostream &os) {
  for (const auto &s : getStrategies())
    os << s->getName() << " " << s->getDefaultWeight() << " "
       << s->getDescription() << "\n";
}

void mlir::warp::gen::printFeatures(raw_ostream &os) {
  for (unsigned f = 0; f < FeatCount; ++f)
    os << featureName(f) << " " << featureDescription(f) << "\n";
}

namespace {
/// Everything parsed from the options.
struct Plan {
  GenConfig config;
  SmallVector<const Strategy *> strategies;
  SmallVector<unsigned> weights;
};

struct Generated {
  OwningOpRef<ModuleOp> module;
  std::string kernel;
  std::string strategy;
  /// The kernel's size, in ops (its provenance `ops`).
  int64_t ops = 0;
};

/// Builds of one kernel tried before keeping the one closest to the size
/// target: a strategy's fixed core can overshoot a small target.
constexpr unsigned kSizeAttempts = 8;
} // namespace

static std::string knownStrategies() {
  std::string s;
  for (const auto &st : getStrategies())
    s += (s.empty() ? "" : ", ") + st->getName().str();
  return s;
}

static LogicalResult parseOptions(MLIRContext *ctx,
                                  const GeneratorOptions &options, Plan &plan,
                                  function_ref<void(const Twine &)> emitError) {
  if (options.count == 0)
    return emitError("gen-random-kernels: count must be at least 1"), failure();
  // Below 60 ops the fixed cores of several strategies cannot stay within
  // 25% of the target.
  if (options.size < 60 || options.size > 5000)
    return emitError("gen-random-kernels: size must be in [60, 5000], got " +
                     Twine(options.size)),
           failure();
  if (options.loopDepth < 1 || options.loopDepth > 4)
    return emitError("gen-random-kernels: loop-depth must be in [1, 4], got " +
                     Twine(options.loopDepth)),
           failure();
  GenConfig &config = plan.config;
  config.size = options.size;
  config.loopDepth = options.loopDepth;

  ArrayRef<std::string> dtypes = options.dtypes;
  std::vector<std::string> all(std::begin(kAllDtypes), std::end(kAllDtypes));
  if (dtypes.empty())
    dtypes = all;
  for (const std::string &name : dtypes) {
    Type t = parseDtype(ctx, name);
    if (!t)
      return emitError("gen-random-kernels: unknown dtype '" + name +
                       "' (known: " + llvm::join(all, ", ") + ")"),
             failure();
    if (!config.allows(t))
      config.dtypes.push_back(t);
  }

  for (const std::string &toggle : options.features) {
    StringRef name = toggle;
    bool off = name.consume_front("-");
    if (!off)
      name.consume_front("+");
    unsigned f = 0;
    while (f < FeatCount && featureName(f) != name)
      ++f;
    if (f == FeatCount) {
      std::string known;
      for (unsigned k = 0; k < FeatCount; ++k)
        known += (k ? ", " : "") + featureName(k).str();
      return emitError("gen-random-kernels: unknown feature '" + name +
                       "' (known: " + known + ")"),
             failure();
    }
    (off ? config.forcedOff : config.forcedOn) |= 1u << f;
  }
  if (config.forcedOn & config.forcedOff)
    return emitError("gen-random-kernels: a feature is both forced on and off"),
           failure();

  if (options.strategies.empty()) {
    for (const auto &s : getStrategies())
      if (s->isSupported(config)) {
        plan.strategies.push_back(s.get());
        plan.weights.push_back(s->getDefaultWeight());
      }
  }
  for (const std::string &entry : options.strategies) {
    auto [name, weightText] = StringRef(entry).split(':');
    const Strategy *s = lookupStrategy(name);
    if (!s)
      return emitError("gen-random-kernels: unknown strategy '" + name +
                       "' (known: " + knownStrategies() + ")"),
             failure();
    unsigned weight = s->getDefaultWeight();
    if (StringRef(entry).contains(':') &&
        (weightText.getAsInteger(10, weight) || weight > 1000))
      return emitError("gen-random-kernels: bad weight '" + weightText +
                       "' for strategy '" + name +
                       "' (an integer in [0, 1000])"),
             failure();
    if (!s->isSupported(config))
      return emitError("gen-random-kernels: strategy '" + name +
                       "' cannot be generated with the chosen dtypes"),
             failure();
    if (llvm::is_contained(plan.strategies, s))
      return emitError("gen-random-kernels: strategy '" + name +
                       "' given twice"),
             failure();
    plan.strategies.push_back(s);
    plan.weights.push_back(weight);
  }
  if (llvm::all_of(plan.weights, [](unsigned w) { return w == 0; }))
    return emitError("gen-random-kernels: every strategy has weight 0"),
           failure();
  return success();
}

static SmallVector<int64_t, 4> drawLaunch(Rng &rng, unsigned rank) {
  static const int64_t sizes1d[] = {16, 32, 64, 100, 128, 256};
  if (rank == 1)
    return {sizes1d[rng.index(std::size(sizes1d))]};
  if (rank == 2)
    return {rng.uniformInt(4, 16), rng.uniformInt(4, 16)};
  return {rng.uniformInt(4, 8), rng.uniformInt(2, 6), rng.uniformInt(2, 6)};
}

static Attribute rangeAttr(Builder &b, const Range &r) {
  if (r.isInt())
    return b.getArrayAttr(
        {b.getI64IntegerAttr(r.lo), b.getI64IntegerAttr(r.hi)});
  return b.getArrayAttr({b.getF64FloatAttr(r.flo), b.getF64FloatAttr(r.fhi)});
}

/// Builds kernel `index` with the strategy drawn from its seed; attempt k > 0
/// draws everything after the strategy from kernelSeed(seed, k).
static Generated generateAttempt(MLIRContext *ctx, const Plan &plan,
                                 const GeneratorOptions &options,
                                 uint64_t index, unsigned attempt) {
  uint64_t seed = kernelSeed(options.seed, index);
  Rng rng(seed);
  const Strategy *strategy = plan.strategies[rng.weighted(plan.weights)];
  if (attempt)
    rng = Rng(kernelSeed(seed, attempt));
  // Swarm testing: every feature not forced is on with probability 1/2.
  uint32_t mask = plan.config.forcedOn;
  for (unsigned f = 0; f < FeatCount; ++f)
    if (!(plan.config.forcedOff & (1u << f)) && rng.chance(1, 2))
      mask |= 1u << f;
  SmallVector<int64_t, 4> dims = drawLaunch(rng, strategy->getLaunchRank(rng));

  KernelBuilder kb(ctx, rng, plan.config, mask, dims);
  unsigned nIn = 1 + rng.index(3), nOut = 1 + rng.index(2);
  for (unsigned i = 0; i < nIn; ++i)
    kb.addArray("a", kb.randomType(true, true), Role::Input);
  for (unsigned i = 0; i < nOut; ++i)
    kb.addArray("out", kb.randomType(true, true), Role::Output);
  strategy->declare(kb);
  std::string name = "gen_" + std::to_string(index);
  kb.begin(name);
  strategy->emit(kb, plan.config.size);
  kb.finish();
  // The dataset pairs the IR with its printed Python: keep the IR in the
  // form the frontend makes from that Python.
  normalizeGeneratedModule(*kb.module);
  int64_t ops = -1;
  kb.module->walk([&](Operation *) { ++ops; });

  Builder b(ctx);
  NamedAttrList prov;
  prov.append("version", b.getStringAttr(kGeneratorVersion));
  prov.append("seed", b.getIntegerAttr(b.getIntegerType(64, false),
                                       APInt(64, options.seed)));
  prov.append("kernel_seed",
              b.getIntegerAttr(b.getIntegerType(64, false), APInt(64, seed)));
  prov.append("index", b.getI64IntegerAttr(index));
  if (attempt)
    prov.append("attempt", b.getI64IntegerAttr(attempt));
  prov.append("strategy", b.getStringAttr(strategy->getName()));
  if (!kb.notes.empty()) {
    SmallVector<Attribute> parts;
    for (const std::string &n : kb.notes)
      parts.push_back(b.getStringAttr(n));
    prov.append("parts", b.getArrayAttr(parts));
  }
  SmallVector<Attribute> feats;
  for (unsigned f = 0; f < FeatCount; ++f)
    if (kb.features & (1u << f))
      feats.push_back(b.getStringAttr(featureName(f)));
  prov.append("features", b.getArrayAttr(feats));
  prov.append("launch_dims", b.getI64ArrayAttr(dims));
  SmallVector<Attribute> arrays;
  for (const ArrayDecl &a : kb.arrays) {
    NamedAttrList d;
    d.append("name", b.getStringAttr(a.name));
    d.append("dtype", TypeAttr::get(a.dtype));
    d.append("shape", b.getI64ArrayAttr(a.shape));
    d.append("role", b.getStringAttr(roleName(a.role)));
    if (a.role != Role::Output)
      d.append("range", rangeAttr(b, a.range));
    arrays.push_back(d.getDictionary(ctx));
  }
  prov.append("arrays", b.getArrayAttr(arrays));
  prov.append("size_target", b.getI64IntegerAttr(plan.config.size));
  prov.append("ops", b.getI64IntegerAttr(ops));
  kb.kernel->setAttr("warp.gen", prov.getDictionary(ctx));

  return {std::move(kb.module), name, strategy->getName().str(), ops};
}

/// Builds kernel `index`: depends only on (seed, index) and the plan. The
/// first attempt within 25% of the size target is kept, else the closest.
static Generated generateOne(MLIRContext *ctx, const Plan &plan,
                             const GeneratorOptions &options, uint64_t index) {
  int64_t target = plan.config.size;
  Generated best;
  int64_t bestDistance = std::numeric_limits<int64_t>::max();
  for (unsigned attempt = 0; attempt < kSizeAttempts; ++attempt) {
    Generated g = generateAttempt(ctx, plan, options, index, attempt);
    int64_t distance = std::abs(g.ops - target);
    if (4 * distance <= target)
      return g;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = std::move(g);
    }
  }
  return best;
}

LogicalResult
mlir::warp::gen::generateKernels(ModuleOp module,
                                 const GeneratorOptions &options,
                                 function_ref<void(const Twine &)> emitError) {
  MLIRContext *ctx = module.getContext();
  ctx->getOrLoadDialect<WarpDialect>();
  Plan plan;
  if (failed(parseOptions(ctx, options, plan, emitError)))
    return failure();

  SymbolTable symbols(module);
  for (uint64_t i = 0; i < options.count; ++i)
    if (symbols.lookup("gen_" + std::to_string(options.first + i)))
      return emitError("gen-random-kernels: the module already has @gen_" +
                       Twine(options.first + i) +
                       " (use first= to start elsewhere)"),
             failure();

  // Each kernel is built in its own module from its own seed, so the
  // schedule cannot change the output; they are spliced in index order.
  std::vector<Generated> results(options.count);
  unsigned threads = options.threads
                         ? options.threads
                         : llvm::hardware_concurrency().compute_thread_count();
  // Without context multithreading the uniquers take no locks.
  if (threads <= 1 || options.count == 1 || !ctx->isMultithreadingEnabled()) {
    for (uint64_t i = 0; i < options.count; ++i)
      results[i] = generateOne(ctx, plan, options, options.first + i);
  } else {
    llvm::DefaultThreadPool pool(llvm::hardware_concurrency(threads));
    for (uint64_t i = 0; i < options.count; ++i)
      pool.async([&, i] {
        results[i] = generateOne(ctx, plan, options, options.first + i);
      });
    pool.wait();
  }

  bool ok = true;
  for (Generated &g : results) {
    // The verifier is a check, never a filter: a failure is a generator bug.
    if (failed(verify(*g.module))) {
      emitError("gen-random-kernels: generator bug: kernel @" + g.kernel +
                " (strategy " + g.strategy + ") does not verify");
      ok = false;
    }
    Block *body = g.module->getBody();
    while (!body->empty()) {
      Operation &op = body->front();
      op.remove();
      module.getBody()->push_back(&op);
    }
  }
  return success(ok);
}
