use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::*;
use crate::analysis::uncertainty::{uncertainty, Ranges};
use crate::edit::Edit;
use crate::example::voorbeeldregio;
use crate::projection::{project, project_with_baseline};
use crate::view::compare::{side_by_side, Entry};
use crate::view::room::{room, Participant};
use crate::Scenario;

fn labels(axis: &Axis) -> Vec<String> {
    axis.labelled().map(|(_, l)| l).collect()
}

#[test]
fn an_axis_of_costs_starts_at_zero_with_round_ticks() {
    // 190 to 290 million: 290 + 290/25 = 301,6 at the top; a fifth of
    // that is 60,3, which rounds to a step of 50; the axis ends at 350.
    let axis = Axis::spanning([dec!(190), dec!(290)]);
    assert_eq!(
        labels(&axis),
        ["0", "50", "100", "150", "200", "250", "300", "350"]
    );
    assert_eq!(
        (axis.low(), axis.high(), axis.decimals),
        (dec!(0), dec!(350), 0)
    );
}

#[test]
fn an_axis_of_losses_keeps_zero_and_labels_small_steps_with_a_decimal() {
    // -1,2 to -0,5 million: the range runs from -1,2 to 0 + 1,2/25 = 0,048;
    // a fifth of 1,248 is 0,2496, which rounds to a step of 0,2.
    let axis = Axis::spanning([dec!(-1.2), dec!(-0.5)]);
    assert_eq!(
        labels(&axis),
        ["-1,2", "-1,0", "-0,8", "-0,6", "-0,4", "-0,2", "0", "0,2"]
    );
    assert_eq!(axis.decimals, 1);
}

#[test]
fn an_axis_groups_thousands_and_survives_no_values() {
    let axis = Axis::spanning([dec!(4321)]);
    // 4321 + 4321/25 = 4493,84; a fifth is 898,8: a step of 1.000.
    assert_eq!(
        labels(&axis),
        ["0", "1.000", "2.000", "3.000", "4.000", "5.000"]
    );
    let empty = Axis::spanning(std::iter::empty());
    assert_eq!(labels(&empty), ["0", "0,2", "0,4", "0,6", "0,8", "1,0"]);
}

/// No two lines of a chart look alike without their colour.
fn told_apart_without_colour(chart: &LineChart) {
    for (i, a) in chart.lines.iter().enumerate() {
        for b in &chart.lines[i + 1..] {
            assert!(
                (a.style.dash, a.style.marker) != (b.style.dash, b.style.marker),
                "{} and {} differ only by colour",
                a.name.nl,
                b.name.nl
            );
        }
    }
}

fn millions(v: Decimal) -> Option<Decimal> {
    Some(v / dec!(1000000))
}

#[test]
fn the_balance_chart_shows_both_cumulative_balances_in_millions() {
    let s = voorbeeldregio();
    let both = project_with_baseline(&s);
    let chart = balance_chart(&both.scenario, &both.baseline);
    let last = both.scenario.years.last().unwrap();
    assert_eq!(chart.years.len(), both.scenario.years.len());
    assert_eq!(
        chart.lines[1].values.last().copied().flatten(),
        millions(last.cumulative_balance)
    );
    told_apart_without_colour(&chart);
    // The text alternative says where each line ends, in words and euros.
    let end = format!(
        "{} ({})",
        crate::nl::format_euro_millions(last.cumulative_balance),
        last.year
    );
    assert!(
        chart.description.nl.contains(&end),
        "{}",
        chart.description.nl
    );
    assert!(chart.description.en.starts_with("Cumulative balance"));
    assert_eq!(chart.unit.nl, "€ mln");
}

fn with_share(share: Decimal) -> Scenario {
    let mut s = voorbeeldregio();
    s.apply(Edit::set(
        "levers.substitutions.ggz-naar-poh.share".parse().unwrap(),
        share,
    ))
    .unwrap();
    s
}

#[test]
fn vergelijken_draws_each_scenario_in_its_own_style_and_the_baseline_of_a() {
    let (a, b) = (voorbeeldregio(), with_share(dec!(0.05)));
    let entries = [
        Entry {
            name: "A: Werkversie".into(),
            scenario: a.clone(),
        },
        Entry {
            name: "B: Minder POH".into(),
            scenario: b.clone(),
        },
    ];
    let c = side_by_side(&entries);
    let chart = compare_chart(&c, 2);
    assert_eq!(chart.lines.len(), 3);
    assert_eq!(chart.lines[0].name.nl, "A: Werkversie");
    assert_eq!(chart.lines[1].name.nl, "B: Minder POH");
    told_apart_without_colour(&chart);
    // The cumulative baseline, summed here from the yearly baseline balance,
    // ends where the engine's own cumulative balance of A's baseline ends.
    let baseline = project_with_baseline(&a).baseline;
    assert_eq!(
        chart.lines[2].values.last().copied().flatten(),
        millions(baseline.years.last().unwrap().cumulative_balance)
    );
    assert_eq!(
        chart.lines[1].values.last().copied().flatten(),
        millions(project(&b).years.last().unwrap().cumulative_balance)
    );
    let cost = compare_chart(&c, 0);
    assert_eq!(cost.title.nl, "Totale kosten per scenario");
    assert_eq!(
        cost.lines[2].values[0],
        millions(baseline.years[0].total_cost)
    );
}

#[test]
fn de_zaal_draws_the_spread_as_a_band_around_the_median() {
    let participants: Vec<Participant> = [dec!(0.05), dec!(0.10), dec!(0.30)]
        .into_iter()
        .enumerate()
        .map(|(i, share)| Participant {
            name: format!("deelnemer {i}"),
            scenario: with_share(share),
        })
        .collect();
    let r = room(&participants);
    let chart = room_chart(&r);
    let band = &chart.bands[0];
    for (hi, lo) in band.upper.iter().zip(&band.lower) {
        assert!(hi >= lo);
    }
    // The median of three is the middle participant's balance.
    let middle = project(&participants[1].scenario);
    assert_eq!(chart.lines[0].values[0], millions(middle.years[0].balance));
    told_apart_without_colour(&chart);
    assert!(
        chart.description.nl.contains(" van € "),
        "{}",
        chart.description.nl
    );
}

#[test]
fn a_fan_shows_the_sampled_bands_in_whole_euros_and_the_exact_projection() {
    let s = voorbeeldregio();
    let u = uncertainty(&s, Ranges::default(), 200, 7).unwrap();
    let exact = project(&s);
    let chart = fan_chart(&u, &exact, FanMeasure::Cost);
    assert_eq!(chart.bands.len(), 2);
    let (outer, inner) = (&chart.bands[0], &chart.bands[1]);
    for i in 0..chart.years.len() {
        assert!(outer.lower[i] <= inner.lower[i] && inner.upper[i] <= outer.upper[i]);
        // Whole euros: at most six decimals in millions.
        assert!(outer.upper[i].normalize().scale() <= 6);
    }
    assert_eq!(
        chart.lines[1].values[0],
        millions(exact.years[0].total_cost)
    );
    told_apart_without_colour(&chart);
    let balance = fan_chart(&u, &exact, FanMeasure::Balance);
    assert_eq!(balance.lines[1].values[0], millions(exact.years[0].balance));
    assert!(balance.description.nl.starts_with("Waaier van het saldo"));
}

#[test]
fn round_ticks_from_shares_to_billions() {
    // Below one (shares) and far above (euros) the step is found too.
    let shares = Axis::between(dec!(0), dec!(0.27));
    assert_eq!((shares.ticks.len(), shares.high()), (7, dec!(0.30)));
    assert_eq!(labels(&shares)[1], "0,05");
    assert_eq!(
        Axis::between(dec!(0), dec!(2570000000)).high(),
        dec!(3000000000)
    );
    assert_eq!(Axis::between(dec!(-135), dec!(0)).low(), dec!(-140));
    assert_eq!(Axis::between(dec!(0), dec!(257)).high(), dec!(300));
}

#[test]
fn the_cost_chart_stacks_every_care_form_under_the_income_in_millions() {
    let s = voorbeeldregio();
    let p = project(&s);
    let chart = cost_chart(&s, &p);
    assert_eq!(chart.stacks.len(), s.care_forms.len() + 2);
    // Each year's bar is the total cost: care forms, other expenses and
    // investments add up to it (to the cent, so exactly in millions).
    for (total, y) in chart.totals().iter().zip(&p.years) {
        assert_eq!(Some(*total), millions(y.total_cost));
    }
    assert_eq!(
        chart.income.last().copied(),
        millions(p.years.last().unwrap().income)
    );
    let axis = chart.axis(&chart.totals());
    assert_eq!(axis.low(), dec!(0));
    assert!(chart
        .totals()
        .iter()
        .chain(&chart.income)
        .all(|v| *v <= axis.high()));
    let last = p.years.last().unwrap();
    assert!(
        chart.description.nl.contains(&format!(
            "In {}: kosten {}, inkomsten {}, een tekort van ",
            last.year,
            crate::nl::format_euro_millions(last.total_cost),
            crate::nl::format_euro_millions(last.income)
        )),
        "{}",
        chart.description.nl
    );
}

#[test]
fn the_clients_chart_has_a_panel_per_group_and_one_for_all() {
    let s = voorbeeldregio();
    let p = project(&s);
    let chart = clients_chart(&s, &p);
    assert_eq!(chart.panels.len(), 6);
    assert_eq!(chart.panels[5].title.en, "All groups");
    // The five groups together are all clients, year by year (summed in
    // another order: equal to Decimal's last of 28 digits).
    for i in 0..chart.years.len() {
        let groups: Decimal = chart.panels[..5].iter().map(|panel| panel.values[i]).sum();
        assert_eq!(groups.round_dp(20), chart.panels[5].values[i].round_dp(20));
    }
    assert!(
        chart.description.en.contains("Residential"),
        "{}",
        chart.description.en
    );
}

#[test]
fn the_waterfall_bars_float_from_level_to_level_on_one_track() {
    use crate::analysis::waterfall::{Step, Waterfall};
    use crate::analysis::Measure;
    let step = |id: &str, effect: Decimal| Step {
        id: id.into(),
        label: crate::text::Text::same(id),
        effect,
    };
    // Baseline -100, a lever +30, another -10, together +5 more: -75.
    let w = Waterfall {
        measure: Measure::Cumulative,
        baseline: dec!(-100),
        steps: vec![step("a", dec!(30)), step("b", dec!(-10))],
        interaction: dec!(5),
        scenario: dec!(-75),
    };
    let bars = waterfall_bars(&w);
    let shown: Vec<(Decimal, Decimal, BarKind)> =
        bars.iter().map(|b| (b.left, b.width, b.kind)).collect();
    // The track runs from -100 (0%) to 0 (100%): the baseline fills it,
    // a runs from -100 to -70, b back to -80, the interaction to -75, and
    // the scenario stands from 0 down to -75.
    assert_eq!(
        shown,
        vec![
            (dec!(0), dec!(100), BarKind::Total),
            (dec!(0), dec!(30), BarKind::Up),
            (dec!(20), dec!(10), BarKind::Down),
            (dec!(20), dec!(5), BarKind::Up),
            (dec!(25), dec!(75), BarKind::Total),
        ]
    );
    // A lever that does nothing still shows a sliver.
    let none = Waterfall {
        steps: vec![step("c", dec!(0))],
        interaction: dec!(0),
        scenario: dec!(-100),
        ..w
    };
    assert_eq!(waterfall_bars(&none)[1].width, dec!(0.4));
}

#[test]
fn tornado_bars_are_measured_against_the_widest_knob() {
    use crate::analysis::sensitivity::sensitivity;
    use crate::analysis::Measure;
    let s = voorbeeldregio();
    let computed = sensitivity(&s, Measure::Cumulative, dec!(0.1));
    let widest = &computed.swings[0];
    let (down, up) = tornado_widths(&computed, widest);
    // The example's widest knob moves the balance one way down and the
    // other way up, so its two halves fill the track (to two decimals).
    let (d, u) = widest.effects(computed.base);
    assert!((d < dec!(0)) != (u < dec!(0)), "{d} / {u}");
    assert!((down + up - dec!(100)).abs() <= dec!(0.01), "{down} + {up}");
    for swing in &computed.swings {
        let (down, up) = tornado_widths(&computed, swing);
        assert!(down <= dec!(100) && up <= dec!(100));
    }
}
