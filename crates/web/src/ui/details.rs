//! The website being checked: the criteria set (NAP edition), a body from
//! the register or any other, its kind, the address, the name and the day.

use super::node::{el, El};
use crate::i18n::{t, tf};
use crate::state::State;
use napcheck_core::{is_http_url, BodyKind};

/// The i18n key of a kind of body.
fn kind_key(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::LocalExecutive => "kind.local_executive",
        BodyKind::CentralExecutive => "kind.central_executive",
        BodyKind::Municipality => "kind.municipality",
        BodyKind::OtherStateBody => "kind.other_state_body",
    }
}

/// The kind of body of an id (`events.rs` reads the select's value).
pub(crate) fn kind_of(id: &str) -> BodyKind {
    BodyKind::ALL
        .into_iter()
        .find(|k| k.id() == id)
        .unwrap_or(BodyKind::LocalExecutive)
}

/// What is wrong with the details: the address's error key, the name's
/// missing. `None` when the current draft has none.
fn problems(state: &State) -> Option<(Option<&'static str>, bool, bool)> {
    let site = &state.current_draft()?.site;
    let url = site.url.as_deref().unwrap_or("").trim();
    let url_error = if url.is_empty() {
        Some("details.url_required")
    } else {
        (!is_http_url(url)).then_some("details.url_invalid")
    };
    // The core refuses an assessment without the body's name.
    Some((url_error, url.is_empty(), site.name.trim().is_empty()))
}

/// The field to fix first before going on, if any ("Continue" pressed).
pub(crate) fn first_wrong(state: &State) -> Option<&'static str> {
    let (url_error, _, name_missing) = problems(state)?;
    if url_error.is_some() {
        Some("url")
    } else if name_missing {
        Some("name")
    } else {
        None
    }
}

/// The details form's nodes (they go straight into `<main>`); `tried`:
/// "Continue" was pressed with something missing (the form's own state,
/// kept beside the app's, `App::tried`).
pub(crate) fn details(state: &State, tried: bool) -> Vec<El> {
    let (lang, words) = (state.lang, &state.words);
    let (Some(draft), Some((url_error, url_missing, name_missing))) =
        (state.current_draft(), problems(state))
    else {
        return Vec::new();
    };
    let site = &draft.site;
    let url_error = url_error.filter(|_| tried || !url_missing);
    let url_invalid = url_error.is_some();
    let name_error = (name_missing && tried).then_some("details.name_required");
    let applicable = draft.applicable(&state.known, lang).len();
    let label = |id: &str, key: &'static str| el("label").attr("for", id).text(t(words, lang, key));
    let field = || el("div").attr("class", "field");
    let option = |value: &str, selected: bool, text: &str| {
        el("option")
            .attr("value", value)
            .attr_if(selected, "selected", "selected")
            .text(text)
    };
    let text_input = |id: &str, max: &str, value: &str, code: &str| {
        el("input")
            .attr("id", id)
            .attr("type", "text")
            .attr("maxlength", max)
            .attr("value", value)
            .does(code, "", "")
    };
    let error = |id: &str, key: Option<&'static str>| {
        key.map(|key| {
            el("p")
                .attr("class", "error-text")
                .attr("id", id)
                .text(t(words, lang, key))
        })
    };
    let sets = state.known.index(lang);
    let set = field().child(label("set", "details.set")).child(
        el("select")
            .attr("id", "set")
            .does("set", "", "")
            .children(sets.iter().map(|s| {
                option(
                    &s.id,
                    s.id == draft.set.id,
                    &format!("{} ({})", s.title, s.version),
                )
            })),
    );
    let groups = BodyKind::ALL.into_iter().filter_map(|kind| {
        let bodies: Vec<_> = state
            .known
            .bodies()
            .bodies
            .iter()
            .filter(|b| b.kind == kind)
            .collect();
        (!bodies.is_empty()).then(|| {
            el("optgroup")
                .attr("label", t(words, lang, kind_key(kind)))
                .children(bodies.into_iter().map(|b| {
                    option(
                        &b.id,
                        site.body.as_deref() == Some(b.id.as_str()),
                        b.name.get(lang),
                    )
                }))
        })
    });
    let body = field()
        .child(label("body", "details.body"))
        .child(
            el("select")
                .attr("id", "body")
                .attr("aria-describedby", "body-hint")
                .does("body", "", "")
                .child(option(
                    "",
                    site.body.is_none(),
                    t(words, lang, "details.body_other"),
                ))
                .children(groups),
        )
        .child(
            el("p")
                .attr("class", "hint")
                .attr("id", "body-hint")
                .text(t(words, lang, "details.body_hint")),
        );
    let kind = field().child(label("kind", "details.kind")).child(
        el("select")
            .attr("id", "kind")
            .does("kind", "", "")
            .children(
                BodyKind::ALL
                    .into_iter()
                    .map(|k| option(k.id(), k == site.body_kind, t(words, lang, kind_key(k)))),
            ),
    );
    let url = field()
        .child(label("url", "details.url"))
        .child(
            el("input")
                .attr("id", "url")
                .attr("type", "url")
                .attr("inputmode", "url")
                .attr("autocomplete", "url")
                .attr("spellcheck", "false")
                .attr("required", "required")
                .attr("aria-required", "true")
                .attr("value", site.url.as_deref().unwrap_or(""))
                .attr("placeholder", "https://")
                .attr_if(url_invalid, "aria-invalid", "true")
                .attr_if(url_invalid, "aria-describedby", "url-error")
                .does("url", "", ""),
        )
        .maybe(error("url-error", url_error));
    let name = field()
        .child(label("name", "details.name"))
        .child(
            text_input("name", "500", &site.name, "name")
                .attr("required", "required")
                .attr("aria-required", "true")
                .attr_if(name_error.is_some(), "aria-invalid", "true")
                .attr_if(name_error.is_some(), "aria-describedby", "name-error"),
        )
        .maybe(error("name-error", name_error));
    let day = field()
        .child(label("checked-on", "details.checked_on"))
        .child(
            el("input")
                .attr("id", "checked-on")
                .attr("type", "date")
                .attr("value", &draft.checked_on.to_string())
                .does("day", "", ""),
        );
    let region = field().child(label("region", "details.region")).child(
        text_input(
            "region",
            "200",
            site.region.as_deref().unwrap_or(""),
            "region",
        )
        .attr("autocomplete", "address-level1"),
    );
    let assessor = el("fieldset")
        .attr("class", "field")
        .child(el("legend").text(t(words, lang, "details.assessor")))
        .child(
            el("p")
                .attr("class", "hint")
                .attr("id", "assessor-hint")
                .text(t(words, lang, "details.assessor_hint")),
        )
        .children(
            [
                (
                    "assessor-name",
                    "details.assessor_name",
                    &draft.assessor.name,
                    "aname",
                    "name",
                ),
                (
                    "assessor-org",
                    "details.assessor_organisation",
                    &draft.assessor.organisation,
                    "aorg",
                    "organization",
                ),
            ]
            .into_iter()
            .flat_map(|(id, key, value, code, autocomplete)| {
                [
                    label(id, key),
                    text_input(id, "200", value.as_deref().unwrap_or(""), code)
                        .attr("autocomplete", autocomplete)
                        .attr("aria-describedby", "assessor-hint"),
                ]
            }),
        );
    vec![
        el("h1")
            .attr("tabindex", "-1")
            .text(t(words, lang, "details.title")),
        el("p")
            .attr("class", "lead")
            .text(t(words, lang, "details.intro")),
        set,
        body,
        kind,
        url,
        name,
        day,
        region,
        assessor,
        el("p").text(&tf(
            words,
            lang,
            "details.applicable",
            &[("count", &applicable.to_string())],
        )),
        El::button(t(words, lang, "details.go"))
            .attr("class", "primary")
            .does("go", "", ""),
    ]
}
