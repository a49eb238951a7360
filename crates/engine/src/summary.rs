//! Headline figures for the cards on top of the app, with one plain sentence
//! each in Dutch (and English). Display-ready, pure, tested natively.

use rust_decimal::Decimal;

use crate::nl::{format_euro_millions, format_percent};
use crate::projection::{Comparison, Projection};
use crate::scenario::Scenario;
use crate::text::Text;

/// The four figures a wethouder looks at first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub first_year: i32,
    pub last_year: i32,
    /// Balance (income - cost) in the last year; negative is a tekort.
    pub last_balance: Decimal,
    /// Balance summed over all years.
    pub cumulative_balance: Decimal,
    /// Baseline cost minus scenario cost over all years.
    pub savings: Decimal,
    /// Share of residential care as the plans mean it (residentieel,
    /// gesloten) in clients, last year, scenario and baseline.
    pub residential_share: Decimal,
    pub residential_share_baseline: Decimal,
    /// Share of verblijf as CBS counts it (pleegzorg and gezinshuis
    /// included), last year, scenario and baseline: said beside it.
    pub out_of_home_share: Decimal,
    pub out_of_home_share_baseline: Decimal,
}

pub use crate::text::Lang;

impl Headline {
    /// None when the projection has no years.
    pub fn of(comparison: &Comparison) -> Option<Headline> {
        Headline::of_projections(&comparison.scenario, &comparison.baseline)
    }

    /// As [`Headline::of`], from the two projections where they are kept
    /// (the app's memos), without copying them into a [`Comparison`].
    pub fn of_projections(scenario: &Projection, baseline: &Projection) -> Option<Headline> {
        let first = scenario.years.first()?;
        let last = scenario.years.last()?;
        let base_last = baseline.years.last()?;
        Some(Headline {
            first_year: first.year,
            last_year: last.year,
            last_balance: last.balance,
            cumulative_balance: last.cumulative_balance,
            savings: baseline
                .years
                .iter()
                .zip(&scenario.years)
                .map(|(b, s)| b.total_cost - s.total_cost)
                .sum(),
            residential_share: last.residential_share_clients,
            residential_share_baseline: base_last.residential_share_clients,
            out_of_home_share: last.out_of_home_share_clients,
            out_of_home_share_baseline: base_last.out_of_home_share_clients,
        })
    }

    pub fn last_balance_sentence(&self, lang: Lang) -> String {
        let amount = format_euro_millions(self.last_balance.abs());
        match (lang, self.last_balance < Decimal::ZERO) {
            (Lang::Nl, true) => format!(
                "In {} zijn de kosten {amount} hoger dan de inkomsten: een tekort.",
                self.last_year
            ),
            (Lang::Nl, false) => format!(
                "In {} blijven de kosten {amount} onder de inkomsten: een overschot.",
                self.last_year
            ),
            (Lang::En, true) => format!(
                "In {} cost exceeds income by {amount}: a deficit.",
                self.last_year
            ),
            (Lang::En, false) => format!(
                "In {} cost stays {amount} below income: a surplus.",
                self.last_year
            ),
        }
    }

    pub fn cumulative_sentence(&self, lang: Lang) -> String {
        let amount = format_euro_millions(self.cumulative_balance.abs());
        let (a, b) = (self.first_year, self.last_year);
        match (lang, self.cumulative_balance < Decimal::ZERO) {
            (Lang::Nl, true) => format!("Over {a} tot en met {b} samen {amount} tekort."),
            (Lang::Nl, false) => format!("Over {a} tot en met {b} samen {amount} overschot."),
            (Lang::En, true) => format!("A total deficit of {amount} over {a} to {b}."),
            (Lang::En, false) => format!("A total surplus of {amount} over {a} to {b}."),
        }
    }

    pub fn savings_sentence(&self, lang: Lang) -> String {
        let amount = format_euro_millions(self.savings.abs());
        let (a, b) = (self.first_year, self.last_year);
        match (lang, self.savings.cmp(&Decimal::ZERO)) {
            (Lang::Nl, std::cmp::Ordering::Less) => {
                format!("Dit scenario kost over {a}-{b} {amount} méér dan zonder maatregelen.")
            }
            (Lang::Nl, std::cmp::Ordering::Equal) => {
                "Dit scenario kost evenveel als zonder maatregelen.".into()
            }
            (Lang::Nl, std::cmp::Ordering::Greater) => {
                format!("Dit scenario kost over {a}-{b} {amount} minder dan zonder maatregelen.")
            }
            (Lang::En, std::cmp::Ordering::Less) => {
                format!("This scenario costs {amount} more over {a}-{b} than no measures.")
            }
            (Lang::En, std::cmp::Ordering::Equal) => {
                "This scenario costs the same as no measures.".into()
            }
            (Lang::En, std::cmp::Ordering::Greater) => {
                format!("This scenario costs {amount} less over {a}-{b} than no measures.")
            }
        }
    }

    /// What the residential card counts, and the CBS notion beside it: moving
    /// children to pleegzorg or a gezinshuis lowers the first and leaves the
    /// second, so a reader sees both and which is which.
    pub fn residential_sentence(&self, lang: Lang) -> String {
        let share = format_percent(self.residential_share, 1);
        let base = format_percent(self.residential_share_baseline, 1);
        let cbs = format_percent(self.out_of_home_share, 1);
        let cbs_base = format_percent(self.out_of_home_share_baseline, 1);
        match lang {
            Lang::Nl => format!(
                "In {} is {share} van de jeugdigen in zorg in residentiële of gesloten jeugdhulp (zonder maatregelen {base}). Verblijf zoals het CBS telt, met pleegzorg en gezinshuis: {cbs} (zonder maatregelen {cbs_base}).",
                self.last_year
            ),
            Lang::En => format!(
                "In {} {share} of young people in care are in residential or secure care ({base} without measures). Out-of-home care as CBS counts it, with foster care and family homes: {cbs} ({cbs_base} without measures).",
                self.last_year
            ),
        }
    }
}

/// The levers of a scenario in plain sentences (Dutch and English), for the
/// screen, the printed report and anyone who reads a scenario without the
/// app. Levers at 0 are left out: they do nothing. Care-form names and
/// investment labels come from the data and stay as they are.
pub fn describe_levers(s: &Scenario) -> Vec<Text> {
    // Each care form's name by id, looked up once: a scenario may have 500
    // levers on 100 forms.
    let positions = s.care_form_positions();
    let label = |id: &str| match positions.get(id) {
        Some(i) => s.care_forms[*i].label.clone(),
        None => id.to_string(),
    };
    let timing = |start: i32, ramp: u32| match ramp {
        0 | 1 => (format!("vanaf {start}"), format!("from {start}")),
        r => (
            format!("vanaf {start}, in {r} jaar ingroeiend"),
            format!("from {start}, phased in over {r} years"),
        ),
    };
    let mut out = Vec::new();
    for r in s.levers.substitutions.iter().filter(|r| !r.share.is_zero()) {
        let (share, relapse) = (format_percent(r.share, 1), format_percent(r.relapse, 1));
        let (from, to, (when_nl, when_en)) = (
            label(&r.from),
            label(&r.to),
            timing(r.start_year, r.ramp_years),
        );
        out.push(Text::new(
            format!("Substitutie: {share} van de instroom in {from} gaat naar {to} {when_nl}; terugval {relapse}."),
            format!("Substitution: {share} of the inflow into {from} goes to {to} {when_en}; relapse {relapse}."),
        ));
    }
    for r in s
        .levers
        .residential_shifts
        .iter()
        .filter(|r| !r.share.is_zero())
    {
        let from: Vec<String> = r.from.iter().map(|f| label(f)).collect();
        let mix: Vec<String> = r
            .mix
            .iter()
            .map(|t| format!("{} ({})", label(&t.to), format_percent(t.share, 0)))
            .collect();
        let (share, relapse) = (format_percent(r.share, 1), format_percent(r.relapse, 1));
        let (from, mix, (when_nl, when_en)) = (
            from.join(", "),
            mix.join(", "),
            timing(r.start_year, r.ramp_years),
        );
        out.push(Text::new(
            format!("Afschalen residentieel verblijf: {share} van de instroom in {from} gaat naar {mix} {when_nl}; terugval {relapse}."),
            format!("Shift from residential care: {share} of the inflow into {from} goes to {mix} {when_en}; relapse {relapse}."),
        ));
    }
    for c in s.levers.form_changes.iter().filter(|c| !c.change.is_zero()) {
        let sign = if c.change > Decimal::ZERO { "+" } else { "" };
        let (kind_nl, kind_en) = c.kind.words();
        let (form, change, (when_nl, when_en)) = (
            label(&c.form),
            format_percent(c.change, 1),
            timing(c.start_year, c.ramp_years),
        );
        out.push(Text::new(
            format!("{kind_nl} van {form}: {sign}{change} {when_nl}."),
            format!("{kind_en} of {form}: {sign}{change} {when_en}."),
        ));
    }
    for b in s.levers.front_budgets.iter().filter(|b| !b.share.is_zero()) {
        let (share, ceiling) = (format_percent(b.share, 1), format_percent(b.ceiling, 1));
        let basis_en = match b.basis {
            crate::scenario::FrontBasis::Income => "the youth care budget".to_string(),
            crate::scenario::FrontBasis::Group(g) => {
                format!("the care cost of {}", g.label_en().to_lowercase())
            }
        };
        let (basis_nl, to, (when_nl, when_en)) = (
            crate::validate::basis_words(b.basis),
            label(&b.to),
            timing(b.start_year, b.ramp_years),
        );
        out.push(Text::new(
            format!("Budget naar de voorkant: {share} van {basis_nl} naar {to} {when_nl} (plafond {ceiling})."),
            format!("Budget to the front: {share} of {basis_en} to {to} {when_en} (ceiling {ceiling})."),
        ));
    }
    for inv in &s.levers.investments {
        // "€ 600.000 in 2027" reads the same in both languages.
        let amounts: Vec<String> = inv
            .amounts
            .iter()
            .filter(|(_, a)| !a.is_zero())
            .map(|(year, amount)| format!("{} in {year}", crate::nl::format_euro(*amount)))
            .collect();
        if !amounts.is_empty() {
            let amounts = amounts.join(", ");
            out.push(Text::new(
                format!("Investering {}: {amounts}.", inv.label),
                format!("Investment {}: {amounts}.", inv.label),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;
    use crate::projection::project_with_baseline;

    #[test]
    fn example_region_headline_reads_as_a_deficit_with_savings() {
        let h = Headline::of(&project_with_baseline(&voorbeeldregio())).expect("years");
        assert_eq!(h.last_year, 2035);
        assert!(h.last_balance < Decimal::ZERO);
        assert!(h.last_balance_sentence(Lang::Nl).contains("tekort"));
        assert!(h.savings > Decimal::ZERO);
        assert!(h
            .savings_sentence(Lang::Nl)
            .contains("minder dan zonder maatregelen"));
        assert!(h.residential_sentence(Lang::Nl).contains("%"));
    }

    /// Shifting residential care to pleegzorg and gezinshuis lowers the share
    /// the card shows; verblijf as CBS counts it (those forms included) does
    /// not fall with it, which is why the card says which one it counts.
    #[test]
    fn shifting_residential_care_lowers_the_cards_share_but_not_the_cbs_share() {
        use crate::edit::Edit;
        let at = |share: &str| {
            let mut s = voorbeeldregio();
            s.apply(Edit::SetKnob {
                address: "levers.residential_shifts.afschalen-verblijf.share"
                    .parse()
                    .unwrap(),
                value: share.parse().unwrap(),
            })
            .unwrap();
            Headline::of(&project_with_baseline(&s)).unwrap()
        };
        let (none, some, more) = (at("0"), at("0.2"), at("0.4"));
        assert!(some.residential_share < none.residential_share);
        assert!(more.residential_share < some.residential_share);
        // Children move inside verblijf as CBS counts it: that share holds or
        // rises, it never shows the shift.
        assert!(more.out_of_home_share >= none.out_of_home_share);
        // Residentieel and gesloten are part of CBS's verblijf.
        assert!(more.residential_share < more.out_of_home_share);
    }

    #[test]
    fn levers_read_as_sentences() {
        let texts = describe_levers(&voorbeeldregio());
        let lines: Vec<String> = texts.iter().map(|t| t.nl.clone()).collect();
        assert!(texts.iter().all(|t| !t.en.is_empty() && t.en != t.nl));
        assert!(texts.iter().any(|t| t.en
            == "Substitution: 15,0% of the inflow into Jeugd-GGZ goes to POH-jeugd (praktijkondersteuner huisarts) from 2027, phased in over 3 years; relapse 44,0%."));
        assert!(lines.contains(
            &"Substitutie: 15,0% van de instroom in Jeugd-GGZ gaat naar POH-jeugd (praktijkondersteuner huisarts) vanaf 2027, in 3 jaar ingroeiend; terugval 44,0%.".to_string()
        ));
        assert!(lines.iter().any(|l| l.starts_with("Afschalen residentieel verblijf: 20,0% van de instroom in Residentiële jeugdhulp (verblijf) gaat naar Pleegzorg (50%)")));
        assert!(lines.contains(&"Verblijfsduur van Residentiële jeugdhulp (verblijf): -10,0% vanaf 2027, in 3 jaar ingroeiend.".to_string()));
        assert!(lines.contains(
            &"Investering Pilot POH-jeugd (dubbele lasten): € 600.000 in 2027, € 400.000 in 2028."
                .to_string()
        ));
    }

    #[test]
    fn sentences_use_dutch_money_format() {
        let h = Headline {
            first_year: 2026,
            last_year: 2035,
            last_balance: Decimal::new(-2_702_401_890, 2),
            cumulative_balance: Decimal::new(1_500_000, 0),
            savings: Decimal::ZERO,
            residential_share: Decimal::new(51, 3),
            residential_share_baseline: Decimal::new(6, 2),
            out_of_home_share: Decimal::new(125, 3),
            out_of_home_share_baseline: Decimal::new(13, 2),
        };
        assert_eq!(
            h.last_balance_sentence(Lang::Nl),
            "In 2035 zijn de kosten € 27,0 mln hoger dan de inkomsten: een tekort."
        );
        assert_eq!(
            h.cumulative_sentence(Lang::Nl),
            "Over 2026 tot en met 2035 samen € 1,5 mln overschot."
        );
        assert_eq!(
            h.savings_sentence(Lang::Nl),
            "Dit scenario kost evenveel als zonder maatregelen."
        );
        assert_eq!(
            h.residential_sentence(Lang::Nl),
            "In 2035 is 5,1% van de jeugdigen in zorg in residentiële of gesloten jeugdhulp (zonder maatregelen 6,0%). Verblijf zoals het CBS telt, met pleegzorg en gezinshuis: 12,5% (zonder maatregelen 13,0%)."
        );
    }
}
