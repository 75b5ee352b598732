//! The offer, below the question card, to carry a draft on an older
//! criteria set to the newer one: which set it would move to, which questions the answers move to,
//! which answers cannot move and why, and the two choices. The offer is the
//! core's, made in the checker (`checks.rs`) and kept in the state
//! ([`State::current_offer`]). Drawing it is code in a chunk of its own
//! (the split point [`view`]), fetched the
//! first time an offer is made; the page is drawn again once it is here. A
//! chunk that could not be fetched is said with "Try again".

use super::chunk::{self, Slot};
use super::embed::{self, Here};
use super::node::{el, El};
use crate::catalogue::Known;
use crate::i18n::{t, tf};
use crate::state::{Action, State};
use napcheck_core::{Lang, SetRef};
use std::cell::RefCell;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// What draws the offer (`None`: there is none).
type Draw = fn(&State) -> Option<El>;

/// The offer's `<details>`, whose `open` a new drawing keeps (they have no
/// id, which is how `super::draw` keeps the others).
const DETAILS: [&str; 2] = ["migration-moves", "migration-stays"];

thread_local! {
    /// What draws the offer, once its chunk is here.
    static CHUNK: Slot<Draw> = const { Slot::new() };
    /// The offer each app drew last.
    static DRAWN: RefCell<Vec<(Here, web_sys::Element)>> = const { RefCell::new(Vec::new()) };
}

/// The offer for the current draft, when there is one and its chunk is
/// here; the "Try again" alert when the chunk could not be fetched.
pub(super) fn offer(state: &State) -> Option<El> {
    state.current_offer()?;
    let Some(draw) = CHUNK.with(Slot::get) else {
        if CHUNK.with(Slot::failed) {
            return Some(chunk::failed(state, "mretry"));
        }
        chunk::load(&CHUNK, embed::here(), view);
        return None;
    };
    let section = draw(state)?;
    keep_open(&section);
    Some(section)
}

/// Keeps the `open` of the details of the offer this app drew last.
fn keep_open(section: &El) {
    let here = embed::here();
    DRAWN.with(|d| {
        let mut drawn = d.borrow_mut();
        if let Some((_, last)) = drawn.iter().find(|(h, _)| *h == here) {
            if last.is_connected() {
                for class in DETAILS {
                    let open = |e: &web_sys::Element| {
                        e.query_selector(&format!("details.{class}")).ok().flatten()
                    };
                    if let (Some(old), Some(new)) = (open(last), open(&section.0)) {
                        if old.has_attribute("open") {
                            let _ = new.set_attribute("open", "");
                        }
                    }
                }
            }
        }
        drawn.retain(|(h, _)| *h != here);
        drawn.push((here, section.0.clone()));
    });
}

/// Accept, decline, or fetch the chunk again (`events.rs`).
pub(super) fn action(kind: &str, code: &str, _element: &web_sys::Element) -> Option<Action> {
    match (kind, code) {
        ("click", "maccept") => Some(Action::AcceptMigration),
        ("click", "mdecline") => Some(Action::DeclineMigration),
        ("click", "mretry") => {
            chunk::load(&CHUNK, embed::here(), view);
            None
        }
        _ => None,
    }
}

/// What draws the offer: the chunk's code.
#[wasm_split(offer, fallible)]
fn view() -> Result<Draw, SplitLoaderError> {
    Ok(section)
}

/// The offer's section.
fn section(state: &State) -> Option<El> {
    let (lang, words) = (state.lang, &state.words);
    let offer = state.current_offer()?;
    let not_moved = offer.not_moved();
    let set = state.known.set(&offer.to.id, lang);
    let moved: Vec<String> = offer
        .migrated
        .assessment
        .answers
        .iter()
        .map(|a| {
            set.and_then(|s| s.criterion(&a.criterion))
                .map_or_else(|| a.criterion.clone(), |c| c.title.get(lang).to_owned())
        })
        .collect();
    let from_set = state.known.set(&offer.from.id, lang);
    let old_title = |id: &str| {
        from_set
            .and_then(|s| s.criterion(id))
            .map_or_else(|| id.to_owned(), |c| c.title.get(lang).to_owned())
    };
    let lead = tf(
        words,
        lang,
        "migration.lead",
        &[
            ("from", &set_name(&state.known, &offer.from, lang)),
            ("to", &set_name(&state.known, &offer.to, lang)),
        ],
    );
    let counts = tf(
        words,
        lang,
        "migration.counts",
        &[
            ("moved", &offer.migrated.moved.to_string()),
            ("kept", &not_moved.len().to_string()),
        ],
    );
    let details = |class: &str, key: &'static str, count: usize, items: Vec<El>| {
        el("details")
            .attr("class", class)
            .child(el("summary").text(&tf(words, lang, key, &[("count", &count.to_string())])))
            .child(el("ul").children(items))
    };
    let moves = (!moved.is_empty()).then(|| {
        let items = moved.iter().map(|title| el("li").text(title)).collect();
        details("migration-moves", "migration.moves", moved.len(), items)
    });
    let stays = (!not_moved.is_empty()).then(|| {
        let items = not_moved
            .iter()
            .map(|n| {
                el("li")
                    .child(el("strong").text(&old_title(&n.answer.criterion)))
                    .text(": ")
                    .text(n.explanation.get(lang))
            })
            .collect();
        details("migration-stays", "migration.stays", not_moved.len(), items)
    });
    Some(
        el("section")
            .attr("class", "notice migration")
            .attr("aria-labelledby", "migration-title")
            .child(
                el("h2")
                    .attr("id", "migration-title")
                    .text(t(words, lang, "migration.title")),
            )
            .child(el("p").text(&lead))
            .child(el("p").text(&counts))
            .maybe(moves)
            .maybe(stays)
            .child(el("p").text(t(words, lang, "migration.original")))
            .child(
                el("div")
                    .attr("class", "actions")
                    .child(
                        El::button(t(words, lang, "migration.accept"))
                            .attr("class", "primary")
                            .does("maccept", "", ""),
                    )
                    .child(
                        El::button(t(words, lang, "migration.decline")).does("mdecline", "", ""),
                    ),
            ),
    )
}

/// A set as the citizen reads it: its title in the index and its version.
fn set_name(known: &Known, reference: &SetRef, lang: Lang) -> String {
    let index = known.index(lang);
    let title = index
        .iter()
        .find(|s| s.id == reference.id)
        .map_or(reference.id.as_str(), |s| s.title.as_str());
    format!("{title} ({})", reference.version)
}
