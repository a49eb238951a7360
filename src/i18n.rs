//! Dutch first, English on a switch. Every visible text goes through
//! [`I18n::t`], which reads the language signal, so a view re-renders when
//! the user switches.

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

    /// The same for texts built at run time.
    pub fn pick(self, nl: String, en: String) -> String {
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
