//! Texts in the two languages the app speaks: Dutch first, English on a
//! switch. One type for every message, label and sentence the engine hands
//! to the app, so a text shown once follows a later language switch.

/// Language of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

/// A text in Dutch and English.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash, PartialOrd, Ord)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The same words in both languages (a name, a number).
    pub fn same(text: impl Into<String>) -> Text {
        let text = text.into();
        Text {
            nl: text.clone(),
            en: text,
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.nl.is_empty() && self.en.is_empty()
    }
}

impl std::fmt::Display for Text {
    /// Dutch, the app's first language (logs, the CLI).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.nl)
    }
}

/// A choice of a select: its value and the words shown.
pub type Choice = (String, Text);
