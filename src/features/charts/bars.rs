//! The cost chart on the plotters path: bars stacked per care form, the
//! income as a line over them, the gap shaded where cost rises above it.

use jeugdscenario_engine::text::Lang;
use jeugdscenario_engine::view::chart::CostChart;
use plotters::prelude::*;

use super::axis::{to_f64, Ticks};
use super::layout::{full_chart, Area, DrawResult, Labels};
use super::palette::{GAP, INK};

pub(super) fn stacked_cost(
    root: &Area,
    labels: &mut Labels,
    cost: &CostChart,
    colours: &[RGBColor],
    lang: Lang,
    label: u32,
) -> DrawResult {
    let years = &cost.years;
    // Each year's whole bar, summed once.
    let sums = cost.totals();
    let totals: Vec<f64> = sums.iter().map(to_f64).collect();
    let income: Vec<f64> = cost.income.iter().map(to_f64).collect();
    let ticks = Ticks::from(&cost.axis(&sums));
    let unit = cost.unit.get(lang);
    let mut chart = full_chart(root, labels, years, &ticks, 0.6, unit, label)?;
    // Series by series (segments of a stack never overlap), so a painter
    // changes colour once per series, not once per segment.
    let mut bottoms = vec![0.0; years.len()];
    for (stack, colour) in cost.stacks.iter().zip(colours) {
        chart.draw_series(years.iter().zip(&mut bottoms).enumerate().map(
            |(i, (year, bottom))| {
                let x = f64::from(*year);
                let top = *bottom + to_f64(&stack.values[i]);
                let bar = Rectangle::new([(x - 0.34, *bottom), (x + 0.34, top)], colour.filled());
                *bottom = top;
                bar
            },
        ))?;
    }
    for (i, year) in years.iter().enumerate() {
        if sums[i] > cost.income[i] {
            let x = f64::from(*year);
            let gap = [(x - 0.42, income[i]), (x + 0.42, totals[i])];
            chart.draw_series(std::iter::once(Rectangle::new(gap, GAP.mix(0.28).filled())))?;
            chart.draw_series(std::iter::once(Rectangle::new(gap, GAP.stroke_width(2))))?;
        }
    }
    let points: Vec<(f64, f64)> = years
        .iter()
        .zip(&income)
        .map(|(y, v)| (f64::from(*y), *v))
        .collect();
    chart.draw_series(LineSeries::new(points.clone(), INK.stroke_width(4)))?;
    chart.draw_series(points.iter().map(|p| Circle::new(*p, 6, INK.filled())))?;
    Ok(())
}
