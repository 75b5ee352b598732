//! Languages and texts. Every string a citizen or volunteer reads exists in
//! Azerbaijani, English and Russian; [`Text`] holds the three and [`Lang`]
//! picks one. Azerbaijani is the default, as it is for the people served.

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

/// One text in the three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
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

    /// Whether any of the three translations is blank.
    pub fn has_blank(&self) -> bool {
        Lang::ALL.iter().any(|&l| self.get(l).trim().is_empty())
    }
}
