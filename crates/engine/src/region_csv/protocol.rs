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

use super::{
    budget_lines_template, care_forms_template, municipalities_template, parse_budget_lines_csv,
    parse_care_forms_csv, parse_municipalities_csv, CsvProblem, Imported, Table,
};
use crate::analysis::uncertainty::{batch, YearBands};
use crate::edit::Edit;
use crate::file::{load_scenario, scenario_to_json};
use crate::own_region::OwnRegion;
use crate::qr::{qr_matrix, QrMatrix};
use crate::scenario::{BudgetLine, CareForm, Mapping, Municipality, Scenario};
use crate::text::Text;
use crate::view::chart::LineChart;
use crate::view::own_data::{
    budget_lines_preview, care_forms_preview, municipalities_preview, replacement, PreviewTable,
};

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

impl Reply {
    /// A reply that refuses the whole request (not a line of a file), for
    /// `message`.
    pub fn refused(message: Text) -> Reply {
        Reply {
            problems: vec![CsvProblem {
                line: 0,
                column: String::new(),
                message,
            }],
            ..Reply::default()
        }
    }

    /// The reply as lists of strings, each starting with what it holds.
    pub fn to_wire(&self) -> Vec<Vec<String>> {
        let mut wire = Vec::new();
        let text = |tag: &str, t: &Text| vec![tag.to_string(), t.nl.clone(), t.en.clone()];
        let mut table = |prefix: &str, table: &Option<PreviewTable>| {
            let Some(table) = table else { return };
            wire.extend(
                table
                    .headers
                    .iter()
                    .map(|h| text(&format!("{prefix}header"), h)),
            );
            for row in &table.rows {
                wire.push(
                    std::iter::once(format!("{prefix}row"))
                        .chain(row.iter().cloned())
                        .collect(),
                );
            }
        };
        table("", &self.preview);
        table("years_", &self.years);
        table("lookback_", &self.lookback);
        wire.extend(self.notices.iter().map(|n| text("notice", n)));
        for p in &self.problems {
            wire.push(vec![
                "problem".into(),
                p.line.to_string(),
                p.column.clone(),
                p.message.nl.clone(),
                p.message.en.clone(),
            ]);
        }
        let one = |tag: &str, value: &Option<String>| {
            value
                .iter()
                .map(|v| vec![tag.to_string(), v.clone()])
                .collect::<Vec<_>>()
        };
        wire.extend(one("scenario", &self.scenario));
        wire.extend(
            self.goes
                .iter()
                .map(|g| vec!["goes".to_string(), g.clone()]),
        );
        wire.extend(self.stays.iter().map(|s| text("stays", s)));
        wire.extend(one("template", &self.template));
        wire.extend(self.qr.iter().map(QrMatrix::to_wire));
        wire.extend(one("export", &self.export));
        wire.extend(
            self.unmapped.iter().map(|(category, rows)| {
                vec!["unmapped".into(), category.clone(), rows.to_string()]
            }),
        );
        wire.extend(self.findings.iter().map(|f| text("finding", f)));
        wire.extend(one("mapping", &self.mapping));
        let tagged = |tag: &str, parts: &[String]| {
            std::iter::once(tag.to_string())
                .chain(parts.iter().cloned())
                .collect::<Vec<_>>()
        };
        wire.extend(self.mapping_rules.iter().map(|r| tagged("rule", r)));
        wire.extend(self.mapping_forms.iter().map(|f| tagged("form", f)));
        wire.extend(
            self.bands
                .iter()
                .map(|y| tagged("band", &batch::year_to_wire(y))),
        );
        wire.extend(self.charts.iter().map(|(measure, title, svg)| {
            vec![
                "chart".into(),
                measure.nl.clone(),
                measure.en.clone(),
                title.clone(),
                svg.clone(),
            ]
        }));
        wire
    }

    /// The reply from its lists of strings; None when they are not one.
    pub fn from_wire(wire: Vec<Vec<String>>) -> Option<Reply> {
        let mut reply = Reply::default();
        for entry in wire {
            let mut parts = entry.into_iter();
            let tag = parts.next()?;
            let text = |parts: &mut std::vec::IntoIter<String>| {
                Some(Text::new(parts.next()?, parts.next()?))
            };
            let (prefix, what) = tag.rsplit_once('_').unwrap_or(("", tag.as_str()));
            let table = match prefix {
                "" => &mut reply.preview,
                "years" => &mut reply.years,
                "lookback" => &mut reply.lookback,
                _ => return None,
            };
            match what {
                "header" => table
                    .get_or_insert_with(PreviewTable::default)
                    .headers
                    .push(text(&mut parts)?),
                "row" => table
                    .get_or_insert_with(PreviewTable::default)
                    .rows
                    .push(parts.collect()),
                _ if !prefix.is_empty() => return None,
                "notice" => reply.notices.push(text(&mut parts)?),
                "problem" => reply.problems.push(CsvProblem {
                    line: parts.next()?.parse().ok()?,
                    column: parts.next()?,
                    message: text(&mut parts)?,
                }),
                "scenario" => reply.scenario = Some(parts.next()?),
                "goes" => reply.goes.push(parts.next()?),
                "stays" => reply.stays = Some(text(&mut parts)?),
                "template" => reply.template = Some(parts.next()?),
                "qr" => reply.qr = Some(QrMatrix::from_wire(&parts.next()?, &parts.next()?)?),
                "export" => reply.export = Some(parts.next()?),
                "unmapped" => reply
                    .unmapped
                    .push((parts.next()?, parts.next()?.parse().ok()?)),
                "finding" => reply.findings.push(text(&mut parts)?),
                "mapping" => reply.mapping = Some(parts.next()?),
                "rule" => reply.mapping_rules.push([
                    parts.next()?,
                    parts.next()?,
                    parts.next()?,
                    parts.next()?,
                ]),
                "form" => reply
                    .mapping_forms
                    .push([parts.next()?, parts.next()?, parts.next()?]),
                "band" => reply
                    .bands
                    .push(batch::year_from_wire(&parts.collect::<Vec<_>>())?),
                "chart" => {
                    let measure = text(&mut parts)?;
                    reply.charts.push((measure, parts.next()?, parts.next()?));
                }
                _ => return None,
            }
        }
        Some(reply)
    }
}

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
        }) => crate::calibrate::worker::calibrate_reply(
            [file(0), file(1), file(2)],
            (base_year, rules.as_deref()),
            (&name, &date),
            host,
        ),
        Err(e) => whole(&e.to_string()),
    };
    serde_json::to_string(&reply.to_wire()).expect("strings always serialise")
}

/// Rows, or the reply that says why there are none.
fn rows<T>(
    result: Result<Imported<T>, Vec<CsvProblem>>,
    preview: fn(&[T]) -> PreviewTable,
) -> Result<(Vec<T>, Reply), Vec<CsvProblem>> {
    match result {
        Ok(imported) => {
            let reply = Reply {
                preview: Some(preview(&imported.rows)),
                notices: imported.notices,
                ..Reply::default()
            };
            Ok((imported.rows, reply))
        }
        Err(problems) => Err(problems),
    }
}

fn care_forms(bytes: &[u8]) -> Result<(Vec<CareForm>, Reply), Vec<CsvProblem>> {
    rows(parse_care_forms_csv(bytes), care_forms_preview)
}

fn budget_lines(
    bytes: &[u8],
    base_year: i32,
    years: u32,
) -> Result<(Vec<BudgetLine>, Reply), Vec<CsvProblem>> {
    rows(
        parse_budget_lines_csv(bytes, base_year, years),
        budget_lines_preview,
    )
}

fn municipalities(bytes: &[u8]) -> Result<(Vec<Municipality>, Reply), Vec<CsvProblem>> {
    rows(parse_municipalities_csv(bytes), municipalities_preview)
}

fn read(table: Table, bytes: &[u8], base_year: i32, years: u32) -> Reply {
    let reply = match table {
        Table::CareForms => care_forms(bytes).map(|(_, r)| r),
        Table::BudgetLines => budget_lines(bytes, base_year, years).map(|(_, r)| r),
        Table::Municipalities => municipalities(bytes).map(|(_, r)| r),
        // Allocations are derived from, not shown row by row (Calibrate).
        Table::Allocations | Table::Mapping => {
            return Reply::refused(Text::new(
                "Toewijzingen en hun koppeling worden niet als tabel getoond maar in één keer verwerkt (Uit de administratie).",
                "Allocations and their mapping are not shown as a table but processed at once.",
            ));
        }
    };
    reply.unwrap_or_else(|problems| Reply {
        problems,
        ..Reply::default()
    })
}

/// A new region from the three files; a table whose file is empty is left
/// empty (only care forms are needed).
fn region(mut region: OwnRegion, [forms, lines, places]: [&[u8]; 3]) -> Reply {
    let mut problems = Vec::new();
    let mut table = |table: Table, refused: Vec<CsvProblem>| {
        // Named by its table first, then by line and column as read alone:
        // "Begrotingsposten: Regel 2, kolom "soort": …".
        problems.extend(refused.into_iter().map(|p| {
            let nl = format!("{}: {p}", table.label_nl());
            let en = format!("{}: {}", table.label_en(), p.message.en);
            CsvProblem {
                line: 0,
                column: String::new(),
                message: Text::new(nl, en),
            }
        }))
    };
    match care_forms(forms) {
        Ok((rows, _)) => region.care_forms = rows,
        Err(refused) => table(Table::CareForms, refused),
    }
    if !lines.is_empty() {
        match budget_lines(lines, region.base_year, region.years) {
            Ok((rows, _)) => region.budget_lines = rows,
            Err(refused) => table(Table::BudgetLines, refused),
        }
    }
    if !places.is_empty() {
        match municipalities(places) {
            Ok((rows, _)) => region.municipalities = rows,
            Err(refused) => table(Table::Municipalities, refused),
        }
    }
    if !problems.is_empty() {
        return Reply {
            problems,
            ..Reply::default()
        };
    }
    match region.scenario() {
        Ok(scenario) => Reply {
            scenario: Some(scenario_to_json(&scenario)),
            ..Reply::default()
        },
        Err(refused) => Reply {
            problems: refused
                .into_iter()
                .map(|p| CsvProblem {
                    line: 0,
                    column: String::new(),
                    message: p.message,
                })
                .collect(),
            ..Reply::default()
        },
    }
}

/// The scenario with the care forms of `bytes`, through the engine's own
/// edit (every rule checked), with its preview and what goes and stays.
fn replace(scenario: Scenario, bytes: &[u8], file: &str, date: &str) -> Reply {
    match care_forms(bytes) {
        Ok((forms, reply)) => {
            put_care_forms(scenario, forms, reply, ("zorgvormen", file, date), None)
        }
        Err(problems) => Reply {
            problems,
            ..Reply::default()
        },
    }
}

/// `reply` with the scenario whose care forms are `forms`, through the
/// engine's own edit (every rule checked), and what goes and stays; `what`,
/// `file` and `date` go into the scenario's provenance.
pub(crate) fn put_care_forms(
    mut scenario: Scenario,
    forms: Vec<CareForm>,
    mut reply: Reply,
    (what, file, date): (&str, &str, &str),
    mapping: Option<Mapping>,
) -> Reply {
    let change = replacement(&scenario, forms.clone());
    let provenance = scenario.provenance.after_import(what, file, date);
    match scenario.apply(Edit::ReplaceCareForms {
        forms,
        provenance,
        mapping,
    }) {
        Ok(_) => {
            reply.scenario = Some(scenario_to_json(&scenario));
            reply.goes = change.goes;
            reply.stays = Some(change.stays);
        }
        Err(refused) => {
            let why = refused.text();
            reply.problems.push(CsvProblem {
                line: 0,
                column: String::new(),
                message: Text::new(
                    format!("Deze zorgvormen passen niet bij dit scenario: {}", why.nl),
                    format!("These care forms do not fit this scenario: {}", why.en),
                ),
            })
        }
    }
    reply
}

pub(crate) fn whole(detail: &str) -> Reply {
    Reply::refused(Text::new(
        format!("Het inlezen is mislukt door een fout in de planner ({detail}). Laad de pagina opnieuw."),
        format!("Reading failed by an error in the planner ({detail}). Reload the page."),
    ))
}

#[cfg(test)]
#[path = "protocol_tests.rs"]
mod tests;
