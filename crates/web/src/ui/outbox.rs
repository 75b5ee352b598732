//! Sending the outbox (`crate::outbox`): the submissions queued in storage while offline are sent on start
//! and at every `online` event; sending them is code in a chunk of its own
//! (`outbox::sending`, a split point), fetched only when one waits.

use crate::outbox;
use crate::storage::Keys;

/// Sends the waiting submissions of the instance with `keys` now and
/// whenever the network returns.
pub(super) fn start(keys: &Keys) {
    outbox::flush(keys);
    let keys = keys.clone();
    gloo::events::EventListener::new(&gloo::utils::window(), "online", move |_| {
        outbox::flush(&keys)
    })
    .forget();
}
