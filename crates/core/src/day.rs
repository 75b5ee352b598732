//! Calendar days. Assessments record days (`2018-08-17`), never instants:
//! a citizen checks a website on a day, and the rules count whole days.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar day (proleptic Gregorian, years -9999 to 9999), written
/// `YYYY-MM-DD` in JSON. Hand-written rather than from the `time` crate,
/// which added about 20 KB to the widget's wasm for three operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    // Field order makes the derived order chronological.
    year: i32,
    month: u8,
    day: u8,
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Day {
    /// Builds a day; `None` when the date does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let exists =
            (-9999..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month);
        exists.then_some(Day { year, month, day })
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.days_from_epoch() - self.days_from_epoch()
    }

    /// The day `days` after this one (before it when negative); `None`
    /// outside years -9999 to 9999. Hinnant's `civil_from_days`.
    pub fn plus_days(self, days: i64) -> Option<Day> {
        let z = self.days_from_epoch() + days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Day::from_ymd(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn days_from_epoch(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
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
        let invalid = || InvalidDay(s.to_owned());
        let b = s.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            b.get(range)?.iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(invalid());
        }
        let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10))
        else {
            return Err(invalid());
        };
        let year = i32::try_from(year).map_err(|_| invalid())?;
        let month = u8::try_from(month).map_err(|_| invalid())?;
        let day = u8::try_from(day).map_err(|_| invalid())?;
        Day::from_ymd(year, month, day).ok_or_else(invalid)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A visitor, so that the deserializer places the error at the string.
        struct DayVisitor;
        impl de::Visitor<'_> for DayVisitor {
            type Value = Day;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date of the form YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Day, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DayVisitor)
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
            "+201-08-17",
            "2018-08-1x",
            "2018-00-10",
        ] {
            assert!(bad.parse::<Day>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn counts_days_across_leap_years_and_eras() {
        let day = |s: &str| s.parse::<Day>().unwrap();
        assert_eq!(day("1970-01-01").days_from_epoch(), 0);
        assert_eq!(day("2000-03-01").days_from_epoch(), 11_017);
        assert_eq!(day("1969-12-31").days_from_epoch(), -1);
        assert_eq!(day("2016-02-28").days_until(day("2016-03-01")), 2);
        assert_eq!(day("2018-02-28").days_until(day("2018-03-01")), 1);
        assert_eq!(day("1900-01-01").days_until(day("2000-01-01")), 36_524);
        assert!(Day::from_ymd(2016, 2, 29).is_some());
        assert!(Day::from_ymd(1900, 2, 29).is_none());
        assert!(Day::from_ymd(2000, 13, 1).is_none());
        assert!(day("2018-12-31") < day("2019-01-01"));
    }

    #[test]
    fn counts_days_between() {
        let a: Day = "2018-07-13".parse().unwrap();
        let b: Day = "2018-08-17".parse().unwrap();
        assert_eq!(a.days_until(b), 35);
        assert_eq!(b.days_until(a), -35);
    }

    #[test]
    fn adding_days_inverts_counting_them() {
        let start: Day = "1600-02-27".parse().unwrap();
        for offset in (-800_000..800_000).step_by(997) {
            let later = start.plus_days(offset).unwrap();
            assert_eq!(start.days_until(later), offset, "{start} + {offset}");
        }
        let day: Day = "2016-02-28".parse().unwrap();
        assert_eq!(day.plus_days(1).unwrap().to_string(), "2016-02-29");
        assert_eq!(day.plus_days(2).unwrap().to_string(), "2016-03-01");
        assert_eq!(day.plus_days(-59).unwrap().to_string(), "2015-12-31");
        assert!(day.plus_days(10_000_000).is_none());
    }
}
