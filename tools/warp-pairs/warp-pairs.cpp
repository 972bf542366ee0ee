//===- warp-pairs.cpp - (Python, IR) pairs of generated kernels -----------===//
//
// Generates kernels with the random generator and writes, for each, one JSON
// record holding its Python source, its warp IR and the selected targets'
// text (docs/pairs.md). `--stats FILE` summarizes a pairs file; `--verify`
// checks a run with the Python frontend and warp-lang.
//
//===----------------------------------------------------------------------===//

#include "PairBuilder.h"
#include "PairRun.h"
#include "PairSink.h"
#include "PairStats.h"
#include "Progress.h"

#include "mlir/IR/BuiltinOps.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/Threading.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Support/WithColor.h"

#include <atomic>

extern char **environ;

using namespace llvm;
using namespace warp::pairs;

static cl::OptionCategory runCategory("Generating pairs");
static cl::OptionCategory kernelCategory("Kernels (as --gen-random-kernels)");
static cl::OptionCategory otherCategory("Statistics and verification");

// -n N and -j T also take the value joined (-n1000, -j2), as make does.
static cl::opt<uint64_t> kernelCount("n", cl::desc("Kernels in the whole run"),
                                     cl::value_desc("N"), cl::Prefix,
                                     cl::cat(runCategory));
static cl::opt<uint64_t> seed("seed", cl::desc("Seed of the run (default 1)"),
                              cl::init(1), cl::cat(runCategory));
static cl::opt<unsigned>
    threads("j", cl::desc("Worker threads (default: every hardware thread)"),
            cl::value_desc("THREADS"), cl::init(0), cl::Prefix,
            cl::cat(runCategory));
static cl::opt<std::string> output("o", cl::desc("Output file (jsonl) or "
                                                 "directory (json-dir)"),
                                   cl::value_desc("OUT"),
                                   cl::cat(runCategory));
static cl::opt<std::string>
    targets("targets",
            cl::desc("Texts each record holds, comma-separated, of "
                     "python,mlir,cpp,cuda,ptx,llvm (default: all)"),
            cl::init("python,mlir,cpp,cuda,ptx,llvm"), cl::cat(runCategory));
static cl::opt<std::string>
    shard("shard",
          cl::desc("K/N: only ids i with i % N == K; the union of the N "
                   "shards is the unsharded run"),
          cl::cat(runCategory));
static cl::opt<Format> outputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Jsonl),
    cl::values(clEnumValN(Format::Jsonl, "jsonl", "one record per line"),
               clEnumValN(Format::JsonDir, "json-dir",
                          "one <id>.json file per record")),
    cl::cat(runCategory));
static cl::opt<bool> resume("resume",
                            cl::desc("Continue the run that wrote OUT"),
                            cl::cat(runCategory));
static cl::opt<bool> force("force", cl::desc("Replace an existing OUT"),
                           cl::cat(runCategory));
static cl::opt<bool>
    noDedupe("no-dedupe",
             cl::desc("Keep records whose content an earlier one has"),
             cl::cat(runCategory));
static cl::opt<bool>
    verifyEach("verify-each",
               cl::desc("Verify the IR after every pass of the lowerings"),
               cl::cat(runCategory));
static cl::opt<bool>
    timing("timing",
           cl::desc("After the run, print the time spent in each stage "
                    "(generation, each target, records) and in each pass of "
                    "the lowerings, summed over the workers"),
           cl::cat(runCategory));
static cl::opt<std::string> chip("chip", cl::desc("PTX: SM architecture"),
                                 cl::init("sm_90"), cl::cat(runCategory));

static cl::list<std::string>
    strategies("strategies",
               cl::desc("Strategies as name or name:weight (default: all; "
                        "`warp-opt --gen-random-kernels=list-strategies`)"),
               cl::CommaSeparated, cl::cat(kernelCategory));
static cl::opt<unsigned> kernelSize("size", cl::desc("Target op count per kernel"),
                              cl::init(60), cl::cat(kernelCategory));
static cl::opt<unsigned> loopDepth("loop-depth",
                                   cl::desc("Deepest loop nest"), cl::init(2),
                                   cl::cat(kernelCategory));
static cl::list<std::string>
    features("features", cl::desc("name/+name forces a feature on, -name off"),
             cl::CommaSeparated, cl::cat(kernelCategory));
static cl::list<std::string>
    dtypes("dtypes", cl::desc("Scalar element types (default: all)"),
           cl::CommaSeparated, cl::cat(kernelCategory));

// `--stats` is LLVM's own flag (libLLVM registers it); warp-pairs gives it
// its meaning here and takes FILE as the positional argument.
static cl::list<std::string> statsFile(cl::Positional,
                                       cl::desc("[FILE (with --stats)]"),
                                       cl::cat(otherCategory));
static cl::opt<std::string>
    statsJson("json", cl::desc("With --stats: also write them as JSON to FILE"),
              cl::value_desc("FILE"), cl::cat(otherCategory));
static cl::opt<bool>
    verify("verify",
           cl::desc("After the run, check every record with the Python "
                    "frontend and a sample with warp-lang"),
           cl::cat(otherCategory));
static cl::opt<unsigned>
    verifySample("verify-sample",
                 cl::desc("Records --verify runs in warp-lang (default 20)"),
                 cl::init(20), cl::cat(otherCategory));
static cl::opt<std::string>
    python("python", cl::desc("Python that --verify runs"),
           cl::init(WARP_PAIRS_PYTHON), cl::cat(otherCategory));

static std::atomic<bool> interrupted{false};

static int fail(const Twine &message) {
  WithColor::error(errs(), "warp-pairs") << message << "\n";
  return 1;
}

/// Parses --targets into `options.targets`.
static bool parseTargets(PairOptions &options, std::string &error) {
  for (bool &selected : options.targets)
    selected = false;
  SmallVector<StringRef> names;
  StringRef(targets).split(names, ',', -1, /*KeepEmpty=*/false);
  for (StringRef name : names) {
    name = name.trim();
    bool found = false;
    for (unsigned t = 0; t < kTargetCount; ++t)
      if (name == optionName(Target(t))) {
        options.targets[t] = found = true;
      }
    if (!found) {
      error = ("--targets: unknown target '" + name +
               "' (targets: python, mlir, cpp, cuda, ptx, llvm)")
                  .str();
      return false;
    }
  }
  if (names.empty())
    error = "--targets: no target given";
  return !names.empty();
}

/// Parses --shard K/N.
static bool parseShard(RunPlan &plan, std::string &error) {
  if (shard.empty())
    return true;
  auto [k, n] = StringRef(shard).split('/');
  if (k.getAsInteger(10, plan.shard) || n.getAsInteger(10, plan.shards) ||
      plan.shards == 0 || plan.shard >= plan.shards) {
    error = "--shard: expected K/N with 0 <= K < N, not '" + shard + "'";
    return false;
  }
  return true;
}

/// Generates kernel `index` once in a scratch context so that bad generator
/// options are reported once, before any worker starts.
static bool checkGeneratorOptions(const PairOptions &options, uint64_t index,
                                  std::string &error) {
  mlir::MLIRContext context(pairsDialectRegistry(),
                            mlir::MLIRContext::Threading::DISABLED);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::ModuleOp::create(mlir::UnknownLoc::get(&context));
  mlir::warp::gen::GeneratorOptions generator = options.generator;
  generator.count = 1;
  generator.first = index;
  generator.threads = 1;
  return succeeded(mlir::warp::gen::generateKernels(
      *module, generator,
      [&](const Twine &message) { error += message.str(); }));
}

/// Refuses an output to resume that another run (other options, another
/// shard) wrote.
static Error checkResumable(const ExistingRecords &existing,
                            const PairOptions &options, const RunPlan &plan) {
  auto refuse = [&](const Twine &what) {
    return createStringError(inconvertibleErrorCode(),
                             "--resume: " + output + " " + what);
  };
  if (!existing.count)
    return Error::success();
  if (existing.seed && *existing.seed != options.generator.seed)
    return refuse("was written with --seed " + Twine(*existing.seed) +
                  ", not " + Twine(options.generator.seed));
  std::vector<std::string> selected;
  for (unsigned t = 0; t < kTargetCount; ++t)
    if (options.targets[t])
      selected.push_back(fieldName(Target(t)).str());
  if (existing.fields != selected)
    return refuse("holds the fields " + join(existing.fields, ",") +
                  ", not those --targets asks for (" + join(selected, ",") +
                  ")");
  std::string generator = generatorOptionsText(options);
  if (existing.generatorOptions != generator)
    return refuse("was generated with '" + existing.generatorOptions +
                  "', not '" + generator + "'");
  if (options.targets[unsigned(Target::Ptx)] && existing.ptxChip != options.chip)
    return refuse("holds PTX for " + existing.ptxChip + ", not --chip " +
                  options.chip);
  if (*existing.firstId % plan.shards != plan.shard ||
      existing.idStrideGcd % plan.shards != 0)
    return refuse("holds ids outside shard " + Twine(plan.shard) + "/" +
                  Twine(plan.shards) +
                  "; resume it with the --shard it was written with");
  return Error::success();
}

/// `sm_NN` or `sm_NNa` with NN >= 50: a chip the NVPTX back end knows the
/// form of (LLVM decides the rest).
static bool isSmArchitecture(StringRef chip) {
  unsigned version;
  if (!chip.consume_front("sm_") ||
      chip.take_while(isDigit).getAsInteger(10, version) || version < 50)
    return false;
  StringRef suffix = chip.drop_while(isDigit);
  return suffix.empty() || suffix == "a";
}

static void printSummary(const RunSummary &summary, const RunPlan &plan,
                         const PairOptions &options, raw_ostream &os) {
  os << "warp-pairs: " << summary.written << " pairs written to " << output;
  if (summary.previous)
    os << " after the " << summary.previous << " already there";
  os << format(" in %.2f s (%.0f pairs/s on %u thread%s)\n", summary.seconds,
               summary.seconds > 0
                   ? (summary.written + summary.duplicates) / summary.seconds
                   : 0.0,
               plan.threads, plan.threads == 1 ? "" : "s");
  os << "  seed " << options.generator.seed << ", ";
  if (plan.count)
    os << "ids 0.." << plan.count - 1;
  else
    os << "no ids";
  if (plan.shards > 1)
    os << " (shard " << plan.shard << "/" << plan.shards << ")";
  os << "; " << summary.duplicates << " duplicates dropped, "
     << summary.failed << " failed\n";
  if (summary.written) {
    os << "  mean bytes per pair:";
    for (unsigned t = 0; t < kTargetCount; ++t)
      if (options.targets[t])
        os << " " << fieldName(Target(t)) << " "
           << summary.targetBytes[t] / summary.written;
    os << "\n";
  }
  if (summary.interrupted)
    os << "  interrupted: run again with --resume to continue\n";
}

/// Runs `python -m warp_mlir verify-pairs OUT` with the package and native
/// module of this build.
static int runVerify() {
  if (outputFormat != Format::Jsonl)
    return fail("--verify reads a JSONL output (--format jsonl)");
  auto program = sys::findProgramByName(python);
  if (!program)
    return fail("--verify: cannot find " + python + " (--python)");
  std::string self = sys::fs::getMainExecutable(nullptr, nullptr);
  SmallString<256> buildDir(sys::path::parent_path(
      sys::path::parent_path(self)));
  std::vector<std::string> environment;
  for (char **entry = environ; *entry; ++entry)
    if (!StringRef(*entry).starts_with("PYTHONPATH="))
      environment.push_back(*entry);
  std::string pythonPath = WARP_PAIRS_PYTHON_PACKAGE;
  if (const char *existing = std::getenv("PYTHONPATH"))
    pythonPath += ":" + std::string(existing);
  environment.push_back("PYTHONPATH=" + pythonPath);
  if (!std::getenv("WARP_MLIR_BUILD_DIR"))
    environment.push_back("WARP_MLIR_BUILD_DIR=" + buildDir.str().str());
  std::vector<StringRef> env(environment.begin(), environment.end());
  std::string sample = std::to_string(verifySample);
  std::vector<StringRef> args = {*program,       "-m",       "warp_mlir",
                                 "verify-pairs", output,     "--sample",
                                 sample};
  std::string error;
  int rc = sys::ExecuteAndWait(*program, args, env, {}, 0, 0, &error);
  if (rc < 0)
    return fail("--verify: " + error);
  return rc;
}

static int runMain(int argc, char **argv) {
  InitLLVM init(argc, argv);
  if (cl::Option *stats = cl::getRegisteredOptions().lookup("stats")) {
    stats->setDescription("Print the statistics of the pairs file (or "
                          "json-dir) FILE instead of generating");
    stats->addCategory(otherCategory);
    stats->setHiddenFlag(cl::NotHidden);
  }
  cl::HideUnrelatedOptions({&runCategory, &kernelCategory, &otherCategory});
  cl::ParseCommandLineOptions(
      argc, argv,
      "warp-pairs: (Python, IR) pairs of generated Warp kernels\n\n"
      "  warp-pairs -n N [--seed S] [-j T] [--targets ...] -o OUT\n"
      "  warp-pairs --stats FILE [--json STATS.json]\n\n"
      "Each record holds a kernel's Python source, its warp IR and each "
      "selected target's text, with metadata and a content hash "
      "(docs/pairs.md).\n");

  if (AreStatisticsEnabled() || !statsFile.empty()) {
    if (statsFile.size() != 1 || !AreStatisticsEnabled())
      return fail("--stats takes one pairs file: warp-pairs --stats FILE");
    if (Error error = printPairStats(statsFile.front(), statsJson, outs()))
      return fail(toString(std::move(error)));
    return 0;
  }
  if (kernelCount.getNumOccurrences() == 0)
    return fail("-n N is required (or --stats FILE); see --help");
  if (output.empty())
    return fail("-o OUT is required; see --help");

  PairOptions options;
  options.generator.seed = seed;
  options.generator.strategies.assign(strategies.begin(), strategies.end());
  options.generator.size = kernelSize;
  options.generator.loopDepth = loopDepth;
  options.generator.features.assign(features.begin(), features.end());
  options.generator.dtypes.assign(dtypes.begin(), dtypes.end());
  options.chip = chip;
  options.verifyEachPass = verifyEach;
  RunPlan plan;
  plan.count = kernelCount;
  plan.threads = threads ? unsigned(threads)
                         : hardware_concurrency().compute_thread_count();
  plan.dedupe = !noDedupe;
  plan.progress = Progress::stderrIsTerminal();
  std::string error;
  if (!parseTargets(options, error) || !parseShard(plan, error))
    return fail(error);
  if (!isSmArchitecture(chip))
    return fail("--chip: expected an SM architecture such as sm_90 or "
                "sm_90a, not '" + chip + "'");
  if (plan.count > plan.shard &&
      !checkGeneratorOptions(options, plan.shard, error))
    return fail(error);

  ExistingRecords existing;
  Expected<std::unique_ptr<PairSink>> sink = PairSink::open(
      output, outputFormat, resume, force, existing,
      [&](const ExistingRecords &found) {
        return checkResumable(found, options, plan);
      });
  if (!sink)
    return fail(toString(sink.takeError()));
  if (existing.droppedBytes)
    errs() << "warp-pairs: dropped a cut-short last line ("
           << existing.droppedBytes << " bytes) of " << output << "\n";

  mlir::DefaultTimingManager timingManager;
  timingManager.setEnabled(timing);
  timingManager.setDisplayMode(mlir::DefaultTimingManager::DisplayMode::Tree);
  mlir::TimingScope timingRoot = timingManager.getRootScope();
  if (timing)
    options.timing = &timingRoot;

  sys::SetInterruptFunction([] { interrupted = true; });
  Expected<RunSummary> summary =
      runPairs(options, plan, **sink, existing, interrupted);
  timingRoot.stop();
  timingManager.print();
  timingManager.setEnabled(false); // printed once, not again on exit
  Error closed = (*sink)->close();
  if (!summary)
    return fail(toString(summary.takeError()));
  if (closed)
    return fail(toString(std::move(closed)));
  printSummary(*summary, plan, options, outs());
  outs().flush();
  if (summary->interrupted)
    return 130;
  if (summary->failed)
    return 1;
  return verify ? runVerify() : 0;
}

int main(int argc, char **argv) {
  int status = runMain(argc, argv);
  // What stdout could not take (a full disk) is an error, not a fatal one
  // when the stream is closed at exit.
  outs().flush();
  if (std::error_code ec = outs().error()) {
    outs().clear_error();
    return fail("<stdout>: cannot write: " + ec.message());
  }
  return status;
}
