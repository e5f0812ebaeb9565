//! A loaded project to the same program the single-file path builds: objects (with their
//! events, Object Variables and defaults), asset and room-instance constants, scripts, rooms.
//! Every file's macros are collected and every file's enums, script functions and `globalvar`s
//! declared before any file is compiled, so that they are global across files.

use super::assets;
use super::load::event_file_stem;
use super::model::{Override, Project, Property};
use crate::compiler;
use crate::runtime::events::EventKey;
use crate::runtime::program::{CompileErrors, Program};
use crate::runtime::rooms::{InstanceDef, LayerDef, RoomDef};
use crate::runtime::world::ObjectDef;
use crate::syntax::{self, Diagnostic, ParsedFile};
use crate::vm::bytecode::{Proto, SourceFile};
use crate::vm::function::FunctionObj;
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, Value};
use hashbrown::HashMap;
use std::rc::Rc;

pub struct BuildOptions {
    /// `--config`: which `#macro Config:NAME value` lines count (`Default`: the plain ones).
    pub config: String,
    /// `--room`: the room to start in instead of the first of the room order.
    pub room: Option<String>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            config: "Default".into(),
            room: None,
        }
    }
}

/// What building found: rendered errors and warnings, and the scripts' top-level code in the
/// `.yyp`'s order (to run at game start, before the first room).
#[derive(Default)]
pub struct BuildReport {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    pub top_levels: Vec<Rc<Proto>>,
    /// Calls of unknown names, by unit, kept until every file's assigned variables are known.
    unknown_calls: Vec<(usize, Diagnostic)>,
    assigned: hashbrown::HashSet<Rc<str>>,
}

/// Where a piece of GML goes once compiled.
enum Target {
    Script,
    /// An extension's GML file: its functions, no top-level code to run.
    ExtensionCode,
    Event(usize, EventKey),
    /// Object Variables, as the object's pre-create event.
    ObjectVariables(usize),
    /// A room instance's overridden variables (room, instance).
    Overrides(usize, usize),
    InstanceCode(usize, usize),
    RoomCode(usize),
    /// A timeline's moment code (timeline index, step).
    Moment(i64, f64),
}

struct Unit {
    target: Target,
    /// The name diagnostics show (the file's path as the user would type it).
    file: String,
    /// GameMaker's code-unit name (`gml_Object_obj_a_Step_0`), for error reports.
    unit: String,
    text: String,
}

/// Builds `project` into `program` (which may already hold the standard library).
pub fn build(project: &Project, program: &mut Program, opts: &BuildOptions) -> BuildReport {
    let mut report = BuildReport::default();
    if !project.configs.iter().any(|c| c == &opts.config) {
        report.errors.push(format!(
            "{}: --config {}: the project has no such configuration (it has: {})",
            shown(project, &project.yyp),
            opts.config,
            project.configs.join(", ")
        ));
        return report;
    }
    program.macros.set_config(&opts.config);
    assets::register(project, program, &mut report);
    register_objects(project, program, &mut report);
    let instance_ids = register_room_instances(project, program);

    let units = gather_units(project, program, &mut report);
    syntax::collect_macros(
        &super::extension::constant_macros(project),
        &mut program.macros,
    );
    for u in &units {
        syntax::collect_macros(&u.text, &mut program.macros);
    }
    let mut parsed: Vec<Option<ParsedFile>> = Vec::with_capacity(units.len());
    for u in &units {
        match syntax::parse_file(&u.text, &mut program.macros) {
            Ok(p) => parsed.push(Some(p)),
            Err(diagnostics) => {
                report.errors.push(render(u, diagnostics));
                parsed.push(None);
            }
        }
    }
    let mut ignored = Vec::new();
    for (u, p) in units.iter().zip(&parsed) {
        let Some(p) = p else { continue };
        match u.target {
            Target::Script | Target::ExtensionCode => {
                compiler::declare(&mut program.env, p, &mut ignored);
            }
            // Event, creation and room code: a function declared there is a method of the
            // instance, made when that code runs (as in GameMaker), not a global script.
            _ => ignored.extend(program.env.declare_code(&p.top_level)),
        }
    }
    super::extension::link_functions(project, program, &mut report.warnings);
    let mut code: Vec<Option<Rc<FunctionObj>>> = Vec::with_capacity(units.len());
    for (i, (u, p)) in units.iter().zip(&parsed).enumerate() {
        code.push(
            p.as_ref()
                .and_then(|p| compile_unit(i, u, p, program, &mut report)),
        );
    }
    extension_inits(project, program, &mut report);
    // A call of a name some file assigns (a method variable set in Create, called in Step) is
    // not a typo.
    for (i, d) in std::mem::take(&mut report.unknown_calls) {
        let u = &units[i];
        let name = u.text.get(d.span.start as usize..d.span.end as usize);
        if !name.is_some_and(|n| report.assigned.contains(n)) {
            report.warnings.push(d.render_warning(&u.file, &u.text));
        }
    }
    install_rooms(
        project,
        program,
        opts,
        &units,
        &code,
        &instance_ids,
        &mut report,
    );
    report
}

fn render(u: &Unit, diagnostics: Vec<Diagnostic>) -> String {
    CompileErrors {
        file: u.file.clone(),
        source: u.text.clone(),
        diagnostics,
    }
    .render()
}

fn compile_unit(
    index: usize,
    u: &Unit,
    parsed: &ParsedFile,
    program: &mut Program,
    report: &mut BuildReport,
) -> Option<Rc<FunctionObj>> {
    let source = Rc::new(SourceFile {
        name: u.file.clone(),
        text: u.text.clone(),
    });
    let warn = |report: &mut BuildReport, w: Vec<Diagnostic>, assigned: Vec<Rc<str>>| {
        report
            .unknown_calls
            .extend(w.into_iter().map(|d| (index, d)));
        report.assigned.extend(assigned);
    };
    // `gml_pragma("global", ...)` code anywhere runs at global scope before other code.
    if let Err(e) = program.compile_global_pragmas(&u.file, parsed) {
        report.errors.push(e.render());
    }
    if let Target::Script | Target::ExtensionCode = u.target {
        return match compiler::compile_file(&mut program.env, parsed, source, false) {
            Ok(mut file) => {
                warn(
                    report,
                    std::mem::take(&mut file.warnings),
                    std::mem::take(&mut file.assigned),
                );
                let top = program.install(file);
                if let Target::Script = u.target {
                    report.top_levels.push(top);
                }
                None
            }
            Err(d) => {
                report.errors.push(render(u, d));
                None
            }
        };
    }
    if let Some(o) = parsed.objects.first() {
        report.errors.push(render(
            u,
            vec![Diagnostic::new(
                "`#object` sections belong in script files, not in event or creation code",
                o.span,
            )],
        ));
        return None;
    }
    match compiler::compile_event_code(&mut program.env, &parsed.top_level, source, &u.unit) {
        Ok((proto, warnings, assigned)) => {
            warn(report, warnings, assigned);
            let f = FunctionObj::new(proto);
            match u.target {
                Target::Event(o, key) => {
                    program.vm.world.objects[o].events.insert(key, f);
                    None
                }
                Target::ObjectVariables(o) => {
                    let events = &mut program.vm.world.objects[o].events;
                    events.insert(EventKey::PreCreate, f);
                    None
                }
                Target::Moment(t, step) => {
                    let action = crate::runtime::timelines::Action::Code(f);
                    program.vm.assets.timelines.get_mut(t).add(step, action);
                    None
                }
                _ => Some(f),
            }
        }
        Err(d) => {
            report.errors.push(render(u, d));
            None
        }
    }
}

/// The extensions' `init` functions, called before the scripts' top-level code, and their
/// `final` functions, called when the game ends.
fn extension_inits(project: &Project, program: &mut Program, report: &mut BuildReport) {
    for final_fns in [false, true] {
        let calls =
            super::extension::lifecycle_calls(project, program, final_fns, &mut report.warnings);
        if calls.is_empty() {
            continue;
        }
        let name = if final_fns {
            "(extension final functions)"
        } else {
            "(extension init functions)"
        };
        match program.load(name, &calls) {
            Ok(top) if final_fns => program.vm.game.at_end.push(top),
            Ok(top) => report.top_levels.insert(0, top),
            Err(e) => report.errors.push(e.render()),
        }
    }
}

/// Object names become object indices (after any the program already has), with parents and
/// the built-in variables a new instance starts with.
fn register_objects(project: &Project, program: &mut Program, report: &mut BuildReport) {
    let base = program.env.object_count;
    for (i, o) in project.objects.iter().enumerate() {
        program
            .env
            .objects
            .insert(Rc::from(o.name.as_str()), base + i);
    }
    program.env.object_count = base + project.objects.len();
    let world = &mut program.vm.world;
    while world.objects.len() < base {
        world.objects.push(ObjectDef::new(Rc::from(""), None));
    }
    for o in &project.objects {
        let parent = o.parent.as_ref().and_then(|p| {
            let found = program.env.objects.get(p.as_str()).copied();
            if found.is_none() {
                report.errors.push(format!(
                    "{}: field `parentObjectId`: object `{p}` is not in the project",
                    shown(project, &o.yy)
                ));
            }
            found
        });
        let mut def = ObjectDef::new(Rc::from(o.name.as_str()), parent);
        def.defaults = vec![
            (Sym::intern("persistent"), Value::Bool(o.persistent)),
            (Sym::intern("visible"), Value::Bool(o.visible)),
            (Sym::intern("solid"), Value::Bool(o.solid)),
        ];
        for (var, sprite) in [("sprite_index", &o.sprite), ("mask_index", &o.mask)] {
            if let Some(v) = sprite
                .as_ref()
                .and_then(|s| program.env.constants.get(s.as_str()))
            {
                def.defaults.push((Sym::intern(var), v.clone()));
            }
        }
        program.vm.world.objects.push(def);
    }
    // A parent cycle would make every event lookup loop: refuse it.
    for (i, o) in project.objects.iter().enumerate() {
        let mut seen = 0;
        let mut cur = program.vm.world.objects[base + i].parent;
        while let Some(p) = cur {
            seen += 1;
            if p == base + i || seen > project.objects.len() {
                report.errors.push(format!(
                    "{}: field `parentObjectId`: the parent chain of `{}` loops back to it",
                    shown(project, &o.yy),
                    o.name
                ));
                program.vm.world.objects[base + i].parent = None;
                break;
            }
            cur = program.vm.world.objects[p].parent;
        }
    }
}

/// Room names become room handles; every placed instance gets its fixed id (ids of placed
/// instances never change, as in GameMaker) and its name a constant holding it.
fn register_room_instances(project: &Project, program: &mut Program) -> Vec<Vec<i64>> {
    let mut ids = Vec::new();
    // An instance a child room inherits has its parent's name, and so its id.
    let mut by_name: HashMap<&str, i64> = HashMap::new();
    for room in &project.rooms {
        // Rooms are numbered in the project's room list, as their handles.
        program.register_asset(RefKind::Room, &room.name);
        let mut room_ids = Vec::new();
        for inst in &room.instances {
            let id = *by_name.entry(inst.name.as_str()).or_insert_with(|| {
                let id = program.vm.world.next_id;
                program.vm.world.next_id += 1;
                id
            });
            program.env.constants.insert(
                Rc::from(inst.name.as_str()),
                Value::Ref(RefKind::Instance, id),
            );
            room_ids.push(id);
        }
        ids.push(room_ids);
    }
    ids
}

fn read_gml(project: &Project, rel: &str) -> Result<String, String> {
    std::fs::read(super::yy::locate(&project.dir, rel))
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("{}: cannot read the file: {e}", shown(project, rel)))
}

/// Whether a creation-code file a room names exists (`what` says which: the room's, or an
/// instance's). GameMaker treats a stale reference (the file was never written, or was copied
/// from another room) as no code: a warning naming the room file, not an error.
fn exists(
    project: &Project,
    room_yy: &str,
    what: &str,
    rel: &str,
    report: &mut BuildReport,
) -> bool {
    let found = super::yy::locate(&project.dir, rel).is_file();
    if !found {
        report.warnings.push(format!(
            "{}: warning: {what}: `{rel}` does not exist; no code runs",
            shown(project, room_yy)
        ));
    }
    found
}

fn shown(project: &Project, rel: &str) -> String {
    project.dir.join(rel).display().to_string()
}

/// Every piece of GML in the project, scripts first in the `.yyp`'s order.
fn gather_units(project: &Project, program: &Program, report: &mut BuildReport) -> Vec<Unit> {
    let mut units = Vec::new();
    let add =
        |units: &mut Vec<Unit>, report: &mut BuildReport, target, rel: &str, unit| match read_gml(
            project, rel,
        ) {
            Ok(text) => units.push(Unit {
                target,
                file: shown(project, rel),
                unit,
                text,
            }),
            Err(e) => report.errors.push(e),
        };
    for e in &project.extensions {
        for f in &e.files {
            if let Some(gml) = &f.gml {
                add(
                    &mut units,
                    report,
                    Target::ExtensionCode,
                    gml,
                    format!("gml_Extension_{}", e.name),
                );
            }
        }
    }
    for s in &project.scripts {
        add(
            &mut units,
            report,
            Target::Script,
            &s.gml,
            format!("gml_Script_{}", s.name),
        );
    }
    let index = |name: &str| program.env.objects.get(name).copied();
    for o in &project.objects {
        let oi = index(&o.name).expect("objects registered");
        for e in &o.events {
            let key = match e.event_type {
                4 => match e.collision_object.as_deref().and_then(index) {
                    Some(c) => Some(EventKey::Collision(c)),
                    None => {
                        report.errors.push(format!(
                            "{}: a Collision event with `{}`, which is not an object of the project",
                            shown(project, &o.yy),
                            e.collision_object.as_deref().unwrap_or("?")
                        ));
                        continue;
                    }
                },
                _ => EventKey::from_type_number(e.event_type, e.event_num),
            };
            let Some(key) = key else {
                report.warnings.push(format!(
                    "{}: warning: event type {} number {} is not supported; its code is ignored",
                    shown(project, &o.yy),
                    e.event_type,
                    e.event_num
                ));
                continue;
            };
            let stem = event_file_stem(e.event_type, e.event_num, e.collision_object.as_deref())
                .unwrap_or_default();
            let unit = format!("gml_Object_{}_{stem}", o.name);
            if !super::yy::locate(&project.dir, &e.gml).exists() {
                // The IDE opens such an event as empty code: it still overrides the parent's.
                report.warnings.push(format!(
                    "{}: warning: the object's event list has this event but the file does not exist; it runs as an empty event",
                    shown(project, &e.gml)
                ));
                units.push(Unit {
                    target: Target::Event(oi, key),
                    file: shown(project, &e.gml),
                    unit,
                    text: String::new(),
                });
                continue;
            }
            add(&mut units, report, Target::Event(oi, key), &e.gml, unit);
        }
        let vars = object_variables(project, o.name.as_str());
        if !vars.is_empty() {
            units.push(Unit {
                target: Target::ObjectVariables(oi),
                file: format!("{} (Object Variables)", shown(project, &o.yy)),
                unit: format!("gml_Object_{}_PreCreate_0", o.name),
                text: assignments(vars.iter().map(|(n, (t, v))| (n.as_str(), *t, v.as_str()))),
            });
        }
    }
    timeline_units(project, program, report, &mut units);
    for (r, room) in project.rooms.iter().enumerate() {
        for (i, inst) in room.instances.iter().enumerate() {
            if !inst.overrides.is_empty() {
                let types = object_variables(project, &inst.object);
                let text = assignments(inst.overrides.iter().map(|Override { name, value }| {
                    let t = types.get(name).map_or(4, |(t, _)| *t);
                    (name.as_str(), t, value.as_str())
                }));
                units.push(Unit {
                    target: Target::Overrides(r, i),
                    file: format!("{} (variables of {})", shown(project, &room.yy), inst.name),
                    unit: format!("gml_RoomCC_{}_{i}_PreCreate", room.name),
                    text,
                });
            }
            if let Some(cc) = inst.creation_code.as_ref().filter(|cc| {
                let what = format!("the creation code of instance `{}`", inst.name);
                exists(project, &room.yy, &what, cc, report)
            }) {
                add(
                    &mut units,
                    report,
                    Target::InstanceCode(r, i),
                    cc,
                    format!("gml_RoomCC_{}_{i}_Create", room.name),
                );
            }
        }
        if let Some(cc) = room
            .creation_code
            .as_ref()
            .filter(|cc| exists(project, &room.yy, "field `creationCodeFile`", cc, report))
        {
            add(
                &mut units,
                report,
                Target::RoomCode(r),
                cc,
                format!("gml_Room_{}_Create", room.name),
            );
        }
    }
    units
}

/// Each timeline's moments: the `.yy`'s `momentList` gives the steps, and the code of moment N
/// is `moment_N.gml` beside the `.yy`.
fn timeline_units(
    project: &Project,
    program: &Program,
    report: &mut BuildReport,
    units: &mut Vec<Unit>,
) {
    use super::model::AssetKind;
    use crate::vm::value::RefKind;
    for a in project
        .assets
        .iter()
        .filter(|a| a.kind == AssetKind::Timeline)
    {
        let Some((RefKind::Timeline, index)) = program.vm.assets.find(&a.name) else {
            continue;
        };
        let moments = super::yy::read(&project.dir, &a.yy).and_then(|f| {
            let n = f.node();
            n.items("momentList")?
                .iter()
                .map(|m| m.num("moment"))
                .collect::<super::yy::Result<Vec<f64>>>()
        });
        let moments = match moments {
            Ok(m) => m,
            Err(e) => {
                report.errors.push(e.to_string());
                continue;
            }
        };
        let dir = a.yy.rsplit_once('/').map_or("", |(d, _)| d);
        for step in moments {
            let rel = format!("{dir}/moment_{step}.gml");
            match read_gml(project, &rel) {
                Ok(text) => units.push(Unit {
                    target: Target::Moment(index, step),
                    file: shown(project, &rel),
                    unit: format!("gml_Timeline_{}_moment_{step}", a.name),
                    text,
                }),
                Err(e) => report.errors.push(e),
            }
        }
    }
}

/// An object's Object Variables with inherited ones: ancestors' first, each overridden value
/// in place of the inherited one. Name -> (varType, value), in definition order.
fn object_variables(project: &Project, name: &str) -> indexmap::IndexMap<String, (i64, String)> {
    let mut chain = Vec::new();
    let mut cur = project.objects.iter().find(|o| o.name == name);
    while let Some(o) = cur {
        if chain.len() > project.objects.len() {
            break; // a parent cycle (reported elsewhere)
        }
        chain.push(o);
        cur = o
            .parent
            .as_ref()
            .and_then(|p| project.objects.iter().find(|x| &x.name == p));
    }
    let mut vars = indexmap::IndexMap::new();
    for o in chain.iter().rev() {
        for Property {
            name,
            var_type,
            value,
        } in &o.properties
        {
            vars.insert(name.clone(), (*var_type, value.clone()));
        }
        for ov in &o.overridden {
            if let Some(slot) = vars.get_mut(&ov.name) {
                slot.1 = ov.value.clone();
            }
        }
    }
    vars
}

/// GML assigning each variable its value, one line each.
fn assignments<'a>(vars: impl Iterator<Item = (&'a str, i64, &'a str)>) -> String {
    let mut out = String::new();
    for (name, var_type, value) in vars {
        // `self.` because a variable may share its name with an asset (the runner sets these
        // directly, not through compiled code).
        out.push_str(&format!(
            "self.{name} = {};\n",
            property_expr(var_type, value)
        ));
    }
    out
}

/// The GML expression for an Object Variable's value, by its type: strings are text (unless
/// already written as a string literal), booleans `True`/`False`, the rest GML expressions.
fn property_expr(var_type: i64, value: &str) -> String {
    let v = value.trim();
    match var_type {
        2 if v.len() >= 2
            && ((v.starts_with('"') && v.ends_with('"'))
                || (v.starts_with('@') && (v.ends_with('"') || v.ends_with('\'')))) =>
        {
            v.to_string()
        }
        2 => {
            let mut s = String::from("\"");
            for c in value.chars() {
                match c {
                    '"' => s.push_str("\\\""),
                    '\\' => s.push_str("\\\\"),
                    '\n' => s.push_str("\\n"),
                    '\r' => s.push_str("\\r"),
                    c => s.push(c),
                }
            }
            s.push('"');
            s
        }
        3 if v.eq_ignore_ascii_case("true") => "true".into(),
        3 if v.eq_ignore_ascii_case("false") || v.is_empty() => "false".into(),
        0 | 1 | 7 if v.is_empty() => "0".into(),
        _ if v.is_empty() => "undefined".into(),
        _ => v.to_string(),
    }
}

/// Rooms to the runtime: placed instances with their fixed ids, layers, compiled code.
fn install_rooms(
    project: &Project,
    program: &mut Program,
    opts: &BuildOptions,
    units: &[Unit],
    code: &[Option<Rc<FunctionObj>>],
    ids: &[Vec<i64>],
    report: &mut BuildReport,
) {
    let mut compiled: HashMap<(u8, usize, usize), Rc<FunctionObj>> = HashMap::new();
    for (u, f) in units.iter().zip(code) {
        let Some(f) = f else { continue };
        let key = match u.target {
            Target::Overrides(r, i) => (0, r, i),
            Target::InstanceCode(r, i) => (1, r, i),
            Target::RoomCode(r) => (2, r, 0),
            _ => continue,
        };
        compiled.insert(key, f.clone());
    }
    let mut defs = Vec::new();
    for (r, room) in project.rooms.iter().enumerate() {
        let layers: Vec<LayerDef> = room
            .layers
            .iter()
            .map(|l| LayerDef {
                name: Rc::from(l.name.as_str()),
                depth: l.depth,
                visible: l.visible,
                setup: super::room_layers::to_setup(&l.data, program),
            })
            .collect();
        let mut instances = Vec::new();
        for (i, inst) in room.instances.iter().enumerate() {
            let Some(&object) = program.env.objects.get(inst.object.as_str()) else {
                report.errors.push(format!(
                    "{}: instance `{}` is of object `{}`, which is not in the project",
                    shown(project, &room.yy),
                    inst.name,
                    inst.object
                ));
                continue;
            };
            instances.push(InstanceDef {
                name: Rc::from(inst.name.as_str()),
                id: ids[r][i],
                object,
                layer: room
                    .layers
                    .iter()
                    .position(|l| l.name == inst.layer)
                    .unwrap_or(0),
                x: inst.x,
                y: inst.y,
                scale_x: inst.scale_x,
                scale_y: inst.scale_y,
                rotation: inst.rotation,
                colour: inst.colour,
                image_index: inst.image_index,
                image_speed: inst.image_speed,
                overrides: compiled.get(&(0, r, i)).cloned(),
                creation_code: compiled.get(&(1, r, i)).cloned(),
            });
        }
        defs.push(RoomDef {
            name: Rc::from(room.name.as_str()),
            width: room.width,
            height: room.height,
            persistent: room.persistent,
            layers,
            instances,
            creation_code: compiled.get(&(2, r, 0)).cloned(),
        });
    }
    let rooms = &mut program.vm.rooms;
    rooms.defs = defs;
    rooms.ordered = project.ordered_rooms;
    if let Some(name) = &opts.room {
        match rooms.index_of(name) {
            Some(r) => rooms.start = r,
            None => {
                let names: Vec<&str> = project.rooms.iter().map(|r| r.name.as_str()).collect();
                report.errors.push(format!(
                    "--room {name}: the project has no such room (it has: {})",
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    }
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::property_expr;

    #[test]
    fn object_variable_values_by_type() {
        assert_eq!(property_expr(0, "12.5"), "12.5");
        assert_eq!(property_expr(0, ""), "0");
        assert_eq!(property_expr(2, "hello \"you\""), "\"hello \\\"you\\\"\"");
        assert_eq!(property_expr(2, "\"quoted\""), "\"quoted\"");
        assert_eq!(property_expr(3, "True"), "true");
        assert_eq!(property_expr(3, "False"), "false");
        assert_eq!(property_expr(4, "irandom(3) + 1"), "irandom(3) + 1");
        assert_eq!(property_expr(6, ""), "undefined");
    }
}
