//! The JSON pointer of a shape error, found from where serde_json stopped.
//!
//! serde_path_to_error tracks the path while deserializing, at the cost of
//! a second copy of every type's deserializer (about 40 KB of the widget's
//! wasm for the assessment alone). This module finds the same pointer after
//! the fact, only on the failure path: it walks the text (`crate::scan`) up
//! to the byte at which serde_json reported the error and names the value
//! there: the value just read, or the one about to be read when serde_json
//! stopped before it. An unknown field is named by its key (serde_json
//! stops right after it), an unknown variant written as a map key by its
//! object. A test compares both methods over many broken assessments.

use crate::scan::{walk_until, Event};
use std::ops::ControlFlow;

/// The pointer of the value a shape error is about, serde_json having
/// stopped before byte `stop` of `text`; `variant_key` for serde's "unknown
/// variant" errors.
pub(crate) fn error_pointer(text: &str, stop: usize, variant_key: bool) -> String {
    // Whether the walk stopped after a key, before its colon.
    let mut after_key = false;
    let path = walk_until(text, stop, |event, _| {
        match event {
            Event::Key(_) => after_key = true,
            Event::Colon => after_key = false,
            _ => {}
        }
        ControlFlow::Continue(())
    });
    if after_key && variant_key {
        // The key names an enum's variant (an enum written as a map): the
        // error is about the map.
        path.pointer_to(path.depth().saturating_sub(1))
    } else {
        path.pointer()
    }
}

#[cfg(test)]
mod stops {
    use super::error_pointer;

    #[test]
    fn names_the_value_just_read_or_about_to_be_read() {
        let text = r#"{"a": [1, {"b": 2}], "c": {"d": 3}}"#;
        // (stop, variant_key, pointer): stop is the offset just past what
        // serde_json read.
        let cases = [
            (0, false, ""),
            (7, false, "/a/0"),
            (8, false, "/a/0"),
            (9, false, "/a/1"),
            (14, false, "/a/1/b"),
            (14, true, "/a/1"),
            (15, true, "/a/1/b"),
            (18, false, "/a/1"),
            (20, false, "/a"),
            (24, false, "/c"),
            (35, false, ""),
        ];
        for (stop, variant_key, pointer) in cases {
            assert_eq!(error_pointer(text, stop, variant_key), pointer, "{stop}");
        }
    }
}

#[cfg(all(test, feature = "tracked-paths"))]
mod tests {
    use crate::parse::{from_str_scanned, tracked};
    use crate::Assessment;
    use serde_json::{json, Value};

    /// Every pointer in `value`.
    fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => map
                .iter()
                .for_each(|(k, v)| pointers(v, crate::pointer::push(&at, k), out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| pointers(v, crate::pointer::push(&at, i), out)),
            _ => {}
        }
        out.push(at);
    }

    /// Broken variants of `doc`: each value replaced by values of every
    /// kind, each object with an unknown field and without each of its fields.
    fn variants(doc: &Value) -> Vec<Value> {
        let mut at = Vec::new();
        pointers(doc, String::new(), &mut at);
        let replacements = [
            json!(7),
            json!(-1.5),
            json!("x"),
            json!("2018-02-30"),
            json!(true),
            json!(null),
            json!({}),
            json!([]),
            json!({"zz": 1}),
            json!([1, "a"]),
            json!({"type": "count", "value": "many"}),
            json!({"value": true, "type": "count"}),
            json!({"type": "nope"}),
        ];
        let mut out = Vec::new();
        for pointer in at.iter().filter(|p| !p.is_empty()) {
            for replacement in &replacements {
                let mut broken = doc.clone();
                if let Some(slot) = broken.pointer_mut(pointer) {
                    *slot = replacement.clone();
                    out.push(broken);
                }
            }
        }
        for pointer in &at {
            let Some(Value::Object(map)) = doc.pointer(pointer) else {
                continue;
            };
            let mut broken = doc.clone();
            if let Some(Value::Object(m)) = broken.pointer_mut(pointer) {
                m.insert("unexpected".into(), json!(1));
                out.push(broken);
            }
            for key in map.keys() {
                let mut broken = doc.clone();
                if let Some(Value::Object(m)) = broken.pointer_mut(pointer) {
                    m.remove(key);
                    out.push(broken);
                }
            }
        }
        out
    }

    #[test]
    fn scanning_finds_the_pointer_path_tracking_finds() {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/assessments/valid"
        );
        let mut compared = 0;
        let mut differ = Vec::new();
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
            let doc: Value = serde_json::from_str(&text).expect("valid JSON");
            for broken in variants(&doc) {
                for text in [
                    serde_json::to_string_pretty(&broken).expect("json"),
                    serde_json::to_string(&broken).expect("json"),
                ] {
                    let tracked = tracked::from_str::<Assessment>(&text).err();
                    let scanned = from_str_scanned::<Assessment>(&text).err();
                    compared += 1;
                    if tracked != scanned {
                        differ.push(format!(
                            "{text}\n  tracked {tracked:?}\n  scanned {scanned:?}"
                        ));
                    }
                }
            }
        }
        assert!(compared > 1000, "only {compared} variants");
        assert!(
            differ.is_empty(),
            "{} of {compared} differ, e.g.\n{}",
            differ.len(),
            differ
                .iter()
                .take(3)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
