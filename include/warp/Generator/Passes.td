//===- Passes.td - the random kernel generator pass ------*- tablegen -*-===//

#ifndef WARP_GENERATOR_PASSES_TD
#define WARP_GENERATOR_PASSES_TD

include "mlir/Pass/PassBase.td"

def GenRandomKernels : Pass<"gen-random-kernels", "::mlir::ModuleOp"> {
  let summary = "Append random, well-formed, UB-free warp kernels to the module";
  let description = [{
    Generates `count` kernels `@gen_<i>` (docs/generator.md). Kernel i depends
    only on (`seed`, i) and the options: the output is byte-identical for any
    `threads`. Every kernel carries a `warp.gen` provenance dictionary
    (version, seed, index, strategy, features, launch dims, arrays with
    shapes, dtypes, roles and input ranges) and verifies; a kernel that does
    not is reported as a generator bug.

    ```sh
    warp-opt --gen-random-kernels='count=100 seed=7 strategies=loop:2,matrix:1' /dev/null
    warp-opt --gen-random-kernels=list-strategies /dev/null
    ```
  }];
  let options = [
    Option<"count", "count", "unsigned", "10", "How many kernels (>= 1)">,
    Option<"seed", "seed", "uint64_t", "1", "Base seed">,
    Option<"first", "first", "uint64_t", "0",
           "Index of the first kernel (regenerate part of a campaign)">,
    ListOption<"strategies", "strategies", "std::string",
               "Strategies as name[:weight], comma-separated (default: all "
               "at their default weights)">,
    Option<"size", "size", "unsigned", "60",
           "Target op count per kernel (60 to 5000; met within 25%)">,
    Option<"loopDepth", "loop-depth", "unsigned", "2",
           "Deepest loop nest (1 to 4)">,
    ListOption<"features", "features", "std::string",
               "Feature toggles: name or +name forces on, -name off; others "
               "are drawn per kernel (swarm testing)">,
    ListOption<"dtypes", "dtypes", "std::string",
               "Scalar element types to use (f16,f32,f64,si8..si64,"
               "ui8..ui64; default all)">,
    Option<"threads", "threads", "unsigned", "0",
           "Worker threads (0: all hardware threads); never changes the "
           "output">,
    Option<"listStrategies", "list-strategies", "bool", "false",
           "Print `name weight description` per strategy and generate "
           "nothing">,
    Option<"listFeatures", "list-features", "bool", "false",
           "Print `name description` per feature and generate nothing">
  ];
  let dependentDialects = ["::mlir::warp::WarpDialect"];
}

#endif // WARP_GENERATOR_PASSES_TD
