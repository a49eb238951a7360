//! Jeugdhulp scenario engine: a pure stock-flow projection of youth-care cost
//! per care form, with levers (substitution, afschalen verblijf, per-form
//! changes, investments), budget lines and the split over municipalities.
//!
//! No I/O, no clock, no randomness, no web types: the app, the CLI and the
//! tests all call the same functions with plain data. Money is
//! `rust_decimal::Decimal`, rounded half-even to cents where docs/MODEL.md says.

pub mod analysis;
pub mod calibrate;
pub mod csv_out;
pub mod edit;
pub mod example;
pub mod export;
pub mod file;
mod json_path;
pub mod knobs;
pub mod limits;
pub mod money;
pub mod nl;
pub mod order;
pub mod own_region;
pub mod pasted;
pub mod presets;
pub mod projection;
pub mod qr;
pub mod region_csv;
pub mod scenario;
pub mod share;
pub mod stockflow;
pub mod summary;
pub mod targets;
pub mod text;
pub mod validate;
pub mod view;

pub use edit::{Applied, Edit, Refusal};
pub use file::{load_scenario, scenario_to_json, LoadError};
pub use knobs::{Address, Knob};
pub use projection::{
    project, project_with_baseline, split_by_municipality, Comparison, MunicipalityYear,
    Projection, YearResult,
};
pub use scenario::Scenario;
pub use text::{Lang, Text};
pub use validate::{validate, Problem};
