//! The two ways the widget could read JSON text, exported for run.mjs:
//! serde_json's parser in the wasm, or the browser's `JSON.parse` with
//! serde-wasm-bindgen handing the JS value to the same `Deserialize`
//! impls (crates/web/src/json.rs). Each returns whether the text was read.

use napcheck_core::{Assessment, CriteriaSet};
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::wasm_bindgen;

fn with_serde_json<T: DeserializeOwned>(text: &str) -> bool {
    serde_json::from_str::<T>(text).is_ok()
}

fn with_json_parse<T: DeserializeOwned>(text: &str) -> bool {
    js_sys::JSON::parse(text)
        .ok()
        .and_then(|v| serde_wasm_bindgen::from_value::<T>(v).ok())
        .is_some()
}

/// A criteria slice read by serde_json.
#[wasm_bindgen]
pub fn slice_serde_json(text: &str) -> bool {
    with_serde_json::<CriteriaSet>(text)
}

/// A criteria slice read through `JSON.parse`.
#[wasm_bindgen]
pub fn slice_json_parse(text: &str) -> bool {
    with_json_parse::<CriteriaSet>(text)
}

/// An assessment read by serde_json.
#[wasm_bindgen]
pub fn assessment_serde_json(text: &str) -> bool {
    with_serde_json::<Assessment>(text)
}

/// An assessment read through `JSON.parse`.
#[wasm_bindgen]
pub fn assessment_json_parse(text: &str) -> bool {
    with_json_parse::<Assessment>(text)
}

fn assessment(text: &str) -> Assessment {
    serde_json::from_str(text).expect("an assessment")
}

/// The assessment in `text` written `times` times by serde_json (pretty,
/// as drafts and exports are written); the bytes written.
#[wasm_bindgen]
pub fn assessment_write_serde_json(text: &str, times: usize) -> usize {
    let value = assessment(text);
    (0..times)
        .map(|_| serde_json::to_string_pretty(&value).map_or(0, |t| t.len()))
        .sum()
}

/// The same, through serde-wasm-bindgen and `JSON.stringify`.
#[wasm_bindgen]
pub fn assessment_write_json_stringify(text: &str, times: usize) -> usize {
    let value = assessment(text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    (0..times)
        .map(|_| {
            serde::Serialize::serialize(&value, &serializer)
                .ok()
                .and_then(|v| {
                    js_sys::JSON::stringify_with_replacer_and_space(
                        &v,
                        &wasm_bindgen::JsValue::NULL,
                        &wasm_bindgen::JsValue::from(2),
                    )
                    .ok()
                })
                .and_then(|t| t.as_string())
                .map_or(0, |t| t.len())
        })
        .sum()
}
