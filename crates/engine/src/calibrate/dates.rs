//! Calendar dates as day numbers (days since 1 January 1970), read as
//! Dutch administrations write them: `31-12-2024` (also `31/12/2024`,
//! `31.12.2024`, `1-2-2024`), ISO `2024-12-31`, and the iJw messages'
//! `20241231`; a time after the date (`31-12-2024 00:00`) is ignored.
//! Converted by hand (Howard Hinnant's civil-date algorithms): no date
//! crate for a dozen lines.

/// A day: days since 1 January 1970.
pub type Day = i32;

/// The years a date may lie in: anything else is a typing error.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The day number of a date that exists.
pub fn day(year: i32, month: u32, day_of_month: u32) -> Option<Day> {
    if !YEARS.contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    if day_of_month == 0 || day_of_month > days_in_month(year, month) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400) as u32;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day_of_month - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe as i32 - 719_468)
}

/// 1 January of `year` (a year within the readable range, or clamped to it).
pub fn january_first(year: i32) -> Day {
    let year = year.clamp(*YEARS.start(), *YEARS.end() + 1);
    let y = year - 1;
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400) as u32;
    // 1 January is day 306 of the March-based year before it.
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + 306;
    era * 146_097 + doe as i32 - 719_468
}

/// The calendar year of a day.
pub fn year_of(day: Day) -> i32 {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let y = yoe as i32 + era * 400;
    if mp >= 10 {
        y + 1
    } else {
        y
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date as written in a cell; None when it is no date.
pub fn parse_date(text: &str) -> Option<Day> {
    let date = text.trim().split([' ', 'T']).next()?;
    if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| date[r].parse::<u32>().ok();
        return day(n(0..4)? as i32, n(4..6)?, n(6..8)?);
    }
    let mut parts = date.split(['-', '/', '.']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (a_n, b_n, c_n) = (number(a)?, number(b)?, number(c)?);
    match (a.len(), c.len()) {
        (4, 1..=2) => day(a_n as i32, b_n, c_n),
        (1..=2, 4) => day(c_n as i32, b_n, a_n),
        _ => None,
    }
}

/// A day as Dutch text: `31-12-2024`.
pub fn dutch(day: Day) -> String {
    let year = year_of(day);
    let mut month = 12;
    while month > 1 && self::day(year, month, 1).is_some_and(|d| d > day) {
        month -= 1;
    }
    let first = self::day(year, month, 1).unwrap_or(day);
    format!("{}-{}-{year}", day - first + 1, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_iso_and_ijw_dates_are_the_same_day() {
        let d = parse_date("31-12-2024").unwrap();
        assert_eq!(parse_date("2024-12-31"), Some(d));
        assert_eq!(parse_date("20241231"), Some(d));
        assert_eq!(parse_date("31/12/2024 00:00"), Some(d));
        assert_eq!(parse_date("2024-12-31T00:00:00"), Some(d));
        assert_eq!(parse_date("1-1-1970"), Some(0));
        assert_eq!(
            parse_date("1-3-2024").unwrap() - parse_date("28-2-2024").unwrap(),
            2
        );
        assert_eq!(dutch(d), "31-12-2024");
        assert_eq!(year_of(d), 2024);
        assert_eq!(year_of(d + 1), 2025);
        assert_eq!(january_first(2025), d + 1);
    }

    #[test]
    fn what_is_no_date_is_none() {
        for text in [
            "",
            "31-13-2024",
            "30-2-2024",
            "31-12-24",
            "morgen",
            "2024-1",
            "0-1-2024",
            "1-1-1800",
            "1--2024",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn years_round_trip_over_the_readable_range() {
        for year in 1900..=2100 {
            let first = january_first(year);
            assert_eq!(day(year, 1, 1), Some(first));
            assert_eq!(year_of(first), year);
            assert_eq!(year_of(first - 1), year - 1);
        }
    }
}
