//! A font's `.yy` file: family, size, style, character ranges and the glyph metrics that text
//! measuring uses (`runtime/font.rs`). Both `.yy` dialects name these fields the same way.

use super::yy::{Node, Result};
use crate::runtime::font::{FontInfo, Glyph};

pub fn load_font(n: &Node) -> Result<FontInfo> {
    let mut f = FontInfo {
        family: n.str_or("fontName", "Arial")?,
        size: n.num_or("size", 12.0)?,
        bold: n.bool_or("bold", false)?,
        italic: n.bool_or("italic", false)?,
        first: n.num_or("first", 0.0)? as i64,
        last: n.num_or("last", 0.0)? as i64,
        ascender: n.num_or("ascender", 0.0)?,
        ascender_offset: n.num_or("ascenderOffset", 0.0)?,
        ..Default::default()
    };
    // The character ranges give the first and last characters (the top-level fields are 0 in
    // files saved by recent IDEs).
    let ranges = n.items("ranges")?;
    if !ranges.is_empty() {
        let mut lo = i64::MAX;
        let mut hi = i64::MIN;
        for r in &ranges {
            lo = lo.min(r.num("lower")? as i64);
            hi = hi.max(r.num("upper")? as i64);
        }
        (f.first, f.last) = (lo, hi);
    }
    if let Some(glyphs) = n.get("glyphs") {
        if let Some(map) = glyphs.value.as_object() {
            for key in map.keys() {
                let g = glyphs.field(key)?;
                let Ok(code) = key.parse::<u32>() else {
                    continue;
                };
                let glyph = Glyph {
                    x: g.num_or("x", 0.0)?,
                    y: g.num_or("y", 0.0)?,
                    w: g.num_or("w", 0.0)?,
                    h: g.num_or("h", 0.0)?,
                    shift: g.num_or("shift", 0.0)?,
                    offset: g.num_or("offset", 0.0)?,
                };
                f.glyphs.insert(code, glyph);
            }
        }
    }
    Ok(f)
}
