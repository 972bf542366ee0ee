// What --canonicalize folds in element access and composite builtins, and
// what it must leave alone.
// RUN: warp-opt %s --canonicalize | FileCheck %s

// A constant index into a constructor reads the operand; -1 counts from the
// end as in Python.
// CHECK-LABEL: warp.func @extract_from_vec(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[Y:[^:]*]]: f32, %[[Z:[^:]*]]: f32)
// CHECK-NEXT: warp.return %[[Y]], %[[Z]] : f32, f32
warp.func @extract_from_vec(%x: f32, %y: f32, %z: f32) -> (f32, f32) {
  %v = warp.vec %x, %y, %z : !warp.vec<3xf32>
  %one = warp.constant 1 : si32
  %last = warp.constant -1 : si32
  %a = warp.extract %v[%one] : !warp.vec<3xf32>, si32
  %b = warp.extract %v[%last] : !warp.vec<3xf32>, si32
  warp.return %a, %b : f32, f32
}

// An out-of-range constant index is undefined in Warp: left alone.
// CHECK-LABEL: warp.func @extract_out_of_range(
// CHECK: %[[V:.*]] = warp.vec
// CHECK: %[[E:.*]] = warp.extract %[[V]][%{{.*}}] : !warp.vec<3xf32>, ui8
// CHECK: warp.return %[[E]]
warp.func @extract_out_of_range(%x: f32) -> f32 {
  %v = warp.vec %x, %x, %x : !warp.vec<3xf32>
  %three = warp.constant 3 : ui8
  %e = warp.extract %v[%three] : !warp.vec<3xf32>, ui8
  warp.return %e : f32
}

// A runtime index folds only from a fill, where every element is the same.
// CHECK-LABEL: warp.func @extract_dynamic(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[Y:[^:]*]]: f32, %[[I:[^:]*]]: si32)
// CHECK-NEXT: %[[V:.*]] = warp.vec %[[X]], %[[Y]] : !warp.vec<2xf32>
// CHECK-NEXT: %[[E:.*]] = warp.extract %[[V]][%[[I]]]
// CHECK-NEXT: warp.return %[[E]], %[[X]] : f32, f32
warp.func @extract_dynamic(%x: f32, %y: f32, %i: si32) -> (f32, f32) {
  %v = warp.vec %x, %y : !warp.vec<2xf32>
  %fill = warp.vec %x : !warp.vec<2xf32>
  %a = warp.extract %v[%i] : !warp.vec<2xf32>, si32
  %b = warp.extract %fill[%i] : !warp.vec<2xf32>, si32
  warp.return %a, %b : f32, f32
}

// Matrices are row-major; quaternions are x, y, z, w; a transform's
// elements are p then q.
// CHECK-LABEL: warp.func @extract_from_mat_quat_transform(
// CHECK-SAME: %[[A:[^:]*]]: f32, %[[B:[^:]*]]: f32, %[[C:[^:]*]]: f32, %[[D:[^:]*]]: f32, %[[P:[^:]*]]: !warp.vec<3xf32>, %[[Q:[^:]*]]: !warp.quat<f32>)
// CHECK-DAG: %[[ZERO:.*]] = warp.constant 0 : si32
// CHECK-DAG: %[[PX:.*]] = warp.extract %[[P]][%[[ZERO]]] : !warp.vec<3xf32>, si32
// CHECK-DAG: %[[QX:.*]] = warp.extract %[[Q]][%[[ZERO]]] : !warp.quat<f32>, si32
// CHECK: warp.return %[[C]], %[[D]], %[[PX]], %[[QX]] : f32, f32, f32, f32
warp.func @extract_from_mat_quat_transform(%a: f32, %b: f32, %c: f32, %d: f32,
    %p: !warp.vec<3xf32>, %q: !warp.quat<f32>) -> (f32, f32, f32, f32) {
  %m = warp.mat %a, %b, %c, %d : !warp.mat<2x2xf32>
  %quat = warp.quat %a, %b, %c, %d : !warp.quat<f32>
  %t = warp.transform %p, %q : !warp.transform<f32>
  %zero = warp.constant 0 : si32
  %one = warp.constant 1 : si32
  %three = warp.constant 3 : si32
  %m10 = warp.extract %m[%one, %zero] : !warp.mat<2x2xf32>, si32, si32
  %w = warp.extract %quat[%three] : !warp.quat<f32>, si32
  %t0 = warp.extract %t[%zero] : !warp.transform<f32>, si32
  %t3 = warp.extract %t[%three] : !warp.transform<f32>, si32
  warp.return %m10, %w, %t0, %t3 : f32, f32, f32, f32
}

// A row of matrix_from_rows is its operand; an element of matrix_from_cols
// with a constant column reads that column, even at a runtime row.
// CHECK-LABEL: warp.func @extract_from_rows_cols(
// CHECK-SAME: %[[R0:[^:]*]]: !warp.vec<3xf32>, %[[R1:[^:]*]]: !warp.vec<3xf32>, %[[I:[^:]*]]: si32)
// CHECK-NEXT: %[[E:.*]] = warp.extract %[[R1]][%[[I]]] : !warp.vec<3xf32>, si32
// CHECK-NEXT: warp.return %[[R1]], %[[E]]
warp.func @extract_from_rows_cols(%r0: !warp.vec<3xf32>, %r1: !warp.vec<3xf32>,
    %i: si32) -> (!warp.vec<3xf32>, f32) {
  %rows = warp.matrix_from_rows %r0, %r1 : !warp.mat<2x3xf32>
  %cols = warp.matrix_from_cols %r0, %r1 : !warp.mat<3x2xf32>
  %one = warp.constant 1 : si32
  %row = warp.extract %rows[%one] : !warp.mat<2x3xf32>, si32
  %e = warp.extract %cols[%i, %one] : !warp.mat<3x2xf32>, si32, si32
  warp.return %row, %e : !warp.vec<3xf32>, f32
}

// Reading what was just written gives the written value, for the same SSA
// index even when it is a runtime value; a write to another constant index is
// looked through; a write at an unknown index blocks.
// CHECK-LABEL: warp.func @extract_after_insert(
// CHECK-SAME: %[[V:[^:]*]]: !warp.vec<3xf32>, %[[X:[^:]*]]: f32, %[[I:[^:]*]]: si32)
// CHECK-DAG: %[[ONE:.*]] = warp.constant 1 : si32
// CHECK-DAG: %[[ZERO:.*]] = warp.constant 0 : si32
// CHECK: %[[W0:.*]] = warp.insert %[[X]] into %[[V]][%[[ZERO]]]
// CHECK: %[[OLD:.*]] = warp.extract %[[V]][%[[ONE]]]
// CHECK: %[[WI:.*]] = warp.insert %[[X]] into %[[W0]][%[[I]]]
// CHECK: %[[BLOCKED:.*]] = warp.extract %[[WI]][%[[ONE]]]
// CHECK: warp.return %[[X]], %[[OLD]], %[[X]], %[[BLOCKED]]
warp.func @extract_after_insert(%v: !warp.vec<3xf32>, %x: f32, %i: si32)
    -> (f32, f32, f32, f32) {
  %zero = warp.constant 0 : si32
  %one = warp.constant 1 : si32
  %w0 = warp.insert %x into %v[%zero] : !warp.vec<3xf32>, si32
  %a = warp.extract %w0[%zero] : !warp.vec<3xf32>, si32
  %b = warp.extract %w0[%one] : !warp.vec<3xf32>, si32
  %wi = warp.insert %x into %w0[%i] : !warp.vec<3xf32>, si32
  %c = warp.extract %wi[%i] : !warp.vec<3xf32>, si32
  %d = warp.extract %wi[%one] : !warp.vec<3xf32>, si32
  warp.return %a, %b, %c, %d : f32, f32, f32, f32
}

// Writing a row and reading an element of it is not folded (the row is only
// a prefix of the element's indices); writing another row is looked through.
// CHECK-LABEL: warp.func @extract_after_row_insert(
// CHECK-SAME: %[[M:[^:]*]]: !warp.mat<2x2xf32>, %[[R:[^:]*]]: !warp.vec<2xf32>)
// CHECK: %[[W:.*]] = warp.insert %[[R]] into %[[M]][%{{.*}}]
// CHECK: %[[SAME:.*]] = warp.extract %[[W]][%{{.*}}, %{{.*}}]
// CHECK: %[[OTHER:.*]] = warp.extract %[[M]][%{{.*}}, %{{.*}}]
// CHECK: warp.return %[[SAME]], %[[OTHER]]
warp.func @extract_after_row_insert(%m: !warp.mat<2x2xf32>, %r: !warp.vec<2xf32>)
    -> (f32, f32) {
  %zero = warp.constant 0 : si32
  %one = warp.constant 1 : si32
  %w = warp.insert %r into %m[%zero] : !warp.mat<2x2xf32>, si32
  %a = warp.extract %w[%zero, %one] : !warp.mat<2x2xf32>, si32, si32
  %b = warp.extract %w[%one, %one] : !warp.mat<2x2xf32>, si32, si32
  warp.return %a, %b : f32, f32
}

// Reading from the zero value reads zero.
// CHECK-LABEL: warp.func @extract_from_zero(
// CHECK-DAG: %[[ZS:.*]] = warp.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ZR:.*]] = warp.zero : !warp.vec<3xf32>
// CHECK: warp.return %[[ZS]], %[[ZR]]
warp.func @extract_from_zero(%i: si32) -> (f32, !warp.vec<3xf32>) {
  %m = warp.zero : !warp.mat<2x3xf32>
  %e = warp.extract %m[%i, %i] : !warp.mat<2x3xf32>, si32, si32
  %r = warp.extract %m[%i] : !warp.mat<2x3xf32>, si32
  warp.return %e, %r : f32, !warp.vec<3xf32>
}

// Writing back what was read is a no-op; a write overwritten by a later one
// to the same element, or to the row containing it, is dead.
// CHECK-LABEL: warp.func @insert_folds(
// CHECK-SAME: %[[M:[^:]*]]: !warp.mat<2x2xf32>, %[[X:[^:]*]]: f32, %[[R:[^:]*]]: !warp.vec<2xf32>, %[[I:[^:]*]]: si32)
// CHECK-NEXT: %[[A:.*]] = warp.insert %[[X]] into %[[M]][%[[I]], %[[I]]]
// CHECK-NEXT: %[[B:.*]] = warp.insert %[[R]] into %[[M]][%[[I]]]
// CHECK-NEXT: warp.return %[[M]], %[[A]], %[[B]]
warp.func @insert_folds(%m: !warp.mat<2x2xf32>, %x: f32, %r: !warp.vec<2xf32>,
    %i: si32) -> (!warp.mat<2x2xf32>, !warp.mat<2x2xf32>, !warp.mat<2x2xf32>) {
  %e = warp.extract %m[%i, %i] : !warp.mat<2x2xf32>, si32, si32
  %same = warp.insert %e into %m[%i, %i] : !warp.mat<2x2xf32>, si32, si32
  %w1 = warp.insert %x into %m[%i, %i] : !warp.mat<2x2xf32>, si32, si32
  %w2 = warp.insert %x into %w1[%i, %i] : !warp.mat<2x2xf32>, si32, si32
  %w3 = warp.insert %x into %m[%i, %i] : !warp.mat<2x2xf32>, si32, si32
  %w4 = warp.insert %r into %w3[%i] : !warp.mat<2x2xf32>, si32
  warp.return %same, %w2, %w4 : !warp.mat<2x2xf32>, !warp.mat<2x2xf32>, !warp.mat<2x2xf32>
}

// A row write does not kill a later element write into it.
// CHECK-LABEL: warp.func @insert_element_after_row(
// CHECK: %[[ROW:.*]] = warp.insert %{{.*}} into %{{.*}}[%{{.*}}] :
// CHECK: %[[EL:.*]] = warp.insert %{{.*}} into %[[ROW]][%{{.*}}, %{{.*}}] :
// CHECK: warp.return %[[EL]]
warp.func @insert_element_after_row(%m: !warp.mat<2x2xf32>, %x: f32,
    %r: !warp.vec<2xf32>, %i: si32) -> !warp.mat<2x2xf32> {
  %w1 = warp.insert %r into %m[%i] : !warp.mat<2x2xf32>, si32
  %w2 = warp.insert %x into %w1[%i, %i] : !warp.mat<2x2xf32>, si32, si32
  warp.return %w2 : !warp.mat<2x2xf32>
}

// transpose(transpose(m)) is m; one transpose stays.
// CHECK-LABEL: warp.func @transpose_twice(
// CHECK-SAME: %[[M:[^:]*]]: !warp.mat<2x3xf32>)
// CHECK-NEXT: %[[T:.*]] = warp.transpose %[[M]] : !warp.mat<2x3xf32>
// CHECK-NEXT: warp.return %[[M]], %[[T]]
warp.func @transpose_twice(%m: !warp.mat<2x3xf32>) -> (!warp.mat<2x3xf32>, !warp.mat<3x2xf32>) {
  %t = warp.transpose %m : !warp.mat<2x3xf32>
  %tt = warp.transpose %t : !warp.mat<3x2xf32>
  warp.return %tt, %t : !warp.mat<2x3xf32>, !warp.mat<3x2xf32>
}

// wp.where with a constant condition or equal values picks a value; with a
// runtime condition it stays.
// CHECK-LABEL: warp.func @where_folds(
// CHECK-SAME: %[[C:[^:]*]]: si32, %[[A:[^:]*]]: f32, %[[B:[^:]*]]: f32)
// CHECK-NEXT: %[[W:.*]] = warp.where %[[C]], %[[A]], %[[B]] : si32, f32
// CHECK-NEXT: warp.return %[[A]], %[[B]], %[[A]], %[[W]]
warp.func @where_folds(%c: si32, %a: f32, %b: f32) -> (f32, f32, f32, f32) {
  %t = warp.constant true
  %z = warp.constant 0 : si32
  %w1 = warp.where %t, %a, %b : i1, f32
  %w2 = warp.where %z, %a, %b : si32, f32
  %w3 = warp.where %c, %a, %a : si32, f32
  %w4 = warp.where %c, %a, %b : si32, f32
  warp.return %w1, %w2, %w3, %w4 : f32, f32, f32, f32
}
