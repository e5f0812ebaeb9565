//! `load_csv` (manual: File Handling > Encoding And Hashing): a CSV file (RFC 4180: commas,
//! quoted fields with `""` for a quote, line breaks inside quotes, LF or CRLF rows) into a new
//! ds_grid, one row per line, every cell a string. Short rows leave their missing cells 0.

use super::read_path_arg;
use crate::builtins::ds::grid::DsGrid;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

/// The rows of CSV text.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut row_started = false;
    while let Some(c) = chars.next() {
        row_started = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                row_started = false;
            }
            _ => field.push(c),
        }
    }
    if row_started {
        row.push(field);
        rows.push(row);
    }
    rows
}

pub fn load_csv(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    // Read from the save area, else the project's included files; a missing file gives -1.
    let path = read_path_arg(vm, args, 0)?;
    let Ok(bytes) = std::fs::read(&path) else {
        return Ok(Value::Real(-1.0));
    };
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let rows = parse_csv(text);
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut grid = DsGrid::new(width, rows.len());
    for (y, row) in rows.into_iter().enumerate() {
        for (x, cell) in row.into_iter().enumerate() {
            grid.cells[x * grid.height + y] = Value::string(cell);
        }
    }
    Ok(crate::builtins::ds::handle_value(vm.ds.grids.insert(grid)))
}
