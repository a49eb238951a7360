//! The charts column: cost stacked by care form against the budget, the
//! cumulative balance against the baseline, clients per group. Each chart has
//! an HTML legend and a table of its numbers.

mod balance;
mod clients;
mod cost;
mod draw;
mod drawing;
mod frame;
mod palette;

use leptos::prelude::*;

pub use balance::BalanceChart;
pub use frame::{DeviceRatio, InReport};

#[component]
pub fn ChartsPanel() -> impl IntoView {
    view! {
        <cost::CostChart />
        <balance::BalanceChart />
        <clients::ClientsChart />
    }
}
