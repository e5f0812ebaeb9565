//! Validation of command-line option values. Each parser turns a bad value into a clap usage
//! error (exit 2) naming the option, instead of a panic further on.

/// The longest `--timeout` accepted: about 31 years, far inside what `Instant` arithmetic holds.
pub const MAX_TIMEOUT_SECONDS: f64 = 1e9;
/// The highest `--fps` accepted.
pub const MAX_FPS: f64 = 1e6;

fn number(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a number"))?;
    if !v.is_finite() {
        return Err(format!("'{s}' is not a finite number"));
    }
    Ok(v)
}

/// `--timeout SECONDS`: a finite number of seconds, above 0 and at most 1e9.
pub fn seconds(s: &str) -> Result<f64, String> {
    let v = number(s)?;
    if v <= 0.0 || v > MAX_TIMEOUT_SECONDS {
        return Err(format!(
            "expected seconds above 0 and at most {MAX_TIMEOUT_SECONDS:e}, got {s}"
        ));
    }
    Ok(v)
}

/// `--room NAME` and `--config NAME`: a GameMaker resource name (letters, digits, `_`; not empty).
pub fn resource_name(s: &str) -> Result<String, String> {
    let valid = !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !valid {
        return Err(format!(
            "expected a name of letters, digits and underscores, got '{s}'"
        ));
    }
    Ok(s.to_string())
}

/// `--fps N`: frames per second, above 0 and at most 1e6.
pub fn fps(s: &str) -> Result<f64, String> {
    let v = number(s)?;
    // Below 1e-6 a frame would last longer than `Duration` can count.
    if !(1e-6..=MAX_FPS).contains(&v) {
        return Err(format!(
            "expected frames per second from 0.000001 to {MAX_FPS}, got {s}"
        ));
    }
    Ok(v)
}

/// `--max-memory SIZE`: bytes, or a number with a K, M, G or T suffix (powers of 1024; `MB`,
/// `MiB` and lower case are accepted too), from 1 MiB to 1 PiB.
pub fn memory_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits_end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(digits_end);
    let scale: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" | "kib" => 1024.0,
        "m" | "mb" | "mib" => 1024.0 * 1024.0,
        "g" | "gb" | "gib" => 1024.0 * 1024.0 * 1024.0,
        "t" | "tb" | "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return Err(format!("'{s}' is not a size (examples: 512M, 4G)")),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("'{s}' is not a size (examples: 512M, 4G)"))?;
    let bytes = n * scale;
    const MIN: f64 = 1024.0 * 1024.0;
    const MAX: f64 = 1024.0 * 1024.0 * 1024.0 * 1024.0 * 1024.0;
    if !(MIN..=MAX).contains(&bytes) {
        return Err(format!("expected a size from 1M to 1024T, got {s}"));
    }
    Ok(bytes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts() {
        assert_eq!(seconds("2.5"), Ok(2.5));
        for bad in ["NaN", "inf", "-inf", "-1", "0", "1e300", "", "abc", "1e10"] {
            assert!(seconds(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn frame_rates() {
        assert_eq!(fps("30"), Ok(30.0));
        for bad in ["NaN", "inf", "-1", "0", "1e-300", "1e300", "x"] {
            assert!(fps(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(memory_size("512M"), Ok(512 << 20));
        assert_eq!(memory_size("4G"), Ok(4 << 30));
        assert_eq!(memory_size("1.5GiB"), Ok(3 << 29));
        assert_eq!(memory_size("2097152"), Ok(2 << 20));
        assert_eq!(memory_size("64mb"), Ok(64 << 20));
        for bad in [
            "NaN", "inf", "-1G", "0", "1K", "1e300", "", "4X", "1.2.3G", "2000T",
        ] {
            assert!(memory_size(bad).is_err(), "{bad}");
        }
    }
}
