//! Motion planning grids (manual: Movement And Collisions > Motion Planning): a room area cut into
//! cells, each free (0) or forbidden (-1), and the search `mp_grid_path` makes through them.
//!
//! The search is GameMaker's: a breadth-first flood from the start cell that numbers each cell by
//! its distance, looking at the neighbours left, right, up, down, then (when diagonals are
//! allowed) down-left, up-left, down-right, up-right. A diagonal step is taken only when both
//! cells beside it were free and not yet reached when the cell was looked at. The way back from
//! the goal takes, at each cell, the first neighbour one step nearer in the order left, right, up,
//! down, down-left, down-right, up-left, up-right. The path goes through the centres of the cells
//! (rounded towards zero), from the exact start to the exact goal.

use crate::builtins::ds::Slots;

/// The cell value of a forbidden cell.
pub const FORBIDDEN: i32 = -1;

pub struct MpGrid {
    pub left: i64,
    pub top: i64,
    pub hcells: i64,
    pub vcells: i64,
    pub cell_w: i64,
    pub cell_h: i64,
    /// Column-major: cell (x, y) is `cells[x * vcells + y]`.
    cells: Vec<i32>,
}

impl MpGrid {
    /// A grid of free cells; sizes below 0 are 0. The caller checks the cell sizes are positive.
    pub fn new(left: i64, top: i64, hcells: i64, vcells: i64, cell_w: i64, cell_h: i64) -> MpGrid {
        let (hcells, vcells) = (hcells.max(0), vcells.max(0));
        MpGrid {
            left,
            top,
            hcells,
            vcells,
            cell_w,
            cell_h,
            cells: vec![0; (hcells * vcells) as usize],
        }
    }

    fn at(&self, x: i64, y: i64) -> Option<usize> {
        (x >= 0 && x < self.hcells && y >= 0 && y < self.vcells)
            .then(|| (x * self.vcells + y) as usize)
    }

    /// A cell's value: 0 free, -1 forbidden, and -1 outside the grid.
    pub fn get(&self, x: i64, y: i64) -> i32 {
        self.at(x, y).map_or(FORBIDDEN, |i| self.cells[i])
    }

    /// Sets a cell (outside the grid: nothing).
    pub fn set(&mut self, x: i64, y: i64, v: i32) {
        if let Some(i) = self.at(x, y) {
            self.cells[i] = v;
        }
    }

    pub fn clear_all(&mut self) {
        self.cells.fill(0);
    }

    /// The cell column holding room x (towards zero, as GameMaker truncates).
    pub fn column(&self, x: f64) -> i64 {
        ((x - self.left as f64) / self.cell_w as f64) as i64
    }
    pub fn row(&self, y: f64) -> i64 {
        ((y - self.top as f64) / self.cell_h as f64) as i64
    }

    /// Sets every cell in the columns `x1..=x2` and rows `y1..=y2`, clipped to the grid.
    pub fn set_cells(&mut self, x1: i64, y1: i64, x2: i64, y2: i64, v: i32) {
        for x in x1.max(0)..=x2.min(self.hcells - 1) {
            for y in y1.max(0)..=y2.min(self.vcells - 1) {
                self.set(x, y, v);
            }
        }
    }

    /// Sets the cells a room rectangle (corners in any order) touches.
    pub fn set_rectangle(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, v: i32) {
        let (c1, c2) = (self.column(x1.min(x2)), self.column(x1.max(x2)));
        let (r1, r2) = (self.row(y1.min(y2)), self.row(y1.max(y2)));
        self.set_cells(c1, r1, c2, r2, v);
    }

    /// The cell a room position is in, if it is inside the grid.
    fn cell_of(&self, x: i64, y: i64) -> Option<(i64, i64)> {
        let inside_x = x >= self.left && x < self.left + self.hcells * self.cell_w;
        let inside_y = y >= self.top && y < self.top + self.vcells * self.cell_h;
        (inside_x && inside_y).then(|| (self.column(x as f64), self.row(y as f64)))
    }

    /// The points of a path from (xs, ys) to (xg, yg) through free cells, or None when the start
    /// or goal is outside the grid or forbidden, or no way joins them.
    pub fn find_path(
        &mut self,
        xs: i64,
        ys: i64,
        xg: i64,
        yg: i64,
        diagonal: bool,
    ) -> Option<Vec<(f64, f64)>> {
        let (cs, rs) = self.cell_of(xs, ys)?;
        if self.get(cs, rs) < 0 {
            return None;
        }
        let (cg, rg) = self.cell_of(xg, yg)?;
        if self.get(cg, rg) < 0 {
            return None;
        }
        let found = self.flood((cs, rs), (cg, rg), diagonal);
        let points =
            found.then(|| self.trace_back((cs, rs), (cg, rg), (xs, ys), (xg, yg), diagonal));
        // The distances were only for this search.
        for c in &mut self.cells {
            if *c > 0 {
                *c = 0;
            }
        }
        points
    }

    /// Numbers the cells by distance from `start` (which gets 1) until `goal` is reached.
    fn flood(&mut self, start: (i64, i64), goal: (i64, i64), diagonal: bool) -> bool {
        let mut queue = std::collections::VecDeque::new();
        self.set(start.0, start.1, 1);
        queue.push_back(start);
        while let Some((x, y)) = queue.pop_front() {
            if (x, y) == goal {
                return true;
            }
            let d = self.get(x, y) + 1;
            let open =
                |dx: i64, dy: i64| self.at(x + dx, y + dy).is_some_and(|i| self.cells[i] == 0);
            let (down_left, down, down_right) = (open(-1, 1), open(0, 1), open(1, 1));
            let (left, right) = (open(-1, 0), open(1, 0));
            let (up_left, up, up_right) = (open(-1, -1), open(0, -1), open(1, -1));
            let mut reach = |dx: i64, dy: i64| {
                self.set(x + dx, y + dy, d);
                queue.push_back((x + dx, y + dy));
            };
            if left {
                reach(-1, 0);
            }
            if right {
                reach(1, 0);
            }
            if up {
                reach(0, -1);
            }
            if down {
                reach(0, 1);
            }
            if diagonal && down_left && down && left {
                reach(-1, 1);
            }
            if diagonal && up_left && up && left {
                reach(-1, -1);
            }
            if diagonal && down_right && down && right {
                reach(1, 1);
            }
            if diagonal && up_right && up && right {
                reach(1, -1);
            }
        }
        false
    }

    fn trace_back(
        &self,
        start: (i64, i64),
        goal: (i64, i64),
        from: (i64, i64),
        to: (i64, i64),
        diagonal: bool,
    ) -> Vec<(f64, f64)> {
        let mut points = vec![(to.0 as f64, to.1 as f64)];
        let (mut x, mut y) = goal;
        let straight = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        let diagonals = [(-1, 1), (1, 1), (-1, -1), (1, -1)];
        while (x, y) != start {
            let before = self.get(x, y) - 1;
            let nearer = |&(dx, dy): &(i64, i64)| {
                self.at(x + dx, y + dy)
                    .is_some_and(|i| self.cells[i] == before)
            };
            let step = straight.iter().find(|d| nearer(d)).or_else(|| {
                diagonal
                    .then(|| diagonals.iter().find(|d| nearer(d)))
                    .flatten()
            });
            // Every reached cell but the start has a nearer neighbour.
            let Some(&(dx, dy)) = step else { break };
            (x, y) = (x + dx, y + dy);
            if (x, y) != start {
                points.push((
                    ((self.left + x * self.cell_w) as f64 + self.cell_w as f64 / 2.0).trunc(),
                    ((self.top + y * self.cell_h) as f64 + self.cell_h as f64 / 2.0).trunc(),
                ));
            }
        }
        points.push((from.0 as f64, from.1 as f64));
        points.reverse();
        points
    }

    /// The cells row by row, for `mp_grid_to_ds_grid`.
    pub fn cells(&self) -> &[i32] {
        &self.cells
    }
}

/// `mp_potential_settings`: how far the potential-field steps may turn and look ahead.
#[derive(Clone, Copy, Debug)]
pub struct PotentialSettings {
    /// The largest turn from the current direction in one step (degrees).
    pub max_rotation: f64,
    /// The angle between the directions tried (degrees).
    pub rotation_step: f64,
    /// How many steps ahead a direction must be free.
    pub ahead: f64,
    /// Turn on the spot when no direction is free.
    pub on_spot: bool,
}

impl Default for PotentialSettings {
    fn default() -> Self {
        PotentialSettings {
            max_rotation: 30.0,
            rotation_step: 10.0,
            ahead: 3.0,
            on_spot: true,
        }
    }
}

/// The motion planning state of a game.
#[derive(Default)]
pub struct MotionPlanning {
    pub grids: Slots<MpGrid>,
    pub potential: PotentialSettings,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wall_is_walked_round_and_the_distances_are_cleared() {
        // 5 x 3 cells of 10 px; a wall in column 2 leaves only the bottom row open.
        let mut g = MpGrid::new(0, 0, 5, 3, 10, 10);
        g.set(2, 0, FORBIDDEN);
        g.set(2, 1, FORBIDDEN);
        let p = g.find_path(5, 5, 45, 5, false).unwrap();
        assert_eq!(
            p,
            vec![
                (5.0, 5.0),
                (5.0, 15.0),
                (5.0, 25.0),
                (15.0, 25.0),
                (25.0, 25.0),
                (35.0, 25.0),
                (35.0, 15.0),
                (35.0, 5.0),
                (45.0, 5.0)
            ]
        );
        assert!(g.cells().iter().all(|&c| c == 0 || c == FORBIDDEN));
        assert_eq!(g.find_path(25, 5, 45, 5, false), None);
    }
}
