//! Dutch first, English on a switch. One convention: a text in both
//! languages is a [`Text`] (the engine's), shown with [`I18n::show`]; a pair
//! of fixed words is shown with [`I18n::t`]. Both read the language signal,
//! so a view re-renders when the user switches.

use leptos::prelude::*;

pub use jeugdscenario_engine::{Lang, Text};

#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// The Dutch or English text, as the user chose.
    pub fn t(self, nl: &'static str, en: &'static str) -> &'static str {
        match self.lang.get() {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    pub fn get(self) -> Lang {
        self.lang.get()
    }
}

impl I18n {
    /// A text in the chosen language (reactive).
    pub fn show(self, text: &Text) -> String {
        text.get(self.lang.get()).to_string()
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
