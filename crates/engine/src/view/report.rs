//! The printed report for the council: its title block (what the scenario
//! is, where its figures come from, which program computed it) and the
//! per-municipality summary that fits an A4 page. The charts, cards, targets
//! and sources have view models of their own; the shell lays the report out.

use rust_decimal::Decimal;

use crate::file::{APP_VERSION, FORMAT_VERSION};
use crate::nl::{format_euro, format_percent};
use crate::projection::{split_by_municipality, Projection};
use crate::scenario::{Provenance, Scenario};
use crate::text::Text;

/// How the header, the report and Vergelijken say where a scenario's
/// figures come from ([`Provenance`] is the scenario's own field).
impl Provenance {
    /// The provenance of a scenario.
    pub fn of(s: &Scenario) -> Provenance {
        s.provenance.clone()
    }

    /// "Eigen gegevens: SOURCE, ingelezen op 5-12-2026", or without either.
    fn own(source: &str, imported: &str) -> Text {
        let date = nl_date(imported);
        let (source_nl, source_en) = match source.trim() {
            "" => (
                "de bron van elk cijfer staat bij Bronnen".to_string(),
                "the source of every figure is under Sources".to_string(),
            ),
            named => (named.to_string(), named.to_string()),
        };
        match date {
            Some(date) => Text::new(
                format!("Eigen gegevens: {source_nl}; ingelezen op {date}"),
                format!("Own data: {source_en}; read in on {date}"),
            ),
            None => Text::new(
                format!("Eigen gegevens: {source_nl}"),
                format!("Own data: {source_en}"),
            ),
        }
    }

    /// The header's short line: the example's warning, or where a plan's or
    /// own figures come from.
    pub fn badge(&self) -> Text {
        match self {
            Provenance::Example => Text::new(
                "Illustratief voorbeeld: verzonnen regio, cijfers geschaald uit landelijke bronnen en aannames",
                "Illustrative example: made-up region, figures scaled from national sources and assumptions",
            ),
            Provenance::Plan { .. } => Text::new(
                "Regionaal plan: cijfers uit het plan; aannames gemarkeerd (zie Bronnen)",
                "Regional plan: figures from the plan; assumptions marked (see Sources)",
            ),
            Provenance::Own { source, imported } => Provenance::own(source, imported),
        }
    }

    /// CSS modifier of the header's badge.
    pub fn class(&self) -> &'static str {
        match self {
            Provenance::Example => "illustrative",
            Provenance::Plan { .. } => "plan",
            Provenance::Own { .. } => "own",
        }
    }

    pub fn text(&self) -> Text {
        match self {
            Provenance::Example => Text::new(
                "Illustratief voorbeeld: verzonnen regio, cijfers geschaald uit landelijke bronnen en aannames.",
                "Illustrative example: made-up region, figures scaled from national sources and assumptions.",
            ),
            Provenance::Plan { plan } => Text::new(
                format!("Regionaal plan: {plan}. Cijfers uit het plan; aannames gemarkeerd (zie Bronnen)."),
                format!("Regional plan: {plan}. Figures from the plan; assumptions marked (see Sources)."),
            ),
            Provenance::Own { source, imported } => {
                let own = Provenance::own(source, imported);
                Text::new(
                    format!("{}. De bron van elk cijfer staat in de bijlage Bronnen.", own.nl),
                    format!("{}. The source of every figure is in the Sources appendix.", own.en),
                )
            }
        }
    }
}

/// `2026-12-05` as `5-12-2026`; None for anything else.
fn nl_date(iso: &str) -> Option<String> {
    let mut parts = iso.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let number = |t: &str, len: usize| {
        (t.len() == len && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.trim_start_matches('0').to_string())
    };
    Some(format!(
        "{}-{}-{}",
        number(d, 2)?,
        number(m, 2)?,
        number(y, 4)?
    ))
}

/// The top of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleBlock {
    pub name: String,
    /// "2026 – 2035".
    pub horizon: String,
    pub provenance: Text,
    /// The program and file format that computed the figures, and the build.
    pub versions: Text,
}

/// The title block; `build` is the app's build version where it has one.
pub fn title_block(s: &Scenario, build: Option<&str>) -> TitleBlock {
    let build_nl = build.map_or(String::new(), |b| format!(", build {b}"));
    TitleBlock {
        name: s.name.clone(),
        horizon: format!("{} – {}", s.base_year, s.last_year()),
        provenance: Provenance::of(s).text(),
        versions: Text::new(
            format!("Rekenmodel jeugdscenario {APP_VERSION}, bestandsformaat {FORMAT_VERSION}{build_nl}"),
            format!("Model jeugdscenario {APP_VERSION}, file format {FORMAT_VERSION}{build_nl}"),
        ),
    }
}

/// One municipality over the whole horizon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityTotal {
    pub name: String,
    /// The last row: all municipalities together.
    pub total: bool,
    /// Its part of the total cost over the horizon.
    pub cost_share: String,
    pub cost: String,
    pub income: String,
    pub balance: String,
}

/// Per municipality the cost, income and balance summed over the horizon
/// (sums of the cents each year's split gave, so the rows add up to the
/// total row to the cent), and a last row "Totaal". Empty without
/// municipalities.
pub fn municipality_totals(s: &Scenario, p: &Projection) -> Vec<MunicipalityTotal> {
    let mut sums = vec![(Decimal::ZERO, Decimal::ZERO, Decimal::ZERO); s.municipalities.len()];
    for year in split_by_municipality(s, p) {
        for (sum, m) in sums.iter_mut().zip(&year) {
            sum.0 += m.cost;
            sum.1 += m.income;
            sum.2 += m.balance;
        }
    }
    if sums.is_empty() {
        return Vec::new();
    }
    let total = sums
        .iter()
        .fold((Decimal::ZERO, Decimal::ZERO, Decimal::ZERO), |t, r| {
            (t.0 + r.0, t.1 + r.1, t.2 + r.2)
        });
    let row =
        |name: String, total_row: bool, (cost, income, balance): (Decimal, Decimal, Decimal)| {
            MunicipalityTotal {
                name,
                total: total_row,
                cost_share: if total.0.is_zero() {
                    "–".into()
                } else {
                    format_percent(cost / total.0, 1)
                },
                cost: format_euro(cost),
                income: format_euro(income),
                balance: format_euro(balance),
            }
        };
    s.municipalities
        .iter()
        .zip(sums)
        .map(|(m, sum)| row(m.name.clone(), false, sum))
        .chain(std::iter::once(row("Totaal".into(), true, total)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::project;
    use rust_decimal_macros::dec;

    #[cfg(feature = "embedded-presets")]
    #[test]
    fn every_plans_preset_names_its_plan_and_never_says_it_is_made_up() {
        for preset in crate::presets::presets()
            .iter()
            .filter(|p| p.seed.is_some())
        {
            let provenance = Provenance::of(&preset.scenario());
            assert!(
                matches!(provenance, Provenance::Plan { .. }),
                "{}",
                preset.id
            );
            assert!(!provenance.text().nl.contains("verzonnen"), "{}", preset.id);
        }
    }

    #[test]
    fn the_example_says_it_is_made_up_and_a_plan_names_its_plan() {
        let mut s = voorbeeldregio();
        assert_eq!(Provenance::of(&s), Provenance::Example);
        assert!(title_block(&s, None)
            .provenance
            .nl
            .starts_with("Illustratief voorbeeld"));
        s.provenance = Provenance::Own {
            source: "Begroting 2027 en administratie regio Noord".into(),
            imported: "2026-12-05".into(),
        };
        let own = title_block(&s, None).provenance.nl;
        assert_eq!(
            own,
            "Eigen gegevens: Begroting 2027 en administratie regio Noord; ingelezen op 5-12-2026. De bron van elk cijfer staat in de bijlage Bronnen."
        );
        s.provenance = Provenance::default();
        assert_eq!(
            s.provenance.badge().nl,
            "Eigen gegevens: de bron van elk cijfer staat bij Bronnen"
        );
        s.provenance = Provenance::Plan {
            plan: "Transformatieplan Jeugd 2018-2020".into(),
        };
        let block = title_block(&s, Some("abc123"));
        assert_eq!(
            block.provenance.nl,
            "Regionaal plan: Transformatieplan Jeugd 2018-2020. Cijfers uit het plan; aannames gemarkeerd (zie Bronnen)."
        );
        assert!(!block.provenance.nl.contains("verzonnen"));
        assert_eq!(block.horizon, "2026 – 2035");
        assert!(block
            .versions
            .nl
            .ends_with(&format!("bestandsformaat {FORMAT_VERSION}, build abc123")));
    }

    #[test]
    fn municipality_totals_sum_each_years_cents_and_add_up_to_the_total_row() {
        let s = voorbeeldregio();
        let p = project(&s);
        let rows = municipality_totals(&s, &p);
        assert_eq!(rows.len(), s.municipalities.len() + 1);
        assert!(rows.last().unwrap().total && rows.iter().filter(|r| r.total).count() == 1);
        // The total row is the horizon's total cost, income and balance.
        let cost: Decimal = p.years.iter().map(|y| y.total_cost).sum();
        let income: Decimal = p.years.iter().map(|y| y.income).sum();
        let total = rows.last().unwrap();
        assert_eq!(total.cost, format_euro(cost));
        assert_eq!(total.income, format_euro(income));
        assert_eq!(total.balance, format_euro(income - cost));
        assert_eq!(total.cost_share, "100,0%");
    }

    #[test]
    fn a_municipality_with_a_quarter_of_the_key_bears_a_quarter_of_the_cost() {
        let mut s = voorbeeldregio();
        s.insured_share = None;
        s.insured_share_from.clear();
        s.municipalities.truncate(2);
        s.municipalities[0].share = dec!(1);
        s.municipalities[0].share_from.clear();
        s.municipalities[1].share = dec!(3);
        s.municipalities[1].share_from.clear();
        let rows = municipality_totals(&s, &project(&s));
        assert_eq!(rows[0].cost_share, "25,0%");
        assert_eq!(rows[1].cost_share, "75,0%");
    }
}
