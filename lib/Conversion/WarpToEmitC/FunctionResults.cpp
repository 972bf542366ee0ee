//===- FunctionResults.cpp - calls and results of emitted functions -------===//

#include "FunctionResults.h"

#include "warp/Dialect/Warp/IR/WarpOps.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace mlir::warp;

void mlir::warp::packMultipleResults(ModuleOp module) {
  MLIRContext *context = module.getContext();
  SymbolTable table(module);
  for (auto function : module.getOps<func::FuncOp>()) {
    ArrayRef<Type> results = function.getResultTypes();
    if (results.size() < 2)
      continue;
    SmallVector<Attribute> fieldNames;
    for (unsigned index = 0; index < results.size(); ++index)
      fieldNames.push_back(StringAttr::get(context, "r" + Twine(index)));
    // A name no other symbol has; struct names share C++'s namespace.
    std::string name = (function.getName() + "_result").str();
    for (unsigned suffix = 1; table.lookup(name); ++suffix)
      name = (function.getName() + "_result" + Twine(suffix)).str();
    auto packed = StructType::get(context, StringAttr::get(context, name),
                                  ArrayAttr::get(context, fieldNames), results);
    function.walk([&](func::ReturnOp ret) {
      OpBuilder builder(ret);
      Value value =
          StructOp::create(builder, ret.getLoc(), packed, ret.getOperands());
      ret->setOperands(value);
    });
    function.setFunctionType(
        FunctionType::get(context, function.getArgumentTypes(), {packed}));
    std::optional<SymbolTable::UseRange> uses =
        SymbolTable::getSymbolUses(function, module);
    for (const SymbolTable::SymbolUse &use : *uses) {
      auto call = dyn_cast<func::CallOp>(use.getUser());
      if (!call)
        continue;
      OpBuilder builder(call);
      auto single = func::CallOp::create(builder, call.getLoc(), function,
                                         call.getOperands());
      for (auto [index, result] : llvm::enumerate(call.getResults()))
        if (!result.use_empty())
          result.replaceAllUsesWith(GetFieldOp::create(
              builder, call.getLoc(), result.getType(), single.getResult(0),
              cast<StringAttr>(fieldNames[index])));
      call.erase();
    }
  }
}

namespace {
struct CallLowering : public OpConversionPattern<func::CallOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(func::CallOp call, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    // A result nobody reads is not assigned (C++ would warn of a variable
    // set but not used).
    if (call->use_empty() && call.getNumResults() == 1) {
      emitc::CallOpaqueOp::create(rewriter, call.getLoc(), TypeRange{},
                                  call.getCallee(), adaptor.getOperands());
      rewriter.eraseOp(call);
      return success();
    }
    SmallVector<Type> results;
    if (failed(
            getTypeConverter()->convertTypes(call.getResultTypes(), results)) ||
        results.size() > 1)
      return rewriter.notifyMatchFailure(call, "no C++ result type");
    rewriter.replaceOpWithNewOp<emitc::CallOp>(
        call, call.getCalleeAttr(), TypeRange(results), adaptor.getOperands());
    return success();
  }
};
} // namespace

void mlir::warp::populateCallLoweringPatterns(const TypeConverter &converter,
                                              RewritePatternSet &patterns) {
  patterns.add<CallLowering>(converter, patterns.getContext(),
                             /*benefit=*/2);
}
