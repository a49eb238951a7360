//! "Terugblik": the model (the engine's own `project`) run from the first
//! year's clients on 1 January with the parameters derived from the last
//! full year, held against what the administration shows for each past
//! year; per care form the mean absolute percentage error, and a large one
//! said in words with its likely cause.

use rust_decimal::Decimal;

use super::Calibration;
use crate::money::{round_cents, round_clients};
use crate::nl::{format_number, format_percent};
use crate::projection::project;
use crate::region_csv::check::probe;
use crate::text::Text;

/// What is held against the administration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    ClientsStart,
    Inflow,
    ClientMonths,
    Cost,
}

impl Measure {
    pub const ALL: [Measure; 4] = [
        Measure::ClientsStart,
        Measure::Inflow,
        Measure::ClientMonths,
        Measure::Cost,
    ];

    pub fn label(self) -> Text {
        match self {
            Measure::ClientsStart => Text::new("cliënten op 1 januari", "clients on 1 January"),
            Measure::Inflow => Text::new("instroom", "inflow"),
            Measure::ClientMonths => Text::new("cliëntmaanden", "client-months"),
            Measure::Cost => Text::new("kosten (€)", "cost (€)"),
        }
    }
}

/// A figure as the administration shows it and as the model gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measured {
    pub actual: Decimal,
    pub model: Decimal,
}

impl Measured {
    /// Model minus administration.
    pub fn difference(&self) -> Decimal {
        self.model - self.actual
    }

    /// The difference as a fraction of the administration's figure; None
    /// when that is 0.
    pub fn relative(&self) -> Option<Decimal> {
        (!self.actual.is_zero()).then(|| self.difference() / self.actual)
    }
}

/// One care form in one past year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookbackRow {
    pub year: i32,
    pub clients_start: Measured,
    pub inflow: Measured,
    pub client_months: Measured,
    /// Only when the administration gives amounts.
    pub cost: Option<Measured>,
}

impl LookbackRow {
    pub fn get(&self, measure: Measure) -> Option<Measured> {
        match measure {
            Measure::ClientsStart => Some(self.clients_start),
            Measure::Inflow => Some(self.inflow),
            Measure::ClientMonths => Some(self.client_months),
            Measure::Cost => self.cost,
        }
    }
}

/// One care form's Terugblik: a chart's series and a table's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormLookback {
    pub id: String,
    pub label: String,
    pub rows: Vec<LookbackRow>,
    /// Mean absolute percentage error per measure, as a fraction (the first
    /// year's clients on 1 January left out: the model starts from them).
    pub mape: Vec<(Measure, Option<Decimal>)>,
    /// The inflow's mean growth per year over the past years, as a fraction.
    pub inflow_growth: Option<Decimal>,
    /// A large difference in words, with its likely cause.
    pub finding: Option<Text>,
}

impl FormLookback {
    pub fn mape_of(&self, measure: Measure) -> Option<Decimal> {
        self.mape
            .iter()
            .find(|(m, _)| *m == measure)
            .and_then(|(_, v)| *v)
    }
}

/// A mean absolute percentage error above this is large (10%).
pub const LARGE: Decimal = Decimal::from_parts(10, 0, 0, false, 2);

/// The Terugblik of every derived care form.
pub fn lookback(calibration: &Calibration) -> Vec<FormLookback> {
    let years = calibration.forms.first().map_or(0, |f| f.years.len());
    if years == 0 {
        return Vec::new();
    }
    let mut scenario = probe(calibration.first_year, years as u32);
    scenario.care_forms = calibration.care_forms(&[]);
    for (form, derived) in scenario.care_forms.iter_mut().zip(&calibration.forms) {
        form.clients_start = Decimal::from(derived.years[0].clients_start);
        form.inflow_growth = Decimal::ZERO;
        form.price_index = Decimal::ZERO;
    }
    let projection = project(&scenario);
    calibration
        .forms
        .iter()
        .enumerate()
        .map(|(i, derived)| {
            let mut model_start = scenario.care_forms[i].clients_start;
            let rows: Vec<LookbackRow> = derived
                .years
                .iter()
                .zip(&projection.years)
                .map(|(actual, year)| {
                    let m = &year.forms[i];
                    let row = LookbackRow {
                        year: actual.year,
                        clients_start: Measured {
                            actual: actual.clients_start.into(),
                            model: round_clients(model_start),
                        },
                        inflow: Measured {
                            actual: actual.inflow.into(),
                            model: round_clients(m.inflow),
                        },
                        client_months: Measured {
                            actual: round_clients(actual.client_months),
                            model: round_clients(m.avg_clients * Decimal::from(12)),
                        },
                        cost: actual.cost.map(|c| Measured {
                            actual: c,
                            model: round_cents(m.cost),
                        }),
                    };
                    model_start = m.clients_end;
                    row
                })
                .collect();
            let mape = Measure::ALL
                .iter()
                .map(|&measure| (measure, mape(&rows, measure)))
                .collect();
            let inflow: Vec<u32> = derived.years.iter().map(|y| y.inflow).collect();
            let mut form = FormLookback {
                id: derived.form.id.clone(),
                label: derived.form.label.clone(),
                rows,
                mape,
                inflow_growth: mean_growth(&inflow),
                finding: None,
            };
            form.finding = finding(&form, derived);
            form
        })
        .collect()
}

fn mape(rows: &[LookbackRow], measure: Measure) -> Option<Decimal> {
    let skip = usize::from(measure == Measure::ClientsStart);
    let errors: Vec<Decimal> = rows
        .iter()
        .skip(skip)
        .filter_map(|r| r.get(measure)?.relative())
        .map(|e| e.abs())
        .collect();
    (!errors.is_empty()).then(|| errors.iter().sum::<Decimal>() / Decimal::from(errors.len()))
}

/// The yearly growth g with first * (1 + g)^(n - 1) = last, found by
/// bisection in Decimal (no f64 for a figure that becomes a knob), to 0.1%.
fn mean_growth(inflow: &[u32]) -> Option<Decimal> {
    let (&first, &last) = (inflow.first()?, inflow.last()?);
    let steps = inflow.len().checked_sub(1).filter(|s| *s > 0)?;
    if first == 0 || last == 0 {
        return None;
    }
    let ratio = Decimal::from(last) / Decimal::from(first);
    let power = |g: Decimal| (0..steps).fold(Decimal::ONE, |p, _| p * (Decimal::ONE + g));
    let (mut lo, mut hi) = (Decimal::new(-9, 1), Decimal::from(9));
    for _ in 0..40 {
        let mid = (lo + hi) / Decimal::TWO;
        if power(mid) < ratio {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(((lo + hi) / Decimal::TWO).round_dp(3))
}

/// A large difference in words, with its likely cause and what to change.
fn finding(form: &FormLookback, derived: &super::DerivedForm) -> Option<Text> {
    let worst = [
        Measure::ClientMonths,
        Measure::Inflow,
        Measure::ClientsStart,
    ]
    .into_iter()
    .filter_map(|m| Some((m, form.mape_of(m)?)))
    .filter(|(_, e)| *e > LARGE)
    .max_by_key(|(_, e)| *e)?;
    let (measure, error) = worst;
    let label = measure.label();
    let head_nl = format!(
        "{}: het model wijkt in de {} gemiddeld {} af van de administratie.",
        form.label,
        label.nl,
        format_percent(error, 0)
    );
    let head_en = format!(
        "{}: the model differs from the administration in the {} by {} on average.",
        form.label,
        label.en,
        format_percent(error, 0)
    );
    let years = &derived.years;
    let (first, last) = (years.first()?, years.last()?);
    let (cause_nl, cause_en) = match form.inflow_growth {
        Some(g) if g.abs() >= Decimal::new(2, 2) => {
            let way = if g > Decimal::ZERO { ("steeg", "rose") } else { ("daalde", "fell") };
            // The knob within its own bounds (a steep fall over two years
            // would ask for more than the knob allows).
            let trend = crate::knobs::Bounds::trend();
            let knob = g.clamp(trend.min, trend.max);
            (
                format!(
                    " De instroom {} van {} in {} naar {} in {} (gemiddeld {} per jaar); het model rekent met een vaste instroom en mist die trend. Zet de autonome groei van de instroom op {} om hem te volgen.",
                    way.0, first.inflow, first.year, last.inflow, last.year,
                    format_percent(g, 1), format_percent(knob, 1)
                ),
                format!(
                    " The inflow {} from {} in {} to {} in {} ({} a year); the model keeps the inflow constant and misses that trend. Set the inflow's autonomous growth to {} to follow it.",
                    way.1, first.inflow, first.year, last.inflow, last.year,
                    format_percent(g, 1), format_percent(knob, 1)
                ),
            )
        }
        _ => match (first.duration_months, last.duration_months) {
            (Some(a), Some(b)) if !a.is_zero() && ((b - a) / a).abs() > Decimal::new(15, 2) => (
                format!(
                    " De gemiddelde duur veranderde van {} maanden in {} naar {} in {}; het model rekent met één duur voor alle jaren.",
                    format_number(a, 1), first.year, format_number(b, 1), last.year
                ),
                format!(
                    " The average duration changed from {} months in {} to {} in {}; the model uses one duration for all years.",
                    format_number(a, 1), first.year, format_number(b, 1), last.year
                ),
            ),
            _ => (
                " Instroom en duur tonen geen duidelijke trend: kijk of de koppeling van productcategorieën klopt en of de administratie van het eerste jaar volledig is.".to_string(),
                " Inflow and duration show no clear trend: check the mapping of product categories and whether the first year's administration is complete.".to_string(),
            ),
        },
    };
    Some(Text::new(head_nl + &cause_nl, head_en + &cause_en))
}
