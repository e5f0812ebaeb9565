//! Event identities: GMEdit's event names (used by `#event` in single-file objects), GameMaker's
//! `ev_*` type/number pairs, and the names error reports use.

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKey {
    Create,
    Destroy,
    CleanUp,
    StepBegin,
    Step,
    StepEnd,
    Alarm(u8),
    User(u8),
    GameStart,
    GameEnd,
    RoomStart,
    RoomEnd,
    /// An Async event by its Other subtype number (`ev_async_web` = 62, ...).
    Async(u8),
    /// Draw events are parsed and kept, not run (the runtime is headless).
    Draw(u8),
    /// Object Variables (GameMaker's pre-create step, `ev_pre_create`), run before Create.
    PreCreate,
    /// Collision with instances of an object (by object index), in the collision phase.
    Collision(usize),
    /// Other event 7: `image_index` ran past the sprite's last frame.
    AnimationEnd,
    /// Other events without a name of their own here (`Other_8` path end, `Other_0` outside
    /// room...), by subtype number.
    Other(u8),
    /// Input events (`ev_keyboard`, `ev_mouse`, `ev_keypress`, `ev_keyrelease`, `ev_gesture`) by
    /// type and number: compiled and kept, never fired headless.
    Input(u8, u16),
}

// ev_* event types and numbers, as GameMaker defines them.
pub const EV_CREATE: i64 = 0;
pub const EV_DESTROY: i64 = 1;
pub const EV_ALARM: i64 = 2;
pub const EV_STEP: i64 = 3;
pub const EV_OTHER: i64 = 7;
pub const EV_DRAW: i64 = 8;
pub const EV_COLLISION: i64 = 4;
pub const EV_KEYBOARD: i64 = 5;
pub const EV_MOUSE: i64 = 6;
pub const EV_KEYPRESS: i64 = 9;
pub const EV_KEYRELEASE: i64 = 10;
pub const EV_CLEANUP: i64 = 12;
pub const EV_GESTURE: i64 = 13;
pub const EV_PRE_CREATE: i64 = 14;

/// GMEdit async event names and their Other subtype numbers.
pub const ASYNC_EVENTS: &[(&str, u8)] = &[
    ("async_image", 60),
    ("async_http", 62),
    ("async_dialog", 63),
    ("async_iap", 66),
    ("async_cloud", 67),
    ("async_network", 68),
    ("async_steam", 69),
    ("async_social", 70),
    ("async_push_notification", 71),
    ("async_save_load", 72),
    ("async_audio_recording", 73),
    ("async_audio_playback", 74),
    ("async_system", 75),
    ("async_audio_playback_ended", 80),
];

const DRAW_EVENTS: &[(&str, u8)] = &[
    ("draw", 0),
    ("draw_gui", 64),
    ("draw_resize", 65),
    ("draw_begin", 72),
    ("draw_end", 73),
    ("draw_gui_begin", 74),
    ("draw_gui_end", 75),
    ("draw_pre", 76),
    ("draw_post", 77),
];

impl EventKey {
    /// Parses a GMEdit event name (`create`, `step_begin`, `alarm3`, `other_user0`, `async_http`...).
    pub fn from_gmedit(name: &str) -> Option<EventKey> {
        let simple = match name {
            "create" => Some(EventKey::Create),
            "destroy" => Some(EventKey::Destroy),
            "cleanup" => Some(EventKey::CleanUp),
            "step_begin" => Some(EventKey::StepBegin),
            "step" => Some(EventKey::Step),
            "step_end" => Some(EventKey::StepEnd),
            "other_game_start" => Some(EventKey::GameStart),
            "other_game_end" => Some(EventKey::GameEnd),
            "other_room_start" => Some(EventKey::RoomStart),
            "other_room_end" => Some(EventKey::RoomEnd),
            "other_animation_end" => Some(EventKey::AnimationEnd),
            "other_end_of_path" => Some(EventKey::Other(8)),
            _ => None,
        };
        if simple.is_some() {
            return simple;
        }
        if let Some(n) = name
            .strip_prefix("alarm")
            .and_then(|n| n.parse::<u8>().ok())
        {
            return (n < 12).then_some(EventKey::Alarm(n));
        }
        if let Some(n) = name
            .strip_prefix("other_user")
            .and_then(|n| n.parse::<u8>().ok())
        {
            return (n < 16).then_some(EventKey::User(n));
        }
        if let Some(&(_, n)) = ASYNC_EVENTS.iter().find(|(s, _)| *s == name) {
            return Some(EventKey::Async(n));
        }
        DRAW_EVENTS
            .iter()
            .find(|(s, _)| *s == name)
            .map(|&(_, n)| EventKey::Draw(n))
    }

    /// Every accepted GMEdit name, for the "unknown event" diagnostic.
    pub fn known_names() -> Vec<String> {
        let mut v: Vec<String> = [
            "create",
            "destroy",
            "cleanup",
            "step_begin",
            "step",
            "step_end",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.push("alarm0..alarm11".into());
        v.push("other_user0..other_user15".into());
        for s in [
            "other_game_start",
            "other_game_end",
            "other_room_start",
            "other_room_end",
            "other_animation_end",
            "other_end_of_path",
            "collision:OBJECT",
        ] {
            v.push(s.into());
        }
        v.extend(ASYNC_EVENTS.iter().map(|(s, _)| s.to_string()));
        v.extend(DRAW_EVENTS.iter().map(|(s, _)| s.to_string()));
        v
    }

    /// The event for a GameMaker `(ev_type, ev_number)` pair (`event_perform`, project files).
    pub fn from_type_number(ty: i64, num: i64) -> Option<EventKey> {
        Some(match (ty, num) {
            (EV_CREATE, _) => EventKey::Create,
            (EV_DESTROY, _) => EventKey::Destroy,
            (EV_CLEANUP, _) => EventKey::CleanUp,
            (EV_ALARM, n @ 0..=11) => EventKey::Alarm(n as u8),
            (EV_STEP, 0) => EventKey::Step,
            (EV_STEP, 1) => EventKey::StepBegin,
            (EV_STEP, 2) => EventKey::StepEnd,
            (EV_OTHER, 2) => EventKey::GameStart,
            (EV_OTHER, 3) => EventKey::GameEnd,
            (EV_OTHER, 4) => EventKey::RoomStart,
            (EV_OTHER, 5) => EventKey::RoomEnd,
            (EV_OTHER, n @ 10..=25) => EventKey::User((n - 10) as u8),
            (EV_OTHER, n @ 60..=80) => EventKey::Async(n as u8),
            (EV_OTHER, 7) => EventKey::AnimationEnd,
            (EV_OTHER, n @ 0..=255) => EventKey::Other(n as u8),
            (EV_DRAW, n @ 0..=255) => EventKey::Draw(n as u8),
            (EV_PRE_CREATE, _) => EventKey::PreCreate,
            (EV_COLLISION, n) if n >= 0 => EventKey::Collision(n as usize),
            (EV_KEYBOARD | EV_MOUSE | EV_KEYPRESS | EV_KEYRELEASE | EV_GESTURE, n @ 0..=0xFFFF) => {
                EventKey::Input(ty as u8, n as u16)
            }
            _ => return None,
        })
    }

    /// GameMaker's `(ev_type, ev_number)` of the event (`event_type`, `event_number`).
    pub fn type_number(self) -> (i64, i64) {
        match self {
            EventKey::Create => (EV_CREATE, 0),
            EventKey::Destroy => (EV_DESTROY, 0),
            EventKey::CleanUp => (EV_CLEANUP, 0),
            EventKey::Alarm(n) => (EV_ALARM, n as i64),
            EventKey::Step => (EV_STEP, 0),
            EventKey::StepBegin => (EV_STEP, 1),
            EventKey::StepEnd => (EV_STEP, 2),
            EventKey::GameStart => (EV_OTHER, 2),
            EventKey::GameEnd => (EV_OTHER, 3),
            EventKey::RoomStart => (EV_OTHER, 4),
            EventKey::RoomEnd => (EV_OTHER, 5),
            EventKey::AnimationEnd => (EV_OTHER, 7),
            EventKey::User(n) => (EV_OTHER, 10 + n as i64),
            EventKey::Async(n) | EventKey::Other(n) => (EV_OTHER, n as i64),
            EventKey::Draw(n) => (EV_DRAW, n as i64),
            EventKey::PreCreate => (EV_PRE_CREATE, 0),
            EventKey::Collision(o) => (EV_COLLISION, o as i64),
            EventKey::Input(ty, n) => (ty as i64, n as i64),
        }
    }

    /// GameMaker's code-unit suffix: `Create_0`, `Step_1`, `Other_62`, `Alarm_3`.
    pub fn code_name(self) -> String {
        match self {
            EventKey::Create => "Create_0".into(),
            EventKey::Destroy => "Destroy_0".into(),
            EventKey::CleanUp => "CleanUp_0".into(),
            EventKey::StepBegin => "Step_1".into(),
            EventKey::Step => "Step_0".into(),
            EventKey::StepEnd => "Step_2".into(),
            EventKey::Alarm(n) => format!("Alarm_{n}"),
            EventKey::User(n) => format!("Other_{}", 10 + n as u32),
            EventKey::GameStart => "Other_2".into(),
            EventKey::GameEnd => "Other_3".into(),
            EventKey::RoomStart => "Other_4".into(),
            EventKey::RoomEnd => "Other_5".into(),
            EventKey::Async(n) => format!("Other_{n}"),
            EventKey::Draw(n) => format!("Draw_{n}"),
            EventKey::PreCreate => "PreCreate_0".into(),
            EventKey::Collision(n) => format!("Collision_{n}"),
            EventKey::AnimationEnd => "Other_7".into(),
            EventKey::Other(n) => format!("Other_{n}"),
            EventKey::Input(t, n) => format!("{}_{n}", input_type_name(t)),
        }
    }

    /// The event's name in GameMaker's error reports ("of  Step Event0 for object ...").
    pub fn report_name(self) -> String {
        match self {
            EventKey::Create => "Create Event".into(),
            EventKey::Destroy => "Destroy Event".into(),
            EventKey::CleanUp => "CleanUp Event".into(),
            EventKey::StepBegin => " Step Event1".into(),
            EventKey::Step => " Step Event0".into(),
            EventKey::StepEnd => " Step Event2".into(),
            EventKey::Alarm(n) => format!("Alarm Event for alarm {n}"),
            EventKey::User(n) => format!("Other Event: User Event {n}"),
            EventKey::GameStart => "Other Event: Game Start".into(),
            EventKey::GameEnd => "Other Event: Game End".into(),
            EventKey::RoomStart => "Other Event: Room Start".into(),
            EventKey::RoomEnd => "Other Event: Room End".into(),
            EventKey::Async(n) => format!("Async Event: {}", async_report_name(n)),
            EventKey::Draw(_) => "Draw Event".into(),
            EventKey::PreCreate => "PreCreate Event".into(),
            EventKey::Collision(_) => "Collision Event".into(),
            EventKey::AnimationEnd => "Other Event: Animation End".into(),
            EventKey::Other(n) => format!("Other Event {n}"),
            EventKey::Input(t, n) => format!("{} Event {n}", input_type_name(t)),
        }
    }
}

/// GameMaker's file-name prefix of an input event type (`Keyboard_32.gml`).
pub fn input_type_name(ty: u8) -> &'static str {
    match ty as i64 {
        EV_KEYBOARD => "Keyboard",
        EV_MOUSE => "Mouse",
        EV_KEYPRESS => "KeyPress",
        EV_KEYRELEASE => "KeyRelease",
        _ => "Gesture",
    }
}

fn async_report_name(n: u8) -> &'static str {
    match n {
        60 => "Image Loaded",
        62 => "HTTP",
        63 => "Dialog",
        66 => "In-App Purchase",
        67 => "Cloud",
        68 => "Networking",
        69 => "Steam",
        70 => "Social",
        71 => "Push Notification",
        72 => "Save/Load",
        73 => "Audio Recording",
        74 => "Audio Playback",
        75 => "System",
        _ => "Async",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn gmedit_names_round_trip() {
        assert_eq!(EventKey::from_gmedit("alarm11"), Some(EventKey::Alarm(11)));
        assert_eq!(EventKey::from_gmedit("alarm12"), None);
        assert_eq!(
            EventKey::from_gmedit("other_user15"),
            Some(EventKey::User(15))
        );
        assert_eq!(
            EventKey::from_gmedit("async_http"),
            Some(EventKey::Async(62))
        );
        assert_eq!(EventKey::from_gmedit("draw_gui"), Some(EventKey::Draw(64)));
        assert_eq!(EventKey::User(3).code_name(), "Other_13");
    }
}
