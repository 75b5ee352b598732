//! "Submit" in an embedded widget's summary, in the summary's chunk: it tells the host
//! (`napcheck:submit`) and, with a submit URL, POSTs the assessment there
//! through the outbox (queued first, so that a page closed mid-request or
//! offline still sends it: `outbox.rs`) and shows the outcome: stored (a
//! short reference to read aloud), refused (each pointer the server named,
//! in the words of the checker's own check of the file, or in plain words,
//! `plain.rs`, where it found nothing there), not sent, or waiting for the
//! network. What is shown is the stored outcome of what is on screen, or
//! the last click's own.

use super::embed::{self, Here};
use super::node::{el, El};
use super::redraw;
use super::APP;
use crate::checker::ExportCheck;
use crate::i18n::{t, tf};
use crate::outbox::{self, stored, Entry};
use crate::state::State;
use crate::submission::{refusal_lines, short_reference, Sent};
use std::cell::RefCell;

thread_local! {
    /// The last click's outcome (draft id, text sent, outcome), shown
    /// while it is of what is on screen and no stored outcome came since.
    static LAST: RefCell<Option<(String, String, Sent)>> = const { RefCell::new(None) };
    /// The widgets drawn again when the outbox stores an outcome.
    static LISTENING: RefCell<Vec<Here>> = const { RefCell::new(Vec::new()) };
}

/// Draws the app of each widget showing a submit again whenever the outbox
/// stores an outcome (the network came back, or a send ended).
fn listen() {
    let here = embed::here();
    let first = LISTENING.with(|l| {
        let mut list = l.borrow_mut();
        if list.contains(&here) {
            return false;
        }
        list.push(here);
        list.len() == 1
    });
    if first {
        gloo::events::EventListener::new(&gloo::utils::window(), outbox::EVENT, |_| {
            LAST.with(|l| {
                let mut last = l.borrow_mut();
                if last.as_ref().is_some_and(|(_, _, s)| *s != Sent::Sending) {
                    *last = None;
                }
            });
            for here in LISTENING.with(|l| l.borrow().clone()) {
                redraw(here);
            }
        })
        .forget();
    }
}

/// The outcome in words.
fn outcome(
    sent: &Sent,
    checked: &ExportCheck,
    state: &State,
    draft: &crate::draft::Draft,
) -> Option<El> {
    let (lang, words) = (state.lang, &state.words);
    Some(match sent {
        Sent::Idle => return None,
        Sent::Sending => el("p").text(t(words, lang, "submit.sending")),
        Sent::Waiting => el("p")
            .attr("class", "notice warn")
            .attr("id", "submit-waiting")
            .text(t(words, lang, "submit.waiting")),
        Sent::Handed => el("p").text(t(words, lang, "submit.handed")),
        Sent::Stored { id, duplicate } => {
            let key = if *duplicate {
                "submit.duplicate"
            } else {
                "submit.stored"
            };
            let short = short_reference(id);
            el("div")
                .attr("class", "notice ok")
                .attr("id", "submit-stored")
                .child(el("p").child(el("strong").text(t(words, lang, "submit.thanks"))))
                .child(el("p").text(&tf(words, lang, key, &[("id", &short)])))
                .child(
                    el("p")
                        .attr("class", "reference")
                        .attr("data-id", id)
                        .text(&short),
                )
        }
        // The refusal is shown once its words are known (the checker loads).
        Sent::Refused(_) if *checked == ExportCheck::Pending => {
            el("p").text(t(words, lang, "report.checking"))
        }
        Sent::Refused(refusals) => {
            let local = match checked {
                ExportCheck::Done(checked) => checked.findings.as_slice(),
                _ => &[],
            };
            let lines = refusal_lines(refusals, local, draft, &state.known, words, lang);
            el("div")
                .attr("class", "notice error")
                .attr("id", "submit-refused")
                .child(el("p").text(&tf(
                    words,
                    lang,
                    "submit.refused",
                    &[("count", &lines.len().to_string())],
                )))
                .child(
                    el("ul")
                        .attr("class", "findings")
                        .children(lines.iter().map(|l| el("li").text(l))),
                )
        }
        Sent::Failed(reason) => el("p")
            .attr("class", "notice error")
            .attr("id", "submit-failed")
            .text(&tf(words, lang, "submit.failed", &[("reason", reason)])),
    })
}

/// The submit action and its outcome (in an embedded widget only), for
/// the current draft's export `body` and the checker's verdict on it.
pub(super) fn submit(state: &State, body: &str, checked: &ExportCheck) -> Option<El> {
    let embed = embed::current()?;
    let draft = state.current_draft()?;
    let (lang, words) = (state.lang, &state.words);
    listen();
    let last = LAST.with(|l| {
        let last = l.borrow();
        let (id, text, sent) = last.as_ref()?;
        (*id == draft.id && text == body).then(|| sent.clone())
    });
    let sent = last.unwrap_or_else(|| stored(&embed.keys, &draft.id, body));
    Some(
        el("div")
            .attr("class", "submit")
            .child(
                El::button(t(words, lang, "submit.button"))
                    .attr("class", "primary")
                    .attr("id", "submit-assessment")
                    .attr_if(sent == Sent::Sending, "disabled", "")
                    .does("sum-submit", "", ""),
            )
            .child(
                el("div")
                    .attr("role", "status")
                    .attr("aria-live", "polite")
                    .maybe(outcome(&sent, checked, state, draft)),
            ),
    )
}

/// "Submit" pressed: the host is told; with a submit URL the assessment is
/// queued, then sent.
pub(super) fn send() {
    let Some(embed) = embed::current() else {
        return;
    };
    let current = APP.with(|a| {
        let guard = a.borrow();
        let state = &guard.as_ref()?.state;
        let draft = state.current_draft()?;
        Some((
            draft.id.clone(),
            draft.export(&state.known, state.lang),
            state.lang,
        ))
    });
    let Some((id, assessment, lang)) = current else {
        return;
    };
    let Some(text) = crate::json::write(&assessment, true) else {
        return;
    };
    embed.emit("submit", &assessment);
    let here = embed::here();
    let Some(url) = embed.submit_url.clone() else {
        LAST.set(Some((id, text, Sent::Handed)));
        redraw(here);
        return;
    };
    let entry = Entry {
        url,
        body: text.clone(),
        lang,
        sent: Sent::Waiting,
    };
    LAST.set(Some((id.clone(), text.clone(), Sent::Sending)));
    // Queued first: a page closed mid-request still sends it (this draws
    // the widget again, through the outbox's event).
    outbox::write(&embed.keys, &id, &entry);
    redraw(here);
    let keys = embed.keys.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let sent = outbox::send(&keys, &id, entry).await;
        LAST.set(Some((id, text, sent)));
        redraw(here);
    });
}
