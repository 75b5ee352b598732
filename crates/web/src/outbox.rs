//! Submissions that wait for the network. Each draft's last submission is
//! kept in local storage (`<keys.outbox><draft id>`: the URL, the exact text
//! sent, the language and where it stands), so a submit while offline is
//! queued rather than lost, and the citizen sees its state after a reload.
//! A waiting submission is sent again when the app starts and at every
//! `online` event (`ui/outbox.rs`); each outcome is stored and announced
//! with a `napcheck:outbox` window event, which the submit component reads.
//! Sending twice is harmless: the server's ids are content-addressed, so a
//! resubmission is answered "already stored" (200, `duplicate`).

use crate::loader::Later;
use crate::storage::Keys;
use crate::submission::{post, Sent};
use gloo::storage::{LocalStorage, Storage};
use napcheck_core::Lang;
use serde::{Deserialize, Serialize};
use wasm_split_helpers::{wasm_split, SplitLoaderError};

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

/// What to show for a draft whose export is `body`, given its stored
/// submission: a waiting one always (it will be sent), an outcome only
/// when it was of this very text (an edited draft is not "sent").
pub(crate) fn shown(entry: Option<Entry>, body: &str) -> Sent {
    match entry {
        Some(entry) if entry.sent == Sent::Waiting || entry.body == body => entry.sent,
        _ => Sent::Idle,
    }
}

/// What to show for draft `id` whose export is `body`.
pub(crate) fn stored(keys: &Keys, id: &str, body: &str) -> Sent {
    shown(read(keys, id), body)
}

/// A waiting submission sent by code in the chunk (`loader::Later`):
/// only a citizen who submitted offline needs it. The entry is read there
/// too (its deserialiser is not in the first wasm).
#[wasm_split(outbox, fallible)]
fn sending(keys: Keys, id: String) -> Result<Later<()>, SplitLoaderError> {
    Ok(Box::pin(async move {
        if let Some(entry) = read(&keys, &id).filter(|e| e.sent == Sent::Waiting) {
            send(&keys, &id, entry).await;
        }
    }))
}

/// Whether a stored entry's text says it waits, as [`write`] (or
/// `JSON.stringify`) writes it: unindented, `"sent":"Waiting"` (the chunk
/// reads it again before sending).
fn waits(text: &str) -> bool {
    text.contains(r#""sent":"Waiting""#)
}

/// Sends every waiting submission of this app now (on start and at each
/// `online` event: `ui/outbox.rs`).
pub(crate) fn flush(keys: &Keys) {
    let storage = gloo::utils::window().local_storage().ok().flatten();
    let Some(storage) = storage else { return };
    let length = storage.length().unwrap_or(0);
    let ids: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| {
            storage
                .get_item(key)
                .ok()
                .flatten()
                .is_some_and(|t| waits(&t))
        })
        .filter_map(|key| key.strip_prefix(keys.outbox.as_str()).map(str::to_owned))
        .collect();
    for id in ids {
        let keys = keys.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(sending) = sending(keys, id).await {
                sending.await;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_waiting_entry_is_found_in_its_text() {
        let entry = |sent: Sent| Entry {
            url: "https://ngo.example/api/assessments".into(),
            body: "{\"sent\":\"Waiting\"}".into(),
            lang: Lang::Az,
            sent,
        };
        let text = |sent| crate::json::write(&entry(sent), false).expect("json");
        assert!(waits(&text(Sent::Waiting)));
        assert!(!waits(&text(Sent::Idle)));
        // Quotes inside a string are escaped: no text in one says it.
        assert!(!waits(&text(Sent::Failed("\"sent\":\"Waiting\"".into()))));
    }

    #[test]
    fn a_queued_submission_is_shown_until_sent_and_an_outcome_only_for_its_text() {
        let entry = |sent: Sent| {
            // As stored and read back from local storage.
            let stored = Entry {
                url: "https://ngo.example/api/assessments".into(),
                body: "{\"a\": 1}".into(),
                lang: Lang::Az,
                sent,
            };
            let text = serde_json::to_string(&stored).expect("json");
            Some(serde_json::from_str::<Entry>(&text).expect("read back"))
        };
        let stored = Sent::Stored {
            id: "ab".into(),
            duplicate: false,
        };
        assert_eq!(shown(entry(Sent::Waiting), "{\"a\": 2}"), Sent::Waiting);
        assert_eq!(shown(entry(stored.clone()), "{\"a\": 1}"), stored);
        assert_eq!(shown(entry(stored), "{\"a\": 2}"), Sent::Idle);
        let refused = Sent::Refused(vec![crate::submission::Refusal {
            pointer: "/site/url".into(),
        }]);
        assert_eq!(shown(entry(refused.clone()), "{\"a\": 1}"), refused);
        assert_eq!(shown(None, "{}"), Sent::Idle);
    }
}
