//! Date And Time: GameMaker datetimes, the `date_*` functions and the `current_*` variables.
//!
//! A datetime is a real counting days: values from 25569 (1970-01-01) up are days since
//! 1899-12-30, smaller ones are read as days since 1970-01-01 (so `date_time_of(d)`, a fraction
//! of a day, reads as a time on 1970-01-01, as in GameMaker). Instants are UTC; the date
//! functions show them in the time zone chosen with `date_set_timezone` (local by default).

use super::strings::number;
use super::{Builtin, ConstValue, Constant};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;
use chrono::{Local, Offset, TimeZone};
use std::cell::Cell;
use std::sync::OnceLock;
use std::time::Instant;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("date_current_datetime", 0, 0, date_current_datetime),
    Builtin::new("date_create_datetime", 6, 6, date_create_datetime),
    Builtin::new("date_valid_datetime", 6, 6, date_valid_datetime),
    Builtin::new("date_get_year", 1, 1, date_get_year),
    Builtin::new("date_get_month", 1, 1, date_get_month),
    Builtin::new("date_get_day", 1, 1, date_get_day),
    Builtin::new("date_get_hour", 1, 1, date_get_hour),
    Builtin::new("date_get_minute", 1, 1, date_get_minute),
    Builtin::new("date_get_second", 1, 1, date_get_second),
    Builtin::new("date_get_weekday", 1, 1, date_get_weekday),
    Builtin::new("date_get_week", 1, 1, date_get_week),
    Builtin::new("date_get_day_of_year", 1, 1, date_get_day_of_year),
    Builtin::new("date_get_hour_of_year", 1, 1, date_get_hour_of_year),
    Builtin::new("date_get_minute_of_year", 1, 1, date_get_minute_of_year),
    Builtin::new("date_get_second_of_year", 1, 1, date_get_second_of_year),
    Builtin::new("date_inc_year", 2, 2, date_inc_year),
    Builtin::new("date_inc_month", 2, 2, date_inc_month),
    Builtin::new("date_inc_week", 2, 2, date_inc_week),
    Builtin::new("date_inc_day", 2, 2, date_inc_day),
    Builtin::new("date_inc_hour", 2, 2, date_inc_hour),
    Builtin::new("date_inc_minute", 2, 2, date_inc_minute),
    Builtin::new("date_inc_second", 2, 2, date_inc_second),
    Builtin::new("date_year_span", 2, 2, date_year_span),
    Builtin::new("date_month_span", 2, 2, date_month_span),
    Builtin::new("date_week_span", 2, 2, date_week_span),
    Builtin::new("date_day_span", 2, 2, date_day_span),
    Builtin::new("date_hour_span", 2, 2, date_hour_span),
    Builtin::new("date_minute_span", 2, 2, date_minute_span),
    Builtin::new("date_second_span", 2, 2, date_second_span),
    Builtin::new("date_compare_datetime", 2, 2, date_compare_datetime),
    Builtin::new("date_compare_date", 2, 2, date_compare_date),
    Builtin::new("date_compare_time", 2, 2, date_compare_time),
    Builtin::new("date_date_of", 1, 1, date_date_of),
    Builtin::new("date_time_of", 1, 1, date_time_of),
    Builtin::new("date_datetime_string", 1, 1, date_datetime_string),
    Builtin::new("date_date_string", 1, 1, date_date_string),
    Builtin::new("date_time_string", 1, 1, date_time_string),
    Builtin::new("date_is_today", 1, 1, date_is_today),
    Builtin::new("date_leap_year", 1, 1, date_leap_year),
    Builtin::new("date_days_in_month", 1, 1, date_days_in_month),
    Builtin::new("date_days_in_year", 1, 1, date_days_in_year),
    Builtin::new("date_set_timezone", 1, 1, date_set_timezone),
    Builtin::new("date_get_timezone", 0, 0, date_get_timezone),
];

pub const TIMEZONE_LOCAL: f64 = 0.0;
pub const TIMEZONE_UTC: f64 = 1.0;

pub const CONSTANTS: &[Constant] = &[
    ("timezone_local", ConstValue::Real(TIMEZONE_LOCAL)),
    ("timezone_utc", ConstValue::Real(TIMEZONE_UTC)),
];

/// Days from 1899-12-30 (GameMaker's day 0) to 1970-01-01.
const UNIX_EPOCH_DAY: f64 = 25569.0;
const MS_PER_DAY: i64 = 86_400_000;
/// Instants further than this from 1970 (about 270,000 years) are not dates.
const MAX_MS: f64 = 8.64e18;

thread_local! {
    /// Whether the date functions show UTC (`date_set_timezone(timezone_utc)`).
    static UTC: Cell<bool> = const { Cell::new(false) };
}

fn use_utc() -> bool {
    UTC.with(Cell::get)
}

/// When the game started, for `current_time` and `get_timer`.
static START: OnceLock<Instant> = OnceLock::new();

/// Starts the game clock (`current_time`, `get_timer`); the first use starts it otherwise.
pub fn start_clock() {
    START.get_or_init(Instant::now);
}

fn since_start() -> std::time::Duration {
    START.get_or_init(Instant::now).elapsed()
}

/// The built-in read-only variables `current_year`, `current_month`, `current_day`,
/// `current_weekday`, `current_hour`, `current_minute`, `current_second` (now, in the chosen time
/// zone) and `current_time` (milliseconds since the game started). `None` for other names.
pub fn current_field(name: &str) -> Option<f64> {
    if name == "current_time" {
        return Some(since_start().as_millis() as f64);
    }
    let f = fields(now_ms())?;
    let v = match name {
        "current_year" => f.year as f64,
        "current_month" => f.month as f64,
        "current_day" => f.day as f64,
        "current_weekday" => f.weekday as f64,
        "current_hour" => f.hour as f64,
        "current_minute" => f.minute as f64,
        "current_second" => f.second as f64,
        _ => return None,
    };
    Some(v)
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, days counted from 1970-01-01).

/// Days from 1970-01-01 to the given date; `month` is 1..=12, `day` may overflow the month.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 + (day - 1)
}

/// The (year, month, day) of a day count from 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_leap(year: i64) -> bool {
    year % 400 == 0 || (year % 100 != 0 && year % 4 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// ---------------------------------------------------------------------------------------------
// Datetimes and instants.

/// The UTC instant (milliseconds since 1970) of a GameMaker datetime, or `None` for NaN, the
/// infinities and values too far away to be dates.
fn to_ms(d: f64) -> Option<i64> {
    let days = if d < UNIX_EPOCH_DAY {
        d
    } else {
        d - UNIX_EPOCH_DAY
    };
    let ms = (days * MS_PER_DAY as f64).round();
    (ms.is_finite() && ms.abs() < MAX_MS).then_some(ms as i64)
}

/// The GameMaker datetime of a UTC instant.
fn from_ms(ms: i64) -> f64 {
    ms as f64 / MS_PER_DAY as f64 + UNIX_EPOCH_DAY
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Seconds to add to UTC to get local time at the UTC instant `ms`.
fn local_offset_at_utc(ms: i64) -> i64 {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|dt| {
            Local
                .offset_from_utc_datetime(&dt.naive_utc())
                .fix()
                .local_minus_utc() as i64
        })
        .unwrap_or(0)
}

/// Seconds to subtract from a local wall-clock time (as ms since 1970) to get UTC.
fn local_offset_at_local(local_ms: i64) -> i64 {
    let Some(naive) = chrono::DateTime::from_timestamp_millis(local_ms).map(|d| d.naive_utc())
    else {
        return 0;
    };
    match Local.offset_from_local_datetime(&naive).earliest() {
        Some(off) => off.fix().local_minus_utc() as i64,
        None => local_offset_at_utc(local_ms),
    }
}

/// An instant broken down in the chosen time zone.
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    /// 0 = Sunday.
    weekday: i64,
    /// 1-based day of the year.
    yday: i64,
}

fn fields(ms: i64) -> Option<Fields> {
    let ms = if use_utc() {
        ms
    } else {
        ms.checked_add(local_offset_at_utc(ms) * 1000)?
    };
    let days = ms.div_euclid(MS_PER_DAY);
    let secs = ms.rem_euclid(MS_PER_DAY) / 1000;
    let (year, month, day) = civil_from_days(days);
    Some(Fields {
        year,
        month,
        day,
        hour: secs / 3600,
        minute: secs / 60 % 60,
        second: secs % 60,
        weekday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
    })
}

/// The datetime argument at `i` broken down, or `None` when it is not a date.
fn date_fields(args: &[Value], i: usize) -> Result<Option<Fields>> {
    Ok(to_ms(number(args, i)?).and_then(fields))
}

/// The instant of a wall-clock time in the chosen time zone; months and days may overflow and
/// roll into the next year or month.
fn make_ms(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> Option<i64> {
    if [y, mo, d, h, mi, s]
        .iter()
        .any(|v| v.unsigned_abs() > 1_000_000_000_000)
    {
        return None;
    }
    let y = y.checked_add((mo - 1).div_euclid(12))?;
    let mo = (mo - 1).rem_euclid(12) + 1;
    if y.abs() > 300_000 || d.abs() > 100_000_000 {
        return None;
    }
    let days = days_from_civil(y, mo, 1).checked_add(d - 1)?;
    let secs = days
        .checked_mul(86_400)?
        .checked_add(h.checked_mul(3600)?)?
        .checked_add(mi.checked_mul(60)?)?
        .checked_add(s)?;
    let ms = secs.checked_mul(1000)?;
    if use_utc() {
        Some(ms)
    } else {
        ms.checked_sub(local_offset_at_local(ms) * 1000)
    }
}

/// A whole-number argument (truncated, saturating; NaN as 0).
fn int_arg(args: &[Value], i: usize) -> Result<i64> {
    let x = number(args, i)?;
    Ok(if x.is_nan() { 0 } else { x as i64 })
}

fn real(x: i64) -> Value {
    Value::Real(x as f64)
}

fn nan() -> Value {
    Value::Real(f64::NAN)
}

// ---------------------------------------------------------------------------------------------
// Builtins.

/// Now, to the whole second.
fn date_current_datetime(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let ms = now_ms();
    Ok(Value::Real(from_ms(ms - ms.rem_euclid(1000))))
}

fn date_create_datetime(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut v = [0i64; 6];
    for (i, slot) in v.iter_mut().enumerate() {
        *slot = int_arg(args, i)?;
    }
    Ok(make_ms(v[0], v[1], v[2], v[3], v[4], v[5]).map_or_else(nan, |ms| Value::Real(from_ms(ms))))
}

/// Valid: year from 1970, a real month and day, hour 0-23, minute and second 0-59.
fn date_valid_datetime(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut v = [0i64; 6];
    for (i, slot) in v.iter_mut().enumerate() {
        *slot = int_arg(args, i)?;
    }
    let [y, mo, d, h, mi, s] = v;
    let ok = y >= 1970
        && (1..=12).contains(&mo)
        && d >= 1
        && d <= days_in_month(y, mo)
        && (0..24).contains(&h)
        && (0..60).contains(&mi)
        && (0..60).contains(&s);
    Ok(Value::Bool(ok))
}

/// Defines builtins that read one field of a datetime argument (NaN when it is not a date).
macro_rules! getter {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
            let get: fn(&Fields) -> i64 = $f;
            Ok(date_fields(args, 0)?.map_or_else(nan, |f| real(get(&f))))
        }
    )*};
}

getter! {
    date_get_year => |f| f.year;
    date_get_month => |f| f.month;
    date_get_day => |f| f.day;
    date_get_hour => |f| f.hour;
    date_get_minute => |f| f.minute;
    date_get_second => |f| f.second;
    date_get_weekday => |f| f.weekday;
    date_get_week => |f| f.yday / 7;
    date_get_day_of_year => |f| f.yday;
    date_get_hour_of_year => |f| (f.yday - 1) * 24 + f.hour;
    date_get_minute_of_year => |f| ((f.yday - 1) * 24 + f.hour) * 60 + f.minute;
    date_get_second_of_year => |f| (((f.yday - 1) * 24 + f.hour) * 60 + f.minute) * 60 + f.second;
    date_days_in_month => |f| days_in_month(f.year, f.month);
    date_days_in_year => |f| if is_leap(f.year) { 366 } else { 365 };
}

fn date_leap_year(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(
        date_fields(args, 0)?.is_some_and(|f| is_leap(f.year)),
    ))
}

fn date_is_today(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (Some(d), Some(t)) = (date_fields(args, 0)?, fields(now_ms())) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(
        (d.year, d.month, d.day) == (t.year, t.month, t.day),
    ))
}

/// Adds a whole number of `unit_ms` to a datetime.
fn inc_by(args: &[Value], unit_ms: i64) -> Result<Value> {
    let ms = to_ms(number(args, 0)?);
    let amount = int_arg(args, 1)?;
    let out = ms.and_then(|ms| ms.checked_add(amount.checked_mul(unit_ms)?));
    Ok(out
        .filter(|ms| (*ms as f64).abs() < MAX_MS)
        .map_or_else(nan, |ms| Value::Real(from_ms(ms))))
}

/// Adds whole months to a datetime's UTC calendar date, keeping the time of day; a day past the
/// end of the new month rolls into the next one (Jan 31 + 1 month is Mar 3 or 2).
fn inc_months(args: &[Value], months_per_unit: i64) -> Result<Value> {
    let ms = to_ms(number(args, 0)?);
    let amount = int_arg(args, 1)?;
    let out = ms.and_then(|ms| {
        let days = ms.div_euclid(MS_PER_DAY);
        let time = ms.rem_euclid(MS_PER_DAY);
        let (y, m, d) = civil_from_days(days);
        let total = (y * 12 + m - 1).checked_add(amount.checked_mul(months_per_unit)?)?;
        let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) + 1);
        if ny.abs() > 300_000 {
            return None;
        }
        Some(days_from_civil(ny, nm, d) * MS_PER_DAY + time)
    });
    Ok(out.map_or_else(nan, |ms| Value::Real(from_ms(ms))))
}

fn date_inc_year(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    inc_months(args, 12)
}
fn date_inc_month(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    inc_months(args, 1)
}
fn date_inc_week(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    inc_by(args, 7 * MS_PER_DAY)
}
fn date_inc_day(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    inc_by(args, MS_PER_DAY)
}
fn date_inc_hour(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    inc_by(args, 3_600_000)
}
fn date_inc_minute(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    inc_by(args, 60_000)
}
fn date_inc_second(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    inc_by(args, 1000)
}

/// Whole seconds from the first datetime to the second (NaN when either is not a date).
fn span_seconds(args: &[Value]) -> Result<f64> {
    let a = to_ms(number(args, 0)?);
    let b = to_ms(number(args, 1)?);
    Ok(match (a, b) {
        (Some(a), Some(b)) => ((b - a) as f64 / 1000.0).floor(),
        _ => f64::NAN,
    })
}

/// Defines the span builtins: the absolute difference in a unit of `secs` seconds.
macro_rules! span {
    ($($name:ident => $secs:expr;)*) => {$(
        fn $name(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
            Ok(Value::Real((span_seconds(args)? / $secs).abs()))
        }
    )*};
}

span! {
    date_year_span => 86_400.0 * 365.25;
    date_month_span => 86_400.0 * 30.4375;
    date_week_span => 86_400.0 * 7.0;
    date_day_span => 86_400.0;
    date_hour_span => 3_600.0;
    date_minute_span => 60.0;
    date_second_span => 1.0;
}

fn ordering(o: Option<std::cmp::Ordering>) -> Value {
    Value::Real(match o {
        Some(std::cmp::Ordering::Less) => -1.0,
        Some(std::cmp::Ordering::Greater) => 1.0,
        _ => 0.0,
    })
}

fn date_compare_datetime(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = number(args, 0)?;
    let b = number(args, 1)?;
    Ok(ordering(to_ms(a).partial_cmp(&to_ms(b))))
}

/// Compares only the calendar dates (in the chosen time zone).
fn date_compare_date(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let key = |f: Fields| (f.year, f.month, f.day);
    let a = date_fields(args, 0)?.map(key);
    let b = date_fields(args, 1)?.map(key);
    Ok(ordering(a.partial_cmp(&b)))
}

/// Compares only the times of day (in the chosen time zone).
fn date_compare_time(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let key = |f: Fields| (f.hour, f.minute, f.second);
    let a = date_fields(args, 0)?.map(key);
    let b = date_fields(args, 1)?.map(key);
    Ok(ordering(a.partial_cmp(&b)))
}

/// The whole-day part of a datetime.
fn date_date_of(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(number(args, 0)?.trunc()))
}

/// The fraction-of-a-day part of a datetime.
fn date_time_of(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let d = number(args, 0)?;
    Ok(Value::Real(d - d.trunc()))
}

fn date_text(f: &Fields) -> String {
    format!("{:02}/{:02}/{}", f.day, f.month, f.year)
}

fn time_text(f: &Fields) -> String {
    format!("{:02}:{:02}:{:02}", f.hour, f.minute, f.second)
}

/// `dd/mm/yyyy hh:mm:ss` (the Windows runner's format with a UK locale).
fn date_datetime_string(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::string(date_fields(args, 0)?.map_or_else(
        || "invalid date".to_string(),
        |f| format!("{} {}", date_text(&f), time_text(&f)),
    )))
}

fn date_date_string(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::string(date_fields(args, 0)?.map_or_else(
        || "invalid date".to_string(),
        |f| date_text(&f),
    )))
}

fn date_time_string(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::string(date_fields(args, 0)?.map_or_else(
        || "invalid time".to_string(),
        |f| time_text(&f),
    )))
}

/// `timezone_utc` switches to UTC; any other value to local time.
fn date_set_timezone(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let tz = int_arg(args, 0)?;
    UTC.with(|c| c.set(tz == TIMEZONE_UTC as i64));
    Ok(Value::Undefined)
}

fn date_get_timezone(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(if use_utc() {
        TIMEZONE_UTC
    } else {
        TIMEZONE_LOCAL
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::NativeFn;

    fn vm() -> Vm {
        Vm::new(Box::new(Vec::new()))
    }
    fn r(x: f64) -> Value {
        Value::Real(x)
    }
    fn call(f: NativeFn, args: &[Value]) -> Value {
        f(&mut vm(), args).unwrap_or_else(|e| panic!("{}", e.message()))
    }
    fn num(f: NativeFn, args: &[Value]) -> f64 {
        match call(f, args) {
            Value::Real(x) => x,
            v => panic!("expected a real, got {}", v.type_name()),
        }
    }
    fn text(f: NativeFn, args: &[Value]) -> String {
        call(f, args).as_str().unwrap().to_string()
    }
    fn utc() {
        date_set_timezone(&mut vm(), &[r(TIMEZONE_UTC)]).unwrap();
    }
    fn create(y: f64, mo: f64, d: f64, h: f64, mi: f64, s: f64) -> f64 {
        num(
            date_create_datetime,
            &[r(y), r(mo), r(d), r(h), r(mi), r(s)],
        )
    }

    #[test]
    fn calendar_round_trips() {
        for days in [-1_000_000, -719_468, -1, 0, 1, 11_016, 15_232, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert!(is_leap(2000) && !is_leap(1900) && is_leap(2024));
    }

    #[test]
    fn create_and_read_back() {
        utc();
        let d = create(2011.0, 9.0, 15.0, 9.0, 43.0, 44.0);
        assert!((d - 40801.40537037037).abs() < 1e-9);
        let get = |f: NativeFn| num(f, &[r(d)]);
        assert_eq!(get(date_get_year), 2011.0);
        assert_eq!(get(date_get_month), 9.0);
        assert_eq!(get(date_get_day), 15.0);
        assert_eq!(get(date_get_hour), 9.0);
        assert_eq!(get(date_get_minute), 43.0);
        assert_eq!(get(date_get_second), 44.0);
        assert_eq!(get(date_get_weekday), 4.0);
        assert_eq!(get(date_get_week), 36.0);
        assert_eq!(get(date_get_day_of_year), 258.0);
        assert_eq!(get(date_get_hour_of_year), 6177.0);
        assert_eq!(get(date_get_minute_of_year), 370663.0);
        assert_eq!(get(date_get_second_of_year), 22239824.0);
        assert_eq!(get(date_days_in_month), 30.0);
        assert_eq!(get(date_days_in_year), 365.0);
        assert_eq!(text(date_datetime_string, &[r(d)]), "15/09/2011 09:43:44");
        assert_eq!(text(date_date_string, &[r(d)]), "15/09/2011");
        assert_eq!(text(date_time_string, &[r(d)]), "09:43:44");
        let t = num(date_time_of, &[r(d)]);
        assert_eq!(num(date_get_year, &[r(t)]), 1970.0);
        assert_eq!(num(date_get_hour, &[r(t)]), 9.0);
        let day = num(date_date_of, &[r(d)]);
        assert_eq!(num(date_get_hour, &[r(day)]), 0.0);
        assert_eq!(num(date_get_day, &[r(day)]), 15.0);
        // Overflowing components roll over.
        let x = create(2011.0, 13.0, 32.0, 0.0, 0.0, 0.0);
        assert_eq!(text(date_date_string, &[r(x)]), "01/02/2012");
        assert!(num(date_get_year, &[r(f64::NAN)]).is_nan());
        assert!(create(1e300, 1.0, 1.0, 0.0, 0.0, 0.0).is_nan());
        assert_eq!(text(date_time_string, &[r(f64::INFINITY)]), "invalid time");
    }

    #[test]
    fn increments() {
        utc();
        let d = create(2011.0, 9.0, 15.0, 9.0, 43.0, 44.0);
        let inc = |f: NativeFn, n: f64| text(date_datetime_string, &[r(num(f, &[r(d), r(n)]))]);
        assert_eq!(inc(date_inc_day, 20.0), "05/10/2011 09:43:44");
        assert_eq!(inc(date_inc_month, 11.0), "15/08/2012 09:43:44");
        assert_eq!(inc(date_inc_month, -9.0), "15/12/2010 09:43:44");
        assert_eq!(inc(date_inc_year, -1.0), "15/09/2010 09:43:44");
        assert_eq!(inc(date_inc_hour, 30.0), "16/09/2011 15:43:44");
        assert_eq!(inc(date_inc_minute, 17.0), "15/09/2011 10:00:44");
        assert_eq!(inc(date_inc_second, 60.0), "15/09/2011 09:44:44");
        assert_eq!(inc(date_inc_week, 52.0), "13/09/2012 09:43:44");
        let jan31 = create(2011.0, 1.0, 31.0, 12.0, 0.0, 0.0);
        let next = num(date_inc_month, &[r(jan31), r(1.0)]);
        assert_eq!(text(date_date_string, &[r(next)]), "03/03/2011");
        assert!(num(date_inc_day, &[r(d), r(1e300)]).is_nan());
    }

    #[test]
    fn spans_and_comparisons() {
        utc();
        let a = create(2011.0, 9.0, 15.0, 9.0, 43.0, 44.0);
        let b = create(2015.0, 7.0, 1.0, 17.0, 31.0, 56.0);
        let close = |f: NativeFn, want: f64| {
            let got = num(f, &[r(a), r(b)]);
            assert!((got - want).abs() < 1e-6, "{got} != {want}");
            assert_eq!(got, num(f, &[r(b), r(a)]));
        };
        close(date_year_span, 3.79281352194083);
        close(date_month_span, 45.51376226329);
        close(date_week_span, 197.903591269841);
        close(date_day_span, 1385.32513888889);
        close(date_hour_span, 33247.8033333333);
        close(date_minute_span, 1994868.2);
        assert_eq!(num(date_second_span, &[r(a), r(b)]), 119692092.0);
        assert_eq!(num(date_compare_datetime, &[r(a), r(b)]), -1.0);
        assert_eq!(num(date_compare_datetime, &[r(b), r(a)]), 1.0);
        assert_eq!(num(date_compare_datetime, &[r(a), r(a)]), 0.0);
        assert_eq!(num(date_compare_date, &[r(a), r(b)]), -1.0);
        assert_eq!(num(date_compare_time, &[r(a), r(b)]), -1.0);
        let later_same_day = create(2011.0, 9.0, 15.0, 23.0, 0.0, 0.0);
        assert_eq!(num(date_compare_date, &[r(a), r(later_same_day)]), 0.0);
        let earlier_time = create(2020.0, 1.0, 1.0, 1.0, 0.0, 0.0);
        assert_eq!(num(date_compare_time, &[r(a), r(earlier_time)]), 1.0);
    }

    #[test]
    fn validity_leap_years_and_today() {
        utc();
        let valid = |v: [f64; 6]| {
            let args: Vec<Value> = v.iter().map(|&x| r(x)).collect();
            matches!(call(date_valid_datetime, &args), Value::Bool(true))
        };
        assert!(valid([2011.0, 9.0, 15.0, 10.0, 3.0, 30.0]));
        assert!(valid([1970.0, 1.0, 1.0, 0.0, 0.0, 0.0]));
        assert!(!valid([1969.0, 12.0, 31.0, 23.0, 59.0, 59.0]));
        assert!(!valid([2011.0, 2.0, 29.0, 0.0, 0.0, 0.0]));
        assert!(valid([2012.0, 2.0, 29.0, 0.0, 0.0, 0.0]));
        assert!(!valid([2011.0, 4.0, 31.0, 0.0, 0.0, 0.0]));
        assert!(!valid([2011.0, 1.0, 1.0, 24.0, 0.0, 0.0]));
        let leap = create(2024.0, 2.0, 10.0, 0.0, 0.0, 0.0);
        assert!(matches!(
            call(date_leap_year, &[r(leap)]),
            Value::Bool(true)
        ));
        assert_eq!(num(date_days_in_month, &[r(leap)]), 29.0);
        assert_eq!(num(date_days_in_year, &[r(leap)]), 366.0);
        let now = num(date_current_datetime, &[]);
        assert_eq!(now, now.trunc() + (now - now.trunc()));
        assert!(matches!(call(date_is_today, &[r(now)]), Value::Bool(true)));
        let old = create(2011.0, 9.0, 15.0, 0.0, 0.0, 0.0);
        assert!(matches!(call(date_is_today, &[r(old)]), Value::Bool(false)));
        assert!(date_get_year(&mut vm(), &[Value::str("x")]).is_err());
    }

    #[test]
    fn timezones_and_current_fields() {
        utc();
        assert_eq!(num(date_get_timezone, &[]), TIMEZONE_UTC);
        let year = current_field("current_year").unwrap();
        assert!(year >= 2024.0);
        assert!((1.0..=12.0).contains(&current_field("current_month").unwrap()));
        assert!((0.0..=6.0).contains(&current_field("current_weekday").unwrap()));
        assert!(current_field("current_time").unwrap() >= 0.0);
        assert!(current_field("current_nonsense").is_none());
        date_set_timezone(&mut vm(), &[r(TIMEZONE_LOCAL)]).unwrap();
        assert_eq!(num(date_get_timezone, &[]), TIMEZONE_LOCAL);
        // A local wall-clock time reads back as itself.
        let d = create(2011.0, 9.0, 15.0, 9.0, 43.0, 44.0);
        assert_eq!(text(date_datetime_string, &[r(d)]), "15/09/2011 09:43:44");
        utc();
    }
}
