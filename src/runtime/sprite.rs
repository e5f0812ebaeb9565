//! Sprites as the headless runtime needs them: size, origin, frame count, playback speed and the
//! collision mask (bounding box, kind, and per-pixel masks where the kind needs them). Nothing is
//! drawn, so only the pixels' alpha is ever looked at, and only for precise masks.

/// The collision kinds of GameMaker's sprite editor, numbered as the `.yy` `collisionKind` field
/// and `sprite_collision_mask`'s `kind` argument (`bboxkind_*`) number them.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum MaskKind {
    Precise,
    Rectangle,
    Ellipse,
    Diamond,
    PrecisePerFrame,
    RotatedRectangle,
}

impl MaskKind {
    pub fn from_number(n: i64) -> Option<MaskKind> {
        Some(match n {
            0 => MaskKind::Precise,
            1 => MaskKind::Rectangle,
            2 => MaskKind::Ellipse,
            3 => MaskKind::Diamond,
            4 => MaskKind::PrecisePerFrame,
            5 => MaskKind::RotatedRectangle,
            _ => return None,
        })
    }
    /// Whether the mask is a per-pixel bitmap (GameMaker turns ellipse and diamond masks into
    /// bitmaps too; they are tested pixel by pixel only when a check asks for precision).
    pub fn uses_bitmap(self) -> bool {
        matches!(
            self,
            MaskKind::Precise | MaskKind::PrecisePerFrame | MaskKind::Ellipse | MaskKind::Diamond
        )
    }
}

/// How `bbox` was chosen (`bboxmode_*`): 0 automatic, 1 full image, 2 manual.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BBoxMode {
    Automatic,
    FullImage,
    Manual,
}

impl BBoxMode {
    pub fn from_number(n: i64) -> Option<BBoxMode> {
        Some(match n {
            0 => BBoxMode::Automatic,
            1 => BBoxMode::FullImage,
            2 => BBoxMode::Manual,
            _ => return None,
        })
    }
}

/// A sprite's bounding box in image pixels, edges included (`bbox_right` 31 on a 32 px sprite).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PixelBox {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

/// One frame's alpha, as a bitmap: a pixel is solid when its alpha exceeds the tolerance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bitmap {
    pub width: u32,
    pub height: u32,
    pub bits: Vec<bool>,
}

impl Bitmap {
    pub fn get(&self, x: i64, y: i64) -> bool {
        if x < 0 || y < 0 || x >= self.width as i64 || y >= self.height as i64 {
            return false;
        }
        self.bits[(y as usize) * self.width as usize + x as usize]
    }

    /// The smallest box holding every solid pixel, or None when none is solid.
    pub fn solid_box(&self) -> Option<PixelBox> {
        let mut b: Option<PixelBox> = None;
        for y in 0..self.height as i32 {
            for x in 0..self.width as i32 {
                if self.get(x as i64, y as i64) {
                    let r = b.get_or_insert(PixelBox {
                        left: x,
                        top: y,
                        right: x,
                        bottom: y,
                    });
                    r.left = r.left.min(x);
                    r.right = r.right.max(x);
                    r.top = r.top.min(y);
                    r.bottom = r.bottom.max(y);
                }
            }
        }
        b
    }
}

#[derive(Clone, Debug)]
pub struct Sprite {
    pub width: u32,
    pub height: u32,
    pub xorigin: f64,
    pub yorigin: f64,
    pub frames: u32,
    pub bbox: PixelBox,
    pub bbox_mode: BBoxMode,
    pub kind: MaskKind,
    /// Collision bitmaps over the whole image: one per frame for per-frame precise masks, else
    /// one (the union of the frames for precise; the shape for ellipse and diamond). Empty for
    /// rectangles, and for precise masks whose images were not available.
    pub masks: Vec<Bitmap>,
    /// Frames per second, or per game frame when `speed_per_game_frame` (the `.yy` playback
    /// speed): `image_speed` 1 plays the sprite at this speed.
    pub speed: f64,
    pub speed_per_game_frame: bool,
    /// Each frame's alpha channel (width x height bytes), when the images were read; kept so
    /// `sprite_collision_mask` can rebuild masks. Empty when unknown.
    pub alpha: Vec<Vec<u8>>,
    /// Alpha at or below this is see-through for precise masks and automatic boxes (0..255).
    pub tolerance: u8,
}

impl Sprite {
    /// A sprite of `frames` blank frames: full-image rectangle mask, one frame per game frame.
    pub fn new(width: u32, height: u32, frames: u32) -> Sprite {
        Sprite {
            width,
            height,
            xorigin: 0.0,
            yorigin: 0.0,
            frames,
            bbox: PixelBox {
                left: 0,
                top: 0,
                right: width as i32 - 1,
                bottom: height as i32 - 1,
            },
            bbox_mode: BBoxMode::FullImage,
            kind: MaskKind::Rectangle,
            masks: Vec::new(),
            speed: 1.0,
            speed_per_game_frame: true,
            alpha: Vec::new(),
            tolerance: 0,
        }
    }

    /// Each frame's solid pixels at the sprite's tolerance.
    fn frame_bitmaps(&self) -> Vec<Bitmap> {
        self.alpha
            .iter()
            .map(|a| Bitmap::from_alpha(self.width, self.height, a, self.tolerance))
            .collect()
    }

    /// Applies the bounding-box mode: automatic boxes hug the solid pixels of every frame
    /// (the whole image when no image is known or none is solid), full image covers it all;
    /// manual keeps `bbox`.
    pub fn compute_bbox(&mut self) {
        let full = PixelBox {
            left: 0,
            top: 0,
            right: self.width as i32 - 1,
            bottom: self.height as i32 - 1,
        };
        self.bbox = match self.bbox_mode {
            BBoxMode::Manual => self.bbox,
            BBoxMode::FullImage => full,
            BBoxMode::Automatic => {
                let mut b: Option<PixelBox> = None;
                for f in self.frame_bitmaps() {
                    if let Some(fb) = f.solid_box() {
                        b = Some(match b {
                            None => fb,
                            Some(o) => PixelBox {
                                left: o.left.min(fb.left),
                                top: o.top.min(fb.top),
                                right: o.right.max(fb.right),
                                bottom: o.bottom.max(fb.bottom),
                            },
                        });
                    }
                }
                b.unwrap_or(full)
            }
        };
    }

    /// Rebuilds the bitmaps the collision kind needs from the frames' alpha (precise kinds
    /// whose images are unknown behave as rectangles).
    pub fn build_masks(&mut self) {
        let frames = self.frame_bitmaps();
        self.masks = match self.kind {
            MaskKind::Rectangle | MaskKind::RotatedRectangle => Vec::new(),
            MaskKind::Ellipse => vec![self.shape_bitmap(true)],
            MaskKind::Diamond => vec![self.shape_bitmap(false)],
            MaskKind::PrecisePerFrame => frames,
            MaskKind::Precise => match frames.split_first() {
                None => Vec::new(),
                Some((first, rest)) => {
                    let mut union = first.clone();
                    for f in rest {
                        for (i, b) in union.bits.iter_mut().enumerate() {
                            *b |= f.bits.get(i).copied().unwrap_or(false);
                        }
                    }
                    vec![union]
                }
            },
        };
    }

    /// An ellipse or diamond filling the bounding box, as a bitmap over the image.
    fn shape_bitmap(&self, ellipse: bool) -> Bitmap {
        let (w, h) = (self.width, self.height);
        let b = self.bbox;
        let cx = (b.left + b.right + 1) as f64 / 2.0;
        let cy = (b.top + b.bottom + 1) as f64 / 2.0;
        let rx = ((b.right - b.left + 1) as f64 / 2.0).max(0.5);
        let ry = ((b.bottom - b.top + 1) as f64 / 2.0).max(0.5);
        let mut bits = vec![false; w as usize * h as usize];
        for y in 0..h as i32 {
            for x in 0..w as i32 {
                let dx = (x as f64 + 0.5 - cx) / rx;
                let dy = (y as f64 + 0.5 - cy) / ry;
                let inside = if ellipse {
                    dx * dx + dy * dy <= 1.0
                } else {
                    dx.abs() + dy.abs() <= 1.0
                };
                bits[y as usize * w as usize + x as usize] = inside;
            }
        }
        Bitmap {
            width: w,
            height: h,
            bits,
        }
    }

    /// The bitmap to test for a frame, if the mask is per-pixel and known.
    pub fn mask_for_frame(&self, image_index: f64) -> Option<&Bitmap> {
        if self.masks.is_empty() {
            return None;
        }
        let n = self.masks.len() as i64;
        let i = (image_index.floor() as i64).rem_euclid(n);
        self.masks.get(i as usize)
    }
}

/// Decodes a PNG image into (width, height, alpha of each pixel); opaque formats give 255.
pub fn decode_png_alpha(bytes: &[u8]) -> Result<(u32, u32, Vec<u8>), String> {
    let mut decoder = png::Decoder::new(bytes);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    let (w, h) = (info.width, info.height);
    let channels = match info.color_type {
        png::ColorType::Rgba => 4,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Grayscale => 1,
        png::ColorType::Indexed => return Err("indexed colour was not expanded".into()),
    };
    let n = w as usize * h as usize;
    let stride = info.line_size;
    let mut alpha = Vec::with_capacity(n);
    for y in 0..h as usize {
        let row = &buf[y * stride..];
        for x in 0..w as usize {
            alpha.push(match channels {
                4 | 2 => row[x * channels + channels - 1],
                _ => 255,
            });
        }
    }
    Ok((w, h, alpha))
}

impl Bitmap {
    /// The solid pixels of an alpha channel (`alpha > tolerance`).
    pub fn from_alpha(width: u32, height: u32, alpha: &[u8], tolerance: u8) -> Bitmap {
        let n = width as usize * height as usize;
        Bitmap {
            width,
            height,
            bits: (0..n)
                .map(|i| alpha.get(i).is_some_and(|&a| a > tolerance))
                .collect(),
        }
    }
}
