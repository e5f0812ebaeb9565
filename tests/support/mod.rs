//! Helpers shared by integration tests (`mod support;` in a test file).

pub mod http_server;
pub mod limited;
