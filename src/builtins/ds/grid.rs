//! ds_grid: a 2D table of values, every cell 0 when created or grown. Coordinates are floored.
//! Regions are inclusive, may be given corner-swapped, and are clipped to the grid; a disk is
//! every cell whose centre lies within `r` of (xm, ym). Region searches scan row by row, disk
//! searches column by column (as GameMaker does).

use super::serial::{Reader, Writer, GRID_VERSION};
use super::{ds_compare, ds_equal, ds_sort_compare, handle, handle_value, index, missing, DsStore};
use crate::builtins::args::{arg, int, real, string};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::cmp::Ordering;

/// Largest number of cells a grid may have (a guard against runaway sizes).
const MAX_CELLS: usize = 64 * 1024 * 1024;

#[derive(Clone, Default)]
pub struct DsGrid {
    pub width: usize,
    pub height: usize,
    /// Column-major: cell (x, y) is `cells[x * height + y]`.
    pub cells: Vec<Value>,
}

impl DsGrid {
    pub fn new(width: usize, height: usize) -> DsGrid {
        DsGrid {
            width,
            height,
            cells: vec![Value::Real(0.0); width * height],
        }
    }
    fn at(&self, x: usize, y: usize) -> usize {
        x * self.height + y
    }
    pub fn get(&self, x: i64, y: i64) -> Option<&Value> {
        if x < 0 || y < 0 || x as usize >= self.width || y as usize >= self.height {
            return None;
        }
        Some(&self.cells[self.at(x as usize, y as usize)])
    }
    fn get_mut(&mut self, x: i64, y: i64) -> Option<&mut Value> {
        if x < 0 || y < 0 || x as usize >= self.width || y as usize >= self.height {
            return None;
        }
        let i = self.at(x as usize, y as usize);
        Some(&mut self.cells[i])
    }
    pub fn resize(&mut self, w: usize, h: usize) {
        let mut cells = vec![Value::Real(0.0); w * h];
        for x in 0..w.min(self.width) {
            for y in 0..h.min(self.height) {
                cells[x * h + y] = self.cells[self.at(x, y)].clone();
            }
        }
        *self = DsGrid {
            width: w,
            height: h,
            cells,
        };
    }
    /// The cells of an inclusive region, clipped, x outer and y inner.
    fn region(&self, x1: i64, y1: i64, x2: i64, y2: i64) -> Vec<(usize, usize)> {
        let (x1, x2) = (x1.min(x2).max(0), x1.max(x2).min(self.width as i64 - 1));
        let (y1, y2) = (y1.min(y2).max(0), y1.max(y2).min(self.height as i64 - 1));
        let mut out = Vec::new();
        for x in x1..=x2 {
            for y in y1..=y2 {
                out.push((x as usize, y as usize));
            }
        }
        out
    }
    /// For statistics and searches each corner is first clamped into the grid, so a region
    /// entirely outside still covers the nearest edge cells (as GameMaker does).
    fn region_clamped(&self, x1: i64, y1: i64, x2: i64, y2: i64) -> Vec<(usize, usize)> {
        if self.width == 0 || self.height == 0 {
            return Vec::new();
        }
        let cx = |v: i64| v.clamp(0, self.width as i64 - 1);
        let cy = |v: i64| v.clamp(0, self.height as i64 - 1);
        self.region(cx(x1), cy(y1), cx(x2), cy(y2))
    }
    /// The cells of a disk, clipped, x outer and y inner.
    fn disk(&self, xm: f64, ym: f64, r: f64) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if r.is_nan() || r < 0.0 || self.width == 0 || self.height == 0 {
            return out;
        }
        let x1 = ((xm - r).floor().max(0.0)) as i64;
        let x2 = ((xm + r).ceil().min(self.width as f64 - 1.0)) as i64;
        let y1 = ((ym - r).floor().max(0.0)) as i64;
        let y2 = ((ym + r).ceil().min(self.height as f64 - 1.0)) as i64;
        for x in x1..=x2 {
            for y in y1..=y2 {
                let (dx, dy) = (x as f64 - xm, y as f64 - ym);
                if dx * dx + dy * dy <= r * r {
                    out.push((x as usize, y as usize));
                }
            }
        }
        out
    }
}

#[derive(Copy, Clone)]
enum Op {
    Set,
    Add,
    Mul,
}

fn is_num(v: &Value) -> bool {
    v.is_numeric()
}

/// Applies an operation to a cell: add sums numbers or joins strings, multiply multiplies
/// numbers; mismatched types leave the cell as it was.
fn apply(cell: &mut Value, op: Op, v: &Value) {
    match op {
        Op::Set => *cell = v.clone(),
        Op::Add => {
            if is_num(cell) && is_num(v) {
                *cell = Value::Real(cell.as_f64().unwrap_or(0.0) + v.as_f64().unwrap_or(0.0));
            } else if let (Value::Str(a), Value::Str(b)) = (&*cell, v) {
                *cell = Value::string(format!("{a}{b}"));
            }
        }
        Op::Mul => {
            if is_num(cell) && is_num(v) {
                *cell = Value::Real(cell.as_f64().unwrap_or(0.0) * v.as_f64().unwrap_or(0.0));
            }
        }
    }
}

fn grid_id(args: &[Value], i: usize) -> Result<i64> {
    handle(args, i, "ds_grid")
}

impl DsStore {
    pub fn grid(&self, id: i64) -> Result<&DsGrid> {
        self.grids.get(id).ok_or_else(missing)
    }
    pub fn grid_mut(&mut self, id: i64) -> Result<&mut DsGrid> {
        self.grids.get_mut(id).ok_or_else(missing)
    }
}

fn g<'a>(vm: &'a Vm, args: &[Value]) -> Result<&'a DsGrid> {
    vm.ds.grid(grid_id(args, 0)?)
}

fn g_mut<'a>(vm: &'a mut Vm, args: &[Value]) -> Result<&'a mut DsGrid> {
    vm.ds.grid_mut(grid_id(args, 0)?)
}

/// A width/height argument: floored, negative counts as 0, and the cell count is bounded.
fn size(args: &[Value], wi: usize) -> Result<(usize, usize)> {
    let w = index(args, wi)?.max(0) as usize;
    let h = index(args, wi + 1)?.max(0) as usize;
    let cells = (w as u64).saturating_mul(h as u64);
    crate::vm::memory::reserve_items("ds_grid", cells, crate::vm::memory::ELEMENT_BYTES)?;
    if w.checked_mul(h).is_none_or(|n| n > MAX_CELLS) {
        return Err(Error::msg(format!("ds_grid: size {w}x{h} is too large")));
    }
    Ok((w, h))
}

pub fn ds_grid_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (w, h) = size(args, 0)?;
    Ok(handle_value(vm.ds.grids.insert(DsGrid::new(w, h))))
}

pub fn ds_grid_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = grid_id(args, 0)?;
    vm.ds.grids.remove(id);
    Ok(Value::Undefined)
}

pub fn ds_grid_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(g(vm, args)?.width as f64))
}

pub fn ds_grid_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(g(vm, args)?.height as f64))
}

pub fn ds_grid_resize(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (w, h) = size(args, 1)?;
    g_mut(vm, args)?.resize(w, h);
    Ok(Value::Undefined)
}

pub fn ds_grid_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 1).clone();
    for c in g_mut(vm, args)?.cells.iter_mut() {
        *c = v.clone();
    }
    Ok(Value::Undefined)
}

/// Out-of-range cells are reported (not fatal), as GameMaker's output log does.
fn out_of_bounds(id: i64, grid: &DsGrid, what: &str, x: i64, y: i64) {
    eprintln!(
        "Grid {id}, index out of bounds {what} [{x},{y}] - size is [{},{}]",
        grid.width, grid.height
    );
}

fn cell_op(vm: &mut Vm, args: &[Value], op: Op) -> Result<Value> {
    let id = grid_id(args, 0)?;
    let (x, y) = (index(args, 1)?, index(args, 2)?);
    let v = arg(args, 3).clone();
    let grid = vm.ds.grid_mut(id)?;
    match grid.get_mut(x, y) {
        Some(c) => apply(c, op, &v),
        None => out_of_bounds(id, grid, "writing", x, y),
    }
    Ok(Value::Undefined)
}

/// The `g[# x, y] = v` accessor.
pub fn ds_grid_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    cell_op(vm, args, Op::Set)
}

pub fn ds_grid_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    cell_op(vm, args, Op::Add)
}

pub fn ds_grid_multiply(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    cell_op(vm, args, Op::Mul)
}

/// The `g[# x, y]` accessor: undefined outside the grid.
pub fn ds_grid_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = grid_id(args, 0)?;
    let (x, y) = (index(args, 1)?, index(args, 2)?);
    let grid = vm.ds.grid(id)?;
    match grid.get(x, y) {
        Some(v) => Ok(v.clone()),
        None => {
            out_of_bounds(id, grid, "reading", x, y);
            Ok(Value::Undefined)
        }
    }
}

fn region_args(args: &[Value]) -> Result<(i64, i64, i64, i64)> {
    Ok((
        index(args, 1)?,
        index(args, 2)?,
        index(args, 3)?,
        index(args, 4)?,
    ))
}

fn region_op(vm: &mut Vm, args: &[Value], op: Op) -> Result<Value> {
    let (x1, y1, x2, y2) = region_args(args)?;
    let v = arg(args, 5).clone();
    let grid = g_mut(vm, args)?;
    for (x, y) in grid.region(x1, y1, x2, y2) {
        let i = grid.at(x, y);
        apply(&mut grid.cells[i], op, &v);
    }
    Ok(Value::Undefined)
}

pub fn ds_grid_set_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_op(vm, args, Op::Set)
}

pub fn ds_grid_add_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_op(vm, args, Op::Add)
}

pub fn ds_grid_multiply_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_op(vm, args, Op::Mul)
}

fn disk_args(args: &[Value]) -> Result<(f64, f64, f64)> {
    Ok((real(args, 1)?, real(args, 2)?, real(args, 3)?))
}

fn disk_op(vm: &mut Vm, args: &[Value], op: Op) -> Result<Value> {
    let (xm, ym, r) = disk_args(args)?;
    let v = arg(args, 4).clone();
    let grid = g_mut(vm, args)?;
    for (x, y) in grid.disk(xm, ym, r) {
        let i = grid.at(x, y);
        apply(&mut grid.cells[i], op, &v);
    }
    Ok(Value::Undefined)
}

pub fn ds_grid_set_disk(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_op(vm, args, Op::Set)
}

pub fn ds_grid_add_disk(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_op(vm, args, Op::Add)
}

pub fn ds_grid_multiply_disk(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_op(vm, args, Op::Mul)
}

/// `ds_grid_*_grid_region(dest, source, x1, y1, x2, y2, xpos, ypos)`: the source region is read
/// first (so a grid can be combined with itself), then applied at (xpos, ypos) of the
/// destination, clipped to it.
fn grid_region_op(vm: &mut Vm, args: &[Value], op: Op) -> Result<Value> {
    let dst = grid_id(args, 0)?;
    let src = grid_id(args, 1)?;
    let (x1, y1, x2, y2) = (
        index(args, 2)?,
        index(args, 3)?,
        index(args, 4)?,
        index(args, 5)?,
    );
    let (xpos, ypos) = (index(args, 6)?, index(args, 7)?);
    let (ox, oy) = (x1.min(x2), y1.min(y2));
    let source = vm.ds.grid(src)?;
    let values: Vec<(i64, i64, Value)> = source
        .region(x1, y1, x2, y2)
        .into_iter()
        .map(|(x, y)| {
            (
                xpos.saturating_add((x as i64).saturating_sub(ox)),
                ypos.saturating_add((y as i64).saturating_sub(oy)),
                source.cells[source.at(x, y)].clone(),
            )
        })
        .collect();
    let dest = vm.ds.grid_mut(dst)?;
    for (x, y, v) in values {
        if let Some(c) = dest.get_mut(x, y) {
            apply(c, op, &v);
        }
    }
    Ok(Value::Undefined)
}

pub fn ds_grid_set_grid_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    grid_region_op(vm, args, Op::Set)
}

pub fn ds_grid_add_grid_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    grid_region_op(vm, args, Op::Add)
}

pub fn ds_grid_multiply_grid_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    grid_region_op(vm, args, Op::Mul)
}

#[derive(Copy, Clone)]
enum Stat {
    Sum,
    Max,
    Min,
    Mean,
}

/// Sum and mean count numeric cells only (strings add nothing, but a mean still divides by
/// every cell); max and min compare with the DS ordering (numbers below strings). An empty
/// region gives 0.
fn stat(grid: &DsGrid, cells: &[(usize, usize)], s: Stat, prec: f64) -> Value {
    let values = cells.iter().map(|&(x, y)| &grid.cells[grid.at(x, y)]);
    match s {
        Stat::Sum | Stat::Mean => {
            let sum: f64 = values.filter_map(|v| v.as_f64()).sum();
            if let Stat::Mean = s {
                if cells.is_empty() {
                    return Value::Real(0.0);
                }
                return Value::Real(sum / cells.len() as f64);
            }
            Value::Real(sum)
        }
        Stat::Max | Stat::Min => {
            let want = if let Stat::Max = s {
                Ordering::Greater
            } else {
                Ordering::Less
            };
            let mut best: Option<&Value> = None;
            for v in values {
                if best.is_none_or(|b| ds_compare(v, b, prec) == want) {
                    best = Some(v);
                }
            }
            best.cloned().unwrap_or(Value::Real(0.0))
        }
    }
}

fn region_stat(vm: &mut Vm, args: &[Value], s: Stat) -> Result<Value> {
    let (x1, y1, x2, y2) = region_args(args)?;
    let prec = vm.ds.precision;
    let grid = g(vm, args)?;
    Ok(stat(grid, &grid.region_clamped(x1, y1, x2, y2), s, prec))
}

fn disk_stat(vm: &mut Vm, args: &[Value], s: Stat) -> Result<Value> {
    let (xm, ym, r) = disk_args(args)?;
    let prec = vm.ds.precision;
    let grid = g(vm, args)?;
    Ok(stat(grid, &grid.disk(xm, ym, r), s, prec))
}

pub fn ds_grid_get_sum(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_stat(vm, args, Stat::Sum)
}

pub fn ds_grid_get_max(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_stat(vm, args, Stat::Max)
}

pub fn ds_grid_get_min(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_stat(vm, args, Stat::Min)
}

pub fn ds_grid_get_mean(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_stat(vm, args, Stat::Mean)
}

pub fn ds_grid_get_disk_sum(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_stat(vm, args, Stat::Sum)
}

pub fn ds_grid_get_disk_max(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_stat(vm, args, Stat::Max)
}

pub fn ds_grid_get_disk_min(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_stat(vm, args, Stat::Min)
}

pub fn ds_grid_get_disk_mean(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_stat(vm, args, Stat::Mean)
}

/// The first cell among `cells` (in their order) equal to `v`.
fn find(grid: &DsGrid, cells: &[(usize, usize)], v: &Value, prec: f64) -> Option<(usize, usize)> {
    cells
        .iter()
        .copied()
        .find(|&(x, y)| ds_equal(&grid.cells[grid.at(x, y)], v, prec))
}

#[derive(Copy, Clone)]
enum Found {
    Exists,
    X,
    Y,
}

fn answer(found: Option<(usize, usize)>, what: Found) -> Value {
    match what {
        Found::Exists => Value::Bool(found.is_some()),
        Found::X => Value::Real(found.map(|f| f.0 as f64).unwrap_or(-1.0)),
        Found::Y => Value::Real(found.map(|f| f.1 as f64).unwrap_or(-1.0)),
    }
}

/// Region searches go row by row (y outer, x inner), unlike disk searches.
fn region_find(vm: &mut Vm, args: &[Value], what: Found) -> Result<Value> {
    let (x1, y1, x2, y2) = region_args(args)?;
    let prec = vm.ds.precision;
    let grid = g(vm, args)?;
    let mut cells = grid.region_clamped(x1, y1, x2, y2);
    cells.sort_by_key(|&(x, y)| (y, x));
    let found = find(grid, &cells, arg(args, 5), prec);
    Ok(answer(found, what))
}

fn disk_find(vm: &mut Vm, args: &[Value], what: Found) -> Result<Value> {
    let (xm, ym, r) = disk_args(args)?;
    let prec = vm.ds.precision;
    let grid = g(vm, args)?;
    let found = find(grid, &grid.disk(xm, ym, r), arg(args, 4), prec);
    Ok(answer(found, what))
}

pub fn ds_grid_value_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_find(vm, args, Found::Exists)
}

pub fn ds_grid_value_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_find(vm, args, Found::X)
}

pub fn ds_grid_value_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    region_find(vm, args, Found::Y)
}

pub fn ds_grid_value_disk_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_find(vm, args, Found::Exists)
}

pub fn ds_grid_value_disk_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_find(vm, args, Found::X)
}

pub fn ds_grid_value_disk_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    disk_find(vm, args, Found::Y)
}

/// Makes the destination an exact copy of the source, size included.
pub fn ds_grid_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dst, src) = (grid_id(args, 0)?, grid_id(args, 1)?);
    vm.ds.grid(dst)?;
    let copy = vm.ds.grid(src)?.clone();
    *vm.ds.grid_mut(dst)? = copy;
    Ok(Value::Undefined)
}

pub fn ds_grid_shuffle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = grid_id(args, 0)?;
    let mut cells = std::mem::take(&mut vm.ds.grid_mut(id)?.cells);
    vm.ds.shuffle(&mut cells);
    vm.ds.grid_mut(id)?.cells = cells;
    Ok(Value::Undefined)
}

/// Reorders the rows by the values in `column` (stable); a column outside the grid does
/// nothing.
pub fn ds_grid_sort(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let column = int(args, 1)?;
    let ascending = crate::builtins::args::boolean(args, 2)?;
    let interrupt = vm.interrupt.clone();
    let grid = g_mut(vm, args)?;
    if column < 0 || column as usize >= grid.width {
        return Ok(Value::Undefined);
    }
    let col = column as usize;
    let mut rows: Vec<usize> = (0..grid.height).collect();
    crate::vm::interrupt::sort_interruptible(&interrupt, &mut rows, |&a, &b| {
        let o = ds_sort_compare(&grid.cells[grid.at(col, a)], &grid.cells[grid.at(col, b)]);
        if ascending {
            o
        } else {
            o.reverse()
        }
    })?;
    let old = grid.clone();
    for (new_y, &old_y) in rows.iter().enumerate() {
        for x in 0..grid.width {
            let i = grid.at(x, new_y);
            grid.cells[i] = old.cells[old.at(x, old_y)].clone();
        }
    }
    Ok(Value::Undefined)
}

pub fn ds_grid_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let grid = g(vm, args)?;
    let mut w = Writer::new(GRID_VERSION);
    w.u32(grid.width as u32);
    w.u32(grid.height as u32);
    for c in &grid.cells {
        w.value(c);
    }
    Ok(w.finish())
}

/// Resizes the grid to the written size and fills it.
pub fn ds_grid_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 1)?.to_string();
    let grid = g_mut(vm, args)?;
    let Some(mut r) = Reader::new(&text) else {
        return Ok(Value::Undefined);
    };
    let _version = r.u32();
    let (Some(w), Some(h)) = (r.u32(), r.u32()) else {
        return Ok(Value::Undefined);
    };
    let (w, h) = (w as usize, h as usize);
    // every written cell takes at least 8 bytes
    if w.checked_mul(h)
        .is_none_or(|n| n > MAX_CELLS || n > r.remaining() / 8)
    {
        return Ok(Value::Undefined);
    }
    let mut fresh = DsGrid::new(w, h);
    for c in fresh.cells.iter_mut() {
        match r.value() {
            Some(v) => *c = v,
            None => break,
        }
    }
    *grid = fresh;
    Ok(Value::Undefined)
}
