//! The region's tables are read off the page's main thread, in a web worker
//! of their own (`src/bin/import_worker.rs`), which does all of the work
//! with them: reading a CSV, its preview, a new region, care forms put into
//! a scenario, a template; and the QR code of a link (`crate::qr`, so the
//! app's own wasm carries no QR encoder). The app gets back text and scenario files it
//! opens with its own loader, so none of the CSV reading (nor the code that
//! decodes its rows) is in the app's wasm, and a large file never blocks the
//! page. The app sends a [`Request`] (JSON) and the files' bytes; [`answer`]
//! is everything the worker does, pure and tested here.

use serde::{Deserialize, Serialize};

mod calibrate;
mod jobs;
mod wire;

pub(crate) use jobs::{put_care_forms, whole};
use jobs::{read, region, replace};

use super::{
    budget_lines_template, care_forms_template, municipalities_template, CsvProblem, Table,
};
use crate::analysis::uncertainty::{batch, YearBands};
use crate::file::{load_scenario, scenario_to_json};
use crate::own_region::OwnRegion;
use crate::qr::{qr_matrix, QrMatrix};
use crate::scenario::Scenario;
use crate::text::Text;
use crate::view::chart::LineChart;
use crate::view::own_data::PreviewTable;

/// What the app asks of the worker, with the files it sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "ask", rename_all = "snake_case")]
pub enum Request {
    /// Files: the CSV. Read it as this table (budget lines need the
    /// horizon) and show it.
    Read {
        table: Table,
        base_year: i32,
        years: u32,
    },
    /// Files: the care forms, budget lines and municipalities CSVs (an
    /// empty file for a table not chosen). A new region of one's own.
    Region {
        name: String,
        base_year: i32,
        years: u32,
        source: String,
        imported: String,
    },
    /// Files: the current scenario (JSON) and a care forms CSV named
    /// `file`, read on `date`. The scenario with its care forms replaced,
    /// what goes and what stays.
    ReplaceCareForms { file: String, date: String },
    /// Files: the current scenario (JSON). The table's template with its rows.
    Template { table: Table },
    /// No files. The QR code of `text` (a link), or a refusal when it does
    /// not fit in one.
    Qr { text: String },
    /// Files: the scenario (JSON), then the files of the presets `presets`
    /// (ids) it may start from. Its short link on `page` (`#p=`), in
    /// `export`; nothing when it has none (own figures, a lever added).
    ShortLink { page: String, presets: Vec<String> },
    /// Files: the file of the preset the short link `fragment` names (empty
    /// when this planner has no such preset). The scenario it opens, or why
    /// not. Short links are read and written here: their code is not in the
    /// app's wasm.
    OpenShort { fragment: String },
    /// Files: the scenarios compared (JSON), named `names`. Vergelijken's
    /// CSV, in `export`.
    Compare { names: Vec<String> },
    /// Files: the open scenario (JSON). Its projection, with the baseline,
    /// as the export file `format` ("csv" for Dutch Excel, or "json"): the
    /// exports' writers live here, not in the app's wasm.
    Export { format: String },
    /// Files: the open scenario (JSON; an empty file for a new region), the
    /// allocations CSV named `file`, read on `date`, and a mapping CSV (an
    /// empty file: the default mapping). The care forms derived from the
    /// administration for `base_year` (None: the scenario's, or for a new
    /// region the year after the administration's last), put into the
    /// scenario (or a new region), with the Terugblik. Only aggregates come
    /// back; the rows are dropped once counted (`crate::calibrate`).
    /// Files: the open scenario (JSON). The uncertainty's bands per year of
    /// `samples` samples within `ranges` (decimal fractions), drawn from
    /// `seed`, with progress: the sampler runs here, never on the page.
    Uncertainty {
        ranges: Box<crate::analysis::uncertainty::batch::RangesText>,
        samples: usize,
        seed: u64,
    },
    Calibrate {
        #[serde(default)]
        base_year: Option<i32>,
        file: String,
        date: String,
        /// The mapping as the user changed it in the app: a rule per line
        /// (category, product code or empty, care form id or empty: not
        /// counted), on the care forms of the mapping it changes. None: the
        /// mapping file, or else the scenario's kept mapping, or else the
        /// defaults.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rules: Option<Vec<[String; 3]>>,
    },
}

/// What the worker answers: only text and scenario files, which the app
/// opens with its own loader. It travels as a list of string lists
/// ([`Reply::to_wire`]): decoding this struct with serde cost the app's wasm
/// 20 KB; a list of string lists is one small decoder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    /// Every value a table read will put in the scenario.
    pub preview: Option<PreviewTable>,
    /// What the user should know that is not a problem (a column not used).
    pub notices: Vec<Text>,
    /// Nothing was made: every problem, by line and column.
    pub problems: Vec<CsvProblem>,
    /// The scenario made (a new region, or care forms replaced), as a file.
    pub scenario: Option<String>,
    /// Replacing care forms: the levers, investments and targets that go.
    pub goes: Vec<String>,
    /// Replacing care forms: what stays, counted.
    pub stays: Option<Text>,
    pub template: Option<String>,
    /// The QR code asked for.
    pub qr: Option<QrMatrix>,
    /// The export file asked for.
    pub export: Option<String>,
    /// Calibrating: the derived figures per care form and year.
    pub years: Option<PreviewTable>,
    /// Calibrating: the Terugblik per care form and year.
    pub lookback: Option<PreviewTable>,
    /// Calibrating: categories no care form takes, with their row counts.
    pub unmapped: Vec<(String, usize)>,
    /// Calibrating: large differences in the Terugblik, in words.
    pub findings: Vec<Text>,
    /// Calibrating: the mapping used, as its CSV (to keep, or change).
    pub mapping: Option<String>,
    /// Calibrating: the mapping used, a rule per line: category, product
    /// code (empty: the whole category), care form id (empty: not
    /// counted, a category of the file no rule takes), rows of the file in
    /// the category (empty for a product code's rule).
    pub mapping_rules: Vec<[String; 4]>,
    /// Calibrating: the care forms a rule may name: id, name, group id
    /// (the mapping's and the open scenario's).
    pub mapping_forms: Vec<[String; 3]>,
    /// Calibrating: the Terugblik's charts, a chart per care form and
    /// measure: the measure, the care form's name and the chart as SVG
    /// (drawn by the [`Host`]).
    pub charts: Vec<(Text, String, String)>,
    /// The uncertainty's bands per year (whole euros on the wire).
    pub bands: Vec<YearBands>,
}

/// What the worker does beside answering, which the engine leaves to it:
/// saying how far a long job is, and drawing a chart (the engine holds no
/// drawing code). Both do nothing unless the worker says otherwise.
pub trait Host {
    /// How far the job is, in percent.
    fn progress(&mut self, _percent: u8) {}
    /// `chart` drawn as SVG; None: not drawn (the table holds every figure).
    fn draw(&mut self, _chart: &LineChart) -> Option<String> {
        None
    }
}

/// A host that draws nothing and says nothing (the CLI, the tests).
pub struct Quiet;

impl Host for Quiet {}

/// The worker's whole job: the reply to `request` (JSON) about `files`, as
/// JSON. A request it cannot read is answered as a problem of the whole.
pub fn answer(request: &str, files: &[Vec<u8>]) -> String {
    answer_with(request, files, &mut Quiet)
}

/// [`answer`], with the worker's `host` to say how far it is and to draw.
pub fn answer_with(request: &str, files: &[Vec<u8>], host: &mut dyn Host) -> String {
    let file = |i: usize| files.get(i).map_or(&[][..], Vec::as_slice);
    let reply = match serde_json::from_str::<Request>(request) {
        Ok(Request::Read {
            table,
            base_year,
            years,
        }) => read(table, file(0), base_year, years),
        Ok(Request::Region {
            name,
            base_year,
            years,
            source,
            imported,
        }) => region(
            OwnRegion {
                name,
                base_year,
                years,
                source,
                imported,
                care_forms: Vec::new(),
                budget_lines: Vec::new(),
                municipalities: Vec::new(),
            },
            [file(0), file(1), file(2)],
        ),
        Ok(Request::ReplaceCareForms { file: name, date }) => match load_scenario(file(0)) {
            Ok(scenario) => replace(scenario, file(1), &name, &date),
            Err(e) => whole(&e.to_string()),
        },
        Ok(Request::Template { table }) => match serde_json::from_slice::<Scenario>(file(0)) {
            Ok(s) => Reply {
                template: Some(match table {
                    Table::CareForms => care_forms_template(&s.care_forms),
                    Table::BudgetLines => {
                        budget_lines_template(&s.budget_lines, s.base_year, s.years)
                    }
                    Table::Municipalities => municipalities_template(&s.municipalities),
                    Table::Allocations => crate::calibrate::allocations_template(),
                    Table::Mapping => {
                        crate::calibrate::Mapping::default_for(&s.care_forms).to_csv()
                    }
                }),
                ..Reply::default()
            },
            Err(e) => whole(&e.to_string()),
        },
        Ok(Request::Qr { text }) => match qr_matrix(&text) {
            Some(matrix) => Reply {
                qr: Some(matrix),
                ..Reply::default()
            },
            None => Reply::refused(Text::new(
                "Deze link past niet in een QR-code; deel het scenariobestand.",
                "This link does not fit in a QR code; share the scenario file.",
            )),
        },
        Ok(Request::ShortLink { page, presets }) => Reply {
            export: load_scenario(file(0)).ok().and_then(|s| {
                let base = page.split('#').next().unwrap_or_default();
                presets.iter().enumerate().find_map(|(i, id)| {
                    crate::share::short_fragment(&s, id, file(i + 1))
                        .map(|fragment| format!("{base}{fragment}"))
                })
            }),
            ..Reply::default()
        },
        Ok(Request::OpenShort { fragment }) => {
            let opened = match crate::share::parse_short_fragment(&fragment) {
                Some(Ok(link)) => crate::share::scenario_from_short(&link, file(0)),
                Some(Err(refused)) => Err(refused),
                None => Err(crate::file::LoadError {
                    problems: vec![crate::validate::Problem::new(
                        "",
                        "Dit is geen korte link (#p=).".into(),
                        "This is not a short link (#p=).".into(),
                    )],
                }),
            };
            match opened {
                Ok(scenario) => Reply {
                    scenario: Some(scenario_to_json(&scenario)),
                    ..Reply::default()
                },
                Err(refused) => Reply {
                    problems: refused
                        .problems
                        .into_iter()
                        .map(|p| CsvProblem {
                            line: 0,
                            column: p.path.clone(),
                            message: p.text(),
                        })
                        .collect(),
                    ..Reply::default()
                },
            }
        }
        Ok(Request::Compare { names }) => {
            let entries: Option<Vec<crate::view::compare::Entry>> = names
                .into_iter()
                .enumerate()
                .map(|(i, name)| {
                    load_scenario(file(i))
                        .ok()
                        .map(|scenario| crate::view::compare::Entry { name, scenario })
                })
                .collect();
            match entries {
                Some(entries) => Reply {
                    export: Some(crate::view::compare::side_by_side(&entries).csv()),
                    ..Reply::default()
                },
                None => whole("een scenario om te vergelijken is onleesbaar"),
            }
        }
        Ok(Request::Export { format }) => match load_scenario(file(0)) {
            Ok(s) => {
                let both = crate::projection::project_with_baseline(&s);
                Reply {
                    export: Some(if format == "json" {
                        crate::export::projection_json(&s, &both)
                    } else {
                        crate::export::projection_csv(&s, &both)
                    }),
                    ..Reply::default()
                }
            }
            Err(e) => whole(&e.to_string()),
        },
        Ok(Request::Uncertainty {
            ranges,
            samples,
            seed,
        }) => match batch::sample(file(0), &ranges, samples, seed, &mut |p| host.progress(p)) {
            Ok(bands) => Reply {
                bands,
                ..Reply::default()
            },
            Err(refused) => Reply::refused(refused),
        },
        Ok(Request::Calibrate {
            base_year,
            file: name,
            date,
            rules,
        }) => calibrate::calibrate_reply(
            [file(0), file(1), file(2)],
            (base_year, rules.as_deref()),
            (&name, &date),
            host,
        ),
        Err(e) => whole(&e.to_string()),
    };
    serde_json::to_string(&reply.to_wire()).expect("strings always serialise")
}

#[cfg(test)]
mod tests;
