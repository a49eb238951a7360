//! A [`Reply`] over the wire: lists of strings, each starting with what it
//! holds (decoding the struct with serde cost the app's wasm 20 KB).

use super::Reply;
use crate::analysis::uncertainty::batch;
use crate::qr::QrMatrix;
use crate::region_csv::CsvProblem;
use crate::text::Text;
use crate::view::own_data::PreviewTable;

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
