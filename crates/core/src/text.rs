//! Languages and texts. Every string a citizen or volunteer reads exists in
//! Azerbaijani, English and Russian; [`Text`] holds the three and [`Lang`]
//! picks one. Azerbaijani is the default, as it is for the people served.
//!
//! A criteria set may also be read as a one-language *slice* (what the widget
//! fetches: only the texts of the language it shows). A text read from a
//! slice has its other languages empty; [`Text::get`] then falls back to a
//! language it has, so a reader never sees a blank while another language
//! loads. Completeness is checked where sets are checked: a complete set
//! with a missing or blank translation is refused (`set-blank-text`), a slice
//! only for its own language. The published schema still requires all three.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language napcheck speaks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Azerbaijani (the default).
    #[default]
    Az,
    /// English.
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in the order they are offered.
    pub const ALL: [Lang; 3] = [Lang::Az, Lang::En, Lang::Ru];

    /// The BCP 47 code (`az`, `en`, `ru`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error of parsing a language code that napcheck does not speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language `{}` (expected az, en or ru)", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "az" => Ok(Lang::Az),
            "en" => Ok(Lang::En),
            "ru" => Ok(Lang::Ru),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

// Deserializing accepts missing languages (as empty texts, see the module
// documentation); the published schema requires all three.
/// One text in the three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Azerbaijani.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub az: String,
    /// English.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub en: String,
    /// Russian.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub ru: String,
}

/// The wire form of a [`Text`]: any of the three languages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireText {
    #[serde(default)]
    az: String,
    #[serde(default)]
    en: String,
    #[serde(default)]
    ru: String,
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let WireText { az, en, ru } = WireText::deserialize(deserializer)?;
        Ok(Text { az, en, ru })
    }
}

impl Text {
    /// The text in `lang`; when it has none (a slice of another language),
    /// the first it has of Azerbaijani, English, Russian.
    pub fn get(&self, lang: Lang) -> &str {
        let own = self.exact(lang);
        if !own.trim().is_empty() {
            return own;
        }
        Lang::ALL
            .iter()
            .map(|&l| self.exact(l))
            .find(|t| !t.trim().is_empty())
            .unwrap_or(own)
    }

    /// The text in exactly `lang`, possibly empty.
    pub fn exact(&self, lang: Lang) -> &str {
        match lang {
            Lang::Az => &self.az,
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
        }
    }

    /// Builds a text from its three translations.
    pub fn new(az: impl Into<String>, en: impl Into<String>, ru: impl Into<String>) -> Self {
        Text {
            az: az.into(),
            en: en.into(),
            ru: ru.into(),
        }
    }

    /// Whether any of the three translations is blank or missing.
    pub fn has_blank(&self) -> bool {
        self.has_blank_in(&Lang::ALL)
    }

    /// Whether the translation in any of `langs` is blank or missing.
    pub fn has_blank_in(&self, langs: &[Lang]) -> bool {
        langs.iter().any(|&l| self.exact(l).trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_text_falls_back_to_a_language_it_has() {
        let text: Text = serde_json::from_str(r#"{"en":"Title"}"#).expect("parses");
        assert_eq!(text.get(Lang::En), "Title");
        assert_eq!(text.get(Lang::Az), "Title");
        assert_eq!(text.exact(Lang::Az), "");
        assert!(text.has_blank());
        assert!(!text.has_blank_in(&[Lang::En]));
    }

    #[test]
    fn unknown_languages_are_refused() {
        assert!(serde_json::from_str::<Text>(r#"{"az":"a","de":"b"}"#).is_err());
    }
}
