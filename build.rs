fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .process()
        .expect("LALRPOP grammar failed to compile");
    println!("cargo:rerun-if-changed=grammar");
}
