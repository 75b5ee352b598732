//! Writes the Azerbaijani words (`src/i18n/az.json`, the embedded default
//! language) as Rust, one string of keys and texts in key order with their
//! offsets (`$OUT_DIR/az_words.rs`), so that
//! the page looks them up at once instead of parsing 10 KB of JSON on the
//! main thread when it starts (bench/README.md, "The Azerbaijani words
//! compiled in"). A file that is not a JSON object of strings fails the
//! build with its error.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let source = "src/i18n/az.json";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let words: BTreeMap<String, String> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    // One string of every key and text, in key order, and the byte offsets
    // where each begins: `BOUNDS[2i]..BOUNDS[2i + 1]` is the i-th key,
    // `BOUNDS[2i + 1]..BOUNDS[2i + 2]` its text. Offsets rather than a
    // `&str` pair per word: 2 bytes each instead of 8, a smaller wasm.
    let mut text = String::new();
    let mut bounds = vec![0usize];
    for (key, value) in &words {
        text.push_str(key);
        bounds.push(text.len());
        text.push_str(value);
        bounds.push(text.len());
    }
    assert!(
        text.len() <= usize::from(u16::MAX),
        "{source}: too long for u16 offsets"
    );
    let mut out = String::from("/// Every key and text, in key order (written by build.rs).\n");
    // `{:?}` writes a Rust string literal, escapes included.
    let _ = writeln!(out, "pub(crate) static TEXT: &str = {text:?};");
    out.push_str("/// Where each key and text begins and ends in `TEXT`.\n");
    let _ = writeln!(
        out,
        "pub(crate) static BOUNDS: [u16; {}] = {bounds:?};",
        bounds.len()
    );
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(dir.join("az_words.rs"), out).expect("writing az_words.rs");
}
