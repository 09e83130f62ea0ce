//! Proleptic Gregorian calendar dates, just what the pipeline needs: validation, ISO
//! formatting and parsing, day arithmetic, month and year ends.

use serde::{Serialize, Serializer};
use std::fmt;

/// A calendar day. Construction checks that the day exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Syntax(String),
    /// A month or day that does not exist (`1977-02-30`).
    Impossible { year: i32, month: u32, day: u32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Syntax(s) => write!(f, "not a date of the form YYYY-MM-DD: {s:?}"),
            DateError::Impossible { year, month, day } => {
                write!(f, "no such day: {year:04}-{month:02}-{day:02}")
            }
        }
    }
}

impl std::error::Error for DateError {}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month (1-12) of a year; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The day, if it exists. Years 1..=9999 only.
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Impossible { year, month, day });
        }
        Ok(Date { year, month: month as u8, day: day as u8 })
    }

    /// The first day of a month.
    pub fn month_start(year: i32, month: u32) -> Option<Date> {
        Date::new(year, month, 1).ok()
    }

    /// The last day of a month.
    pub fn month_end(year: i32, month: u32) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month)).ok()
    }

    pub fn year_start(year: i32) -> Option<Date> {
        Date::new(year, 1, 1).ok()
    }

    pub fn year_end(year: i32) -> Option<Date> {
        Date::new(year, 12, 31).ok()
    }

    pub fn year(&self) -> i32 {
        self.year
    }
    pub fn month(&self) -> u32 {
        self.month as u32
    }
    pub fn day(&self) -> u32 {
        self.day as u32
    }

    /// Days since 0000-03-01 (a civil-from-days style count), for arithmetic.
    fn to_days(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }

    fn from_days(z: i64) -> Option<Date> {
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32).ok()
    }

    /// The day `n` days later (earlier for negative `n`), if it is within years 1..=9999.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days() + n)
    }

    /// Days from `earlier` to this day (negative when `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.to_days() - earlier.to_days()
    }

    /// The same day `n` months later, clamped to the month's end.
    pub fn add_months(self, n: i32) -> Option<Date> {
        let total = self.year * 12 + (self.month as i32 - 1) + n;
        let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        let d = (self.day as u32).min(days_in_month(y, m));
        Date::new(y, m, d).ok()
    }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u32 {
        // 0000-03-01 was a Wednesday.
        ((self.to_days() + 2).rem_euclid(7) + 1) as u32
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let syntax = || DateError::Syntax(s.to_string());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(syntax());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(syntax());
            }
            part.parse().map_err(|_| syntax())
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_days_are_refused() {
        assert!(Date::new(1977, 2, 30).is_err());
        assert!(Date::new(1977, 13, 1).is_err());
        assert!(Date::new(1900, 2, 29).is_err());
        assert!(Date::new(2000, 2, 29).is_ok());
        assert!(Date::parse("1977-02-30").is_err());
        assert!(Date::parse("77-02-03").is_err());
        assert!(Date::parse("1977-0a-03").is_err());
    }

    #[test]
    fn arithmetic_round_trips() {
        let d = Date::new(1962, 10, 27).unwrap();
        assert_eq!(d.add_days(1).unwrap().to_string(), "1962-10-28");
        assert_eq!(d.add_days(5).unwrap().to_string(), "1962-11-01");
        assert_eq!(d.add_days(-300).unwrap().add_days(300), Some(d));
        assert_eq!(Date::new(1980, 1, 31).unwrap().add_months(1).unwrap().to_string(), "1980-02-29");
        assert_eq!(d.add_months(-10).unwrap().to_string(), "1961-12-27");
    }

    #[test]
    fn weekdays() {
        // 24 March 1977 was a Thursday; 1 January 2000 a Saturday.
        assert_eq!(Date::new(1977, 3, 24).unwrap().weekday(), 4);
        assert_eq!(Date::new(2000, 1, 1).unwrap().weekday(), 6);
    }
}
