//! The `gml` command line.

fn main() {
    std::process::exit(gml::cli::main());
}
