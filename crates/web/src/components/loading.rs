//! What the checklist shows until its criteria set is here: a status while
//! the set loads, a retry when it could not be fetched (the draft itself is
//! safe in local storage either way), or why a set cannot be shown.

use super::{on, use_app};
use crate::catalogue::Part;
use crate::i18n::t;
use crate::state::Action;
use yew::prelude::*;

/// Its properties.
#[derive(Properties, PartialEq)]
pub(crate) struct LoadingProps {
    /// The id of the set awaited.
    pub(crate) set: String,
}

/// The placeholder for a set that is not (yet) here.
#[function_component(Loading)]
pub(crate) fn loading(props: &LoadingProps) -> Html {
    let state = use_app();
    let lang = state.lang;
    let words = &state.words;
    let part = Part::Set(props.set.clone(), lang);
    let index = state.known.index(lang);
    let listed = index.iter().any(|s| s.id == props.set);
    if state.known.set(&props.set, lang).is_some() || (!index.is_empty() && !listed) {
        return html! { <p>{ t(words, lang, "checklist.unknown_set") }</p> };
    }
    if state.unavailable.contains(&part.path())
        || state.unavailable.contains(&Part::Index(lang).path())
    {
        return html! {
            <div role="alert" class="notice error">
                <p>{ t(words, lang, "loading.failed") }</p>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::Retry)}>{ t(words, lang, "loading.retry") }</button>
            </div>
        };
    }
    html! { <p role="status" aria-busy="true">{ t(words, lang, "loading.criteria") }</p> }
}
