//! The website being checked: the criteria set (NAP edition), a body from
//! the register or any other, its kind, the address, the name and the day.

use super::{on, use_app, value_of};
use crate::i18n::{t, tf};
use crate::state::{Action, View};
use napcheck_core::{is_http_url, BodyKind};
use yew::prelude::*;

/// The i18n key of a kind of body.
pub(crate) fn kind_key(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::LocalExecutive => "kind.local_executive",
        BodyKind::CentralExecutive => "kind.central_executive",
        BodyKind::Municipality => "kind.municipality",
        BodyKind::OtherStateBody => "kind.other_state_body",
    }
}

fn kind_of(id: &str) -> BodyKind {
    BodyKind::ALL
        .into_iter()
        .find(|k| k.id() == id)
        .unwrap_or(BodyKind::LocalExecutive)
}

/// The details form.
#[function_component(Details)]
pub(crate) fn details() -> Html {
    let state = use_app();
    let tried = use_state(|| false);
    let lang = state.lang;
    let words = &state.words;
    let Some(draft) = state.current_draft() else {
        return html! {};
    };
    let sets = state.known.index(lang);
    let site = &draft.site;
    let url = site.url.as_deref().unwrap_or("").trim();
    let url_missing = url.is_empty();
    let url_error = if url_missing {
        (*tried).then_some("details.url_required")
    } else {
        (!is_http_url(url)).then_some("details.url_invalid")
    };
    let url_invalid = url_error.is_some();
    // The core refuses an assessment without the body's name.
    let name_missing = site.name.trim().is_empty();
    let name_error = (name_missing && *tried).then_some("details.name_required");
    let go = {
        let (tried, dispatcher) = (tried.clone(), state.dispatcher());
        let ok = !url_missing && !url_invalid && !name_missing;
        let first_wrong = if url_missing || url_invalid {
            "url"
        } else {
            "name"
        };
        Callback::from(move |_: MouseEvent| {
            if ok {
                dispatcher.dispatch(Action::Show(View::Checklist));
            } else {
                tried.set(true);
                crate::dom::focus_id(first_wrong);
            }
        })
    };
    let applicable = draft.applicable(&state.known, lang).len();
    html! {
        <>
            <h1 tabindex="-1">{ t(words, lang, "details.title") }</h1>
            <p class="lead">{ t(words, lang, "details.intro") }</p>
            <div class="field">
                <label for="set">{ t(words, lang, "details.set") }</label>
                <select id="set" onchange={on(&state, |e: Event| Action::SetSet(value_of(&e)))}>
                    { for sets.iter().map(|s| html! {
                        <option value={s.id.clone()} selected={s.id == draft.set.id}>
                            { format!("{} ({})", s.title, s.version) }
                        </option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="body">{ t(words, lang, "details.body") }</label>
                <select id="body" aria-describedby="body-hint"
                    onchange={on(&state, |e: Event| {
                        let id = value_of(&e);
                        Action::SetBody((!id.is_empty()).then_some(id))
                    })}>
                    <option value="" selected={site.body.is_none()}>{ t(words, lang, "details.body_other") }</option>
                    { for BodyKind::ALL.into_iter().map(|kind| {
                        let bodies: Vec<_> = state.known.bodies().bodies.iter().filter(|b| b.kind == kind).collect();
                        if bodies.is_empty() { return html! {}; }
                        html! {
                            <optgroup label={t(words, lang, kind_key(kind)).to_owned()}>
                                { for bodies.into_iter().map(|b| html! {
                                    <option value={b.id.clone()} selected={site.body.as_deref() == Some(b.id.as_str())}>
                                        { b.name.get(lang) }
                                    </option>
                                }) }
                            </optgroup>
                        }
                    }) }
                </select>
                <p class="hint" id="body-hint">{ t(words, lang, "details.body_hint") }</p>
            </div>
            <div class="field">
                <label for="kind">{ t(words, lang, "details.kind") }</label>
                <select id="kind" onchange={on(&state, |e: Event| Action::SetKind(kind_of(&value_of(&e))))}>
                    { for BodyKind::ALL.into_iter().map(|k| html! {
                        <option value={k.id()} selected={k == site.body_kind}>{ t(words, lang, kind_key(k)) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="url">{ t(words, lang, "details.url") }</label>
                <input id="url" type="url" inputmode="url" autocomplete="url" spellcheck="false"
                    required=true aria-required="true"
                    value={site.url.clone().unwrap_or_default()} placeholder="https://"
                    aria-invalid={url_invalid.then_some("true")}
                    aria-describedby={url_invalid.then_some("url-error")}
                    oninput={on(&state, |e: InputEvent| Action::SetUrl(value_of(&e)))} />
                if let Some(key) = url_error {
                    <p class="error-text" id="url-error">{ t(words, lang, key) }</p>
                }
            </div>
            <div class="field">
                <label for="name">{ t(words, lang, "details.name") }</label>
                <input id="name" type="text" maxlength="500" value={site.name.clone()}
                    required=true aria-required="true"
                    aria-invalid={name_error.is_some().then_some("true")}
                    aria-describedby={name_error.is_some().then_some("name-error")}
                    oninput={on(&state, |e: InputEvent| Action::SetName(value_of(&e)))} />
                if let Some(key) = name_error {
                    <p class="error-text" id="name-error">{ t(words, lang, key) }</p>
                }
            </div>
            <div class="field">
                <label for="checked-on">{ t(words, lang, "details.checked_on") }</label>
                <input id="checked-on" type="date" value={draft.checked_on.to_string()}
                    oninput={{
                        let dispatcher = state.dispatcher();
                        Callback::from(move |e: InputEvent| {
                            if let Ok(day) = value_of(&e).parse() {
                                dispatcher.dispatch(Action::SetCheckedOn(day));
                            }
                        })
                    }} />
            </div>
            <div class="field">
                <label for="region">{ t(words, lang, "details.region") }</label>
                <input id="region" type="text" maxlength="200" autocomplete="address-level1"
                    value={site.region.clone().unwrap_or_default()}
                    oninput={on(&state, |e: InputEvent| Action::SetRegion(value_of(&e)))} />
            </div>
            <fieldset class="field">
                <legend>{ t(words, lang, "details.assessor") }</legend>
                <p class="hint" id="assessor-hint">{ t(words, lang, "details.assessor_hint") }</p>
                <label for="assessor-name">{ t(words, lang, "details.assessor_name") }</label>
                <input id="assessor-name" type="text" maxlength="200" autocomplete="name" aria-describedby="assessor-hint"
                    value={draft.assessor.name.clone().unwrap_or_default()}
                    oninput={on(&state, |e: InputEvent| Action::SetAssessorName(value_of(&e)))} />
                <label for="assessor-org">{ t(words, lang, "details.assessor_organisation") }</label>
                <input id="assessor-org" type="text" maxlength="200" autocomplete="organization" aria-describedby="assessor-hint"
                    value={draft.assessor.organisation.clone().unwrap_or_default()}
                    oninput={on(&state, |e: InputEvent| Action::SetAssessorOrganisation(value_of(&e)))} />
            </fieldset>
            <p>{ tf(words, lang, "details.applicable", &[("count", &applicable.to_string())]) }</p>
            <button type="button" class="primary" onclick={go}>
                { t(words, lang, "details.go") }
            </button>
        </>
    }
}
