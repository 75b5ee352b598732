//! The fixture site of `bench/probe.sh`: serves a directory of
//! `crates/cli/tests/probe/sites/` on loopback (the tests' server) and
//! prints its address, until killed.

#![allow(clippy::expect_used)]

#[path = "../tests/probe/server.rs"]
#[allow(dead_code, unreachable_pub)]
mod server;

fn main() {
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "local-executive".into());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/probe/sites")
        .join(name);
    let site = server::serve(&root);
    println!("{}", site.addr);
    loop {
        std::thread::park();
    }
}
