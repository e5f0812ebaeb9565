//! A sprite's `.yy` file: the facts the headless runtime needs (size, origin, frames, playback
//! speed, bounding box, collision kind) and, for precise masks, the frames' images. Both `.yy`
//! dialects are read: 2.3-2023 (`"resourceType":"GMSprite"`, `"name"`) and 2024+
//! (`"$GMSprite":""`, `"%Name"`). The caller parses the file (JSON with trailing commas) and
//! passes the value; errors are messages naming the file and the field.

use crate::runtime::sprite::{decode_png_alpha, BBoxMode, MaskKind, PixelBox, Sprite};
use serde_json::Value as Json;
use std::path::Path;

/// The sprite's name (`name`, or `%Name` in the 2024 dialect).
pub fn sprite_name(yy: &Json) -> Option<&str> {
    yy.get("%Name")
        .or_else(|| yy.get("name"))
        .and_then(|v| v.as_str())
}

fn number(yy: &Json, field: &str, file: &str) -> Result<Option<f64>, String> {
    match yy.get(field) {
        None | Some(Json::Null) => Ok(None),
        Some(v) => v
            .as_f64()
            .map(Some)
            .ok_or_else(|| format!("{file}: field \"{field}\" should be a number, found {v}")),
    }
}

fn required(yy: &Json, field: &str, file: &str) -> Result<f64, String> {
    number(yy, field, file)?.ok_or_else(|| format!("{file}: missing field \"{field}\""))
}

/// The file name of a frame's image: `<frame name>.png` beside the `.yy`.
fn frame_name(frame: &Json) -> Option<&str> {
    frame
        .get("name")
        .or_else(|| frame.get("%Name"))
        .or_else(|| frame.pointer("/compositeImage/FrameId/name"))
        .and_then(|v| v.as_str())
}

/// Builds a sprite from its parsed `.yy`; `dir` is the sprite's folder (frame images are read
/// from it only for precise collision masks). `file` names the `.yy` in error messages.
pub fn load_sprite(yy: &Json, dir: &Path, file: &str) -> Result<Sprite, String> {
    if !yy.is_object() {
        return Err(format!("{file}: a sprite .yy must be a JSON object"));
    }
    let width = required(yy, "width", file)?;
    let height = required(yy, "height", file)?;
    if !(1.0..=65536.0).contains(&width) || !(1.0..=65536.0).contains(&height) {
        return Err(format!(
            "{file}: fields \"width\"/\"height\" must be 1..65536, found {width} x {height}"
        ));
    }
    let frames = match yy.get("frames") {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::Array(a)) => a.clone(),
        Some(v) => {
            return Err(format!(
                "{file}: field \"frames\" should be an array, found {v}"
            ))
        }
    };
    let mut spr = Sprite::new(width as u32, height as u32, frames.len() as u32);
    let kind_n = number(yy, "collisionKind", file)?.unwrap_or(1.0);
    spr.kind = MaskKind::from_number(kind_n as i64)
        .ok_or_else(|| format!("{file}: field \"collisionKind\" has unknown value {kind_n}"))?;
    let mode_n = number(yy, "bboxMode", file)?.unwrap_or(0.0);
    spr.bbox_mode = BBoxMode::from_number(mode_n as i64)
        .ok_or_else(|| format!("{file}: field \"bboxMode\" has unknown value {mode_n}"))?;
    spr.tolerance = number(yy, "collisionTolerance", file)?
        .unwrap_or(0.0)
        .clamp(0.0, 255.0) as u8;
    // The IDE stores the box it computed, whatever the mode.
    let full = spr.bbox;
    spr.bbox = PixelBox {
        left: number(yy, "bbox_left", file)?.map_or(full.left, |v| v as i32),
        top: number(yy, "bbox_top", file)?.map_or(full.top, |v| v as i32),
        right: number(yy, "bbox_right", file)?.map_or(full.right, |v| v as i32),
        bottom: number(yy, "bbox_bottom", file)?.map_or(full.bottom, |v| v as i32),
    };
    // Origin and playback speed live in the sprite's sequence.
    let seq = yy.get("sequence").filter(|s| s.is_object());
    if let Some(seq) = seq {
        let sfile = format!("{file} (sequence)");
        spr.xorigin = number(seq, "xorigin", &sfile)?.unwrap_or(0.0);
        spr.yorigin = number(seq, "yorigin", &sfile)?.unwrap_or(0.0);
        spr.speed = number(seq, "playbackSpeed", &sfile)?.unwrap_or(30.0);
        spr.speed_per_game_frame = number(seq, "playbackSpeedType", &sfile)?.unwrap_or(0.0) == 1.0;
    } else {
        spr.speed = 30.0;
        spr.speed_per_game_frame = false;
    }
    if matches!(spr.kind, MaskKind::Precise | MaskKind::PrecisePerFrame) {
        spr.alpha = frames
            .iter()
            .enumerate()
            .map(|(i, f)| read_frame(f, i, dir, file, &spr))
            .collect::<Result<_, _>>()?;
    }
    spr.build_masks();
    Ok(spr)
}

/// One frame's alpha from `<frame name>.png`, which must have the sprite's size.
fn read_frame(
    frame: &Json,
    i: usize,
    dir: &Path,
    file: &str,
    spr: &Sprite,
) -> Result<Vec<u8>, String> {
    let name = frame_name(frame).ok_or_else(|| format!("{file}: frames[{i}] has no \"name\""))?;
    let path = super::yy::locate(dir, &format!("{name}.png"));
    let bytes = std::fs::read(&path).map_err(|e| {
        format!(
            "{}: cannot read frame image for the precise mask: {e}",
            path.display()
        )
    })?;
    let (w, h, alpha) = decode_png_alpha(&bytes)
        .map_err(|e| format!("{}: not a PNG image: {e}", path.display()))?;
    if (w, h) != (spr.width, spr.height) {
        return Err(format!(
            "{}: image is {w} x {h}, but the sprite's \"width\"/\"height\" are {} x {}",
            path.display(),
            spr.width,
            spr.height
        ));
    }
    Ok(alpha)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn legacy() -> Json {
        json!({
            "bboxMode": 2, "collisionKind": 1, "type": 0, "origin": 9,
            "collisionTolerance": 0, "bbox_left": 2, "bbox_right": 29, "bbox_top": 4,
            "bbox_bottom": 31, "width": 32, "height": 32,
            "frames": [
                {"compositeImage": {"FrameId": {"name": "f1", "path": "sprites/s/s.yy"}},
                 "name": "f1", "resourceType": "GMSpriteFrame"},
                {"name": "f2", "resourceType": "GMSpriteFrame"}
            ],
            "sequence": {"playbackSpeed": 15.0, "playbackSpeedType": 0, "xorigin": 16,
                          "yorigin": 30, "resourceType": "GMSequence"},
            "name": "spr_player", "resourceType": "GMSprite"
        })
    }

    #[test]
    fn reads_the_2023_dialect() {
        let yy = legacy();
        assert_eq!(sprite_name(&yy), Some("spr_player"));
        let s = load_sprite(&yy, Path::new("."), "spr_player.yy").unwrap();
        assert_eq!((s.width, s.height, s.frames), (32, 32, 2));
        assert_eq!((s.xorigin, s.yorigin), (16.0, 30.0));
        assert_eq!(
            s.bbox,
            PixelBox {
                left: 2,
                top: 4,
                right: 29,
                bottom: 31
            }
        );
        assert_eq!(
            (s.kind, s.bbox_mode),
            (MaskKind::Rectangle, BBoxMode::Manual)
        );
        assert_eq!((s.speed, s.speed_per_game_frame), (15.0, false));
    }

    #[test]
    fn reads_the_2024_dialect() {
        let yy = json!({
            "$GMSprite": "v2", "%Name": "spr_wall", "bboxMode": 0, "collisionKind": 2,
            "bbox_left": 0, "bbox_right": 7, "bbox_top": 0, "bbox_bottom": 7,
            "width": 8, "height": 8,
            "frames": [{"$GMSpriteFrame": "v1", "%Name": "g1", "name": "g1"}],
            "sequence": {"$GMSequence": "v1", "%Name": "spr_wall", "playbackSpeed": 1.0,
                          "playbackSpeedType": 1, "xorigin": 0, "yorigin": 0},
            "name": "spr_wall"
        });
        assert_eq!(sprite_name(&yy), Some("spr_wall"));
        let s = load_sprite(&yy, Path::new("."), "spr_wall.yy").unwrap();
        assert_eq!((s.width, s.frames, s.kind), (8, 1, MaskKind::Ellipse));
        assert!(s.speed_per_game_frame);
        // the ellipse bitmap: corners out, centre in
        let m = &s.masks[0];
        assert!(!m.get(0, 0) && m.get(4, 4) && m.get(0, 4));
    }

    #[test]
    fn errors_name_the_file_and_field() {
        let mut yy = legacy();
        yy.as_object_mut().unwrap().remove("width");
        let e = load_sprite(&yy, Path::new("."), "sprites/s/s.yy").unwrap_err();
        assert_eq!(e, "sprites/s/s.yy: missing field \"width\"");
        let mut yy = legacy();
        yy["collisionKind"] = json!("x");
        let e = load_sprite(&yy, Path::new("."), "s.yy").unwrap_err();
        assert_eq!(
            e,
            "s.yy: field \"collisionKind\" should be a number, found \"x\""
        );
        let mut yy = legacy();
        yy["collisionKind"] = json!(0);
        let dir = tempfile::tempdir().unwrap();
        let e = load_sprite(&yy, dir.path(), "s.yy").unwrap_err();
        assert!(e.contains("f1.png: cannot read frame image"), "{e}");
    }
}
