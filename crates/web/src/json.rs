//! JSON text read into and written from the widget's types by the
//! browser: `JSON.parse` builds the JS value and serde-wasm-bindgen hands it
//! to the core's and the widget's `Deserialize` impls ([`read`]);
//! serde-wasm-bindgen's JSON-compatible serializer builds a JS value that
//! `JSON.stringify` writes ([`write`]). The first wasm then carries no JSON
//! parser or printer of its own (serde_json's: 13 KB gzip; bench/README.md,
//! "serde_json in the first wasm"). Every read that can meet bad text (a
//! damaged draft in storage, a damaged slice, an answer of the checker)
//! gets `None`, as the core's `parse::from_str_quiet` gives, and its caller
//! says so in the citizen's language; so the error's message is never
//! read, and the workspace patches in a serde-wasm-bindgen that never
//! formats it (`vendor/serde-wasm-bindgen`: serde's messages and the float
//! printer they need were 15.8 KB gzip of the first wasm). The native unit
//! tests, which have no browser, read and write with serde_json.

use serde::de::DeserializeOwned;

/// `text` read as a `T`; `None` when it is not JSON or not a `T`. A byte
/// order mark before the text is ignored, as the core's readers do.
pub(crate) fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
    #[cfg(target_arch = "wasm32")]
    {
        let value = js_sys::JSON::parse(napcheck_core::parse::strip_bom(text)).ok()?;
        serde_wasm_bindgen::from_value(value).ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        napcheck_core::parse::from_str_quiet(text)
    }
}

/// `value` as JSON text, indented by two spaces when `pretty`: on the web
/// through serde-wasm-bindgen's JSON-compatible serializer and the
/// browser's `JSON.stringify`; in the native unit tests by serde_json.
pub(crate) fn write<T: serde::Serialize + ?Sized>(value: &T, pretty: bool) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let value = value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .ok()?;
        let text = if pretty {
            js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &wasm_bindgen::JsValue::NULL,
                &wasm_bindgen::JsValue::from(2),
            )
        } else {
            js_sys::JSON::stringify(&value)
        };
        text.ok()?.as_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        if pretty {
            serde_json::to_string_pretty(value).ok()
        } else {
            serde_json::to_string(value).ok()
        }
    }
}
