//! Eigen gegevens: a region of one's own from its own files (Eigen regio
//! beginnen), or only the care forms of the current scenario replaced by a
//! region's own; every table is read by the import worker. A table is shown
//! value by value (with what goes and what stays when replacing), and every
//! error by line and column, before anything changes; each template has the
//! current rows.

mod lookback;
mod mapping;
mod new_region;
mod preview;
mod replace;
mod table_file;

use jeugdscenario_engine::region_csv::Table;
use leptos::prelude::*;

use crate::ui::Section;
use new_region::NewRegion;
pub use new_region::StartOwnRegion;
use replace::ReplaceCareForms;

#[component]
pub fn OwnDataView() -> impl IntoView {
    view! {
        <Section id="eigen-gegevens-titel" class="panel view" title=("Eigen gegevens", "Own data")
            hint=(
                "Uit Excel: sla elke tabel op als CSV (Bestand > Opslaan als > 'CSV (gescheiden door lijstscheidingsteken)' of 'CSV UTF-8'). Puntkomma, komma of tab, decimale komma of punt, € en %: het mag allemaal. Het sjabloon van elke tabel heeft de juiste kolommen.",
                "From Excel: save each table as CSV. Semicolon, comma or tab, decimal comma or point, € and %: all fine. Each table's template has the right columns.",
            )>
            <NewRegion />
            <ReplaceCareForms table=Table::CareForms />
            <ReplaceCareForms table=Table::Allocations />
        </Section>
    }
}
