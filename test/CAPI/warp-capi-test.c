/*===- warp-capi-test.c - warp-mlir's C API from a C program --------------===*\
|*                                                                            *|
|* Registers the dialect, the passes and the pipelines through include/warp-c *|
|* alone, parses a kernel and runs each pipeline; capi.test checks the output. *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "warp-c/Dialect/Warp.h"
#include "warp-c/Passes.h"
#include "warp-c/Pipelines.h"

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

#include <stdio.h>
#include <stdlib.h>

static const char *kSaxpy =
    "warp.kernel @saxpy(%x: !warp.array<f32, 1>, %y: !warp.array<f32, 1>,\n"
    "                   %a: f32) dims(1) {\n"
    "  %i = warp.tid\n"
    "  %xi = warp.load %x[%i] : !warp.array<f32, 1>, si32\n"
    "  %yi = warp.load %y[%i] : !warp.array<f32, 1>, si32\n"
    "  %ax = warp.mul %a, %xi : f32\n"
    "  %r = warp.add %ax, %yi : f32\n"
    "  warp.store %r, %y[%i] : !warp.array<f32, 1>, si32\n"
    "  warp.return\n"
    "}\n";

static void printToStdout(MlirStringRef text, void *userData) {
  (void)userData;
  fwrite(text.data, 1, text.length, stdout);
}

static MlirModule parse(MlirContext ctx, const char *source) {
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(source));
  if (mlirModuleIsNull(module)) {
    fprintf(stderr, "could not parse the kernel\n");
    exit(1);
  }
  return module;
}

/// Runs `pipeline` on a fresh copy of saxpy and prints the result, as IR or,
/// with `asCpp`, as C++ source.
static void runOnSaxpy(MlirContext ctx, const char *pipeline, int asCpp) {
  MlirModule module = parse(ctx, kSaxpy);
  MlirOperation op = mlirModuleGetOperation(module);
  printf("// pipeline: %s\n", pipeline);
  if (mlirLogicalResultIsFailure(mlirWarpRunPipeline(
          op, mlirStringRefCreateFromCString(pipeline), printToStdout, NULL))) {
    printf("\n// failed\n");
  } else if (asCpp) {
    mlirWarpTranslateModuleToCpp(op, printToStdout, NULL);
  } else {
    mlirOperationPrint(op, printToStdout, NULL);
    printf("\n");
  }
  mlirModuleDestroy(module);
}

/// The warp dialect alone is enough to parse, verify and print warp IR.
static void parseWithWarpAlone(void) {
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirWarpRegisterAllDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  MlirModule module = parse(ctx, kSaxpy);
  printf("// the warp dialect alone\n");
  mlirOperationPrint(mlirModuleGetOperation(module), printToStdout, NULL);
  printf("\n");
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

int main(void) {
  parseWithWarpAlone();

  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirWarpRegisterPipelineDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  mlirWarpRegisterAllPasses();
  mlirWarpRegisterPipelines();

  // The dialect handle, as upstream dialects' C APIs have one.
  MlirDialect warp =
      mlirDialectHandleLoadDialect(mlirGetDialectHandle__warp__(), ctx);
  MlirStringRef ns = mlirDialectGetNamespace(warp);
  printf("// dialect: %.*s\n", (int)ns.length, ns.data);

  // A pass created through the generated C API, in a pass manager built in C.
  MlirModule module = parse(ctx, kSaxpy);
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirPassManagerAddOwnedPass(pm, mlirCreateWarpConversionConvertWarpToCF());
  MlirLogicalResult result =
      mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  printf("// convert-warp-to-cf: %s\n",
         mlirLogicalResultIsSuccess(result) ? "ok" : "failed");
  mlirOperationPrint(mlirModuleGetOperation(module), printToStdout, NULL);
  printf("\n");
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);

  runOnSaxpy(ctx, "builtin.module(warp-to-llvm{check-bounds=true})", 0);
  runOnSaxpy(ctx, "builtin.module(warp-to-cpp)", 1);
  runOnSaxpy(ctx, "builtin.module(warp-to-cuda)", 1);
  runOnSaxpy(ctx, "builtin.module(warp-to-ptx{format=isa host-launchers=false})",
             0);
  runOnSaxpy(ctx, "builtin.module(warp-to-nowhere)", 0);

  // The generator fills an empty module.
  MlirModule generated = parse(ctx, "");
  printf("// generator\n");
  if (mlirLogicalResultIsSuccess(mlirWarpRunPipeline(
          mlirModuleGetOperation(generated),
          mlirStringRefCreateFromCString(
              "builtin.module(gen-random-kernels{count=2 seed=5})"),
          printToStdout, NULL)))
    mlirOperationPrint(mlirModuleGetOperation(generated), printToStdout, NULL);
  printf("\n");
  mlirModuleDestroy(generated);

  mlirContextDestroy(ctx);
  return 0;
}
