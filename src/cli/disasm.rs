//! `gml disasm`: the bytecode of every function and event, for people debugging the compiler.

use super::{EXIT_COMPILE_ERROR, EXIT_OK};
use crate::runtime::program::Program;
use crate::vm::bytecode::Proto;
use crate::vm::Vm;
use std::fmt::Write;
use std::path::Path;

pub fn disasm_file(path: &Path) -> i32 {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("gml: cannot read {}: {e}", path.display());
            return EXIT_COMPILE_ERROR;
        }
    };
    let mut program = Program::new(Vm::new(Box::new(std::io::sink())));
    match program.compile(&path.display().to_string(), &text, false) {
        Ok(file) => {
            let mut out = String::new();
            disasm(&file.top_level, &mut out);
            for (_, p) in &file.scripts {
                disasm(p, &mut out);
            }
            for o in &file.objects {
                for (_, p) in &o.events {
                    disasm(p, &mut out);
                }
            }
            print!("{out}");
            EXIT_OK
        }
        Err(e) => {
            eprint!("{}", e.render());
            EXIT_COMPILE_ERROR
        }
    }
}

/// Appends a listing of `p` and its nested function literals.
pub fn disasm(p: &Proto, out: &mut String) {
    let _ = writeln!(
        out,
        "function {} (params {}, locals {}{})",
        p.name,
        p.param_count,
        p.local_count,
        if p.is_constructor {
            ", constructor"
        } else {
            ""
        }
    );
    for (i, name) in p.local_names.iter().enumerate() {
        let _ = writeln!(out, "  ; local {i} = {name}");
    }
    let mut last_line = 0;
    for (i, op) in p.code.iter().enumerate() {
        let line = p.line_at(i);
        let marker = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let _ = writeln!(out, "{marker} {i:>5}  {}", show_op(p, op));
    }
    out.push('\n');
    for c in &p.children {
        disasm(c, out);
    }
}

fn show_op(p: &Proto, op: &crate::vm::bytecode::Op) -> String {
    use crate::vm::bytecode::Op;
    match op {
        Op::Const(i) => match p.consts.get(*i as usize) {
            Some(crate::vm::value::Value::Str(s)) => format!("Const {:?}", s.as_str()),
            Some(v) => format!("Const <{}>", v.type_name()),
            None => format!("Const {i}"),
        },
        Op::LoadLocal(s) | Op::StoreLocal(s) => {
            let name = p.local_names.get(*s as usize).map(|n| &**n).unwrap_or("?");
            format!("{op:?} ; {name}")
        }
        other => format!("{other:?}"),
    }
}
