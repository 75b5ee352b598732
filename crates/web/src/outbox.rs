//! Submissions that wait for the network. Each draft's last submission is
//! kept in local storage (`<keys.outbox><draft id>`: the URL, the exact text
//! sent, the language and where it stands), so a submit while offline is
//! queued rather than lost, and the citizen sees its state after a reload.
//! A waiting submission is sent again when the app starts and at every
//! `online` event ([`use_outbox`]); each outcome is stored and announced
//! with a `napcheck:outbox` window event, which the submit component reads.
//! Sending twice is harmless: the server's ids are content-addressed, so a
//! resubmission is answered "already stored" (200, `duplicate`).

use crate::components::lazy::Later;
use crate::components::submit::{post, Sent};
use crate::storage::Keys;
use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use napcheck_core::Lang;
use serde::{Deserialize, Serialize};
use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

/// The window event dispatched after an outcome is stored.
pub(crate) const EVENT: &str = "napcheck:outbox";

/// A draft's last submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// Where it is POSTed.
    pub(crate) url: String,
    /// The exact text sent.
    pub(crate) body: String,
    /// The interface language (`accept-language`).
    pub(crate) lang: Lang,
    /// Where it stands.
    pub(crate) sent: Sent,
}

/// The stored submission of draft `id`.
pub(crate) fn read(keys: &Keys, id: &str) -> Option<Entry> {
    let text = LocalStorage::raw()
        .get_item(&format!("{}{id}", keys.outbox))
        .ok()??;
    crate::json::read(&text)
}

/// Stores the submission of draft `id` and announces it.
pub(crate) fn write(keys: &Keys, id: &str, entry: &Entry) {
    // A full storage loses only the queue, never the draft (saved apart).
    if let Some(text) = crate::json::write(entry, false) {
        let _ = LocalStorage::raw().set_item(&format!("{}{id}", keys.outbox), &text);
    }
    if let Ok(event) = web_sys::Event::new(EVENT) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// Sends `entry` and stores the outcome: a network failure leaves it
/// waiting.
pub(crate) async fn send(keys: &Keys, id: &str, entry: Entry) -> Sent {
    let sent = post(entry.url.clone(), entry.body.clone(), entry.lang).await;
    // What another send stored meanwhile (a later submit) is not undone.
    if read(keys, id).is_some_and(|now| now.body == entry.body) {
        write(
            keys,
            id,
            &Entry {
                sent: sent.clone(),
                ..entry
            },
        );
    }
    sent
}

/// A waiting submission sent by code in the chunk (`components/lazy.rs`):
/// only a citizen who submitted offline needs it.
#[wasm_split(outbox, fallible)]
fn sending(keys: Keys, id: String, entry: Entry) -> Result<Later<Sent>, SplitLoaderError> {
    Ok(Box::pin(async move { send(&keys, &id, entry).await }))
}

/// Sends every waiting submission of this app now.
fn flush(keys: &Keys) {
    let storage = gloo::utils::window().local_storage().ok().flatten();
    let Some(storage) = storage else { return };
    let length = storage.length().unwrap_or(0);
    let ids: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| key.strip_prefix(keys.outbox.as_str()).map(str::to_owned))
        .collect();
    for id in ids {
        let Some(entry) = read(keys, &id).filter(|e| e.sent == Sent::Waiting) else {
            continue;
        };
        let keys = keys.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(sending) = sending(keys, id, entry).await {
                sending.await;
            }
        });
    }
}

/// Sends the waiting submissions on start and whenever the network returns.
#[hook]
pub(crate) fn use_outbox(keys: &Keys) {
    let keys = keys.clone();
    use_effect_with((), move |_| {
        flush(&keys);
        let listener = EventListener::new(&gloo::utils::window(), "online", move |_| flush(&keys));
        move || drop(listener)
    });
}
