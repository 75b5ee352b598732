//! Calendar days. Assessments record days (`2018-08-17`), never instants:
//! a citizen checks a website on a day, and the rules count whole days.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;
use time::macros::format_description;

/// A calendar day, written `YYYY-MM-DD` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(time::Date);

impl Day {
    /// Builds a day; `None` when the date does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Day)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        (later.0 - self.0).whole_days()
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }
}

/// The error of a day that is not a real `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDay(pub String);

impl fmt::Display for InvalidDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a date of the form YYYY-MM-DD", self.0)
    }
}

impl std::error::Error for InvalidDay {}

impl FromStr for Day {
    type Err = InvalidDay;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let format = format_description!("[year]-[month]-[day]");
        if s.len() != 10 {
            return Err(InvalidDay(s.to_owned()));
        }
        time::Date::parse(s, format)
            .map(Day)
            .map_err(|_| InvalidDay(s.to_owned()))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Day {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar day, YYYY-MM-DD.",
            "type": "string",
            "format": "date"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        let day: Day = "2018-08-17".parse().unwrap();
        assert_eq!(day.to_string(), "2018-08-17");
        assert_eq!(day, Day::from_ymd(2018, 8, 17).unwrap());
    }

    #[test]
    fn rejects_impossible_and_sloppy_dates() {
        for bad in [
            "2018-02-30",
            "2018-8-17",
            "17.08.2018",
            "",
            "2018-08-17T00:00:00Z",
        ] {
            assert!(bad.parse::<Day>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn counts_days_between() {
        let a: Day = "2018-07-13".parse().unwrap();
        let b: Day = "2018-08-17".parse().unwrap();
        assert_eq!(a.days_until(b), 35);
        assert_eq!(b.days_until(a), -35);
    }
}
