//! Import of an assessment file, by file picker or drag and drop. The bytes are dispatched as `Action::Import`;
//! the reducer then waits for the on-demand checker (`checker.rs`, called
//! by `checks.rs`). A file too large or unreadable is refused in words.

use super::dispatch;
use super::node::{el, El};
use crate::dom;
use crate::i18n::{t, tf};
use crate::state::{Action, ImportOutcome, NotRead, State, MAX_IMPORT_BYTES};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// A file is being dragged over the drop zone (the section's own
    /// state).
    static DRAGGING: Cell<bool> = const { Cell::new(false) };
}

/// Reads `file` and dispatches its bytes for import; a file over
/// [`MAX_IMPORT_BYTES`] is refused unread, and one the browser cannot read
/// is reported, never dropped in silence.
fn read(file: web_sys::File) {
    let name = file.name();
    let size = file.size() as u64;
    if size > MAX_IMPORT_BYTES {
        let reason = NotRead::TooLarge(size);
        dispatch(Action::ImportNotRead { file: name, reason });
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // Bytes, not `file.text()`: that decodes bad UTF-8 to U+FFFD in
        // silence; the reducer refuses it where it is, as the CLI does.
        let buffer = JsFuture::from(file.array_buffer()).await.ok();
        dispatch(match buffer {
            Some(buffer) => Action::Import {
                file: name,
                bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
                id: dom::new_id(),
                today: dom::today(),
            },
            None => Action::ImportNotRead {
                file: name,
                reason: NotRead::Failed,
            },
        });
    });
}

/// Bytes as mebibytes with one decimal, e.g. "4.0", rounded to the nearest
/// tenth in integers: no float formatting code in the wasm.
fn mebibytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The drop zone's class.
fn zone_class(dragging: bool) -> &'static str {
    if dragging {
        "dropzone dragging"
    } else {
        "dropzone"
    }
}

/// The import section.
pub(crate) fn import(state: &State) -> El {
    let (lang, words) = (state.lang, &state.words);
    let dismiss = || El::button(t(words, lang, "notice.dismiss")).does("idismiss", "", "");
    let outcome = match &state.import {
        Some(ImportOutcome::NotRead { file, reason }) => {
            let text = match reason {
                NotRead::TooLarge(size) => tf(
                    words,
                    lang,
                    "import.too_large",
                    &[
                        ("file", file),
                        ("size", &mebibytes(*size)),
                        ("max", &mebibytes(MAX_IMPORT_BYTES)),
                    ],
                ),
                NotRead::Failed => tf(words, lang, "import.unreadable", &[("file", file)]),
                NotRead::Unchecked => tf(words, lang, "import.unchecked", &[("file", file)]),
            };
            Some(
                el("div")
                    .attr("class", "notice error")
                    .attr("role", "alert")
                    .attr("id", "import-findings")
                    .child(el("p").text(&text))
                    .child(dismiss()),
            )
        }
        Some(ImportOutcome::Checking { file }) => Some(
            el("p")
                .attr("class", "notice")
                .attr("role", "status")
                .attr("id", "import-checking")
                .text(&tf(words, lang, "import.checking", &[("file", file)])),
        ),
        Some(ImportOutcome::Refused { file, findings, .. }) => Some(
            el("div")
                .attr("class", "notice error")
                .attr("role", "alert")
                .attr("id", "import-findings")
                .child(el("h3").text(&tf(
                    words,
                    lang,
                    "import.refused",
                    &[("file", file), ("count", &findings.len().to_string())],
                )))
                .child(
                    el("ol")
                        .attr("class", "findings")
                        .children(findings.iter().map(|f| {
                            el("li")
                                .attr("class", if f.error { "error" } else { "warning" })
                                .text(&f.message)
                        })),
                )
                .child(dismiss()),
        ),
        _ => None,
    };
    el("section")
        .attr("aria-labelledby", "import-h")
        .child(
            el("h2")
                .attr("id", "import-h")
                .text(t(words, lang, "import.title")),
        )
        .child(el("p").text(t(words, lang, "import.help")))
        .child(
            el("div")
                .attr("class", zone_class(DRAGGING.get()))
                .child(
                    el("label")
                        .attr("for", "import-file")
                        .text(t(words, lang, "import.choose")),
                )
                .child(
                    el("input")
                        .attr("type", "file")
                        .attr("id", "import-file")
                        .attr("accept", ".json,application/json")
                        .does("ifile", "", ""),
                )
                .child(
                    el("p")
                        .attr("class", "hint")
                        .text(t(words, lang, "import.drop")),
                ),
        )
        .maybe(outcome)
}

/// A file chosen, or the refusal dismissed (`events.rs`).
pub(crate) fn action(kind: &str, code: &str, element: &web_sys::Element) -> Option<Action> {
    match (kind, code) {
        ("click", "idismiss") => Some(Action::DismissImport),
        ("change", "ifile") => {
            let input = element.dyn_ref::<web_sys::HtmlInputElement>()?;
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read(file);
            }
            input.set_value("");
            None
        }
        _ => None,
    }
}

/// Listens on `root` for files dragged over and dropped on the drop zone.
pub(crate) fn listen(root: &web_sys::Element) {
    for kind in ["dragover", "dragleave", "drop"] {
        gloo::events::EventListener::new_with_options(
            root,
            kind,
            gloo::events::EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(zone) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.closest(".dropzone").ok().flatten())
                else {
                    return;
                };
                if kind != "dragleave" {
                    event.prevent_default();
                }
                let dragging = kind == "dragover";
                if DRAGGING.replace(dragging) != dragging {
                    zone.set_class_name(zone_class(dragging));
                }
                if kind == "drop" {
                    let file = event
                        .dyn_ref::<web_sys::DragEvent>()
                        .and_then(|e| e.data_transfer())
                        .and_then(|d| d.files())
                        .and_then(|f| f.get(0));
                    if let Some(file) = file {
                        read(file);
                    }
                }
            },
        )
        .forget();
    }
}

#[cfg(test)]
mod tests {
    use super::mebibytes;

    #[test]
    fn mebibytes_has_one_decimal_rounded_to_the_nearest_tenth() {
        for (bytes, text) in [
            (0, "0.0"),
            (4 * 1024 * 1024, "4.0"),
            (5_000_000, "4.8"),
            (104_857, "0.1"),
            (52_428, "0.0"),
        ] {
            assert_eq!(mebibytes(bytes), text, "{bytes} B");
        }
    }
}
