//! GameMaker projects on disk (DESIGN.md section 3): project files in, the same program the
//! single-file path builds out. `load` reads the `.yyp` and `.yy` files into plain data
//! (`model`), `build` compiles it into a `Program` (scripts, objects and their events, rooms),
//! `assets` is where asset names are registered, `extension` is what code sees of extensions,
//! `room_inherit` resolves child rooms against their parents.

pub mod assets;
pub mod build;
pub mod extension;
pub mod font;
pub mod load;
pub mod model;
pub mod room_inherit;
pub mod room_layers;
pub mod sprite;
pub mod yy;

pub use build::{build, BuildOptions, BuildReport};
pub use load::{is_project_path, load};
pub use model::Project;
pub use yy::ProjectError;
