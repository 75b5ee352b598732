//! The offer, below the first question shown when a draft on an older
//! criteria set is opened or imported, to carry it to the newer one: which
//! set it would move to, which questions the answers move to, which answers cannot move and why (the core's reasons,
//! in the citizen's language), and the two choices. Nothing changes until
//! the citizen accepts; the answers that cannot move stay in the draft. The
//! offer itself is the core's, made in the on-demand checker and kept in the
//! state ([`crate::state::State::current_offer`]).

use super::{on, use_app};
use crate::catalogue::Known;
use crate::i18n::{t, tf};
use crate::state::Action;
use napcheck_core::{Lang, SetRef};
use yew::prelude::*;

/// The offer for the current draft, when there is one.
#[function_component(MigrationOffer)]
pub(crate) fn migration_offer() -> Html {
    let state = use_app();
    let lang = state.lang;
    let words = &state.words;
    // Made by the checker when the draft is opened or imported (`app.rs`),
    // not on every question.
    let Some(offer) = state.current_offer() else {
        return html! {};
    };
    let not_moved = offer.not_moved();
    let moved: Vec<String> = {
        let set = state.known.set(&offer.to.id, lang);
        let title = |id: &str| {
            set.and_then(|s| s.criterion(id))
                .map_or_else(|| id.to_owned(), |c| c.title.get(lang).to_owned())
        };
        offer
            .migrated
            .assessment
            .answers
            .iter()
            .map(|a| title(&a.criterion))
            .collect()
    };
    let from_set = state.known.set(&offer.from.id, lang);
    let old_title = |id: &str| {
        from_set
            .and_then(|s| s.criterion(id))
            .map_or_else(|| id.to_owned(), |c| c.title.get(lang).to_owned())
    };
    html! {
        <section class="notice migration" aria-labelledby="migration-title">
            <h2 id="migration-title">{ t(words, lang, "migration.title") }</h2>
            <p>{ tf(words, lang, "migration.lead", &[("from", &set_name(&state.known, &offer.from, lang)), ("to", &set_name(&state.known, &offer.to, lang))]) }</p>
            <p>{ tf(words, lang, "migration.counts", &[("moved", &offer.migrated.moved.to_string()), ("kept", &not_moved.len().to_string())]) }</p>
            if !moved.is_empty() {
                <details class="migration-moves">
                    <summary>{ tf(words, lang, "migration.moves", &[("count", &moved.len().to_string())]) }</summary>
                    <ul>{ for moved.iter().map(|title| html! { <li>{ title }</li> }) }</ul>
                </details>
            }
            if !not_moved.is_empty() {
                <details class="migration-stays">
                    <summary>{ tf(words, lang, "migration.stays", &[("count", &not_moved.len().to_string())]) }</summary>
                    <ul>{ for not_moved.iter().map(|n| html! {
                        <li><strong>{ old_title(&n.answer.criterion) }</strong>{ ": " }{ n.explanation.get(lang) }</li>
                    }) }</ul>
                </details>
            }
            <p>{ t(words, lang, "migration.original") }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={on(&state, |_: MouseEvent| Action::AcceptMigration)}>{ t(words, lang, "migration.accept") }</button>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::DeclineMigration)}>{ t(words, lang, "migration.decline") }</button>
            </div>
        </section>
    }
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
