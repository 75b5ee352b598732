//! The top bar, compact on a phone: the skip link, the navigation between
//! views and the language switch (each language in its own name),
//! available at any time.

use super::{on, use_app, value_of};
use crate::i18n::t;
use crate::state::{Action, View};
use napcheck_core::Lang;
use yew::prelude::*;

/// Each language in its own name, the same in every interface language
/// and before the words of English and Russian arrive.
pub(crate) fn own_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "Azərbaycanca",
        Lang::En => "English",
        Lang::Ru => "Русский",
    }
}

/// The header.
#[function_component(Header)]
pub(crate) fn header() -> Html {
    let state = use_app();
    let embedded = use_context::<crate::embed::EmbedContext>()
        .flatten()
        .is_some();
    let lang = state.lang;
    let words = &state.words;
    let has_draft = state.current_draft().is_some();
    let item = |view: View, key: &'static str| {
        let current = (state.view == view).then_some("page");
        html! {
            <li><button type="button" class="nav" aria-current={current}
                onclick={on(&state, move |_: MouseEvent| Action::Show(view))}>{ t(words, lang, key) }</button></li>
        }
    };
    let on_lang = on(&state, |e: Event| {
        Action::SetLang(value_of(&e).parse().unwrap_or_default())
    });
    html! {
        <header class="topbar">
            // Inside a host page's widget (a shadow root) `#main` is not the
            // page's: the host page has its own skip links.
            if !embedded { <a class="skip" href="#main">{ t(words, lang, "nav.skip") }</a> }
            <p class="brand">{ t(words, lang, "app.name") }</p>
            <nav aria-label={t(words, lang, "nav.label").to_owned()}>
                <ul>
                    { item(View::Home, "nav.home") }
                    if has_draft {
                        { item(View::Details, "nav.details") }
                        { item(View::Checklist, "nav.checklist") }
                        { item(View::Report, "nav.report") }
                    }
                </ul>
            </nav>
            <div class="lang">
                <label for="lang-select" class="visually-hidden">{ t(words, lang, "lang.label") }</label>
                <select id="lang-select" onchange={on_lang}>
                    { for Lang::ALL.iter().map(|&l| html! {
                        <option value={l.code()} lang={l.code()} selected={l == lang}>{ own_name(l) }</option>
                    }) }
                </select>
            </div>
        </header>
    }
}
