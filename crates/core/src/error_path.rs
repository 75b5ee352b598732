//! The JSON pointer of a shape error, found from where serde_json stopped.
//!
//! serde_path_to_error tracks the path while deserializing, at the cost of
//! a second copy of every type's deserializer (about 40 KB of the widget's
//! wasm for the assessment alone). This module finds the same pointer after
//! the fact, only on the failure path: it scans the text up to the byte at
//! which serde_json reported the error and names the value there. An
//! unknown field is named by its key (serde_json stops right after it), an
//! unknown variant written as a map key by its object; any other shape error by the value just read, or the one about
//! to be read when serde_json stopped before it. A test compares both methods over many
//! broken assessments.

use crate::pointer::push;

enum Frame {
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The pointer of the value a shape error at `line` and `column` (serde_json's
/// convention: bytes consumed on that line) is about; `variant_key` for
/// serde's "unknown variant" errors.
pub(crate) fn error_pointer(text: &str, line: usize, column: usize, variant_key: bool) -> String {
    let bytes = text.as_bytes();
    let line_start = if line <= 1 {
        0
    } else {
        bytes
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .nth(line - 2)
            .map_or(bytes.len(), |(i, _)| i + 1)
    };
    let end = (line_start + column).min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut last: Option<String> = None;
    // Whether the slot of the top frame awaits its value (after `:`, `[` or `,`).
    let mut pending = false;
    // Whether a key was just read and its `:` not yet.
    let mut key_only = false;
    let mut at = 0;
    while at < end {
        match bytes[at] {
            b' ' | b'\t' | b'\n' | b'\r' => at += 1,
            b':' => {
                key_only = false;
                at += 1;
            }
            b'{' | b'[' => {
                stack.push(if bytes[at] == b'{' {
                    Frame::Object {
                        key: None,
                        expect_key: true,
                    }
                } else {
                    Frame::Array { index: 0 }
                });
                pending = bytes[at] == b'[';
                at += 1;
            }
            b'}' | b']' => {
                stack.pop();
                last = Some(slot(&stack));
                pending = false;
                at += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Array { index }) => {
                        *index += 1;
                        pending = true;
                    }
                    Some(Frame::Object { key, expect_key }) => {
                        *key = None;
                        *expect_key = true;
                    }
                    None => {}
                }
                at += 1;
            }
            b'"' => {
                let start = at;
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                at = (at + 1).min(bytes.len());
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut() {
                    if *expect_key {
                        *key = Some(unescape(&text[start..at]));
                        *expect_key = false;
                        pending = true;
                        key_only = true;
                        continue;
                    }
                }
                last = Some(slot(&stack));
                pending = false;
            }
            _ => {
                while at < bytes.len()
                    && !matches!(bytes[at], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                {
                    at += 1;
                }
                last = Some(slot(&stack));
                pending = false;
            }
        }
    }
    if key_only && variant_key {
        // The key names an enum's variant (an enum written as a map): the
        // error is about the map.
        if let Some(Frame::Object { key, .. }) = stack.last_mut() {
            *key = None;
        }
        slot(&stack)
    } else if key_only || pending {
        slot(&stack)
    } else {
        last.unwrap_or_else(|| slot(&stack))
    }
}

/// The pointer of the current slot: each frame's key or index.
fn slot(stack: &[Frame]) -> String {
    stack
        .iter()
        .fold(String::new(), |pointer, frame| match frame {
            Frame::Object { key: Some(k), .. } => push(&pointer, k),
            Frame::Object { key: None, .. } => pointer,
            Frame::Array { index } => push(&pointer, index),
        })
}

fn unescape(quoted: &str) -> String {
    if quoted.contains('\\') {
        serde_json::from_str(quoted).unwrap_or_default()
    } else {
        quoted.trim_matches('"').to_owned()
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
