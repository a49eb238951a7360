//! Limits that keep a hostile or broken file from hurting the app: the
//! file loader checks them on the raw JSON, every edit and rule on the
//! scenario. A leaf, so the loader and the rules both read it.

/// A real scenario is tens of kilobytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Objects and arrays inside each other; a scenario needs 5.
pub const MAX_NESTING: usize = 32;
pub const MAX_CARE_FORMS: usize = 100;
pub const MAX_BUDGET_LINES: usize = 200;
pub const MAX_MUNICIPALITIES: usize = 100;
pub const MAX_LEVERS: usize = 500;
pub const MAX_TARGETS: usize = 100;
/// The allocation mapping's care forms and rules (a rule per category,
/// or per product code within one).
pub const MAX_MAPPING_FORMS: usize = 100;
pub const MAX_MAPPING_RULES: usize = 1000;
/// The most allocations a file may hold (a large region over five years).
pub const MAX_ALLOCATIONS: usize = 200_000;
/// The largest allocations file: 200,000 rows of up to 160 bytes.
pub const MAX_ALLOCATION_BYTES: usize = 32 * 1024 * 1024;
