//! Writes the Azerbaijani words (`src/i18n/az.json`, the embedded default
//! language) as a Rust table sorted by key, `$OUT_DIR/az_words.rs`, so that
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
    let mut out = String::from(
        "/// The Azerbaijani words by key, sorted by key (written by build.rs).\n\
         pub(crate) static AZ: &[(&str, &str)] = &[\n",
    );
    for (key, value) in &words {
        // `{:?}` writes a Rust string literal, escapes included.
        let _ = writeln!(out, "    ({key:?}, {value:?}),");
    }
    out.push_str("];\n");
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(dir.join("az_words.rs"), out).expect("writing az_words.rs");
}
