//! The mapping from iJw product category (and product code) to care form
//! that "Uit de administratie" counted the allocations with (format version
//! 5): kept with the scenario, so next year's extract is read the same way.
//! Plain data here; what it does is `crate::calibrate::mapping`.

use serde::{Deserialize, Serialize};

use super::CareGroup;

/// A care form the allocations are counted into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormInfo {
    pub id: String,
    pub label: String,
    pub group: CareGroup,
    #[serde(default)]
    pub family_based: bool,
}

/// One line of the mapping: a category, or a product code within it, to a
/// care form (by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappingRule {
    /// Two digits: `45`.
    pub category: String,
    /// A product code within the category; None: the whole category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub form: String,
}

/// The mapping: its rules and the care forms they name, in the order the
/// derived care forms are listed. Plain data (serde), so it can be kept
/// beside a scenario; rows are never kept, this is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    pub forms: Vec<FormInfo>,
    pub rules: Vec<MappingRule>,
}
