//! Calendar months (`2017-05`): a date the source gives only to the month
//! ("the last news has been posted in 2017 May"), recorded as given rather
//! than as an invented day.

use crate::day::Day;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar month, written `YYYY-MM` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    // Field order makes the derived order chronological.
    year: i32,
    month: u8,
}

impl Month {
    /// Builds a month; `None` when it does not exist.
    pub fn from_ym(year: i32, month: u8) -> Option<Month> {
        Day::from_ymd(year, month, 1).map(|_| Month { year, month })
    }

    /// The first day of the month.
    pub fn first_day(self) -> Day {
        Day::from_ymd(self.year, self.month, 1).expect("a month has a first day")
    }

    /// The last day of the month.
    pub fn last_day(self) -> Day {
        (28..=31)
            .rev()
            .find_map(|d| Day::from_ymd(self.year, self.month, d))
            .expect("a month has 28 to 31 days")
    }
}

/// A date as an observation gives it: a day, or only a month (rated as its
/// first day). Written as given (`2018-08-17`, `2017-05`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrMonth {
    /// A calendar day.
    Day(Day),
    /// A calendar month.
    Month(Month),
}

impl fmt::Display for DayOrMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DayOrMonth::Day(day) => day.fmt(f),
            DayOrMonth::Month(month) => month.fmt(f),
        }
    }
}

/// The error of a month that is not a real `YYYY-MM` month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidMonth(pub String);

impl fmt::Display for InvalidMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a month of the form YYYY-MM", self.0)
    }
}

impl std::error::Error for InvalidMonth {}

impl FromStr for Month {
    type Err = InvalidMonth;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidMonth(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 7
            || b[4] != b'-'
            || !b
                .iter()
                .enumerate()
                .all(|(i, c)| i == 4 || c.is_ascii_digit())
        {
            return Err(invalid());
        }
        let year: i32 = s[..4].parse().map_err(|_| invalid())?;
        let month: u8 = s[5..].parse().map_err(|_| invalid())?;
        Month::from_ym(year, month).ok_or_else(invalid)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MonthVisitor;
        impl de::Visitor<'_> for MonthVisitor {
            type Value = Month;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a month of the form YYYY-MM")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Month, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(MonthVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Month {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Month".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar month, YYYY-MM, for a date the source gives only to the month.",
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_prints_and_bounds() {
        let may: Month = "2017-05".parse().unwrap();
        assert_eq!(may.to_string(), "2017-05");
        assert_eq!(may.last_day().to_string(), "2017-05-31");
        let feb: Month = "2016-02".parse().unwrap();
        assert_eq!(feb.last_day().to_string(), "2016-02-29");
        assert_eq!(may.first_day().to_string(), "2017-05-01");
        for bad in [
            "2017-13",
            "2017-00",
            "2017-5",
            "17-05",
            "2017-05-01",
            "2017/05",
            "+017-05",
        ] {
            assert!(bad.parse::<Month>().is_err(), "{bad}");
        }
    }
}
