//! An assessment through the whole `napcheck validate` path: syntax,
//! duplicate keys, the schema, the typed parse and semantic checks, and the
//! line/column of every finding. Input that is not UTF-8 stops at the read
//! in the CLI, so only text goes through.

#![no_main]

#[path = "common.rs"]
mod common;

use jsonschema::Validator;
use libfuzzer_sys::fuzz_target;
use napcheck_cli::check::document::{check, Context};
use napcheck_core::Lang;
use std::sync::OnceLock;

fn validator() -> &'static Validator {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| napcheck_cli::check::validator().unwrap_or_else(|e| panic!("{e}")))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let cx = Context {
        validator: validator(),
        catalogue: common::catalogue(),
        today: common::today(),
        lang: Lang::En,
        warnings: true,
    };
    for diagnostic in check(text, &cx) {
        common::assert_inside(text, diagnostic.position, &diagnostic.code);
        common::assert_pointer(&diagnostic.pointer, &diagnostic.code);
        assert!(
            !diagnostic.message.is_empty(),
            "{}: no message",
            diagnostic.code
        );
    }
});
