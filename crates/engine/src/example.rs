//! The built-in example region, a data file embedded in the build and read
//! through the same loader as any user's file.

use crate::file::load_scenario;
use crate::scenario::Scenario;

/// The example region's file, exactly as shipped.
pub const VOORBEELDREGIO_JSON: &str = include_str!("../data/voorbeeldregio.json");

/// The example region ("Voorbeeldregio"), illustrative data: volumes scaled
/// from national figures, tariffs as assumptions; every figure has a source.
pub fn voorbeeldregio() -> Scenario {
    load_scenario(VOORBEELDREGIO_JSON.as_bytes())
        .expect("the embedded example region is valid (pinned by a test)")
}
