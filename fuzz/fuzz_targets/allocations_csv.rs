//! Any bytes as an allocations CSV (toewijzingen): `allocations_check.rs`
//! says what must hold.
//!
//! Run from the repository root: `RUSTC_BOOTSTRAP=1 cargo fuzz run
//! allocations_csv fuzz/corpus/allocations_csv
//! tests/csv-files/allocations/good tests/csv-files/allocations/bad --
//! -max_total_time=600`

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "allocations_check.rs"]
mod allocations_check;

fuzz_target!(|data: &[u8]| allocations_check::check(data));
