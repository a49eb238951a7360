//! Vergelijken's CSV for Dutch Excel (written by the import worker).

use rust_decimal::Decimal;

use super::SideBySide;
use crate::csv_out::csv_table;
use crate::nl::excel_number;

impl SideBySide {
    /// The comparison as a CSV for Dutch Excel: per measure and scenario a
    /// row over the shared years, the differences against the first, the cost
    /// per care form in the last shared year, and the knobs that differ.
    pub fn csv(&self) -> String {
        let mut rows = Vec::new();
        let mut header = vec!["Onderdeel".to_string(), "Scenario".into()];
        header.extend(self.years.iter().map(i32::to_string));
        rows.push(header);
        let money = |values: &[Decimal]| {
            values
                .iter()
                .map(|v| excel_number(*v, 2))
                .collect::<Vec<_>>()
        };
        for m in &self.measures {
            for (i, values) in m.values.iter().enumerate() {
                let mut row = vec![m.label.nl.clone(), self.names[i].clone()];
                row.extend(money(values));
                rows.push(row);
            }
            for (i, values) in m.values.iter().enumerate().skip(1) {
                let mut row = vec![
                    format!("{}: verschil met {}", m.label.nl, self.names[0]),
                    self.names[i].clone(),
                ];
                row.extend(money(
                    &values
                        .iter()
                        .zip(&m.values[0])
                        .map(|(b, a)| *b - *a)
                        .collect::<Vec<_>>(),
                ));
                rows.push(row);
            }
        }
        let mut base = vec![
            "Totale kosten basislijn".to_string(),
            self.names.first().cloned().unwrap_or_default(),
        ];
        base.extend(money(&self.baseline_cost));
        rows.push(base);
        if let Some(last) = self.years.last() {
            rows.push(Vec::new());
            let mut head = vec![format!("Kosten per zorgvorm in {last}")];
            head.extend(self.names.iter().cloned());
            rows.push(head);
            for (label, costs) in &self.form_costs {
                let mut row = vec![label.clone()];
                row.extend(money(costs));
                rows.push(row);
            }
        }
        rows.push(Vec::new());
        rows.extend(self.sentences.iter().map(|t| vec![t.nl.clone()]));
        rows.push(Vec::new());
        rows.push(vec!["Knoppen die verschillen".to_string()]);
        rows.extend(self.differences.iter().map(|d| vec![d.sentence.nl.clone()]));
        rows.extend(self.notes.iter().map(|n| vec![n.nl.clone()]));
        rows.push(Vec::new());
        rows.push(vec!["Herkomst van de cijfers".to_string()]);
        rows.extend(self.provenance.iter().map(|p| vec![p.nl.clone()]));
        csv_table(&rows)
    }
}
