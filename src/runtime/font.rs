//! A font's facts: what the font functions report (family, size, style, character range) and
//! the glyph metrics text measuring needs. A project's fonts bring them from their `.yy`
//! (`project/font.rs`); `font_add` fonts have no glyphs, so text in them measures 0.

use hashbrown::HashMap;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// How far the pen moves after this character.
    pub shift: f64,
    /// Where the image starts from the pen.
    pub offset: f64,
}

#[derive(Clone, Debug, Default)]
pub struct FontInfo {
    pub family: String,
    pub size: f64,
    pub bold: bool,
    pub italic: bool,
    pub first: i64,
    pub last: i64,
    pub ascender: f64,
    pub ascender_offset: f64,
    pub glyphs: HashMap<u32, Glyph>,
}

impl FontInfo {
    /// The tallest glyph: GameMaker's line height for a font made in the IDE.
    pub fn line_height(&self) -> f64 {
        self.glyphs.values().fold(0.0, |m, g| m.max(g.h))
    }

    /// A character's advance; a character the font lacks uses its first glyph, as GameMaker
    /// does.
    fn shift(&self, c: char) -> f64 {
        self.glyphs
            .get(&(c as u32))
            .or_else(|| self.glyphs.get(&(self.first as u32)))
            .map_or(0.0, |g| g.shift)
    }

    pub fn line_width(&self, line: &str) -> f64 {
        line.chars().map(|c| self.shift(c)).sum()
    }

    /// The lines `text` is drawn as: split at newlines and, when `wrap` is positive, before a
    /// word that would make the line wider than `wrap` (a single longer word keeps its line).
    pub fn layout(&self, text: &str, wrap: f64) -> Vec<String> {
        let mut out = Vec::new();
        for raw in text.split('\n') {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if wrap <= 0.0 {
                out.push(raw.to_string());
                continue;
            }
            let mut line = String::new();
            for word in raw.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if !line.is_empty() && self.line_width(&candidate) > wrap {
                    out.push(std::mem::replace(&mut line, word.to_string()));
                } else {
                    line = candidate;
                }
            }
            out.push(line);
        }
        out
    }

    /// The width and height `text` takes when drawn: the widest line, and the line count times
    /// `sep` (the font's line height when `sep` is negative). Empty text takes no room.
    pub fn measure(&self, text: &str, sep: f64, wrap: f64) -> (f64, f64) {
        if text.is_empty() {
            return (0.0, 0.0);
        }
        let lines = self.layout(text, wrap);
        let width = lines
            .iter()
            .fold(0.0, |m, l| f64::max(m, self.line_width(l)));
        let step = if sep < 0.0 { self.line_height() } else { sep };
        (width, step * lines.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mono() -> FontInfo {
        let mut f = FontInfo {
            first: 32,
            last: 127,
            ..Default::default()
        };
        for c in 32..128u32 {
            let g = Glyph {
                x: 0.0,
                y: 0.0,
                w: 8.0,
                h: 16.0,
                shift: 10.0,
                offset: 0.0,
            };
            f.glyphs.insert(c, g);
        }
        f
    }

    #[test]
    fn measures_lines_and_wraps_at_spaces() {
        let f = mono();
        assert_eq!(f.measure("", -1.0, -1.0), (0.0, 0.0));
        assert_eq!(f.measure("abc", -1.0, -1.0), (30.0, 16.0));
        assert_eq!(f.measure("ab\nabcd", -1.0, -1.0), (40.0, 32.0));
        assert_eq!(f.measure("aa bb cc", 20.0, 55.0), (50.0, 40.0));
        assert_eq!(f.layout("aa bb cc", 55.0), vec!["aa bb", "cc"]);
        // A character the font lacks measures as its first glyph.
        assert_eq!(f.measure("\u{263a}", -1.0, -1.0), (10.0, 16.0));
    }
}
