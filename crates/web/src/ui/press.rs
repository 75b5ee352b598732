//! A tap survives a redraw. The page is drawn anew after every change
//! (`super::draw`), and an element replaced between a pointer's press and
//! its release never gets the click (the browser sends it to what both
//! ends have in common): a tap on "Summary" while another tab's change or
//! a fetched file arrived did nothing. So while a pointer is down on a
//! widget its draws are held ([`hold`]), and made once the pointer is up
//! and the click it made has been handled.

use super::embed::{self, Here};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::{Cell, RefCell};

thread_local! {
    /// A pointer is down on a widget.
    static DOWN: Cell<bool> = const { Cell::new(false) };
    /// The widgets whose draw was held meanwhile.
    static HELD: RefCell<Vec<Here>> = const { RefCell::new(Vec::new()) };
    /// The page's release listeners are there (one set for every widget).
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Follows the pointer on `root` (pressed) and on the page (released,
/// cancelled by a scroll, a choice made in a `<select>`'s list, or the
/// window left).
pub(super) fn listen(root: &web_sys::Element) {
    EventListener::new(root, "pointerdown", |_| DOWN.set(true)).forget();
    if LISTENING.replace(true) {
        return;
    }
    let window = gloo::utils::window();
    // A change or a click ends the press too: on a `<select>` the browser
    // opens its list on the press, and the release lands in the list, never
    // on the page. (In the capture phase, before the widget handles them.)
    for kind in ["pointerup", "pointercancel", "change", "click"] {
        let options = EventListenerOptions::run_in_capture_phase();
        EventListener::new_with_options(&window, kind, options, |_| release()).forget();
    }
    // The window's own blur only: an element's, which a press causes when
    // it moves the focus, is not seen here outside the capture phase.
    EventListener::new(&window, "blur", |_| release()).forget();
}

/// Whether the draw of the widget being drawn waits for the pointer (then
/// it is made on release).
pub(super) fn hold() -> bool {
    if !DOWN.get() {
        return false;
    }
    let here = embed::here();
    HELD.with(|held| {
        let mut held = held.borrow_mut();
        if !held.contains(&here) {
            held.push(here);
        }
    });
    true
}

/// The pointer is up: the held draws are made in the next task, after the
/// click this release makes (dispatched in this task) was handled.
fn release() {
    if !DOWN.replace(false) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        crate::loader::next_task().await;
        for here in HELD.take() {
            super::redraw(here);
        }
    });
}
