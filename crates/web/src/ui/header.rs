//! The top bar, compact on a phone: the skip link (on the standalone page),
//! the navigation between views and the language switch (each language in
//! its own name), available at any time.

use super::node::{el, El};
use crate::i18n::t;
use crate::state::{State, View};
use napcheck_core::Lang;

/// The header.
pub(crate) fn header(state: &State) -> El {
    let (lang, words) = (state.lang, &state.words);
    let item = |view: View, key: &'static str| {
        el("li").child(
            El::button(t(words, lang, key))
                .attr("class", "nav")
                .attr_if(state.view == view, "aria-current", "page")
                .does("show", "", view.code()),
        )
    };
    let mut list = el("ul").child(item(View::Home, "nav.home"));
    if state.current_draft().is_some() {
        list = list
            .child(item(View::Details, "nav.details"))
            .child(item(View::Checklist, "nav.checklist"))
            .child(item(View::Report, "nav.report"));
    }
    let select = el("select")
        .attr("id", "lang-select")
        .does("lang", "", "")
        .children(Lang::ALL.iter().map(|&l| {
            let option = el("option")
                .attr("value", l.code())
                .attr("lang", l.code())
                .text(own_name(l));
            if l == lang {
                let _ = option.0.set_attribute("selected", "");
            }
            option
        }));
    // Inside a host page's widget (a shadow root) `#main` is not the page's:
    // the host page has its own skip links.
    let skip = super::embed::current().is_none().then(|| {
        el("a")
            .attr("class", "skip")
            .attr("href", "#main")
            .text(t(words, lang, "nav.skip"))
    });
    el("header")
        .attr("class", "topbar")
        .maybe(skip)
        .child(
            el("p")
                .attr("class", "brand")
                .text(t(words, lang, "app.name")),
        )
        .child(
            el("nav")
                .attr("aria-label", t(words, lang, "nav.label"))
                .child(list),
        )
        .child(
            el("div")
                .attr("class", "lang")
                .child(
                    el("label")
                        .attr("for", "lang-select")
                        .attr("class", "visually-hidden")
                        .text(t(words, lang, "lang.label")),
                )
                .child(select),
        )
}

/// Each language in its own name.
fn own_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "Azərbaycanca",
        Lang::En => "English",
        Lang::Ru => "Русский",
    }
}
