//! Object instances. An instance is a struct whose `kind` carries this data, so variable access on
//! `self` is the same code for structs and instances.

pub struct InstanceData {
    pub id: i64,
    pub object_index: usize,
    pub destroyed: bool,
}
