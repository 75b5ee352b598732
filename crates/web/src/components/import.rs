//! Import of an assessment file, by file picker or drag and drop. The text
//! goes through the core's `check_text` (in the reducer); a refused file is
//! listed with each finding in plain words naming the question or field
//! (the core's `Finding::citizen_message`; no pointer, position or parser text).

use super::use_app;
use crate::dom;
use crate::i18n::{t, tf};
use crate::state::{Action, ImportOutcome, NotRead, State, MAX_IMPORT_BYTES};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Reads `file` and dispatches its bytes for import; a file over
/// [`MAX_IMPORT_BYTES`] is refused unread, and one the browser cannot read
/// is reported, never dropped in silence.
fn read(file: web_sys::File, dispatcher: UseReducerDispatcher<State>) {
    let name = file.name();
    let size = file.size() as u64;
    if size > MAX_IMPORT_BYTES {
        let reason = NotRead::TooLarge(size);
        dispatcher.dispatch(Action::ImportNotRead { file: name, reason });
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // Bytes, not `file.text()`: that decodes bad UTF-8 to U+FFFD in
        // silence; the reducer refuses it where it is, as the CLI does.
        let buffer = JsFuture::from(file.array_buffer()).await.ok();
        dispatcher.dispatch(match buffer {
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

/// The import section.
#[function_component(Import)]
pub(crate) fn import() -> Html {
    let state = use_app();
    let lang = state.lang;
    let words = &state.words;
    let dragging = use_state(|| false);
    let onchange = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read(file, dispatcher.clone());
            }
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dispatcher = state.dispatcher();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read(file, dispatcher.clone());
            }
        })
    };
    let dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::DismissImport))
    };
    let refused = match &state.import {
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
            html! {
                <div class="notice error" role="alert" id="import-findings">
                    <p>{ text }</p>
                    <button type="button" onclick={dismiss}>{ t(words, lang, "notice.dismiss") }</button>
                </div>
            }
        }
        Some(ImportOutcome::Checking { file }) => html! {
            <p class="notice" role="status" id="import-checking">
                { tf(words, lang, "import.checking", &[("file", file)]) }
            </p>
        },
        Some(ImportOutcome::Refused { file, findings, .. }) => {
            html! {
                <div class="notice error" role="alert" id="import-findings">
                    <h3>{ tf(words, lang, "import.refused", &[("file", file), ("count", &findings.len().to_string())]) }</h3>
                    <ol class="findings">
                        { for findings.iter().map(|f| html! {
                            <li class={if f.error { "error" } else { "warning" }}>{ &f.message }</li>
                        }) }
                    </ol>
                    <button type="button" onclick={dismiss}>{ t(words, lang, "notice.dismiss") }</button>
                </div>
            }
        }
        _ => html! {},
    };
    html! {
        <section aria-labelledby="import-h">
            <h2 id="import-h">{ t(words, lang, "import.title") }</h2>
            <p>{ t(words, lang, "import.help") }</p>
            <div class={classes!("dropzone", (*dragging).then_some("dragging"))}
                {ondragover} {ondragleave} {ondrop}>
                <label for="import-file">{ t(words, lang, "import.choose") }</label>
                <input type="file" id="import-file" accept=".json,application/json" {onchange} />
                <p class="hint">{ t(words, lang, "import.drop") }</p>
            </div>
            { refused }
        </section>
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
