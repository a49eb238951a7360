//! The charts column: cost stacked by care form against the budget, the
//! cumulative balance against the baseline, clients per group. Each chart has
//! an HTML legend and a table of its numbers.

mod axis;
mod balance;
mod bars;
mod clients;
mod cost;
mod draw;
mod drawing;
mod frame;
mod layout;
mod line_chart;
mod line_figure;
mod lines;
mod palette;

use leptos::prelude::*;

pub use frame::{label_units, year_table, ChartText, DeviceRatio, InReport};
pub use line_chart::line_chart_svg;
pub use line_figure::LineFigure;

/// One of the three charts, as workshop mode and the presentation screen
/// show one at a time.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Which {
    Cost,
    #[default]
    Balance,
    Clients,
}

impl Which {
    pub const ALL: [Which; 3] = [Which::Cost, Which::Balance, Which::Clients];

    /// The word for it in a message between windows.
    pub fn key(self) -> &'static str {
        match self {
            Which::Cost => "kosten",
            Which::Balance => "saldo",
            Which::Clients => "clienten",
        }
    }

    pub fn from_key(key: &str) -> Option<Which> {
        Which::ALL.into_iter().find(|w| w.key() == key)
    }

    /// Its name on a button, Dutch and English.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            Which::Cost => ("Kosten", "Cost"),
            Which::Balance => ("Cumulatief saldo", "Cumulative balance"),
            Which::Clients => ("Cliënten", "Clients"),
        }
    }
}

/// The chart `which`, alone.
#[component]
pub fn OneChart(which: Signal<Which>) -> impl IntoView {
    move || match which.get() {
        Which::Cost => view! { <cost::CostChart /> }.into_any(),
        Which::Balance => view! { <balance::BalanceChart /> }.into_any(),
        Which::Clients => view! { <clients::ClientsChart /> }.into_any(),
    }
}

#[component]
pub fn ChartsPanel() -> impl IntoView {
    view! {
        <cost::CostChart />
        <balance::BalanceChart />
        <clients::ClientsChart />
    }
}
