//! The charts' legends: which series, in which words, with which mark. The
//! shell gives each series its colour; the mark (a box, a line, a hatched
//! gap) and the words say the same, so nothing is told by colour alone.

use crate::scenario::Scenario;
use crate::text::Text;

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendMark {
    /// A filled swatch: a stacked bar.
    Box,
    /// A line sample.
    Line,
    /// The hatched deficit area.
    Gap,
}

impl LegendMark {
    /// The CSS modifier (`legend__swatch--box`).
    pub fn class(self) -> &'static str {
        match self {
            LegendMark::Box => "box",
            LegendMark::Line => "line",
            LegendMark::Gap => "gap",
        }
    }
}

/// Which series an entry stands for, so the shell can colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    /// The care form at this index.
    Form(usize),
    OtherExpenses,
    Investments,
    Income,
    Deficit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    pub series: Series,
    pub label: Text,
    pub mark: LegendMark,
}

fn entry(series: Series, label: Text, mark: LegendMark) -> LegendEntry {
    LegendEntry {
        series,
        label,
        mark,
    }
}

/// The cost chart, top to bottom as the bars stack (investments on top, the
/// first care form at the bottom), then the income line and the deficit.
pub fn cost_legend(s: &Scenario) -> Vec<LegendEntry> {
    let mut items = vec![
        entry(
            Series::Investments,
            Text::new("Investeringen", "Investments"),
            LegendMark::Box,
        ),
        entry(
            Series::OtherExpenses,
            Text::new("Overige uitgaven", "Other expenses"),
            LegendMark::Box,
        ),
    ];
    items.extend(s.care_forms.iter().enumerate().rev().map(|(i, f)| {
        entry(
            Series::Form(i),
            Text::same(f.label.clone()),
            LegendMark::Box,
        )
    }));
    items.push(entry(
        Series::Income,
        Text::new("Inkomsten (begroting)", "Income (budget)"),
        LegendMark::Line,
    ));
    items.push(entry(
        Series::Deficit,
        Text::new(
            "Tekort: kosten boven inkomsten",
            "Deficit: cost above income",
        ),
        LegendMark::Gap,
    ));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::voorbeeldregio;

    #[test]
    fn the_cost_legend_lists_every_care_form_the_income_line_and_the_gap() {
        let s = voorbeeldregio();
        let legend = cost_legend(&s);
        assert_eq!(legend.len(), s.care_forms.len() + 4);
        assert_eq!(legend[2].series, Series::Form(s.care_forms.len() - 1));
        assert_eq!(legend.last().unwrap().mark, LegendMark::Gap);
        assert!(legend
            .iter()
            .all(|e| !e.label.nl.is_empty() && !e.label.en.is_empty()));
    }
}
