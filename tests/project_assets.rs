//! Assets from a project folder (sprite `.yy` files of both dialects, a precise mask from a
//! frame PNG) used by name from GML; `--strict`; extension functions. Until the project loader
//! reads whole projects, this registers the sprites itself through the loader's API.

use gml::project::sprite::{load_sprite, sprite_name};
use gml::runtime::program::Program;
use gml::vm::Vm;
use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

#[derive(Clone, Default)]
struct Out(Rc<RefCell<Vec<u8>>>);
impl Write for Out {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn program() -> (Program, Out) {
    let out = Out::default();
    (Program::with_stdlib(Vm::new(Box::new(out.clone()))), out)
}

#[test]
fn sprites_from_yy_files_are_named_assets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects/assets_demo");
    let (mut p, out) = program();
    for name in ["spr_ball", "spr_wedge"] {
        let sdir = dir.join("sprites").join(name);
        let file = sdir.join(format!("{name}.yy"));
        let text = std::fs::read_to_string(&file).unwrap();
        let yy: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(sprite_name(&yy), Some(name));
        let spr = load_sprite(&yy, &sdir, &file.display().to_string()).unwrap();
        p.register_sprite(name, spr);
    }
    let main = std::fs::read_to_string(dir.join("single_file.gml")).unwrap();
    let result = p
        .run_file("single_file.gml", &main)
        .unwrap_or_else(|e| panic!("{}", e.render()));
    if let Err(e) = result {
        panic!("runtime error: {}", e.message());
    }
    let expected = std::fs::read_to_string(dir.join("single_file.out")).unwrap();
    let got = String::from_utf8(out.0.borrow().clone()).unwrap();
    assert_eq!(got, expected);
}

#[test]
fn extension_functions_are_errors_naming_the_extension() {
    let (mut p, _) = program();
    p.register_extension_function("SteamWorks", "steam_get_user_name", None);
    let Err(e) = p
        .run_file("t.gml", "var n = steam_get_user_name();")
        .unwrap_or_else(|e| panic!("{}", e.render()))
    else {
        panic!("calling an extension function should fail");
    };
    assert_eq!(
        e.message(),
        "steam_get_user_name is a function of the extension SteamWorks, which gml cannot run (extensions are native code)"
    );
    // GML that defines the function wins.
    let (mut p, out) = program();
    p.register_extension_function("SteamWorks", "steam_get_user_name", None);
    p.run_file(
        "t.gml",
        "function steam_get_user_name() { return \"gml\"; }\nshow_debug_message(steam_get_user_name());",
    )
    .unwrap_or_else(|e| panic!("{}", e.render()))
    .unwrap_or_else(|e| panic!("{}", e.message()));
    assert_eq!(String::from_utf8(out.0.borrow().clone()).unwrap(), "gml\n");
}

#[test]
fn strict_makes_each_headless_call_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.gml");
    std::fs::write(
        &file,
        "show_debug_message(\"before\");\ndraw_sprite(0, 0, 10, 10);\nshow_debug_message(\"after\");\n",
    )
    .unwrap();
    let run = |strict: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_gml"));
        cmd.arg("run").arg("--fast").arg("--timeout").arg("20");
        if strict {
            cmd.arg("--strict");
        }
        cmd.arg(&file).current_dir(dir.path()).output().unwrap()
    };
    let plain = run(false);
    assert_eq!(plain.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&plain.stdout), "before\nafter\n");
    let strict = run(true);
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&strict.stdout), "before\n");
    let err = String::from_utf8_lossy(&strict.stderr);
    assert!(
        err.contains("draw_sprite: this function only affects the screen, speakers, window or input, which gml does not have (--strict)"),
        "{err}"
    );
}

/// The whole project through `gml run`: sprites from both `.yy` dialects, two moving instances
/// whose precise masks meet, the Collision events of both, animation ends on the way.
#[test]
fn project_with_moving_instances_and_collision_events() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gml"))
        .args([
            "run",
            "--fast",
            "--timeout",
            "20",
            "tests/projects/assets_demo",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "the project should run cleanly"
    );
    assert_eq!(out.status.code(), Some(0));
    let expected = std::fs::read_to_string("tests/projects/assets_demo/expected.out").unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

/// Runs a project made of `files` (path, text) for one frame; returns stdout and stderr.
fn run_files(files: &[(&str, &str)]) -> (String, String) {
    run_files_for(files, 1)
}

/// `run_files` for up to `frames` frames.
fn run_files_for(files: &[(&str, &str)], frames: u32) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gml"))
        .args(["run", "--fast", "--max-frames", &frames.to_string()])
        .arg(dir.path())
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const SCR_MAIN_YY: (&str, &str) = (
    "scripts/scr_main/scr_main.yy",
    r#"{"resourceType":"GMScript","name":"scr_main","isDnD":false,}"#,
);

/// A particle system asset (`particles/` in the `.yyp`) is a handle like any other asset.
#[test]
fn particle_system_assets_are_handles() {
    let (out, err) = run_files(&[
        (
            "ps.yyp",
            r#"{"resources":[
  {"id":{"name":"ps_sparks","path":"particles/ps_sparks/ps_sparks.yy",},},
  {"id":{"name":"scr_main","path":"scripts/scr_main/scr_main.yy",},},
],"name":"ps","resourceType":"GMProject",}"#,
        ),
        (
            "particles/ps_sparks/ps_sparks.yy",
            r#"{"resourceType":"GMParticleSystem","name":"ps_sparks","emitters":[],}"#,
        ),
        SCR_MAIN_YY,
        (
            "scripts/scr_main/scr_main.gml",
            "show_debug_message(string(ps_sparks));\n\
             show_debug_message(asset_get_type(\"ps_sparks\") == asset_particlesystem);\n\
             show_debug_message(is_handle(ps_sparks));\n\
             show_debug_message(handle_parse(string(ps_sparks)) == ps_sparks);\n",
        ),
    ]);
    assert_eq!(
        out, "ref particle system resource 0\n1\n1\n1\n",
        "stderr: {err}"
    );
}

/// A shader's uniforms are those its `.vsh`/`.fsh` declare: `shader_get_uniform` gives each a
/// handle and -1 for any other name; samplers have their own indexes; `shader_set` and
/// `shader_reset` keep `shader_current`.
#[test]
fn shader_uniforms_come_from_the_shader_sources() {
    let (out, err) = run_files(&[
        (
            "sh.yyp",
            r#"{"resources":[
  {"id":{"name":"sh_tint","path":"shaders/sh_tint/sh_tint.yy",},},
  {"id":{"name":"scr_main","path":"scripts/scr_main/scr_main.yy",},},
],"name":"sh","resourceType":"GMProject",}"#,
        ),
        (
            "shaders/sh_tint/sh_tint.yy",
            r#"{"resourceType":"GMShader","name":"sh_tint","type":1,}"#,
        ),
        (
            "shaders/sh_tint/sh_tint.vsh",
            "attribute vec3 in_Position;\nuniform float u_time; // seconds\n\
             void main() { gl_Position = vec4(in_Position, u_time); }\n",
        ),
        (
            "shaders/sh_tint/sh_tint.fsh",
            "varying vec2 v_vTexcoord;\n/* uniform vec4 u_old; */\n\
             uniform lowp vec4 u_colour;\nuniform float u_weights[4], u_bias;\n\
             uniform sampler2D s_noise;\n\
             void main() { gl_FragColor = u_colour * texture2D(s_noise, v_vTexcoord); }\n",
        ),
        SCR_MAIN_YY,
        (
            "scripts/scr_main/scr_main.gml",
            "var names = [\"u_time\", \"u_colour\", \"u_weights\", \"u_bias\", \"u_old\", \"s_noise\"];\n\
             var handles = [];\n\
             for (var i = 0; i < 6; i++) handles[i] = shader_get_uniform(sh_tint, names[i]);\n\
             show_debug_message(handles);\n\
             show_debug_message([shader_get_sampler_index(sh_tint, \"s_noise\"), shader_get_sampler_index(sh_tint, \"u_time\")]);\n\
             show_debug_message(shader_current());\n\
             shader_set(sh_tint);\n\
             show_debug_message(shader_current() == sh_tint);\n\
             shader_reset();\n\
             show_debug_message(shader_current());\n",
        ),
    ]);
    assert_eq!(
        out, "[ 0,1,2,3,-1,-1 ]\n[ 0,-1 ]\n-1\n1\n-1\n",
        "stderr: {err}"
    );
}

/// The `.yyp`'s audio groups are constants in their order, and each sound is in the group its
/// `.yy` names (the default group when it names none).
#[test]
fn audio_groups_and_their_sounds_come_from_the_project() {
    let sound = |name: &str, group: Option<&str>| {
        let g = group.map_or(String::new(), |g| {
            format!(r#""audioGroupId":{{"name":"{g}","path":"audiogroups/{g}",}},"#)
        });
        (
            format!("sounds/{name}/{name}.yy"),
            format!(r#"{{"resourceType":"GMSound","name":"{name}",{g}}}"#),
        )
    };
    let sounds = [
        sound("snd_click", Some("audiogroup_default")),
        sound("snd_theme", Some("audiogroup_music")),
        sound("snd_old", None),
    ];
    let mut files: Vec<(&str, &str)> = sounds
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    files.extend([
        (
            "ag.yyp",
            r#"{"resources":[
  {"id":{"name":"snd_click","path":"sounds/snd_click/snd_click.yy",},},
  {"id":{"name":"snd_theme","path":"sounds/snd_theme/snd_theme.yy",},},
  {"id":{"name":"snd_old","path":"sounds/snd_old/snd_old.yy",},},
  {"id":{"name":"scr_main","path":"scripts/scr_main/scr_main.yy",},},
],"AudioGroups":[
  {"name":"audiogroup_default","resourceType":"GMAudioGroup",},
  {"name":"audiogroup_music","resourceType":"GMAudioGroup",},
  {"name":"audiogroup_voices","resourceType":"GMAudioGroup",},
],"name":"ag","resourceType":"GMProject",}"#,
        ),
        SCR_MAIN_YY,
        (
            "scripts/scr_main/scr_main.gml",
            "show_debug_message([audiogroup_default, audiogroup_music, audiogroup_voices]);\n\
             show_debug_message([audio_group_name(audiogroup_music), audio_group_is_loaded(audiogroup_music)]);\n\
             show_debug_message([audio_sound_get_audio_group(snd_click), audio_sound_get_audio_group(snd_theme), audio_sound_get_audio_group(snd_old)]);\n\
             show_debug_message(audio_group_get_assets(audiogroup_music));\n\
             show_debug_message(audio_group_get_assets(audiogroup_default));\n\
             show_debug_message(audio_group_get_assets(audiogroup_voices));\n\
             show_debug_message([audio_group_load(audiogroup_music), audio_group_is_loaded(audiogroup_music)]);\n",
        ),
    ]);
    let (out, err) = run_files(&files);
    assert_eq!(
        out,
        "[ 0,1,2 ]\n[ \"audiogroup_music\",0 ]\n[ 0,1,0 ]\n[ ref sound 1 ]\n\
         [ ref sound 0,ref sound 2 ]\n[  ]\n[ 1,1 ]\n",
        "stderr: {err}"
    );
}

/// A function declared in an object's event is a method of the instance, made when that event
/// runs (GameMaker's rule), not a global script: the event itself and the object's later events
/// call it.
#[test]
fn functions_declared_in_an_event_are_methods_of_the_instance() {
    let (out, err) = run_files(&[
        (
            "ev.yyp",
            r#"{"resources":[
  {"id":{"name":"obj_a","path":"objects/obj_a/obj_a.yy",},},
  {"id":{"name":"scr_main","path":"scripts/scr_main/scr_main.yy",},},
],"name":"ev","resourceType":"GMProject",}"#,
        ),
        (
            "objects/obj_a/obj_a.yy",
            r#"{"resourceType":"GMObject","name":"obj_a","eventList":[
  {"eventNum":0,"eventType":0,"collisionObjectId":null,"resourceType":"GMEvent",},
  {"eventNum":0,"eventType":3,"collisionObjectId":null,"resourceType":"GMEvent",},
],"parentObjectId":null,"spriteId":null,}"#,
        ),
        (
            "objects/obj_a/Create_0.gml",
            "function twice(a) {\n    return a * 2;\n}\nshow_debug_message(twice(21));\n",
        ),
        (
            "objects/obj_a/Step_0.gml",
            "show_debug_message([twice(1), is_method(twice)]);\ngame_end();\n",
        ),
        SCR_MAIN_YY,
        (
            "scripts/scr_main/scr_main.gml",
            "instance_create_depth(0, 0, 0, obj_a);\n",
        ),
    ]);
    assert_eq!(out, "42\n[ 2,1 ]\n", "stderr: {err}");
}

/// A project font reports its `.yy` facts (family, size, style, the character range from
/// `ranges`) and text measures with its glyphs: `string_width` is the widest line's sum of
/// advances, `string_height` the tallest glyph per line; `_ext` wraps at spaces.
#[test]
fn fonts_report_their_facts_and_measure_text_with_their_glyphs() {
    let glyph = |c: u32, w: u32, shift: u32| {
        format!(
            r#""{c}":{{"x":0,"y":0,"w":{w},"h":20,"character":{c},"shift":{shift},"offset":0,}},"#
        )
    };
    let glyphs: String = [glyph(32, 4, 5), glyph(97, 9, 10), glyph(98, 11, 12)].concat();
    let font_yy = format!(
        r#"{{"resourceType":"GMFont","name":"fnt_ui","fontName":"Verdana","size":14.0,"bold":true,
"italic":false,"first":0,"last":0,"glyphs":{{{glyphs}}},"ranges":[{{"lower":32,"upper":127,}},],}}"#
    );
    let (out, err) = run_files(&[
        (
            "ft.yyp",
            r#"{"resources":[
  {"id":{"name":"fnt_ui","path":"fonts/fnt_ui/fnt_ui.yy",},},
  {"id":{"name":"scr_main","path":"scripts/scr_main/scr_main.yy",},},
],"name":"ft","resourceType":"GMProject",}"#,
        ),
        ("fonts/fnt_ui/fnt_ui.yy", &font_yy),
        SCR_MAIN_YY,
        (
            "scripts/scr_main/scr_main.gml",
            "show_debug_message([font_get_fontname(fnt_ui), font_get_size(fnt_ui), font_get_bold(fnt_ui), font_get_italic(fnt_ui), font_get_first(fnt_ui), font_get_last(fnt_ui)]);\n\
             show_debug_message([string_width(\"ab\"), string_height(\"ab\")]);\n\
             draw_set_font(fnt_ui);\n\
             show_debug_message([string_width(\"ab\"), string_width(\"ab\\nbbb\"), string_height(\"ab\\nb\"), string_width(\"\")]);\n\
             show_debug_message([string_width_ext(\"ab ab ab\", -1, 50), string_height_ext(\"ab ab ab\", 30, 50)]);\n\
             var info = font_get_info(fnt_ui);\n\
             show_debug_message([info.name, info.size, info.glyphs.b.shift]);\n\
             var f = font_add(\"Courier\", 9, false, true, 32, 90);\n\
             show_debug_message([font_exists(f), font_get_name(f), font_get_fontname(f), font_get_italic(f), font_get_last(f)]);\n\
             font_delete(f);\n\
             show_debug_message([font_exists(f), font_get_size(f)]);\n",
        ),
    ]);
    assert_eq!(
        out,
        "[ \"Verdana\",14,1,0,32,127 ]\n[ 0,0 ]\n[ 22,36,40,0 ]\n[ 49,60 ]\n\
         [ \"Verdana\",14,12 ]\n[ 1,\"__newfont1\",\"Courier\",1,90 ]\n[ 0,0 ]\n",
        "stderr: {err}"
    );
}

/// A project's animation curve comes from its `.yy` (2024 dialect here): `animcurve_get` gives
/// the curve struct with its channels and points, and a channel evaluates along them.
#[test]
fn animation_curves_come_from_the_project() {
    let (out, err) = run_files(&[
        (
            "ac.yyp",
            r#"{"resources":[
  {"id":{"name":"ac_bounce","path":"animcurves/ac_bounce/ac_bounce.yy",},},
  {"id":{"name":"scr_main","path":"scripts/scr_main/scr_main.yy",},},
],"name":"ac","resourceType":"GMProject",}"#,
        ),
        (
            "animcurves/ac_bounce/ac_bounce.yy",
            r#"{"$GMAnimCurve":"","%Name":"ac_bounce","channels":[
    {"$GMAnimCurveChannel":"","%Name":"height","colour":4290799884,"name":"height","points":[
        {"th0":-0.1,"th1":0.1,"tv0":0.0,"tv1":0.0,"x":0.0,"y":0.0,},
        {"th0":-0.1,"th1":0.1,"tv0":0.0,"tv1":0.0,"x":0.25,"y":8.0,},
        {"th0":-0.1,"th1":0.1,"tv0":0.0,"tv1":0.0,"x":1.0,"y":2.0,},
      ],"resourceType":"GMAnimCurveChannel","resourceVersion":"2.0","visible":true,},
    {"$GMAnimCurveChannel":"","%Name":"spin","name":"spin","points":[
        {"x":0.0,"y":1.0,},{"x":1.0,"y":1.0,},
      ],"resourceType":"GMAnimCurveChannel","resourceVersion":"2.0","visible":true,},
  ],"function":0,"name":"ac_bounce","resourceType":"GMAnimCurve","resourceVersion":"2.0",}"#,
        ),
        SCR_MAIN_YY,
        (
            "scripts/scr_main/scr_main.gml",
            "var c = animcurve_get(ac_bounce);\n\
             show_debug_message([c.name, array_length(c.channels), animcurve_exists(ac_bounce), animcurve_get(ac_bounce) == c]);\n\
             var h = animcurve_get_channel(ac_bounce, \"height\");\n\
             show_debug_message([h.name, h.type, array_length(h.points), h.points[1].posx, h.points[1].value]);\n\
             show_debug_message([animcurve_channel_evaluate(h, 0.125), animcurve_channel_evaluate(h, 0.625), animcurve_get_channel_index(ac_bounce, \"spin\")]);\n\
             try { animcurve_destroy(ac_bounce); } catch (e) { show_debug_message(e.message); }\n",
        ),
    ]);
    assert_eq!(
        out,
        "[ \"ac_bounce\",2,1,1 ]\n[ \"height\",0,3,0.25,8 ]\n[ 4,5,1 ]\n\
         animcurve_destroy() - can't delete a curve created in the IDE\n",
        "stderr: {err}"
    );
}

/// Rooms made and edited by code: `room_add` gives an empty 1366 x 768 room named
/// `__newroom<N>`, `room_instance_add` places instances (their ids known at once) that are
/// created when the room is entered, `room_duplicate` copies a room with new instance ids.
#[test]
fn rooms_made_by_code_are_entered_with_their_instances() {
    let object = |name: &str, events: &str| {
        (
            format!("objects/{name}/{name}.yy"),
            format!(
                r#"{{"resourceType":"GMObject","name":"{name}","eventList":[{events}],"parentObjectId":null,"spriteId":null,}}"#
            ),
        )
    };
    let create = r#"{"isDnD":false,"eventNum":0,"eventType":0,"collisionObjectId":null,"resourceType":"GMEvent",},"#;
    let objects = [object("obj_start", create), object("obj_guard", create)];
    let mut files: Vec<(&str, &str)> = objects
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    files.extend([
        (
            "rc.yyp",
            r#"{"resources":[
  {"id":{"name":"obj_start","path":"objects/obj_start/obj_start.yy",},},
  {"id":{"name":"obj_guard","path":"objects/obj_guard/obj_guard.yy",},},
  {"id":{"name":"rm_start","path":"rooms/rm_start/rm_start.yy",},},
],"RoomOrderNodes":[{"roomId":{"name":"rm_start","path":"rooms/rm_start/rm_start.yy",},},],
"name":"rc","resourceType":"GMProject",}"#,
        ),
        (
            "rooms/rm_start/rm_start.yy",
            r#"{"resourceType":"GMRoom","name":"rm_start","layers":[
  {"resourceType":"GMRInstanceLayer","name":"Instances","depth":0,"visible":true,"instances":[
    {"resourceType":"GMRInstance","name":"inst_a","objectId":{"name":"obj_start","path":"objects/obj_start/obj_start.yy",},"x":0,"y":0,},
  ],},
],"instanceCreationOrder":[{"name":"inst_a","path":"rooms/rm_start/rm_start.yy",},],
"roomSettings":{"Width":640,"Height":480,"persistent":false,},}"#,
        ),
        (
            "objects/obj_start/Create_0.gml",
            "if (room == rm_start) {\n\
                 var r = room_add();\n\
                 show_debug_message([room_get_name(r), room_exists(r)]);\n\
                 room_set_width(r, 320);\n\
                 var g = room_instance_add(r, 16, 24, obj_guard);\n\
                 global.guard = g;\n\
                 var copy = room_duplicate(r);\n\
                 show_debug_message([room_get_name(copy), copy != r]);\n\
                 room_goto(r);\n\
             }\n",
        ),
        (
            "objects/obj_guard/Create_0.gml",
            "show_debug_message([room_get_name(room), room_width, room_height, x, y, id == global.guard, instance_number(obj_start)]);\n\
             game_end();\n",
        ),
    ]);
    let (out, err) = run_files(&files);
    assert_eq!(
        out, "[ \"__newroom1\",1 ]\n[ \"__newroom2\",1 ]\n[ \"__newroom1\",320,768,16,24,1,0 ]\n",
        "stderr: {err}"
    );
}

/// A project's timeline: the `.yy`'s `momentList` gives the steps, `moment_N.gml` beside it the
/// code, which runs for the instance following the timeline (self is that instance).
#[test]
fn timeline_moments_come_from_the_project() {
    let (out, err) = run_files_for(&[
        (
            "tl.yyp",
            r#"{"resources":[
  {"id":{"name":"tl_intro","path":"timelines/tl_intro/tl_intro.yy",},},
  {"id":{"name":"obj_actor","path":"objects/obj_actor/obj_actor.yy",},},
  {"id":{"name":"scr_main","path":"scripts/scr_main/scr_main.yy",},},
],"name":"tl","resourceType":"GMProject",}"#,
        ),
        (
            "timelines/tl_intro/tl_intro.yy",
            r#"{"$GMTimeline":"","%Name":"tl_intro","momentList":[
    {"$GMMoment":"","%Name":"","evnt":{"$GMEvent":"v1","%Name":"","collisionObjectId":null,"eventNum":0,"eventType":0,"isDnD":false,"name":"","resourceType":"GMEvent","resourceVersion":"2.0",},"moment":0,"name":"","resourceType":"GMMoment","resourceVersion":"2.0",},
    {"$GMMoment":"","%Name":"","evnt":{"$GMEvent":"v1","%Name":"","collisionObjectId":null,"eventNum":2,"eventType":0,"isDnD":false,"name":"","resourceType":"GMEvent","resourceVersion":"2.0",},"moment":2,"name":"","resourceType":"GMMoment","resourceVersion":"2.0",},
  ],"name":"tl_intro","resourceType":"GMTimeline","resourceVersion":"2.0",}"#,
        ),
        (
            "timelines/tl_intro/moment_0.gml",
            "show_debug_message([\"moment 0\", object_get_name(object_index), timeline_position]);\n",
        ),
        (
            "timelines/tl_intro/moment_2.gml",
            "show_debug_message([\"moment 2\", timeline_position, timeline_size(tl_intro), timeline_max_moment(tl_intro), timeline_get_name(timeline_index)]);\ngame_end();\n",
        ),
        (
            "objects/obj_actor/obj_actor.yy",
            r#"{"resourceType":"GMObject","name":"obj_actor","eventList":[{"isDnD":false,"eventNum":0,"eventType":0,"collisionObjectId":null,"resourceType":"GMEvent",},],"parentObjectId":null,"spriteId":null,}"#,
        ),
        (
            "objects/obj_actor/Create_0.gml",
            "timeline_index = tl_intro;\ntimeline_running = true;\n",
        ),
        SCR_MAIN_YY,
        (
            "scripts/scr_main/scr_main.gml",
            "instance_create_depth(0, 0, 0, obj_actor);\n",
        ),
    ], 10);
    assert_eq!(
        out, "[ \"moment 0\",\"obj_actor\",1 ]\n[ \"moment 2\",3,2,2,\"tl_intro\" ]\n",
        "stderr: {err}"
    );
}
