//! "A new version is ready", with a reload button: shown when the service
//! worker has installed a new build beside the running one (`static/
//! offline.js` sets `<html data-napcheck-update>` and dispatches
//! `napcheck:update`). The button dispatches `napcheck:reload`; offline.js
//! lets the new build take over and reloads. Drafts are saved at every
//! change, so the reload loses nothing.

use super::use_app;
use crate::i18n::t;
use gloo::events::EventListener;
use yew::prelude::*;

/// Whether offline.js has announced a waiting build.
fn announced() -> bool {
    gloo::utils::document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-napcheck-update"))
}

/// The announcement, when a new version is ready.
#[function_component(Update)]
pub(crate) fn update() -> Html {
    let state = use_app();
    let (lang, words) = (state.lang, &state.words);
    let ready = use_state(announced);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::window(), "napcheck:update", move |_| {
                    ready.set(true)
                });
            move || drop(listener)
        });
    }
    if !*ready {
        return html! {};
    }
    let reload = Callback::from(|_: MouseEvent| {
        if let Ok(event) = web_sys::Event::new("napcheck:reload") {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    });
    html! {
        <div class="notice ok" role="status" id="update-ready">
            <p>{ t(words, lang, "update.ready") }</p>
            <button type="button" onclick={reload}>{ t(words, lang, "update.reload") }</button>
        </div>
    }
}
